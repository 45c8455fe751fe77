"""The resolution half of :mod:`recon.dask` (private): copy detection over the
contested votes, the worker side of the policy rounds (each partition turns
one broadcast number per source into per-source sums, then into its groups'
part of the report) and the client side that drives them to convergence —
or, for a policy without a distributed form, gathers the votes and runs it.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import Any

import attrs
import numpy as np

from recon import _dask_resolve as dr
from recon.group import build_votes
from recon.model import Source
from recon.report import Dependency, Group, SourceTrust, trust_evidence
from recon.resolve import Resolution, Votes

__all__ = [
    "ClientFallbackWarning",
    "copies",
    "resolve_distributed",
    "resolve_on_client",
    "settle",
    "with_weights",
]

# Round timings go to the logger recon.dask documents.
log = logging.getLogger("recon.dask")

FloatArray = dr.FloatArray


class ClientFallbackWarning(UserWarning):
    """The policy has no distributed form: its iterations ran on the client."""


# -- copy detection: contested votes in, independence weights out ------------------


def with_weights(
    parts: Iterable[dr.Part], weight: FloatArray, deps: Sequence[Dependency]
) -> list[dr.Part]:
    """Independence weights: per source (global) and per vote (local to each group)."""
    from recon.dependence import apply_dependence

    return [dr.Part(p.drafts, apply_dependence(p.votes, weight, deps)) for p in parts]


def _contested_piece(parts: Iterable[dr.Part]) -> list[Votes]:
    """The votes of the partition's groups with more than one candidate.

    Only those groups are evidence of copying; the rest stay on the worker.
    """
    out = []
    for p in parts:
        v = p.votes
        ncand = np.bincount(v.candidate_group, minlength=v.n_groups)
        out.append(_subset(v, ncand > 1))
    return out


def _subset(v: Votes, keep_group: Any) -> Votes:
    gmap = np.cumsum(keep_group) - 1
    keep_c = keep_group[v.candidate_group]
    cmap = np.cumsum(keep_c) - 1
    keep_v = keep_c[v.vote_candidate]
    comp = v.compatible[keep_c[v.compatible[:, 0]]] if v.compatible.size else v.compatible
    return Votes(
        sources=v.sources,
        candidate_group=gmap[v.candidate_group[keep_c]].astype(np.int64),
        vote_source=v.vote_source[keep_v],
        vote_candidate=cmap[v.vote_candidate[keep_v]].astype(np.int64),
        vote_time=v.vote_time[keep_v],
        compatible=cmap[comp].astype(np.int64).reshape(-1, 2),
        candidate_numeric=v.candidate_numeric[keep_c],
        prior=v.prior,
        weight=v.weight,
        n_groups=int(keep_group.sum()),
        group_field=None if v.group_field is None else v.group_field[keep_group],
    )


def _concat_votes(pieces: Sequence[Votes], sources: tuple[str, ...], prior: FloatArray) -> Votes:
    """One :class:`Votes` from partition pieces (indices shifted past earlier pieces)."""
    cg, vs, vc, vt, comp, num = [], [], [], [], [], []
    g0 = c0 = 0
    for p in pieces:
        cg.append(p.candidate_group + g0)
        vs.append(p.vote_source)
        vc.append(p.vote_candidate + c0)
        vt.append(p.vote_time)
        comp.append(p.compatible + c0)
        num.append(p.candidate_numeric)
        g0 += p.n_groups
        c0 += p.n_candidates
    i64, f64 = np.zeros(0, np.int64), np.zeros(0, np.float64)
    return Votes(
        sources=sources,
        candidate_group=np.concatenate([i64, *cg]),
        vote_source=np.concatenate([i64, *vs]),
        vote_candidate=np.concatenate([i64, *vc]),
        vote_time=np.concatenate([f64, *vt]),
        compatible=np.concatenate([np.zeros((0, 2), np.int64), *comp]),
        candidate_numeric=np.concatenate([f64, *num]),
        prior=prior,
        weight=np.ones(len(sources)),
        n_groups=g0,
    )


# -- worker side of the resolution rounds ------------------------------------------


def _prepare(parts: Iterable[dr.Part], form: dr.Form) -> list[tuple[dr.Part, Any]]:
    return [(p, form.prepare(p)) for p in parts]


def _partial(
    items: Iterable[tuple[dr.Part, Any]],
    form: dr.Rounds,
    vec: FloatArray,
    n: int,
    which: int | None,
) -> dr.Sums:
    sums = [form.partial(prep if which is None else prep[which], vec) for _, prep in items]
    return dr.add_sums(sums) if sums else (np.zeros(n), np.zeros(n))


def _survey(items: Iterable[tuple[dr.Part, Any]], form: dr.HybridForm, n: int) -> dr.Sums:
    sums = [form.survey(prep) for _, prep in items]
    return dr.add_sums(sums) if sums else (np.zeros(n), np.zeros(n))


def _scores(form: dr.Form, prep: Any, vecs: tuple[Any, ...]) -> FloatArray:
    if isinstance(form, dr.HybridForm):
        cat = form.categorical.scores(prep[0], vecs[0])
        if not vecs[2]:  # no figure anywhere: the categorical policy alone
            return cat
        num = form.numeric.scores(prep[1], vecs[1])
        return np.asarray(np.where(prep[2], num, cat), dtype=np.float64)
    return form.scores(prep, vecs[0])


def _finish(
    items: Iterable[tuple[dr.Part, Any]],
    form: dr.Form,
    vecs: tuple[Any, ...],
    sources: Mapping[str, Source],
    name: str,
) -> list[tuple[list[Group], Any, dr.Sums | None]]:
    """The partition's groups, its per-source claim/agreed/disagreed counts and,
    for a one-pass policy, the sums of the agreement trust."""
    from recon.pipeline import _groups, _trust

    out = []
    for part, prep in items:
        v = part.votes
        score = _scores(form, prep, vecs)
        res = Resolution(policy=name, candidate_score=score, source_trust=np.zeros(v.n_sources))
        groups = _groups(part.drafts, v, res)
        counts = np.array(
            [(t.claims, t.agreed, t.disagreed) for t in _trust(groups, sources, v, res)],
            dtype=np.int64,
        ).reshape(-1, 3)
        sums = form.agreement(v, score) if isinstance(form, dr.OneRound) else None
        out.append((groups, counts, sums))
    return out


# -- client side ---------------------------------------------------------------------


def settle(bag: Any, what: str, t0: float) -> None:
    """Wait for a persisted bag on a distributed cluster (persist returns at once
    there), so that the logged step times are the steps' own."""
    try:
        from distributed import futures_of, wait
    except ImportError:  # pragma: no cover - local schedulers persist eagerly
        return
    futures = futures_of(bag)  # type: ignore[no-untyped-call]
    if futures:  # none under a local scheduler, which has computed already
        wait(futures)  # type: ignore[no-untyped-call]
    log.info("recon.dask: %s took %.3f s", what, time.perf_counter() - t0)


