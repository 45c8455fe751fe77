"""A duration right after an amount, joined by "على مدى", "موزعة على",
"خلال" …, is the time the amount is spread over ("duration:spread"), not how
long the story's event lasted (recon._field_scope.spread_over).  Sentences
written for these tests, with negative cases."""

import pytest
from extracting import fields_of

PUB = "2026-02-10"


def durations(text: str) -> list[str]:
    return fields_of(text, PUB, "duration")


@pytest.mark.parametrize(
    "text",
    [
        "الرباط - بلغت كلفة هذا الاتفاق نحو 17 مليار درهم على مدى ثلاث سنوات.",
        "الرباط - خصصت الحكومة مليار درهم موزعة على خمس سنوات.",
        "بغداد - أقرت الوزارة منحة قدرها 200 مليون دينار مقسطة على ثلاث سنوات.",
    ],
)
def test_an_amounts_schedule(text: str) -> None:
    assert durations(text) == ["duration:spread"]


@pytest.mark.parametrize(
    "text",
    [
        "الرباط - استمر الإضراب على مدى ثلاثة أيام.",  # no amount before it
        "الرباط - دفعت الحكومة مليار درهم، واستمر الإضراب ثلاثة أيام.",  # a verb between
        "الرباط - شارك 5 آلاف أستاذ على مدى ثلاثة أيام في الإضراب.",  # after a count, not an amount
    ],
)
def test_the_events_own_duration(text: str) -> None:
    assert durations(text) == ["duration"]
