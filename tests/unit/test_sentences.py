from hypothesis import given
from hypothesis import strategies as st

from recon.sentences import PhraseSet, split_clauses, split_sentences, stems, tokenize


def test_sentences_keep_offsets_and_quotes():
    text = 'قال الوزير إن "الوضع مستقر". وأضاف أن 1.1 مليون دولار وصلت؟ نعم!\nسطر جديد'
    sents = split_sentences(text)
    got = [s.text(text) for s in sents]
    assert got == [
        'قال الوزير إن "الوضع مستقر".',
        "وأضاف أن 1.1 مليون دولار وصلت؟",
        "نعم!",
        "سطر جديد",
    ]
    assert sents[-1].paragraph == 1 and sents[0].paragraph == 0


def test_scraped_dot_comma_artefact_and_hosts():
    text = "غادرت القوات القاعدة., كما أضاف المتحدث أن الخطة قديمة.\nالمصدر : news.example.com"
    got = [s.text(text) for s in split_sentences(text)]
    assert got == [
        "غادرت القوات القاعدة.,",
        "كما أضاف المتحدث أن الخطة قديمة.",
        "المصدر : news.example.com",
    ]


def test_clauses_split_on_commas_but_not_thousands():
    text = "أعلنت الوزارة، يوم الأحد، نزوح 12,500 شخص؛ فيما عاد آخرون"
    sent = split_sentences(text)[0]
    got = [c.text(text) for c in split_clauses(text, sent, ["فيما"])]
    assert got == ["أعلنت الوزارة", "يوم الأحد", "نزوح 12,500 شخص", "فيما عاد آخرون"]


def test_tokens_keep_decimals_and_hyphenated_names():
    toks = tokenize("تفشي كوفيد-19 بلغ 1.5 مليون في K1")
    assert [t.text for t in toks] == ["تفشي", "كوفيد-19", "بلغ", "1.5", "مليون", "في", "K1"]


def test_stems_remove_glued_prefixes_and_suffixes():
    assert "قاعده" in stems("وبالقاعده")
    assert "جنود" in stems("جنودها")
    assert all(len(v) >= 2 for v in stems("ول"))


def test_phrase_set_matches_multiword_with_prefix():
    ps = PhraseSet([("لقي حتفه", "killed"), ("قتل", "killed")])
    toks = tokenize("وقد ولقي حتفه ثلاثة")
    m = ps.match_at(toks, 1)
    assert m is not None and (m.first, m.last, m.value) == (1, 2, "killed")
    assert ps.match_at(toks, 0) is None


def test_phrase_sets_share_what_words_start() -> None:
    """A word learnt by the shared vocabulary (recon._vocab) is matched by a
    set made later, by a pickled copy, and after the vocabulary is full."""
    import pickle

    import recon._vocab as vocab
    from recon._phrase_index import PhraseIndex

    toks = tokenize("ثم لقي حتفه وبمقتل جندي")
    first = PhraseSet([("لقي حتفه", "killed")])
    assert [bool(x) for x in first.starts([t.key for t in toks])] == [0, 1, 0, 0, 0]
    later = PhraseSet([("مقتل", "k")])  # after the words above were learnt
    m = later.match_at(toks, 3)
    assert m is not None and m.value == "k"
    assert PhraseIndex([first, later]).masks([t.key for t in toks]) == [0, 1, 0, 2, 0]
    copy = pickle.loads(pickle.dumps(later))
    assert copy._serial != later._serial and copy.find_all(toks)[0].first == 3
    full, vocab.MAX_KNOWN = vocab.MAX_KNOWN, 1
    try:
        assert first.find_all(toks)[0].value == "killed"
        assert later.match_at(toks, 3) is not None
    finally:
        vocab.MAX_KNOWN = full


# The fast paths (regex tiling, clause regex) must cut exactly what the
# character-by-character reading cuts, on any text: marks, joiners between
# digits and letters, "_" and characters beyond the BMP (which take the slow
# path) included.
_ALPHABET = [
    *'abK19٠١٢.,٫٬-،;؛:؟?!…\n "”»)(ـًٌَُّ_',
    "كما",
    "فيما",
    "قال",
    "بالقاعدة",
    "\u00a0",
    "İ",
    "²",
    "\U0001d7d9",
    "\U0001d167",
]


@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
def test_fast_tokenize_and_clauses_match_the_character_reading(text: str) -> None:
    from recon.sentences import _slow_clauses, _slow_tokenize

    assert tokenize(text) == _slow_tokenize(text, 0, len(text))
    for seg in split_sentences(text):
        assert tokenize(text, seg.start, seg.end) == _slow_tokenize(text, seg.start, seg.end)
        openers = frozenset({"كما", "فيما"})
        assert split_clauses(text, seg, openers) == _slow_clauses(text, seg, openers)
