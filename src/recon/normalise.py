"""Arabic text normalisation that remembers where every character came from.

Extraction and linking match against a *normalised* text (diacritics and
tatweel gone, one alef, one kind of digit, …) but every claim's span must
point into the *original* text.  :func:`normalise` therefore returns the
normalised string together with, for each of its characters, the offset of
the original character it came from.

Two strengths exist: the default keeps ة and ى (they carry grammar the number
parser needs: ثلاثة vs ثلاث); ``for_matching=True`` also folds ة→ه and ى→ي,
which is what names are compared with.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs

__all__ = ["Normalised", "fold_digits", "key_set", "matching", "normalise", "normalise_key"]

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
_DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + [chr(c) for c in range(0x0610, 0x061B)]
)
_TATWEEL = "\u0640"
# Bidi controls and zero-width characters: invisible, but they split words.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u2060\ufeff\u061c\u00ad"
)
_ALEFS = {"\u0622": "ا", "\u0623": "ا", "\u0625": "ا", "\u0671": "ا", "\u0672": "ا", "\u0673": "ا"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
_PUNCT = {
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u060c": "،",  # keep the Arabic comma as is (it is never a thousands separator)
    "\u066a": "%",  # Arabic percent sign
    "\u2212": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
}
_MATCHING = {"ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}


@attrs.frozen
class Normalised:
    """A normalised text and, per character, its offset in the original."""

    text: str
    offsets: Sequence[int] = attrs.field(eq=False, repr=False)
    original: str = attrs.field(repr=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` in :attr:`text` back to the original text.

        The result always covers at least one character and never leaves the
        original (``0 <= s < e <= len(original)``).
        """
        n = len(self.text)
        if not n:
            return 0, 0
        # Clamped with comparisons rather than min/max calls: every figure,
        # date and name found maps its spans back through here.
        start = 0 if start < 0 else (start if start < n else n - 1)
        end = start + 1 if end <= start else (end if end < n else n)
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1
        # An NFKC expansion can map several characters to one original one;
        # extend over the whole original character cluster it came from.
        return s, (e if e > s else s + 1)


