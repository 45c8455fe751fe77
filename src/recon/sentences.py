"""Sentences, clauses and words of an Arabic article, with original offsets.

Everything here is a single left-to-right scan (no regular expressions), so
time is linear in the length of the text.  Offsets always point into the
original text: a claim's quote and spans are cut from it verbatim.

Words are compared in their *matching form* (:func:`recon.normalise.normalise_key`)
and, because Arabic glues conjunctions, prepositions and the article to the
word, with a few prefix- and suffix-stripped variants (:func:`stems`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
from typing import Any, NamedTuple

import attrs

from recon._tokens import chunk_rows, chunk_starts, shifted
from recon.normalise import normalise_key

__all__ = [
    "PhraseSet",
    "Segment",
    "Token",
    "split_clauses",
    "split_sentences",
    "stems",
    "token_keys",
    "token_starts",
    "tokenize",
]

_FULL_STOPS = frozenset(".؟?!۔…")
_CLAUSE_MARKS = frozenset("،,;؛:")
_CLOSERS = frozenset("\"'”’»)]")
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
_MAX_CACHED = 1 << 18  # distinct word forms a PhraseSet remembers


@attrs.frozen
class Segment:
    """A sentence or clause: ``[start, end)`` in the original text."""

    start: int
    end: int
    index: int = 0
    paragraph: int = 0

    def text(self, source: str) -> str:
        """The segment's text, verbatim."""
        return source[self.start : self.end]


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
_ANY_WORD_RE = re.compile(_W)
_BREAK_RE = re.compile("[\n" + re.escape("".join(sorted(_FULL_STOPS))) + "]")
_CLAUSE_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]")
# A clause mark, or a word at the start of the text or after a space (an opener candidate).
_SPACED_WORD = "(?:^|(?<=\\s))" + _FW + "+"
_SPACED_WORD_RE = re.compile(_SPACED_WORD)
_CLAUSE_OR_WORD_RE = re.compile(_CLAUSE_RE.pattern + "|" + _SPACED_WORD)


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
    stop = len(text) if end is None else min(end, len(text))
    if _astral(text, start, stop):
        return _slow_tokenize(text, start, stop)
    # This sees every word of every article: each distinct chunk between
    # spaces is cut once (recon._tokens), the rest are C-level passes.
    parts = text[start:stop].split(" ")
    rows = chunk_rows(parts, _CHUNK_WORDS, _chunk_words)
    flat, starts, ends = shifted(rows, chunk_starts(parts, start))
    cols = zip(starts, ends, map(_TEXT, flat), map(_KEY, flat), strict=True)
    return list(map(tuple.__new__, repeat(Token), cols))


_CHUNK_WORDS: dict[str, tuple[Token, ...]] = {}


def _chunk_words(chunk: str) -> tuple[Token, ...]:
    """The words of one chunk without spaces, offsets within it."""
    pairs = _TILE_RE.findall(chunk)
    out: list[Token] = []
    at = 0
    for word, gap in pairs:
        if word:
            key = normalise_key(word)
            if key:  # a word of marks alone has no matching form
                out.append(Token(at, at + len(word), word, key))
        at += len(word) + len(gap)
    return tuple(out)


