"""One person told by a singular noun: "وفاة شخص وإصابة 12 آخرين"; and one
unit of time told by its noun alone: "لمدة شهر".

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

import attrs

from recon import lexicon
from recon.model import Qualifier, Quantity
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


@lru_cache(maxsize=2)
def _span_tables(lang: str) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
    """(the span words' and hedges' expression with a time unit after, unit
    key → (lemma, unit code)); a hedge is the expression's first group."""
    t = lexicon.load("fields", lang).get("implied_one", {})
    spans = [str(w) for w in t.get("span_words", [])]
    hedges = [str(w) for w in t.get("span_hedges", [])] or ["(?!)"]
    units = {str(k): str(v) for k, v in t.get("time_units", {}).items()}
    if not spans or not units:
        return None, {}

    def alt(words: list[str]) -> str:
        return "|".join(_pattern(w) for w in sorted(words, key=len, reverse=True))

    rx = re.compile(
        rf"(?<![^\s(«\"'،,])[وف]?(?:({alt(hedges)})|{alt(spans)})[ \t]+({alt(list(units))})"
        r"(?![^\s،,.:;؛!؟?\"'«»()])"
    )
    return rx, {normalise_key(w): (w, u) for w, u in units.items()}


lexicon.on_clear(_span_tables.cache_clear)


@lru_cache(maxsize=2)
def _after_hedges(lang: str) -> tuple[tuple[str, Qualifier], ...]:
    """The hedges said after a figure ("على الأقل", "تقريباً"), in matching
    form, longest first, with the qualifier each gives."""
    q = lexicon.load("qualifiers", lang)
    kinds = {"approx": Qualifier.APPROX, "at_least": Qualifier.AT_LEAST}
    found = {normalise_key(str(w)): kinds[k] for k in kinds for w in q.get(k, {}).get("after", [])}
    return tuple(sorted(found.items(), key=lambda t: -len(t[0])))


lexicon.on_clear(_after_hedges.cache_clear)


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
    out += _alone(norm, lang, overlaps)
    out += _lone_units(norm, lang, overlaps)
    return sorted(out, key=lambda q: q.start)


def _lone_units(
    norm: Normalised, lang: str, overlaps: Callable[[int, int], bool]
) -> list[QuantityMatch]:
    """One unit of time told by its noun alone after a word of span:
    "لمدة شهر" is one month, as another outlet's "لمدة 30 يوما"."""
    rx, units = _span_tables(lang)
    if rx is None:
        return []
    text = norm.text
    out: list[QuantityMatch] = []
    for m in rx.finditer(text):
        nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        if nxt is not None and nxt.group().startswith("و") and nxt.group()[1:2].isdigit():
            continue  # "لمدة شهر و10 أيام": a sum the parser reads in part
        start, end = norm.span(m.start(2), m.end(2))
        if overlaps(start, end):
            continue  # "لمدة شهر واحد", "لمدة شهر ونصف": the parser's
        lemma, unit = units[normalise_key(m.group(2))]
        one = _one(norm, start, end, lemma, unit)
        if m.group(1):  # "نحو شهر": about one, from the hedge on
            h = norm.span(m.start(1), m.end(1))[0]
            q = attrs.evolve(one.quantity, qualifier=Qualifier.APPROX, raw=norm.original[h:end])
            one = attrs.evolve(one, start=h, quantity=q)
        else:  # "لمدة أسبوع على الأقل"
            rest = normalise_key(text[m.end() + 1 : m.end() + 1 + _HEDGE_CHARS])
            qual = next((k for w, k in _after_hedges(lang) if rest.startswith(w)), None)
            if qual is not None:
                one = attrs.evolve(one, quantity=attrs.evolve(one.quantity, qualifier=qual))
        out.append(one)
    return out


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
_HEDGE_CHARS = 20  # characters after a lone unit read for its hedge
_EACH = frozenset({"كل", "لكل", "ولكل", "بكل", "وكل"})
_DUAL = ("ان", "ين")


def _casualty(key: str, beside: frozenset[str]) -> bool:
    """Whether ``key`` is a casualty noun, or the dual of one ("جريحان")."""
    return key in beside or any(key.endswith(d) and key[: -len(d)] in beside for d in _DUAL)


def _one(norm: Normalised, start: int, end: int, lemma: str, unit: str = "person") -> QuantityMatch:
    """A figure of one ``unit`` at original ``[start, end)``, counted by ``lemma``."""
    return QuantityMatch(
        start=start,
        end=end,
        quantity=Quantity(value=1, unit=unit, raw=norm.original[start:end]),
        number_start=start,
        number_end=end,
        noun=lemma,
        noun_start=start,
        noun_end=end,
    )
