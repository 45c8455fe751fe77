"""Iterative truth discovery: learn how far to trust each source from the data.

Three classic algorithms, vectorised over the columnar :class:`~recon.resolve.Votes`:

``truthfinder``
    Yin, Han & Yu (2008).  A fact's confidence is the dampened sum of its
    sources' trust scores plus the influence of *similar* facts (compatible
    candidates count fully; numeric candidates by their closeness).
``accu``
    Dong, Berti-Equille & Srivastava (2009).  A Bayesian vote: a source of
    accuracy ``A`` gives its value ``ln(n·A/(1−A))`` where ``n`` is the number of
    false values; the scores of a group are the posterior probabilities of its
    candidates.  With ``votes.weight`` from :mod:`recon.dependence`, copiers
    share one vote (the copy-aware variant, ACCUCOPY in spirit).
``crh``
    Li et al. (2014), CRH.  Source weights from their normalised losses (0–1
    loss for categorical values, absolute distance over the group's spread for
    numbers); the truth minimises the weighted loss (weighted vote or weighted
    median).

Every policy respects ``votes.weight`` (independence discount) and starts from
``votes.prior``.  Scores are normalised per group; their meaning is stated per
policy and their calibration is measured in ``docs/benchmarks.md``.  Nothing is
random; ties keep candidate order.

The vector maths the policies compute with (per-group softmax and argmin,
implications between candidates, the per-candidate half of each round,
which :mod:`recon.dask` reuses) is in the private ``recon._truth_maths``;
the public helpers are re-exported here.
"""

from __future__ import annotations

import attrs
import numpy as np

from recon._truth_maths import (
    _abs_dev_sums,
    _group_max,
    _implications,
    _numeric_groups,
    _source_mean,
    _vote_numeric_scale,
    accu_count,
    accu_false_values,
    argmin_per_group,
    independence,
    pairs_within,
    softmax_per_group,
    truthfinder_confidence,
)
from recon.resolve import (
    BoolArray,
    FloatArray,
    Resolution,
    Votes,
    group_sums,
    register_policy,
)

__all__ = [
    "CRH",
    "Accu",
    "TruthFinder",
    "accu_count",
    "accu_false_values",
    "pairs_within",
    "softmax_per_group",
    "truthfinder_confidence",
]


_EPS = 1e-9


# -- TruthFinder ----------------------------------------------------------------


@attrs.frozen
class TruthFinder:
    """TruthFinder (Yin et al. 2008) with implications between candidates.

    Scores: each candidate's confidence ``σ(γ·s*)``, normalised per group — a
    relative belief, not a posterior; the benchmarks report its calibration.
    """

    dampening: float = 0.3  # γ
    influence: float = 0.5  # ρ, weight of implications between facts
    base_similarity: float = 0.5  # numeric closeness below this argues against
    max_iter: int = 50
    tol: float = 1e-6  # stop when trust changes less than this (1 − cosine)
    max_group: int = 200  # groups with more candidates skip pairwise implications
    name: str = "truthfinder"

    def __call__(self, votes: Votes) -> Resolution:
        vc = votes.vote_candidate
        wv = independence(votes)
        imps = _implications(votes, self.base_similarity, self.max_group)
        trust = np.clip(votes.prior.astype(np.float64), _EPS, 1 - 1e-6)
        conf = np.zeros(votes.n_candidates)
        it = 0
        for it in range(1, self.max_iter + 1):  # noqa: B007 - the count is reported
            conf = truthfinder_confidence(
                votes, trust, wv, imps, dampening=self.dampening, influence=self.influence
            )
            new = np.clip(_source_mean(votes, conf[vc], 0.0), _EPS, 1 - 1e-6)
            change = 1.0 - _cosine(trust, new)
            trust = new
            if change < self.tol:
                break
        score = _normalise(conf, votes)
        return Resolution(
            policy=self.name, candidate_score=score, source_trust=trust, iterations=it
        )


def _cosine(a: FloatArray, b: FloatArray) -> float:
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0 or nb == 0:
        return 1.0
    return float(np.dot(a, b) / (na * nb))


