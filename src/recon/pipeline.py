"""``reconcile()``: the whole pipeline, one call.

ingest → extract → link → group → compare → resolve → report.  Each step
lives in its own module; this one only wires them together and turns the
resolution arrays back into rich, attributed groups.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any, Literal

import attrs
import numpy as np

from recon._gcpause import gc_paused
from recon._latest import latest_candidate
from recon.compare import Comparator, default_comparator
from recon.errors import InputError, OptionError, ReconError
from recon.group import TIME_VARYING, Draft, build_votes, group_claims, judge
from recon.ingest import Ingested, ingest
from recon.model import DEFAULT_APPROX_TOLERANCE, Claim, Entity, Method, Source, Status
from recon.normalise import normalise_key
from recon.report import Candidate, Dependency, Group, Report, SourceTrust, trust_evidence
from recon.resolve import Resolution, Votes, get_policy, priors_array

__all__ = ["UNDECIDED_MARGIN", "reconcile"]

#: Two incompatible candidates whose scores are closer than this are a tie:
#: the group's consensus is ``None`` ("undecided") rather than a guess.
UNDECIDED_MARGIN = 1e-6

LinkMode = Literal["auto", "fuzzy", "exact"]


def reconcile(
    items: Iterable[object],
    *,
    policy: str | Callable[[Votes], Resolution] | None = None,
    tolerance: float = DEFAULT_APPROX_TOLERANCE,
    relative_tolerance: float = 0.0,
    comparator: Comparator | None = None,
    link: LinkMode | bool = "auto",
    threshold: float | None = None,
    gazetteer: Any = None,
    priors: Mapping[str, float] | None = None,
    default_prior: float = 0.8,
    time_varying: Collection[str] | None = None,
    detect_copies: bool = True,
    on_error: Literal["raise", "skip"] = "raise",
    lang: str = "ar",
    on_step: Callable[[str], None] | None = None,
) -> Report:
    """Reconcile claims from several sources into a report of agreements and conflicts.

    ``items`` may mix :class:`~recon.Document`\\ s and plain strings (articles,
    from which claims are extracted), :class:`~recon.Claim`\\ s, tuples
    ``(source, entity, field, value[, as_of])`` and mappings with those keys.

    Options:

    policy
        How the best-supported value is chosen: ``"majority"``,
        ``"weighted"`` (by ``priors``), ``"latest"``, the iterative truth
        discovery policies (``"truthfinder"``, ``"accu"``, ``"crh"``, …) or a
        callable; ``None`` uses :data:`recon.resolve.DEFAULT_POLICY`.  An
        ``update`` group's best-supported value is its latest figure, whatever
        the policy (its confidence is still the policy's score).
    tolerance
        Relative half-width of an approximate figure ("about 30" → ±5%).
    relative_tolerance
        Exact figures within this relative difference agree (default 0).
    comparator
        A custom :class:`~recon.compare.Comparator` (overrides both tolerances).
    link, threshold, gazetteer
        Entity linking: ``"auto"`` links extracted mentions fuzzily and
        structured entities exactly; ``"fuzzy"``/``True`` links all fuzzily,
        ``"exact"``/``False`` none; ``threshold`` is the fuzzy score cut-off
        (0–100); ``gazetteer`` a :class:`recon.Gazetteer` (or a file path) of your
        own names, merged over the built-in one.
    priors, default_prior
        Prior trust in each source, by source id or outlet, in (0, 1).
    time_varying
        Fields whose figures change over time (see :data:`recon.group.TIME_VARYING`).
    detect_copies
        Discount sources that copy one another (shared passages or claims).
    on_error
        ``"raise"`` (default): after processing everything, raise the first
        input error, with every error in ``.errors`` and the report of all the
        valid input in ``.report``; ``"skip"``: list bad items in
        ``report.skipped`` and return.
    on_step
        Called with each step's name as the step ends ("ingest", "link",
        "group", "compare", "resolve", "report"), for profiling.
    """
    if not 0 <= tolerance < 1:
        raise OptionError(f"tolerance must be in [0, 1), got {tolerance!r}")
    if on_error not in ("raise", "skip"):
        raise OptionError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    mode = _link_mode(link)
    comp = comparator or default_comparator(tolerance=tolerance, rel=relative_tolerance)
    policy_fn = get_policy(policy)

    if comparator is None and mode != "fuzzy":
        columns = _as_columns(items)
        if columns is not None:
            from recon.fast import reconcile_columns

            try:
                return reconcile_columns(
                    *columns[:4],
                    unit=columns[4],
                    qualifier=columns[5],
                    as_of=columns[6],
                    policy=policy_fn,
                    tolerance=tolerance,
                    relative_tolerance=relative_tolerance,
                    priors=priors,
                    default_prior=default_prior,
                    time_varying=time_varying,
                    detect_copies=detect_copies,
                    on_step=on_step,
                )
            except ReconError:
                # The columnar path stops at the first bad row; the object
                # path below names every bad row and keeps the rest.
                pass

    step = on_step or _no_step
    got = ingest(items, lang=lang)
    step("ingest")
    # The steps after extraction allocate a few small containers per claim
    # (keys, tuples, sets) and keep most of them to the end, so the cyclic
    # collector's passes find almost nothing but walk every claim each time:
    # about a quarter of their CPU time on 30k extracted claims.
    with gc_paused():
        report = _reconcile_claims(
            got,
            comparator=comp,
            policy=policy_fn,
            mode=mode,
            threshold=threshold,
            gazetteer=gazetteer,
            priors=priors,
            default_prior=default_prior,
            time_varying=TIME_VARYING if time_varying is None else frozenset(time_varying),
            detect_copies=detect_copies,
            on_step=step,
        )
    if got.errors and on_error == "raise":
        first = got.errors[0]
        if isinstance(first, InputError):
            first.errors = list(got.errors)  # type: ignore[attr-defined]
        first.report = report  # type: ignore[attr-defined]
        raise first
    return report


def _no_step(_name: str) -> None:
    pass


_FAST_MIN_ROWS = 10_000
_PLAIN_NUMBERS = (int, float)


def _as_columns(items: object) -> tuple[Any, ...] | None:
    """Columns for the fast path, when the input is large, structured and plain.

    A DataFrame with source/entity/field/value columns (and optionally unit,
    qualifier, as_of), or a list of 4-tuples of plain names and numbers.  Small
    inputs and anything richer (quotes, outlets, claims, documents) take the
    object path, which keeps every detail.
    """
    if hasattr(items, "columns") and hasattr(items, "__getitem__"):
        cols = set(items.columns)
        if not {"source", "entity", "field", "value"} <= cols:
            return None
        if cols - {"source", "entity", "field", "value", "unit", "qualifier", "as_of"}:
            return None
        if len(items) < _FAST_MIN_ROWS:  # type: ignore[arg-type]
            return None
        get = items.__getitem__
        return (
            get("source"), get("entity"), get("field"), get("value"),
            get("unit") if "unit" in cols else None,
            get("qualifier") if "qualifier" in cols else None,
            get("as_of") if "as_of" in cols else None,
        )  # fmt: skip
    if not isinstance(items, list) or len(items) < _FAST_MIN_ROWS:
        return None
    # Type checks by column, at C speed (map/set), not one row at a time.
    if set(map(type, items)) != {tuple} or set(map(len, items)) != {4}:
        return None
    # One column at a time (zip(*items) passes a million arguments: 4x slower).
    source, entity, field, value = (list(map(itemgetter(k), items)) for k in range(4))
    if not (
        set(map(type, source)) == set(map(type, entity)) == set(map(type, field)) == {str}
        and set(map(type, value)) <= set(_PLAIN_NUMBERS)
    ):
        return None
    return source, entity, field, value, None, None, None


def _link_mode(link: LinkMode | bool) -> LinkMode:
    if link is True:
        return "fuzzy"
    if link is False:
        return "exact"
    if link not in ("auto", "fuzzy", "exact"):
        raise OptionError(f"link must be 'auto', 'fuzzy', 'exact', True or False, got {link!r}")
    return link


def _exact_entities(claims: Sequence[Claim]) -> list[Entity]:
    """One entity per distinct matching key; name = the most common surface form."""
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_key[normalise_key(c.entity) or c.entity].append(c)
    made: dict[str, Entity] = {}
    for key, cs in by_key.items():
        forms = Counter(c.entity for c in cs)
        name = min(forms, key=lambda f: (-forms[f], f))
        eid = "e-" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()
        made[key] = Entity(
            id=eid,
            name=name,
            aliases=tuple(sorted(forms)),
            documents=tuple(sorted({c.source.id for c in cs})),
        )
    return [made[normalise_key(c.entity) or c.entity] for c in claims]


def _gazetteer(gazetteer: Any) -> Any:
    """The user's gazetteer merged over the built-in one (a path is read first)."""
    if gazetteer is None:
        return None
    from recon.gazetteer import Gazetteer

    if isinstance(gazetteer, (str, os.PathLike)):
        gazetteer = Gazetteer.from_file(gazetteer)
    if not isinstance(gazetteer, Gazetteer):
        raise OptionError(f"gazetteer must be a recon.Gazetteer or a file path, got {gazetteer!r}")
    return Gazetteer.default().merged(gazetteer)


