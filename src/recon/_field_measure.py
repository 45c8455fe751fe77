"""The field of a measure (a temperature, a power, a weight …) from its unit,
with the two readings its unit alone gets wrong.

* A bare "درجة" is a degree of anything: "وصلت درجات الحرارة إلى 51 درجة"
  is a temperature, "هزة بقوة 5.6 درجات" a magnitude.  It is a temperature
  only in a sentence with a word about heat (``temperature_words`` of
  ``fields.toml``); "درجة مئوية" always is.
* A measure right after a word of change ("بارتفاع 3 درجات عن المعدل",
  "بزيادة 400 ميغاواط") is the size of a change, not the measure's level:
  in one group with the level it would be judged a rival figure, so it gets
  ``<field>:change``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recon import lexicon

if TYPE_CHECKING:
    from recon.fields_ar import Sentence

__all__ = ["measure_field"]

_BARE_DEGREE = "درجة"  # the lemma of the bare noun in units.toml [nouns.celsius]
_CHANGE_REACH = 3  # words before a figure that may say it is a change ("بارتفاع قدره نحو")


def measure_field(s: Sentence, q: Any, first: int, base: str, lang: str = "ar") -> str | None:
    """The field of measure ``q`` (first token ``first``) whose unit gives
    ``base``, or None when it is no claim."""
    if base == "temperature" and q.noun == _BARE_DEGREE:
        heat = lexicon.word_set("fields", "temperature_words", lang)
        if heat.isdisjoint(s.keys):
            return None
    # The change word right before the figure, past "قدره", "بمقدار", "نحو"
    # …: "ارتفاع الحرارة إلى 50 درجة" names a level, so nothing else may stand
    # between them.
    fillers = lexicon.word_set("fields", "change_fillers", lang)
    lo = s.tok_range(s.clause_of(q.start))[0]
    k = first - 1
    while k >= max(lo, first - _CHANGE_REACH) and s.keys[k] in fillers:
        k -= 1
    if k >= lo and s.keys[k] in lexicon.word_set("fields", "change_words", lang):
        return base + ":change"
    return base