def _is_stop(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in _FULL_STOPS:
        return False
    if ch == ".":
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        # 1.1 / news.yahoo.com / U.S: a dot inside a word is not a full stop.
        if prev.isalnum() and nxt.isalnum():
            return False
    return True


def split_sentences(text: str) -> list[Segment]:
    """Split ``text`` into sentences, keeping original offsets.

    Boundaries are full stops (Latin and Arabic), ``؟ ? ! …``, and line
    breaks; closing quotes and brackets stay with the sentence they close,
    and the ``".,"`` artefact of some scraped pages is treated as one stop.
    Each line break starts a new paragraph.  Nothing is de-duplicated.
    """
    out: list[Segment] = []
    n = len(text)
    para = 0
    start = 0
    i = 0
    astral = _astral(text, 0, n)

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e and (
            any(_is_word_char(c) for c in text[s:e]) if astral else _ANY_WORD_RE.search(text, s, e)
        ):
            out.append(Segment(s, e, len(out), para))

    for m in _BREAK_RE.finditer(text):
        i = m.start()
        if i < start:
            continue  # inside the closing run of the previous stop
        if text[i] == "\n":
            emit(start, i)
            para += 1
            start = i + 1
            continue
        if _is_stop(text, i):
            j = i + 1
            while j < n and (text[j] in _FULL_STOPS or text[j] in _CLOSERS or text[j] in ",،"):
                j += 1
            emit(start, j)
            start = j
    emit(start, n)
    return out


def split_clauses(text: str, sentence: Segment, openers: Iterable[str] = ()) -> list[Segment]:
    """Split a sentence into clauses on ``، , ; ؛ :`` (a comma between digits
    is a thousands separator, not a boundary) and before any word whose
    matching form is in ``openers`` (e.g. كما، فيما، بينما)."""
    opener_keys = openers if isinstance(openers, frozenset) else _key_frozenset(openers)
    out: list[Segment] = []
    start = sentence.start

    def emit(s: int, e: int) -> None:
        while s < e and (text[s].isspace() or text[s] in _CLAUSE_MARKS):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Segment(s, e, len(out), sentence.paragraph))

    if opener_keys and _astral(text, sentence.start, sentence.end):
        return _slow_clauses(text, sentence, opener_keys)
    pattern = _CLAUSE_RE
    if opener_keys:
        # Most sentences hold no opener: one C-level pass over their words
        # says so, and then only the clause marks need visiting.
        words = _SPACED_WORD_RE.findall(text, sentence.start, sentence.end)
        if not opener_keys.isdisjoint(map(normalise_key, words)):
            pattern = _CLAUSE_OR_WORD_RE
    for m in pattern.finditer(text, sentence.start, sentence.end):
        i = m.start()
        ch = text[i]
        if ch in _CLAUSE_MARKS:
            if not _digit_comma(text, i):
                emit(start, i)
                start = i + 1
        elif i > start and normalise_key(m.group()) in opener_keys:
            emit(start, i)
            start = i
    emit(start, sentence.end)
    return out


def _key_frozenset(openers: Iterable[str]) -> frozenset[str]:
    if isinstance(openers, tuple):
        return _tuple_set(openers)
    return frozenset(openers)


@lru_cache(maxsize=64)
def _tuple_set(openers: tuple[str, ...]) -> frozenset[str]:
    """A lexicon's opener tuple as a set, built once rather than per sentence."""
    return frozenset(openers)


def _digit_comma(text: str, i: int) -> bool:
    """A comma between digits ("1,500") groups a number; it ends no clause."""
    return (
        text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    )


def _slow_clauses(text: str, sentence: Segment, opener_keys: frozenset[str]) -> list[Segment]:
    out: list[Segment] = []
    start = sentence.start

    def emit(s: int, e: int) -> None:
        while s < e and (text[s].isspace() or text[s] in _CLAUSE_MARKS):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Segment(s, e, len(out), sentence.paragraph))

    i = sentence.start
    while i < sentence.end:
        ch = text[i]
        if ch in _CLAUSE_MARKS:
            if not _digit_comma(text, i):
                emit(start, i)
                start = i + 1
        elif (i == 0 or text[i - 1].isspace()) and _is_word_char(ch):
            j = i
            while j < sentence.end and _is_word_char(text[j]):
                j += 1
            if normalise_key(text[i:j]) in opener_keys and i > start:
                emit(start, i)
                start = i
            i = j
            continue
        i += 1
    emit(start, sentence.end)
    return out


@lru_cache(maxsize=65536)
def stems(key: str) -> tuple[str, ...]:
    """``key`` and its variants with glued prefixes and inflectional suffixes removed.

    Ordered from the least to the most stripped; every variant keeps at least
    two letters, so short words are not reduced to nothing.
    """
    seen: list[str] = [key]
    bases = [key]
    for p in _PREFIXES:
        if key.startswith(p) and len(key) - len(p) >= _MIN_STEM:
            bases.append(key[len(p) :])
    for b in bases:
        if b not in seen:
            seen.append(b)
    for b in list(bases):
        for s in _SUFFIXES:
            if b.endswith(s) and len(b) - len(s) >= _MIN_STEM + 1:
                v = b[: -len(s)]
                if v not in seen:
                    seen.append(v)
    return tuple(seen)


@attrs.frozen
class PhraseMatch:
    """A lexicon phrase found at tokens ``[first, last]``; ``value`` is its label."""

    first: int
    last: int
    value: str
    phrase: str


