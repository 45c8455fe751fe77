"""The per-partition half of :mod:`recon.dask`'s distributed resolution.

The judged groups stay on the worker that judged them, one :class:`Part`
per partition, with their votes in a local :class:`~recon.resolve.Votes`
(candidate and group indices local to the partition, source indices global).
An iterative policy becomes map/reduce rounds: the client broadcasts one
float per source, every partition scores its candidates with it and sums,
per source, what the trust update needs; the sums are added up in a tree and
the client takes the next step.

Everything a policy computes *within* a group (candidate scores, spreads,
implications between candidates, per-group scales) is local to a partition,
because a group never straddles two.  Only per-source sums cross the
network.  The per-group maths of TruthFinder and ACCU is imported from
:mod:`recon.truth` (written once: a change there changes both paths); what
is written out here is the per-source bookkeeping of the rounds, and CRH's
per-group sums, which restart at every group so that round-off never
depends on the partitioning.  The tests compare the results with the
in-memory policies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from recon._truth_maths import (
    _implications,
    _numeric_groups,
    accu_count,
    accu_false_values,
    argmin_per_group,
    truthfinder_confidence,
)
from recon._truth_maths import _vote_numeric_scale as _numeric_scale
from recon._truth_maths import softmax_per_group as _softmax
from recon.group import Draft, build_votes
from recon.resolve import (
    LatestWins,
    Majority,
    Votes,
    contested_votes,
    group_sums,
    normalise_per_group,
    spread_support,
)

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
Sums = tuple[FloatArray, FloatArray]

_EPS = 1e-9


@attrs.define
class Part:
    """One partition's judged groups (in report order) and their local votes."""

    drafts: list[Draft]
    votes: Votes


def make_part(
    drafts: Iterable[Draft], source_ids: tuple[str, ...], prior: FloatArray
) -> list[Part]:
    """The partition's drafts as a :class:`Part` (a one-item partition)."""
    ds = sorted(drafts, key=lambda d: (d.entity.id, d.field))
    votes = attrs.evolve(build_votes(ds, source_ids), prior=np.asarray(prior, dtype=np.float64))
    return [Part(drafts=ds, votes=votes)]


def add_sums(partials: Iterable[Sums]) -> Sums:
    """Aggregate of the tree reduction: element-wise sums of the partials."""
    parts = list(partials)  # Dask hands the aggregate an iterator
    tot = np.sum([p[0] for p in parts], axis=0)
    cnt = np.sum([p[1] for p in parts], axis=0)
    return np.asarray(tot, dtype=np.float64), np.asarray(cnt, dtype=np.float64)


def _per_source(v: Votes, per_vote: FloatArray, mask: BoolArray | None = None) -> Sums:
    s = v.vote_source if mask is None else v.vote_source[mask]
    w = per_vote if mask is None else per_vote[mask]
    tot = np.bincount(s, weights=w, minlength=v.n_sources).astype(np.float64)
    cnt = np.bincount(s, minlength=v.n_sources).astype(np.float64)
    return tot, cnt


# -- group-local helpers ----------------------------------------------------------------


def _independence(v: Votes) -> FloatArray:
    """Per-vote independence weight, as recon.truth's policies weigh votes."""
    from recon._truth_maths import independence

    return independence(v)


def _segmented_cumsum(values: FloatArray, starts: IntArray, sizes: IntArray) -> FloatArray:
    """Prefix sums restarting at every segment, each summed on its own.

    A running total over the whole array minus the total before the segment
    would make a group's sums depend on the figures of the groups before it
    (round-off), and so on the partitioning.  One vectorised step per
    position within a segment: as many steps as the largest segment.
    """
    out: FloatArray = np.array(values, dtype=np.float64)
    if out.size == 0:
        return out
    rank = np.arange(out.size) - np.repeat(starts, sizes)
    by_rank = np.argsort(rank, kind="stable")
    bounds = np.r_[0, np.cumsum(np.bincount(rank))]
    for k in range(1, bounds.size - 1):
        idx = by_rank[bounds[k] : bounds[k + 1]]
        out[idx] += out[idx - 1]
    return out


