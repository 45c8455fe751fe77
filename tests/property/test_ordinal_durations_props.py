"""Elapsed ordinals (recon._ordinal_days) on random text made of their own
words, noise, punctuation and diacritics: never an error, every span inside
the original text and ordered, every value one the lexicon lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from recon._ordinal_days import ordinal_durations
from recon.normalise import normalise

WORDS = [
    "لليوم",
    "يومه",
    "اليوم",
    "الثالث",
    "الحادي",
    "عشر",
    "على",
    "التوالي",
    "للشهر",
    "الثاني",
    "والعشرين",
    "إضراب",
    "،",
    "«",
    "»",
    "ّ",
    "3",
    "في",
    "شهرها",
]

texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join) | st.text(max_size=60)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_spans_are_inside_the_text_and_ordered(text: str) -> None:
    found = ordinal_durations(normalise(text))
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    for q in found:
        assert 0 <= q.start <= q.number_start < q.number_end <= q.end <= len(text)
        assert 1 <= q.quantity.value <= 30
        assert q.quantity.unit in ("day", "week", "month")
