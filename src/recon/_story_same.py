"""One facility under two names, for :mod:`recon._story`.

Outlets name the facility of a story each in their own words: "مصنع لإنتاج
البلاستيك بالمنطقة الصناعية في مدينة شبرا الخيمة" in one, "مصنع شبرا
الخيمة" in another.  Linking keeps the two names apart, and the story rule
then sees two parts of the town with figures and moves nothing.  Two
facilities are one when they share their head noun (مصنع، منجم، مستشفى …),
lie directly in the same town or district, neither has a name of its own
(only a description or the town's name: "مخيم الأمل" and "مخيم النور" are
two camps), and no document gives figures for both: a document that does
has told the reader they are two.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from recon.gazetteer import matching_key
from recon.model import Claim, Entity

__all__ = ["same_facilities"]

# Containers small enough that two facilities of one kind in them, each named
# by one outlet only, are one facility; two factories of one country are not.
_TOWNS = frozenset({"city", "place", "unknown"})


def _head(e: Entity) -> str:
    words = matching_key(e.name).split()
    return words[0] if words else ""


def _unnamed(e: Entity, town: str, named_after: Mapping[str, set[str]]) -> bool:
    """Whether ``e``'s name is its kind alone, a description ("مصنع لإنتاج
    البلاستيك", "مستودع للأدوية") or the town's name ("مصنع شبرا الخيمة"):
    a name of its own ("مخيم الأمل", "مستودع الزيوت") tells two apart."""
    rest = matching_key(e.name).split()[1:]
    return not rest or rest[0].startswith("ل") or town in named_after.get(e.id, ())


def same_facilities(
    claims: Sequence[Claim],
    entities: Sequence[Entity],
    by_id: Mapping[str, Entity],
    *,
    parents: Mapping[str, set[str]],
    kinds: Mapping[str, str],
    named_after: Mapping[str, set[str]],
) -> dict[str, str]:
    """Facility id -> the id of the facility it names again; ``kinds`` gives
    the kind of every entity and of every place read as a parent."""
    docs: dict[str, set[str]] = defaultdict(set)
    n: dict[str, int] = defaultdict(int)
    for c, e in zip(claims, entities, strict=True):
        docs[e.id].add(c.source.id)
        n[e.id] += 1
    by_head: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in by_id.values():
        if e.kind != "facility" or not _head(e):
            continue
        for p in parents.get(e.id, ()):
            if kinds.get(p) in _TOWNS and _unnamed(e, p, named_after):
                by_head[(_head(e), p)].append(e.id)
    out: dict[str, str] = {}
    for key in sorted(by_head):
        ids = sorted(set(by_head[key]))
        if len(ids) != 2:
            continue  # three names of one kind in a town: no telling which are one
        a, b = ids
        if docs[a] & docs[b] or a in out or b in out or a in out.values() or b in out.values():
            continue
        keep, drop = sorted((a, b), key=lambda i: (-n[i], i))
        out[drop] = keep
    return out
