"""Round 11: the country across a border ("عبر الشريط الحدودي مع سوريا في
ناحية ربيعة") is read like a destination: never a figure's place, and never
a place the next place locates.  Sentences written for these tests, with
negative cases."""

import pytest
from extracting import entities_of

PUB = "2026-03-01"


def tankers(text: str) -> list[str]:
    return entities_of("الموصل (واع) - " + text, PUB, "count:tanker")


@pytest.mark.parametrize(
    "sentence",
    [
        "أعلنت قوات الحدود ضبط 14 صهريجاً كانت معدة للتهريب عبر الشريط الحدودي مع سوريا في ناحية ربيعة.",
        "أعلنت قوات الحدود ضبط 14 صهريجاً على الحدود مع سوريا في ناحية ربيعة.",
    ],
)
def test_the_country_across_a_border_is_not_the_place(sentence: str) -> None:
    assert tankers(sentence) == ["ناحية ربيعة"]


def test_a_country_after_with_and_no_border_word_is_still_read() -> None:
    # "مع" alone is no border: "بالتعاون مع سوريا" names a partner, read as before.
    got = tankers("أعلنت قوات الحدود ضبط 14 صهريجاً في ناحية ربيعة بالتعاون مع سوريا.")
    assert got == ["ناحية ربيعة"]


def test_where_a_place_receives_things_from_is_no_place_of_its_figure() -> None:
    text = (
        "عنيزة - وقال إن ساحات السوق الممتدة على مساحة 4.5 هكتار باتت تستقبل "
        "السيارات من مختلف محافظات القصيم."
    )
    assert entities_of(text, "2026-08-25", "area") == ["عنيزة"]


def test_people_received_from_a_place_were_hurt_there() -> None:
    # A casualty's place is where it happened, received or not.
    text = "عنيزة - واستقبلت المستشفيات 30 مصاباً من محافظة البكيرية."
    assert entities_of(text, "2026-08-25", "injured") == ["محافظة البكيرية"]


def test_the_country_a_border_belongs_to_is_not_the_place() -> None:
    # Round 12: the adjective after a border word ("الحدود السورية") names the
    # country whose border it is; it places no figure and is no story country.
    assert tankers("ضبطت قوات الحدود 14 صهريجاً على الحدود السورية في ناحية ربيعة.") == [
        "ناحية ربيعة"
    ]
    got = entities_of("بغداد - ضبطت قوات الحدود 14 صهريجاً على الحدود السورية.", PUB, "count:tanker")
    assert got == ["بغداد"]


def test_a_country_named_as_such_is_still_a_place() -> None:
    got = entities_of("بغداد - ضبطت القوات 14 صهريجاً في سوريا.", PUB, "count:tanker")
    assert got == ["سوريا"]
