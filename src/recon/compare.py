"""Deciding whether two values agree: small composable comparison levels.

In the manner of splink's comparison levels, a :class:`Comparator` is an
ordered list of levels; the first level that *applies* to a pair of values
decides, and says why.  The built-in levels:

* :class:`IncomparableUnits` — values of different kinds, or quantities whose
  units measure different things (people vs dollars, USD vs EUR), never
  compare: the pair is reported as a conflict with the reason, never merged.
* :class:`ExactMatch` — equal after normalisation (the same figure in any
  format, the same text ignoring case and spacing, the same set).
* :class:`WithinTolerance` — exact numeric figures within a relative or
  absolute tolerance (off by default; useful for structured data).
* :class:`IntervalOverlap` — the intervals the two statements stand for
  overlap: "at least 29" and "31" agree, "about $1M" and "at least $1.1M" do
  not.  Approximate figures get ``±tolerance`` (relative, default 5%).
* :class:`SetOverlap` — multi-valued fields: Jaccard similarity at least
  ``threshold`` (1.0: the same set).

Write your own level by implementing :class:`Level`'s two methods.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

import attrs

from recon.model import (
    DEFAULT_APPROX_TOLERANCE,
    DateValue,
    Qualifier,
    Quantity,
    SetValue,
    TextValue,
    Value,
)
from recon.units import unit as _unit_of

__all__ = [
    "Comparator",
    "ExactMatch",
    "IncomparableUnits",
    "IntervalOverlap",
    "Level",
    "PairVerdict",
    "SetOverlap",
    "WithinTolerance",
    "canonical_key",
    "default_comparator",
    "dimensions_meet",
]

_EPS = 1e-9


@attrs.frozen
class PairVerdict:
    """The outcome of comparing two values: do they agree, which level said so, and why."""

    agree: bool
    level: str
    reason: str


@runtime_checkable
class Level(Protocol):
    """One comparison level: ``applies`` says whether it can judge the pair."""

    @property
    def name(self) -> str: ...

    def applies(self, a: Value, b: Value) -> bool: ...

    def judge(self, a: Value, b: Value) -> PairVerdict: ...


def canonical_key(v: Value) -> tuple[object, ...]:
    """A hashable key equal for format variants of one value.

    1,100,000 USD and 1.1 million USD share a key; so do "Gate A1" and
    "gate  a1"; a length in m and the same length in km do too.
    """
    if isinstance(v, Quantity):
        u = _unit_of(v.unit)
        f = u.factor
        lo, hi = v.low * f, v.high * f
        return ("q", u.dimension, _round(v.value * f), v.qualifier.value, _round(lo), _round(hi))
    if isinstance(v, DateValue):
        return ("d", v.low.toordinal(), v.high.toordinal(), v.qualifier.value)
    if isinstance(v, TextValue):
        return ("t", v.normalised)
    return ("s", tuple(sorted(v.members)))


def _round(x: float) -> float:
    # Make 1.1e6 from "1.1 مليون" and 1100000 from digits one key despite float noise.
    if math.isinf(x) or x == 0:
        return x
    # A whole float below 10**12 has at most 12 digits: formatting keeps it
    # as it is (most figures are whole: skip the costly round trip).
    if type(x) is float and x.is_integer() and -1e12 < x < 1e12:
        return x
    return float(f"{x:.12g}")


def _kind(v: Value) -> str:
    return type(v).__name__


def dimensions_meet(a: str, b: str) -> bool:
    """Can quantities in units ``a`` and ``b`` be compared?

    Same dimension, or a bare number against a count: "رفع الحصيلة إلى 363"
    states no noun, but in a group of people-counts it counts people.  A bare
    number never meets money or lengths.
    """
    ua, ub = _unit_of(a), _unit_of(b)
    if ua.dimension == ub.dimension:
        return True
    return (ua.code == "" and ub.count) or (ub.code == "" and ua.count)


@attrs.frozen
class IncomparableUnits:
    """Different kinds of value, or units of different dimensions: never agree."""

    name: str = "incomparable"

    def applies(self, a: Value, b: Value) -> bool:
        if type(a) is not type(b):
            return True
        if isinstance(a, Quantity) and isinstance(b, Quantity):
            return not dimensions_meet(a.unit, b.unit)
        return False

    def judge(self, a: Value, b: Value) -> PairVerdict:
        ua, ub = getattr(a, "unit", _kind(a)), getattr(b, "unit", _kind(b))
        return PairVerdict(
            False, self.name, f"cannot compare {ua or 'a number'} with {ub or 'a number'}"
        )


@attrs.frozen
class ExactMatch:
    """Equal after normalisation: always agree."""

    name: str = "exact"

    def applies(self, a: Value, b: Value) -> bool:
        return canonical_key(a) == canonical_key(b)

    def judge(self, a: Value, b: Value) -> PairVerdict:
        return PairVerdict(True, self.name, "same value")


def _bounds(q: Quantity, tolerance: float) -> tuple[float, bool, float, bool]:
    """(low, low_open, high, high_open) in base units."""
    lo, hi = q.interval(tolerance)
    u = _unit_of(q.unit)
    return (
        lo * u.low_factor,
        q.qualifier is Qualifier.MORE_THAN,
        hi * u.high_factor,
        q.qualifier is Qualifier.LESS_THAN,
    )


def _overlap(a: tuple[float, bool, float, bool], b: tuple[float, bool, float, bool]) -> bool:
    """Do two intervals (low, low_open, high, high_open) share a point?"""
    if a[0] != b[0]:
        lo, lo_open = (a[0], a[1]) if a[0] > b[0] else (b[0], b[1])
    else:
        lo, lo_open = a[0], a[1] or b[1]
    if a[2] != b[2]:
        hi, hi_open = (a[2], a[3]) if a[2] < b[2] else (b[2], b[3])
    else:
        hi, hi_open = a[2], a[3] or b[3]
    finite = [abs(x) for x in (lo, hi) if not math.isinf(x)]
    eps = _EPS * max([1.0, *finite])
    if lo < hi - eps:
        return True
    if abs(lo - hi) <= eps:
        return not (lo_open or hi_open)
    return False


@attrs.frozen
class IntervalOverlap:
    """Quantities and dates agree when the intervals they stand for overlap."""

    tolerance: float = DEFAULT_APPROX_TOLERANCE
    name: str = "interval"

    def applies(self, a: Value, b: Value) -> bool:
        return isinstance(a, (Quantity, DateValue)) and type(a) is type(b)

    def judge(self, a: Value, b: Value) -> PairVerdict:
        if isinstance(a, Quantity) and isinstance(b, Quantity):
            ok = _overlap(_bounds(a, self.tolerance), _bounds(b, self.tolerance))
        elif isinstance(a, DateValue) and isinstance(b, DateValue):
            ok = max(a.low, b.low) <= min(a.high, b.high)
        else:  # pragma: no cover - guarded by applies()
            ok = False
        why = "intervals overlap" if ok else "intervals do not overlap"
        return PairVerdict(ok, self.name, f"{why}: {a} vs {b}")


@attrs.frozen
class WithinTolerance:
    """Exact figures within ``rel`` (relative) or ``abs_`` (absolute) of each other agree."""

    rel: float = 0.0
    abs_: float = 0.0
    name: str = "tolerance"

    def applies(self, a: Value, b: Value) -> bool:
        return (
            (self.rel > 0 or self.abs_ > 0)
            and isinstance(a, Quantity)
            and isinstance(b, Quantity)
            and a.qualifier is Qualifier.EXACT
            and b.qualifier is Qualifier.EXACT
        )

    def judge(self, a: Value, b: Value) -> PairVerdict:
        assert isinstance(a, Quantity) and isinstance(b, Quantity)
        x = a.value * _unit_of(a.unit).factor
        y = b.value * _unit_of(b.unit).factor
        d = abs(x - y)
        ok = d <= self.abs_ + _EPS or d <= self.rel * max(abs(x), abs(y)) + _EPS
        return PairVerdict(
            ok, self.name, f"differ by {d:g} ({'within' if ok else 'beyond'} tolerance)"
        )


@attrs.frozen
class SetOverlap:
    """Sets agree when their Jaccard similarity reaches ``threshold``."""

    threshold: float = 1.0
    name: str = "set"

    def applies(self, a: Value, b: Value) -> bool:
        return isinstance(a, SetValue) and isinstance(b, SetValue)

    def judge(self, a: Value, b: Value) -> PairVerdict:
        assert isinstance(a, SetValue) and isinstance(b, SetValue)
        union = a.members | b.members
        j = len(a.members & b.members) / len(union) if union else 1.0
        return PairVerdict(j >= self.threshold - _EPS, self.name, f"Jaccard {j:.2f}")


@attrs.frozen
class _Different:
    name: str = "different"

    def applies(self, a: Value, b: Value) -> bool:
        return True

    def judge(self, a: Value, b: Value) -> PairVerdict:
        return PairVerdict(False, self.name, f"different values: {a} vs {b}")


def _level_tuple(levels: Iterable[Level]) -> tuple[Level, ...]:
    return tuple(levels)


@attrs.frozen(kw_only=True)
class Comparator:
    """An ordered list of levels; the first that applies judges the pair.

    The judgement is symmetric by construction: levels see the pair in a
    canonical order.
    """

    levels: tuple[Level, ...] = attrs.field(converter=_level_tuple)

    def compare(self, a: Value, b: Value) -> PairVerdict:
        if _order_key(b) < _order_key(a):
            a, b = b, a
        for level in self.levels:
            if level.applies(a, b):
                return level.judge(a, b)
        return _Different().judge(a, b)

    def agree(self, a: Value, b: Value) -> bool:
        return self.compare(a, b).agree

    def all_agree(self, values: Sequence[Value]) -> bool:
        """True when every pair agrees (for intervals, that means one common point)."""
        return all(
            self.agree(values[i], values[j])
            for i in range(len(values))
            for j in range(i + 1, len(values))
        )


def _order_key(v: Value) -> str:
    return repr(canonical_key(v))


def default_comparator(
    *, tolerance: float = DEFAULT_APPROX_TOLERANCE, rel: float = 0.0, set_threshold: float = 1.0
) -> Comparator:
    """The comparator :func:`recon.reconcile` uses unless given one."""
    return Comparator(
        levels=(
            IncomparableUnits(),
            ExactMatch(),
            WithinTolerance(rel=rel),
            IntervalOverlap(tolerance=tolerance),
            SetOverlap(threshold=set_threshold),
        )
    )
