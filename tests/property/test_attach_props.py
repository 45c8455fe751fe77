"""Invariants of the attachment helpers (recon._locate, recon._destinations,
recon._choose).

The fast readings (bisection, per-clause caches) answer what the naive scans
would, and the rules only ever choose among the candidates they are given.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import recon
from recon._destinations import destinations, mark_destinations
from recon._locate import Ref, story_place
from recon.entities_ar import load_lex
from recon.extract import extract
from recon.sentences import tokenize

pytest.importorskip("recon.numbers")

KEYS = ["a", "b", "c", "d"]


def ref(key: str, at: int, kind: str = "city") -> Ref:
    return Ref(key, at, at + 1, kind, key)


places_st = st.lists(st.tuples(st.sampled_from(KEYS), st.integers(0, 50)), max_size=12)
located_st = st.lists(st.tuples(st.sampled_from(KEYS), st.sampled_from(KEYS)), max_size=8)


@given(places_st, located_st, st.sampled_from([*KEYS, None]))
def test_story_place_is_the_main_place_or_one_it_locates(places, located, main):
    refs = [ref(k, at) for k, at in places]
    place = None if main is None else ref(main, 99, "country")
    got = story_place(place, refs, located)
    if place is None:
        assert got is None
        return
    inner = {i for i, o in located if o == place.key}
    assert got is place or (got in refs and got.key in inner)
    if got is place:
        assert not any(r.key in inner for r in refs)


@given(places_st, located_st)
def test_story_place_does_not_depend_on_unrelated_pairs(places, located):
    refs = [ref(k, at) for k, at in places]
    place = ref("a", 99, "country")
    mine = [(i, o) for i, o in located if o == "a"]
    assert story_place(place, refs, located) == story_place(place, refs, mine)


WORDS = [
    "نقلوا",
    "إلى",
    "مستشفى",
    "الرازي",
    "،",
    "فيما",
    "قتل",
    "5",
    "أشخاص",
    "متجهين",
    "نحو",
    "حلب",
    ".",
]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.lists(st.integers(0, 200), max_size=10))
def test_destination_marks_match_a_naive_scan(words, offsets):
    text = " ".join(words)
    toks = tokenize(text, 0, len(text))
    spans = destinations(text, toks, load_lex("ar"))
    assert spans == sorted(spans)
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(spans))
    refs = [ref("a", o) for o in offsets]
    got = [r.dest for r in mark_destinations(refs, spans)]
    assert got == [any(a <= r.start < b for a, b in spans) for r in refs]


PIECES = [
    "قتل 7 أشخاص في محافظة حمص في وسط سوريا",
    "نقل 12 جريحا إلى مستشفى الرازي",
    "فيما تواصل الفرق البحث بمدينة تدمر",
    "غادر 300 جندي قاعدة الصخرة متجهين إلى مدينة الحديدة",
    "وقدمت قطر منذ عام 2019 مساعدات بقيمة 50 مليون دولار",
    "فقد غادر 40 عنصرا معسكر دينسور",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_every_claim_is_attached_to_a_name_in_the_text(pieces):
    text = "، ".join(pieces) + "."
    doc = recon.Document(source=recon.Source(id="p", published="2024-01-01"), text=text)
    for c in extract(doc):
        assert c.entity_span is not None
        assert text[c.entity_span.start : c.entity_span.end] == c.entity
