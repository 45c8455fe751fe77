"""Which place a distance is about, for :mod:`recon._choose`.

"اندلع الحريق في غابات منطقة ملولة على بعد 15 كيلومترا جنوب غربي مدينة
طبرقة": the figure places the fire relative to Tabarka, the place it is
measured from, as the outlets that say only "على بعد 15 كلم من مدينة طبرقة"
do; the place named before it is where the fire is, which the figure does
not measure.  So when a place stands before a distance in its clause and a
place follows it with only direction words or من/عن between, the distance
is about the one after.  A place that is the subject of a locating verb
("وتقع قاعدة جوهر على بعد 90 كيلومترا شمال مقديشو", "بلدوين التي تبعد …")
keeps its distance: there the figure is that place's own position
(``entities.toml`` ``locating_verbs``).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon._words import listed
from recon.normalise import key_set

if TYPE_CHECKING:
    from recon._locate import Ref
    from recon._sentence_refs import SentenceRefs

__all__ = ["locating_tokens", "measured_from"]

_BETWEEN = 4  # direction words and a preposition between a distance and its reference
_LINKS = frozenset({"من", "عن"})
_TO = key_set(["الى", "إلى", "حتى"])
_ROUTE_GAP = 2  # "من مخازن العريش": من and one word before the route's origin


@lru_cache(maxsize=1)
def _locating_verbs() -> frozenset[str]:
    return key_set(lexicon.load("entities").get("locating_verbs", []))


lexicon.on_clear(_locating_verbs.cache_clear)


def _route_start(sr: SentenceRefs, end: int, ce: int) -> Ref | None:
    """The start of a route a distance measures: "تقطع 45 كيلومترا من العريش
    إلى المعبر", "مسافة 45 كيلومترا من مخازن العريش إلى معبر رفح" (من right
    after the figure, a place after it, at most one word between, then إلى
    in the clause): the origin, which every outlet names alike."""
    s = sr.s
    a = s.tok(end)
    if a >= len(s.toks) or s.toks[a].key != "من":
        return None
    r = sr.places.nearest(end, ce, end)
    if r is None:
        return None
    ref: Ref = sr.places.items[r[1]]
    b = s.tok(ref.start)
    if not 0 < b - a <= _ROUTE_GAP:
        return None
    k = s.tok(ref.end)
    if not any(t.key in _TO for t in s.toks[k : min(len(s.toks), k + _ROUTE_GAP)]):
        return None
    return ref


def measured_from(sr: SentenceRefs, start: int, end: int, clause: Any) -> Ref | None:
    """The place a distance at ``[start, end)`` is measured from, when the
    distance is about it rather than about the place named before it."""
    s, lx = sr.s, sr.doc.lx
    cs, ce = clause.start, clause.end
    route = _route_start(sr, end, ce)
    if route is not None:
        return route
    placed = _relative_subject(sr, start, cs)
    if placed is not None:
        return placed
    # Each question is a bisect into the sentence's sorted candidates and
    # locating verbs: a sentence of thousands of distances stays linear.
    starts = sr.ref_starts
    i = bisect_left(starts, cs)
    if i == len(starts) or starts[i] >= start:
        return None  # nothing before it: the usual steps already look after
    r = sr.places.nearest(end, ce, end)
    if r is None:
        return None
    ref: Ref = sr.places.items[r[1]]
    a, b = s.tok(end), s.tok(ref.start)
    if b - a > _BETWEEN or any(
        t.key not in lx.place_heads and t.key not in _LINKS for t in s.toks[a:b]
    ):
        return None
    located = sr.locating_at
    j = bisect_left(located, s.tok(cs))
    if j < len(located) and located[j] < s.tok(start):
        return None  # "وتقع جرادة على بعد 60 كيلومترا جنوب مدينة وجدة"
    return ref


_PRONOUN_GAP = 3  # "التي تبعد عنها نحو": the locating verb's object and hedges
_ADJECTIVES = 2  # describing words between a facility and its relative pronoun


def _relative_subject(sr: SentenceRefs, start: int, cs: int) -> Ref | None:
    """The place a relative clause with a locating verb hangs on, right
    before the distance: "ومدينة بنغازي التي تبعد عنها نحو 200 كيلومتر",
    "قرية السب التي تقع على بعد 3 كيلومترات": the distance is that place's
    own position, whatever facility the sentence is about."""
    s = sr.s
    first = s.tok(start)
    located = sr.locating_at
    j = bisect_left(located, first) - 1
    if j < 0 or located[j] < s.tok(cs) or first - located[j] > _PRONOUN_GAP + 1:
        return None
    v = located[j]
    if v < 2 or s.keys[v - 1] not in lexicon.word_set("fields", "relative_pronouns"):
        return None
    pronoun_at = s.toks[v - 1].start
    # "إلى عمله في المرج، التي تبعد نحو 100 كم": a comma may part them.
    r = sr.places.nearest(s.seg.start, pronoun_at, pronoun_at)
    if r is not None:
        ref: Ref = sr.places.items[r[1]]
        if s.tok(ref.end) == v - 1:
            return ref
    # "تنقل إلى المكب الرئيسي الذي يبعد نحو 15 كيلومتراً": a facility, its
    # describing adjectives between, owns the distance even where people or
    # things were taken to it.
    adjectives = sr.doc.lx.adjectives
    k = v - 1
    while k > 0 and s.keys[k - 1] in adjectives and v - 1 - k < _ADJECTIVES:
        k -= 1
    return sr.facility_ending.get(k)


def locating_tokens(keys: list[str]) -> list[int]:
    """The words of a sentence (by their ``keys``) that are locating verbs,
    bare or after و/ف."""
    verbs = _locating_verbs()
    return [n for n, k in enumerate(keys) if listed(k, verbs)]
