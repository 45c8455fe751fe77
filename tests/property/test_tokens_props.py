"""Tokenising a text chunk by chunk (recon._tokens) must cut exactly what one
regular expression over the whole text cuts, for every tokeniser that uses it:
words of sentences, date tokens, figure tokens and gazetteer words."""

from __future__ import annotations

import re
from itertools import accumulate

from hypothesis import given
from hypothesis import strategies as st

from recon._dates_lexicon import _columns, _tokenise
from recon._numbers_lexicon import _tables
from recon._tokens import chunk_rows, chunk_starts, shifted
from recon._words import _TILE_RE, tokenize
from recon.gazetteer import TOKEN_RE, shared_default
from recon.normalise import matching, normalise, normalise_key
from recon.numbers import _SPLIT, _chunk_tokens

_PIECES = [
    *"ابتةىيأإآؤئ0123456789٠١٢٫٬.,-/:%()،؛؟!_",
    *["\u064b", "\u0651", "\u0640", "\u00a0", "\u200f", "\t", "\n", "\r"],
    *[" ", " ", " ", "  "],
    *["قال", "بالقاعدة", "آذار", "مليون", "K1", "kelvin", "İ", "ß", "\U0001d7d9"],
]
texts = st.lists(st.sampled_from(_PIECES), max_size=50).map("".join)


def _words(text: str, start: int = 0) -> list[tuple[int, int, str, str]]:
    """The reference: sentence words by one regex over the whole text."""
    out = []
    at = start
    for word, gap in _TILE_RE.findall(text[start:]):
        key = normalise_key(word) if word else ""
        if key:
            out.append((at, at + len(word), word, key))
        at += len(word) + len(gap)
    return out


@given(texts)
def test_sentence_words_are_the_whole_text_reading(text: str) -> None:
    toks = tokenize(text)
    if "_" not in text and not re.search("[\U00010000-\U0010ffff]", text):
        assert [tuple(t) for t in toks] == _words(text)
    for t in toks:
        assert text[t.start : t.end] == t.text


@given(texts, texts)
def test_sentence_words_do_not_depend_on_the_text_around_them(a: str, b: str) -> None:
    # A chunk's words are the same wherever it stands: after a space, the
    # words of b are b's own words shifted by where b starts.
    whole = tokenize(a + " " + b)
    k = len(a) + 1
    after = [t for t in whole if t.start >= k]
    assert [(t.start - k, t.end - k, t.text, t.key) for t in after] == [
        tuple(t) for t in tokenize(b)
    ]


@given(texts)
def test_date_columns_are_the_whole_text_tokens(text: str) -> None:
    norm = normalise(text).text
    kinds, keys, ss, es = _columns(norm)
    ref = _tokenise(norm)
    assert list(zip(kinds, keys, ss, es, strict=True)) == [tuple(t) for t in ref]
    for s, e in zip(ss, es, strict=True):
        assert 0 <= s < e <= len(norm)


@given(texts)
def test_figure_tokens_are_the_whole_text_split(text: str) -> None:
    norm = normalise(text).text
    t = _tables("ar")
    parts = norm.split(" ")
    flat, ts, te = shifted(
        chunk_rows(parts, t.chunks, lambda c: _chunk_tokens(t, c)), chunk_starts(parts)
    )
    pieces = _SPLIT.split(norm.replace("ة", "ه").replace("ى", "ي"))
    at = list(accumulate(map(len, pieces), initial=0))
    assert [r[2] for r in flat] == pieces[1::2]
    assert ts == at[1:-1:2]
    assert te == at[2::2]


@given(texts)
def test_gazetteer_words_are_the_whole_text_words(text: str) -> None:
    norm = normalise(text, for_matching=True).text
    idx = shared_default()._idx()
    parts = norm.split(" ")
    flat, ws, we = shifted(chunk_rows(parts, idx.chunks, idx.chunk_words), chunk_starts(parts))
    ref = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(norm)]
    assert list(zip(ws, we, [r[2] for r in flat], strict=True)) == ref


@given(texts)
def test_matching_form_from_the_default_form(text: str) -> None:
    derived, direct = matching(normalise(text)), normalise(text, for_matching=True)
    assert derived.text == direct.text
    assert list(derived.offsets) == list(direct.offsets)
    assert derived.original == direct.original


@given(texts)
def test_mentions_on_the_derived_matching_form(text: str) -> None:
    gaz = shared_default()
    assert gaz.mentions_in(matching(normalise(text))) == gaz.find_mentions(text)
