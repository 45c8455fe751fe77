"""Cutting a text's words once and handing each sentence its share
(recon._words.sentence_words) must give every span exactly the words
tokenize() cuts from that span alone: for the sentences of the text and for
any cut points, including ones inside words, separators and marks."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from recon._words import sentence_words, tokenize
from recon.sentences import split_sentences

_PIECES = [
    *"ابتةىيأإآ0123456789٠١٢٫٬.,-/:%()،؛؟!_",
    *["\u064b", "\u0651", "\u0640", "\u00a0", "\u200f", "\t", "\n", "\r"],
    *[" ", " ", " ", "  "],
    *["قال", "بالقاعدة", "1.5", "K-1", "كوفيد-19", "İ", "ß", "\U0001d7d9"],
]
texts = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@given(texts)
def test_sentences_get_their_own_words(text: str) -> None:
    spans = [(s.start, s.end) for s in split_sentences(text)]
    assert sentence_words(text, spans) == [tokenize(text, a, b) for a, b in spans]


@given(texts, st.lists(st.integers(0, 80), max_size=8))
def test_any_cut_points(text: str, cuts: list[int]) -> None:
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    spans = list(pairwise(points))
    assert sentence_words(text, spans) == [tokenize(text, a, b) for a, b in spans]
