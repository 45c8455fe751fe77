"""Copy-aware truth discovery: source accuracy, value probability and copying, jointly.

``accucopy`` follows Dong, Berti-Equille & Srivastava, "Integrating conflicting
data: the role of source dependence" (VLDB 2009).  Three quantities are
estimated together, in rounds:

* the **probability of each candidate** (Bayesian vote: a source of accuracy
  ``A`` gives ``ln(n·A/(1−A))``, ``n`` false values per group);
* the **accuracy of each source** (the mean probability of the values it states);
* the **probability that two sources copy** one from the other, from what they
  share: values both state that are probably *false* are strong evidence
  (independent sources rarely make the same mistake), values both state that
  are probably true are weak evidence, and every item where they differ is
  evidence of independence.  With copy rate ``c`` and prior ``α``::

      P(same true | indep)  = A1·A2          P(same true | 2 copies 1)  = A1·c + A1·A2·(1−c)
      P(same false | indep) = (1−A1)(1−A2)/n  P(same false | copy)       = (1−A1)·c + …·(1−c)
      P(differ | indep)     = 1 − the two     P(differ | copy)           = P(differ | indep)·(1−c)

A vote is then discounted by ``Π (1 − c·P(copy))`` over the co-voters of the
same value ranked before its source (sources ranked by accuracy: the most
accurate is taken as the original), so a clique of copiers counts about once
while independent agreement keeps its full weight.

Numeric candidates (figures, times) lend each other support by closeness
(AccuSim): a figure one unit away from the best supported one is nearly the
same claim; a figure a thousand times larger is not.

The pair statistics are computed with dense per-chunk membership matrices
(candidates × tracked sources), so every round is a handful of matrix
products; sources with too few contested votes are not tracked (there is no
evidence to judge them) and never count as copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs
import numpy as np
import numpy.typing as npt

from recon.resolve import Resolution, Votes, register_policy

__all__ = ["AccuCopy", "copy_probability"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_TINY = 1e-12


def copy_probability(
    kt: FloatArray,
    kf: FloatArray,
    kd: FloatArray,
    *,
    a1: FloatArray,
    a2: FloatArray,
    n: FloatArray,
    rate: float,
    prior: float,
    true_evidence: float = 1.0,
) -> FloatArray:
    """Posterior probability that two sources are dependent (either direction).

    ``kt``/``kf``: (expected) counts of items where both state the same true /
    false value; ``kd``: items where they differ; ``a1``/``a2``: accuracies;
    ``n``: false values per item.  All arrays broadcast together.
    """
    a1 = np.clip(a1, 1e-4, 1 - 1e-4)
    a2 = np.clip(a2, 1e-4, 1 - 1e-4)
    pt = a1 * a2
    pf = (1 - a1) * (1 - a2) / np.maximum(n, 1.0)

    def llr(orig: FloatArray) -> FloatArray:
        ptd = orig * rate + pt * (1 - rate)
        pfd = (1 - orig) * rate + pf * (1 - rate)
        return np.asarray(
            true_evidence * kt * np.log(ptd / pt) + kf * np.log(pfd / pf) + kd * np.log1p(-rate),
            dtype=np.float64,
        )

    # Either source may be the original: average the two directions.
    dep = np.logaddexp(llr(a1), llr(a2)) + np.log(prior / 2)
    ind = np.log1p(-prior)
    return np.asarray(np.exp(dep - np.logaddexp(dep, ind)), dtype=np.float64)


@attrs.frozen
class _Layout:
    """Votes re-ordered by group, cut into chunks of whole groups."""

    chunks: list[tuple[IntArray, IntArray, IntArray, IntArray]]
    # per chunk: candidate ids, vote ids, vote→local candidate row, vote→tracked column (-1: none)
    cols: IntArray  # tracked source ids
    same: FloatArray  # (T, T) contested items where both state the same value
    both: FloatArray  # (T, T) contested items both speak to
    nfalse: FloatArray  # (T, T) mean false values per shared item


def _layout(votes: Votes, min_votes: int, max_sources: int, chunk_cells: int) -> _Layout:
    g = votes.candidate_group
    vs, vc = votes.vote_source, votes.vote_candidate
    ncand = np.bincount(g, minlength=votes.n_groups)
    contested = ncand[g[vc]] > 1
    per_src = np.bincount(vs[contested], minlength=votes.n_sources)
    ranked = np.lexsort((np.arange(votes.n_sources), -per_src))
    cols = np.sort(ranked[:max_sources][per_src[ranked[:max_sources]] >= min_votes])
    t = int(cols.size)
    col_of = np.full(votes.n_sources, -1, dtype=np.int64)
    col_of[cols] = np.arange(t)
    same = np.zeros((t, t))
    both = np.zeros((t, t))
    nsum = np.zeros((t, t))
    chunks: list[tuple[IntArray, IntArray, IntArray, IntArray]] = []
    if t == 0:
        return _Layout(chunks, cols.astype(np.int64), same, both, nsum)
    # Only contested votes of tracked sources take part in the pair statistics.
    keep = np.flatnonzero(contested & (col_of[vs] >= 0))
    vorder = keep[np.lexsort((vc[keep], g[vc[keep]]))]
    vg = g[vc[vorder]]
    rows_per_chunk = max(chunk_cells // max(t, 1), 1)
    start = 0
    while start < vorder.size:
        stop = min(start + rows_per_chunk, vorder.size)
        while stop < vorder.size and vg[stop] == vg[stop - 1]:
            stop += 1  # never cut a group in two
        vid = vorder[start:stop]
        cand, crow = np.unique(vc[vid], return_inverse=True)
        col = col_of[vs[vid]]
        m = np.zeros((cand.size, t))
        m[crow, col] = 1.0
        grp, grow = np.unique(g[cand], return_inverse=True)
        ng = np.zeros((grp.size, t))
        np.maximum.at(ng, (grow[crow], col), 1.0)
        same += m.T @ m
        both += ng.T @ ng
        nsum += ng.T @ (ng * (ncand[grp] - 1.0)[:, None])
        chunks.append((cand.astype(np.int64), vid.astype(np.int64), crow.astype(np.int64), col))
        start = stop
    nfalse = np.where(both > 0, nsum / np.maximum(both, 1.0), 1.0)
    return _Layout(chunks, cols.astype(np.int64), same, both, nfalse)


def _membership(layout: _Layout) -> Iterator[tuple[int, FloatArray, IntArray]]:
    """Per chunk: its index, the dense candidates × tracked-sources 0/1 matrix, the candidates."""
    t = int(layout.cols.size)
    for i, (cand, _vid, crow, col) in enumerate(layout.chunks):
        m = np.zeros((cand.size, t))
        m[crow, col] = 1.0
        yield i, m, cand


def _hard(post: FloatArray, g: IntArray, n: int) -> FloatArray:
    """1 for each group's most probable candidate (ties: lowest index), else 0."""
    order = np.lexsort((np.arange(post.size), -post, g))
    first = np.r_[True, g[order][1:] != g[order][:-1]] if order.size else np.zeros(0, bool)
    out = np.zeros(post.size)
    out[order[first]] = 1.0
    return out


