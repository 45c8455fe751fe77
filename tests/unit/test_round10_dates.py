"""When a figure held, round 10: a date closing a relative clause that holds
no figure and reports no statement dates what that clause tells, not the
sentence's figures; "منذ" past a part of the day ("منذ فجر الأحد") is still
when a count began.  Sentences written for these tests, with negative cases."""

import datetime as dt

import pytest
from extracting import extract_text

PUB = "2026-11-04"  # a Wednesday


def as_of(text: str, field: str) -> dt.date | None:
    got = {c.as_of for c in extract_text(text, PUB) if c.field == field}
    assert len(got) == 1, got
    return got.pop()


@pytest.mark.parametrize(
    "sentence",
    [
        "ارتفع عدد الشاحنات العالقة عند جسر وادي الكوف إلى 450 شاحنة، في اليوم "
        "الثالث لإغلاق الجسر الذي قررته مصلحة الطرق مساء الأحد 1 نوفمبر.",
        "وصل عدد الشاحنات العالقة عند جسر وادي الكوف إلى 450 شاحنة بسبب الإغلاق "
        "الذي بدأ يوم الأحد الماضي.",
    ],
)
def test_a_date_of_a_relative_clause_does_not_date_the_figure(sentence: str) -> None:
    assert as_of("البيضاء - " + sentence, "count:truck") != dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        # The relative clause reports the statement that gave the figure.
        "بلغ عدد الشاحنات العالقة عند جسر وادي الكوف 450 شاحنة، وفق الحصيلة التي "
        "أعلنتها مصلحة الطرق يوم الأحد الماضي.",
        # The figure is inside the relative clause, before its date.
        "أغلق جسر وادي الكوف أمام الشاحنات التي بلغ عددها 450 شاحنة يوم الأحد الماضي.",
        # No relative clause: the date is the figure's.
        "بلغ عدد الشاحنات العالقة عند جسر وادي الكوف 450 شاحنة يوم الأحد الماضي.",
    ],
)
def test_a_date_that_dates_the_figure_still_does(sentence: str) -> None:
    assert as_of("البيضاء - " + sentence, "count:truck") == dt.date(2026, 11, 1)


@pytest.mark.parametrize("part", ["فجر", "صباح", "مساء", "ليل"])
def test_since_past_a_part_of_the_day_is_when_a_count_began(part: str) -> None:
    text = (
        "القطيف - جمعت فرق البلدية 12 طناً من الأسماك النافقة على سواحل "
        f"القطيف منذ {part} يوم الأحد الماضي."
    )
    assert as_of(text, "weight") != dt.date(2026, 11, 1)


def test_a_part_of_the_day_without_since_dates_the_figure() -> None:
    text = "القطيف - جمعت فرق البلدية 12 طناً من الأسماك النافقة على سواحل القطيف فجر يوم الأحد الماضي."
    assert as_of(text, "weight") == dt.date(2026, 11, 1)