def _normalise(score: FloatArray, votes: Votes) -> FloatArray:
    from recon.resolve import normalise_per_group

    return normalise_per_group(np.maximum(score, 0.0), votes)


# -- ACCU -----------------------------------------------------------------------


@attrs.frozen
class Accu:
    """ACCU (Dong et al. 2009): Bayesian voting with learnt source accuracy.

    Scores are posterior probabilities of each candidate given the votes, the
    accuracies and ``n`` false values per group (``n_false``; by default the
    number of other candidates in the group, at least 1).  ``similarity``
    (AccuSim) lets close figures and compatible values lend each other part of
    their vote count.  ``votes.weight`` scales each source's vote, so a
    cluster of copiers counts about once.  A partial statement (an author
    list missing names, ``votes.partial``) lends its graded share of its vote
    count to the fuller value it is part of.  With ``field_trust`` and
    ``votes.group_field``, a second set of rounds learns one accuracy per
    (source, field) from the converged overall ones (:func:`recon.truth_fields.field_rounds`;
    those rounds judge by the posterior mean, also with ``holdout``).
    """

    n_false: float | None = None
    similarity: float = 0.0
    max_iter: int = 100
    tol: float = 1e-6  # stop when no accuracy moves more than this
    smoothing: float = 1.0  # pseudo-votes of the prior in each accuracy
    max_accuracy: float = 0.99
    max_group: int = 200
    min_false: float = 1.0  # false values assumed per item, at least
    holdout: bool = False  # judge each vote by the other sources only
    temper: float = 1.0
    # Pseudo-votes of a source's overall accuracy in each of its per-field
    # accuracies (0: one accuracy per source); needs ``votes.group_field``.
    field_trust: float = 0.0
    name: str = "accu"

    def __call__(self, votes: Votes) -> Resolution:
        vc = votes.vote_candidate
        g = votes.candidate_group
        ng = votes.n_groups
        wv = independence(votes)
        vg = g[vc]
        # A vote is evidence about its source only where someone else speaks too.
        others = (np.bincount(vg, minlength=ng) > 1)[vg]
        n_false = accu_false_values(votes, self.n_false, self.min_false)
        imps = _implications(votes, 0.0, self.max_group) if self.similarity else None
        acc = np.clip(votes.prior.astype(np.float64), 0.01, self.max_accuracy)
        post = np.zeros(votes.n_candidates)
        count = np.zeros(votes.n_candidates)
        it = 0
        for it in range(1, self.max_iter + 1):  # noqa: B007 - the count is reported
            count, vote = accu_count(votes, acc, wv, n_false, imps, similarity=self.similarity)
            post = softmax_per_group(count, g, ng)
            if self.holdout:
                new = self._holdout_accuracy(votes, count, vote, others)
            else:
                new = _source_mean(votes, post[vc], self.smoothing)
            new = np.clip(new, 0.01, self.max_accuracy)
            delta = float(np.max(np.abs(new - acc))) if new.size else 0.0
            acc = new
            if delta < self.tol:
                break
        from recon.truth_fields import field_rounds, field_units

        fu = field_units(votes) if self.field_trust > 0 else None
        if fu is not None:
            count, it2 = field_rounds(self, votes, acc, fu, wv=wv, n_false=n_false, imps=imps)
            it += it2
            post = softmax_per_group(count, g, ng)
        if self.temper != 1.0:
            post = softmax_per_group(self.temper * count, g, ng)
        return Resolution(policy=self.name, candidate_score=post, source_trust=acc, iterations=it)

    def _holdout_accuracy(
        self, votes: Votes, count: FloatArray, vote: FloatArray, others: BoolArray
    ) -> FloatArray:
        """Accuracy as the mean probability of a source's values given the *other* votes.

        Judging a source by posteriors its own vote shaped lets a source that is
        often alone (or outvotes one other) confirm itself; leaving its vote out
        asks only how far the others back it.  Items nobody else speaks to carry
        no evidence, and ``smoothing`` pseudo-votes keep thin sources near their prior.
        """
        vc, vs, g = votes.vote_candidate, votes.vote_source, votes.candidate_group
        ng = votes.n_groups
        vg = g[vc]
        m = _group_max(count, g, ng)
        e = np.exp(count - m[g])
        z = group_sums(e, g, ng)
        own = np.exp(count[vc] - vote - m[vg])
        # Softmax of the group with this vote removed from its own candidate.
        p = own / np.maximum(z[vg] - e[vc] + own, 1e-300)
        per = np.where(others, p, 0.0)
        tot = np.bincount(vs, weights=per, minlength=votes.n_sources)
        cnt = np.bincount(vs, weights=others.astype(np.float64), minlength=votes.n_sources)
        return np.asarray(
            (tot + self.smoothing * votes.prior) / (cnt + self.smoothing), dtype=np.float64
        )