def _named_claim(m: Any) -> Claim:
    """A stand-in claim carrying a name seen in a document, for exact linking."""
    from recon.model import TextValue

    return Claim(
        entity=m.text, field="name", value=TextValue(value=m.text), source=Source(id=m.doc or "?")
    )


def _link(
    claims: Sequence[Claim],
    mode: LinkMode,
    threshold: float | None,
    gazetteer: Any,
    extra: Sequence[Any] = (),
) -> tuple[list[Entity], list[Entity]]:
    """Entities for the claims, and for the extra mentions (names seen in documents)."""
    if mode == "exact" or not (claims or extra):
        # Names seen in documents are linked like the claims: exactly, on their keys.
        both = _exact_entities([*claims, *(_named_claim(m) for m in extra)])
        return both[: len(claims)], both[len(claims) :]
    fuzzy_idx = [i for i, c in enumerate(claims) if mode == "fuzzy" or c.method is Method.EXTRACTED]
    fuzzy_set = set(fuzzy_idx)
    exact_idx = [i for i in range(len(claims)) if i not in fuzzy_set]
    out: list[Entity | None] = [None] * len(claims)
    extra_entities: list[Entity] = []
    if fuzzy_idx or extra:
        from recon.link import Mention, link

        mentions = [
            Mention(text=claims[i].entity, doc=claims[i].source.id, context=claims[i].quote)
            for i in fuzzy_idx
        ]
        everything = [*mentions, *extra]
        linked = _with_name_aliases(
            everything, link(everything, gazetteer=gazetteer, threshold=threshold)
        )
        for i, e in zip(fuzzy_idx, linked, strict=False):
            out[i] = e
        extra_entities = linked[len(mentions) :]
    if exact_idx:
        for i, e in zip(exact_idx, _exact_entities([claims[i] for i in exact_idx]), strict=True):
            out[i] = e
    return [e for e in out if e is not None], extra_entities