def _abs_dev_sums(v: Votes, support: FloatArray) -> FloatArray:
    """Per numeric candidate ``c``: Σ_j support_j · |x_c − x_j| over its group.

    Sorted by (group, value), with prefix sums per group: linear, no pairs.
    """
    x = np.where(np.isfinite(v.candidate_numeric), v.candidate_numeric, 0.0)
    g = v.candidate_group
    order = np.lexsort((x, g))
    xs, gs, ss = x[order], g[order], support[order]
    n = v.n_groups
    start = np.flatnonzero(np.r_[True, gs[1:] != gs[:-1]]) if gs.size else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[start, gs.size]).astype(np.int64)
    left_s = _segmented_cumsum(ss, start, sizes)  # includes the candidate itself (distance 0)
    left_x = _segmented_cumsum(ss * xs, start, sizes)
    right_s = group_sums(ss, gs, n)[gs] - left_s
    right_x = group_sums(ss * xs, gs, n)[gs] - left_x
    dev = xs * left_s - left_x + right_x - xs * right_s
    out = np.empty_like(dev)
    out[order] = dev
    return np.asarray(out, dtype=np.float64)


# -- the distributed forms ---------------------------------------------------------
#
# Each form has a worker side — ``prepare(part)`` once, ``partial(prep, vec)``
# per round, ``scores(prep, vec)`` at the end — and a client side — ``start``
# and ``step``.  ``vec`` is the broadcast per-source vector.


@attrs.frozen
class OneRound:
    """Majority, weighted majority and latest-wins: scores need no trust, so
    one pass gives both the scores and the sums of the agreement trust."""

    kind: str  # "majority" | "weighted" | "latest"
    max_iter: int = 0

    def prepare(self, part: Part) -> Any:
        return part.votes

    def scores(self, v: Votes, vec: FloatArray | None) -> FloatArray:
        w = v.vote_weights()
        if self.kind == "weighted":
            w = w * v.prior[v.vote_source]
        if self.kind == "latest":
            t = np.where(np.isnan(v.vote_time), -np.inf, v.vote_time)
            g = v.candidate_group[v.vote_candidate]
            latest = np.full(v.n_groups, -np.inf)
            np.maximum.at(latest, g, t)
            w = w * (t >= latest[g])
        direct = np.bincount(v.vote_candidate, weights=w, minlength=v.n_candidates)
        support = direct.astype(np.float64)
        if self.kind != "latest":
            support = spread_support(support, v)
        return normalise_per_group(support, v)

    def agreement(self, v: Votes, score: FloatArray) -> Sums:
        return _per_source(v, score[v.vote_candidate], contested_votes(v))

    def trust(self, tot: FloatArray, cnt: FloatArray, prior: FloatArray) -> FloatArray:
        return np.asarray((tot + prior) / (cnt + 1.0), dtype=np.float64)


@attrs.frozen
class TruthFinderRounds:
    """TruthFinder: broadcast trust; partitions return Σ confidence and vote counts."""

    dampening: float
    influence: float
    base_similarity: float
    max_iter: int
    tol: float
    max_group: int

    def prepare(self, part: Part) -> Any:
        v = part.votes
        return v, _implications(v, self.base_similarity, self.max_group), _independence(v)

    def _conf(self, prep: Any, trust: FloatArray) -> FloatArray:
        v, imps, wind = prep
        return truthfinder_confidence(
            v, trust, wind, imps, dampening=self.dampening, influence=self.influence
        )

    def partial(self, prep: Any, trust: FloatArray) -> Sums:
        v = prep[0]
        return _per_source(v, self._conf(prep, trust)[v.vote_candidate])

    def scores(self, prep: Any, trust: FloatArray | None) -> FloatArray:
        v = prep[0]
        conf = np.zeros(v.n_candidates) if trust is None else self._conf(prep, trust)
        return normalise_per_group(np.maximum(conf, 0.0), v)

    def start(self, prior: FloatArray) -> FloatArray:
        return np.clip(prior.astype(np.float64), _EPS, 1 - 1e-6)

    def step(
        self, vec: FloatArray, tot: FloatArray, cnt: FloatArray, prior: FloatArray
    ) -> tuple[FloatArray, bool, FloatArray]:
        mean = np.where(cnt > 0, tot / np.where(cnt > 0, cnt, 1.0), prior)
        new = np.clip(mean, _EPS, 1 - 1e-6)
        change = 1.0 - _cosine(vec, new)
        return new, change < self.tol, new