def _run_rounds(
    prep: Any, form: dr.Rounds, prior: FloatArray, which: int | None = None
) -> tuple[FloatArray | None, FloatArray, int]:
    """Iterate to convergence; the last broadcast vector, the trust, the rounds run."""
    n = prior.shape[0]
    vec = form.start(prior)
    last: FloatArray | None = None
    trust = vec
    it = 0
    for it in range(1, form.max_iter + 1):
        t0 = time.perf_counter()
        tot, cnt = prep.reduction(
            partial(_partial, form=form, vec=vec, n=n, which=which), dr.add_sums, split_every=8
        ).compute()
        new, done, trust = form.step(vec, tot, cnt, prior)
        last, vec = vec, new
        log.info("recon.dask: round %d took %.3f s", it, time.perf_counter() - t0)
        if done:
            break
    return last, trust, it


def _field_rounds(
    prep: Any, form: dr.Rounds, trust: FloatArray, which: int | None
) -> tuple[dr.FieldAccuRounds, FloatArray | None] | None:
    """recon.truth.Accu's per-field rounds after its overall ones, when it has them."""
    if not isinstance(form, dr.AccuRounds) or form.field_trust <= 0:
        return None
    codes = np.unique(
        np.concatenate([np.zeros(0, np.int64), *prep.map_partitions(dr.field_codes_of).compute()])
    )
    if codes.size < 2:
        return None
    fr = dr.FieldAccuRounds(form, codes.astype(np.int64), int(trust.shape[0]))
    vec, _, _ = _run_rounds(prep, fr, np.repeat(trust, codes.size), which)
    return fr, vec


