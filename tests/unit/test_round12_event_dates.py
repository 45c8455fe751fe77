"""Round 12: more events a date can be the day of: a kidnapping, a release,
a discovery.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-03-09"


def dates(text: str) -> list[tuple[str, str]]:
    return [
        (c.field, str(c.value.value)) for c in extract_text(text, PUB) if c.field.startswith("date")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("كاي - اختطف مسلحون 14 سائقا يوم 20 يناير قرب كاي.", ("date:kidnapping", "2026-01-20")),
        ("كاي - أفرج الخاطفون عن 9 سائقين يوم 5 فبراير.", ("date:release", "2026-02-05")),
        ("الأقصر - عثرت البعثة على مدخل البئر في 10 فبراير.", ("date:discovery", "2026-02-10")),
    ],
)
def test_the_day_of_an_event(text: str, want: tuple[str, str]) -> None:
    assert dates(text) == [want]


def test_a_date_with_no_event_word_is_no_event_s() -> None:
    assert dates("كاي - وقال المسؤول في 5 فبراير إن المفاوضات مستمرة.") == []
