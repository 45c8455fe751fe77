"""Invariants of reading a period figure as the story's own
(recon._told_scope, used by recon.group): every claim lands in exactly one
group whatever the claims' order, and an article that gives a field both
plain and over a period never has its period figure moved."""

from __future__ import annotations

import datetime as dt

from grouping import assert_one_group_each_whatever_the_order, claim, partition
from hypothesis import given, settings
from hypothesis import strategies as st

from recon.model import Entity, Method

SITE = Entity(id="s", name="بيدوا", kind="city")
PUB = dt.date(2025, 3, 18)

specs = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from([12, 14, 16, 85, 90, 300]),
        st.sampled_from(["killed", "killed:period", "injured"]),
        st.sampled_from([Method.EXTRACTED, Method.GIVEN]),
    ),
    min_size=1,
    max_size=12,
)


def _claims(rows):  # type: ignore[no-untyped-def]
    return [
        claim(SITE, doc, v, method, field=field, published=PUB) for doc, v, field, method in rows
    ]


@settings(max_examples=200, deadline=None)
@given(specs, st.randoms())
def test_every_claim_in_exactly_one_group_whatever_the_order(rows, rnd) -> None:  # type: ignore[no-untyped-def]
    assert_one_group_each_whatever_the_order(_claims(rows), SITE, rnd)


@settings(max_examples=200, deadline=None)
@given(specs)
def test_an_article_that_told_both_keeps_its_period_figure_apart(rows) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(rows)
    drafts = partition(claims, SITE)
    plain_docs = {c.source.id for c in claims if c.field == "killed"}
    for d in drafts:
        for c in d.claims:
            if c.field == "killed:period" and c.source.id in plain_docs:
                assert d.field == "killed:period"
