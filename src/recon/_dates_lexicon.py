"""The token view of a text for :mod:`recon.dates`: tokeniser and compiled lexicon.

:func:`_tokenise` cuts normalised text into word, number and punctuation
tokens; :class:`_Lex` compiles ``dates.toml`` into phrase tables keyed by
token tuples (cached per language, dropped by
:func:`recon.lexicon.clear_cache`); :class:`_Tokens` holds one text's tokens
with the helpers every date rule uses to look at them (lexicon matches,
bounded numbers, glued punctuation).  They are separate from the grammar so
the rule modules read as rules, and so the rule families can share them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
from typing import Any, NamedTuple

from recon import lexicon
from recon._tokens import MAX_CHUNKS, Chunks, Offsets, chunk_rows, chunks_of, laid_out
from recon.errors import LexiconError
from recon.normalise import Normalised, normalise


class _Tok(NamedTuple):
    kind: str  # "w" word, "n" number, "p" punctuation
    key: str
    s: int
    e: int


_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})
_SEPS = "/-.,:"
# A run of letters and digits ("[^\W_]" is exactly str.isalnum), else one mark.
_RUN = re.compile(r"[^\W_]+|\S")
# The same runs and marks, with the white space between them: tiles of the text.
_TILE = re.compile(r"[^\W_]+|\S|\s+")
# The alphanumerics whose lower case is a Latin letter a-z (İ and the Kelvin sign too).
_LATIN = re.compile("[A-Za-z\u0130\u212a]")
_CUES = {"past": -1, "current": 0, "next": 1}
_NONE: frozenset[str] = frozenset()
# The tables a word may start a phrase of, in the lexicon's order: a tuple (a
# token row holding one is a tuple of strings and numbers, which the garbage
# collector stops tracking; it would walk a row holding a frozenset for good).
Cats = tuple[str, ...]
# The tables whose words can begin a date expression (else it begins with a number).
_STARTS = (
    "approx_words", "relative_days", "day_word", "weekdays", "ago_words", "parts",
    "day_ordinals", "day_one_words", "months", "hijri_months", "month_word", "this_words",
    "periods", "strong_year_cues", "weak_year_cues", "decades",
)  # fmt: skip
_WEAK = "weak_year_cues"
_STRONG_STARTS = frozenset(_STARTS) - {_WEAK}
_KIND = itemgetter(0)
_KEY = itemgetter(1)


def _fold(s: str) -> str:
    return s.translate(_FOLD).casefold()


def _split_run(run: str) -> tuple[tuple[str, str, int, int], ...]:
    """The tokens of one run of letters and digits: (kind, key, start, end) within it."""
    if run.isalpha() and not _LATIN.search(run):
        return (("w", _fold(run), 0, len(run)),)
    if run.isdecimal():
        return (("n", _fold(run), 0, len(run)),)
    if _LATIN.search(run):
        return (("w", _fold(run), 0, len(run)),)
    out: list[tuple[str, str, int, int]] = []
    k, j = 0, len(run)
    while k < j:
        digit = run[k].isdecimal()
        e = k
        while e < j and run[e].isdecimal() == digit:
            e += 1
        out.append(("n" if digit else "w", _fold(run[k:e]), k, e))
        k = e
    return tuple(out)


def _pieces(piece: str) -> tuple[tuple[str, str, int, int], ...]:
    """The tokens of one tile of the text: none for white space, one mark, or a run."""
    if piece[0].isspace():
        return ()
    if not piece.isalnum():
        return (("p", piece, 0, 1),)
    return _split_run(piece)


def _tokenise(text: str) -> list[_Tok]:
    """Words, numbers and single punctuation marks, with normalised offsets.

    A run of letters and digits that holds a Latin letter ("K1", "COVID19")
    stays one word, so its digits are never read as a day or a year; Arabic
    letters glued to digits ("ب2020", "و30") are split.  A scan reads a
    text's tokens through :func:`_columns`, which calls this once per
    distinct chunk between spaces.
    """
    toks: list[_Tok] = []
    i = 0
    for tile in _TILE.findall(text):
        for kind, key, a, e in _pieces(tile):
            toks.append(_Tok(kind, key, i + a, i + e))
        i += len(tile)
    return toks


@lru_cache(maxsize=8192)
def _variants(w: str) -> tuple[str, ...]:
    """``w`` and ``w`` without attached particles: و/ف, then ب/ل/ك (للعام → العام)."""
    out = [w]
    if len(w) > 2 and w[0] in "وف":
        w = w[1:]
        out.append(w)
    if len(w) > 2 and w[0] in "بلك":
        out.append(w[1:])
        if w.startswith("لل"):
            out.append("ا" + w[1:])
    return tuple(out)


def _key_words(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in _tokenise(normalise(phrase).text))


class _Lex:
    """The compiled lexicon: per table of dates.toml, phrase (tuple of keys) → value.

    A list of words maps each to True; a table of lists maps each word to its
    key (a number when the key is one: month 3, weekday 6); a table of
    numbers maps each word to its number."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.index: dict[str, dict[tuple[str, ...], Any]] = {}
        self.maxlen: dict[str, int] = {}
        self.parts: dict[str, tuple[tuple[int, int], ...]] = {}
        try:
            self._compile(data)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
            raise LexiconError(f"malformed dates lexicon: {e!r}", path="dates.toml") from None

    def _add(self, cat: str, phrase: str, value: Any) -> None:
        if not isinstance(phrase, str) or not phrase.strip():
            raise LexiconError("expected a non-empty word", path="dates.toml", entry=phrase)
        words = _key_words(phrase)
        self.index.setdefault(cat, {})[words] = value
        self.maxlen[cat] = max(self.maxlen.get(cat, 0), len(words))

    def _compile(self, data: dict[str, Any]) -> None:
        for cat, table in data.items():
            if isinstance(table, list):
                for w in table:
                    self._add(cat, w, True)
            elif isinstance(table, dict) and cat != "parts":
                for k, v in table.items():
                    if isinstance(v, list):
                        key = int(k) if k.lstrip("-").isdigit() else _CUES.get(k, k)
                        for w in v:
                            self._add(cat, w, key)
                    else:
                        self._add(cat, k, int(v))
        for w, v in data["decades"].items():
            if w.startswith("ال"):
                self._add("decades", w[2:], int(v))  # the article is optional: سبعينيات
        for name, part in data["parts"].items():
            for w in part["words"]:
                self._add("parts", w, name)
            self.parts[name] = tuple(
                (int(part[k][0]), int(part[k][1])) for k in ("days", "months", "years")
            )
        self.week_start = int(data["week_start"]) % 7
        self.firsts = {cat: frozenset(p[0] for p in t) for cat, t in self.index.items()}
        self.all_firsts = frozenset().union(*self.firsts.values())
        self.start_firsts = frozenset().union(*(self.firsts.get(c, _NONE) for c in _STARTS))
        self.known_cats: dict[str, Cats] = {}
        # Per distinct chunk between spaces, its tokens with what this
        # lexicon says of each (recon._tokens, :meth:`chunk_tokens`).
        self.chunks: dict[str, tuple[_LexRow, ...]] = {}

    def chunk_tokens(self, chunk: str) -> tuple[_LexRow, ...]:
        """The tokens of one chunk (:func:`_chunk_tokens`), each followed by
        the tables it may start a phrase of (:meth:`cats`), whether it may
        start a date on its own (a number, or in a table a date can begin
        with other than the weak year cues) and whether it is a weak year cue."""
        if chunk.isalpha() and not _LATIN.search(chunk):
            # Arabic letters alone (most chunks): one word, the chunk itself.
            key = _fold(chunk)
            c = self.cats(key)
            return (
                (0, len(chunk), "w", key, False, c, not _STRONG_STARTS.isdisjoint(c), _WEAK in c),
            )
        out = []
        for s, e, kind, key, glued in _chunk_tokens(chunk):
            c = self.cats(key)
            strong = kind == "n" or not _STRONG_STARTS.isdisjoint(c)
            out.append((s, e, kind, key, glued, c, strong, _WEAK in c))
        return tuple(out)

    def cats(self, key: str) -> Cats:
        """The tables a token with ``key`` may start a phrase of (memoised per word)."""
        found = self.known_cats.get(key)
        if found is None:
            vs = _variants(key)
            if self.all_firsts.isdisjoint(vs):
                found = ()  # most words start no phrase of any table: one C-level test
            else:
                found = tuple(c for c, f in self.firsts.items() if any(v in f for v in vs))
            if len(self.known_cats) >= MAX_CHUNKS:
                self.known_cats.clear()
            self.known_cats[key] = found
        return found