class PhraseSet:
    """Multi-word lexicon phrases, matched on token keys.

    The first word of a phrase may carry glued prefixes and suffixes
    (``وبمقتل`` matches ``مقتل``); later words must match exactly or by stem.
    Without ``strip_suffixes`` the first word keeps its suffixes; with
    ``verbs`` only the conjunctions و ف are removed from it.
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, str]],
        *,
        strip_suffixes: bool = True,
        verbs: bool = False,
    ) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        self._strip_suffixes = strip_suffixes
        self._verbs = verbs
        # Per token form, the phrases it may start: variants are worked out
        # once per distinct word, not once per occurrence.
        self._cands: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = {}
        for phrase, value in entries:
            words = tuple(normalise_key(w) for w in phrase.split())
            if not words or not all(words):
                continue
            self._by_first.setdefault(words[0], []).append((words, value, phrase))
        for lst in self._by_first.values():
            lst.sort(key=lambda t: -len(t[0]))

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def _variants(self, key: str) -> tuple[str, ...]:
        if self._verbs:
            # Verbs take only the conjunctions; "التابع" is not "تابع".
            return (key, key[1:]) if len(key) > 3 and key[0] in "وف" else (key,)
        v = stems(key)
        if self._strip_suffixes:
            return v
        return tuple(x for x in v if key.endswith(x))

    def _candidates(self, key: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
        """The phrases a token with matching form ``key`` may start, in trial order."""
        found = self._cands.get(key)
        if found is None:
            found = tuple(e for v in self._variants(key) for e in self._by_first.get(v, ()))
            if len(self._cands) >= _MAX_CACHED:
                self._cands.clear()  # bounded memory over an open-ended vocabulary
            self._cands[key] = found
        return found

    def _match(self, tokens: Sequence[Token], i: int, cands: Any) -> PhraseMatch | None:
        n = len(tokens)
        for words, value, phrase in cands:
            size = len(words)
            if i + size > n:
                continue
            if size == 2:  # the commonest longer phrase: no generator to set up
                w, key = words[1], tokens[i + 1].key
                if w == key or w in stems(key):
                    return PhraseMatch(i, i + 1, value, phrase)
                continue
            if size == 1 or all(
                w == tokens[i + k].key or w in stems(tokens[i + k].key)
                for k, w in enumerate(words[1:], start=1)
            ):
                return PhraseMatch(i, i + size - 1, value, phrase)
        return None

    # The longest phrase at token ``i`` among ``cands``, the item of
    # :meth:`starts` for that token (callers that walk only the live tokens
    # of a sentence already hold it).
    match_start = _match

    def match_at(self, tokens: Sequence[Token], i: int) -> PhraseMatch | None:
        """The longest phrase starting at token ``i``, if any."""
        cands = self._cands.get(tokens[i].key)
        if cands is None:
            cands = self._candidates(tokens[i].key)
        return self._match(tokens, i, cands) if cands else None

    def starts(self, keys: Sequence[str]) -> list[Any]:
        """Per token key, whether it may start a phrase: a truthy value if so.

        One C-level pass over the sentence, so callers that try
        :meth:`match_at` at every token can skip the tokens that start nothing.
        """
        if len(keys) > 1:
            # Every word form seen before (the usual case): one C-level
            # look-up of all of them, which raises if one is new.
            try:
                return list(itemgetter(*keys)(self._cands))
            except KeyError:
                pass
        cands = list(map(self._cands.get, keys))
        if None in cands:
            # Each new word form once, however often it recurs.
            fresh = {k: self._candidates(k) for k, c in zip(keys, cands, strict=True) if c is None}
            cands = [fresh[k] if c is None else c for k, c in zip(keys, cands, strict=True)]
        return cands

    def find_all(
        self, tokens: Sequence[Token], keys: Sequence[str] | None = None
    ) -> list[PhraseMatch]:
        """Every non-overlapping phrase, scanning left to right.

        ``keys`` may hold the tokens' ``key`` fields when the caller has them.
        """
        if keys is None:
            keys = token_keys(tokens)
        # The walk below only visits tokens that can start a phrase.
        cands = self.starts(keys)
        out: list[PhraseMatch] = []
        nxt = 0
        for i in compress(range(len(cands)), cands):
            if i < nxt:
                continue
            m = self._match(tokens, i, cands[i])
            if m is not None:
                out.append(m)
                nxt = m.last + 1
        return out