@attrs.frozen
class AccuCopy:
    """ACCU with copy detection estimated jointly (ACCUCOPY) and numeric closeness.

    Scores are posterior probabilities of the candidates, tempered by
    ``temper`` (an exponent below 1 on the likelihoods, for calibration: the
    independence assumptions of the model make raw posteriors over-confident).
    ``source_trust`` is the learnt accuracy.
    """

    copy_rate: float = 0.8  # c: share of its values a copier takes over
    copy_prior: float = 0.2  # α: prior probability that two sources are dependent
    similarity: float = 0.3  # ρ: support lent between close figures
    max_iter: int = 30
    tol: float = 1e-4
    smoothing: float = 1.0
    max_accuracy: float = 0.99
    min_votes: int = 10  # contested votes before a source's copying is judged
    max_sources: int = 1000
    max_group: int = 200
    temper: float = 1.0
    max_rate: float = 0.99
    true_evidence: float = 0.0  # weight of shared true values as evidence of copying
    chunk_cells: int = 2_000_000
    min_false: float = 1.0  # false values assumed per item, at least (as in Accu)
    name: str = "accucopy"

    def __call__(self, votes: Votes) -> Resolution:
        from recon._truth_maths import (
            _implications,
            _source_mean,
            _spread,
            independence,
            softmax_per_group,
        )

        vs, vc = votes.vote_source, votes.vote_candidate
        g = votes.candidate_group
        wv = independence(votes)
        ncand = np.bincount(g, minlength=votes.n_groups).astype(np.float64)
        n_false = np.maximum(ncand - 1.0, self.min_false)[g[vc]]
        if self.similarity:
            i, j, imp = _implications(votes, 0.0, self.max_group)
        layout = _layout(votes, self.min_votes, self.max_sources, self.chunk_cells)
        t = int(layout.cols.size)
        acc = np.clip(votes.prior.astype(np.float64), 0.01, self.max_accuracy)
        dep = np.zeros((t, t))
        discount = np.ones(vs.shape[0])
        post = np.zeros(votes.n_candidates)
        count = np.zeros(votes.n_candidates)
        it = 0
        for it in range(1, self.max_iter + 1):
            a = acc[vs]
            vote = wv * discount * np.log(n_false * a / (1.0 - a))
            count = np.bincount(vc, weights=vote, minlength=votes.n_candidates).astype(np.float64)
            if self.similarity:
                count = count + self.similarity * _spread(count, i, j, imp)
            post = softmax_per_group(count, g, votes.n_groups)
            new = np.clip(_source_mean(votes, post[vc], self.smoothing), 0.01, self.max_accuracy)
            if t:
                # The first round judges copying against the prior accuracies: the
                # first vote has not yet discounted anyone, so a copied table may
                # have won its own mistakes and inflated its accuracy.
                basis = acc if it == 1 else new
                dep, rate = self._dependence(layout, _hard(post, g, votes.n_groups), basis)
                discount = self._discount(layout, dep, rate, new, vs.shape[0])
            delta = float(np.max(np.abs(new - acc))) if new.size else 0.0
            acc = new
            if delta < self.tol and it > 1:
                break
        if self.temper != 1.0:
            post = softmax_per_group(self.temper * count, g, votes.n_groups)
        notes = tuple(
            f"copy {votes.sources[layout.cols[p]]}~{votes.sources[layout.cols[q]]} "
            f"p={dep[p, q]:.2f}"
            for p, q in zip(*np.nonzero(np.triu(dep > 0.5, 1)), strict=True)
        )
        return Resolution(
            policy=self.name, candidate_score=post, source_trust=acc, iterations=it, notes=notes
        )

    def _dependence(
        self, layout: _Layout, post: FloatArray, acc: FloatArray
    ) -> tuple[FloatArray, FloatArray]:
        """Per tracked pair: probability of copying and the copy rate if they do."""
        t = int(layout.cols.size)
        kt = np.zeros((t, t))
        for _i, m, cand in _membership(layout):
            kt += m.T @ (m * post[cand][:, None])
        kf = np.maximum(layout.same - kt, 0.0)
        kd = np.maximum(layout.both - layout.same, 0.0)
        a = acc[layout.cols]
        a1, a2 = a[:, None], a[None, :]
        p = copy_probability(
            kt,
            kf,
            kd,
            a1=a1,
            a2=a2,
            n=layout.nfalse,
            rate=self.copy_rate,
            prior=self.copy_prior,
            true_evidence=self.true_evidence,
        )
        np.fill_diagonal(p, 0.0)
        # The rate at which they copy: how far below independence their
        # disagreements fall (identical sources: 1, the copy is the whole vote).
        pt = a1 * a2
        pd = np.maximum(1.0 - pt - (1 - a1) * (1 - a2) / np.maximum(layout.nfalse, 1.0), _TINY)
        rate = 1.0 - kd / np.maximum(layout.both * pd, _TINY)
        rate = np.clip(np.where(layout.both > 0, rate, 0.0), 0.0, self.max_rate)
        return p, rate

    def _discount(
        self, layout: _Layout, dep: FloatArray, rate: FloatArray, acc: FloatArray, n_votes: int
    ) -> FloatArray:
        a = acc[layout.cols]
        t = a.size
        # Rank: more accurate first (ties by index); a vote is discounted by the
        # co-voters ranked before its source.
        rank = np.empty(t, dtype=np.int64)
        rank[np.lexsort((np.arange(t), -a))] = np.arange(t)
        before = rank[None, :] < rank[:, None]  # before[s, s2]: s2 ranks before s
        w = np.where(before, np.log1p(-rate * np.clip(dep, 0.0, 1.0)), 0.0)
        out = np.zeros(n_votes)
        for i, m, _cand in _membership(layout):
            _c, vid, crow, col = layout.chunks[i]
            logi = m @ w.T  # logi[c, s] = Σ over co-voters s2 of w[s, s2]
            out[vid] = logi[crow, col]
        return np.asarray(np.exp(out), dtype=np.float64)


