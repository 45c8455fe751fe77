"""The field of an amount of money (:func:`money_field`: what it values, per
whom), with amounts per head, amounts restated in another currency and
amounts given in apposition to what they value, for :mod:`recon.fields_ar`.

"صرف 100 ألف جنيه لأسرة كل متوفى، و20 ألف جنيه لكل مصاب": two amounts of
one scheme, per dead and per injured, which in one group would be judged
rival figures.  An amount followed by a per word ("لكل", "كل", from
``fields.toml`` ``per_words``) and a casualty noun gets ``:per_<field>``
(``money:per_killed``).  And "100 ألف جنيه (نحو ألفي دولار)" gives one amount
twice: the one in brackets right after another amount is its conversion,
not a claim.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon._nearest import Near
from recon._words import listed

if TYPE_CHECKING:
    from recon.entities_ar import Lex
    from recon.fields_ar import Field, Sentence

__all__ = ["is_conversion", "money_field", "per_head", "per_unit", "value_apposition"]

_PER_REACH = 3  # words after an amount (or its bracketed conversion) to the per word
_BRACKET = 40  # characters of a bracketed conversion after an amount
# The casualty nouns a per word may be followed by ("لكل مصاب", "لذوي كل
# متوفى"), as the field they count; per family or per house is left alone.
_CASUALTY = {"killed": "killed", "injured": "injured", "casualty": "injured", "missing": "missing"}
# A bracket of at most _BRACKET characters.
_BRACKETED = re.compile(rf"\s*\([^()]{{0,{_BRACKET}}}\)")


@lru_cache(maxsize=4)
def _opener(lang: str) -> re.Pattern[str]:
    hedges = "|".join(
        re.escape(str(w)) for w in lexicon.load("fields", lang).get("conversion_words", [])
    )
    return re.compile(r"\s*\(\s*(?:(?:" + hedges + r")\s+)*$" if hedges else r"\s*\(\s*$")


lexicon.on_clear(_opener.cache_clear)


def value_apposition(s: Sentence, lo: int, lang: str = "ar") -> tuple[int, int] | None:
    """The tokens of the clause before, when the clause starting at token
    ``lo`` only gives the value of what that one named ("منحة الكويت لدعم
    غزة، البالغة خمسة ملايين دولار"): there the valued thing is read."""
    if (
        lo <= 0
        or lo >= len(s.toks)
        or s.toks[lo].key not in lexicon.word_set("fields", "value_appositions", lang)
    ):
        return None
    before = s.clause_of(s.toks[lo - 1].start)
    return s.tok_range(before)


def is_conversion(text: str, prev_end: int, start: int, prev: Any, lang: str = "ar") -> bool:
    """Whether the amount at ``start`` is in brackets right after another
    amount ending at ``prev_end`` ("100 ألف جنيه (نحو ألفي دولار)")."""
    if prev is None or not prev.field.startswith("money") or start - prev_end > _BRACKET:
        return False
    return _opener(lang).fullmatch(text, prev_end, start) is not None


def per_head(text: str, end: int, s: Sentence, lx: Lex, lang: str = "ar") -> str | None:
    """``per_<what>`` when the amount ending at ``end`` is given per person or
    thing ("لكل مصاب", "لأسرة كل متوفى", "لكل أسرة"), else None."""
    per = lexicon.word_set("fields", "per_words", lang)
    if not per:
        return None
    j = end
    m = _BRACKETED.match(text, end, end + _BRACKET + 4)
    if m is not None:
        j = m.end()  # past "(نحو ألفي دولار)"
    hi = s.tok_range(s.clause_of(end - 1))[1]
    at = s.tok(j)
    for k in range(at, min(hi - 1, at + _PER_REACH)):
        if s.toks[k].key not in per:
            continue
        noun = lx.nouns.match_at(s.toks, k + 1)
        kind = None if noun is None else _CASUALTY.get(noun.value)
        return None if kind is None else "per_" + kind
    return None


_UNIT_REACH = 8  # words from "الفدان الواحد" to the amount it prices
_ONE = frozenset({"الواحد", "الواحده"})  # key forms of "الواحد", "الواحدة"


def per_unit(s: Sentence, first: int, lo: int) -> str | None:
    """``per_<unit>`` when the amount at token ``first`` is the price or cost
    of one unit of something named before it in its clause ("تكلفة إنتاج
    الفدان الواحد وصلت إلى نحو 180 ألف جنيه": ``per_فدان``; "سعر القنطار",
    "سعر تنكة الزيت"): a unit price, never a total of the story, and never
    the price of another unit."""
    keys = s.keys
    back = range(max(lo + 1, first - _UNIT_REACH), first)
    for k in back:
        if keys[k] in _ONE and keys[k - 1].startswith("ال"):
            return "per_" + keys[k - 1][2:]
    prices = lexicon.word_set("fields", "price_words")
    units = lexicon.word_set("fields", "container_nouns") | lexicon.word_set(
        "fields", "priced_units"
    )
    for k in back:
        if keys[k - 1] in prices and (unit := listed(keys[k], units, article=True)) is not None:
            return "per_" + unit
    return None


def money_field(
    text: str,
    q: Any,
    s: Sentence,
    lx: Lex,
    *,
    at: tuple[int, int, int],
    prev_end: int,
    prev: Field | None,
) -> Field | None:
    """The field of an amount of money (first token, clause bounds ``at``):
    what it values, per whom, or None for a rate or a conversion."""
    from recon.fields_ar import Field

    first, lo, hi = at
    last = s.tok(q.end) - 1
    if last + 1 < len(s.toks) and lx.rates.match_at(s.toks, last + 1) is not None:
        return None  # "49.5 جنيه للدولار" is an exchange rate
    if is_conversion(text, prev_end, q.start, prev):
        return None  # "100 ألف جنيه (نحو ألفي دولار)": the same amount again
    obj = _nearest(s.near("money"), lo, hi, first)
    app = value_apposition(s, lo) if obj is None else None
    if app is not None:
        obj = _nearest(s.near("money"), app[0], app[1], first)  # "منحة X، البالغة 5 ملايين"
    per = per_head(text, q.end, s, lx) or per_unit(s, first, lo)
    name = "money" if obj is None else f"money:{obj.value}"
    name = name if per is None else f"{name}:{per}"
    if obj is None:
        return Field(name)
    return Field(name, text[s.toks[obj.first].start : s.toks[obj.last].end])


def _nearest(near: Near[Any], lo: int, hi: int, at: int) -> Any | None:
    """The match among tokens ``[lo, hi)`` nearest to token ``at`` (the
    earlier-listed one on a tie)."""
    r = near.nearest(lo, hi, at)
    return None if r is None else near.items[r[1]]