def _cosine(a: FloatArray, b: FloatArray) -> float:
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0 or nb == 0:
        return 1.0
    return float(np.dot(a, b) / (na * nb))


@attrs.frozen
class CRHRounds:
    """CRH: broadcast source weights; partitions return Σ loss and vote counts."""

    max_iter: int
    tol: float

    def prepare(self, part: Part) -> Any:
        v = part.votes
        numeric = _numeric_groups(v)
        x = np.where(np.isfinite(v.candidate_numeric), v.candidate_numeric, 0.0)
        return v, numeric, _numeric_scale(v), x, _independence(v)

    def _cost(self, prep: Any, w_src: FloatArray) -> FloatArray:
        v, numeric, scale, _, wind = prep
        g = v.candidate_group
        wv = wind * w_src[v.vote_source]
        k = v.n_candidates
        support = np.bincount(v.vote_candidate, weights=wv, minlength=k).astype(np.float64)
        total = group_sums(support, g, v.n_groups)
        cat_cost = total[g] - support
        num_cost = _abs_dev_sums(v, support) / scale[g]
        return np.asarray(np.where(numeric[g], num_cost, cat_cost), dtype=np.float64)

    def partial(self, prep: Any, w_src: FloatArray) -> Sums:
        v, numeric, scale, x, _ = prep
        g, vc = v.candidate_group, v.vote_candidate
        cost = self._cost(prep, w_src)
        t = argmin_per_group(cost, g, v.n_groups)[g[vc]]
        prob = _softmax(-cost, g, v.n_groups)
        loss = np.where(numeric[g[vc]], np.abs(x[vc] - x[t]) / scale[g[vc]], 1.0 - prob[vc])
        return _per_source(v, np.asarray(loss, dtype=np.float64))

    def scores(self, prep: Any, w_src: FloatArray | None) -> FloatArray:
        v = prep[0]
        cost = np.zeros(v.n_candidates) if w_src is None else self._cost(prep, w_src)
        return _softmax(-cost, v.candidate_group, v.n_groups)

    def start(self, prior: FloatArray) -> FloatArray:
        return np.asarray(-np.log1p(-np.clip(prior, _EPS, 1 - 1e-6)), dtype=np.float64)

    def step(
        self, vec: FloatArray, tot: FloatArray, cnt: FloatArray, prior: FloatArray
    ) -> tuple[FloatArray, bool, FloatArray]:
        mean_loss = (tot + (1.0 - prior)) / (cnt + 1.0)
        new = -np.log(np.maximum(mean_loss, _EPS) / max(float(mean_loss.sum()), _EPS))
        delta = float(np.max(np.abs(new - vec))) if new.size else 0.0
        return new, delta < self.tol, np.asarray(np.exp(-mean_loss), dtype=np.float64)