@attrs.frozen
class Hybrid:
    """Per group by the kind of value: figures by distance, other values by ACCUCOPY.

    Groups whose candidates are all figures take the scores of ``numeric``
    (TruthFinder: close figures support each other, so a lone outlier cannot
    win a tie against a cluster); all other groups take ``categorical``'s
    (copy-aware Bayesian voting).  Trust is the categorical policy's accuracy
    where a source stated non-figures, else the numeric policy's trust.
    """

    categorical: Callable[[Votes], Resolution] = AccuCopy()
    numeric: Callable[[Votes], Resolution] | None = None
    name: str = "hybrid"

    def __call__(self, votes: Votes) -> Resolution:
        from recon._truth_maths import _numeric_groups
        from recon.truth import TruthFinder

        num_g = _numeric_groups(votes)
        num_c = num_g[votes.candidate_group]
        if num_c.size and num_c.all():
            # Only figures: every score and every trust would be the numeric
            # policy's, so the categorical one is not run (at scale it costs
            # as much as the numeric one).
            rn = (self.numeric or TruthFinder())(votes)
            return attrs.evolve(rn, policy=self.name)
        rc = self.categorical(votes)
        if not num_c.any():
            return attrs.evolve(rc, policy=self.name)
        rn = (self.numeric or TruthFinder())(votes)
        score = np.where(num_c, rn.candidate_score, rc.candidate_score)
        cat_src = np.bincount(
            votes.vote_source,
            weights=(~num_c[votes.vote_candidate]).astype(np.float64),
            minlength=votes.n_sources,
        )
        trust = np.where(cat_src > 0, rc.source_trust, rn.source_trust)
        return Resolution(
            policy=self.name,
            candidate_score=score,
            source_trust=trust,
            iterations=max(rc.iterations, rn.iterations),
            notes=rc.notes + rn.notes,
        )


