"""Distances an article told apart by the places they are measured from.

"على بعد نحو 170 كلم من المدينة المنورة، وعلى مسافة تقارب 280 كلم من مكة
المكرمة": one article gives two distances of one site, from two places.  They
are two figures, not two outlets' disagreement, so the (entity, field) group
they fall in is split by reference place (:func:`told_references`), as
``recon.group`` splits figures an article told apart by size.  Other
articles' distances go with the part of their own reference place; one whose
reference place is unread goes with a part that gives the same figure, else
with the place most distances are from.  Articles that each give one
reference place tell two things apart only when their figures lie far apart
("ويقع مطار بنينا على بعد نحو ألف كيلومتر من العاصمة طرابلس" beside the
event's "35 كلم شرق بنغازي"): near figures from two names are one distance
whose reference the outlets name differently.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import lru_cache

from recon import lexicon
from recon.model import Claim, Method, Quantity
from recon.normalise import normalise_key
from recon.units import to_base

__all__ = ["told_references"]


def _reference(c: Claim) -> str | None:
    """A distance's reference place: its gazetteer entry if known (two
    spellings of one city are one place), else its name's matching form."""
    if not c.role or not c.field.startswith("distance"):
        return None
    return _place_key(c.role)


@lru_cache(maxsize=4096)
def _place_key(name: str) -> str:
    from recon.gazetteer import shared_default

    entry = shared_default().lookup(name)
    return entry.id if entry is not None else normalise_key(name)


lexicon.on_clear(_place_key.cache_clear)


def told_references(cs: list[Claim]) -> list[list[Claim]]:
    """The claims of one (entity, field), in one list per reference place
    when one article gives distances from two places, or per measure
    (:func:`_same_measure`) when articles each give one; else ``[cs]``."""
    by_doc: dict[str, set[str]] = defaultdict(set)
    for c in cs:
        ref = _reference(c)
        if ref is not None and c.method is Method.EXTRACTED:
            by_doc[c.source.id].add(ref)
    read = set().union(*by_doc.values())
    if len(read) < 2:
        return _apart_from_unread(cs) if read else [cs]
    same = _same_measure(cs) if not any(len(r) > 1 for r in by_doc.values()) else {}
    if same and len(set(same.values())) < 2:
        return [cs]

    def reference(c: Claim) -> str | None:
        r = _reference(c)
        return same.get(r, r) if r is not None else None

    counts = Counter(r for c in cs if (r := reference(c)) is not None)
    # The place most distances are from first (then by name: deterministic).
    order = sorted(counts, key=lambda r: (-counts[r], r))
    at = {r: k for k, r in enumerate(order)}
    # (position in cs, claim) per part, so each part keeps the input's order.
    placed: list[list[tuple[int, Claim]]] = [[] for _ in order]
    loose = []
    for i, c in enumerate(cs):
        ref = reference(c)
        if ref is None:
            loose.append((i, c))
        else:
            placed[at[ref]].append((i, c))
    # Each figure's first part, so a loose claim finds its part in one look-up.
    part_of: dict[tuple[str, float], int] = {}
    for k, p in enumerate(placed):
        for _, o in p:
            part_of.setdefault(_figure(o), k)
    for i, c in loose:
        # With the part that gives the same figure, else the commonest place's.
        placed[part_of.get(_figure(c), 0)].append((i, c))
    return [[c for _, c in sorted(p, key=lambda t: t[0])] for p in placed]


#: Distances from two places, each told by other articles, are one measure
#: unless this many times apart ("نحو ألف كيلومتر من العاصمة" beside "35 كلم
#: شرق بنغازي"): outlets name the reference of one distance differently.
FAR_APART = 2.5


def _same_measure(cs: list[Claim]) -> dict[str, str]:
    """Each reference place's measure (a reference place standing for it)
    when no article gives two: references whose figures come within
    :data:`FAR_APART` of each other's measure one thing.  Two references'
    figures come that near iff their ranges overlap or the gap between them
    is that small, so one sweep over the ranges sorted by their low end
    finds the measures (linear after the sort)."""
    lo: dict[str, float] = {}
    hi: dict[str, float] = {}
    for c in cs:
        r = _reference(c)
        if r is not None and (x := _base(c)) is not None:
            lo[r] = min(lo.get(r, x), x)
            hi[r] = max(hi.get(r, x), x)
    out: dict[str, str] = {}
    head, reach = "", -math.inf
    for r in sorted(lo, key=lambda r: (lo[r], r)):
        if lo[r] > reach * FAR_APART:
            head = r  # far from every range before it: a measure of its own
        out[r] = head
        reach = max(reach, hi[r])
    return out


def _apart_from_unread(cs: list[Claim]) -> list[list[Claim]]:
    """The claims of one (entity, field) when one reference place is read:
    figures with no reference read that lie :data:`FAR_APART` from every
    figure measured from that place are another measure ("وتبعد سبها نحو 770
    كيلومتراً عن طرابلس" beside "المكب … على بعد نحو 15 كيلومتراً"): a place's
    distance from another city is not the distance of a site from it.  A
    reference that is the claim's own place ("7 كيلومترات من سواحل القطيف"
    said of Qatif) tells no other measure."""
    told = []
    for c in cs:
        ref = _reference(c)
        if ref is None or c.method is not Method.EXTRACTED:
            continue  # as in told_references: a given claim's place is the user's
        if ref == _place_key(c.entity):
            return [cs]
        if (x := _base(c)) is not None:
            told.append(x)
    if not told:
        return [cs]
    lo, hi = min(told), max(told)
    near: list[Claim] = []
    far: list[Claim] = []
    for c in cs:
        x = _base(c)
        if _reference(c) is None and x is not None and not lo / FAR_APART <= x <= hi * FAR_APART:
            far.append(c)
        else:
            near.append(c)
    return [near, far] if far else [cs]


def _base(c: Claim) -> float | None:
    """A distance in its dimension's base unit (None: no positive figure)."""
    v = c.value
    if not isinstance(v, Quantity) or v.value <= 0:
        return None
    return to_base(float(v.value), v.unit)


def _figure(c: Claim) -> tuple[str, float]:
    v = c.value
    return (v.unit, float(v.value)) if isinstance(v, Quantity) else ("", math.nan)
