"""Cases "like those" take the kind of the article's last count of people
even when it was told in an earlier sentence ("وسجلت المستشفيات 86 حالة ضربة
شمس. … استقبل مشفى الميادين 31 حالة مماثلة"), and a part "sent on to a
hospital" is admitted (fields.toml [part_roles] admitted).  Sentences written
for these tests, with negative cases."""

from __future__ import annotations

from extracting import extract_text

PUB = "2025-07-14"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_cases_like_those_of_an_earlier_sentence() -> None:
    got = fields(
        "وسجلت مستشفيات دير الزور 86 حالة ضربة شمس. "
        "وفي ريف المحافظة، استقبل مشفى الميادين 31 حالة مماثلة."
    )
    assert ("injured", 86) in got
    assert ("injured", 31) in got


def test_the_last_count_of_people_decides() -> None:
    got = fields("قتل 3 أشخاص وأصيب 20 آخرون في حلب. وسجلت 5 حالات مماثلة في إدلب.")
    assert ("injured", 5) in got
    assert ("killed", 5) not in got


def test_cases_like_those_after_no_count_of_people_are_no_claim() -> None:
    got = fields("رصدت الوزارة 40 حالة غش في امتحانات حلب. وسجلت 5 حالات مماثلة في إدلب.")
    assert [v for _, v in got if v == 5] == []


def test_a_part_sent_on_to_a_hospital_is_admitted() -> None:
    got = fields("أصيبت 23 طالبة في قسنطينة، وتم تحويل 4 منهن إلى المركز الاستشفائي الجامعي.")
    assert ("injured", 23) in got
    assert ("injured:part:admitted", 4) in got
    got = fields("أصيب 30 شخصا في حلب، نقل 12 منهم إلى مستشفى الرازي.")
    assert ("injured:part:admitted", 12) in got


def test_dying_in_hospital_is_no_admission() -> None:
    got = fields("أصيب 30 شخصا في حلب، توفي 3 منهم في المستشفى.")
    assert not [f for f, _ in got if f.endswith(":admitted")]
