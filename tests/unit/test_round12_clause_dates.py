"""Round 12: a date in another clause that has a figure of its own dates
that figure only; a unit over a time after a slash is a rate.  Sentences
written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-02-06"


def fields(text: str) -> list[str]:
    return [c.field for c in extract_text("مسقط - " + text, PUB)]


def test_a_later_clause_s_year_dates_its_own_figure_only() -> None:
    got = fields("ويقع جبل شمس على بعد 240 كم من مسقط، وزار الجبل 60 ألف زائر في عام 2025.")
    assert got == ["distance", "count:زائر:2025"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the year's own clause holds no figure: it still dates the sentence's figure
        ("وفي عام 2019، قتل 300 شخص في هجوم مماثل.", "killed:2019"),
        # a date in the figure's own clause, another clause's figure after it
        (
            "وبلغ عدد الزوار 40 ألف زائر في عام 2019، وارتفع عدد الفنادق إلى 12 فندقاً.",
            "count:زائر:2019",
        ),
    ],
)
def test_a_date_with_no_figure_of_its_own_still_dates(text: str, want: str) -> None:
    assert want in fields(text)


def test_the_next_clause_s_figure_is_not_dated_by_this_clause_s_year() -> None:
    got = fields("وبلغ عدد الزوار 40 ألف زائر في عام 2019، وارتفع عدد الفنادق إلى 12 فندقاً.")
    assert got == ["count:زائر:2019", "count:فندق"]


def test_a_unit_over_an_hour_after_a_slash_is_a_speed() -> None:
    got = fields("وتخفض اللوحات السرعة آلياً إلى 80 كم/ساعة عند تكون الضباب.")
    assert got == ["distance:rate"]


def test_a_distance_without_a_slash_is_a_distance() -> None:
    assert fields("ووقع الحادث على بعد 80 كم من مسقط.") == ["distance"]