@attrs.frozen
class AccuRounds:
    """ACCU / AccuSim: broadcast accuracies; partitions return Σ posterior and counts."""

    n_false: float | None
    similarity: float
    max_iter: int
    tol: float
    smoothing: float
    max_accuracy: float
    max_group: int
    min_false: float
    holdout: bool
    temper: float
    field_trust: float = 0.0

    def prepare(self, part: Part) -> Any:
        v = part.votes
        vg = v.candidate_group[v.vote_candidate]
        others = (np.bincount(vg, minlength=v.n_groups) > 1)[vg]
        n_false = accu_false_values(v, self.n_false, self.min_false)
        imp = _implications(v, 0.0, self.max_group) if self.similarity else None
        return v, n_false, imp, _independence(v), others

    def _count(self, prep: Any, acc: FloatArray) -> tuple[FloatArray, FloatArray]:
        v, n_false, imp, wind, _ = prep
        return accu_count(v, acc, wind, n_false, imp, similarity=self.similarity)

    def partial(self, prep: Any, acc: FloatArray) -> Sums:
        v, others = prep[0], prep[4]
        count, vote = self._count(prep, acc)
        g, vc = v.candidate_group, v.vote_candidate
        if not self.holdout:
            return _per_source(v, _softmax(count, g, v.n_groups)[vc])
        # The softmax of the group with this vote taken out of its own candidate.
        vg = g[vc]
        m = np.full(v.n_groups, -np.inf)
        np.maximum.at(m, g, count)
        e = np.exp(count - m[g])
        z = group_sums(e, g, v.n_groups)
        own = np.exp(count[vc] - vote - m[vg])
        p = own / np.maximum(z[vg] - e[vc] + own, 1e-300)
        per = np.asarray(np.where(others, p, 0.0), dtype=np.float64)
        tot = np.bincount(v.vote_source, weights=per, minlength=v.n_sources).astype(np.float64)
        cnt = np.bincount(v.vote_source, weights=others.astype(np.float64), minlength=v.n_sources)
        return tot, cnt.astype(np.float64)

    def scores(self, prep: Any, acc: FloatArray | None) -> FloatArray:
        v = prep[0]
        if acc is None:
            return np.zeros(v.n_candidates)
        count, _ = self._count(prep, acc)
        return _softmax(self.temper * count, v.candidate_group, v.n_groups)

    def start(self, prior: FloatArray) -> FloatArray:
        return np.clip(prior.astype(np.float64), 0.01, self.max_accuracy)

    def step(
        self, vec: FloatArray, tot: FloatArray, cnt: FloatArray, prior: FloatArray
    ) -> tuple[FloatArray, bool, FloatArray]:
        if self.holdout:
            mean = (tot + self.smoothing * prior) / (cnt + self.smoothing)
        else:
            denom = cnt + self.smoothing
            mean = (tot + self.smoothing * prior) / np.where(denom > 0, denom, 1.0)
            mean = np.where(denom > 0, mean, prior)
        new = np.clip(mean, 0.01, self.max_accuracy)
        delta = float(np.max(np.abs(new - vec))) if new.size else 0.0
        return new, delta < self.tol, new


@attrs.frozen
class FieldAccuRounds:
    """recon.truth.Accu's per-field rounds: one accuracy per (source, field).

    ``codes`` are all the fields' codes (sorted, gathered from the
    partitions), so every partition indexes the (source, field) vector alike;
    the vector starts from the converged overall accuracies, repeated per field.
    """

    base: AccuRounds
    codes: IntArray
    n_sources: int

    @property
    def max_iter(self) -> int:
        return self.base.max_iter

    def prepare(self, part: Part) -> Any:
        return self.base.prepare(part)

    def _units(self, v: Votes) -> IntArray:
        assert v.group_field is not None  # the driver runs these rounds only with fields
        f = np.searchsorted(self.codes, v.group_field).astype(np.int64)
        return v.vote_source * int(self.codes.size) + f[v.candidate_group[v.vote_candidate]]

    def _count(self, prep: Any, vec: FloatArray) -> FloatArray:
        v, n_false, imp, wind, _ = prep
        count, _ = accu_count(
            v, vec, wind, n_false, imp, similarity=self.base.similarity, unit=self._units(v)
        )
        return count

    def partial(self, prep: Any, vec: FloatArray) -> Sums:
        v = prep[0]
        post = _softmax(self._count(prep, vec), v.candidate_group, v.n_groups)
        unit = self._units(v)
        n = self.n_sources * int(self.codes.size)
        tot = np.bincount(unit, weights=post[v.vote_candidate], minlength=n).astype(np.float64)
        return tot, np.bincount(unit, minlength=n).astype(np.float64)

    def scores(self, prep: Any, vec: FloatArray | None) -> FloatArray:
        v = prep[0]
        if vec is None:
            return np.zeros(v.n_candidates)
        count = self._count(prep, vec)
        return _softmax(self.base.temper * count, v.candidate_group, v.n_groups)

    def start(self, prior: FloatArray) -> FloatArray:
        return np.asarray(prior, dtype=np.float64)

    def step(
        self, vec: FloatArray, tot: FloatArray, cnt: FloatArray, prior: FloatArray
    ) -> tuple[FloatArray, bool, FloatArray]:
        k = self.base.field_trust
        new = np.clip((tot + k * prior) / (cnt + k), 0.01, self.base.max_accuracy)
        delta = float(np.max(np.abs(new - vec))) if new.size else 0.0
        return new, delta < self.base.tol, new


