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


# -- ACCUCOPY and the hybrid policy ----------------------------------------------


def copiers_vs_independents(n_items: int = 40) -> tuple[Votes, list[int]]:
    """Sources 0-4 are independent, each wrong on every fifth item with a
    mistake of its own; sources 5-7 are one copied table, wrong on every fourth
    item with the same mistake.  On a last item two independent sources say A
    and the three copies say B: majority and plain ACCU (the table looks about
    as accurate as each independent source) follow the copies; a copy-aware
    vote counts the table about once.  Returns the votes and the candidate
    index of the truth of every item (A on the last)."""
    groups: list[int] = []
    votes: list[tuple[int, int]] = []
    truth: list[int] = []
    for item in range(n_items):
        t = len(groups)
        groups.append(item)
        truth.append(t)
        for s in range(5):
            if item % 5 == s:
                groups.append(item)
                votes.append((s, len(groups) - 1))
            else:
                votes.append((s, t))
        if item % 4 == 1:
            groups.append(item)
            shared = len(groups) - 1
            votes += [(s, shared) for s in range(5, 8)]
        else:
            votes += [(s, t) for s in range(5, 8)]
    a = len(groups)
    groups += [n_items, n_items]
    votes += [(0, a), (1, a), (5, a + 1), (6, a + 1), (7, a + 1)]
    truth.append(a)
    return make_votes(groups, votes, 8), truth


def _winners(v: Votes, score: np.ndarray) -> list[int]:
    out = []
    for item in range(v.n_groups):
        idx = np.flatnonzero(v.candidate_group == item)
        out.append(int(idx[np.argmax(score[idx])]))
    return out


def test_copy_probability_shared_mistakes_vs_disagreement() -> None:
    from recon.truth_copy import copy_probability

    a = np.array([0.8])
    n = np.array([2.0])
    copied = copy_probability(
        np.array([30.0]), np.array([10.0]), np.array([0.0]), a1=a, a2=a, n=n, rate=0.8, prior=0.2
    )
    independent = copy_probability(
        np.array([30.0]), np.array([0.0]), np.array([10.0]), a1=a, a2=a, n=n, rate=0.8, prior=0.2
    )
    assert copied[0] > 0.99
    assert independent[0] < 0.01


def test_accucopy_discounts_a_copied_table() -> None:
    from recon.truth_copy import AccuCopy

    v, truth = copiers_vs_independents()
    last = v.n_groups - 1
    for plain in (get_policy("majority"), Accu()):
        assert _winners(v, plain(v).candidate_score)[last] != truth[last]
    res = AccuCopy()(v)
    assert _winners(v, res.candidate_score) == truth
    # The copies are reported as such, the independent sources are not.
    assert any("s5~s6" in n for n in res.notes)
    assert not any(f"s{i}~" in n for n in res.notes for i in range(5))


def test_accucopy_without_evidence_is_accu() -> None:
    from recon.truth_copy import AccuCopy

    v = reliable_vs_two()  # too few votes per source to judge copying
    a = Accu()(v)
    b = AccuCopy(similarity=0.0)(v)
    assert _winners(v, a.candidate_score) == _winners(v, b.candidate_score)
    assert not b.notes


def test_hybrid_takes_numeric_scores_for_figures_only() -> None:
    from recon.truth_copy import AccuCopy, Hybrid

    # Group 0: figures (1000, 1001, 9e9); group 1: text values.
    v = make_votes(
        [0, 0, 0, 1, 1],
        [(0, 0), (1, 1), (2, 2), (3, 2), (0, 3), (1, 3), (2, 4)],
        4,
        numeric=[1000.0, 1001.0, 9e9, np.nan, np.nan],
    )
    h = Hybrid()(v)
    tf = TruthFinder()(v)
    ac = AccuCopy()(v)
    np.testing.assert_allclose(h.candidate_score[:3], tf.candidate_score[:3])
    np.testing.assert_allclose(h.candidate_score[3:], ac.candidate_score[3:])
    assert h.policy == "hybrid"


def test_new_policies_registered_and_normalised() -> None:
    v, _ = copiers_vs_independents(12)
    for name in ("accucopy", "hybrid"):
        res = get_policy(name)(v)
        sums = np.bincount(v.candidate_group, weights=res.candidate_score)
        np.testing.assert_allclose(sums, 1.0)
        assert np.all((res.source_trust >= 0) & (res.source_trust <= 1))


# -- the default policy ("auto") -------------------------------------------------


def test_auto_is_the_default() -> None:
    from recon.truth_copy import Hybrid

    assert isinstance(get_policy(None), Hybrid)
    assert get_policy("auto") is get_policy(None)


def test_auto_lets_a_reliable_source_outvote_two_unreliable() -> None:
    v = reliable_vs_two()
    res = get_policy("auto")(v)
    last = v.n_candidates - 2
    assert res.candidate_score[last] > res.candidate_score[last + 1]
    assert res.source_trust[0] > max(res.source_trust[1], res.source_trust[2])


