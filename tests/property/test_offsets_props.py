"""Offsets worked out per row when read (recon._tokens.laid_out) must equal
the lists recon._tokens.shifted lays out for every row, item by item, from
both ends, as a whole, and past the end."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recon._tokens import laid_out, shifted

# Chunks of 0-3 rows; a row is (start, end) within its chunk.
_row = st.tuples(st.integers(0, 30), st.integers(0, 30))
_chunks = st.lists(st.lists(_row, max_size=3).map(tuple), max_size=12)


@given(_chunks, st.integers(0, 50), st.lists(st.integers(1, 9), max_size=12))
def test_laid_out_equals_shifted(
    rows: list[tuple[tuple[int, int], ...]], base: int, gaps: list[int]
) -> None:
    starts = [base]
    for g in (gaps + [1] * len(rows))[: max(0, len(rows) - 1)]:
        starts.append(starts[-1] + g)
    flat, s, e = shifted(rows, starts)
    lflat, ls, le = laid_out(rows, starts)
    assert lflat == flat
    assert len(ls) == len(s) and len(le) == len(e)
    assert [ls[i] for i in range(len(s))] == s
    assert [le[i] for i in range(len(e))] == e
    assert [ls[-i] for i in range(1, len(s) + 1)] == [s[-i] for i in range(1, len(s) + 1)]
    assert list(ls) == s and list(le) == e
    assert ls[1:3] == s[1:3]
    for bad in (len(s), -len(s) - 1):
        with pytest.raises(IndexError):
            ls[bad]
