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

from recon.model import (
    Claim,
    Cue,
    DateValue,
    Method,
    Precision,
    Qualifier,
    Quantity,
    Source,
    Span,
    _bounds,
)
from recon.units import UNITS as _UNITS

__all__ = ["_claim", "_date_value", "_quantity", "_span", "_with_raw"]

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


def _span(start: int, end: int) -> Span:
    """``Span(start, end)`` without attrs' machinery for two ints with
    ``0 <= start < end``; anything else through the checking constructor."""
    if type(start) is int and type(end) is int and 0 <= start < end:
        sp = object.__new__(Span)
        _set(sp, "start", start)
        _set(sp, "end", end)
        return sp
    return Span(start, end)


_CLAIM_VALUES = (Quantity, DateValue)


def _claim(
    *,
    entity: str,
    field: str,
    value: Quantity | DateValue,
    source: Source,
    span: Span | None,
    quote: str | None,
    speaker: str | None,
    method: Method,
    as_of: _dt.date | None = None,
    role: str | None = None,
    entity_span: Span | None = None,
    cue: Cue | None = None,
) -> Claim:
    """``Claim(...)`` for the extractor, skipping attrs' validators and
    converters when the arguments plainly pass them (non-empty strings, a
    Quantity or DateValue, members of the enums, a plain date or None);
    anything else through the validating constructor, so its errors are
    unchanged.  Same fields, so the same equality, hash and repr."""
    if (
        type(entity) is str
        and type(field) is str
        and entity.strip()
        and field.strip()
        and type(value) in _CLAIM_VALUES
        and type(method) is Method
        and (as_of is None or type(as_of) is _DATE)
        and (cue is None or type(cue) is Cue)
    ):
        c = object.__new__(Claim)
        _set(c, "entity", entity)
        _set(c, "field", field)
        _set(c, "value", value)
        _set(c, "source", source)
        _set(c, "span", span)
        _set(c, "quote", quote)
        _set(c, "speaker", speaker)
        _set(c, "method", method)
        _set(c, "as_of", as_of)
        _set(c, "role", role)
        _set(c, "entity_span", entity_span)
        _set(c, "cue", cue)
        return c
    return Claim(
        entity=entity,
        field=field,
        value=value,
        source=source,
        span=span,
        quote=quote,
        speaker=speaker,
        method=method,
        as_of=as_of,
        role=role,
        entity_span=entity_span,
        cue=cue,
    )
