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


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أفاد مصدر طبي بأن 7 عناصر من حرس السجن أصيبوا خلال عملية الفرار.", "injured"),
        ("وقال إن 4 من رجال الإطفاء أصيبوا.", "injured"),
        ("ووصل 7 عناصر من قوات الأمن إلى السجن.", "personnel"),  # nothing happened to them
    ],
)
def test_members_of_a_force_named_after_min_then_hurt(text: str, want: str) -> None:
    assert fields(text) == [want]


def test_a_force_named_with_and_is_no_event() -> None:
    text = "وأكثر من 24 ألف عنصر من فرق البحث والإنقاذ يعملون في المنطقة."
    assert fields(text) == ["personnel"]
