"""Round 11: a figure told in the pluperfect ("وكانت قوات الحدود قد ضبطت في
تشرين الأول الماضي 14 صهريجاً") and dated in an earlier year, more than a
month before the article, is an earlier event's: its field gets that year.
This year's ("هذا العام") and an earlier count of this event stay this
event's.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-03-02"


def fields(text: str) -> list[tuple[str, float]]:
    """The figures' fields (a seizure's day is a date claim of its own since round 18)."""
    got = extract_text("الموصل - " + text, PUB)
    return [(c.field, c.value.value) for c in got if not c.field.startswith("date:")]


def test_an_earlier_years_figure_told_in_the_pluperfect() -> None:
    text = "وكانت قوات الحدود قد ضبطت في تشرين الأول الماضي 14 صهريجاً في قضاء سنجار."
    assert fields(text) == [("count:tanker:2025", 14)]


@pytest.mark.parametrize(
    "text",
    [
        # No pluperfect: five months is within the story's reach.
        "وضبطت قوات الحدود في تشرين الأول الماضي 14 صهريجاً في قضاء سنجار.",
        # This year's figure, told in the pluperfect.
        "وكانت قوات الحدود قد ضبطت هذا العام 14 صهريجاً في قضاء سنجار.",
        # An earlier count of this event, two days before.
        "وكانت قوات الحدود قد ضبطت يوم السبت الماضي 14 صهريجاً في قضاء سنجار.",
    ],
)
def test_this_events_figures_stay_its_own(text: str) -> None:
    assert fields(text) == [("count:tanker", 14)]
