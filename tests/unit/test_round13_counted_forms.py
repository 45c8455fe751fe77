"""Round 13, tenth batch: a broken plural or a synonym counts what its
singular does ("603 مراكز" and "612 مركزاً"; "7 طوابق" and "7 طبقات").
Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2025-07-04"


def fields(text: str) -> list[str]:
    return [c.field for c in extract_text("تونس - " + text, PUB)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("جرت الامتحانات في 603 مراكز.", "جرت الامتحانات في 612 مركزا."),
        ("يتألف المبنى من 7 طوابق.", "يتألف المبنى من 7 طبقات."),
        ("تضرر 40 منزلا.", "تضررت 40 منازل."),
    ],
)
def test_a_plural_and_its_singular_count_one_thing(a, b) -> None:
    assert fields(a) == fields(b) and fields(a)[0].startswith("count:")


def test_unrelated_nouns_stay_apart() -> None:
    assert fields("جرت الامتحانات في 603 مراكز.") != fields("جرت الامتحانات في 603 مدارس.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أجليت النزلاء من الفندق ذي الأربعة عشر طابقاً.", "count:طابق"),
        ("أجليت النزلاء من الفندق ذي 14 طابقا.", "count:طابق"),
    ],
)
def test_a_building_having_floors_counts_floors_whatever_the_verb(text, want) -> None:
    assert fields(text) == [want]


def test_a_hijri_month_after_its_day_is_still_a_date() -> None:
    assert [f for f in fields("بدأ الحج في 8 ذي الحجة.") if not f.startswith("date")] == []


def test_districts_with_cases_count_districts() -> None:
    assert fields("سجلت إصابات بالكوليرا في 8 مديريات بالمحافظة.") == ["count:مديري"]


def test_markets_hit_are_markets_not_people() -> None:
    assert fields("أصاب القصف 3 أسواق.") == ["count:سوق"]
