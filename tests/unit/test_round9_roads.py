"""A road named by its two ends ("طريق الرياض - القصيم السريع") is a place
of its own: the figures of a crash on it are about the road, whichever of
its ends or nearby towns each outlet also names.  A road named otherwise
("طريق المحيط الأطلسي", "عن طريق الوسطاء", "الطريق") is no candidate.
Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-01-12"


def entities(text: str) -> set[str]:
    return {c.entity for c in extract_text(text, PUB)}


@pytest.mark.parametrize(
    "text",
    [
        "المجمعة - وقع تصادم بين 27 مركبة على طريق الرياض - القصيم السريع قرب محافظة المجمعة.",
        "الرياض - أسفر حادث على طريق الرياض – القصيم عن وفاة 3 أشخاص.",
    ],
)
def test_a_road_between_two_places(text: str) -> None:
    got = entities(text)
    assert any(e.startswith("طريق الرياض") and "القصيم" in e for e in got), got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a migrants' route, not a road between two towns
        ("الرباط - لقي 30 مهاجرا حتفهم في طنجة على طريق المحيط الأطلسي.", "طنجة"),
        # "by way of": no road at all
        ("عمان - وصلت 12 شاحنة إلى الكرك عن طريق الوسطاء.", "الكرك"),
        # one end named: the place, not a road
        ("الرياض - توفي 3 أشخاص في حادث على طريق القصيم.", "القصيم"),
    ],
)
def test_no_road(text: str, place: str) -> None:
    got = entities(text)
    assert not any(e.startswith("طريق") for e in got), got
    assert place in got, got


def test_outlets_naming_the_road_agree() -> None:
    # Two outlets, each naming a different town near the crash: the road joins them.
    a = extract_text(
        "المجمعة - لقي 3 أشخاص حتفهم في تصادم على طريق الرياض - القصيم السريع قرب المجمعة.", PUB
    )
    b = extract_text(
        "الرياض - توفي 3 أشخاص في حادث على طريق الرياض - القصيم السريع شمال الرياض.", PUB
    )
    ka = {c.entity for c in a if c.field == "killed"}
    kb = {c.entity for c in b if c.field == "killed"}
    assert ka and ka == kb, (ka, kb)
