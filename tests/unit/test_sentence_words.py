"""The per-sentence shortcuts of recon.fields_ar.Sentence give what the
plain calls they stand for give."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from recon.entities_ar import load_lex
from recon.fields_ar import Sentence
from recon.sentences import split_clauses, split_sentences

ROOT = Path(__file__).resolve().parents[2]
LX = load_lex("ar")


def _same_clauses(text: str) -> None:
    for seg in split_sentences(text):
        got = Sentence(text, seg, LX).clauses
        assert got == split_clauses(text, seg, LX.openers), text[seg.start : seg.end]


def test_clauses_of_every_test_article():
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))
    assert files
    for f in files:
        _same_clauses(f.read_text(encoding="utf-8"))


def test_clauses_with_openers_inside_joined_words():
    # "كما-قال" is one token whose first run, "كما", split_clauses reads as an opener.
    for text in (
        "قتل 5 أشخاص كما-قال مصدر، وأصيب 3",
        "قتل 5 أشخاص كَما قال مصدر",
        "قتل 5 أشخاص فيما.5 جرحى",
        "قتل 5 أشخاص، لكن_ 3 نجوا",
        "قتل 5 أشخاص 𝟓 حيث وقع الهجوم",
        "قتل 1,500 شخص، غير ان 3 نجوا بينما-هم",
        "كما",
        "قتل 5 أشخاص ﻛﻤﺎ-قال مصدر",  # presentation forms: NFKC makes them "كما"
        "قتل 5 أشخاص، ﻓﻴﻤﺎ.أصيب 3",
    ):
        _same_clauses(text)


_WORDS = ["قتل", "5", "1.5", "K-1", "كما", "فيما", "بينما", "حيث", "غير", "ان", "اذ", "إذ", "لكن"]
_GAPS = [" ", "، ", ", ", "-", ".", ",", "؛ ", " (", ") ", "_", "\u064e", " \U0001d7d3 "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=12))
def test_clauses_match_split_clauses(parts: list[tuple[str, str]]) -> None:
    _same_clauses("".join(w + g for w, g in parts))


def _period_reference(s: Sentence, lo: int, hi: int) -> bool:
    """fields_ar._period_clause as it read before its shortcut."""
    from recon._field_scope import _PERIOD_REACH, _year

    toks = s.toks
    for k in range(lo, hi):
        key = toks[k].key
        if key in LX.period_adverbs or (key[:1] in "وف" and key[1:] in LX.period_adverbs):
            return True
        since = key in LX.since_preps
        if not since and key not in LX.period_preps:
            continue
        reach = toks[k + 1 : min(hi, k + 1 + _PERIOD_REACH)]
        if since and any(t.key in LX.period_words or _year(t) for t in reach):
            return True
        for n, t in enumerate(reach):
            if t.key in LX.period_words and any(
                u.key in LX.period_past or _year(u) for u in reach[n + 1 :]
            ):
                return True
    return False


def test_period_clause_shortcut_gives_the_full_scan():
    from recon._field_scope import _period_clause

    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))
    extra = "قتل 5 أشخاص وخلال العام الماضي، ومنذ 2023 نزح 300، وسنويا 40، فخلال صائفة 2023"
    texts = [f.read_text(encoding="utf-8") for f in files] + [extra]
    seen = set()
    for text in texts:
        for seg in split_sentences(text):
            s = Sentence(text, seg, LX)
            for c in s.clauses:
                lo, hi = s.tok_range(c)
                got = _period_clause(s, LX, lo, hi)
                assert got == _period_reference(s, lo, hi), text[c.start : c.end]
                seen.add(got)
    assert seen == {True, False}


def test_a_listed_word_is_found_bare_after_a_conjunction_and_with_the_article() -> None:
    from recon._words import listed, readings

    words = {"توقعت", "مزارع", "في"}
    assert readings("وتوقعت") == ("وتوقعت", "توقعت")
    assert readings("في") == ("في",)
    assert listed("وتوقعت", words) == "توقعت"
    assert listed("فتوقعت", words) == "توقعت"
    assert listed("توقعت", words) == "توقعت"
    assert listed("المزارع", words) is None  # the article only when asked
    assert listed("والمزارع", words, article=True) == "مزارع"
    assert listed("بتوقعت", words) is None  # ب is no conjunction
    assert listed("وفي", words) == "في"
    assert listed("و", words) is None
