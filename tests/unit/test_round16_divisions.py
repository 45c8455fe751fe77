"""Round 16: two towns' events in two provinces are never one scene
(``recon._story_corroborate``, ``recon._dateline.division_of``).

Two raids, two crashes, two fires of one kind in one country and one week
often share a figure or two by chance.  The corroboration pass reads two
agreeing figures as two names of one scene, which is right for one story told
at a village and at its province, and wrong for two towns in two provinces,
each article naming only its own.  Claims and articles written for these
tests, with negative cases."""

import datetime as dt

import recon
from recon._dateline import division_of
from recon._story_corroborate import corroborated
from recon._story_divisions import divisions_apart
from recon.model import Claim, Entity, Method, Quantity, Source

DAY = dt.date(2026, 3, 9)
# Two towns of two Saudi regions, and a district the gazetteer does not know.
# Ids the gazetteer does not know: their divisions come from ``ancestors``.
TABUK = Entity(id="town-t", name="تبوك", kind="city")
ABHA = Entity(id="town-a", name="أبها", kind="city")
DISTRICT = Entity(id="district", name="حي المروج", kind="place")
DIVISIONS = {"town-t": "sa-tabuk-region", "town-a": "sa-asir"}


def claim(doc, field, value, *, unit="person", quote=None):
    return Claim(
        entity="x",
        field=field,
        value=Quantity(value=value, unit=unit),
        source=Source(id=doc, published=DAY),
        method=Method.EXTRACTED,
        quote=quote,
    )


def run(rows, divisions=DIVISIONS, places=None):
    claims = [c for c, _ in rows]
    ents = [e for _, e in rows]
    apart = divisions_apart(
        claims,
        ents,
        ancestors=lambda e: frozenset([divisions[e]] if e in divisions else []),
        places_in=lambda q: (places or {}).get(q, ()),
    )
    got = corroborated(claims, ents, country_of=lambda _e: "sa", apart=apart, max_days=14)
    return [e.id for e in got]


def two_raids(b_place=ABHA):
    """Doc a tells a raid in Tabuk, doc b one at ``b_place``: both held 9
    workers for 6 hours, and b's article is quoted more (its name is used most)."""
    return [
        (claim("a", "arrested", 9), TABUK),
        (claim("a", "duration", 6, unit="hour"), TABUK),
        (claim("b", "arrested", 9), b_place),
        (claim("b", "duration", 6, unit="hour"), b_place),
        (claim("b", "count:warehouse", 2, unit="item"), b_place),
    ]


def test_division_of_reads_the_gazetteer_hierarchy() -> None:
    assert division_of("jeddah") == "sa-makkah-region"
    assert division_of("dammam") == "sa-eastern-province"
    assert division_of("sa-eastern-province") == "sa-eastern-province"  # a division is its own
    assert division_of("sa") is None  # a country is in no division
    assert division_of("no-such-place") is None


def test_two_towns_of_two_divisions_sharing_figures_stay_apart() -> None:
    assert run(two_raids()) == ["town-t", "town-t", "town-a", "town-a", "town-a"]


def test_without_divisions_the_same_figures_still_join_them() -> None:
    # The guard is what keeps them apart: with no division known, round 12 holds.
    assert run(two_raids(), divisions={}) == ["town-a"] * 5


def test_a_name_of_no_known_division_still_joins() -> None:
    assert run(two_raids(b_place=DISTRICT))[:2] == ["district", "district"]


def test_a_document_naming_the_other_division_tells_one_story() -> None:
    # An outlet datelined elsewhere that also names the story's province:
    # the capital-dateline case the corroboration is for.
    rows = [
        *two_raids(),
        (claim("a", "injured", 3), Entity(id="asir", name="منطقة عسير", kind="province")),
    ]
    divisions = {**DIVISIONS, "asir": "sa-asir"}
    assert run(rows, divisions)[:2] == ["town-a", "town-a"]


WAREHOUSE = Entity(id="warehouse", name="مستودع لقطع الغيار", kind="facility")
IN_ABHA = "داهمت الفرق في أبها مستودعاً لقطع الغيار."
ON_THE_ROAD = "وقع الحادث على الطريق بين تبوك وأبها."


