"""Names opening with أبو are found spaced and joined ("أبو حمد", "أبوحمد";
recon.gazetteer), and a place after "قرب" can be where a figure happened
("غرق قارب قرب مدينة الدويم، ما أودى بحياة 8 أشخاص").  Sentences written
for these tests, with negative cases."""

import pytest
from extracting import extract_text

from recon.gazetteer import Gazetteer, _kunya_variants


def ids(text: str) -> list[str]:
    return [m.entry.id for m in Gazetteer.default().find_mentions(text)]


@pytest.mark.parametrize(
    ("alias", "other"),
    [("أبو حمد", "أبوحمد"), ("أبوظبي", "أبو ظبي"), ("ابو ظبي", "ابوظبي")],
)
def test_both_spellings_of_a_kunya_name(alias: str, other: str) -> None:
    assert _kunya_variants(alias) == [other]


@pytest.mark.parametrize("alias", ["أبها", "أبو بكر البغدادي", "أبو", "مدينة أبو حمد"])
def test_no_variant(alias: str) -> None:
    assert _kunya_variants(alias) == []


def test_the_joined_spelling_is_found() -> None:
    assert ids("بمحلية أبوحمد بولاية نهر النيل") == ["abu-hamad", "sd-river-nile"]
    assert ids("في أبو حمد") == ["abu-hamad"]


def entities(text: str) -> list[str]:
    return [c.entity for c in extract_text(text, "2026-08-11") if c.field == "killed"]


def test_a_figure_near_a_town_is_the_towns() -> None:
    text = "وهذا ثاني حادث في السودان، إذ غرق قارب صغير قرب مدينة الدويم، ما أودى بحياة 8 أشخاص."
    assert entities(text) == ["مدينة الدويم"]


def test_the_place_it_happened_in_still_wins_over_the_town_near_it() -> None:
    assert entities("قتل 5 أشخاص في بلدة الحسينية قرب مدينة معان.") == ["بلدة الحسينية"]
