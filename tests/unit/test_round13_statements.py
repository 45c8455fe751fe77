"""Round 13, ninth batch: statements and who makes them.  A statement verb's
object ("أعلنت الوزارة وفاة 3 مصابين") is no part of its speaker; what the
speaker is, before "إن", says nothing of the figure after it ("قالت فرق
الإنقاذ إن 5 أشخاص قتلوا"); the hurt who died since are what a toll grew
by.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2025-03-18"


def claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.field, c.speaker) for c in extract_text("المدينة - " + text, PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أعلنت وزارة الصحة مقتل 5 أشخاص.", ("killed", "وزارة الصحة")),
        ("أعلن الدفاع المدني إنقاذ 12 شخصا.", ("rescued", "الدفاع المدني")),
        ("أعلنت الوزارة تسجيل 40 إصابة جديدة.", ("infected", "الوزارة")),
    ],
)
def test_a_speaker_ends_before_what_was_announced(text, want) -> None:
    got = claims(text)
    assert got and got[0][1] == want[1], got


def test_a_speaker_with_a_complementizer_is_unchanged() -> None:
    assert claims("قال مدير الدفاع المدني إن 12 شخصا أنقذوا.")[0][1] == "مدير الدفاع المدني"


def test_a_trigger_in_the_speaker_says_nothing_of_the_figure() -> None:
    assert [f for f, _ in claims("قالت فرق الإنقاذ إن 5 أشخاص قتلوا.")] == ["killed"]


def test_a_trigger_after_the_complementizer_still_counts() -> None:
    assert [f for f, _ in claims("أعلنت الوزارة أن عدد القتلى ارتفع إلى 5.")] == ["killed"]


@pytest.mark.parametrize(
    "text",
    ["ارتفع عدد الوفيات إلى 11، بعد وفاة مصابين اثنين متأثرين بإصاباتهما.", "وأعلنت الوزارة أن 3 مصابين توفوا."],
)
def test_the_hurt_who_died_are_what_the_toll_grew_by(text) -> None:
    fields = [f for f, _ in claims(text)]
    assert "killed:change" in fields and "injured" not in fields
