"""Places that only locate another place, and where an article's story happens.

"محافظة اللاذقية في غرب سوريا", "ولاية سنار جنوب شرقي السودان", "سنار
(Sennar) السودانية", "طرفاية في جنوب المغرب": the wider place is named so
the reader can find the first one on a map.  A figure of the sentence is
about the more specific place, and so is an article that introduces its
place this way: its unplaced figures ("أنقذت 19 منهم") belong there rather
than to the country it names more often.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from recon.normalise import normalise_key
from recon.sentences import Token

if TYPE_CHECKING:
    from recon.entities_ar import Lex, Ref

__all__ = ["PLACE_KINDS", "is_latin_name", "located_in", "locators", "story_place"]

PLACE_KINDS = frozenset({"country", "city", "province", "region"})
_GAP = 3  # direction words and a preposition between a place and its locator


def is_latin_name(tok: Token) -> bool:
    """Whether ``tok`` is a Latin or numbered name ("K1", "Sennar")."""
    return any(c.isdigit() for c in tok.text) or (tok.text[:1].isascii() and tok.text[:1].isalpha())


def locators(text: str, toks: list[Token], refs: list[Ref], lx: Lex) -> list[Ref]:
    """``refs`` with each wider place that only locates the place just before
    it pointing at that more specific place (``inner``)."""
    starts = [t.start for t in toks]
    order = sorted(range(len(refs)), key=lambda i: refs[i].start)
    out = list(refs)
    prev: Ref | None = None
    for i in order:
        r = refs[i]
        if r.kind not in PLACE_KINDS:
            prev = None if r.kind == "facility" else prev
            continue
        if (
            prev is not None
            and prev.end <= r.start
            and _only_locating(text, toks, starts, inner=prev, outer=r, lx=lx)
        ):
            out[i] = attrs.evolve(r, inner=prev.inner or prev)
        if not r.nisba:
            prev = r
    return out


def _between_words(
    text: str, toks: list[Token], starts: list[int], end: int, start: int
) -> list[Token] | None:
    """The words between a place ending at ``end`` and one starting at
    ``start``, or None if they are too far apart or a comma or a glued
    preposition separates them."""
    a = bisect_left(starts, end)
    b = bisect_left(starts, start)
    if b - a > _GAP or text[end:start].strip(" ()").count("،"):
        return None
    glued = normalise_key(text[toks[b].start : start]) if b < len(toks) else ""
    if glued.strip("و"):
        return None
    return [t for t in toks[a:b] if not is_latin_name(t)]


def _directions_only(words: Sequence[Token], lx: Lex) -> bool:
    # A place preposition with direction words ("في غرب", "جنوب شرقي").
    for n, t in enumerate(words):
        if n == 0 and t.key in lx.place_preps:
            continue
        if t.key not in lx.place_heads or t.key in lx.named_place_heads:
            return False
    return bool(words)


def _only_locating(
    text: str, toks: list[Token], starts: list[int], *, inner: Ref, outer: Ref, lx: Lex
) -> bool:
    words = _between_words(text, toks, starts, inner.end, outer.start)
    if words is None:
        return False
    if outer.nisba:
        return not words
    return _directions_only(words, lx)


def located_in(
    text: str, toks: list[Token], refs: Sequence[Ref], lx: Lex, country: str | None
) -> list[tuple[str, str]]:
    """``(inner key, outer key)`` for every place of a sentence that another
    place, or the country anaphor ("ولاية سنار جنوب شرقي البلاد": the
    article's ``country``), only locates."""
    out = []
    for r in locators(text, toks, list(refs), lx):
        if r.inner is not None and r.inner.kind != "country" and r.inner.key != r.key:
            out.append((r.inner.key, r.key))
    if country is None:
        return out
    starts = [t.start for t in toks]
    for r in refs:
        if r.kind not in PLACE_KINDS or r.kind == "country" or r.nisba:
            continue
        i = bisect_left(starts, r.end)
        for j in range(i, min(len(toks), i + _GAP + 1)):
            if toks[j].key in lx.country_anaphors:
                words = _between_words(text, toks, starts, r.end, toks[j].start)
                if words is not None and _directions_only(words, lx):
                    out.append((r.key, country))
                break
    return out


def story_place(
    place: Ref | None, places: Sequence[Ref], located: Sequence[tuple[str, str]]
) -> Ref | None:
    """Where the article's story happens: ``place`` (the place it names
    most), unless the article locates a more specific place by it, which then wins
    (the one of those named most, the first on a tie)."""
    if place is None:
        return None
    inner = [i for i, o in located if o == place.key]
    if not inner:
        return place
    counts = Counter(r.key for r in places if r.key in inner)
    if not counts:
        return place
    key = max(counts, key=lambda k: (counts[k], -inner.index(k)))
    return next(r for r in places if r.key == key)
