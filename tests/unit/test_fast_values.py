"""The extractor's private constructors of values (recon.model._quantity,
_date_value) must build exactly what the validating constructors build, and
raise exactly what they raise."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recon import DateValue, InvalidValueError, Precision, Qualifier, Quantity, UnitError
from recon._fast_values import _date_value, _quantity, _with_raw
from recon.units import UNITS


def _same(a: Any, b: Any) -> None:
    assert type(a) is type(b)
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b)
    for f in ("value", "low", "high", "qualifier", "raw"):
        x, y = getattr(a, f), getattr(b, f)
        assert type(x) is type(y) and (x == y or (x != x and y != y))


def _outcome(make: Any) -> Any:
    try:
        return make()
    except (InvalidValueError, UnitError, TypeError, ValueError) as e:
        return (type(e), str(e))


_QUANTITIES: list[dict[str, Any]] = [
    {"value": 30, "unit": "person", "qualifier": Qualifier.EXACT},
    {"value": 100, "unit": "person", "qualifier": Qualifier.APPROX},
    {"value": 1.1e6, "unit": "USD", "qualifier": Qualifier.AT_LEAST},
    {"value": 10, "unit": "km", "qualifier": Qualifier.LESS_THAN},
    {"value": -3.5, "unit": "", "qualifier": Qualifier.AT_MOST},
    {"value": 15, "unit": "person", "qualifier": Qualifier.RANGE, "low": 10, "high": 20},
    {"value": 15.0, "unit": "", "qualifier": Qualifier.VAGUE, "low": 10.0, "high": math.inf},
    # invalid: each must fall back to the validating constructor's error
    {"value": -1, "unit": "person", "qualifier": Qualifier.EXACT},
    {"value": 1, "unit": "no-such-unit", "qualifier": Qualifier.EXACT},
    {"value": math.nan, "unit": "", "qualifier": Qualifier.EXACT},
    {"value": math.inf, "unit": "", "qualifier": Qualifier.EXACT},
    {"value": True, "unit": "", "qualifier": Qualifier.EXACT},
    {"value": 5, "unit": "", "qualifier": "approx"},
    {"value": 5, "unit": "", "qualifier": "nonsense"},
    {"value": 5, "unit": "", "qualifier": Qualifier.RANGE, "low": 9, "high": 1},
    {"value": 5, "unit": "", "qualifier": Qualifier.RANGE, "low": math.nan, "high": 1},
]


@pytest.mark.parametrize("kw", _QUANTITIES)
def test_quantity_fast_path_matches_constructor(kw: dict[str, Any]) -> None:
    slow = _outcome(lambda: Quantity(raw="نحو 30", **kw))
    fast = _outcome(lambda: _quantity(raw="نحو 30", **kw))
    if isinstance(slow, Quantity):
        _same(fast, slow)
    else:
        assert fast == slow


_NUMS = st.one_of(
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
)


@given(
    value=_NUMS,
    unit=st.sampled_from(sorted(UNITS)),
    qualifier=st.sampled_from(list(Qualifier)),
    bounds=st.none() | st.tuples(_NUMS, _NUMS),
    raw=st.text(max_size=5),
)
def test_quantity_fast_path_property(
    value: float, unit: str, qualifier: Qualifier, bounds: Any, raw: str
) -> None:
    kw: dict[str, Any] = {"value": value, "unit": unit, "qualifier": qualifier, "raw": raw}
    if bounds is not None:
        kw.update(low=bounds[0], high=bounds[1])
    slow = _outcome(lambda: Quantity(**kw))
    fast = _outcome(lambda: _quantity(**kw))
    if isinstance(slow, Quantity):
        _same(fast, slow)
    else:
        assert fast == slow


_DATES = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@given(lo=_DATES, hi=_DATES, value=_DATES, precision=st.sampled_from(list(Precision)))
def test_date_value_fast_path_property(
    lo: dt.date, hi: dt.date, value: dt.date, precision: Precision
) -> None:
    slow = _outcome(lambda: DateValue(value=value, low=lo, high=hi, precision=precision))
    fast = _outcome(lambda: _date_value(lo, hi, precision, value))
    if isinstance(slow, DateValue):
        _same(fast, slow)
        assert fast.precision is slow.precision
    else:
        assert fast == slow


def test_date_value_fast_path_falls_back_on_odd_types() -> None:
    d = dt.date(2020, 3, 26)
    for args in [
        (dt.datetime(2020, 3, 26), d, Precision.DAY, d),
        (d, d, "month", d),
        (d, d, "nonsense", d),
    ]:
        slow = _outcome(lambda a=args: DateValue(value=a[3], low=a[0], high=a[1], precision=a[2]))
        fast = _outcome(lambda a=args: _date_value(*a))
        if isinstance(slow, DateValue):
            _same(fast, slow)
        else:
            assert fast == slow


def test_with_raw_matches_evolve() -> None:
    import attrs

    d = dt.date(2020, 3, 26)
    for v in [
        Quantity(value=1.1e6, unit="USD", qualifier="at_least", raw="x"),
        Quantity(value=15, unit="person", qualifier="range", low=10, high=20),
        DateValue(value=d, low=d, high=dt.date(2020, 3, 31), precision="part_of_month"),
        DateValue(value=d, qualifier="approx", raw="أمس"),
    ]:
        for raw in ("", "نحو 30", "الخميس"):
            _same(_with_raw(v, raw), attrs.evolve(v, raw=raw))
            assert _with_raw(v, raw).raw == raw