def _with_name_aliases(mentions: Sequence[Any], entities: Sequence[Entity]) -> list[Entity]:
    """Add each mention's bare name ("K1" in "معسكر (K1)") to its entity's aliases,
    so a reader finds the entity under the name as well as the full phrase."""
    from recon.link import mention_key

    extra: dict[str, set[str]] = defaultdict(set)
    for m, e in zip(mentions, entities, strict=True):
        name = mention_key(m.text).display.strip()
        if name and name not in e.aliases:
            extra[e.id].add(name)
    if not extra:
        return list(entities)
    cache: dict[str, Entity] = {}
    out = []
    for e in entities:
        if e.id in extra:
            if e.id not in cache:
                cache[e.id] = attrs.evolve(e, aliases=tuple(sorted({*e.aliases, *extra[e.id]})))
            e = cache[e.id]
        out.append(e)
    return out


def _reconcile_claims(
    got: Ingested,
    *,
    comparator: Comparator,
    policy: Callable[[Votes], Resolution],
    mode: LinkMode,
    threshold: float | None,
    gazetteer: Any,
    priors: Mapping[str, float] | None,
    default_prior: float,
    time_varying: Collection[str],
    detect_copies: bool,
    on_step: Callable[[str], None] = _no_step,
) -> Report:
    claims = got.claims
    entities, named = _link(claims, mode, threshold, _gazetteer(gazetteer), got.mentions)
    on_step("link")
    drafts = group_claims(claims, entities)
    on_step("group")
    for d in drafts:
        judge(d, comparator, time_varying)
    on_step("compare")

    sources = dict(sorted(got.sources.items()))
    source_ids = tuple(sources)
    votes = build_votes(drafts, source_ids)
    votes = _with_priors(votes, sources, priors, default_prior)
    deps: list[Dependency] = []
    if detect_copies and len(source_ids) > 1:
        from recon.dependence import apply_dependence, detect_dependence

        weight, deps = detect_dependence(got.documents, drafts, votes)
        votes = apply_dependence(votes, weight, deps)
    res = policy(votes)
    on_step("resolve")
    groups = _groups(drafts, votes, res)
    report = Report(
        groups=tuple(groups),
        entities=_report_entities([*entities, *named]),
        sources=tuple(sources.values()),
        trust=_trust(groups, sources, votes, res),
        dependencies=tuple(deps),
        skipped=tuple(got.skipped),
        policy=getattr(policy, "name", getattr(policy, "__name__", "custom")),
    )
    on_step("report")
    return report


