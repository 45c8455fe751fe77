"""Invariants of judging with revision and dispute cues (recon.group.judge)."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from recon.compare import default_comparator
from recon.group import Draft, judge
from recon.model import Claim, Cue, Entity, Quantity, Source, Status

ENT = Entity(id="e", name="x", kind="city")
CMP = default_comparator()

claims_st = st.lists(
    st.builds(
        lambda src, v, q, day, cue: Claim(
            entity="x",
            field="killed",
            value=Quantity(value=v, unit="person", qualifier=q),
            source=Source(id=src, published=dt.date(2024, 3, day) if day else None),
            method="extracted",
            cue=cue,
        ),
        st.sampled_from("abcd"),
        st.sampled_from([9, 12, 15, 20]),
        st.sampled_from(["exact", "approx", "at_least"]),
        st.sampled_from([None, 1, 2, 3]),
        st.sampled_from([None, Cue.RISE, Cue.REVISED, Cue.DISPUTED]),
    ),
    min_size=1,
    max_size=7,
)


def verdict(claims: list[Claim]) -> tuple[Status, list[str]]:
    d = Draft(entity=ENT, field="killed", claims=sorted(claims, key=repr))
    judge(d, CMP)
    return d.status, d.notes


@given(claims_st, st.randoms(use_true_random=False))
def test_judging_does_not_depend_on_input_order(claims, rnd):
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    d1 = Draft(entity=ENT, field="killed", claims=list(claims))
    d2 = Draft(entity=ENT, field="killed", claims=shuffled)
    judge(d1, CMP)
    judge(d2, CMP)
    assert (d1.status, set(d1.notes)) == (d2.status, set(d2.notes))


@given(claims_st, st.sampled_from([None, 1, 2, 3]))
def test_no_revision_cue_and_one_time_never_makes_an_update(claims, day):
    same = [
        attrs.evolve(
            c,
            source=attrs.evolve(c.source, published=dt.date(2024, 3, day) if day else None),
            cue=None if c.cue in (Cue.RISE, Cue.REVISED) else c.cue,
        )
        for c in claims
    ]
    assert verdict(same)[0] is not Status.UPDATE


@given(claims_st)
def test_a_disputed_figure_everywhere_never_makes_an_update(claims):
    disputed = [attrs.evolve(c, cue=Cue.DISPUTED) for c in claims]
    assert verdict(disputed)[0] is not Status.UPDATE


@given(claims_st)
def test_cues_never_turn_agreement_into_anything_else(claims):
    plain = [attrs.evolve(c, cue=None) for c in claims]
    base = verdict(plain)[0]
    if base in (Status.AGREE, Status.SINGLE):
        assert verdict(claims)[0] is base
