"""A period figure that is the story's own (recon._told_scope): one outlet's
"since the start of the year" joins another's plain figure when its article
told no plain figure of that field and the figures are near each other."""

from __future__ import annotations

import datetime as dt

from recon._told_scope import SCOPE_NEAR, told_scope
from recon.model import Claim, Entity, Method, Quantity, Source

BAIDOA = Entity(id="baidoa", name="بيدوا", kind="city")
TOWN = Entity(id="town", name="بلدة أخرى", kind="city")


def _claim(
    doc: str, value: float, field: str, method: Method = Method.EXTRACTED, unit: str = "person"
) -> Claim:
    return Claim(
        entity=BAIDOA.name,
        field=field,
        value=Quantity(value=value, unit=unit),
        source=Source(id=doc, published=dt.date(2025, 3, 1)),
        method=method,
    )


def _scoped(rows: list[tuple[str, float, str]], entities: list[Entity] | None = None) -> list[str]:
    claims = [_claim(*r) for r in rows]
    ents = entities or [BAIDOA] * len(claims)
    return told_scope(claims, ents, [c.field for c in claims])


def test_a_period_figure_near_another_article_s_plain_figure_joins_it() -> None:
    # "أكثر من 90 ألف نازح وصلوا منذ بداية العام" against "أكثر من 85 ألف نازح".
    got = _scoped([("a", 85000, "displaced"), ("b", 90000, "displaced:period")])
    assert got == ["displaced", "displaced"]


def test_a_period_total_far_from_the_event_s_figure_stays_apart() -> None:
    # A year's road toll beside one crash's dead.
    got = _scoped([("a", 12, "killed"), ("b", 300, "killed:period")])
    assert got == ["killed", "killed:period"]


def test_an_article_that_gives_both_told_them_apart() -> None:
    got = _scoped(
        [("a", 85000, "displaced"), ("b", 90000, "displaced:period"), ("b", 20, "displaced")]
    )
    assert got[1] == "displaced:period"


def test_an_article_that_gives_the_plain_field_of_another_entity_told_them_apart() -> None:
    rows = [("a", 85000, "displaced"), ("b", 90000, "displaced:period"), ("b", 3000, "displaced")]
    got = _scoped(rows, [BAIDOA, BAIDOA, TOWN])
    assert got[1] == "displaced:period"


def test_only_the_same_entity_s_plain_figures_count() -> None:
    got = _scoped([("a", 85000, "displaced"), ("b", 90000, "displaced:period")], [TOWN, BAIDOA])
    assert got == ["displaced", "displaced:period"]


def test_period_figures_alone_stay_as_they_are() -> None:
    got = _scoped([("a", 85000, "displaced:period"), ("b", 90000, "displaced:period")])
    assert got == ["displaced:period", "displaced:period"]


def test_the_bound_is_inclusive_and_a_given_claim_is_never_moved() -> None:
    near = 100 * SCOPE_NEAR
    assert _scoped([("a", 100, "killed"), ("b", near, "killed:period")])[1] == "killed"
    assert _scoped([("a", 100, "killed"), ("b", near + 1, "killed:period")])[1] == "killed:period"
    given = [_claim("a", 100, "killed"), _claim("b", 100, "killed:period", Method.GIVEN)]
    assert told_scope(given, [BAIDOA] * 2, [c.field for c in given])[1] == "killed:period"


def test_only_the_period_suffix_is_read() -> None:
    got = _scoped([("a", 600, "count:truck"), ("b", 600, "count:truck:rate")])
    assert got == ["count:truck", "count:truck:rate"]


def test_sizes_compare_in_base_units_and_never_across_currencies() -> None:
    # 38,600 hectares since the campaign began against another outlet's 390 km².
    area = [
        _claim("a", 390, "area", unit="km2"),
        _claim("b", 38_600, "area:period", unit="hectare"),
    ]
    assert told_scope(area, [BAIDOA] * 2, [c.field for c in area])[1] == "area"
    money = [_claim("a", 400, "money", unit="USD"), _claim("b", 400, "money:period", unit="SAR")]
    assert told_scope(money, [BAIDOA] * 2, [c.field for c in money])[1] == "money:period"
