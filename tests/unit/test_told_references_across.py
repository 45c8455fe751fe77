"""Distances from two reference places told by different articles
(recon._told_references): far apart ("نحو ألف كيلومتر من العاصمة طرابلس"
beside "35 كلم شرق بنغازي") they are two measures and two groups; near one
another they are one measure whose reference the outlets name differently."""

from __future__ import annotations

import datetime as dt

from recon._told_references import FAR_APART, told_references
from recon.model import Claim, Method, Quantity, Source


def _d(doc: str, km: float, ref: str | None, entity: str = "مطار بنينا") -> Claim:
    return Claim(
        entity=entity,
        field="distance",
        value=Quantity(value=km, unit="km"),
        source=Source(id=doc, published=dt.date(2025, 5, 2)),
        method=Method.EXTRACTED,
        role=ref,
    )


def _parts(cs: list[Claim]) -> list[list[float]]:
    return sorted(sorted(c.value.value for c in p) for p in told_references(cs))  # type: ignore[union-attr]


def test_a_distance_from_the_capital_is_not_the_event_s() -> None:
    cs = [_d("a", 35, "بنغازي"), _d("b", 35, "بنغازي"), _d("c", 1000, "طرابلس")]
    assert _parts(cs) == [[35, 35], [1000]]


def test_near_figures_from_two_names_are_one_measure() -> None:
    cs = [_d("a", 35, "بنغازي"), _d("b", 30, "المرج")]
    assert _parts(cs) == [[30, 35]]


def test_the_bound_is_inclusive_and_chains_join() -> None:
    cs = [_d("a", 10, "أ"), _d("b", 10 * FAR_APART, "ب")]
    assert len(told_references(cs)) == 1
    cs = [_d("a", 10, "أ"), _d("b", 10 * FAR_APART + 1, "ب")]
    assert len(told_references(cs)) == 2
    # 10 ~ 20 ~ 45: one measure, though 10 and 45 alone would be two.
    cs = [_d("a", 10, "أ"), _d("b", 20, "ب"), _d("c", 45, "ج")]
    assert len(told_references(cs)) == 1


def test_a_city_s_distance_from_another_city_is_not_a_site_s_from_it() -> None:
    # "وتبعد سبها نحو 770 كيلومتراً عن طرابلس" beside "المكب … يبعد نحو 15
    # كيلومتراً" (from the city, no place read): two measures.
    cs = [_d("a", 15, None, "سبها"), _d("b", 770, "طرابلس", "سبها"), _d("c", 15, None, "سبها")]
    assert _parts(cs) == [[15, 15], [770]]


def test_an_unread_reference_near_the_read_one_is_the_same_measure() -> None:
    cs = [_d("a", 30, None), _d("b", 35, "بنغازي"), _d("c", 35 * FAR_APART, None)]
    assert _parts(cs) == [[30, 35, 35 * FAR_APART]]


def test_a_reference_that_is_the_claim_s_own_place_tells_nothing() -> None:
    # "الضرر في 7 كيلومترات من سواحل القطيف" said of Qatif, and "أكثر من 20
    # كيلومتراً" from another outlet: a disagreement, not two measures.
    cs = [_d("a", 7, "القطيف", "القطيف"), _d("b", 20, None, "القطيف")]
    assert _parts(cs) == [[7, 20]]
