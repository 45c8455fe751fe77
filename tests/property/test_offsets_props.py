"""Offsets worked out per row when read (recon._tokens.laid_out) must equal
the lists recon._tokens.shifted lays out for every row, item by item, from
both ends, as a whole, and past the end; the per-row "touches the token
before it" flags of the date and figure scanners must agree with them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recon._dates_lexicon import _STRONG_STARTS, _WEAK, _lex, _Tokens
from recon._numbers_lexicon import _chunk_tokens, _Cx, _tables
from recon._tokens import chunk_rows, chunks_of, laid_out, shifted
from recon.gazetteer import shared_default
from recon.normalise import matching, normalise

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


_PIECES = [
    *"ابتةىيأ0123456789٠١٫٬.,-/:%()،؛؟!_",
    *["\u064b", "\u0640", "\u00a0", "\t", "\n", " ", " ", "  "],
    *["قال", "آذار", "مليون", "K1", "ß"],
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(_texts)
def test_row_flags_say_which_tokens_touch(text: str) -> None:
    # The scanners' "touches the token before it" flag (cut once per chunk)
    # must be what the offsets say: token k starts where token k - 1 ends.
    norm = normalise(text)
    toks = _Tokens(norm, _lex("ar"), None)
    for i in range(-1, toks.n + 1):
        assert toks.glued(i) == (0 <= i < toks.n - 1 and toks.es[i] == toks.ss[i + 1])
    t = _tables("ar")
    parts, at = chunks_of(norm.text)
    flat, ts, te = laid_out(chunk_rows(parts, t.chunks, lambda c: _chunk_tokens(t, c)), at)
    cx = _Cx(t, [r[2] for r in flat], ts, te, flat)
    for k in range(-1, len(flat) + 1):
        assert cx.adjacent(k) == (0 < k < len(flat) and ts[k] == te[k - 1])


@given(_texts)
def test_date_token_tables_equal_the_per_token_reading(text: str) -> None:
    # The date scanner reads each token's tables and start flag from its
    # chunk's row (cut once per chunk); the old per-token definition:
    lex = _lex("ar")
    toks = _Tokens(normalise(text), lex, None)
    assert toks.cats == [lex.cats(k) for k in toks.keys]
    starts = [
        kind == "n" or not _STRONG_STARTS.isdisjoint(c)
        for kind, c in zip(toks.kinds, toks.cats, strict=True)
    ]
    for i in range(toks.n - 1):
        weak = _WEAK in toks.cats[i]
        if weak and toks.kinds[i + 1] == "n" and len(toks.keys[i + 1]) == 4:
            starts[i] = True
    assert toks.starts == starts


@given(_texts)
def test_gazetteer_reuses_the_default_forms_chunk_starts(text: str) -> None:
    # extract() passes the default form's chunk starts to the gazetteer when
    # the matching form was derived from it (offsets shared).
    norm = normalise(text)
    match = matching(norm)
    gaz = shared_default()
    if match.offsets is norm.offsets:
        assert [len(p) for p in match.text.split(" ")] == [len(p) for p in norm.text.split(" ")]
        assert gaz.mentions_in(match, starts=chunks_of(norm.text).starts) == gaz.mentions_in(match)
