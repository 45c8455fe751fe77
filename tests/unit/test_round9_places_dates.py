"""Round 9: a mountain, a wadi, a plain or an oasis names a place ("جبل
شمس"); a season of a year ("صيف 2025") is that year.  Sentences written
for these tests, with negative cases."""

import datetime as dt

import pytest
from extracting import extract_text

from recon.dates import find_dates

PUB = "2026-02-06"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("مسقط - أنقذت الفرق 9 متنزهين علقوا في جبل شمس أمس.", "جبل شمس"),
        ("صنعاء - جرفت السيول 12 سيارة في وادي بنا مساء الأحد.", "وادي بنا"),
    ],
)
def test_a_natural_place(text: str, place: str) -> None:
    assert place in {c.entity for c in extract_text(text, PUB)}


def test_a_natural_noun_before_a_known_place_is_that_place() -> None:
    # "سهل عكار": the gazetteer's place, not a new one named عكار
    got = {c.entity for c in extract_text("طرطوس - تضرر 300 بيت محمي في سهل عكار.", PUB)}
    assert "عكار" in got and "سهل عكار" not in got, got


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("طبقت الوزارة صيف 2025 برنامجا مماثلا", 2025),
        ("وفي شتاء 2023 تساقطت الثلوج", 2023),
    ],
)
def test_a_season_of_a_year(text: str, year: int) -> None:
    got = find_dates(text, published=dt.date(2026, 6, 1))
    assert [d.value.value.year for d in got] == [year]


def test_a_season_with_a_count_is_no_date() -> None:
    # "ربيع" is also a given name; a figure after it that counts a noun is no year
    assert find_dates("عالج ربيع 2000 مريض في المستشفى", published=dt.date(2026, 6, 1)) == []
