"""Round 12: a figure right after a facility noun is no part of its name.
Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-02-06"


def entities(text: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "الرياض - تنتج المحطة 500 طن من المياه يوميا.",
        "الرياض - ويستقبل المعبر ١٥٠ شاحنة يوميا.",
    ],
)
def test_a_figure_after_a_facility_noun_is_not_its_name(text: str) -> None:
    assert all(not any(ch.isdigit() for ch in e) for e in entities(text)), entities(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("بغداد - غادر 300 جندي قاعدة 101 الجوية.", "قاعدة 101 الجوية"),
        ("القاهرة - استقبل مستشفى 57357 للأطفال 40 مريضا.", "مستشفى 57357"),
        ("بغداد - غادر 300 جندي قاعدة K1 في كركوك.", "قاعدة K1"),
    ],
)
def test_a_number_naming_a_facility_stays_its_name(text: str, name: str) -> None:
    assert entities(text) == [name]
