"""Reconciling beyond one machine: a Dask bag of documents or claims.

Install the extra (``pip install 'recon[dask]'``) and hand
:func:`reconcile_bag` a :class:`dask.bag.Bag` of :class:`~recon.Document`\\ s,
claims, ``(source, entity, field, value[, as_of])`` tuples or mappings — the
items :func:`recon.reconcile` takes.  On the cluster:

1. every partition is read and its documents extracted (the costly step,
   spread over all workers);
2. entities are linked exactly, on the normalised key of each mention: the
   name and aliases of each entity come from a distributed fold;
3. claims are shuffled by (entity, field), and each group's candidates,
   pairwise comparisons and verdict are worked out where the group lands.

4. the judged groups stay where they landed, and the policy runs there:
   an iterative policy (TruthFinder, CRH, ACCU) is a series of map/reduce
   rounds in which the client broadcasts one number per source and gets back
   per-source sums (tree-reduced), so only O(sources) data crosses the network
   per round; majority, weighted and latest need a single pass;
5. each partition builds its groups' part of the report, which comes back
   to the client.

The report is the one :func:`recon.reconcile` gives on the same structured
input (tested on a local cluster with separate worker processes).  A policy
without a distributed form (a custom callable, ACCUCOPY, …) runs on the
client over the gathered votes, with a :class:`ClientFallbackWarning`.
See docs/scale.md.
"""

from __future__ import annotations

import hashlib
import logging
import time
import warnings
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import partial
from typing import Any

import attrs
import numpy as np

from recon import _dask_resolve as dr
from recon.compare import default_comparator
from recon.errors import InputError, OptionError
from recon.group import TIME_VARYING, Draft, build_votes, judge
from recon.model import DEFAULT_APPROX_TOLERANCE, Claim, Entity, Source
from recon.normalise import normalise_key
from recon.report import Dependency, Group, Report, Skipped, SourceTrust, trust_evidence
from recon.resolve import Resolution, Votes, get_policy

__all__ = ["ClientFallbackWarning", "reconcile_bag"]

log = logging.getLogger(__name__)

FloatArray = dr.FloatArray


class ClientFallbackWarning(UserWarning):
    """The policy has no distributed form: its iterations ran on the client."""


def _key(c: Claim) -> str:
    return normalise_key(c.entity) or c.entity


def _read_partition(items: Iterable[object], lang: str) -> list[dict[str, Any]]:
    """One partition's claims, sources, skips and errors (as plain messages)."""
    from recon.ingest import ingest

    got = ingest(list(items), lang=lang)
    return [
        {
            "claims": got.claims,
            "sources": got.sources,
            "skipped": [(s.item, s.reason) for s in got.skipped],
            "errors": [str(e) for e in got.errors],
        }
    ]


def _fresh() -> tuple[Counter[str], set[str]]:
    return Counter(), set()


def _entity_acc(acc: tuple[Counter[str], set[str]], c: Claim) -> tuple[Counter[str], set[str]]:
    acc[0][c.entity] += 1
    acc[1].add(c.source.id)
    return acc


def _entity_merge(
    a: tuple[Counter[str], set[str]], b: tuple[Counter[str], set[str]]
) -> tuple[Counter[str], set[str]]:
    return a[0] + b[0], a[1] | b[1]


def _entity(key: str, forms: Counter[str], docs: set[str]) -> Entity:
    # The same entity recon.pipeline's exact linking makes from the same claims.
    name = min(forms, key=lambda f: (-forms[f], f))
    return Entity(
        id="e-" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest(),
        name=name,
        aliases=tuple(sorted(forms)),
        documents=tuple(sorted(docs)),
    )


def _judge_group(
    item: tuple[tuple[str, str], list[Claim]],
    entities: Mapping[str, Entity],
    tolerance: float,
    rel: float,
    time_varying: Collection[str],
) -> Draft:
    from recon.group import group_claims

    (key, _field), claims = item
    ent = entities[key]
    (draft,) = group_claims(claims, [ent] * len(claims))
    judge(draft, default_comparator(tolerance=tolerance, rel=rel), time_varying)
    return draft


# -- copy detection: contested votes in, independence weights out ------------------


