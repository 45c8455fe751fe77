"""Words of an Arabic text with original offsets (:func:`tokenize`).

A word is a run of letters, digits and combining marks, with a decimal
point or hyphen between alphanumerics kept inside it; its ``key`` is its
matching form (:func:`recon.normalise.normalise_key`), and :func:`stems`
are its variants without glued prefixes and suffixes.  Re-exported by
:mod:`recon.sentences`, which cuts the same text into sentences and clauses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple, TypeVar

from recon._tokens import chunk_rows, chunk_starts, shifted, split_chunks
from recon.normalise import key_set, normalise_key

__all__ = [
    "COUNT_OF",
    "THAT",
    "TO",
    "Token",
    "listed",
    "readings",
    "stems",
    "token_keys",
    "token_starts",
    "tokenize",
    "word_memo",
    "words",
]


class Token(NamedTuple):
    """A word (letters, digits and joiners) at ``[start, end)``; ``key`` is its matching form."""

    start: int
    end: int
    text: str
    key: str


# Token is a tuple: its fields by position, for C-level passes over a sentence.
_START, _TEXT, _KEY = itemgetter(0), itemgetter(2), itemgetter(3)


def token_keys(toks: Iterable[Token]) -> list[str]:
    """The matching forms of ``toks``, in one C-level pass."""
    return list(map(_KEY, toks))


def token_starts(toks: Iterable[Token]) -> list[int]:
    """The start offsets of ``toks``, in one C-level pass."""
    return list(map(_START, toks))


#: "أن"/"إن" that open a that-clause: what follows is another proposition.
THAT = key_set(("أن", "إن", "بأن", "وأن", "وإن"))
# "إلى" and the words that open a count it ends ("ارتفع عدد … إلى 412"):
# "the number of", "the toll of" (matching forms).
TO = "الي"
COUNT_OF = frozenset({"عدد", "حصيله"})


def count_opened(keys: Sequence[str], first: int, back: int, far: int) -> int:
    """Where the words before a figure at token ``first`` that may say what
    it counts begin: ``back``, or, when "إلى" stands right before the figure,
    the "عدد"/"حصيلة" that opens the count it ends, as far back as ``far``
    ("ارتفع عدد المصابين في الحريق الذي … إلى ستة عمال")."""
    if first <= back or keys[first - 1] != TO:
        return back
    return next((k for k in range(back - 1, far - 1, -1) if keys[k] in COUNT_OF), back)


def readings(key: str) -> tuple[str, ...]:
    """``key`` and, after a conjunction و/ف, the word without it
    ("وتوقعت" → "توقعت"): a list of words names the bare word."""
    return (key, key[1:]) if key[:1] in "وف" and len(key) > 2 else (key,)


def listed(key: str, words: Container[str], *, article: bool = False) -> str | None:
    """The reading of ``key`` that ``words`` lists (:func:`readings`), or with
    ``article`` its reading without the article as well ("والمزارع" →
    "مزارع"); None when none is listed."""
    # The readings of readings(key), in its order, without building them.
    if key in words:
        return key
    if article and key[:2] == "ال" and key[2:] in words:
        return key[2:]
    if len(key) > 2 and key[0] in "وف":
        r = key[1:]
        if r in words:
            return r
        if article and r[:2] == "ال" and r[2:] in words:
            return r[2:]
    return None


# Prefix clusters Arabic attaches to a word (conjunction + preposition + article).
_PREFIXES = (
    "وبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "وب",
    "ول",
    "فب",
    "فل",
    "ال",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)
_SUFFIXES = ("اتها", "اتهم", "يين", "يون", "ات", "ين", "ون", "ان", "ها", "هم", "ه", "ا", "ي")
_MIN_STEM = 2


def _by_edge(affixes: tuple[str, ...], edge: int) -> dict[str, tuple[str, ...]]:
    """``affixes`` grouped by their first (``edge`` 0) or last (-1) letter,
    each group in the order of ``affixes``: only a word's own letter's group
    can be glued to it."""
    out: dict[str, list[str]] = {}
    for a in affixes:
        out.setdefault(a[edge], []).append(a)
    return {k: tuple(v) for k, v in out.items()}


_PREFIXES_BY_FIRST = _by_edge(_PREFIXES, 0)
_SUFFIXES_BY_LAST = _by_edge(_SUFFIXES, -1)


@lru_cache(maxsize=65536)
def stems(key: str) -> tuple[str, ...]:
    """``key`` and its variants with glued prefixes and inflectional suffixes removed.

    Ordered from the least to the most stripped; every variant keeps at least
    two letters, so short words are not reduced to nothing.
    """
    seen: list[str] = [key]
    bases = [key]
    for p in _PREFIXES_BY_FIRST.get(key[:1], ()):
        if key.startswith(p) and len(key) - len(p) >= _MIN_STEM:
            bases.append(key[len(p) :])
    for b in bases:
        if b not in seen:
            seen.append(b)
    for b in bases:
        for s in _SUFFIXES_BY_LAST.get(b[-1:], ()):
            if b.endswith(s) and len(b) - len(s) >= _MIN_STEM + 1:
                v = b[: -len(s)]
                if v not in seen:
                    seen.append(v)
    return tuple(seen)


def _is_word_char(ch: str) -> bool:
    if ch.isalnum():
        return True
    cat = unicodedata.category(ch)
    # Combining marks (harakat) and the tatweel belong to the word they sit on.
    return cat in ("Mn", "Mc") or ch == "\u0640"


def _ranges(codes: list[int]) -> str:
    out: list[str] = []
    k = 0
    while k < len(codes):
        m = k
        while m + 1 < len(codes) and codes[m + 1] == codes[m] + 1:
            m += 1
        out.append(re.escape(chr(codes[k])) + ("-" + re.escape(chr(codes[m])) if m > k else ""))
        k = m + 1
    return "".join(out)


# The same word characters as _is_word_char, as regex classes: "[^\W_]" is
# exactly str.isalnum, and the marks are listed for the Basic Multilingual
# Plane.  The fast paths use "[\w<marks>]", which differs only on "_", so
# text holding "_" or a character beyond the BMP takes the
# character-by-character path instead (_SLOW) and gets the same result.
_MARK_CODES = sorted(
    {c for c in range(0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc")} | {0x640}
)
_MARKS = _ranges(_MARK_CODES)
_W = "(?:[^\\W_]|[" + _MARKS + "])"
_FW = "[\\w" + _MARKS + "]"
_NOT_FW = "[^\\w" + _MARKS + "]"
_SLOW = re.compile("[_\U00010000-\U0010ffff]")
# Tokens and the gaps between them tile the text, so offsets come from lengths.
_TILE_RE = re.compile("(" + _FW + "+(?:(?<=\\w)[.,٫٬\\-](?=\\w)" + _FW + "+)*)|(" + _NOT_FW + "+)")


def _slow_tokenize(text: str, start: int, stop: int) -> list[Token]:
    out: list[Token] = []
    i = start
    while i < stop:
        if not _is_word_char(text[i]):
            i += 1
            continue
        j = i + 1
        while j < stop:
            ch = text[j]
            if _is_word_char(ch) or (
                ch in ".,٫٬-" and j + 1 < stop and text[j + 1].isalnum() and text[j - 1].isalnum()
            ):
                j += 1
            else:
                break
        raw = text[i:j]
        key = normalise_key(raw)
        if key:
            out.append(Token(i, j, raw, key))
        i = j
    return out


def _astral(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` needs the character-by-character paths."""
    return _SLOW.search(text, start, stop) is not None


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``; a decimal point or hyphen between
    alphanumerics stays inside the word (``1.1``, ``K-1``, ``كوفيد-19``)."""
    return words(text, start, end)[0]


def words(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[Token], list[int], list[str]]:
    """:func:`tokenize`, with the words' starts and keys (what
    :func:`token_starts` and :func:`token_keys` would give): both are laid
    out on the way, so a caller that reads them spares two passes over the
    words."""
    stop = len(text) if end is None else min(end, len(text))
    start = max(start, 0)
    # This sees every word of every article: each distinct chunk between
    # spaces is cut once (recon._tokens), the rest are C-level passes.
    parts = split_chunks(text[start:stop])
    rows = chunk_rows(parts, _CHUNK_WORDS, _chunk_words)
    flat, starts, ends = shifted(rows, chunk_starts(parts, start))
    keys = list(map(_KEY, flat))
    cols = zip(starts, ends, map(_TEXT, flat), keys, strict=True)
    return list(map(tuple.__new__, repeat(Token), cols)), starts, keys


# A word within its chunk: (start, end, text, key), as a Token's fields.  A
# plain tuple of strings and numbers, which the garbage collector stops
# tracking (a Token, a tuple subclass, it would walk for good).
_Word = tuple[int, int, str, str]
_CHUNK_WORDS: dict[str, tuple[_Word, ...]] = {}


def _chunk_words(chunk: str) -> tuple[_Word, ...]:
    """The words of one chunk without spaces, offsets within it."""
    if _SLOW.search(chunk):
        # Both readings cut the same words, chunk by chunk as in a whole text.
        return tuple((t.start, t.end, t.text, t.key) for t in _slow_tokenize(chunk, 0, len(chunk)))
    if chunk.isalpha():
        # Letters alone (most chunks): one word, the chunk itself.
        key = normalise_key(chunk)
        return ((0, len(chunk), chunk, key),) if key else ()
    pairs = _TILE_RE.findall(chunk)
    out: list[_Word] = []
    at = 0
    for word, gap in pairs:
        if word:
            key = normalise_key(word)
            if key:  # a word of marks alone has no matching form
                out.append((at, at + len(word), word, key))
        at += len(word) + len(gap)
    return tuple(out)


_MEMO_WORDS = 1 << 16  # word forms one memo remembers (an open vocabulary)
_MEMO_SETS = 8  # lexicon sets remembered at once (more: the lexicons were reloaded)


_K = TypeVar("_K")
_V = TypeVar("_V")


def word_memo(store: dict[_K, dict[str, _V]], key: _K) -> dict[str, _V]:
    """The per-word memo of one lexicon set ``key`` in ``store``, bounded over
    an open vocabulary and forgotten when lexicons are reloaded: callers look a
    whole sentence up in it in one C-level pass and work out only new forms."""
    memo = store.get(key)
    if memo is None or len(memo) >= _MEMO_WORDS:
        if len(store) >= _MEMO_SETS:
            store.clear()
        memo = store[key] = {}
    return memo
