"""The invariants of reconcile(), for any claims recon.strategies can draw."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import recon
from recon import Status
from recon import strategies as rst
from recon.compare import default_comparator
from recon.report import Report

batches = rst.claim_batches(max_size=25)


def canon(report: Report) -> str:
    return report.to_json()


@given(batches, st.randoms(use_true_random=False))
def test_input_order_never_changes_the_report(claims, rnd):
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert canon(recon.reconcile(claims)) == canon(recon.reconcile(shuffled))


@given(batches)
def test_every_claim_is_in_exactly_one_group(claims):
    r = recon.reconcile(claims)
    seen = [c for g in r.groups for c in g.claims]
    assert sorted(map(repr, seen)) == sorted(map(repr, claims))
    keys = [(g.entity.id, g.field) for g in r.groups]
    assert len(keys) == len(set(keys))
    for g in r.groups:
        in_candidates = sorted(repr(c) for k in g.candidates for c in k.claims)
        assert in_candidates == sorted(map(repr, g.claims))


@given(batches, st.data())
def test_duplicating_a_claim_never_creates_a_conflict(claims, data):
    if not claims:
        return
    before = recon.reconcile(claims)
    extra = data.draw(st.sampled_from(claims))
    after = recon.reconcile([*claims, extra])
    assert {g.id for g in after.conflicts} == {g.id for g in before.conflicts}
    assert {g.id: g.status for g in after.groups} == {g.id: g.status for g in before.groups}


@given(batches)
def test_agreeing_claims_never_produce_a_conflict(claims):
    r = recon.reconcile(claims)
    comp = default_comparator()
    for g in r.groups:
        vals = [c.value for c in g.claims]
        if comp.all_agree(vals):
            assert g.status is not Status.CONFLICT


@given(batches)
def test_a_conflict_has_two_sources_on_incompatible_values(claims):
    comp = default_comparator()
    for g in recon.reconcile(claims).conflicts:
        assert any(
            a.source.id != b.source.id and not comp.agree(a.value, b.value)
            for a in g.claims
            for b in g.claims
        )


@given(rst.quantities(), rst.quantities())
def test_comparison_is_symmetric(a, b):
    comp = default_comparator()
    assert comp.compare(a, b).agree == comp.compare(b, a).agree


@given(batches)
def test_conflict_is_symmetric_in_the_sources(claims):
    """Swapping the names of two sources swaps them in the report, nothing else."""
    ids = sorted({c.source.id for c in claims})
    if len(ids) < 2:
        return
    a, b = ids[0], ids[1]
    import attrs

    def swap(c):
        sid = {a: b, b: a}.get(c.source.id, c.source.id)
        return attrs.evolve(c, source=attrs.evolve(c.source, id=sid))

    r1 = recon.reconcile(claims)
    r2 = recon.reconcile([swap(c) for c in claims])
    assert sorted((g.id, g.status) for g in r1.groups) == sorted(
        (g.id, g.status) for g in r2.groups
    )


@given(batches)
def test_report_json_round_trips(claims):
    r = recon.reconcile(claims)
    back = Report.from_json(r.to_json())
    assert back == r
    assert back.to_json() == r.to_json()
    json.loads(r.to_json())


@given(batches)
def test_scores_are_probabilities_and_consensus_is_a_candidate(claims):
    for g in recon.reconcile(claims).groups:
        total = sum(k.score for k in g.candidates)
        assert abs(total - 1) < 1e-4
        assert all(0 <= k.score <= 1 for k in g.candidates)
        if g.consensus is not None:
            assert g.consensus in [k.value for k in g.candidates]
        assert 0 <= g.confidence <= 1


@given(st.from_type(recon.Claim))
def test_strategies_are_registered_with_from_type(claim):
    assert isinstance(claim, recon.Claim)
