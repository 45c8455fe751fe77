"""Round 13, third batch (from dev12): duals and "two" as the press writes
them at sea.  A feminine dual in construct ("جثتي بحارين") is one figure of
two; sailors are counted people; "اثنان" alone is two; patrol boats are
boats.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

from recon.numbers import find_quantities

PUB = "2024-03-05"


def claims(text: str) -> list[tuple[str, float]]:
    return [
        (c.field, float(c.value.value)) for c in extract_text("الحسيمة - " + text, PUB)
    ]


def test_a_feminine_dual_in_construct_is_one_figure_of_two() -> None:
    got = [(float(q.quantity.value), q.noun) for q in find_quantities("انتشال جثتي بحارين")]
    assert got == [(2.0, "جثة")]


def test_a_dual_alone_is_still_its_own_figure() -> None:
    assert [float(q.quantity.value) for q in find_quantities("أصيب جنديان وقتل مدنيان")] == [2.0, 2.0]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ولا يزال بحاران في عداد المفقودين.", ("missing", 2.0)),
        ("ولا يزال اثنان في عداد المفقودين.", ("missing", 2.0)),
        ("وقتل اثنان من الصيادين.", ("killed", 2.0)),
        ("أنقذت البحرية 8 بحارة.", ("rescued", 8.0)),
        ("شاركت في البحث خافرتان تابعتان للبحرية الملكية.", ("count:boat", 2.0)),
    ],
)
def test_sailors_two_and_patrol_boats(text, want) -> None:
    assert want in claims(text)


@pytest.mark.parametrize("text", ["وصل الوفد يوم الاثنين.", "وصل الوفد الاثنين الماضي."])
def test_monday_is_no_two(text) -> None:
    got = [c.field for c in extract_text("الحسيمة - " + text, PUB)]
    assert got and all(f.startswith("date") for f in got), got


def test_a_definite_cardinal_after_the_people_it_counts_is_a_figure() -> None:
    assert ("rescued", 8.0) in claims("تمكنت البحرية من إنقاذ الناجين الثمانية.")


def test_a_definite_cardinal_after_days_is_no_figure() -> None:
    got = [v for _, v in claims("قتل خلال الأيام الثلاثة الماضية 20 شخصا.")]
    assert 3.0 not in got, got


def test_a_definite_cardinal_after_things_counts_them_not_people() -> None:
    # Round 17: this once asked for no figure at all; things so counted are
    # now a count of those things (recon._field_generic.counted_before).
    assert claims("شارك في القمة قادة الدول الخمس.") == [("count:country", 5.0)]
