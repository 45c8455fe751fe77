"""Round 12: the verb may come first, its subject between it and the figure
of its object ("قتل مسلحون 14 جندياً").  Sentences written for these tests,
with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-03-09"


def fields(text: str) -> list[str]:
    return [c.field for c in extract_text("كاي - " + text, PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل مسلحون 14 جنديا قرب كاي.", "killed"),
        ("قتل مسلحون مجهولون 14 جنديا قرب كاي.", "killed"),
        ("اختطف مسلحون 14 سائقا قرب كاي.", "kidnapped"),
        ("اختطفت جماعة مسلحة 14 سائقا قرب كاي.", "kidnapped"),
    ],
)
def test_a_verb_before_its_subject_says_what_the_figure_counts(text: str, want: str) -> None:
    assert fields(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "وقال جنود إن 14 جنديا غادروا القاعدة.",  # a statement verb: no field of its own
        "قتل مسلحون، وانتشر 14 جنديا في المدينة.",  # a comma parts them
    ],
)
def test_no_verb_or_a_parted_verb_leaves_the_people_noun(text: str) -> None:
    assert "killed" not in fields(text)
