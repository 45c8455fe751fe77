"""Round 12: a figure with no noun of its own counts the listed things named
after "عدد" before it.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-11-03"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text("طرابلس - " + text, PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وبلغ عدد الشاحنات العالقة 450.", ("count:truck", 450)),
        ("وارتفع عدد الخيام المنصوبة إلى 300.", ("count:tent", 300)),
        ("وبلغ عدد المراكب المشاركة 120.", ("count:boat", 120)),
    ],
)
def test_the_things_named_after_adad(text: str, want: tuple[str, float]) -> None:
    assert fields(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "ارتفاع عدد التوابيت المكتشفة إلى 31.",  # an unlisted plural: no stem to share
        "وكان عدد الحضور كبيرا في المهرجان الذي افتتح قبل 3 أيام.",  # a figure of its own
    ],
)
def test_no_listed_thing_no_count(text: str) -> None:
    assert not any(f.startswith("count:") for f, _ in fields(text))


def test_people_after_adad_keep_their_own_field() -> None:
    assert fields("وبلغ عدد المصابين 30.") == [("injured", 30)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وبلغ عدد القتلى 12 والجرحى 30.", [("killed", 12), ("injured", 30)]),
        ("سلمت الوزارة 480 وحدة سكنية.", [("count:home", 480)]),  # "وحدة" keeps its و
        ("أصيب 12 وافدا في الحادث.", [("injured", 12)]),
    ],
)
def test_and_a_noun_after_a_figure_is_the_next_item(text: str, want: list) -> None:  # type: ignore[type-arg]
    assert fields(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("فيما شارك في عمليات الإنقاذ ١٨ فرقة إسعافية من الهلال الأحمر.", [("count:team", 18)]),
        ("وشارك في عمليات الإطفاء 25 سيارة إطفاء.", [("count:fire_engine", 25)]),
        ("وأنقذت الفرق 14 شخصا.", [("rescued", 14)]),  # people: the verb's field
    ],
)
def test_listed_things_right_after_a_figure_are_counted_whatever_the_verb(
    text: str,
    want: list,  # type: ignore[type-arg]
) -> None:
    assert fields(text) == want
