"""Normalised.span clamps with comparisons; it must equal the min/max
definition it replaced, for any offsets in or out of range."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recon.normalise import Normalised, normalise


def _old_span(n: Normalised, start: int, end: int) -> tuple[int, int]:
    if not n.text:
        return 0, 0
    start = max(0, min(start, len(n.text) - 1))
    end = max(start + 1, min(end, len(n.text)))
    s = n.offsets[start]
    e = n.offsets[end - 1] + 1
    return s, max(e, s + 1)


@given(
    st.text(alphabet="ابت \u064b\u0640١٫ß", max_size=20),
    st.integers(-30, 30),
    st.integers(-30, 30),
)
def test_span_equals_the_min_max_definition(text: str, a: int, b: int) -> None:
    for fm in (False, True):
        n = normalise(text, for_matching=fm)
        assert n.span(a, b) == _old_span(n, a, b)
