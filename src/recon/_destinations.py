"""Where people were taken, set out from or sheltered: destination phrases.

"نقلوا إلى مستشفى X"، "انطلقت من عمان متجهة إلى …"، "وفرت لهم الإيواء في
مدارس في طبرقة"، "عبر الشريط الحدودي مع سوريا"، "بين مرفأ دارين وكورنيش
القطيف": the places in these phrases are where people went or what a stretch
runs between, never where a figure happened, so :class:`~recon._locate.Ref`
candidates inside them are marked ``dest``.  Kept apart from
:mod:`recon._locate`, which decides which of the remaining places owns a
figure.
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from functools import lru_cache
from itertools import compress, repeat
from typing import TYPE_CHECKING

import attrs

from recon import lexicon
from recon._words import word_memo
from recon.sentences import Token, stems, token_keys

if TYPE_CHECKING:
    from recon._locate import Ref
    from recon.entities_ar import Lex

__all__ = [
    "between_ends",
    "destination_openers",
    "destinations",
    "mark_destinations",
]

_PARTITIVE = frozenset({"منهم", "منها", "منهن"})
_MOVED_BACK = 6  # words from a verb of going to its destination, a figure between


def destination_openers(lx: Lex) -> frozenset[str]:
    """Every word a :func:`destinations` phrase can start at: a sentence
    without one of them has no destination, so callers may skip the walk."""
    return (
        lx.destination_preps
        | lx.departure_preps
        | lexicon.word_set("entities", "shelter_prepositions")
        | lexicon.word_set("entities", "border_prepositions")
        | lexicon.word_set("entities", "border_words")
    )


def _neighbours(text: str, toks: list[Token], ks: list[str], lx: Lex) -> list[tuple[int, int]]:
    """Spans of the country across a border ("عبر الشريط الحدودي مع سوريا في
    ناحية ربيعة"): from "مع" right after a border word to the next
    preposition or mark, or the adjective right after one ("الحدود
    الموريتانية"); read like a destination, never a figure's place."""
    border = lexicon.word_set("entities", "border_words")
    withs = lexicon.word_set("entities", "border_prepositions")
    out: list[tuple[int, int]] = []
    for j in range(1, len(ks)):
        if ks[j - 1] not in border:
            continue
        if ks[j] in withs:
            end = _phrase_end(text, toks, j, ks, lx.preps)
            out.append((toks[j].start, toks[end - 1].end))
        elif ks[j].startswith("ال"):
            # "بعد عبور الحدود الموريتانية": the country whose border it is.
            out.append((toks[j].start, toks[j].end))
    return out


def _phrase_end(
    text: str,
    toks: list[Token],
    j: int,
    ks: list[str] | None = None,
    stops: frozenset[str] = frozenset(),
) -> int:
    """The token after the phrase that opens at token ``j``: it runs to the
    next mark ("،,.;:") or, with ``ks``, to the next word of ``stops``."""
    end = j + 1
    while (
        end < len(toks)
        and (ks is None or ks[end] not in stops)
        and not any(c in text[toks[end - 1].end : toks[end].start] for c in "،,.;:")
    ):
        end += 1
    return end


@lru_cache(maxsize=1 << 14)  # per word form and verb set: the same words recur
def _verb(key: str, verbs: frozenset[str]) -> bool:
    """Whether word ``key``, clitics and all, is one of ``verbs``."""
    return not verbs.isdisjoint(stems(key))


_VERB_MEMO: dict[tuple[frozenset[str], ...], dict[str, bool]] = {}


def _holds_verb(keys: list[str], verb_sets: tuple[frozenset[str], ...]) -> bool:
    """Whether one of ``keys``, clitics and all, is in one of ``verb_sets``:
    one C-level look-up of the sentence in a per-lexicon memo, each new word
    form computed once (as ``recon._gaz_refs._place_heads``)."""
    memo = word_memo(_VERB_MEMO, verb_sets)
    found = list(map(memo.get, keys))
    if any(found):
        return True
    for k in [k for k, f in enumerate(found) if f is None]:
        st = stems(keys[k])
        found[k] = memo[keys[k]] = any(not v.isdisjoint(st) for v in verb_sets)
    return any(found)


def destinations(
    text: str, toks: list[Token], lx: Lex, keys: list[str] | None = None
) -> list[tuple[int, int]]:
    """Spans of destination phrases: from إلى/نحو right after a transfer word
    ("جرى إسعافهم إلى", "متجهين إلى"), or from من right after a departure
    word ("انطلقت من عمان"), to the end of its clause."""
    out: list[tuple[int, int]] = []
    ks = token_keys(toks) if keys is None else keys
    border = lexicon.word_set("entities", "border_words")
    shelter = lexicon.word_set("entities", "shelter_words")
    # Each phrase below needs a verb of going, leaving or sheltering before
    # its preposition (or a border word): most sentences hold none.
    if border.isdisjoint(ks) and not _holds_verb(
        ks, (lx.destination_verbs, lx.departure_verbs, shelter)
    ):
        return out
    # Most sentences hold no إلى/نحو: one C-level pass finds the ones to look at.
    preps = list(map(lx.destination_preps.__contains__, ks))
    # A departure ("انطلقت من عمان متجهة إلى …") is read like a destination.
    froms = list(map(lx.departure_preps.__contains__, ks))
    if any(froms):
        bounds = lexicon.word_set("entities", "bound_words")
        for j in compress(range(len(froms)), froms):  # the few من, not every word
            froms[j] = not (j and ks[j - 1] in bounds)
    # So is where people were sheltered ("ووفرت لهم الإيواء في مدارس في طبرقة").
    # Shelter words and the prepositions after them (``entities.toml``).
    shelter_preps = lexicon.word_set("entities", "shelter_prepositions")
    if shelter and not shelter.isdisjoint(ks):
        froms = [f or k in shelter_preps for f, k in zip(froms, ks, strict=True)]
    onward = lexicon.word_set("entities", "onward_words")
    nxt = 1
    for j in compress(range(len(preps)), map(operator.or_, preps, froms)):
        if j < nxt:
            continue
        # "نقلوا إلى مدينة كيفه، ومنها إلى نواكشوط": a further leg of a
        # journey already read in this sentence needs no verb of its own.
        further = bool(out) and preps[j] and j > 0 and ks[j - 1] in onward
        if not further:
            verbs = (
                lx.destination_verbs
                if preps[j]
                else (shelter if ks[j] in shelter_preps else lx.departure_verbs)
            )
            # "نُقل ثلاثة منهم إلى": a partitive (a number and منهم) may stand
            # between the verb and its destination.
            back = 4 if _PARTITIVE.intersection(ks[max(0, j - 2) : j]) else 2
            # "توجه 4 متفرجين آخرين بأنفسهم إلى": the people who went, counted,
            # may stand between the verb and where they went.
            # (Not a departure's "من": "استقبلت المستشفيات 30 مصاباً من محافظة
            # البكيرية" is where they were hurt.)
            if preps[j] and any(k.isdigit() for k in ks[max(0, j - _MOVED_BACK + 1) : j]):
                back = _MOVED_BACK
            if not any(map(_verb, ks[max(0, j - back) : j], repeat(verbs))):
                continue
        end = _phrase_end(text, toks, j)
        out.append((toks[j].start, toks[end - 1].end))
        nxt = end
    if not border.isdisjoint(ks):
        out = sorted(out + _neighbours(text, toks, ks, lx))
    return out


_BETWEEN_WORDS = 8  # "بين مرفأ دارين وكورنيش القطيف": two names of up to a few words


def between_ends(text: str, toks: list[Token], keys: list[str]) -> list[tuple[int, int]]:
    """Spans of "بين X و Y" (between two places): the ends of a stretch
    ("امتداد الشريط الساحلي بنحو 7 كيلومترات بين مرفأ دارين وكورنيش القطيف",
    "الطريق بين البيضاء والمرج"), never where a figure happened, nor what the
    next sentences are about.  Read like destinations."""
    out: list[tuple[int, int]] = []
    for j, k in enumerate(keys):
        if k != "بين" or j + 1 >= len(toks):
            continue
        end = j + 1
        joined = False
        while end < min(len(toks), j + 1 + _BETWEEN_WORDS) and not any(
            c in text[toks[end - 1].end : toks[end].start] for c in "،,.;:"
        ):
            joined = joined or keys[end][:1] == "و"
            end += 1
        if joined and (not out or toks[j + 1].start >= out[-1][1]):
            out.append((toks[j + 1].start, toks[end - 1].end))
    return out


def mark_destinations(refs: list[Ref], spans: list[tuple[int, int]]) -> list[Ref]:
    if not spans:
        return refs
    starts = [a for a, _ in spans]  # sorted and disjoint

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < spans[k][1]

    return [attrs.evolve(r, dest=True) if inside(r.start) else r for r in refs]
