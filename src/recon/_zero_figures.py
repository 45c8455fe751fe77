"""No one of a kind, said in words: "دون تسجيل إصابات" is 0 injured.

An outlet that writes "من دون أن تسفر عن إصابات" or "دون تسجيل خسائر
بشرية" makes a claim as much as one that writes "أسفر عن 3 إصابات": read as a
figure of 0 of its field, it meets the other outlet's 3 as a conflict.  Only
the tight phrase is read (``fields.toml`` ``[zero_figures]``): a word of
absence, at most one word of recording ("تسجيل", "وقوع"), an optional "أي",
and a noun of the kind ending the phrase or followed by "بشرية".  "دون
إصابات خطيرة" (none serious) is no zero: a word of grade after the noun
stops it.

One regular expression of literal words (linear in the text, no
backtracking) finds the phrases in the document's normalised text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from recon import lexicon
from recon._implied_one import _pattern
from recon.model import Quantity
from recon.normalise import Normalised, normalise_key
from recon.numbers import QuantityMatch

__all__ = ["zero_figures"]

_FIELDS = ("killed", "injured")
_STOP = r"(?=$|[\s،,.:;؛!؟?\"'«»()])"


@lru_cache(maxsize=2)
def _tables(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """(the phrases' expression, noun key → field)."""
    t = lexicon.load("fields", lang).get("zero_figures", {})
    nouns = {normalise_key(str(w)): f for f in _FIELDS for w in t.get(f, [])}
    absent = [str(w) for w in t.get("absent", [])]
    if not nouns or not absent:
        return None, {}

    def alt(words: list[str]) -> str:
        return "|".join(_pattern(w) for w in sorted(set(words), key=len, reverse=True))

    rec = [str(w) for w in t.get("recording", [])] or ["(?!)"]
    noun_words = [str(w) for f in _FIELDS for w in t.get(f, [])]
    resulted = [str(w) for w in t.get("resulted_in", [])] or ["(?!)"]
    graded = [str(w) for w in t.get("graded", [])] or ["(?!)"]
    # "لم يسفر الحادث عن": the verb's subject, three words at most, before "عن".
    opener = rf"(?:{alt(absent)}|(?:{alt(resulted)})(?:[ \t]+[^\s،,.:;؛!؟?]+){{0,3}}[ \t]+عن)"
    rx = re.compile(
        rf"(?<![^\s(«\"'،,])[و]?{opener}[ \t]+(?:(?:{alt(rec)})[ \t]+)?(?:[أا]ي[ \t]+)?"
        rf"((?:{alt(noun_words)}))(?:[ \t]+بشري[ةه])?{_STOP}(?![ \t]+(?:{alt(graded)}))"
    )
    return rx, nouns


lexicon.on_clear(_tables.cache_clear)


def zero_figures(norm: Normalised, lang: str = "ar") -> list[QuantityMatch]:
    """Every "no one of a kind" phrase in ``norm`` (a document's normalised
    text), as a figure of 0 people of its field."""
    rx, nouns = _tables(lang)
    if rx is None:
        return []
    text = norm.text
    out: list[QuantityMatch] = []
    for m in rx.finditer(text):
        field = nouns.get(normalise_key(m.group(1)))
        if field is None:
            continue
        start, end = norm.span(m.start(), m.end())
        n_start, n_end = norm.span(m.start(1), m.end(1))
        out.append(
            QuantityMatch(
                start=start,
                end=end,
                quantity=Quantity(value=0, unit="person", raw=norm.original[start:end]),
                number_start=start,
                number_end=end,
                noun=m.group(1),
                noun_start=n_start,
                noun_end=n_end,
                field=field,
            )
        )
    return out
