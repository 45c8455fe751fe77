"""The vector maths of the truth-discovery policies (private).

:mod:`recon.truth` holds the policies (TruthFinder, ACCU, CRH) and registers
them; this module holds what they compute with — per-group softmax, argmin
and spreads, the implications between candidates, the independence of
votes — and the per-candidate half of a round of each policy, which
:mod:`recon._dask_resolve` runs on each partition of whole groups and
:mod:`recon.truth_copy` and :mod:`recon.truth_fields` reuse.
"""

from __future__ import annotations

import numpy as np

from recon.resolve import (
    BoolArray,
    FloatArray,
    IntArray,
    Votes,
    group_sums,
    lend_partial,
    sorted_unique,
)

__all__ = [
    "accu_count",
    "accu_false_values",
    "argmin_per_group",
    "independence",
    "pairs_within",
    "softmax_per_group",
    "truthfinder_confidence",
]


# -- shared vector helpers ------------------------------------------------------


def pairs_within(keys: IntArray, max_size: int | None = None) -> tuple[IntArray, IntArray]:
    """All pairs ``(i, j)`` of positions sharing a key, each pair once.

    Linear in the number of pairs produced; keys with more than ``max_size``
    members are skipped (their pairs would be quadratic).
    """
    n = int(keys.shape[0])
    empty = np.zeros(0, dtype=np.int64)
    if n < 2:
        return empty, empty
    order = np.argsort(keys, kind="stable")
    ks = keys[order]
    starts = np.flatnonzero(np.r_[True, ks[1:] != ks[:-1]])
    sizes = np.diff(np.r_[starts, n])
    ends = np.repeat(starts + sizes, sizes)
    pos = np.arange(n)
    cnt = ends - pos - 1
    if max_size is not None:
        cnt[np.repeat(sizes > max_size, sizes)] = 0
    total = int(cnt.sum())
    if total == 0:
        return empty, empty
    first = np.repeat(pos, cnt)
    block = np.repeat(np.cumsum(cnt) - cnt, cnt)
    second = first + 1 + (np.arange(total) - block)
    return order[first].astype(np.int64), order[second].astype(np.int64)


def _group_max(x: FloatArray, g: IntArray, n: int) -> FloatArray:
    out = np.full(n, -np.inf)
    np.maximum.at(out, g, x)
    return out


def softmax_per_group(logit: FloatArray, g: IntArray, n: int) -> FloatArray:
    """``exp(logit)`` normalised within each group (numerically stable)."""
    if logit.size == 0:
        return logit.astype(np.float64)
    m = _group_max(logit, g, n)
    e = np.exp(logit - m[g])
    return np.asarray(e / group_sums(e, g, n)[g], dtype=np.float64)


def _vote_numeric_scale(votes: Votes) -> FloatArray:
    """Per group: the spread (std) of the stated figures, floored, for distances."""
    x = votes.candidate_numeric[votes.vote_candidate]
    g = votes.candidate_group[votes.vote_candidate]
    ok = np.isfinite(x)
    x0 = np.where(ok, x, 0.0)
    n = votes.n_groups
    cnt = np.bincount(g, weights=ok.astype(np.float64), minlength=n)
    mean = group_sums(x0, g, n) / np.maximum(cnt, 1.0)
    var = group_sums(np.where(ok, (x0 - mean[g]) ** 2, 0.0), g, n) / np.maximum(cnt, 1.0)
    floor = 1e-6 * np.maximum(np.abs(mean), 1.0)
    return np.asarray(np.maximum(np.sqrt(var), floor), dtype=np.float64)


def _numeric_groups(votes: Votes) -> BoolArray:
    """Groups whose candidates are all figures (compared by distance)."""
    fin = np.isfinite(votes.candidate_numeric)
    bad = np.bincount(
        votes.candidate_group, weights=(~fin).astype(np.float64), minlength=votes.n_groups
    )
    return np.asarray(bad == 0, dtype=np.bool_)


def argmin_per_group(cost: FloatArray, g: IntArray, n: int) -> IntArray:
    """Per group, the candidate of least cost (ties: the lowest index)."""
    order = np.lexsort((np.arange(cost.shape[0]), cost, g))
    first = np.r_[True, g[order][1:] != g[order][:-1]] if order.size else np.zeros(0, bool)
    out = np.zeros(n, dtype=np.int64)
    out[g[order][first]] = order[first]
    return out


def _abs_dev_sums(votes: Votes, support: FloatArray) -> FloatArray:
    """For each numeric candidate ``c``: Σ_j support_j · |x_c − x_j| over its group.

    Sorting by (group, value) and prefix sums keeps this linear (no pairs).
    """
    x = np.where(np.isfinite(votes.candidate_numeric), votes.candidate_numeric, 0.0)
    g = votes.candidate_group
    order = np.lexsort((x, g))
    xs, gs, ss = x[order], g[order], support[order]
    cs = np.cumsum(ss)
    cxs = np.cumsum(ss * xs)
    n = votes.n_groups
    tot_s = group_sums(ss, gs, n)
    tot_x = group_sums(ss * xs, gs, n)
    # Cumulative sums restart at every group: subtract what earlier groups added.
    start = np.flatnonzero(np.r_[True, gs[1:] != gs[:-1]]) if gs.size else np.zeros(0, np.int64)
    base_s = np.zeros(n)
    base_x = np.zeros(n)
    prev = start - 1
    base_s[gs[start]] = np.where(prev >= 0, cs[np.maximum(prev, 0)], 0.0)
    base_x[gs[start]] = np.where(prev >= 0, cxs[np.maximum(prev, 0)], 0.0)
    left_s = cs - base_s[gs]  # includes the candidate itself (distance 0)
    left_x = cxs - base_x[gs]
    right_s = tot_s[gs] - left_s
    right_x = tot_x[gs] - left_x
    dev = xs * left_s - left_x + right_x - xs * right_s
    out = np.empty_like(dev)
    out[order] = dev
    return np.asarray(out, dtype=np.float64)