def _with_weights(
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


def _settle(bag: Any, what: str, t0: float) -> None:
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


def _resolve_distributed(
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
    _settle(prep, "preparing the partitions", t0)
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


def _resolve_on_client(
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


def _copies(
    parts: Any, sources: tuple[str, ...], prior: FloatArray
) -> tuple[FloatArray, list[Dependency]]:
    """Copy detection over the votes of contested groups (gathered: see docs/scale.md)."""
    from recon.dependence import detect_dependence

    pieces = parts.map_partitions(_contested_piece).compute()
    votes = _concat_votes(pieces, sources, prior)
    weight, deps = detect_dependence((), (), votes)
    return np.asarray(weight, dtype=np.float64), deps


def reconcile_bag(
    bag: Any,
    *,
    policy: str | Callable[[Votes], Resolution] | None = None,
    tolerance: float = DEFAULT_APPROX_TOLERANCE,
    relative_tolerance: float = 0.0,
    priors: Mapping[str, float] | None = None,
    default_prior: float = 0.8,
    time_varying: Collection[str] | None = None,
    detect_copies: bool = True,
    on_error: str = "raise",
    lang: str = "ar",
    shuffle: str | None = None,
) -> Report:
    """Reconcile the items of a Dask bag on the cluster the bag is computed on.

    Options are :func:`recon.reconcile`'s; entity linking is exact (on the
    normalised key of each mention) and copy detection uses the claims, not
    the article texts.  ``shuffle`` picks Dask's shuffle method for the
    grouping ("tasks", "disk", or ``None`` for Dask's default).  Returns the
    :class:`~recon.Report` with every group; documents that gave no claim
    and items that could not be read are in ``report.skipped``.

    Built-in policies (majority, weighted, latest, truthfinder, accu,
    accusim, crh) run on the workers; any other policy runs on the client
    with a :class:`ClientFallbackWarning`.  Round timings are logged at
    INFO level on the ``recon.dask`` logger.
    """
    try:
        import dask
        import dask.bag
    except ImportError:  # pragma: no cover - exercised without the extra
        raise ImportError("recon.dask needs the dask extra: pip install 'recon[dask]'") from None
    from recon.pipeline import _report_entities, _with_priors

    if not 0 <= tolerance < 1:
        raise OptionError(f"tolerance must be in [0, 1), got {tolerance!r}")
    if on_error not in ("raise", "skip"):
        raise OptionError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    policy_fn = get_policy(policy)
    tv = TIME_VARYING if time_varying is None else frozenset(time_varying)

    read = bag.map_partitions(_read_partition, lang).persist()
    claims = read.map(lambda p: p["claims"]).flatten()
    # Callable initial values: a fresh accumulator per key (toolz.reduceby).
    folded = claims.foldby(_key, _entity_acc, _fresh, _entity_merge, _fresh)
    grouped = claims.groupby(lambda c: (_key(c), c.field), shuffle=shuffle)
    meta = read.map(lambda p: (p["sources"], p["skipped"], p["errors"]))
    ent_list, metas = dask.compute(folded, meta)  # type: ignore[attr-defined, no-untyped-call]
    entities = {k: _entity(k, forms, docs) for k, (forms, docs) in ent_list}

    sources: dict[str, Source] = {}
    skipped: list[Skipped] = []
    errors: list[str] = []
    for srcs, skips, errs in metas:
        for sid, s in srcs.items():
            sources.setdefault(sid, s)
        skipped.extend(Skipped(item=i, reason=r) for i, r in skips)
        errors.extend(errs)
    sources = dict(sorted(sources.items()))
    source_ids = tuple(sources)
    prior = _with_priors(build_votes([], source_ids), sources, priors, default_prior).prior

    judged = grouped.map(_judge_group, entities, tolerance, relative_tolerance, tv)
    t0 = time.perf_counter()
    parts = judged.map_partitions(dr.make_part, source_ids, prior).persist()
    _settle(parts, "shuffling and judging the groups", t0)
    read = None  # the claims now live in the judged groups

    weight = np.ones(len(source_ids))
    deps: list[Dependency] = []
    applied: list[Dependency] | None = None
    if detect_copies and len(source_ids) > 1:
        t0 = time.perf_counter()
        weight, deps = _copies(parts, source_ids, prior)
        applied = deps
        parts = parts.map_partitions(_with_weights, weight, deps).persist()
        _settle(parts, "copy detection", t0)

    name = getattr(policy_fn, "name", getattr(policy_fn, "__name__", "custom"))
    form = dr.distributed_form(policy_fn)
    if form is None:
        groups, trust = _resolve_on_client(
            parts, policy_fn=policy_fn, sources=sources, prior=prior, weight=weight, deps=applied
        )
    else:
        groups, trust = _resolve_distributed(
            parts, form=form, sources=sources, prior=prior, weight=weight, name=name
        )
    groups.sort(key=lambda g: (g.entity.id, g.field))
    report = Report(
        groups=tuple(groups),
        entities=_report_entities([g.entity for g in groups]),
        sources=tuple(sources.values()),
        trust=trust,
        dependencies=tuple(deps),
        skipped=tuple(skipped),
        policy=name,
    )
    if errors and on_error == "raise":
        err = InputError(errors[0])
        err.report = report  # type: ignore[attr-defined]
        raise err
    return report
