"""Round 10's rules on measures, on sentences written for these tests, each
with negative cases:

* a part of a measure or of a count of things, told by a subset word
  ("19 طناً، بينها 4 أطنان"), is ``<field>:part``;
* a length after a height or depth word with its preposition or as a verb
  ("بارتفاع", "يرتفع") is no distance, as after the bare noun;
* a distance right after "<place> التي تبعد" is that place's.
"""

import pytest
from extracting import entities_of, fields_of

PUB = "2026-09-09"


@pytest.mark.parametrize(
    ("sentence", "whole", "part"),
    [
        ("جمعت الفرق 19 طناً من الأسماك النافقة، بينها 4 أطنان من الصافي.", "weight", "weight:part"),
        ("وتضرر 300 هكتار من الأراضي، منها 120 هكتاراً من الحمضيات.", "area", "area:part"),
        (
            "وأعلنت المديرية نفوق 870 رأساً من الأبقار، منها 540 رأساً في قضاء سميل.",
            "count:livestock:dead",
            "count:livestock:dead:part",
        ),
        (
            "وقدرت الخسائر بـ20 مليون دينار، منها 5 ملايين دينار للمزارعين.",
            "money:damage",
            "money:damage:part",
        ),
    ],
)
def test_a_part_of_a_measure_is_its_part(sentence: str, whole: str, part: str) -> None:
    got = fields_of("دهوك - " + sentence, PUB, "")
    assert got == [whole, part]


@pytest.mark.parametrize(
    "sentence",
    [
        # Two figures of one measure with no subset word: two figures, no part.
        "وقطعت القافلة 240 كيلومتراً، ثم 30 كيلومتراً أخرى.",
        # A different noun after the subset word is a field of its own already.
        "وتوقفت 450 شاحنة عند الجسر، بينها 120 صهريجاً.",
    ],
)
def test_no_part_without_a_subset_word_and_the_same_field(sentence: str) -> None:
    assert not any(":part" in f for f in fields_of("دهوك - " + sentence, PUB, ""))


@pytest.mark.parametrize(
    "sentence",
    [
        "ويعد الجسر من أبرز معالم درنة، إذ يرتفع نحو 160 متراً فوق قاع الوادي.",
        "ويعد جبل شمس أعلى قمة في عمان بارتفاع يزيد على 3 آلاف متر.",
        "وحفرت البلدية بئراً في درنة بعمق 40 متراً.",
    ],
)
def test_a_height_or_depth_is_no_distance(sentence: str) -> None:
    # As "على ارتفاع 1800 متر" always was: a height is not how far apart two places are.
    assert fields_of("درنة - " + sentence, PUB, "distance") == []


def test_a_distance_between_places_stays_a_distance() -> None:
    text = "درنة - وتقع درنة على بعد 290 كيلومتراً من بنغازي."
    assert fields_of(text, PUB, "") == ["distance"]


def test_a_distance_after_a_place_and_a_locating_relative_clause_is_that_places() -> None:
    text = (
        "البيضاء - ويعد جسر وادي الكوف من أبرز المعالم في ليبيا، ويقع على الطريق "
        "الرابط بين مدينة البيضاء ومدينة بنغازي التي تبعد عنها نحو 200 كيلومتر."
    )
    got = entities_of(text, PUB, "distance")
    assert got == ["بنغازي"]


def test_a_distance_with_no_relative_clause_stays_with_the_facility() -> None:
    text = (
        "البيضاء - أعلنت المصلحة إغلاق جسر وادي الكوف، وتحويل السير إلى طريق "
        "بديل بطول 64 كيلومتراً بين البيضاء والمرج."
    )
    got = entities_of(text, PUB, "distance")
    assert got != ["المرج"]
