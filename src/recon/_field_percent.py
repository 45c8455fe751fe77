"""What a percentage is a share of, for :mod:`recon.fields_ar`: "6% من
الناتج", "نسبة تمويل الخطة 28%", "معدل التضخم … 35.7%", "83% منها" (of the
previous figure), and "بلغت نسبة النجاح في الدورة الرئيسية لامتحان
البكالوريا دورة 2025 ما قدره 37,08 بالمائة" (a share word far before it)."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from recon import lexicon
from recon._words import stems

if TYPE_CHECKING:
    from recon.entities_ar import Lex
    from recon.fields_ar import Field, Sentence

__all__ = ["percent_field"]

_SHARE_WINDOW = 16  # words from "نسبة" to its percentage


def percent_field(s: Sentence, lx: Lex, first: int, last: int, prev: Field | None) -> Field | None:
    """The field of the percentage at tokens ``[first, last]`` of ``s``
    (``prev``: the field of the figure before it in the sentence)."""
    from recon.fields_ar import _new

    nxt = s.toks[last + 1].key if last + 1 < len(s.toks) else ""
    if nxt == "من" and last + 2 < len(s.toks):
        whole = s.toks[last + 2]
        return _new(f"percent:{stems(whole.key)[-1]}", whole.text)
    if nxt in lx.of_previous and prev is not None and not prev.field.startswith("percent"):
        return _new(f"percent:{prev.field}")
    best = s.near("percent").last_before(-1, first)
    if best is not None:
        return _new(f"percent:{best.value}", s.toks[best.first].text)
    # A share word names what the next percentage is a share of however long
    # the phrase after it, up to an earlier figure (one bisection: a sentence
    # of many percentages stays linear).
    # (A figure is before word ``first`` iff it starts at or before the word
    # before it.)
    k = bisect_right(s.figures, s.toks[first - 1].start) - 1 if first else -1
    earlier = s.tok(s.figures[k]) if k >= 0 else -1
    stop = max(first - _SHARE_WINDOW, earlier, -1)
    for k in range(first - 1, stop, -1):
        if s.toks[k].key in lx.share_words and k + 1 < first:
            whole = s.toks[k + 1]
            return _new(f"percent:{stems(whole.key)[-1]}", whole.text)
    if prev is not None and prev.field.startswith("percent:"):
        return prev  # "… إلى 6% مقابل نحو 7%": the same share
    if first >= len(s.toks):
        return None  # a figure glued inside the sentence's last word ("ابج,22%")
    lo = s.tok_range(s.clause_of(s.toks[first].start))[0]
    changes = _change_words()
    if any(s.keys[k] in changes for k in range(max(lo, stop + 1), first)):
        # "سجلت الكميات تراجعا بنسبة 14,8 في المائة", "ارتفعت الأسعار بنسبة
        # 12%": how much something changed, not a share of a whole.
        return _new("percent:change")
    return None


@lru_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    """Verbs and nouns of change, both lexicons' lists, with the accusative
    nouns ("تراجعا")."""
    words = lexicon.word_set("numbers", "change_words") | lexicon.word_set("fields", "change_words")
    return words | {w + "ا" for w in words if not w.endswith("ا")}


lexicon.on_clear(_change_words.cache_clear)
