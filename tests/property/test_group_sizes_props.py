"""Invariants of the size split of groups (recon.group._told_sizes) on random
extracted claims: every claim lands in exactly one group, the groups do not
depend on the claims' order, and a split never puts one article's figures
of both sides of a cut into one group."""

from __future__ import annotations

import datetime as dt

from grouping import assert_one_group_each_whatever_the_order, claim, partition
from hypothesis import given, settings
from hypothesis import strategies as st

from recon.group import SIZES_APART
from recon.model import Cue, Entity, Method

PLACE = Entity(id="p", name="سجن زحلة", kind="facility")
PUB = dt.date(2026, 3, 2)

specs = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d"]),
        st.sampled_from([1, 2, 6, 9, 14, 320, 400, 480, 1000, 1100, 1200, 5000]),
        st.booleans(),  # a rise cue
        st.sampled_from([Method.EXTRACTED, Method.GIVEN]),
    ),
    min_size=1,
    max_size=14,
)


def _claims(rows):  # type: ignore[no-untyped-def]
    return [
        claim(
            PLACE, doc, v, method, field="arrested", published=PUB, cue=Cue.RISE if rise else None
        )
        for doc, v, rise, method in rows
    ]


def _partition(claims):  # type: ignore[no-untyped-def]
    return partition(claims, PLACE)


@settings(max_examples=200, deadline=None)
@given(specs, st.randoms())
def test_every_claim_in_exactly_one_group_whatever_the_order(rows, rnd) -> None:  # type: ignore[no-untyped-def]
    assert_one_group_each_whatever_the_order(_claims(rows), PLACE, rnd)


@settings(max_examples=200, deadline=None)
@given(specs)
def test_an_article_s_smallest_and_largest_figures_far_apart_are_never_one_group(rows) -> None:  # type: ignore[no-untyped-def]
    drafts = _partition(_claims(rows))
    group_of = {id(c): d.id for d in drafts for c in d.claims}
    docs = {c.source.id for d in drafts for c in d.claims}
    for doc in docs:
        mine = [c for d in drafts for c in d.claims if c.source.id == doc]
        mine = [c for c in mine if c.method is Method.EXTRACTED]
        uncued = [c for c in mine if c.cue is None]
        if not mine or not uncued:
            continue
        low = min(mine, key=lambda c: c.value.value)
        high = max(uncued, key=lambda c: c.value.value)
        if high.value.value > low.value.value * SIZES_APART:
            assert group_of[id(low)] != group_of[id(high)]
