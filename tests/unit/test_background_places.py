"""A sentence that opens by setting itself in a year ("وفي مارس 2019 …")
tells an earlier event: a place it locates by the story's city never
becomes the story's place (recon._locate._dated_background, story.toml
background_openers).  Sentences written for these tests."""

from extracting import extract_text

from recon._locate import _dated_background
from recon.sentences import tokenize

PUB = "2025-09-17"


def entities(text: str, field: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == field]


def toks(text: str):  # type: ignore[no-untyped-def]
    return tokenize(text, 0, len(text))


def test_a_year_at_the_head_of_a_sentence_is_background() -> None:
    assert _dated_background(toks("وفي مارس آذار 2019 أودى حريق في سوق بمدينة تلكلخ بحياة 9."))
    assert _dated_background(toks("وخلال عام 2020 سجلت المحافظة 300 حريق."))


def test_the_story_day_is_not_background() -> None:
    assert not _dated_background(toks("وفي صباح الثلاثاء اندلع الحريق في المستودع."))
    assert not _dated_background(toks("وقال المسؤول إن الحريق اندلع في 2025 أيضا."))


# The sentence with the place is in the lead (round 11: a place located by the
# story's place deep in an article is an anecdote's, whatever its year).
BACKGROUND = (
    "قال مسؤول في الدفاع المدني يوم الثلاثاء إن نحو 60 عاملا كانوا في نوبة العمل. "
    "{} حريق في سوق بمدينة تلكلخ غربي حمص بحياة 9 أشخاص. "
    "وقال محافظ حمص إن التحقيق جار. وتتكرر الحرائق في المستودعات."
)


def test_a_background_place_does_not_take_the_story() -> None:
    got = entities(BACKGROUND.format("وفي مارس آذار 2019 أودى"), "present")
    assert got and all("تلكلخ" not in e for e in got)


def test_the_same_place_told_without_a_year_still_takes_it() -> None:
    # negative case: without the year the sentence is the story's own
    got = entities(BACKGROUND.format("وقد أودى"), "present")
    assert got and all("تلكلخ" in e for e in got)
