"""Invariants of the split of distance groups by reference place
(recon._told_references, used by recon.group): every claim lands in exactly
one group whatever the claims' order, and an article's distances from two
places never share a group."""

from __future__ import annotations

import datetime as dt

from grouping import assert_one_group_each_whatever_the_order, claim, partition
from hypothesis import given, settings
from hypothesis import strategies as st

from recon._told_references import FAR_APART
from recon.model import Entity, Method

SITE = Entity(id="s", name="موقع الحادث", kind="place")
PUB = dt.date(2025, 3, 18)

specs = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from([15, 170, 175, 280, 770]),
        st.sampled_from([None, "المدينة المنورة", "مكة المكرمة", "طرابلس", "المدينة", SITE.name]),
        st.sampled_from([Method.EXTRACTED, Method.GIVEN]),
    ),
    min_size=1,
    max_size=12,
)


def _claims(rows):  # type: ignore[no-untyped-def]
    return [
        claim(SITE, doc, v, method, field="distance", unit="km", published=PUB, role=role)
        for doc, v, role, method in rows
    ]


def _partition(claims):  # type: ignore[no-untyped-def]
    return partition(claims, SITE)


@settings(max_examples=200, deadline=None)
@given(specs, st.randoms())
def test_every_claim_in_exactly_one_group_whatever_the_order(rows, rnd) -> None:  # type: ignore[no-untyped-def]
    assert_one_group_each_whatever_the_order(_claims(rows), SITE, rnd)


@settings(max_examples=200, deadline=None)
@given(specs)
def test_an_article_s_distances_from_two_places_are_never_one_group(rows) -> None:  # type: ignore[no-untyped-def]
    drafts = _partition(_claims(rows))
    for d in drafts:
        for doc in {c.source.id for c in d.claims}:
            refs = {
                c.role
                for c in d.claims
                if c.source.id == doc and c.role and c.method is Method.EXTRACTED
            }
            assert len(refs) <= 1, (doc, refs)


@settings(max_examples=200, deadline=None)
@given(specs)
def test_with_one_other_place_read_far_unread_figures_stay_apart(rows) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(rows)
    refs = {c.role for c in claims if c.role and c.method is Method.EXTRACTED}
    if len(refs) != 1 or SITE.name in refs:
        return
    for d in _partition(claims):
        told = [c.value.value for c in d.claims if c.role and c.method is Method.EXTRACTED]
        if not told:
            continue
        lo, hi = min(told), max(told)
        for c in d.claims:
            if c.role is None:
                assert lo / FAR_APART <= c.value.value <= hi * FAR_APART, (c.value, told)
