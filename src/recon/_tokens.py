"""Cutting a text into tokens once per distinct space-separated chunk.

Every tokeniser of the extractor (sentence words, date tokens, figure tokens,
gazetteer words) keeps its tokens inside runs of non-space characters: none
of their patterns crosses or looks across a plain space (U+0020) or a line
break, and none tells a token after one from a token after the other.  So a
text splits on both (:func:`split_chunks`: ``str.replace`` and ``str.split``,
C loops many times faster than a regular expression over every character;
split on spaces alone, the two words around every paragraph break would make
a chunk no other text repeats), each *distinct* chunk is
cut by the tokeniser's own rule once and remembered, and a text's tokens are
its chunks' tokens shifted by where each chunk starts.  Everything per chunk
occurrence and per token is a C-level pass (``map``, ``chain``,
``accumulate``), so a document costs a few passes over its chunks and
tokens whatever their number.

Chunks of news text repeat (common words, punctuation glued to them), so the
per-chunk tables are memos of pure functions shared by every document: a
chunk's tokens never depend on the text around it, nor on earlier texts.
They are bounded (cleared when full, chunks of at most
:data:`MAX_CHUNK_LEN` characters) and hold only chunk strings, never a
document.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, chain, compress, count, filterfalse
from operator import add, itemgetter, mul
from typing import Any, NamedTuple, TypeVar, overload

__all__ = [
    "MAX_CHUNKS",
    "MAX_CHUNK_LEN",
    "Chunks",
    "Offsets",
    "chunk_rows",
    "chunk_starts",
    "chunks_of",
    "laid_out",
    "shifted",
    "split_chunks",
]

MAX_CHUNKS = 1 << 17  # distinct chunks a tokeniser's table remembers
MAX_CHUNK_LEN = 64  # characters of the longest chunk it remembers
_Row = TypeVar("_Row", bound=tuple[Any, ...])
_T = TypeVar("_T")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def chunk_starts(parts: Sequence[str], base: int = 0) -> list[int]:
    """Where each of ``parts`` (a text split on one-character separators,
    starting at ``base``) starts."""
    # Chunk k starts after the k chunks and the k separators before it.
    return list(map(add, accumulate(map(len, parts[:-1]), initial=base), count()))


class Chunks(NamedTuple):
    """A text split on spaces and line breaks (:func:`split_chunks`), and
    where each chunk starts.

    Shared by the scanners that read the same text (dates and figures read
    the article's normalised form): one split, and each chunk string hashed
    once for all their tables."""

    parts: list[str]
    starts: list[int]


def split_chunks(text: str) -> list[str]:
    """``text`` split on every space and line break (one character each, so
    :func:`chunk_starts` places the parts)."""
    return text.replace("\n", " ").split(" ")


def chunks_of(text: str) -> Chunks:
    """:class:`Chunks` of ``text``."""
    parts = split_chunks(text)
    return Chunks(parts, chunk_starts(parts))


def chunk_rows(
    parts: Sequence[str],
    table: dict[str, _T],
    cut: Callable[[str], _T],
) -> list[_T]:
    """Per chunk, its entry in ``table``, cutting (and remembering) the new ones."""
    try:
        # Every chunk seen before (the usual case): one C-level pass.
        return list(map(table.__getitem__, parts))
    except KeyError:
        pass
    if len(table) >= MAX_CHUNKS:
        table.clear()  # bounded memory over an open-ended vocabulary
    # An article almost always holds a chunk never seen before: the new ones
    # (in order of first appearance) are found, cut and entered, and then
    # every chunk is one C-level look-up, with no Python step per chunk.
    new = dict.fromkeys(filterfalse(table.__contains__, parts))
    fresh = {p: cut(p) for p in new}
    # A long chunk (a run of digits or separators, a URL) is cut anew each
    # time rather than kept: the table holds words, never a document.
    short = {p: r for p, r in fresh.items() if len(p) <= MAX_CHUNK_LEN}
    table.update(short)
    if len(short) == len(fresh):
        try:
            return list(map(table.__getitem__, parts))
        except KeyError:
            pass  # another thread emptied the table meanwhile
    return [_row(p, fresh, table, cut) for p in parts]


_NONE: Any = object()


def _row(part: str, fresh: dict[str, _T], table: dict[str, _T], cut: Callable[[str], _T]) -> _T:
    r = fresh.get(part, _NONE)
    if r is _NONE:
        r = table.get(part, _NONE)
    return cut(part) if r is _NONE else r


def shifted(
    rows: Sequence[tuple[_Row, ...]], starts: Sequence[int]
) -> tuple[list[_Row], list[int], list[int]]:
    """The rows of every chunk in order, and each row's start and end in the
    text: rows begin with their start and end within the chunk."""
    flat: list[_Row] = list(chain.from_iterable(rows))
    sizes = list(map(len, rows))
    if len(flat) == len(sizes) - sizes.count(0):
        # No chunk holds two rows (the usual case): each row's chunk is the
        # next non-empty one.
        base = list(compress(starts, sizes))
    else:
        # (start,) * size per chunk: tuple repetition, cheaper than a
        # repeat() object per chunk (which parses its arguments).
        base = list(chain.from_iterable(map(mul, zip(starts), sizes)))
    return (
        flat,
        list(map(add, map(_FIRST, flat), base)),
        list(map(add, map(_SECOND, flat), base)),
    )


class Offsets(Sequence[int]):
    """Where each row of a text's chunks starts (``side`` 0) or ends (``side``
    1) in the text, as a read-only sequence worked out per item when asked.

    The document scanners (dates, figures, gazetteer names) read the offsets
    of a few rows around their candidates only; laying out every row's
    offsets (as :func:`shifted` does) cost them more than their scans.  An
    item is a bisection over the chunks' cumulative row counts."""

    __slots__ = ("_last", "_n", "_rows", "_side", "_starts")

    def __init__(self, rows: list[Any], last: list[int], starts: Sequence[int], side: int) -> None:
        self._rows, self._last, self._starts, self._side = rows, last, starts, side
        self._n = len(rows)

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if type(i) is int:  # cheaper than isinstance, and all the scanners pass
            if i < 0:
                i += self._n
                if i < 0:
                    raise IndexError("offset index out of range")
            # Row i lies in the first chunk whose cumulative row count exceeds
            # i (a row past the end fails on the row look-up, as a list would).
            at: int = self._rows[i][self._side]
            return self._starts[bisect_right(self._last, i)] + at
        return list(self)[i]

    def __iter__(self) -> Iterator[int]:
        # Every item at once (tests, debugging): the C-level passes of shifted().
        sizes = map(int.__sub__, self._last, [0, *self._last[:-1]])
        base = chain.from_iterable(map(mul, zip(self._starts), sizes))
        return map(add, map(itemgetter(self._side), self._rows), base)


def laid_out(
    rows: Sequence[tuple[_Row, ...]], starts: Sequence[int]
) -> tuple[list[_Row], Offsets, Offsets]:
    """:func:`shifted`, with the starts and ends as :class:`Offsets` (worked
    out per row when read) instead of lists: for scanners that read the
    offsets of a few rows only."""
    flat: list[_Row] = list(chain.from_iterable(rows))
    last = list(accumulate(map(len, rows)))
    return flat, Offsets(flat, last, starts, 0), Offsets(flat, last, starts, 1)
