"""Round 16: one person told by a singular noun (``recon._implied_one``):
"وفاة شخص وإصابة 12 آخرين" says one dead, as "قتيل واحد" does.  Sentences
written for these tests, with negative cases."""

import datetime as dt

import pytest
from extracting import extract_text
from hypothesis import given
from hypothesis import strategies as st

from recon._implied_one import implied_ones
from recon.normalise import normalise

PUB = dt.date(2025, 7, 15)


def figures(text):
    return sorted((c.field, c.value.value) for c in extract_text(text, PUB))


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("أسفر الحادث عن وفاة شخص وإصابة 12 آخرين في إربد.", "killed"),
        ("توفي طفل وأصيب 5 أشخاص في حادث سير على طريق إربد.", "killed"),
        ("أسفر الانفجار عن مقتل جندي وإصابة 3 آخرين في درعا.", "killed"),
        ("وأعلنت الشرطة توقيف شخص في إربد على خلفية الحادث.", "arrested"),
        ("وأدى الحادث إلى اصابة سائق بجروح في إربد.", "injured"),
        # One body: "جثة" and a singular noun.
        ("عثرت فرق الإنقاذ على جثة طفل في نهر النيل قرب أبو حمد.", "killed"),
    ],
)
def test_a_singular_noun_after_a_word_of_harm_is_one(text, field) -> None:
    assert (field, 1) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # Someone already counted, named again.
        "وقال إن وفاة الطفل جاءت بعد ساعات من وصوله إلى مستشفى إربد.",
        # A verb of losing, not a missing person.
        "وقال شهود إن السائق فقد السيطرة على الحافلة قرب إربد.",
    ],
)
def test_no_one_without_a_word_of_harm_before_an_indefinite_person(text) -> None:
    assert not [f for f, v in figures(text) if v == 1], figures(text)


def test_a_noun_with_its_own_number_is_counted_once() -> None:
    assert figures("أسفر الحادث عن مقتل شخص واحد وإصابة 12 آخرين في إربد.") == [
        ("injured", 12),
        ("killed", 1),
    ]
    assert ("killed", 2) in figures("أسفر الحادث عن مقتل شخصين في إربد.")
    assert ("killed", 1) not in figures("أسفر الحادث عن مقتل شخصين في إربد.")


_TRIGGERS = ("وفاة", "مقتل")
_WORDS = ["وفاة", "شخص", "مقتل", "طفل", "الطفل", "واحد", "و", "في", "إربد", "12", "،", "جندي"]


@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_each_one_found_is_a_listed_noun_right_after_a_trigger(words) -> None:
    text = " ".join(words)
    found = implied_ones(normalise(text))
    for q in found:
        assert q.quantity.value == 1 and q.quantity.unit == "person"
        assert text[q.start : q.end] in ("شخص", "طفل", "جندي")
        before = text[: q.start].split()
        last = before[-1] if before else ""
        assert last in _TRIGGERS or (last[:1] in "وف" and last[1:] in _TRIGGERS), last
    assert len({q.start for q in found}) == len(found)


def test_the_saved_and_one_body_beside_them() -> None:
    got = figures("تمكن زورقان من انتشال ثمانية بحارة أحياء وجثة بحار قبالة الحسيمة.")
    assert ("rescued", 8) in got and ("killed", 1) in got
    # A body already named is no new figure.
    assert ("killed", 1) not in figures("وقال إن جثة الطفل نقلت إلى مستشفى أبو حمد.")
