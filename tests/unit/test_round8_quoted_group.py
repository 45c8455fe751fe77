"""A group named in quotation marks after its noun ('فريق "منسقو استجابة
سوريا"', 'منظمة «أطباء بلا حدود»') is the whole speaker, closing mark
included (recon.attribution).  Sentences written for these tests, with
negative cases."""

import pytest
from extracting import extract_text

PUB = "2024-12-05"


def speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_text(text, PUB)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وقدّر فريق "منسقو استجابة سوريا" عدد النازحين في مدينة إدلب بأكثر من 120 ألف نازح.',
            'فريق "منسقو استجابة سوريا"',
        ),
        ("وقالت منظمة «أطباء بلا حدود» إن 30 شخصا قتلوا في مدينة الفاشر.", "منظمة «أطباء بلا حدود»"),
    ],
)
def test_a_groups_quoted_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_quoted_statement_is_not_the_speakers_name() -> None:
    assert speakers('وقال المتحدث إن "30 شخصا قتلوا" في مدينة الفاشر.') == ["المتحدث"]
