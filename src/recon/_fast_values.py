"""Building the extractor's values without attrs' per-call machinery.

The extractor makes a :class:`~recon.model.Quantity` or
:class:`~recon.model.DateValue` for every figure and date it reads, from
arguments it already knows are well formed.  These private constructors build
the same objects (same fields, so the same equality, hash and repr) by setting
the slots directly when the arguments plainly pass the classes' checks, and
call the validating constructors otherwise, so every error is unchanged.  The
public constructors keep validating whatever users pass them.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import TypeVar

import attrs

from recon.model import DateValue, Precision, Qualifier, Quantity, _bounds
from recon.units import UNITS as _UNITS

__all__ = ["_date_value", "_quantity", "_with_raw"]

_INF = math.inf
_NUMBER = (int, float)
_set = object.__setattr__


def _quantity(
    value: float,
    unit: str,
    qualifier: Qualifier,
    raw: str,
    *,
    low: float | None = None,
    high: float | None = None,
) -> Quantity:
    """``Quantity(value=..., unit=..., qualifier=..., raw=...[, low=..., high=...])``
    for the extractor, without attrs' per-call machinery when the arguments are
    plainly valid (a finite int/float, a :class:`Qualifier` member, a known
    unit, ``low <= high``); anything else goes through the validating
    constructor, so its errors are unchanged.  Same fields, so the same
    equality, hash and repr."""
    tv = type(value)
    u = _UNITS.get(unit) if type(unit) is str else None
    if (
        u is not None
        and (tv is float or tv is int)
        and -_INF < value < _INF
        and type(qualifier) is Qualifier
        and not (u.count and value < 0)
    ):
        lo: object
        hi: object
        lo, hi = _bounds(value, qualifier) if low is None and high is None else (low, high)
        if type(lo) in _NUMBER and type(hi) in _NUMBER and lo <= hi:  # type: ignore[operator]
            q = object.__new__(Quantity)
            _set(q, "value", value)
            _set(q, "unit", unit)
            _set(q, "qualifier", qualifier)
            _set(q, "low", lo)
            _set(q, "high", hi)
            _set(q, "raw", raw)
            return q
    bounds = {k: v for k, v in (("low", low), ("high", high)) if v is not None}
    return Quantity(value=value, unit=unit, qualifier=qualifier, raw=raw, **bounds)


_DATE = _dt.date


def _date_value(low: _dt.date, high: _dt.date, precision: Precision, value: _dt.date) -> DateValue:
    """``DateValue(value=value, low=low, high=high, precision=precision)`` for
    the extractor, skipping attrs' machinery when the arguments are plainly
    valid (three ``datetime.date``, a :class:`Precision` member, ``low <=
    high``); anything else goes through the validating constructor."""
    if (
        type(value) is _DATE
        and type(low) is _DATE
        and type(high) is _DATE
        and type(precision) is Precision
        and low <= high
    ):
        d = object.__new__(DateValue)
        _set(d, "value", value)
        _set(d, "low", low)
        _set(d, "high", high)
        _set(d, "precision", precision)
        _set(d, "qualifier", Qualifier.EXACT)
        _set(d, "raw", "")
        return d
    return DateValue(value=value, low=low, high=high, precision=precision)


_V = TypeVar("_V", Quantity, DateValue)
_RAW_COPY: dict[type, tuple[str, ...]] = {
    cls: tuple(a.name for a in attrs.fields(cls) if a.name != "raw")
    for cls in (Quantity, DateValue)
}


def _with_raw(v: _V, raw: str) -> _V:
    """``attrs.evolve(v, raw=raw)`` for a :class:`Quantity` or
    :class:`DateValue`: ``raw`` has no converter nor check and takes no part in
    equality, so the other fields are copied as they are, already valid."""
    names = _RAW_COPY.get(type(v))
    if names is None:
        return attrs.evolve(v, raw=raw)
    new = object.__new__(type(v))
    for name in names:
        _set(new, name, getattr(v, name))
    _set(new, "raw", raw)
    return new
