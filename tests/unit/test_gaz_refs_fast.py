"""recon._gaz_refs builds its candidates the short way: the same answers as
the straightforward way."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recon._gaz_refs import _CLOSE_QUOTES, _OPEN_QUOTES, _QUOTE_REACH, _outlet, _ref
from recon._locate import Ref
from recon.normalise import normalise_key


def test_a_fast_ref_is_the_constructed_ref() -> None:
    for prep, nisba, aff, dateline in (("", False, False, False), ("في", True, True, True)):
        fast = _ref(
            "سوريا",
            3,
            8,
            "country",
            "sy",
            prep=prep,
            nisba=nisba,
            affiliation=aff,
            dateline=dateline,
        )
        ref = Ref(
            "سوريا",
            3,
            8,
            "country",
            "sy",
            prep=prep,
            nisba=nisba,
            affiliation=aff,
            dateline=dateline,
        )
        assert fast == ref and hash(fast) == hash(ref) and repr(fast) == repr(ref)


def _outlet_scan(text: str, start: int, end: int, outlets: frozenset[str]) -> bool:
    # The reading before the C-level look for an opening mark.
    if not outlets:
        return False
    lo = max(0, start - _QUOTE_REACH)
    o = max(text.rfind(q, lo, start) for q in _OPEN_QUOTES)
    if o < 0:
        return False
    hi = min(len(text), end + _QUOTE_REACH)
    found = [i for i in (text.find(q, end, hi) for q in _CLOSE_QUOTES) if i >= 0]
    if not found:
        return False
    return normalise_key(text[o + 1 : min(found)]) in outlets


@given(
    st.text(alphabet='«»"“”()القدسالعربي x\n', max_size=80),
    st.integers(0, 80),
    st.integers(0, 10),
)
def test_outlet_matches_the_scan(text: str, start: int, size: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + size)
    outlets = frozenset({normalise_key("القدس العربي"), normalise_key("القدس")})
    assert _outlet(text, start, end, outlets) == _outlet_scan(text, start, end, outlets)
