"""Figures a source denies, for :mod:`recon.fields_ar`.

"ونفت مديرية الصحة ما تداولته مواقع التواصل عن وفاة 5 أطفال" reports a
rumour its speaker says is false: the five deaths are nobody's claim, and
as a claim they would be put in the ministry's mouth.  A figure is denied
when a verb of denying stands before it in its sentence with no verb of
affirming between them ("نفى الجيش مقتل 5 جنود، وأكد مقتل اثنين": the two
stand), or when a phrase calling the report false follows it in its
sentence ("… عن وفاة 5 أطفال، مؤكدة أن الأنباء عارية عن الصحة").  The words
are ``fields.toml`` ``[denial]``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from recon import lexicon
from recon._words import listed
from recon.normalise import normalise_key

if TYPE_CHECKING:
    from recon.fields_ar import Sentence

__all__ = ["denied"]


@lru_cache(maxsize=4)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """(verbs of denying, verbs of affirming, phrases calling a report false)."""
    d = lexicon.load("fields", lang).get("denial", {})

    def keys(name: str) -> frozenset[str]:
        return frozenset(normalise_key(str(w)) for w in d.get(name, []))

    false = tuple(
        tuple(normalise_key(w) for w in str(p).split()) for p in d.get("called_false", [])
    )
    return keys("deny"), keys("affirm"), false


lexicon.on_clear(_words.cache_clear)


def denied(s: Sentence, first: int, lang: str = "ar") -> bool:
    """Whether the figure at token ``first`` of ``s`` is one its source denies.
    The sentence is read once (:func:`_index`); each figure then costs a
    binary search, so a sentence of thousands of figures stays linear."""
    index = s.memo.get("denial")
    if index is None:
        index = s.memo["denial"] = _index(s, lang)
    marks, denies, last_false = index
    k = bisect_left(marks, first) - 1  # the last verb of denying or affirming before it
    return (k >= 0 and denies[k]) or last_false > first


def _index(s: Sentence, lang: str) -> tuple[list[int], list[bool], int]:
    """(the tokens of the sentence's verbs of denying or affirming, in order;
    which of them deny; the first token of its last phrase calling a report
    false, or -1)."""
    deny, affirm, false = _words(lang)
    either = deny | affirm
    marks: list[int] = []
    denies: list[bool] = []
    heads = {p[0] for p in false}
    last_false = -1
    keys = s.keys
    for k, key in enumerate(keys):
        verb = listed(key, either)  # "ونفت" as "نفت"
        if verb is not None:
            marks.append(k)
            denies.append(verb in deny)
        if key in heads and any(tuple(keys[k : k + len(p)]) == p for p in false):
            last_false = k
    return marks, denies, last_false
