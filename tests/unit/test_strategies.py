import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import recon
from recon import strategies as rst


@given(rst.quantities(units=["person"], qualifiers=["approx", "at_least"], max_value=100))
def test_quantities_respect_their_arguments(q):
    assert q.unit == "person" and q.qualifier.value in ("approx", "at_least")
    assert 0 <= q.value <= 100


@given(rst.claim_batches(min_size=3, max_size=5, max_sources=2))
def test_claim_batches_sizes(claims):
    assert 3 <= len(claims) <= 5
    assert len({c.source.id for c in claims}) <= 2


@given(st.from_type(recon.Quantity), st.from_type(recon.Source), st.from_type(recon.DateValue))
def test_from_type_works_for_recon_types(q, s, d):
    assert isinstance(q, recon.Quantity) and isinstance(s, recon.Source)
    assert d.low <= d.value <= d.high


@pytest.mark.parametrize(
    "make",
    [
        lambda: rst.quantities(min_value=5, max_value=1),
        lambda: rst.quantities(units=["furlong"]),
        lambda: rst.text_values(min_size=0),
        lambda: rst.claim_batches(max_sources=0),
        lambda: rst.dates(precisions=["decade"]),
    ],
)
@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
def test_invalid_arguments_raise_invalid_argument(make):
    with pytest.raises(InvalidArgument):
        make().example()