def test_auto_keeps_an_outlier_figure_from_winning() -> None:
    # Population-style: sources 0-3 state close figures on 6 items; on item 6
    # source 4, right alone elsewhere (no one contradicts it), states 1e11
    # against two sources that agree on 61,704.
    groups: list[int] = []
    votes: list[tuple[int, int]] = []
    numeric: list[float] = []
    for item in range(6):
        base = len(groups)
        groups += [item, item]
        numeric += [1000.0 + item, 1001.0 + item]
        votes += [(0, base), (1, base), (2, base + 1), (3, base)]
    base = len(groups)
    groups += [6, 6, 7]
    numeric += [61704.0, 1e11, 5.0]
    votes += [(0, base), (1, base), (4, base + 1), (4, base + 2)]
    v = make_votes(groups, votes, 5, numeric=numeric)
    score = get_policy("auto")(v).candidate_score
    assert score[base] > score[base + 1]


def test_auto_original_keeps_its_vote_where_a_copier_is_discounted() -> None:
    # Sources 0 (original) and 1 (its copier) against 2 and 3 on one item:
    # with the copier's weight at 0.2, the original alone still counts fully,
    # and the two independent sources outvote the pair ...
    v = make_votes([0, 0], [(0, 0), (1, 0), (2, 1), (3, 1)], 4, weight=[1.0, 0.2, 1.0, 1.0])
    s = get_policy("auto")(v).candidate_score
    assert s[1] > s[0]
    # ... and apply_dependence, told that s1 copies s0, discounts s1 alone:
    # the original keeps its full vote in the group-local weights.
    from recon.dependence import apply_dependence
    from recon.report import Dependency

    dep = Dependency(a="s0", b="s1", score=1.0, evidence="test", copier="s1")
    plain = make_votes([0, 0], [(0, 0), (1, 0), (2, 1), (3, 1)], 4)
    v2 = apply_dependence(plain, np.array([1.0, 0.5, 1.0, 1.0]), [dep])
    assert v2.vote_weights()[0] == 1.0
    assert v2.vote_weights()[1] < 1.0
    s2 = get_policy("auto")(v2).candidate_score
    assert s2[1] > s2[0]


def test_auto_identifier_values_are_exact_match() -> None:
    # Clock times as text: "16:55" does not lend support to "16:56" (two
    # sources for 16:56 beat one for 16:55 and one for 16:54).
    v = make_votes([0, 0, 0], [(0, 0), (1, 1), (2, 1), (3, 2)], 4)
    s = get_policy("auto")(v).candidate_score
    assert s[1] > s[0] and s[1] > s[2]
    assert np.isclose(s.sum(), 1.0)


def test_holdout_accuracy_does_not_let_a_lone_source_confirm_itself() -> None:
    # Source 0 speaks alone on 20 items (no evidence) and is contradicted by
    # two agreeing sources on 3 items; plain ACCU counts the lone items as
    # confirmed, holdout does not.
    groups: list[int] = []
    votes: list[tuple[int, int]] = []
    for item in range(20):
        groups.append(item)
        votes.append((0, len(groups) - 1))
    for item in range(20, 23):
        base = len(groups)
        groups += [item, item]
        votes += [(0, base), (1, base + 1), (2, base + 1)]
    v = make_votes(groups, votes, 3)
    plain = Accu()(v).source_trust[0]
    held = Accu(holdout=True)(v).source_trust[0]
    assert held < plain
    assert held < 0.8  # below the prior: the only evidence goes against it


def test_tempering_keeps_the_ranking_and_softens_scores() -> None:
    from recon.truth_copy import auto_policy

    v = reliable_vs_two()
    a, b = auto_policy()(v).candidate_score, auto_policy(0.5)(v).candidate_score
    g = v.candidate_group
    for grp in range(v.n_groups):
        m = g == grp
        assert np.argmax(a[m]) == np.argmax(b[m])
        assert b[m].max() <= a[m].max() + 1e-12


# -- partial statements (a subset of an author list) --------------------------------


def test_partial_pairs_grade_a_subset_by_the_share_it_states() -> None:
    from recon.resolve import partial_pairs

    members = [
        frozenset({"a"}),
        frozenset({"a", "b", "c"}),
        frozenset({"a", "b"}),
        None,  # not a set: takes no part
        frozenset({"a"}),  # another group
        frozenset({"d"}),
    ]
    pairs, grade = partial_pairs(members, np.array([0, 0, 0, 0, 1, 1]))
    got = {(int(i), int(j)): float(w) for (i, j), w in zip(pairs, grade, strict=True)}
    # Only subset -> superset, never back, never across groups or disjoint sets.
    assert got == pytest.approx({(0, 1): 1 / 3, (0, 2): 1 / 2, (2, 1): 2 / 3})


