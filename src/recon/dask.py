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

This module reads, links and judges; the resolution (copy detection, the
policy rounds on the workers and on the client) is in the private
``recon._dask_rounds``, and each policy's distributed form in
``recon._dask_resolve``.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

import numpy as np

from recon import _dask_resolve as dr
from recon import _dask_rounds as rounds
from recon._dask_rounds import ClientFallbackWarning
from recon.compare import default_comparator
from recon.errors import InputError, OptionError
from recon.group import TIME_VARYING, Draft, build_votes, judge
from recon.model import DEFAULT_APPROX_TOLERANCE, Claim, Entity, Source
from recon.normalise import normalise_key
from recon.report import Dependency, Report, Skipped
from recon.resolve import Resolution, Votes, get_policy

__all__ = ["ClientFallbackWarning", "reconcile_bag"]


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
    rounds.settle(parts, "shuffling and judging the groups", t0)
    read = None  # the claims now live in the judged groups

    weight = np.ones(len(source_ids))
    deps: list[Dependency] = []
    applied: list[Dependency] | None = None
    if detect_copies and len(source_ids) > 1:
        t0 = time.perf_counter()
        weight, deps = rounds.copies(parts, source_ids, prior)
        applied = deps
        parts = parts.map_partitions(rounds.with_weights, weight, deps).persist()
        rounds.settle(parts, "copy detection", t0)

    name = getattr(policy_fn, "name", getattr(policy_fn, "__name__", "custom"))
    form = dr.distributed_form(policy_fn)
    if form is None:
        groups, trust = rounds.resolve_on_client(
            parts, policy_fn=policy_fn, sources=sources, prior=prior, weight=weight, deps=applied
        )
    else:
        groups, trust = rounds.resolve_distributed(
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
