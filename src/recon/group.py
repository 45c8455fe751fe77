"""Grouping claims by (entity, field) and judging each group.

Within a group, claims whose values are format variants of one another form
one *candidate*; a source repeating the same value counts once.  The verdict:

``single``
    one source only (an article that repeats its own text, or states two
    figures, is never in conflict with itself; the second case is noted);
``agree``
    every pair of claims from different sources is compatible;
``update``
    the field changes over time (a death toll rising) and every incompatible
    pair is a succession: the two figures are dated differently, or one is
    said to revise the other (:class:`~recon.model.Cue`: "ارتفعت الحصيلة إلى
    15" against a smaller figure not dated after it; "في حصيلة جديدة"
    against a figure not dated after it) — unless a source sets its figure
    against another's ("يفوق ما أعلنته السلطات"), which is a dispute
    whatever the dates;
``conflict``
    otherwise.

Figures of one (entity, field) that one article gives far apart in size (a
prison "that holds 400" and "houses about 1,100") are two things that article
told apart: :func:`group_claims` splits such a bucket into groups by size
(``_told_sizes``), each with a note that says so; so are distances one
article gives from two places (``recon._told_references``).
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from itertools import accumulate, groupby, pairwise

import attrs
import numpy as np

from recon._story import refine
from recon._story_parts import TIME_VARYING
from recon._told_references import told_references
from recon._told_scope import told_scope
from recon.compare import Comparator, canonical_key
from recon.model import Claim, Cue, DateValue, Entity, Method, Quantity, SetValue, Status, Value
from recon.resolve import Votes, field_codes, partial_pairs
from recon.units import unit as _unit

__all__ = ["GROWING", "TIME_VARYING", "Draft", "build_votes", "group_claims", "group_id", "judge"]


#: Cumulative measures that only grow while an event goes on (the area a fire
#: has burnt, the households left without water, the houses damaged, the
#: tonnes of dead fish collected, the oil spilled).  Not
#: time-varying in general (a farm's area, a convoy's trucks do not change),
#: so differing figures are a succession only under :func:`_grew`.
GROWING = frozenset({"area", "count", "weight", "volume"})


def group_id(entity_id: str, field: str) -> str:
    """A short id, stable across runs and processes, for an (entity, field) group."""
    h = hashlib.blake2b(f"{entity_id}\x1f{field}".encode(), digest_size=6).hexdigest()
    return f"g{h}"


@attrs.define
class Draft:
    """A group being built: its claims, candidates and verdict so far."""

    entity: Entity
    field: str
    claims: list[Claim]
    cand_keys: list[tuple[object, ...]] = attrs.Factory(list)
    cand_values: list[Value] = attrs.Factory(list)
    cand_claims: list[list[int]] = attrs.Factory(list)
    status: Status = Status.SINGLE
    notes: list[str] = attrs.Factory(list)
    compatible: list[tuple[int, int]] = attrs.Factory(list)
    #: Which of the (entity, field)'s groups this is, when an article told
    #: figures of different sizes apart (``_told_sizes``); 0 otherwise.
    part: int = 0

    @property
    def id(self) -> str:
        if self.part:
            return group_id(self.entity.id, f"{self.field}\x1e{self.part}")
        return group_id(self.entity.id, self.field)


def _claim_order(c: Claim) -> tuple[object, ...]:
    # A total order on claims that does not depend on input order.
    return (
        c.source.id,
        c.span.start if c.span else -1,
        repr(canonical_key(c.value)),
        c.entity,
        c.quote or "",
        c.speaker or "",
        c.value.raw,
        c.as_of.isoformat() if c.as_of else "",
        c.role or "",
        c.cue.value if c.cue else "",
    )


def _claim_place(c: Claim) -> tuple[str, int]:
    # The first two items of _claim_order: cheap, and almost always decisive.
    return (c.source.id, c.span.start if c.span else -1)


def _sort_claims(cs: list[Claim]) -> None:
    """Sort ``cs`` by :func:`_claim_order`, which builds a claim's whole key
    (its value's canonical key printed, among others) only for claims that tie
    on document and position: few do."""
    cs.sort(key=_claim_place)
    out: list[Claim] = []
    for _, run in groupby(cs, key=_claim_place):
        ties = list(run)
        if len(ties) > 1:
            ties.sort(key=_claim_order)
        out.extend(ties)
    cs[:] = out


def group_claims(claims: Sequence[Claim], entities: Sequence[Entity]) -> list[Draft]:
    """Bucket claims by (entity id, field); drafts and their claims in a stable order."""
    buckets: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    ent: dict[str, Entity] = {}
    # One story named by a place and by its only named part is one group.
    refined = refine(claims, entities)
    fields = told_scope(claims, refined, _named_objects(claims, refined))
    for c, e, field in zip(claims, refined, fields, strict=True):
        buckets[(e.id, field)].append(c)
        ent[e.id] = e
    drafts = []
    for (eid, field), cs in sorted(buckets.items()):
        _sort_claims(cs)
        sized = _told_sizes(cs)
        parts = [(n, p) for n, ps in enumerate(sized) for p in told_references(ps)]
        for k, (n, part) in enumerate(parts):
            d = Draft(entity=ent[eid], field=field, claims=part, part=k)
            if len(sized) > 1:
                d.notes.append(
                    f"figures of {len(sized)} sizes, which an article told apart:"
                    f" group {n + 1} of {len(sized)} of this field here, smallest first"
                )
            if len(parts) > len(sized):
                d.notes.append(
                    "distances from different places, which an article told apart:"
                    f" from {part[0].role or 'the place most are from'}"
                )
            drafts.append(d)
    return drafts


def _named_objects(claims: Sequence[Claim], entities: Sequence[Entity]) -> list[str]:
    """Each claim's field, an amount of money whose object its article does
    not name ("بتكلفة 3.2 مليون دولار" against "استثمارات بقيمة 3.2 مليون")
    read as the one object other articles give the same amount of the same
    entity, when they give exactly one and its own article gives none of it."""
    typed: dict[tuple[str, str, float], set[tuple[str, str]]] = defaultdict(set)
    given: set[tuple[str, str, str]] = set()
    for c, e in zip(claims, entities, strict=True):
        given.add((c.source.id, e.id, c.field))
        if _object_of_money(c.field) and c.method is Method.EXTRACTED:
            v = c.value
            if isinstance(v, Quantity):
                typed[(e.id, v.unit, float(v.value))].add((c.field, c.source.id))
    out = []
    for c, e in zip(claims, entities, strict=True):
        field = c.field
        v = c.value
        if field == "money" and c.method is Method.EXTRACTED and isinstance(v, Quantity):
            named = {
                f for f, doc in typed.get((e.id, v.unit, float(v.value)), ()) if doc != c.source.id
            }
            if len(named) == 1:
                (obj,) = named
                if (c.source.id, e.id, obj) not in given:
                    field = obj
        out.append(field)
    return out


# Refinements of a field that say when or how much of it, not what it is spent on.
_NOT_OBJECTS = frozenset({"part", "whole", "period", "rate", "earlier", "change", "spread"})


def _object_of_money(field: str) -> bool:
    """Whether ``field`` is money with the object it is for ("money:investment"),
    and nothing else: not an earlier year's ("money:2025") nor a part."""
    parts = field.split(":")
    return (
        len(parts) == 2
        and parts[0] == "money"
        and parts[1].isalpha()
        and parts[1] not in _NOT_OBJECTS
        and not parts[1].startswith("per_")
    )


#: Two figures of one (entity, field) in one article, this many times apart,
#: are two things the article told apart ("سجن زحلة الذي يتسع لـ400 نزيل
#: ويضم نحو 1100"): no outlet revises its own figure that much in one text
#: without saying so.
SIZES_APART = 2.5


def _told_sizes(cs: list[Claim]) -> list[list[Claim]]:
    """The claims of one (entity, field), in one list per size of thing.

    The figures are sorted by size; a gap of more than :data:`SIZES_APART`
    times between neighbours splits them when one article gives figures on
    both sides of it, the larger not said to revise an earlier figure (a
    rise "من 300 إلى 800" is one count at two times).  An article whose
    figures lie that far apart with no such gap between them is cut at the
    widest gap it spans.  Other articles' figures go with the neighbours
    they are near.  Only extracted quantities are read: a given claim's
    field is the user's own statement of what it measures."""
    sizes: dict[int, float] = {}
    low: dict[str, float] = {}  # per article, its smallest figure
    high: dict[str, float] = {}  # and its largest that revises nothing
    for i, c in enumerate(cs):
        if c.method is not Method.EXTRACTED or not isinstance(c.value, Quantity):
            continue
        x = _numeric(c.value)
        if x > 0 and math.isfinite(x):
            sizes[i] = x
            doc = c.source.id
            low[doc] = min(low.get(doc, x), x)
            if c.cue not in (Cue.RISE, Cue.REVISED):
                high[doc] = max(high.get(doc, x), x)
    if len(sizes) < 2:
        return [cs]
    # An article spans a gap when its smallest figure is below it and its
    # largest above: the spans sorted by their low end, with a running maximum.
    spans = sorted((low[d], high[d]) for d in high)
    lows = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    values = sorted(set(sizes.values()))
    cuts = []
    for lo, hi in pairwise(values):
        k = bisect_right(lows, lo)
        if hi > lo * SIZES_APART and k and reach[k - 1] >= hi:
            cuts.append(hi)
    # An article whose figures lie that far apart with no such gap between
    # them ("320 وحدة" handed over, "1200 وحدة" in all, others' 480 between)
    # is cut at the widest gap it spans.
    widest: Callable[[int, int], int] | None = None
    for a, b in spans:
        k = bisect_right(cuts, a)
        if b > a * SIZES_APART and not (k < len(cuts) and cuts[k] <= b):
            # Built on first need: most groups have no such article.
            widest = widest or _widest_gaps(values)
            cut = values[widest(bisect_left(values, a), bisect_left(values, b)) + 1]
            insort(cuts, cut)  # few cuts: kept sorted, each span's look-up a bisect
    if not cuts:
        return [cs]
    parts: list[list[Claim]] = [[] for _ in range(len(cuts) + 1)]
    for i, c in enumerate(cs):
        size = sizes.get(i)
        # A figure without a size (a date, a text) stays with the first part.
        parts[0 if size is None else bisect_right(cuts, size)].append(c)
    return [p for p in parts if p]


def _widest_gaps(values: list[float]) -> Callable[[int, int], int]:
    """For sorted ``values``, a function of ``(i, j)`` (``i < j``) giving the
    ``k`` in ``[i, j)`` whose ratio ``values[k + 1] / values[k]`` is widest
    (the first on a tie): a sparse table, so every query costs the same."""
    gaps = [math.log(b / a) for a, b in pairwise(values)]
    table = [list(range(len(gaps)))]
    step = 1
    while 2 * step <= len(gaps):
        prev = table[-1]
        table.append(
            [prev[i] if gaps[prev[i]] >= gaps[prev[i + step]] else prev[i + step]
             for i in range(len(gaps) - 2 * step + 1)]
        )  # fmt: skip
        step *= 2

    def widest(i: int, j: int) -> int:
        level = (j - i).bit_length() - 1
        x, y = table[level][i], table[level][j - (1 << level)]
        return x if gaps[x] >= gaps[y] else y

    return widest


def _time_of(c: Claim) -> int | None:
    d = c.as_of or c.source.published
    return d.toordinal() if d else None


def _is_time_varying(field: str, time_varying: Collection[str]) -> bool:
    return field in time_varying or field.split(":", 1)[0] in time_varying


def judge(d: Draft, comparator: Comparator, time_varying: Collection[str] = TIME_VARYING) -> None:
    """Fill in a draft's candidates, compatible pairs and verdict."""
    index: dict[tuple[object, ...], int] = {}
    for i, c in enumerate(d.claims):
        k = canonical_key(c.value)
        if k not in index:
            index[k] = len(d.cand_keys)
            d.cand_keys.append(k)
            d.cand_values.append(c.value)
            d.cand_claims.append([])
        d.cand_claims[index[k]].append(i)
    # Candidates in a canonical order, so that scores and rankings never depend on input order.
    order = sorted(range(len(d.cand_keys)), key=lambda i: repr(d.cand_keys[i]))
    d.cand_keys = [d.cand_keys[i] for i in order]
    d.cand_values = [d.cand_values[i] for i in order]
    d.cand_claims = [d.cand_claims[i] for i in order]

    n = len(d.cand_values)
    incompatible: list[tuple[int, int]] = []
    for i in range(n):
        for j in range(i + 1, n):
            v = comparator.compare(d.cand_values[i], d.cand_values[j])
            if v.agree:
                d.compatible.append((i, j))
            else:
                incompatible.append((i, j))
                if v.level == "incomparable":
                    note = f"values not comparable: {v.reason}"
                    if note not in d.notes:
                        d.notes.append(note)

    sources = {c.source.id for c in d.claims}
    if len(sources) == 1:
        d.status = Status.SINGLE
        if incompatible:
            d.notes.append("the only source states differing figures")
        return
    # A conflict needs two *different* sources on incompatible values.
    disputed = [
        (i, j) for i, j in incompatible if len(_cand_sources(d, i) | _cand_sources(d, j)) > 1
    ]
    if not disputed:
        d.status = Status.AGREE
        if incompatible:
            d.notes.append("a source states differing figures")
        return
    if not _is_time_varying(d.field, time_varying):
        d.status = Status.CONFLICT
        if _grew(d, disputed):
            d.status = Status.UPDATE
            d.notes.append("a growing measure said to have risen: successive totals")
        return
    if any(_has_cue(d, k, Cue.DISPUTED) for pair in disputed for k in pair):
        d.status = Status.CONFLICT
        d.notes.append("a source sets its figure against another's")
        return
    if _all_dated_apart(d, disputed):
        d.status = Status.UPDATE
        d.notes.append("figures differ with their dates: successive updates of a changing figure")
        return
    if all(_dated_apart(d, i, j) or _revises(d, i, j) or _revises(d, j, i) for i, j in disputed):
        d.status = Status.UPDATE
        d.notes.append("a figure is given as a revision of an earlier one")
        return
    d.status = Status.CONFLICT


def _grew(d: Draft, disputed: list[tuple[int, int]]) -> bool:
    """Whether a cumulative measure (an area burnt or flooded) only grew.

    Such a measure is not a toll, and two outlets giving different areas on
    different days may simply disagree; it is a succession only when an
    outlet says it rose ("ارتفعت المساحة … إلى") and every other difference
    is a larger figure dated later.  Structured claims carry no cue, so they
    are never judged this way."""
    if d.field.split(":", 1)[0] not in GROWING:
        return False
    if not any(_has_cue(d, k, Cue.RISE) for pair in disputed for k in pair):
        return False
    if any(_has_cue(d, k, Cue.DISPUTED) for pair in disputed for k in pair):
        return False
    return all(
        _revises(d, i, j) or _revises(d, j, i) or _later_larger(d, i, j) or _later_larger(d, j, i)
        for i, j in disputed
    )


def _later_larger(d: Draft, i: int, j: int) -> bool:
    """Candidate ``j`` is dated wholly after ``i`` and is larger."""
    ti, tj = _times(d, i), _times(d, j)
    if None in ti or None in tj:
        return False
    later = min(t for t in tj if t is not None) > max(t for t in ti if t is not None)
    return later and _numeric(d.cand_values[j]) > _numeric(d.cand_values[i])


def _cand_sources(d: Draft, i: int) -> set[str]:
    return {d.claims[a].source.id for a in d.cand_claims[i]}


def _times(d: Draft, i: int) -> set[int | None]:
    return {_time_of(d.claims[a]) for a in d.cand_claims[i]}


def _dated_apart(d: Draft, i: int, j: int) -> bool:
    ti, tj = _times(d, i), _times(d, j)
    return not (None in ti or None in tj or ti & tj)


def _all_dated_apart(d: Draft, pairs: list[tuple[int, int]]) -> bool:
    return all(_dated_apart(d, i, j) for i, j in pairs)


def _has_cue(d: Draft, i: int, *cues: Cue) -> bool:
    return any(d.claims[a].cue in cues for a in d.cand_claims[i])


_REVISING = (Cue.RISE, Cue.REVISED)


def _revises(d: Draft, r: int, o: int) -> bool:
    """Whether candidate ``r`` is said to revise candidate ``o``: one of its
    claims carries a revision cue, none of its dates is before one of
    ``o``'s (a revision comes after what it revises; on the same day the
    order is unknown, and the cue tells it), and a rise is larger."""
    if not _has_cue(d, r, Cue.RISE, Cue.REVISED):
        return False
    # The claims that say so are dated, not the others of the same figure
    # ("ارتفع عدد التوابيت إلى 31" on the 16th; "بلغ 31" dated by a find on the 10th).
    tr = {_time_of(d.claims[a]) for a in d.cand_claims[r] if d.claims[a].cue in _REVISING}
    to = _times(d, o)
    if None in tr or None in to:
        return False
    if min(t for t in tr if t is not None) < max(t for t in to if t is not None):
        return False
    if _has_cue(d, r, Cue.REVISED):
        return True
    return _numeric(d.cand_values[r]) > _numeric(d.cand_values[o])


def _numeric(v: Value) -> float:
    if isinstance(v, Quantity):
        return v.value * _unit(v.unit).factor
    if isinstance(v, DateValue):
        return float(v.value.toordinal())
    return float("nan")


def build_votes(drafts: Sequence[Draft], source_ids: Sequence[str]) -> Votes:
    """The columnar view of all judged drafts, for the resolution policies."""
    sidx = {s: i for i, s in enumerate(source_ids)}
    cand_group: list[int] = []
    cand_num: list[float] = []
    v_src: list[int] = []
    v_cand: list[int] = []
    v_time: list[float] = []
    pairs: list[tuple[int, int]] = []
    sets: list[frozenset[str] | None] = []
    base = 0
    for gi, d in enumerate(drafts):
        for ci, members in enumerate(d.cand_claims):
            cand_group.append(gi)
            cand_num.append(_numeric(d.cand_values[ci]))
            cv = d.cand_values[ci]
            sets.append(cv.members if isinstance(cv, SetValue) else None)
            seen: dict[int, float] = {}
            for m in members:
                c = d.claims[m]
                s = sidx[c.source.id]
                t = _time_of(c)
                tt = float(t) if t is not None else float("nan")
                if s not in seen or (not math.isnan(tt) and not tt <= seen[s]):
                    seen[s] = tt
            for s, tt in sorted(seen.items()):
                v_src.append(s)
                v_cand.append(base + ci)
                v_time.append(tt)
        pairs.extend((base + i, base + j) for i, j in d.compatible)
        base += len(d.cand_claims)
    n_src = len(source_ids)
    groups = np.asarray(cand_group, dtype=np.int64)
    partial, grade = partial_pairs(sets, groups)
    return Votes(
        sources=tuple(source_ids),
        candidate_group=groups,
        vote_source=np.asarray(v_src, dtype=np.int64),
        vote_candidate=np.asarray(v_cand, dtype=np.int64),
        vote_time=np.asarray(v_time, dtype=np.float64),
        compatible=np.asarray(pairs, dtype=np.int64).reshape(-1, 2),
        candidate_numeric=np.asarray(cand_num, dtype=np.float64),
        prior=np.full(n_src, 0.8),
        weight=np.ones(n_src),
        n_groups=len(drafts),
        partial=partial,
        partial_grade=grade,
        group_field=field_codes([d.field for d in drafts]),
    )