def field_codes_of(parts: Iterable[tuple[Part, Any]]) -> list[IntArray]:
    """The distinct field codes of a partition's groups (empty: none carried)."""
    out = [np.unique(p.votes.group_field) for p, _ in parts if p.votes.group_field is not None]
    return [np.unique(np.concatenate(out))] if out else [np.zeros(0, np.int64)]


Rounds = TruthFinderRounds | CRHRounds | AccuRounds | FieldAccuRounds


@attrs.frozen
class HybridForm:
    """recon.truth_copy.Hybrid: figure groups by ``numeric``, the rest by
    ``categorical``, each run as its own rounds over all groups."""

    categorical: Rounds
    numeric: Rounds

    def prepare(self, part: Part) -> Any:
        v = part.votes
        num_c = _numeric_groups(v)[v.candidate_group]
        cat_src = np.bincount(
            v.vote_source,
            weights=(~num_c[v.vote_candidate]).astype(np.float64),
            minlength=v.n_sources,
        )
        return (self.categorical.prepare(part), self.numeric.prepare(part), num_c, cat_src)

    def survey(self, prep: Any) -> Sums:
        """Per source: votes on non-figures; and (first entry) how many figure candidates."""
        return prep[3], np.full(prep[3].shape, float(prep[2].sum()))


Form = OneRound | Rounds | HybridForm


def _fields(cls: type) -> set[str]:
    return {f.name for f in attrs.fields(cls)}


def distributed_form(policy: Callable[..., Any]) -> Form | None:
    """The distributed form of a built-in policy, or ``None`` when it has none.

    A policy class that has grown a parameter this module does not know is
    treated as having no distributed form (so it runs on the client, correctly).
    """
    from recon.truth import CRH, Accu, TruthFinder
    from recon.truth_copy import Hybrid

    p: Any = policy
    if getattr(p, "max_iter", 1) < 1:
        return None
    if type(p) is Majority and _fields(Majority) == {"weighted", "name"}:
        return OneRound("weighted" if p.weighted else "majority")
    if type(p) is LatestWins and _fields(LatestWins) == {"name"}:
        return OneRound("latest")
    tf = {"dampening", "influence", "base_similarity", "max_iter", "tol", "max_group", "name"}
    if type(p) is TruthFinder and _fields(TruthFinder) == tf:
        return TruthFinderRounds(
            p.dampening, p.influence, p.base_similarity, p.max_iter, p.tol, p.max_group
        )
    if type(p) is CRH and _fields(CRH) == {"max_iter", "tol", "name"}:
        return CRHRounds(p.max_iter, p.tol)
    accu = {"n_false", "similarity", "max_iter", "tol", "smoothing", "max_accuracy", "max_group"}
    extra = {"min_false", "holdout", "temper", "field_trust", "name"}
    if type(p) is Accu and _fields(Accu) == accu | extra:
        return AccuRounds(
            p.n_false, p.similarity, p.max_iter, p.tol, p.smoothing, p.max_accuracy,
            p.max_group, p.min_false, p.holdout, p.temper, p.field_trust,
        )  # fmt: skip
    if type(p) is Hybrid and _fields(Hybrid) == {"categorical", "numeric", "name"}:
        cat = distributed_form(p.categorical)
        num = distributed_form(p.numeric or TruthFinder())
        if isinstance(cat, Rounds) and isinstance(num, Rounds):
            return HybridForm(cat, num)
    return None