def warehouse_raids(quote):
    """Doc b's figures are all at a warehouse its sentence places: ``quote``."""
    return [
        (claim("a", "arrested", 9), TABUK),
        (claim("a", "duration", 6, unit="hour"), TABUK),
        (claim("b", "arrested", 9, quote=quote), WAREHOUSE),
        (claim("b", "duration", 6, unit="hour", quote=quote), WAREHOUSE),
        (claim("b", "count:vehicle", 2, unit="item", quote=quote), WAREHOUSE),
    ]


def test_a_facility_lies_in_the_one_division_its_sentences_name() -> None:
    places = {IN_ABHA: ["town-a"]}
    assert run(warehouse_raids(IN_ABHA), places=places)[:2] == ["town-t", "town-t"]
    # With no division named, the warehouse is unplaced and joins as before.
    assert run(warehouse_raids(IN_ABHA))[:2] == ["warehouse", "warehouse"]


def test_a_facility_between_two_divisions_is_unplaced() -> None:
    # A road "between Tabuk and Abha" names two divisions: no one of them is lent.
    places = {ON_THE_ROAD: ["town-t", "town-a"]}
    assert run(warehouse_raids(ON_THE_ROAD), places=places)[:2] == ["warehouse", "warehouse"]


SAUDI = Entity(id="sa", name="السعودية", kind="country")
IN_TABUK = "داهمت الفرق مستودعاً في تبوك."


def test_a_country_level_figure_lies_in_the_one_division_its_document_names() -> None:
    # Doc a puts its figures at the country, but its sentences name Tabuk only.
    rows = [
        (claim("a", "arrested", 9, quote=IN_TABUK), SAUDI),
        (claim("a", "duration", 6, unit="hour", quote=IN_TABUK), SAUDI),
        (claim("b", "arrested", 9), ABHA),
        (claim("b", "duration", 6, unit="hour"), ABHA),
    ]
    places = {IN_TABUK: ["town-t"]}
    assert run(rows, places=places) == ["sa", "sa", "town-a", "town-a"]
    # A document naming no division leaves the country unplaced: one scene.
    assert len(set(run(rows))) == 1


def test_the_second_pass_keeps_two_divisions_apart_too() -> None:
    # a and b agree on two figures under one name each; a third figure a
    # gives under a town of another division does not move to b's name.
    rows = [
        (claim("a", "arrested", 9), DISTRICT),
        (claim("a", "duration", 6, unit="hour"), DISTRICT),
        (claim("a", "count:warehouse", 2, unit="item"), TABUK),
        (claim("b", "arrested", 9), DISTRICT),
        (claim("b", "duration", 6, unit="hour"), DISTRICT),
        (claim("b", "count:warehouse", 2, unit="item"), ABHA),
        (claim("c", "count:warehouse", 5, unit="item"), ABHA),
    ]
    assert run(rows)[2] == "town-t"
    assert run(rows, divisions={})[2] == "town-a"  # ... which it did before


def test_the_result_does_not_depend_on_input_order() -> None:
    rows = [
        *two_raids(),
        (claim("c", "arrested", 9), DISTRICT),
        (claim("c", "duration", 6, unit="hour"), DISTRICT),
    ]
    forward = dict(zip(map(id, rows), run(rows), strict=True))
    back = list(reversed(rows))
    assert dict(zip(map(id, back), run(back), strict=True)) == forward


def _article(doc, text):
    return recon.Document(source=recon.Source(id=doc, published="2026-03-09"), text=text)


def test_two_raids_in_two_regions_stay_in_two_groups_end_to_end() -> None:
    a = _article(
        "a",
        "جدة - ضبطت فرق وزارة التجارة 9 عمال داخل مستودع للمواد الغذائية المنتهية الصلاحية "
        "في جدة، واستمرت عملية المداهمة 6 ساعات، بحسب بيان الوزارة.",
    )
    b = _article(
        "b",
        "الدمام - ضبطت الفرق الرقابية 9 عمال في مستودع لتخزين قطع الغيار المقلدة بالدمام، "
        "وقالت الوزارة إن المداهمة استغرقت 6 ساعات.",
    )
    recs = recon.reconcile([a, b]).to_records()
    for field in ("arrested", "duration"):
        got = {r["doc"]: r["group"] for r in recs if r["field"] == field}
        assert set(got) == {"a", "b"}, (field, recs)
        assert got["a"] != got["b"], field
