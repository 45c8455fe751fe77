"""Properties of the truth-discovery policies on random small Votes."""

from __future__ import annotations

import attrs
import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from recon.resolve import Votes, partial_pairs
from recon.truth import CRH, Accu, TruthFinder
from recon.truth_copy import auto_policy

POLICIES = [
    TruthFinder(),
    Accu(),
    Accu(similarity=0.3, name="accusim"),
    Accu(holdout=True, min_false=3.0, name="accu-holdout"),
    Accu(min_false=3.0, field_trust=2.0, name="accu-fields"),
    CRH(),
    auto_policy(),
    auto_policy(0.5),
]


@st.composite
def votes_st(draw: st.DrawFn, numeric: bool = True) -> Votes:
    n_src = draw(st.integers(1, 5))
    n_groups = draw(st.integers(1, 4))
    sizes = [draw(st.integers(1, 3)) for _ in range(n_groups)]
    cand_group = np.repeat(np.arange(n_groups), sizes).astype(np.int64)
    k = int(cand_group.size)
    pairs = sorted(
        draw(
            st.sets(
                st.tuples(st.integers(0, n_src - 1), st.integers(0, k - 1)), min_size=1, max_size=20
            )
        )
    )
    if numeric and draw(st.booleans()):
        num = np.array([draw(st.integers(0, 50)) for _ in range(k)], dtype=np.float64)
    else:
        num = np.full(k, np.nan)
    # Non-figure candidates may be sets (author lists): subsets lend partial support.
    names = st.frozensets(st.sampled_from("abcd"), min_size=1)
    members = [None if np.isfinite(x) else draw(st.none() | names) for x in num]
    partial, grade = partial_pairs(members, cand_group)
    # Groups may carry their field (per-field accuracy in auto's ACCU), from two.
    fields = draw(
        st.none() | st.lists(st.sampled_from([11, 22]), min_size=n_groups, max_size=n_groups)
    )
    return Votes(
        sources=tuple(f"s{i}" for i in range(n_src)),
        candidate_group=cand_group,
        vote_source=np.array([s for s, _ in pairs], dtype=np.int64),
        vote_candidate=np.array([c for _, c in pairs], dtype=np.int64),
        vote_time=np.full(len(pairs), np.nan),
        compatible=np.zeros((0, 2), dtype=np.int64),
        candidate_numeric=num,
        prior=np.array([draw(st.sampled_from([0.5, 0.7, 0.8, 0.9])) for _ in range(n_src)]),
        weight=np.array([draw(st.sampled_from([0.25, 0.5, 1.0])) for _ in range(n_src)]),
        n_groups=n_groups,
        partial=partial,
        partial_grade=grade,
        group_field=None if fields is None else np.array(fields, dtype=np.int64),
    )


def permuted(v: Votes, rng: np.random.Generator) -> tuple[Votes, np.ndarray, np.ndarray]:
    """The same votes with sources, candidates and votes reordered; returns the maps."""
    ps = rng.permutation(v.n_sources)  # new source i is old ps[i]
    pc = rng.permutation(v.n_candidates)
    inv_s, inv_c = np.argsort(ps), np.argsort(pc)
    pv = rng.permutation(v.vote_source.size)
    return (
        Votes(
            sources=tuple(v.sources[i] for i in ps),
            candidate_group=v.candidate_group[pc],
            vote_source=inv_s[v.vote_source[pv]],
            vote_candidate=inv_c[v.vote_candidate[pv]],
            vote_time=v.vote_time[pv],
            compatible=v.compatible,
            candidate_numeric=v.candidate_numeric[pc],
            prior=v.prior[ps],
            weight=v.weight[ps],
            n_groups=v.n_groups,
            partial=inv_c[v.partial].reshape(-1, 2),
            partial_grade=v.partial_grade,
            group_field=v.group_field,
        ),
        ps,
        pc,
    )


@given(votes_st(), st.integers(0, 2**32 - 1))
def test_permutation_never_changes_the_result(v: Votes, seed: int) -> None:
    w, ps, pc = permuted(v, np.random.default_rng(seed))
    numeric = bool(np.isfinite(v.candidate_numeric).any())
    for policy in POLICIES:
        if numeric and isinstance(policy, CRH):
            continue  # CRH picks one numeric truth; a tie there keeps candidate order
        a, b = policy(v), policy(w)
        assert np.allclose(a.candidate_score[pc], b.candidate_score, atol=1e-7), policy.name
        assert np.allclose(a.source_trust[ps], b.source_trust, atol=1e-7), policy.name


@given(votes_st(numeric=False), st.integers(0, 2**32 - 1))
def test_crh_permutation_invariant_on_categorical_values(v: Votes, seed: int) -> None:
    w, ps, pc = permuted(v, np.random.default_rng(seed))
    a, b = CRH()(v), CRH()(w)
    assert np.allclose(a.candidate_score[pc], b.candidate_score, atol=1e-7)
    assert np.allclose(a.source_trust[ps], b.source_trust, atol=1e-7)


@given(votes_st())
def test_scores_are_probabilities_per_group_and_trust_in_unit_interval(v: Votes) -> None:
    for policy in POLICIES:
        r = policy(v)
        assert np.all((r.candidate_score >= 0) & (r.candidate_score <= 1 + 1e-12))
        sums = np.bincount(v.candidate_group, weights=r.candidate_score, minlength=v.n_groups)
        assert np.allclose(sums, 1.0)
        assert np.all((r.source_trust >= 0) & (r.source_trust <= 1))


@given(votes_st())
def test_deterministic(v: Votes) -> None:
    for policy in POLICIES:
        a, b = policy(v), policy(v)
        assert np.array_equal(a.candidate_score, b.candidate_score)
        assert np.array_equal(a.source_trust, b.source_trust)


@given(votes_st())
def test_field_codes_are_names_only(v: Votes) -> None:
    """Per-field accuracy depends on which groups share a field, not on the codes."""
    if v.group_field is None:
        return
    relabelled = attrs.evolve(v, group_field=np.where(v.group_field == 11, 99, 5))
    policy = Accu(min_false=3.0, field_trust=10.0)
    a, b = policy(v), policy(relabelled)
    assert np.allclose(a.candidate_score, b.candidate_score, atol=1e-9)
    assert np.array_equal(a.source_trust, b.source_trust)
