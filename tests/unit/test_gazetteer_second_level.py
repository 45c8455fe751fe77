"""gazetteer_districts.toml, the second-level divisions and towns: every
entry reaches a country through [within], no alias names two places across
the built-in files, and a town is found in a sentence and placed in its
district, governorate and country."""

from collections import defaultdict
from typing import Any

import pytest

from recon import lexicon
from recon._dateline import country_of
from recon.gazetteer import Gazetteer, builtin_data, matching_key


def _districts() -> dict[str, Any]:
    return lexicon.load("gazetteer_districts")


def test_every_district_entry_lies_in_a_country() -> None:
    countries = {str(e["id"]) for e in builtin_data()["entry"] if e.get("kind") == "country"}
    lost = [e["id"] for e in _districts()["entry"] if country_of(str(e["id"])) not in countries]
    assert lost == []


def test_no_alias_names_two_places_across_the_builtin_files() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for e in builtin_data()["entry"]:
        for a in e.get("aliases", []):
            owners[matching_key(a)].add(str(e["id"]))
    new = {a for e in _districts()["entry"] for a in map(matching_key, e.get("aliases", []))}
    assert {a: ids for a, ids in owners.items() if a in new and len(ids) > 1} == {}


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("وصلت القافلة إلى بلدة عرسال في البقاع الشمالي", "lb"),
        ("اندلعت اشتباكات في منطقة الزبداني بريف دمشق", "sy"),
        ("أغلقت السلطات الطريق في لواء دير علا", "jo"),
    ],
)
def test_a_town_or_district_is_found_and_placed(sentence: str, country: str) -> None:
    ids = {str(e["id"]) for e in _districts()["entry"]}
    found = [m.entry.id for m in Gazetteer.default().find_mentions(sentence) if m.entry.id in ids]
    assert found and all(country_of(f) == country for f in found), found