_GRAMMARS: dict[str, _Lex] = {}
lexicon.on_clear(_GRAMMARS.clear)


def _lex(lang: str) -> _Lex:
    g = _GRAMMARS.get(lang)
    if g is None:
        # The day ordinals are the numbers lexicon's one table of them.
        ordinals = lexicon.load("numbers", lang).get("definite_ordinals", {})
        g = _GRAMMARS[lang] = _Lex({**lexicon.load("dates", lang), "day_ordinals": ordinals})
    return g


_Row = tuple[int, int, str, str, bool]
_LexRow = tuple[int, int, str, str, bool, Cats, bool, bool]
_ROW_CATS, _ROW_STRONG, _ROW_WEAK = itemgetter(5), itemgetter(6), itemgetter(7)
_CHUNKS: dict[str, tuple[_Row, ...]] = {}
_ROW_KIND, _ROW_KEY = itemgetter(2), itemgetter(3)


def _chunk_tokens(chunk: str) -> tuple[_Row, ...]:
    """The tokens of one chunk without spaces: (start, end, kind, key, whether
    it touches the token before it) within it."""
    toks = _tokenise(chunk)
    return tuple(
        (t.s, t.e, t.kind, t.key, k > 0 and toks[k - 1].e == t.s) for k, t in enumerate(toks)
    )


