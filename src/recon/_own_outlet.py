"""An article naming its own outlet: "بوابة المنيا ترصد تفاصيل حادث قطار ملوى",
"قال مصدر طبي لـ«بوابة المنيا»".  The place inside the outlet's name is the
outlet's, never what a figure is about, quoted or not.  The outlet comes from
the document's metadata (``Source.outlet``); only a name of two words or more
is masked, since a one-word outlet ("الرياض", "عمان") is also the city it is
named after (quoted one-word outlets are ``entities.toml`` ``outlet_names``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from recon import lexicon
from recon.normalise import Normalised, normalise_key

__all__ = ["outside_own_outlet"]


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _names(outlet: str) -> list[str]:
    """The outlet's name in matching form, and that name without a first
    word of kind when another word of kind follows ("موقع إذاعة عقبة أف أم"
    is "إذاعة عقبة أف أم" in its text; "بوابة المنيا" stays whole)."""
    # "وكالة الأطلس للأنباء (Atlas News Agency, wire)": the Arabic name before
    # the gloss.
    name = normalise_key(outlet.split("(", 1)[0])
    if len(name.split()) < 2 or not any(_is_arabic(ch) for ch in name):
        return []
    kinds = lexicon.word_set("entities", "outlet_kinds")
    words = name.split()
    out = [name]
    while len(words) > 2 and words[0] in kinds and words[1] in kinds:
        words = words[1:]
        out.append(" ".join(words))
    return out


def _spans(match: Normalised, name: str) -> list[tuple[int, int]]:
    text = match.text
    out = []
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        # The whole name: "بوابة المنيا" is not the start of "بوابة المنياوي".
        if end >= len(text) or not (text[end].isalnum()):
            out.append(match.span(i, end))
        i = text.find(name, end)
    return out


def outside_own_outlet(mentions: Sequence[Any], match: Normalised, outlet: str | None) -> list[Any]:
    """``mentions`` (gazetteer names with original ``start``/``end``) less
    those inside the document's own outlet name in ``match`` (the
    document's matching form)."""
    spans = [sp for name in (_names(outlet) if outlet else []) for sp in _spans(match, name)]
    if not spans:
        return list(mentions)
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