# -- CRH ------------------------------------------------------------------------


@attrs.frozen
class CRH:
    """CRH (Li et al. 2014): conflict resolution on heterogeneous data.

    A source's weight is ``−log`` of its share of the total (mean) loss; the
    truth of a group minimises the weighted loss ``J(c)``.  Scores are the
    Gibbs distribution ``exp(−J(c))`` over the candidates, normalised per group
    (so the argmax is CRH's truth).  Trust is ``exp(−mean loss)``.
    """

    max_iter: int = 20
    tol: float = 1e-6
    name: str = "crh"

    def __call__(self, votes: Votes) -> Resolution:
        vs, vc = votes.vote_source, votes.vote_candidate
        g = votes.candidate_group
        numeric = _numeric_groups(votes)
        num_c = numeric[g]
        scale = _vote_numeric_scale(votes)
        x = np.where(np.isfinite(votes.candidate_numeric), votes.candidate_numeric, 0.0)
        w_src = -np.log1p(-np.clip(votes.prior, _EPS, 1 - 1e-6))  # start from the priors
        mean_loss = 1.0 - votes.prior
        wind = independence(votes)
        cost = np.zeros(votes.n_candidates)
        it = 0
        for it in range(1, self.max_iter + 1):  # noqa: B007 - the count is reported
            wv = wind * w_src[vs]
            support = np.bincount(vc, weights=wv, minlength=votes.n_candidates).astype(np.float64)
            total = group_sums(support, g, votes.n_groups)
            cat_cost = total[g] - support
            num_cost = _abs_dev_sums(votes, support) / scale[g]
            cost = np.where(num_c, num_cost, cat_cost)
            truth = argmin_per_group(cost, g, votes.n_groups)
            t = truth[g[vc]]
            # Categorical loss is the expected 0-1 loss under the current scores,
            # so an even split charges both sides alike instead of crowning one.
            prob = softmax_per_group(-cost, g, votes.n_groups)
            loss = np.where(num_c[vc], np.abs(x[vc] - x[t]) / scale[g[vc]], 1.0 - prob[vc])
            # Smoothed towards a loss of (1 − prior): few claims stay near the prior.
            s = votes.vote_source
            cnt = np.bincount(s, minlength=votes.n_sources).astype(np.float64)
            tot = np.bincount(s, weights=loss, minlength=votes.n_sources)
            mean_loss = (tot + (1.0 - votes.prior)) / (cnt + 1.0)
            new = -np.log(np.maximum(mean_loss, _EPS) / max(float(mean_loss.sum()), _EPS))
            delta = float(np.max(np.abs(new - w_src))) if new.size else 0.0
            w_src = new
            if delta < self.tol:
                break
        score = softmax_per_group(-cost, g, votes.n_groups)
        trust = np.exp(-mean_loss)
        return Resolution(
            policy=self.name,
            candidate_score=score,
            source_trust=trust.astype(np.float64),
            iterations=it,
        )


register_policy("truthfinder", TruthFinder())
register_policy("accu", Accu())
register_policy("accusim", Accu(similarity=0.3, name="accusim"))
register_policy("crh", CRH())

# Copy-aware ACCU lives in its own module; importing it registers it.
from recon import truth_copy as _truth_copy  # noqa: E402, F401
