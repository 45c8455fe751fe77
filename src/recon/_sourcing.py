"""Where a figure's source works is not what the figure is about.

"قال مصدر طبي بمديرية الصحة في الإسكندرية إن …", "مصدر في مستشفى معان
الحكومي", "مصدر من السلطة المحلية بإقليم جرادة": the office after an unnamed
source and its preposition, and the places naming that office, say where the
source sits, so that a reader can weigh it.  A place right after the
preposition ("مسؤولون في مدينة حلب") is not an office and stays.  They never own a
figure (the article's story does), so :class:`recon.entities_ar.DocContext`
drops the candidates inside these spans.  Words come from ``entities.toml``
(``source_persons``, ``office_prepositions``, ``office_heads``, ``office_stops``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from recon import lexicon
from recon._locate import Ref
from recon.sentences import Token

if TYPE_CHECKING:
    from recon.entities_ar import Lex

__all__ = ["according_to", "source_offices", "without"]

_ADJECTIVES = 2  # "مصدر طبي رفيع": words describing the source before its preposition
_ACCORDING = 6  # "وفق ما أكده مركز بنغازي الطبي": the opener, a verb, the source
_OFFICE = 7  # words of the office phrase ("بمديرية الصحة في محافظة الإسكندرية")


def source_offices(
    text: str, toks: list[Token], keys: Sequence[str], lx: Lex
) -> list[tuple[int, int]]:
    """Spans of the office phrases of unnamed sources in a sentence."""
    out: list[tuple[int, int]] = []
    n = len(toks)
    for i, k in enumerate(keys):
        if k not in lx.source_persons:
            continue
        start = None
        for j in range(i + 1, min(n, i + 2 + _ADJECTIVES)):
            if _punct(text, toks[j - 1], toks[j]):
                break
            kj = keys[j]
            if kj in lx.office_preps:
                # "مصدر في مستشفى X": an office; "مسؤولون في مدينة حلب" is a place, kept
                if j + 1 < n and _head(keys[j + 1]) in lx.office_heads:
                    start = j
                break
            if kj[:1] == "ب" and _head(kj[1:]) in lx.office_heads:
                start = j  # "بمديرية الصحة", "بالسلطة المحلية"
                break
        if start is None:
            continue
        end = start
        while end + 1 < n and end + 1 - start < _OFFICE:
            nxt = keys[end + 1]
            if _punct(text, toks[end], toks[end + 1]) or nxt in lx.office_stops:
                break
            if lx.triggers.match_at(toks, end + 1) is not None:
                break  # "مصادر طبية في مصر بإصابة عمال": what happened, not the office
            end += 1
        out.append((toks[start].start, toks[end].end))
    return out


def according_to(text: str, toks: list[Token], keys: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of "according to" phrases ("وفق ما أكده مركز بنغازي الطبي",
    "بحسب مستشفى الرازي"): the facility that says a figure is its source,
    not where the figure happened (``according_openers`` of entities.toml)."""
    openers = lexicon.word_set("entities", "according_openers")
    out: list[tuple[int, int]] = []
    n = len(toks)
    for i, k in enumerate(keys):
        if k not in openers:
            continue
        end = i
        while (
            end + 1 < n and end + 1 - i < _ACCORDING and not _punct(text, toks[end], toks[end + 1])
        ):
            end += 1
        out.append((toks[i].start, toks[end].end))
    return out


def _head(key: str) -> str:
    return key[2:] if key.startswith("ال") else key


def _punct(text: str, a: Token, b: Token) -> bool:
    return any(c in text[a.end : b.start] for c in '،,.;:«»"()')


def without(refs: list[Ref], spans: list[tuple[int, int]]) -> list[Ref]:
    """``refs`` minus those starting inside one of ``spans``; a country stays
    ("مصادر طبية في مصر": the country is the story's as much as the source's)."""
    if not spans:
        return refs
    return [r for r in refs if r.kind == "country" or not any(a <= r.start < b for a, b in spans)]
