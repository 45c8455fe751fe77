"""recon._distance reads a sentence's locating verbs once (locating_tokens)
and answers each distance by a bisect: the same answer as the scan of the
clause it replaces, so a sentence of thousands of distances stays linear."""

from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from recon._distance import _locating_verbs, locating_tokens

WORDS = ["تقع", "وتقع", "فيقع", "الواقعة", "على", "بعد", "كيلومترا", "جنوب", "وجدة", "وو", "ف"]


def _scan(keys: list[str], lo: int, hi: int) -> bool:
    verbs = _locating_verbs()
    for key in keys[lo:hi]:
        k = key[1:] if key[:1] in "وف" and key[1:] in verbs else key
        if k in verbs:
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_bisect_over_locating_words_matches_the_scan(keys: list[str], lo: int, hi: int) -> None:
    at = locating_tokens(keys)
    j = bisect_left(at, lo)
    assert (j < len(at) and at[j] < hi) == _scan(keys, lo, hi)


def test_locating_words_found_bare_and_after_a_conjunction() -> None:
    assert locating_tokens(["وتقع", "جرادة", "على", "بعد", "تبعد", "كيلومترا"]) == [0, 4]
