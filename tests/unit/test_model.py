import datetime as dt
import math

import pytest

import recon
from recon import DateValue, InvalidValueError, Qualifier, Quantity, Source, TextValue, UnitError
from recon.model import Claim, SetValue, Span


def test_quantity_interval_follows_qualifier():
    assert (Quantity(value=30, unit="person").low, Quantity(value=30, unit="person").high) == (
        30,
        30,
    )
    q = Quantity(value=100, unit="person", qualifier="approx")
    assert q.low == pytest.approx(95) and q.high == pytest.approx(105)
    q = Quantity(value=1.1e6, unit="USD", qualifier=Qualifier.AT_LEAST)
    assert q.low == 1.1e6 and math.isinf(q.high)
    q = Quantity(value=10, unit="km", qualifier="less_than")
    assert (q.low, q.high) == (0, 10)


def test_quantity_interval_with_other_tolerance():
    q = Quantity(value=200, unit="person", qualifier="approx")
    assert q.interval(0.1) == pytest.approx((180, 220))
    assert Quantity(value=200, unit="person").interval(0.1) == (200, 200)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_quantity_rejects_non_finite(bad):
    with pytest.raises(InvalidValueError):
        Quantity(value=bad, unit="USD")


def test_negative_count_is_rejected_but_negative_money_is_not():
    with pytest.raises(InvalidValueError, match="cannot be negative"):
        Quantity(value=-3, unit="person")
    assert Quantity(value=-3, unit="USD").value == -3


def test_unknown_unit_is_a_unit_error():
    with pytest.raises(UnitError, match="unknown unit 'furlong'"):
        Quantity(value=3, unit="furlong")


def test_range_needs_consistent_bounds():
    with pytest.raises(InvalidValueError):
        Quantity(value=15, unit="km", qualifier="range", low=20, high=10)


def test_errors_share_one_hierarchy():
    for e in (
        InvalidValueError,
        UnitError,
        recon.CorpusError,
        recon.LexiconError,
        recon.OptionError,
    ):
        assert issubclass(e, recon.ReconError)


def test_date_value_defaults_to_a_day():
    d = DateValue(value=dt.date(2020, 3, 29))
    assert d.low == d.high == dt.date(2020, 3, 29)
    with pytest.raises(InvalidValueError):
        DateValue(value=dt.date(2020, 3, 29), low=dt.date(2020, 4, 1), high=dt.date(2020, 3, 1))
    with pytest.raises(InvalidValueError):
        DateValue(value="2020-03-29")  # type: ignore[arg-type]


def test_text_and_set_values_normalise_for_comparison():
    assert TextValue(value="Gate  A1").normalised == TextValue(value="gate a1").normalised
    assert (
        SetValue(value=("B. Smith", "a jones")).members
        == SetValue(value=("A Jones", "b. smith")).members
    )
    assert TextValue(value="Gate  A1").value == "Gate  A1"  # the value as given is kept


def test_claim_needs_entity_field_and_a_typed_value():
    s = Source(id="afp")
    with pytest.raises(InvalidValueError):
        Claim(entity=" ", field="personnel", value=Quantity(value=1), source=s)
    with pytest.raises(InvalidValueError, match="claim value must be"):
        Claim(entity="K1", field="personnel", value=300, source=s)  # type: ignore[arg-type]


def test_claim_keeps_provenance():
    s = Source(id="001", outlet="AFP", published="2020-03-29")
    c = Claim(
        entity="K1",
        field="personnel",
        value=Quantity(value=300, unit="person"),
        source=s,
        span=Span(10, 17),
        quote="مغادرة 300 فرد",
        speaker="بيان للتحالف",
        method="extracted",
    )
    assert c.doc == "001" and c.source.published == dt.date(2020, 3, 29)
    assert c.method is recon.Method.EXTRACTED


def test_span_must_be_non_empty_and_non_negative():
    with pytest.raises(InvalidValueError):
        Span(5, 5)
    with pytest.raises(InvalidValueError):
        Span(-1, 3)


def test_source_rejects_bad_dates():
    with pytest.raises(InvalidValueError, match="ISO date"):
        Source(id="x", published="29/03/2020")


def test_values_are_frozen_and_hashable():
    q = Quantity(value=1, unit="USD")
    with pytest.raises(AttributeError):
        q.value = 2  # type: ignore[misc]
    assert len({q, Quantity(value=1, unit="USD")}) == 1
