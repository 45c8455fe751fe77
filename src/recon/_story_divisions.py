"""Two towns' events in two provinces, for :mod:`recon._story_corroborate`.

Two raids, two crashes, two fires of one kind in one country and one week
often share a figure or two by chance ("9 workers held" in Jeddah and in
Dammam).  The corroboration pass reads agreeing figures as two names of one
scene, which is right for one story told at a village and at its province,
and wrong for two towns of two provinces, each article naming only its own.

So two names are *apart* when they lie in two first-level divisions
(governorate, wilaya, region: ``recon._dateline.division_of``, through the
text's nesting too) and neither document names the other's division in the
sentences of its figures.  An outlet that puts a story at its dateline in
the capital names the story's province somewhere, and then nothing changes.
A name placed in no division (a warehouse, a hospital, a station, or the
country itself: "the raid lasted six hours", put at Saudi Arabia) lies in
the one division its document's sentences name, if they name exactly one;
a road "between Riyadh and Qassim" names two and stays unplaced.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from recon._dateline import division_of
from recon.model import Claim, Entity, Method

__all__ = ["Apart", "divisions_apart"]

# Whether name x in document a and name y in document b are two scenes.
Apart = Callable[[str, str, str, str], bool]
# Kinds a document's one division is lent to: names placed in no division.
_UNPLACED = frozenset({"facility", "place", "unknown", "country"})


def divisions_apart(
    claims: Sequence[Claim],
    entities: Sequence[Entity],
    *,
    ancestors: Callable[[str], frozenset[str]],
    places_in: Callable[[str], Iterable[str]],
) -> Apart:
    """The test of two names as two scenes (see the module's docstring):
    ``ancestors`` gives the places a name lies in (by the gazetteer and the
    text), ``places_in`` the places named in a sentence."""
    memo: dict[str, str | None] = {}

    def div(eid: str) -> str | None:
        if eid not in memo:
            # Through the text's nesting too: "حي الخمرة" said to be in جدة is
            # in Makkah region.  Two divisions (a name read under two) say nothing.
            found = {d for x in ancestors(eid) | {eid} if (d := division_of(x)) is not None}
            memo[eid] = found.pop() if len(found) == 1 else None
        return memo[eid]

    named: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for c, e in zip(claims, entities, strict=True):
        kinds[e.id] = e.kind
        d = div(e.id)
        if d is not None:
            named[c.source.id].add(d)
        if c.method is not Method.EXTRACTED or not c.quote or (c.source.id, c.quote) in seen:
            continue
        seen.add((c.source.id, c.quote))
        for pid in places_in(c.quote):
            d = div(pid)
            if d is not None:
                named[c.source.id].add(d)

    def where(x: str, a: str) -> str | None:
        d = div(x)
        if d is None and kinds.get(x) in _UNPLACED and len(named[a]) == 1:
            d = next(iter(named[a]))
        return d

    def apart(x: str, a: str, y: str, b: str) -> bool:
        dx, dy = where(x, a), where(y, b)
        return (
            dx is not None
            and dy is not None
            and dx != dy
            and dy not in named[a]
            and dx not in named[b]
        )

    return apart
