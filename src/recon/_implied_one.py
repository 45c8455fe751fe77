"""One person told by a singular noun: "وفاة شخص وإصابة 12 آخرين".

Arabic news counts a single victim with the noun alone: "أسفر الحادث عن
مقتل شخص", "وفاة طفل", "إصابة جندي".  Another outlet writes "قتيل واحد" or
"شخص واحد", which the number parser reads as 1, so the two meet only if the
bare noun is read as a figure too.  Only a word of harm or arrest right
before a singular, indefinite person noun counts (``fields.toml``
``[implied_one]``): "وفاة الطفل" names someone already counted, and "إصابة
شخصين" or "مقتل شخص واحد" carry their own number.

One regular expression of literal words finds the candidates (linear in the
text, no backtracking); the words after each are checked in Python.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate

from recon import lexicon
from recon.model import Quantity
from recon.normalise import Normalised, normalise_key
from recon.numbers import QuantityMatch

__all__ = ["implied_ones"]

_WORD = re.compile(r"[^\s،,.:;؛!؟?\"'«»()]+")


def _pattern(word: str) -> str:
    # Hamza and taa marbuta as outlets write them, or not.
    out = []
    for ch in word:
        if ch in "أإآا":
            out.append("[أإآا]")
        elif ch in "ةه":
            out.append("[ةه]")
        elif ch in "يى":
            out.append("[يى]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@lru_cache(maxsize=2)
def _tables(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    """(the triggers' expression, noun key → lemma, number words after a noun)."""
    t = lexicon.load("fields", lang).get("implied_one", {})
    triggers = sorted({str(w) for w in t.get("triggers", [])}, key=len, reverse=True)
    nouns = {normalise_key(str(w)): str(w) for w in t.get("nouns", [])}
    numbers = frozenset(normalise_key(str(w)) for w in t.get("number_words", []))
    if not triggers or not nouns:
        return None, nouns, numbers
    alt = "|".join(_pattern(w) for w in triggers)
    # A trigger as a whole word (with و/ف glued), then the next word.
    rx = re.compile(rf"(?<![^\s(«\"'،,])[وف]?(?:{alt})[ \t]+(?=[^\s])")
    return rx, nouns, numbers


lexicon.on_clear(_tables.cache_clear)


@lru_cache(maxsize=2)
def _alone_tables(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    """(the lone casualty nouns' expression, noun key → lemma, the keys of
    the casualty nouns a lone one stands beside)."""
    t = lexicon.load("fields", lang)
    alone = [str(w) for w in t.get("implied_one", {}).get("alone", [])]
    nouns = t.get("nouns", {})
    beside = frozenset(
        normalise_key(str(w))
        for kind in ("killed", "injured", "casualty", "missing")
        for w in nouns.get(kind, [])
    )
    if not alone:
        return None, {}, beside
    alt = "|".join(_pattern(w) for w in sorted(alone, key=len, reverse=True))
    rx = re.compile(rf"(?<![^\s(«\"'،,])(و?)({alt})(?![^\s،,.:;؛!؟?\"'«»()])")
    return rx, {normalise_key(w): w for w in alone}, beside


lexicon.on_clear(_alone_tables.cache_clear)


def _overlaps(figures: Sequence[QuantityMatch]) -> Callable[[int, int], bool]:
    """Whether ``[start, end)`` overlaps one of ``figures``: a binary search
    over their starts and the furthest end so far, not a pass per candidate."""
    spans = sorted((q.start, q.end) for q in figures)
    starts = [s for s, _ in spans]
    furthest = list(accumulate((e for _, e in spans), max))

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end) - 1
        return k >= 0 and furthest[k] > start

    return overlaps


def implied_ones(
    norm: Normalised, lang: str = "ar", *, beside: Sequence[QuantityMatch] = ()
) -> list[QuantityMatch]:
    """Every singular person noun right after a word of harm or arrest in
    ``norm`` (a document's normalised text), as a figure of one person; none
    that overlaps one of the figures ``beside`` (read by the number parser)."""
    rx, nouns, numbers = _tables(lang)
    if rx is None:
        return []
    text = norm.text
    overlaps = _overlaps(beside)
    out: list[QuantityMatch] = []
    for m in rx.finditer(text):
        w = _WORD.match(text, m.end())
        if w is None:
            continue
        lemma = nouns.get(normalise_key(w.group()))
        if lemma is None:
            continue
        nxt = _WORD.search(text, w.end(), min(len(text), w.end() + 40))
        if nxt is not None and text[w.end() : nxt.start()].strip() == "":
            key = normalise_key(nxt.group())
            if key in numbers or key[:1].isdigit():
                continue  # "مقتل شخص واحد": the number parser's
        start, end = norm.span(w.start(), w.end())
        if overlaps(start, end):
            continue
        out.append(_one(norm, start, end, lemma))
    return sorted(out + _alone(norm, lang, overlaps), key=lambda q: q.start)


def _alone(
    norm: Normalised, lang: str, overlaps: Callable[[int, int], bool]
) -> list[QuantityMatch]:
    """A singular casualty noun standing alone beside another count of
    casualties is one: "قتيل و3 جرحى", "3 قتلى وجريح", "7 مصابين وقتيل"."""
    rx, lemmas, beside = _alone_tables(lang)
    if rx is None:
        return []
    text = norm.text
    out: list[QuantityMatch] = []
    for m in rx.finditer(text):
        before = text[max(0, m.start() - _BACK) : m.start()].rstrip(" \t")
        found = _WORD.findall(before)
        words = [normalise_key(w) for w in found]
        if m.group(1):
            # "وجريح": right after a casualty noun ("3 قتلى وجريح").
            if not words or not before.endswith(found[-1]):
                continue
            if words[-1] not in beside or (len(words) > 1 and words[-2] in _EACH):
                continue
        else:
            # "قتيل و3 جرحى", "قتيل وجريحان": before "و" and another count.
            nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            if nxt is None or (words and words[-1] in _EACH):
                continue  # "لكل قتيل وجريح": each one, no count
            key = normalise_key(nxt.group())
            if not (key.startswith("و") and (key[1:2].isdigit() or _casualty(key[1:], beside))):
                continue
        start, end = norm.span(m.start(2), m.end(2))
        if not overlaps(start, end):
            out.append(_one(norm, start, end, lemmas[normalise_key(m.group(2))]))
    return out


_BACK = 40  # characters looked back for the casualty noun before a lone one
_EACH = frozenset({"كل", "لكل", "ولكل", "بكل", "وكل"})
_DUAL = ("ان", "ين")


def _casualty(key: str, beside: frozenset[str]) -> bool:
    """Whether ``key`` is a casualty noun, or the dual of one ("جريحان")."""
    return key in beside or any(key.endswith(d) and key[: -len(d)] in beside for d in _DUAL)


def _one(norm: Normalised, start: int, end: int, lemma: str) -> QuantityMatch:
    """A figure of one person at original ``[start, end)``, counted by ``lemma``."""
    return QuantityMatch(
        start=start,
        end=end,
        quantity=Quantity(value=1, unit="person", raw=norm.original[start:end]),
        number_start=start,
        number_end=end,
        noun=lemma,
        noun_start=start,
        noun_end=end,
    )
