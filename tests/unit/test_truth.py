"""Iterative truth-discovery policies on small Votes whose answer is known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from recon.resolve import Votes, get_policy
from recon.truth import CRH, Accu, TruthFinder, pairs_within, softmax_per_group

POLICIES = [TruthFinder(), Accu(), Accu(similarity=0.3, name="accusim"), CRH()]


def make_votes(
    groups: list[int],
    votes: list[tuple[int, int]],
    n_sources: int,
    *,
    numeric: list[float] | None = None,
    compatible: list[tuple[int, int]] | None = None,
    weight: list[float] | None = None,
    prior: list[float] | None = None,
) -> Votes:
    vs = np.array([s for s, _ in votes], dtype=np.int64)
    vc = np.array([c for _, c in votes], dtype=np.int64)
    return Votes(
        sources=tuple(f"s{i}" for i in range(n_sources)),
        candidate_group=np.array(groups, dtype=np.int64),
        vote_source=vs,
        vote_candidate=vc,
        vote_time=np.full(len(votes), np.nan),
        compatible=np.array(compatible or [], dtype=np.int64).reshape(-1, 2),
        candidate_numeric=np.array(numeric if numeric else [np.nan] * len(groups)),
        prior=np.array(prior if prior else [0.8] * n_sources),
        weight=np.array(weight if weight else [1.0] * n_sources),
        n_groups=max(groups) + 1,
    )


def reliable_vs_two() -> Votes:
    """Source 0 agrees with the honest majority on 8 calibration items where
    sources 1 and 2 err independently; on item 8, 1 and 2 happen to agree
    against 0.  Learnt trust must let source 0 win item 8."""
    groups: list[int] = []
    votes: list[tuple[int, int]] = []
    for item in range(8):
        base = len(groups)
        groups += [item] * 3
        # truth (0, 3, 4 vote it); 1 and 2 each pick their own wrong value.
        votes += [(0, base), (3, base), (4, base), (1, base + 1), (2, base + 2)]
    base = len(groups)
    groups += [8, 8]
    votes += [(0, base), (1, base + 1), (2, base + 1)]
    return make_votes(groups, votes, 5)


@pytest.mark.parametrize("policy", [Accu(), CRH()], ids=lambda p: p.name)
def test_reliable_source_outvotes_two_unreliable(policy: object) -> None:
    v = reliable_vs_two()
    res = policy(v)  # type: ignore[operator]
    last = v.n_candidates - 2
    assert res.candidate_score[last] > res.candidate_score[last + 1]


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
def test_trust_ranks_the_reliable_source_first(policy: object) -> None:
    res = policy(reliable_vs_two())  # type: ignore[operator]
    assert res.source_trust[0] > res.source_trust[1]
    assert res.source_trust[0] > res.source_trust[2]


def test_truthfinder_learning_narrows_the_gap() -> None:
    # TruthFinder's dampened confidences learn more slowly than ACCU: the pair
    # still edges it out, but by less than with one iteration.
    v = reliable_vs_two()
    last = v.n_candidates - 2
    once = TruthFinder(max_iter=1)(v).candidate_score
    full = TruthFinder()(v).candidate_score
    assert full[last + 1] - full[last] < once[last + 1] - once[last]


def test_plain_majority_would_lose_that_item() -> None:
    # The setup is a real test of learning: without it, the pair wins.
    v = reliable_vs_two()
    res = get_policy("majority")(v)
    last = v.n_candidates - 2
    assert res.candidate_score[last] < res.candidate_score[last + 1]


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
def test_scores_sum_to_one_per_group_and_trust_in_unit_interval(policy: object) -> None:
    v = reliable_vs_two()
    res = policy(v)  # type: ignore[operator]
    sums = np.bincount(v.candidate_group, weights=res.candidate_score)
    assert np.allclose(sums, 1.0)
    assert np.all((res.candidate_score >= 0) & (res.candidate_score <= 1))
    assert np.all((res.source_trust >= 0) & (res.source_trust <= 1))


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
def test_no_conflict_leaves_trust_uniform(policy: object) -> None:
    # Every source states the single candidate of each group: nothing to learn.
    v = make_votes([0, 1, 2], [(s, c) for s in range(3) for c in range(3)], 3)
    res = policy(v)  # type: ignore[operator]
    assert np.allclose(res.candidate_score, 1.0)
    assert np.ptp(res.source_trust) < 1e-9


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
def test_independence_weight_is_respected(policy: object) -> None:
    # Three copies (weight 1/3 each) against two independent sources.
    votes = [(0, 0), (1, 0), (2, 0), (3, 1), (4, 1)]
    plain = policy(make_votes([0, 0], votes, 5))  # type: ignore[operator]
    assert plain.candidate_score[0] > plain.candidate_score[1]
    w = [1 / 3, 1 / 3, 1 / 3, 1.0, 1.0]
    discounted = policy(make_votes([0, 0], votes, 5, weight=w))  # type: ignore[operator]
    assert discounted.candidate_score[1] > discounted.candidate_score[0]


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
def test_prior_trust_breaks_an_even_vote(policy: object) -> None:
    v = make_votes([0, 0], [(0, 0), (1, 1)], 2, prior=[0.95, 0.6])
    res = policy(v)  # type: ignore[operator]
    assert res.candidate_score[0] > res.candidate_score[1]


def test_numeric_closeness_counts_for_truthfinder_and_crh() -> None:
    # 100 and 101 are near each other; 500 is far.  100 has one vote, 101 one,
    # 500 two.
    v = make_votes([0, 0, 0], [(0, 0), (1, 1), (2, 2), (3, 2)], 4, numeric=[100.0, 101.0, 500.0])
    # CRH: the weighted median is 101 (or 100): the far pair loses.
    assert int(np.argmax(CRH()(v).candidate_score)) in (0, 1)
    # TruthFinder: closeness lends 100 and 101 support they lack without it.
    near = TruthFinder()(v).candidate_score
    plain = TruthFinder(influence=0.0)(v).candidate_score
    assert near[0] / near[2] > plain[0] / plain[2]
    # Plain ACCU compares by equality: the two votes for 500 win.
    assert int(np.argmax(Accu()(v).candidate_score)) == 2


def test_crh_numeric_truth_is_weighted_median() -> None:
    v = make_votes([0, 0, 0], [(0, 0), (1, 1), (2, 2)], 3, numeric=[10.0, 11.0, 1000.0])
    res = CRH()(v)
    assert int(np.argmax(res.candidate_score)) == 1  # median of 10, 11, 1000


def test_compatible_candidates_support_each_other_in_truthfinder() -> None:
    # "at least 29" (0) is compatible with 31 (1); 40 (2) has two votes.
    v = make_votes([0, 0, 0], [(0, 0), (1, 1), (2, 2), (3, 2)], 4, compatible=[(0, 1)])
    res = TruthFinder()(v)
    plain = TruthFinder(influence=0.0)(v)
    assert res.candidate_score[1] > plain.candidate_score[1]


@pytest.mark.parametrize("policy", [TruthFinder(), Accu(), CRH()], ids=lambda p: p.name)
def test_converges_before_max_iterations(policy: object) -> None:
    res = policy(reliable_vs_two())  # type: ignore[operator]
    assert 1 <= res.iterations < policy.max_iter  # type: ignore[attr-defined]


def test_accu_posterior_matches_closed_form() -> None:
    # One group, two candidates, accuracies fixed by the prior (no iterations
    # can move them: max_iter=1 evaluates the posterior once).
    v = make_votes([0, 0], [(0, 0), (1, 1), (2, 1)], 3, prior=[0.9, 0.6, 0.6])
    res = Accu(max_iter=1, n_false=1.0)(v)
    a0, a1 = np.log(0.9 / 0.1), 2 * np.log(0.6 / 0.4)
    expect = np.exp(a0) / (np.exp(a0) + np.exp(a1))
    assert res.candidate_score[0] == pytest.approx(expect)


def test_policies_registered_by_name() -> None:
    for name in ("truthfinder", "accu", "crh", "accusim"):
        assert get_policy(name).name == name  # type: ignore[attr-defined]


def test_ties_keep_candidate_order_and_are_even() -> None:
    v = make_votes([0, 0], [(0, 0), (1, 1)], 2)
    for policy in POLICIES:
        res = policy(v)
        assert res.candidate_score[0] == pytest.approx(res.candidate_score[1])


def test_pairs_within_lists_each_pair_once() -> None:
    i, j = pairs_within(np.array([3, 1, 3, 3, 1, 7], dtype=np.int64))
    got = sorted(tuple(sorted(p)) for p in zip(i.tolist(), j.tolist(), strict=True))
    assert got == [(0, 2), (0, 3), (1, 4), (2, 3)]
    i, j = pairs_within(np.array([0, 0, 0, 1, 1], dtype=np.int64), max_size=2)
    assert sorted(zip(i.tolist(), j.tolist(), strict=True)) == [(3, 4)]


def test_softmax_per_group() -> None:
    p = softmax_per_group(np.array([0.0, np.log(3.0), 5.0]), np.array([0, 0, 1]), 2)
    assert p.tolist() == pytest.approx([0.25, 0.75, 1.0])
