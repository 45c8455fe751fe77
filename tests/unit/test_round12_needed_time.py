"""Round 12: a time something will need is expected, not how long the
event lasted.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-01-13"


def durations(text: str) -> list[str]:
    return [c.field for c in extract_text("طرطوس - " + text, PUB) if c.field.startswith("duration")]


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف أن المزارع سيحتاج إلى ما بين 40 و60 يوماً لإعادة تجهيز البيت.",
        "وقال إن إصلاح الشبكة يتطلب نحو 3 أشهر.",
    ],
)
def test_a_time_needed_is_expected(text: str) -> None:
    assert durations(text) == ["duration:expected"]


@pytest.mark.parametrize(
    "text",
    [
        "واحتاج الإطفائيون إلى 6 ساعات للسيطرة على الحريق.",  # past: time spent
        "واستمر الصقيع 6 ساعات.",
    ],
)
def test_a_time_spent_is_a_duration(text: str) -> None:
    assert durations(text) == ["duration"]
