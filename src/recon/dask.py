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

The judged groups then come back to the client, where the chosen policy
(and its trust iterations) runs on the compact :class:`~recon.resolve.Votes`
arrays — a few numbers per claim — so the report is the one
:func:`recon.reconcile` gives on the same structured input (tested on a
local cluster with separate worker processes).  See docs/scale.md.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

import numpy as np

from recon.compare import default_comparator
from recon.errors import InputError, OptionError
from recon.group import TIME_VARYING, Draft, build_votes, judge
from recon.model import DEFAULT_APPROX_TOLERANCE, Claim, Entity, Source
from recon.normalise import normalise_key
from recon.report import Dependency, Report, Skipped
from recon.resolve import Resolution, Votes, get_policy

__all__ = ["reconcile_bag"]


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
    """
    try:
        import dask
        import dask.bag
    except ImportError:  # pragma: no cover - exercised without the extra
        raise ImportError("recon.dask needs the dask extra: pip install 'recon[dask]'") from None
    from recon.pipeline import _groups, _report_entities, _trust, _with_priors

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
    drafts = grouped.map(_judge_group, entities, tolerance, relative_tolerance, tv).compute()
    drafts.sort(key=lambda d: (d.entity.id, d.field))

    sources: dict[str, Source] = {}
    skipped: list[Skipped] = []
    errors: list[str] = []
    for srcs, skips, errs in metas:
        for sid, s in srcs.items():
            sources.setdefault(sid, s)
        skipped.extend(Skipped(item=i, reason=r) for i, r in skips)
        errors.extend(errs)
    sources = dict(sorted(sources.items()))
    votes = build_votes(drafts, tuple(sources))
    votes = _with_priors(votes, sources, priors, default_prior)
    deps: list[Dependency] = []
    if detect_copies and len(sources) > 1:
        from recon.dependence import detect_dependence

        weight, deps = detect_dependence((), drafts, votes)
        votes = votes.with_weight(np.asarray(weight, dtype=np.float64))
    res = policy_fn(votes)
    groups = _groups(drafts, votes, res)
    report = Report(
        groups=tuple(groups),
        entities=_report_entities([d.entity for d in drafts]),
        sources=tuple(sources.values()),
        trust=_trust(groups, sources, votes, res),
        dependencies=tuple(deps),
        skipped=tuple(skipped),
        policy=getattr(policy_fn, "name", getattr(policy_fn, "__name__", "custom")),
    )
    if errors and on_error == "raise":
        err = InputError(errors[0])
        err.report = report  # type: ignore[attr-defined]
        raise err
    return report
