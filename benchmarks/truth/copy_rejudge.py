"""Experiment (not the default): copiers re-judged against the policy's own result.

    nice python benchmarks/truth/copy_rejudge.py flight_raha flight flight-noairline

Issue #5, lead 1.  ``recon.dependence`` names a claim-evidence copier by its
mistakes against the *weighted majority* and ``apply_dependence`` gives it
``1 / (1 + score)`` where the original also speaks, so a full copier keeps
half a vote.  Discounting it fully (``1 − score``) lifts Flight (31 days) but
wrecks flight_raha (one day: there the accurate relays agree on nearly
everything, and what the majority rejects is mostly true, so they look like
copies of one another).

Here the detector's directed pairs are re-judged after a first run of the
default policy, against that run's answer, as ACCUCOPY does (Dong et al.
2009): with the policy's hard truth, the pair's shared false values, shared
true values (no weight) and differing items give ``P(copy)`` by
:func:`recon.truth_copy.copy_probability` with the policy's accuracies; the
copier's votes on the values it shares with the original are then scaled by
``1 − score·P(copy)`` (the detector's direction kept), and the policy runs
again.  Shared-text and undirected pairs keep ``apply_dependence``'s shares.

Prints, per dataset, the default policy's accuracy and the re-judged one.
It needs a second run of the policy and per-pair sums across partitions, so
it is not wired into ``auto`` or ``recon.dask`` yet (see docs/benchmarks.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import attrs
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loaders as L  # noqa: N812
import run as R  # noqa: N812

from recon.dependence import apply_dependence, detect_dependence
from recon.resolve import Votes, get_policy, local_vote_weights
from recon.truth_copy import _hard, copy_probability

IntArray = Any


def _covotes(votes: Votes, a: int, b: int) -> IntArray:
    """Votes of source ``a`` on a candidate that source ``b`` states too."""
    n = votes.n_sources
    key = np.sort(votes.vote_candidate * n + votes.vote_source)
    va = np.flatnonzero(votes.vote_source == a)
    want = votes.vote_candidate[va] * n + b
    pos = np.minimum(np.searchsorted(key, want), key.size - 1)
    return va[key[pos] == want]


def _groups_both(votes: Votes, a: int, b: int) -> IntArray:
    vg = votes.candidate_group[votes.vote_candidate]
    ga = np.unique(vg[votes.vote_source == a])
    gb = np.unique(vg[votes.vote_source == b])
    return np.intersect1d(ga, gb, assume_unique=True)


def rejudged(votes: Votes, names: list[tuple[str, str]], values: list[Any]) -> tuple[Any, Any]:
    """(default prediction, prediction with the directed copiers re-judged)."""
    w, deps = detect_dependence([], [], votes)
    static = apply_dependence(votes, w, deps)
    policy = get_policy("auto")
    first = policy(static)
    index = {s: i for i, s in enumerate(votes.sources)}
    undirected = [(index[d.a], index[d.b], d.score, -1) for d in deps if d.copier is None]
    weight = local_vote_weights(votes, undirected)
    g = votes.candidate_group
    truth = _hard(first.candidate_score, g, votes.n_groups)
    acc = first.source_trust
    ncand = np.bincount(g, minlength=votes.n_groups).astype(np.float64)
    for d in deps:
        if d.copier is None:
            continue
        c, o = index[d.copier], index[d.b if d.copier == d.a else d.a]
        shared = _covotes(votes, c, o)
        both = _groups_both(votes, c, o)
        kt = float(truth[votes.vote_candidate[shared]].sum())
        kf = shared.size - kt
        kd = max(both.size - shared.size, 0)
        # As auto's ACCU: at least 3 false values per item.
        nf = float(np.mean(np.maximum(ncand[both] - 1.0, 3.0))) if both.size else 3.0
        p = float(
            copy_probability(
                np.array(kt),
                np.array(kf),
                np.array(float(kd)),
                a1=np.array(acc[c]),
                a2=np.array(acc[o]),
                n=np.array(nf),
                rate=0.8,
                prior=0.2,
                true_evidence=0.0,
            )
        )
        weight[shared] *= 1.0 - d.score * p
    second = policy(attrs.evolve(static, vote_weight=weight))
    return _pred(votes, names, values, first), _pred(votes, names, values, second)


def _pred(votes: Votes, names: list[tuple[str, str]], values: list[Any], res: Any) -> R.Pred:
    sc, g = res.candidate_score, votes.candidate_group
    order = np.lexsort((np.arange(sc.size), -sc, g))
    first = np.r_[True, g[order][1:] != g[order][:-1]]
    return {names[int(g[c])]: (values[c], float(sc[c])) for c in order[first].tolist()}


def main() -> None:
    benches = {
        "flight": lambda: L.flight(None),
        "flight-noairline": lambda: L.flight(None, without_gold_sources=True),
        **L.LOADERS,
    }
    for name in sys.argv[1:] or ["flight_raha"]:
        bench = benches[name]()
        votes, names, values = R.build_votes(bench.claims)
        before, after = rejudged(votes, names, values)
        print(
            f"{name}: auto {R.score(bench, before)[0]:.4f}  "
            f"copiers re-judged {R.score(bench, after)[0]:.4f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