def _with_priors(
    votes: Votes, sources: Mapping[str, Source], priors: Mapping[str, float] | None, default: float
) -> Votes:
    if not 0 < default < 1:
        raise OptionError(f"default_prior must be strictly between 0 and 1, got {default!r}")
    expanded: dict[str, float] = {}
    if priors:
        for sid, s in sources.items():
            if s.outlet and s.outlet in priors:
                expanded[sid] = priors[s.outlet]
            if sid in priors:
                expanded[sid] = priors[sid]
        for k, v in priors.items():
            if not isinstance(v, (int, float)) or not 0 < float(v) < 1:
                raise OptionError(
                    f"prior trust for {k!r} must be strictly between 0 and 1, got {v!r}"
                )
    return attrs.evolve(votes, prior=priors_array(votes.sources, expanded, default))


def _groups(drafts: Sequence[Draft], votes: Votes, res: Resolution) -> list[Group]:
    score = res.candidate_score
    out = []
    base = 0
    for d in drafts:
        k = len(d.cand_values)
        s = score[base : base + k]
        order = sorted(range(k), key=lambda i: (-round(float(s[i]), 12), i))
        cands = tuple(
            Candidate(
                value=d.cand_values[i],
                claims=tuple(d.claims[m] for m in d.cand_claims[i]),
                score=round(float(s[i]), 6),
            )
            for i in order
        )
        consensus, conf, note = _consensus(d, order, s)
        out.append(
            Group(
                id=d.id,
                entity=d.entity,
                field=d.field,
                status=d.status,
                claims=tuple(d.claims),
                candidates=cands,
                consensus=consensus,
                confidence=conf,
                notes=(*d.notes, note) if note else tuple(d.notes),
            )
        )
        base += k
    return out


def _consensus(d: Draft, order: list[int], s: np.ndarray) -> tuple[Any, float, str]:
    """The group's best-supported value, its confidence and a note about it (or "")."""
    compatible = set(d.compatible)
    if d.status is Status.UPDATE:
        # Successive figures: the latest is the current one (recon._latest).
        top, note = latest_candidate(d, order)
        return d.cand_values[top], round(_backing(top, s, compatible), 6), note
    top = order[0]
    best = float(s[top])
    for other in order[1:]:
        if best - float(s[other]) > UNDECIDED_MARGIN:
            break
        pair = (min(top, other), max(top, other))
        if pair not in compatible:
            return None, round(best, 6), ""
    if d.status is Status.AGREE and len(order) > 1:
        # All values agree: the most specific one (narrowest interval) is the consensus,
        # and every value compatible with it ("200" and "about 200") backs it, so its
        # confidence is their combined score, not the share of one way of writing it.
        top = min(order, key=lambda i: (_width(d.cand_values[i]), -float(s[i]), i))
        best = _backing(top, s, compatible)
    return d.cand_values[top], round(best, 6), ""


def _backing(top: int, s: np.ndarray, compatible: Collection[tuple[int, int]]) -> float:
    """The combined score of candidate ``top`` and every candidate compatible with
    it, summed in candidate order (as the columnar path does)."""
    best = 0.0
    for i in range(len(s)):
        if i == top or (min(i, top), max(i, top)) in compatible:
            best += float(s[i])
    return best


def _width(v: Any) -> float:
    lo, hi = getattr(v, "low", None), getattr(v, "high", None)
    if lo is None or hi is None:
        return 0.0
    if hasattr(lo, "toordinal"):
        return float(hi.toordinal() - lo.toordinal())
    return float(hi - lo)


def _trust(
    groups: Sequence[Group], sources: Mapping[str, Source], votes: Votes, res: Resolution
) -> tuple[SourceTrust, ...]:
    agreed: Counter[str] = Counter()
    disagreed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    from recon.compare import canonical_key

    for g in groups:
        for c in g.claims:
            total[c.source.id] += 1
        if len(g.sources) < 2 or g.consensus is None:
            continue
        win = canonical_key(g.consensus)
        supporters = {
            c.source.id for k in g.candidates if canonical_key(k.value) == win for c in k.claims
        }
        compatible_with = set(supporters)
        # An update's earlier figures were superseded, not contradicted.
        if g.status in (Status.AGREE, Status.UPDATE):
            compatible_with = set(g.sources)
        for sid in g.sources:
            if sid in compatible_with:
                agreed[sid] += 1
            else:
                disagreed[sid] += 1
    out = []
    for i, sid in enumerate(votes.sources):
        a, dis = agreed[sid], disagreed[sid]
        ev = trust_evidence(a, dis, float(votes.weight[i]))
        out.append(
            SourceTrust(
                source=sources[sid],
                trust=round(float(res.source_trust[i]), 6),
                claims=total[sid],
                agreed=a,
                disagreed=dis,
                evidence=ev,
            )
        )
    return tuple(out)


def _report_entities(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.id, e)
    return tuple(sorted(seen.values(), key=lambda e: e.id))
