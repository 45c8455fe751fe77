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

from functools import lru_cache
from typing import TYPE_CHECKING

from recon import lexicon
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
    """Whether the figure at token ``first`` of ``s`` is one its source denies."""
    deny, affirm, false = _words(lang)
    keys = s.keys
    for k in range(first - 1, -1, -1):
        key = keys[k][1:] if keys[k][:1] in "وف" and keys[k][1:] in deny | affirm else keys[k]
        if key in affirm:
            break
        if key in deny:
            return True
    if not false:
        return False
    heads = {p[0] for p in false}
    for k in range(first + 1, len(keys)):
        if keys[k] in heads and any(tuple(keys[k : k + len(p)]) == p for p in false):
            return True
    return False