def _laid(
    text: str, chunks: Chunks | None = None
) -> tuple[list[_Row], list[str], list[str], Offsets, Offsets]:
    """The rows of :func:`_tokenise`'s tokens of ``text`` and their kinds,
    keys, starts and ends (``chunks``: its :class:`~recon._tokens.Chunks`, if
    known).  Tokens of two chunks never touch: a space lies between them."""
    # Each distinct chunk between spaces is cut once (recon._tokens).
    parts, at = chunks if chunks is not None else chunks_of(text)
    flat, starts, ends = laid_out(chunk_rows(parts, _CHUNKS, _chunk_tokens), at)
    return flat, list(map(_ROW_KIND, flat)), list(map(_ROW_KEY, flat)), starts, ends


def _columns(
    text: str, chunks: Chunks | None = None
) -> tuple[list[str], list[str], Offsets, Offsets]:
    """The kinds, keys, starts and ends of :func:`_tokenise`'s tokens of ``text``."""
    return _laid(text, chunks)[1:]


class _Tokens:
    """One text's tokens, matched against the lexicon on demand (memoised).

    Tokens are kept as columns (``kinds``, ``keys``, starts ``ss``, ends
    ``es``): the scan reads only the few tokens around its candidates, so
    no per-token object is built."""

    def __init__(
        self,
        norm: Normalised,
        lex: _Lex,
        published: dt.date | None,
        chunks: Chunks | None = None,
    ) -> None:
        self.norm = norm
        # Each distinct chunk between spaces is cut, and its tokens looked up
        # in the lexicon, once (recon._tokens); the rest are C-level passes.
        parts, at = chunks if chunks is not None else chunks_of(norm.text)
        rows = chunk_rows(parts, lex.chunks, lex.chunk_tokens)
        flat, self.ss, self.es = laid_out(rows, at)
        self.rows: list[_LexRow] = flat
        self.kinds: list[str] = list(map(_ROW_KIND, flat))
        self.keys: list[str] = list(map(_ROW_KEY, flat))
        self.n = n = len(self.keys)
        self.lex = lex
        self.pub = published
        self.memo: dict[tuple[int, str], tuple[int, Any, str] | None] = {}
        keys = self.keys
        # Per token, the lexicon tables it may start a phrase of: a token
        # that starts none can only start a date as a number.
        self.cats: list[Cats] = list(map(_ROW_CATS, flat))
        # A number, or in a starting table other than the weak year cues.
        self.starts: list[bool] = list(map(_ROW_STRONG, flat))
        if lex.maxlen.get(_WEAK, 0) == 1:
            # "في"/"من"/"بعد" are weak year cues and among the commonest words:
            # alone they start only the year rule, which needs a four-digit
            # number right after the cue ("في 2003"), so others are skipped.
            kinds = self.kinds
            for i in compress(range(n - 1), map(_ROW_WEAK, flat)):
                if kinds[i + 1] == "n" and len(keys[i + 1]) == 4:
                    self.starts[i] = True
        else:
            for i, c in enumerate(self.cats):
                self.starts[i] = self.starts[i] or _WEAK in c

    @property
    def toks(self) -> list[_Tok]:
        """The tokens as tuples (for tests and debugging; the scan reads the columns)."""
        rows = zip(self.kinds, self.keys, self.ss, self.es, strict=True)
        return list(map(tuple.__new__, repeat(_Tok), rows))

    # -- token helpers -------------------------------------------------
    def match(self, i: int, cat: str) -> tuple[int, Any, str] | None:
        """The longest phrase of ``cat`` at token ``i``: (end, value, first word as matched)."""
        if not 0 <= i < self.n or cat not in self.cats[i]:
            return None
        memo = (i, cat)
        if memo in self.memo:
            return self.memo[memo]
        firsts = self.lex.firsts[cat]
        found = None
        keys = self.keys
        heads = [v for v in _variants(keys[i]) if v in firsts]
        table = self.lex.index[cat]
        for n in range(min(self.lex.maxlen[cat], self.n - i), 0, -1):
            rest = tuple(keys[i + 1 : i + n])
            for first in heads:
                v = table.get((first, *rest))
                if v is not None and found is None:
                    found = i + n, v, first
        self.memo[memo] = found
        return found

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token ``i`` touches token ``i + 1``."""
        return 0 <= i < self.n - 1 and self.rows[i + 1][4]

    def free_before(self, i: int) -> bool:
        kinds, keys = self.kinds, self.keys
        if i > 0 and self.glued(i - 1) and kinds[i - 1] == "p":
            if keys[i - 1] in ":%":
                return False
            if keys[i - 1] in _SEPS and i > 1 and self.glued(i - 2) and kinds[i - 2] != "p":
                return False
        return True

    def free_after(self, i: int) -> bool:
        kinds, keys = self.kinds, self.keys
        if self.glued(i) and kinds[i + 1] == "p":
            if keys[i + 1] in ":%":
                return False
            if keys[i + 1] in _SEPS and self.glued(i + 1) and kinds[i + 2] == "n":
                return False
        return True

    def num(self, i: int, lo: int, hi: int, width: tuple[int, ...] = (1, 2)) -> int | None:
        if i >= self.n or self.kinds[i] != "n" or len(self.keys[i]) not in width:
            return None
        v = int(self.keys[i])
        return v if lo <= v <= hi else None

    def year_at(self, i: int) -> int | None:
        y = self.num(i, 1900, 2100, (4,))
        return y if y is not None and self.free_before(i) and self.free_after(i) else None

    def article(self, i: int) -> bool:
        """Token ``i`` is a word with the article (an adjective after a noun), not "إلى"."""
        return self.key(i).startswith("ال") and self.match(i, "article_lookalikes") is None

    def tanwin(self, i: int) -> bool:
        """Token ``i`` carries tanwin fath in the original ("مدرباً", "غداً")."""
        if not 0 <= i < self.n:
            return False
        a, b = self.norm.span(self.ss[i], self.es[i])
        return "\u064b" in self.norm.original[a : b + 1]

    def countish(self, i: int) -> bool:
        """Token ``i`` makes the number before it a count ("2500 مدرباً", "2000 جندي")."""
        return self.match(i, "count_words") is not None or self.tanwin(i)
