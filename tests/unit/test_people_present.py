"""People present in a place, read from "كانوا في" right after the counted
people (fields.toml present_verbs / present_not_before), and not when the
words after say something else ("كانوا في طريقهم", "في عداد المفقودين").
Sentences written for these tests."""

from extracting import extract_text

PUB = "2025-03-03"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_people_who_were_in_the_place() -> None:
    got = fields("وقال الدفاع المدني في مدينة حمص إن 35 عاملا كانوا في المستودع عند وقوع الانفجار.")
    assert ("present", 35) in got


def test_people_in_a_shift() -> None:
    got = fields("وأوضح مسؤول في مدينة صفاقس أن نحو 60 عاملا كانوا في الوردية الليلية.")
    assert ("present", 60) in got


def test_people_on_their_way_are_not_present() -> None:
    got = fields("وقالت الشرطة في مدينة الكرك إن 22 راكبا كانوا في طريقهم إلى العقبة.")
    assert not [f for f, v in got if f == "present"]


def test_in_the_count_of_the_missing_stays_missing() -> None:
    got = fields("وأكدت السلطات في مدينة آسفي أن 4 بحارة كانوا في عداد المفقودين.")
    assert ("missing", 4) in got
    assert not [f for f, v in got if f == "present"]


def test_were_in_without_people_counted_is_nothing() -> None:
    # No counted people before "كانوا في": no figure of people present.
    got = fields("وكانوا في المصنع منذ الصباح، بحسب شهود في مدينة المحلة.")
    assert not got
