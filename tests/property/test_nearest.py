"""recon._nearest.Near answers exactly what the naive scans it replaces answer,
tie-breaks (earliest in list order) included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recon._nearest import Near

positions = st.lists(st.integers(0, 40), max_size=40)
bounds = st.tuples(st.integers(-2, 45), st.integers(-2, 45), st.integers(-2, 45))


def items(pos: list[int]) -> list[tuple[int, int]]:
    # (position, list index): equal positions stay distinguishable.
    return [(p, i) for i, p in enumerate(pos)]


@given(positions, bounds)
def test_nearest_is_the_first_listed_of_the_closest(
    pos: list[int], b: tuple[int, int, int]
) -> None:
    lo, hi, at = b
    its = items(pos)
    near = Near(its, lambda e: e[0])
    inside = [e for e in its if lo <= e[0] < hi]
    want = min(inside, key=lambda e: abs(e[0] - at)) if inside else None
    got = near.nearest(lo, hi, at)
    assert (None if got is None else near.items[got[1]]) == want


@given(positions, bounds)
def test_closest_prefers_the_clause(pos: list[int], b: tuple[int, int, int]) -> None:
    lo, hi, at = b
    its = items(pos)
    want = min(its, key=lambda e: (not (lo <= e[0] < hi), abs(e[0] - at))) if its else None
    assert Near(its, lambda e: e[0]).closest(lo, hi, at) == want


@given(positions, bounds)
def test_last_before_and_first_in(pos: list[int], b: tuple[int, int, int]) -> None:
    lo, hi, _ = b
    its = items(pos)
    near = Near(its, lambda e: e[0])
    inside = [e for e in its if lo <= e[0] < hi]
    last = None
    for e in inside:
        if last is None or e[0] > last[0]:
            last = e
    assert near.last_before(lo, hi) == last
    assert near.first_in(lo, hi) == (inside[0] if inside else None)
