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
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress
from typing import Any

import attrs

from recon._slots import setters
from recon._tokens import chunk_rows, chunk_starts
from recon._vocab import STATE, join_set, set_table
from recon._words import (  # noqa: F401 - _slow_tokenize: the reference reading, for tests
    _FW,
    _W,
    Token,
    _astral,
    _is_word_char,
    _slow_tokenize,
    stems,
    token_keys,
    token_starts,
    tokenize,
)
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


_NEW = object.__new__
_SEG_START, _SEG_END, _SEG_INDEX, _SEG_PARA = setters(
    Segment, ("start", "end", "index", "paragraph")
)


def _segment(start: int, end: int, index: int, paragraph: int) -> Segment:
    """``Segment(start, end, index, paragraph)`` without attrs' machinery (recon._slots)."""
    seg = _NEW(Segment)
    _SEG_START(seg, start)
    _SEG_END(seg, end)
    _SEG_INDEX(seg, index)
    _SEG_PARA(seg, paragraph)
    return seg


_ANY_WORD_RE = re.compile(_W)
_BREAK_RE = re.compile("[\n" + re.escape("".join(sorted(_FULL_STOPS))) + "]")
_CLAUSE_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]")
# A clause mark, or a word at the start of the text or after a space (an opener candidate).
_SPACED_WORD = "(?:^|(?<=\\s))" + _FW + "+"
_SPACED_WORD_RE = re.compile(_SPACED_WORD)
_CLAUSE_OR_WORD_RE = re.compile(_CLAUSE_RE.pattern + "|" + _SPACED_WORD)


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
            out.append(_segment(s, e, len(out), para))

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
            out.append(_segment(s, e, len(out), sentence.paragraph))

    if opener_keys and _astral(text, sentence.start, sentence.end):
        return _slow_clauses(text, sentence, opener_keys)
    pattern = _CLAUSE_RE
    opens: list[int] = []
    if opener_keys:
        # Most sentences hold no opener: one C-level pass over their words
        # says so, and then only the clause marks need visiting.
        parts = text[sentence.start : sentence.end].split(" ")
        leads = chunk_rows(parts, _CHUNK_LEADS, _chunk_lead)
        if not opener_keys.isdisjoint(leads) or _MAYBE in leads:
            if _MAYBE in leads or "" in opener_keys:
                pattern = _CLAUSE_OR_WORD_RE
            else:
                # The words after a space are the chunks' leads: the openers
                # among them are found without visiting every word.  (The
                # first chunk's, at the sentence's start, never splits.)
                at = chunk_starts(parts, sentence.start)
                opens = list(compress(at, map(opener_keys.__contains__, leads)))
    if opens:
        marks = [m.start() for m in _CLAUSE_RE.finditer(text, sentence.start, sentence.end)]
        # Marks and words never share a character: one order of both.
        for i in sorted(marks + opens):
            if text[i] in _CLAUSE_MARKS:
                if not _digit_comma(text, i):
                    emit(start, i)
                    start = i + 1
            elif i > start:
                emit(start, i)
                start = i
        emit(start, sentence.end)
        return out
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


# Per distinct chunk between spaces, the matching form of the word it opens
# with; _MAYBE when other white space inside it may open more words.
_CHUNK_LEADS: dict[str, Any] = {}
_MAYBE = "\0"


def _chunk_lead(chunk: str) -> Any:
    if chunk.isalpha():
        return normalise_key(chunk)  # letters alone (most chunks): one word
    if any(map(str.isspace, chunk)):
        return _MAYBE
    m = _SPACED_WORD_RE.match(chunk)
    return normalise_key(m.group()) if m else ""


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
            out.append(_segment(s, e, len(out), sentence.paragraph))

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


@attrs.frozen
class PhraseMatch:
    """A lexicon phrase found at tokens ``[first, last]``; ``value`` is its label."""

    first: int
    last: int
    value: str
    phrase: str


_PM_FIRST, _PM_LAST, _PM_VALUE, _PM_PHRASE = setters(
    PhraseMatch, ("first", "last", "value", "phrase")
)


def _phrase_match(first: int, last: int, value: str, phrase: str) -> PhraseMatch:
    """``PhraseMatch(first, last, value, phrase)`` without attrs' machinery (recon._slots)."""
    m = _NEW(PhraseMatch)
    _PM_FIRST(m, first)
    _PM_LAST(m, last)
    _PM_VALUE(m, value)
    _PM_PHRASE(m, phrase)
    return m


# A phrase of a PhraseSet: its words' matching forms, its label, as written.
_Entry = tuple[tuple[str, ...], str, str]
# What a word form may start, as PhraseSet._plan lays it out: the phrases of
# two words or more tried before the first one-word phrase (with their
# sizes), the second words those need, and that one-word phrase (its label
# and phrase), which matches whenever none of them does.
_Longer = tuple[int, tuple[str, ...], str, str]
_Plan = tuple[tuple[_Longer, ...], frozenset[str], tuple[str, str] | None]


