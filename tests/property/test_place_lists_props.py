"""Properties of the container of a list of places (recon._place_lists)."""

from hypothesis import given
from hypothesis import strategies as st

from recon._dateline import _tables, containers
from recon._place_lists import container_of

_WITHIN, _ = _tables()
PLACES = sorted(_WITHIN)


@given(st.lists(st.sampled_from(PLACES), min_size=2, max_size=5, unique=True), st.randoms())
def test_the_container_holds_every_member_whatever_the_order(keys, rnd) -> None:
    got = container_of(tuple(keys))
    shuffled = list(keys)
    rnd.shuffle(shuffled)
    assert container_of(tuple(shuffled)) == got
    if got is not None:
        assert got not in keys
        assert all(got in containers(k) for k in keys)


@given(st.lists(st.sampled_from(PLACES), min_size=2, max_size=4, unique=True))
def test_no_more_specific_container_exists(keys) -> None:
    got = container_of(tuple(keys))
    if got is None:
        return
    # Nothing below the container (on the first member's line) holds them all.
    line = containers(keys[0])
    for e in line[: line.index(got)]:
        assert e in keys or not all(e in containers(k) for k in keys)
