"""The fast normalisation path must be indistinguishable from the reference one."""

from hypothesis import given
from hypothesis import strategies as st

from recon.normalise import _slow_normalise, normalise

arabicish = st.lists(
    st.sampled_from(
        [
            *"ابتةىيأإآٱؤئ ٠١٢٣٤٥٦٧٨٩۱۲0123456789٫٬،.%ـ",
            "\u064e",
            "\u0651",
            "\u0670",
            "\u200f",
            "\u202b",
            "\u00a0",
            "\ufefb",
            "ß",
            "A",
            "\u1680",
            *["\n", "\r\n", "e\u0301", "\u0627\u0654", "\ufb50"],
        ]
    ),
    max_size=60,
).map("".join)


@given(st.one_of(arabicish, st.text(max_size=40)), st.booleans())
def test_fast_path_equals_reference(text, for_matching):
    fast, slow = normalise(text, for_matching=for_matching), _slow_normalise(text, for_matching)
    assert fast.text == slow.text
    assert list(fast.offsets) == list(slow.offsets)


@given(st.one_of(arabicish, st.text(max_size=40)), st.integers(0, 80), st.integers(0, 80))
def test_spans_stay_inside_the_original(text, a, b):
    n = normalise(text)
    if not n.text:
        return
    s, e = n.span(min(a, b), max(a, b) + 1)
    assert 0 <= s < e <= len(text)