def auto_policy(temper: float = 0.5) -> Hybrid:
    """The default policy ("auto"): ACCU for identifiers and names, figures by distance.

    Non-figure values (names, places, clock times, gates) by Bayesian voting
    with learnt accuracy (:class:`recon.truth.Accu`: at least 3 false values
    assumed per item, because the wrong values a source could state are many
    more than the one or two seen in a group, so a mediocre source is weak
    evidence rather than evidence *against* its value; 2 pseudo-votes of
    prior, so a source seen a few times stays near its prior; then one
    accuracy per (source, field), shrunk towards the source's overall accuracy
    by 10 pseudo-votes, because a source can be reliable for one attribute and
    not another — a flight tracker copies schedules right and reports its own
    actual times); groups of
    figures by TruthFinder, where a close figure supports and an outlier
    cannot win.  Copies are discounted by the independence weights of
    :mod:`recon.dependence`.  The same settings on every dataset of
    ``docs/benchmarks.md``, chosen by the reasoning in the docstrings, not fitted.
    ``temper`` scales ACCU's log-odds before they become confidences: 0.5
    keeps every ranking and makes the stated confidence honest (ACCU's
    independence assumption makes its posteriors over-confident; the
    calibration error falls on every benchmark dataset, see the docs).
    """
    from recon.truth import Accu, TruthFinder

    return Hybrid(
        categorical=Accu(
            min_false=3.0, smoothing=2.0, field_trust=10.0, temper=temper, name="auto"
        ),
        numeric=TruthFinder(),
        name="auto",
    )


register_policy("accucopy", AccuCopy())
register_policy("hybrid", Hybrid())
register_policy("auto", auto_policy())
