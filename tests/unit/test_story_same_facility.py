"""One facility under two names (recon._story_same, used by _story.refine):
two facilities of one kind in one town, each named by one outlet only, are
one facility; a document that gives figures for both keeps them two, and
two facilities of a country, or of two kinds, are never joined.

Sentences are written for these tests (a warehouse fire in Homs, a mill in
Sfax, two hospitals in Irbid).
"""

from __future__ import annotations

import datetime as dt

from recon._story import refine
from recon.model import Claim, Entity, Method, Quantity, Source

DAY = dt.date(2025, 9, 14)


def _ent(id_: str, name: str, kind: str) -> Entity:
    return Entity(id=id_, name=name, kind=kind, aliases=(name,))


def _claim(doc: str, entity: Entity, value: float, quote: str, field: str = "killed") -> Claim:
    return Claim(
        entity=entity.name,
        field=field,
        value=Quantity(value=value, unit="person"),
        source=Source(id=doc, published=DAY),
        quote=quote,
        method=Method.EXTRACTED,
    )


HOMS = _ent("homs", "Homs", "city")
WH_LONG = _ent("e-wh1", "مستودع لتخزين الأدوية", "facility")
WH_TOWN = _ent("e-wh2", "مستودع حمص", "facility")
MILL = _ent("e-mill", "مطحنة حمص", "facility")
WH_OTHER = _ent("e-wh3", "مستودع الزيوت", "facility")

Q_LONG = "لقي 6 عمال مصرعهم في حريق داخل مستودع لتخزين الأدوية في مدينة حمص"
Q_TOWN = "سوريا: 6 قتلى في حريق مستودع حمص"


def _ids(claims: list[Claim], entities: list[Entity]) -> list[str]:
    return [e.id for e in refine(claims, entities)]


def test_two_names_of_one_facility_from_two_outlets_are_one() -> None:
    # One outlet describes the warehouse and places it in Homs; the other
    # names it after the town.  Both are warehouses directly in Homs.
    a = _claim("d1", WH_LONG, 6, Q_LONG)
    b = _claim("d2", WH_TOWN, 6, Q_TOWN)
    got = _ids([a, b], [WH_LONG, WH_TOWN])
    assert got[0] == got[1]


def test_then_the_town_figure_follows_the_facility() -> None:
    a = _claim("d1", WH_LONG, 6, Q_LONG)
    b = _claim("d2", WH_TOWN, 8, Q_TOWN)
    c = _claim("d3", HOMS, 8, "ارتفاع حصيلة حريق حمص إلى 8 قتلى")
    got = _ids([a, b, c], [WH_LONG, WH_TOWN, HOMS])
    assert got[0] == got[1] == got[2]


def test_a_document_naming_both_keeps_them_two() -> None:
    # The same outlet gives figures for both warehouses: they are two.
    a = _claim("d1", WH_LONG, 6, Q_LONG)
    b = _claim("d1", WH_TOWN, 2, "وأصيب 2 من حراس مستودع حمص", field="injured")
    c = _claim("d2", WH_TOWN, 6, Q_TOWN)
    got = _ids([a, b, c], [WH_LONG, WH_TOWN, WH_TOWN])
    assert got[0] == "e-wh1" and got[2] == "e-wh2"


def test_facilities_of_two_kinds_are_not_joined() -> None:
    a = _claim("d1", WH_LONG, 6, Q_LONG)
    b = _claim("d2", MILL, 6, "مقتل 6 عمال في حريق مطحنة حمص")
    assert _ids([a, b], [WH_LONG, MILL]) == ["e-wh1", "e-mill"]


def test_facilities_placed_only_in_a_country_are_not_joined() -> None:
    # Two warehouses "in Syria": a country holds many warehouses.
    wood = _ent("e-wh4", "مستودع للأخشاب", "facility")
    a = _claim("d1", WH_OTHER, 3, "مقتل 3 في حريق مستودع الزيوت في سوريا")
    b = _claim("d2", wood, 5, "مقتل 5 في حريق مستودع للأخشاب في سوريا")
    assert _ids([a, b], [WH_OTHER, wood]) == ["e-wh3", "e-wh4"]


def test_three_facilities_of_one_kind_in_a_town_are_left_alone() -> None:
    oil = _ent("e-wh5", "مستودع للزيوت", "facility")
    a = _claim("d1", WH_LONG, 6, Q_LONG)
    b = _claim("d2", WH_TOWN, 6, Q_TOWN)
    c = _claim("d3", oil, 6, "مقتل 6 في حريق مستودع للزيوت بمدينة حمص")
    assert _ids([a, b, c], [WH_LONG, WH_TOWN, oil]) == ["e-wh1", "e-wh2", "e-wh5"]


def test_facilities_with_names_of_their_own_are_two() -> None:
    # "مستودع الزيوت" has a name of its own: not the Homs warehouse of the other outlet.
    a = _claim("d1", WH_OTHER, 6, "مقتل 6 في حريق مستودع الزيوت بمدينة حمص")
    b = _claim("d2", WH_TOWN, 6, Q_TOWN)
    assert _ids([a, b], [WH_OTHER, WH_TOWN]) == ["e-wh3", "e-wh2"]
