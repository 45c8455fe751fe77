"""recon._tokens: chunks between spaces, their remembered rows, and rows laid
out at their offsets in the text."""

from __future__ import annotations

from recon._tokens import chunk_rows, chunk_starts, shifted
from recon.sentences import tokenize


def _cut(chunk: str) -> tuple[tuple[int, int, str], ...]:
    # One row per "/"-separated piece: chunks of none, one and several rows.
    out, at = [], 0
    for piece in chunk.split("/"):
        if piece:
            out.append((at, at + len(piece), piece))
        at += len(piece) + 1
    return tuple(out)


def test_chunk_starts_count_the_spaces() -> None:
    parts = "ab  c d".split(" ")
    assert parts == ["ab", "", "c", "d"]
    assert chunk_starts(parts) == [0, 3, 4, 6]
    assert chunk_starts(parts, 10) == [10, 13, 14, 16]


def test_rows_are_cut_once_and_laid_out_at_their_offsets() -> None:
    text = "آذار/مارس  في / 2020"
    parts = text.split(" ")
    calls: list[str] = []
    table: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def cut(chunk: str) -> tuple[tuple[int, int, str], ...]:
        calls.append(chunk)
        return _cut(chunk)

    rows = chunk_rows(parts, table, cut)
    flat, starts, ends = shifted(rows, chunk_starts(parts))
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == [r[2] for r in flat]
    assert [r[2] for r in flat] == ["آذار", "مارس", "في", "2020"]
    assert chunk_rows(parts, table, cut) == rows  # remembered: no new cut
    assert sorted(calls) == sorted(set(parts))


def test_one_row_per_chunk_takes_the_same_offsets() -> None:
    parts = "في  عام 2020".split(" ")
    rows = chunk_rows(parts, {}, _cut)
    _, starts, ends = shifted(rows, chunk_starts(parts))
    assert starts == [0, 4, 8] and ends == [2, 7, 12]


def test_tokenize_a_sentence_inside_a_text() -> None:
    text = "قال. وأضاف  أن 1.5 مليون،(K-1) غادروا"
    toks = tokenize(text, 5)
    assert [t.text for t in toks] == ["وأضاف", "أن", "1.5", "مليون", "K-1", "غادروا"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_long_chunks_are_cut_but_not_remembered() -> None:
    from recon._tokens import MAX_CHUNK_LEN

    long = "1," * MAX_CHUNK_LEN
    table: dict[str, tuple[tuple[int, int, str], ...]] = {}
    rows = chunk_rows(["ab", long], table, _cut)
    assert rows == [_cut("ab"), _cut(long)]
    assert list(table) == ["ab"]


def test_words_lay_out_the_starts_and_keys_of_the_tokens() -> None:
    from recon._words import words
    from recon.sentences import token_keys, token_starts

    text = "قال. وأضاف  أن 1.5 مليون،(K-1) غادروا الأطفالُ"
    for start, end in ((0, None), (5, None), (5, 20), (30, 10)):
        toks, starts, keys = words(text, start, end)
        assert toks == tokenize(text, start, end)
        assert starts == token_starts(toks) and keys == token_keys(toks)
