"""The widest-gap look-up behind group._told_sizes agrees with a plain scan."""

import math

from hypothesis import given
from hypothesis import strategies as st

from recon.group import _widest_gaps


@given(
    st.lists(st.integers(1, 10**9), min_size=2, max_size=60, unique=True).map(sorted),
    st.data(),
)
def test_widest_gap_matches_a_scan(values: list[int], data: st.DataObject) -> None:
    widest = _widest_gaps([float(v) for v in values])
    i = data.draw(st.integers(0, len(values) - 2))
    j = data.draw(st.integers(i + 1, len(values) - 1))
    ratios = [math.log(values[k + 1] / values[k]) for k in range(i, j)]
    k = widest(i, j)
    assert i <= k < j
    assert math.isclose(ratios[k - i], max(ratios))