def _authors_votes(full_list_voters: int, subset_of_full: bool) -> Votes:
    """Item 0: three sources state candidate 0, ``full_list_voters`` state candidate 1;
    candidate 0 is a partial statement of candidate 1 or unrelated to it."""
    from recon.resolve import partial_pairs

    small = frozenset({"smith"}) if subset_of_full else frozenset({"brown"})
    members = [small, frozenset({"smith", "jones"})]
    n = 3 + full_list_voters
    v = make_votes([0, 0], [(s, 0) for s in range(3)] + [(s, 1) for s in range(3, n)], n)
    partial, grade = partial_pairs(members, v.candidate_group)
    import attrs

    return attrs.evolve(v, partial=partial, partial_grade=grade)


@pytest.mark.parametrize("policy", [Accu(), get_policy("auto")], ids=["accu", "auto"])
def test_a_partial_statement_supports_the_fuller_list(policy: object) -> None:
    with_subset = policy(_authors_votes(2, subset_of_full=True))  # type: ignore[operator]
    unrelated = policy(_authors_votes(2, subset_of_full=False))  # type: ignore[operator]
    # Three sources listing one of the two authors back the two-author list...
    assert with_subset.candidate_score[1] > with_subset.candidate_score[0]
    # ...but three sources naming someone else outvote it.
    assert unrelated.candidate_score[0] > unrelated.candidate_score[1]


def test_partial_pairs_skip_groups_above_the_bound() -> None:
    from recon.resolve import partial_pairs

    members = [frozenset({"a"}), frozenset({"a", "b"}), frozenset({"a", "c"})]
    pairs, _ = partial_pairs(members, np.zeros(3, dtype=np.int64), max_group=2)
    assert pairs.shape == (0, 2)
    pairs, _ = partial_pairs(members, np.zeros(3, dtype=np.int64), max_group=3)
    assert pairs.shape == (2, 2)


# -- per-field accuracy (Accu.field_trust) ---------------------------------------


def tracker_rows(n_sched: int = 200, n_actual: int = 30) -> list[tuple[str, str, str, str]]:
    """Two trackers copy every schedule right and report their own actual times.

    Airlines A and B agree with the trackers on the schedules; on actual times
    the trackers each state their own value.  On flight "x" only airline A
    speaks to the actual time, and the two trackers happen to agree on another.
    """
    rows: list[tuple[str, str, str, str]] = []
    for i in range(n_sched):
        rows += [(s, f"f{i}", "sched", f"s{i}") for s in ("A", "B", "T1", "T2")]
    for i in range(n_actual):
        rows += [("A", f"f{i}", "actual", f"a{i}"), ("B", f"f{i}", "actual", f"a{i}")]
        rows += [("T1", f"f{i}", "actual", f"t{i}"), ("T2", f"f{i}", "actual", f"u{i}")]
    rows += [("A", "x", "actual", "a"), ("T1", "x", "actual", "w"), ("T2", "x", "actual", "w")]
    return rows


def _consensus(report: object, entity: str, field: str) -> object:
    (g,) = [g for g in report.groups if g.entity.name == entity and g.field == field]  # type: ignore[attr-defined]
    return g.consensus.value if g.consensus is not None else None


def test_field_trust_learns_that_a_source_is_reliable_for_one_field_only() -> None:
    import recon

    rows = tracker_rows()
    overall = Accu(min_false=3.0, smoothing=2.0)
    per_field = Accu(min_false=3.0, smoothing=2.0, field_trust=10.0)
    # One accuracy per source: the schedules make the trackers look reliable,
    # and two of them outvote the airline.
    assert _consensus(recon.reconcile(rows, policy=overall, link="exact"), "x", "actual") == "w"
    # Per field: on actual times the trackers are rarely right.
    assert _consensus(recon.reconcile(rows, policy=per_field, link="exact"), "x", "actual") == "a"
    assert _consensus(recon.reconcile(rows, link="exact"), "x", "actual") == "a"  # auto


def test_field_trust_needs_two_fields() -> None:
    import attrs

    from recon.resolve import field_codes
    from recon.truth_fields import field_units

    # Two groups of two candidates; both sources speak in each group.
    v = make_votes([0, 0, 1, 1], [(0, 0), (1, 1), (0, 2), (1, 2)], 2)
    assert field_units(v) is None  # no fields carried
    one = attrs.evolve(v, group_field=field_codes(["a", "a"]))
    assert field_units(one) is None  # one field: nothing to split
    assert np.array_equal(Accu(field_trust=10.0)(one).candidate_score, Accu()(one).candidate_score)
    two = attrs.evolve(v, group_field=field_codes(["a", "b"]))
    fu = field_units(two)
    assert fu is not None
    unit, n = fu
    a_first = field_codes(["a"])[0] < field_codes(["b"])[0]
    fa, fb = (0, 1) if a_first else (1, 0)
    assert n == 2
    assert unit.tolist() == [0 * 2 + fa, 1 * 2 + fa, 0 * 2 + fb, 1 * 2 + fb]
    assert field_codes(["a", "b", "a"])[2] == field_codes(["a"])[0]