def _implications(
    votes: Votes, base: float, max_size: int
) -> tuple[IntArray, IntArray, FloatArray]:
    """Pairs of candidates of one group and how far one implies the other, in [-1, 1].

    Compatible candidates imply each other fully; two figures by their closeness
    (``exp(−distance/spread) − base``); other pairs not at all.
    """
    i, j = pairs_within(votes.candidate_group, max_size)
    x = votes.candidate_numeric
    scale = _vote_numeric_scale(votes)[votes.candidate_group[i]] if i.size else np.zeros(0)
    num = np.isfinite(x[i]) & np.isfinite(x[j])
    d = np.abs(np.where(num, x[i] - x[j], 0.0)) / np.where(num, scale, 1.0)
    imp = np.where(num, np.exp(-d) - base, 0.0)
    if votes.compatible.size:
        ci, cj = votes.compatible[:, 0], votes.compatible[:, 1]
        k = votes.n_candidates
        # A compatible pair appears twice (once as a plain pair); keep the larger
        # value, which is the compatible pair's 2 (capped to 1 below): pairs in
        # key order, each once, without sorting the floats.
        plain, compat = i * k + j, ci * k + cj
        key = sorted_unique(np.r_[plain, compat])
        best = np.empty(key.shape[0])
        best[np.searchsorted(key, plain)] = imp
        best[np.searchsorted(key, compat)] = 2.0
        i, j, imp = key // k, key % k, np.minimum(best, 1.0)
    return i.astype(np.int64), j.astype(np.int64), imp.astype(np.float64)


def _spread(score: FloatArray, i: IntArray, j: IntArray, imp: FloatArray) -> FloatArray:
    out = np.zeros_like(score)
    if i.size:
        np.add.at(out, j, imp * score[i])
        np.add.at(out, i, imp * score[j])
    return out


def independence(votes: Votes) -> FloatArray:
    """The independence weight of every vote (:meth:`recon.resolve.Votes.vote_weights`).

    With the group-local weights of :func:`recon.dependence.apply_dependence`
    a copier counts less only where what it copies also speaks, and the
    original of a claim-based pair keeps its full vote.
    """
    return np.asarray(votes.vote_weights(), dtype=np.float64)


def _source_mean(votes: Votes, per_vote: FloatArray, prior_weight: float) -> FloatArray:
    """Per source, the mean of ``per_vote`` over its votes, smoothed towards its prior."""
    s = votes.vote_source
    tot = np.bincount(s, weights=per_vote, minlength=votes.n_sources)
    cnt = np.bincount(s, minlength=votes.n_sources).astype(np.float64)
    denom = cnt + prior_weight
    # A source without votes keeps its prior.
    mean = (tot + prior_weight * votes.prior) / np.where(denom > 0, denom, 1.0)
    return np.asarray(np.where(denom > 0, mean, votes.prior), dtype=np.float64)


# -- per-group maths shared with recon.dask -------------------------------------
#
# A round of each policy is: per-candidate scores from the per-source vector,
# all within groups, then a per-source update.  The first half is written once,
# here; recon._dask_resolve runs it on each partition of whole groups.


def truthfinder_confidence(
    votes: Votes,
    trust: FloatArray,
    wv: FloatArray,
    implications: tuple[IntArray, IntArray, FloatArray],
    *,
    dampening: float,
    influence: float,
) -> FloatArray:
    """TruthFinder's confidence ``σ(γ·s*)`` of every candidate for the trust ``trust``."""
    tau = -np.log1p(-trust)
    sigma = np.bincount(
        votes.vote_candidate, weights=wv * tau[votes.vote_source], minlength=votes.n_candidates
    ).astype(np.float64)
    adj = sigma + influence * _spread(sigma, *implications)
    return np.asarray(1.0 / (1.0 + np.exp(-dampening * adj)), dtype=np.float64)


def accu_false_values(votes: Votes, n_false: float | None, min_false: float) -> FloatArray:
    """Per vote: the number of false values ACCU assumes for its item."""
    vg = votes.candidate_group[votes.vote_candidate]
    if n_false is not None:
        return np.full(vg.shape[0], float(n_false))
    ncand = np.bincount(votes.candidate_group, minlength=votes.n_groups).astype(np.float64)
    return np.asarray(np.maximum(ncand - 1.0, min_false)[vg], dtype=np.float64)


def accu_count(
    votes: Votes,
    acc: FloatArray,
    wv: FloatArray,
    n_false: FloatArray,
    implications: tuple[IntArray, IntArray, FloatArray] | None = None,
    *,
    similarity: float = 0.0,
    unit: IntArray | None = None,
) -> tuple[FloatArray, FloatArray]:
    """ACCU's vote count of every candidate for the accuracies ``acc``, and each vote's share.

    A source of accuracy ``A`` gives ``ln(n·A/(1−A))``; partial statements
    lend their graded share; with ``implications`` (AccuSim) close values
    lend ``similarity`` of theirs.  ``unit``: per vote, the index into ``acc``
    (default: its source; :func:`recon.truth_fields.field_units` per field).
    """
    a = acc[votes.vote_source if unit is None else unit]
    vote = np.asarray(wv * np.log(n_false * a / (1.0 - a)), dtype=np.float64)
    count = np.bincount(votes.vote_candidate, weights=vote, minlength=votes.n_candidates).astype(
        np.float64
    )
    count = lend_partial(count, votes)
    if implications is not None:
        count = count + similarity * _spread(count, *implications)
    return count, vote