def _plan(entries: Iterable[_Entry]) -> _Plan | tuple[()]:
    """``entries`` (in trial order) laid out for :meth:`PhraseSet._match`;
    ``()`` (falsy) when there are none."""
    longer: list[_Longer] = []
    single: tuple[str, str] | None = None
    for words, value, phrase in entries:
        if len(words) == 1:
            # A one-word phrase always matches: the phrases after it are never tried.
            single = (value, phrase)
            break
        longer.append((len(words), words, value, phrase))
    if not longer and single is None:
        return ()
    return tuple(longer), frozenset(e[1][1] for e in longer), single


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
        self._by_first: dict[str, list[_Entry]] = {}
        self._strip_suffixes = strip_suffixes
        self._verbs = verbs
        for phrase, value in entries:
            words = tuple(normalise_key(w) for w in phrase.split())
            if not words or not all(words):
                continue
            self._by_first.setdefault(words[0], []).append((words, value, phrase))
        for lst in self._by_first.values():
            lst.sort(key=lambda t: -len(t[0]))
        self._firsts = frozenset(self._by_first)
        # What each word form may start is learnt once per form, for every
        # set at once (recon._vocab); the set is known there by this number.
        self._serial = join_set(self)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def word(self, key: str) -> str | None:
        """The label of the one-word phrase whose matching form is ``key``, if
        listed (no clitics stripped): what a noun the number parser read off
        a dual ("مدرستين" → "مدرسة") names."""
        for words, value, _ in self._by_first.get(key, ()):
            if len(words) == 1:
                return value
        return None

    def _variants(self, key: str) -> tuple[str, ...]:
        if self._verbs:
            # Verbs take only the conjunctions; "التابع" is not "تابع".
            return (key, key[1:]) if len(key) > 3 and key[0] in "وف" else (key,)
        v = stems(key)
        if self._strip_suffixes:
            return v
        return tuple(x for x in v if key.endswith(x))

    def _plan_of(self, key: str) -> Any:
        """The phrases a token with matching form ``key`` may start, in trial
        order (as a :func:`_plan`, falsy when none); remembered per word
        form for every set at once by :mod:`recon._vocab`."""
        by_first = self._by_first
        return _plan(e for v in self._variants(key) for e in by_first.get(v, ()))

    def __getstate__(self) -> dict[str, Any]:
        # A copy in another process registers there anew: serials are per process.
        return {k: v for k, v in self.__dict__.items() if k != "_serial"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._serial = join_set(self)

    def _match(self, tokens: Sequence[Token], i: int, cands: Any) -> PhraseMatch | None:
        """The first of ``cands`` (a non-empty :func:`_plan`) that matches at token ``i``."""
        longer, seconds, single = cands
        n = len(tokens)
        if longer and i + 1 < n:
            # A later word matches exactly or by stem (a word's stems begin
            # with the word itself); most tries fail on the second word,
            # which one set look-up says of all the phrases at once.
            nxt = stems(tokens[i + 1].key)
            if not seconds.isdisjoint(nxt):
                for size, words, value, phrase in longer:
                    if i + size > n or words[1] not in nxt:
                        continue
                    # A plain loop, not all() over a generator: a generator
                    # costs more than the test.
                    for k in range(2, size):
                        if words[k] not in stems(tokens[i + k].key):
                            break
                    else:
                        return _phrase_match(i, i + size - 1, value, phrase)
        if single is not None:
            return _phrase_match(i, i, single[0], single[1])
        return None

    # The longest phrase at token ``i`` among ``cands``, the item of
    # :meth:`starts` for that token (callers that walk only the live tokens
    # of a sentence already hold it).
    match_start = _match

    def match_at(self, tokens: Sequence[Token], i: int) -> PhraseMatch | None:
        """The longest phrase starting at token ``i``, if any."""
        key = tokens[i].key
        v = STATE[0]
        if v is None or key not in v.known or (plans := v.plans.get(self._serial)) is None:
            plans = set_table(self._serial, (key,))
        cands = plans.get(key)
        return self._match(tokens, i, cands) if cands else None

    def starts(self, keys: Sequence[str]) -> list[Any]:
        """Per token key, whether it may start a phrase: a truthy value if so.

        One C-level pass over the sentence, so callers that try
        :meth:`match_at` at every token can skip the tokens that start nothing.
        """
        return list(map(self._plans(keys).get, keys))

    def _plans(self, keys: Sequence[str]) -> dict[str, Any]:
        """This set's phrase plans by first word, with ``keys`` known to the table."""
        v = STATE[0]
        if (
            v is None
            or not v.known.issuperset(keys)
            or (plans := v.plans.get(self._serial)) is None
        ):
            plans = set_table(self._serial, keys)
        return plans

    def find_all(
        self, tokens: Sequence[Token], keys: Sequence[str] | None = None
    ) -> list[PhraseMatch]:
        """Every non-overlapping phrase, scanning left to right.

        ``keys`` may hold the tokens' ``key`` fields when the caller has them.
        """
        if keys is None:
            keys = token_keys(tokens)
        plans = self._plans(keys)
        # Most sets start nothing in most sentences: one C-level pass that
        # stops at the first word that may start a phrase says so, with no
        # per-word list built.
        if plans.keys().isdisjoint(keys):
            return []
        # The walk below only visits tokens that can start a phrase.
        cands = list(map(plans.get, keys))
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
