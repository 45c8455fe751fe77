"""Position look-ups over a list of items, in logarithmic time.

The extraction rules pick "the name nearest the figure", "the last trigger
before it", "the first place after it in its clause" — read naively, a scan
of every candidate of the sentence per figure, which makes a sentence with
thousands of figures and names quadratic.  :class:`Near` answers the same
questions by bisection and keeps the naive reading's tie-break exactly: among
equally good items, the one earliest in the list wins (what ``min``/``max``
with a key, or a scan that replaces only on a strict improvement, return).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from operator import lt
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["Near"]

_INF = 1 << 62


class Near(Generic[T]):
    """``items`` at the integer positions ``key(item)``, answering range queries.

    Per distinct position only the earliest item in list order is kept, since
    every query breaks ties by list order.
    """

    __slots__ = ("_sparse", "idx", "items", "pos")

    def __init__(self, items: Sequence[T], key: Callable[[T], int]) -> None:
        self.items = items
        self._sparse: list[list[int]] | None = None
        if len(items) < 2:  # most sentences hold none or one of a kind
            self.pos = [key(items[0])] if items else []
            self.idx = [0] if items else []
            return
        pos = list(map(key, items))
        if all(map(lt, pos, pos[1:])):  # already in order, no repeats: the usual case
            self.pos = pos
            self.idx = list(range(len(pos)))
            return
        first: dict[int, int] = {}
        for i, p in enumerate(pos):
            first.setdefault(p, i)
        self.pos = sorted(first)
        self.idx = [first[p] for p in self.pos]

    def __bool__(self) -> bool:
        return bool(self.pos)

    def nearest(self, lo: int, hi: int, at: int) -> tuple[int, int] | None:
        """``(distance, list index)`` of the item in ``[lo, hi)`` nearest ``at``."""
        pos = self.pos
        if not pos:
            return None  # most of a sentence's kinds of items are absent
        a = bisect_left(pos, lo)
        b = bisect_left(pos, hi)
        if a >= b:
            return None
        i = bisect_right(pos, at, a, b)
        best = None
        if i > a:
            best = (abs(at - pos[i - 1]), self.idx[i - 1])
        if i < b:
            cand = (abs(pos[i] - at), self.idx[i])
            if best is None or cand < best:
                best = cand
        return best

    def closest(self, lo: int, hi: int, at: int) -> T | None:
        """The item nearest ``at``, one in ``[lo, hi)`` (its clause) first."""
        r = self.nearest(lo, hi, at) or self.nearest(-_INF, _INF, at)
        return None if r is None else self.items[r[1]]

    def last_before(self, lo: int, hi: int) -> T | None:
        """The item at the greatest position in ``[lo, hi)``."""
        b = bisect_left(self.pos, hi)
        if b == 0 or self.pos[b - 1] < lo:
            return None
        return self.items[self.idx[b - 1]]

    def first_in(self, lo: int, hi: int) -> T | None:
        """The item earliest in list order among those in ``[lo, hi)``."""
        a = bisect_left(self.pos, lo)
        b = bisect_left(self.pos, hi)
        if a >= b:
            return None
        if b - a <= 8:
            return self.items[min(self.idx[a:b])]
        table = self._table()
        level = (b - a).bit_length() - 1
        row = table[level]
        return self.items[min(row[a], row[b - (1 << level)])]

    def _table(self) -> list[list[int]]:
        # A sparse table of range minima, built on first use.
        if self._sparse is None:
            rows = [self.idx]
            span = 1
            while 2 * span <= len(self.idx):
                prev = rows[-1]
                rows.append([min(prev[i], prev[i + span]) for i in range(len(prev) - span)])
                span *= 2
            self._sparse = rows
        return self._sparse