def resolve_distributed(
    parts: Any,
    *,
    form: dr.Form,
    sources: Mapping[str, Source],
    prior: FloatArray,
    weight: FloatArray,
    name: str,
) -> tuple[list[Group], tuple[SourceTrust, ...]]:
    t0 = time.perf_counter()
    prep = parts.map_partitions(_prepare, form).persist()
    settle(prep, "preparing the partitions", t0)
    vecs: tuple[Any, ...] = (None,)
    trust = prior
    if isinstance(form, dr.HybridForm):
        n = prior.shape[0]
        cat_src, n_fig = prep.reduction(partial(_survey, form=form, n=n), dr.add_sums).compute()
        any_fig = bool(n_fig.size and n_fig[0] > 0)
        vec_c, trust, _ = _run_rounds(prep, form.categorical, prior, 0)
        fields = _field_rounds(prep, form.categorical, trust, 0)
        if fields is not None:
            form, vec_c = attrs.evolve(form, categorical=fields[0]), fields[1]
        vec_n = None
        if any_fig:
            vec_n, trust_n, _ = _run_rounds(prep, form.numeric, prior, 1)
            trust = np.where(cat_src > 0, trust, trust_n)
        vecs = (vec_c, vec_n, any_fig)
    elif not isinstance(form, dr.OneRound):
        vec, trust, _ = _run_rounds(prep, form, prior)
        fields = _field_rounds(prep, form, trust, None)
        if fields is not None:
            form, vec = fields
        vecs = (vec,)
    t0 = time.perf_counter()
    pieces = prep.map_partitions(_finish, form, vecs, dict(sources), name).compute()
    log.info("recon.dask: report pieces took %.3f s", time.perf_counter() - t0)
    groups = [g for gs, _, _ in pieces for g in gs]
    counts = np.zeros((len(sources), 3), dtype=np.int64)
    for _, c, _ in pieces:
        counts += c
    if isinstance(form, dr.OneRound):
        tot, cnt = dr.add_sums([s for _, _, s in pieces if s is not None] or [_zeros(prior)])
        trust = form.trust(tot, cnt, prior)
    return groups, _source_trust(sources, counts, trust, weight)


def _zeros(prior: FloatArray) -> dr.Sums:
    return np.zeros_like(prior), np.zeros_like(prior)


def _source_trust(
    sources: Mapping[str, Source], counts: Any, trust: FloatArray, weight: FloatArray
) -> tuple[SourceTrust, ...]:
    # As recon.pipeline's report: counts summed over partitions.
    return tuple(
        SourceTrust(
            source=src,
            trust=round(float(trust[i]), 6),
            claims=int(counts[i, 0]),
            agreed=int(counts[i, 1]),
            disagreed=int(counts[i, 2]),
            evidence=trust_evidence(int(counts[i, 1]), int(counts[i, 2]), float(weight[i])),
        )
        for i, src in enumerate(sources.values())
    )


def resolve_on_client(
    parts: Any,
    *,
    policy_fn: Callable[[Votes], Resolution],
    sources: Mapping[str, Source],
    prior: FloatArray,
    weight: FloatArray,
    deps: Sequence[Dependency] | None,
) -> tuple[list[Group], tuple[SourceTrust, ...]]:
    from recon.pipeline import _groups, _trust

    name = getattr(policy_fn, "name", getattr(policy_fn, "__name__", "custom"))
    warnings.warn(
        f"policy {name!r} has no distributed form in recon.dask: its groups were gathered "
        "and it ran on the client (memory there grows with the number of claims)",
        ClientFallbackWarning,
        stacklevel=3,
    )
    drafts = [d for p in parts.compute() for d in p.drafts]
    drafts.sort(key=lambda d: (d.entity.id, d.field))
    votes = attrs.evolve(build_votes(drafts, tuple(sources)), prior=prior)
    if deps is not None:
        from recon.dependence import apply_dependence

        votes = apply_dependence(votes, weight, deps)
    res = policy_fn(votes)
    groups = _groups(drafts, votes, res)
    return groups, _trust(groups, sources, votes, res)


def copies(
    parts: Any, sources: tuple[str, ...], prior: FloatArray
) -> tuple[FloatArray, list[Dependency]]:
    """Copy detection over the votes of contested groups (gathered: see docs/scale.md)."""
    from recon.dependence import detect_dependence

    pieces = parts.map_partitions(_contested_piece).compute()
    votes = _concat_votes(pieces, sources, prior)
    weight, deps = detect_dependence((), (), votes)
    return np.asarray(weight, dtype=np.float64), deps