@lru_cache(maxsize=4096)
def _fold_char(ch: str, for_matching: bool) -> str:
    if ch in _DIACRITICS or ch == _TATWEEL or ch in _INVISIBLE:
        return ""
    if ch in _PUNCT:
        return _PUNCT[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c in _DIACRITICS or c == _TATWEEL or c in _INVISIBLE:
            continue
        c = _ALEFS.get(c, c)
        c = _DIGITS.get(c, c)
        if for_matching:
            c = _MATCHING.get(c, c)
            c = c.casefold()
        if len(c) == 1 and unicodedata.category(c) == "Zs":
            c = " "
        out.append(c)
    return "".join(out)


def normalise(text: str, *, for_matching: bool = False) -> Normalised:
    """Normalise Arabic ``text`` and keep a map back to original offsets.

    NFKC; diacritics, tatweel, bidi and zero-width characters removed; alef
    forms (أ إ آ ٱ) folded to ا; Arabic-Indic and Persian digits to ASCII; the
    Arabic decimal (٫) and thousands (٬) separators to ``.`` and ``,``.
    With ``for_matching``, also ة→ه, ى→ي, ؤ→و, ئ→ي and case-folding.
    """
    fast = _fast(text, for_matching)
    if fast is not None:
        return fast
    if "\n" not in text:
        return _slow_normalise(text, for_matching)
    # One odd character should not send a whole article down the slow path:
    # normalise line by line and stitch the offsets together.
    parts: list[str] = []
    offsets = array("q")
    base = 0
    for line in text.splitlines(keepends=True):
        n = _fast(line, for_matching) or _slow_normalise(line, for_matching)
        parts.append(n.text)
        offsets.extend(base + o for o in n.offsets)
        base += len(line)
    return Normalised("".join(parts), offsets, text)


# Every space separator (category Zs) that NFKC leaves alone.
_ZS = "\u1680"
_BASE_TABLE: dict[int, str | None] = {
    **{ord(c): None for c in _DIACRITICS | _INVISIBLE | {_TATWEEL}},
    **{ord(k): v for k, v in _ALEFS.items()},
    **{ord(k): v for k, v in _DIGITS.items()},
    **{ord(k): v for k, v in _PUNCT.items()},
    **{ord(c): " " for c in _ZS},
}
_TABLES = {
    False: _BASE_TABLE,
    True: {**_BASE_TABLE, **{ord(k): v for k, v in _MATCHING.items()}},
}
# Only the characters a table really changes (the Arabic comma maps to
# itself) are looked for.  str.translate looks every character up in a dict
# and a regex substitution calls back into Python per hit; finding which of
# them a text holds (one C-level scan) and replacing each with str.replace
# is several times faster on Arabic text.
_CHANGE_RE = {
    fm: re.compile(
        "[" + re.escape("".join(sorted(chr(k) for k, v in table.items() if v != chr(k)))) + "]"
    )
    for fm, table in _TABLES.items()
}
_REPLACEMENT = {fm: {chr(k): v or "" for k, v in table.items()} for fm, table in _TABLES.items()}
_PUNCT_CHANGES = {k: v for k, v in _PUNCT.items() if k != v}
_PUNCT_RE = re.compile("[" + re.escape("".join(sorted(_PUNCT_CHANGES))) + "]")
_DELETED = frozenset(_DIACRITICS | _INVISIBLE | {_TATWEEL})
_DELETED_RE = re.compile("[" + re.escape("".join(sorted(_DELETED))) + "]")
# Replacing one character at a time equals one simultaneous substitution
# only if no replacement holds a character that is itself replaced.
assert not any(
    c in _REPLACEMENT[fm] and _REPLACEMENT[fm][c] != c
    for fm in _REPLACEMENT
    for v in _REPLACEMENT[fm].values()
    for c in v
)
assert not any(c in _PUNCT_CHANGES for v in _PUNCT_CHANGES.values() for c in v)


def _replace_each(text: str, found: Iterable[str], repl: dict[str, str]) -> str:
    for c in set(found):
        text = text.replace(c, repl[c])
    return text


def _fast(text: str, for_matching: bool) -> Normalised | None:
    """The same result as the per-character path, for text already in NFKC.

    News text almost always is; then every character maps on its own, and
    a few C-level scans and replacements do the work.
    """
    # The reference maps these one-to-one before NFKC (no-break spaces are
    # common in scraped pages), so mapping them first keeps both paths equal.
    pre = _replace_each(text, _PUNCT_RE.findall(text), _PUNCT_CHANGES)
    if not unicodedata.is_normalized("NFKC", pre):
        return None
    changed = set(_CHANGE_RE[for_matching].findall(pre))
    out = _replace_each(pre, changed, _REPLACEMENT[for_matching])
    if for_matching:
        folded = out.casefold()
        if len(folded) != len(out):  # ß → ss: lengths drift, take the slow path
            return None
        out = folded
    # Mapping punctuation first never makes or removes a deleted character.
    deleted = [m.start() for m in _DELETED_RE.finditer(text)] if changed & _DELETED else []
    if len(out) + len(deleted) != len(text):  # pragma: no cover - defensive
        return None
    offsets: Sequence[int]
    if not deleted:
        offsets = range(len(text))
    else:
        import numpy as np

        keep = np.ones(len(text), dtype=bool)
        keep[deleted] = False
        offsets = array("q")
        offsets.frombytes(np.flatnonzero(keep).astype(np.int64).tobytes())
    return Normalised(out, offsets, text)


def _slow_normalise(text: str, for_matching: bool = False) -> Normalised:
    """The per-character reference implementation (used for non-NFKC text)."""
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(text):
        if ch < "\u0080" and not for_matching:
            out.append(ch)
            offs.append(i)
            continue
        for c in _fold_char(ch, for_matching):
            out.append(c)
            offs.append(i)
    return Normalised("".join(out), tuple(offs), text)


def matching(norm: Normalised) -> Normalised:
    """``normalise(norm.original, for_matching=True)`` from ``norm``, the
    default normalisation of the same text.

    Matching only folds four letters and the case on top of the default
    form, character for character, so the offsets carry over: a few C-level
    passes instead of normalising again.  When case folding changes the
    length (ß → ss) the text is normalised anew.
    """
    text = norm.text
    for a, b in _MATCHING.items():
        text = text.replace(a, b)
    folded = text.casefold()
    if len(folded) != len(text):
        return normalise(norm.original, for_matching=True)
    return Normalised(folded, norm.offsets, norm.original)


# The one-for-one steps of _fast() as translation tables, for a word: on a
# few characters a table look-up per character beats its scans.
_PUNCT_TABLE = str.maketrans(_PUNCT_CHANGES)
_MATCHING_TABLE = str.maketrans(_REPLACEMENT[True])


@lru_cache(maxsize=1 << 16)
def normalise_key(text: str) -> str:
    """The matching form of ``text`` (``for_matching``), spaces collapsed.

    Cached: extraction keys every word of an article, and words repeat.
    """
    # _fast()'s steps without the offsets: the punctuation mapped, then (on
    # text in NFKC) every other replacement at once, then case folding.
    pre = text.translate(_PUNCT_TABLE)
    if unicodedata.is_normalized("NFKC", pre):
        out = pre.translate(_MATCHING_TABLE)
        folded = out.casefold()
        if len(folded) == len(out):
            return " ".join(folded.split())
    return " ".join(normalise(text, for_matching=True).text.split())


def key_set(words: Iterable[str]) -> frozenset[str]:
    """The matching keys of a lexicon word list, for membership tests."""
    return frozenset(normalise_key(w) for w in words)


_DIGIT_TABLE = str.maketrans({**_DIGITS, "\u066b": ".", "\u066c": ","})


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits (and ٫ ٬) to ASCII; nothing else changes."""
    return text.translate(_DIGIT_TABLE)
