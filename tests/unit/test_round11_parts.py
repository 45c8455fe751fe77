"""Round 11: a part of a count of things named by a noun no lexicon lists
("26 ألفاً و500 جوال، منها 4 آلاف جوال من السمسم الأحمر") is
``count:<noun>:part``, as for listed nouns ("870 رأساً، منها 540").
Sentences written for these tests, with negative cases."""

import pytest
from extracting import fields_of

PUB = "2026-11-10"


def fields(text: str) -> list[str]:
    return fields_of("القضارف - " + text, PUB, "count")


@pytest.mark.parametrize(
    "text",
    [
        "ارتفع عدد الجوالات الواردة إلى 26 ألفاً و500 جوال، منها 4 آلاف جوال من السمسم الأحمر.",
        "وصل إلى السوق 26500 جوال، بينها 4000 جوال من السمسم الأحمر.",
    ],
)
def test_a_part_of_a_count_of_unlisted_things(text: str) -> None:
    assert fields(text) == ["count:جوال", "count:جوال:part"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # No subset word: two counts of one thing.
        ("وصل إلى السوق 26500 جوال، ووصل أمس 4000 جوال.", ["count:جوال", "count:جوال"]),
        # Another noun after the subset word is a count of its own.
        ("وصل إلى السوق 26500 جوال، منها 4000 صندوق.", ["count:جوال", "count:صندوق"]),
    ],
)
def test_no_subset_word_or_another_noun_is_no_part(text: str, want: list[str]) -> None:
    assert fields(text) == want


@pytest.mark.parametrize("phrase", ["من أصل", "من مجموع", "من إجمالي"])
def test_a_count_of_things_out_of_a_whole(phrase: str) -> None:
    text = f"وأوضح أن عدد المعاصر العاملة في المحافظة بلغ 34 معصرة {phrase} 41 معصرة مرخصة."
    assert fields(text) == ["count:معصر", "count:معصر:whole"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # People out of a whole are the story's own figures.
        ("وتوفي 5 من أصل 12 مصاباً نقلوا إلى المستشفى.", []),
        # No "من أصل": two counts of one thing.
        ("وعملت 34 معصرة في المحافظة، و41 معصرة مرخصة.", ["count:معصر", "count:معصر"]),
    ],
)
def test_people_or_no_whole_word_is_no_whole(text: str, want: list[str]) -> None:
    assert fields(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "ارتفع عدد الآبار المنجزة إلى 12 بئراً بعد تدشين 3 آبار جديدة.",
        "ارتفع عدد الآبار المنجزة إلى 12 بئراً، بينها 4 آبار في تريم، بعد تدشين ثلاث آبار جديدة.",
    ],
)
def test_new_things_after_which_a_count_rose_are_a_part(text: str) -> None:
    assert fields(text)[0] == "count:well" and fields(text)[-1] == "count:well:part"


def test_new_things_with_no_after_are_a_count() -> None:
    text = "ارتفع عدد الآبار المنجزة إلى 12 بئراً، وتم تدشين 3 آبار جديدة."
    assert fields(text) == ["count:well", "count:well"]
