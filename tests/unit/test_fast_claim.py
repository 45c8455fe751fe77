"""The extractor's private Claim and Span constructors (recon._fast_values
_claim, _span) must build exactly what the validating constructors build,
and raise exactly what they raise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from recon import DateValue, InvalidValueError, Precision, Quantity
from recon._fast_values import _claim, _span
from recon.model import Claim, Cue, Method, Qualifier, Source, Span

_SRC = Source(id="d1", published=dt.date(2020, 3, 26))
_Q = Quantity(value=30, unit="person", qualifier=Qualifier.EXACT, raw="30")
_D = DateValue(
    value=dt.date(2020, 3, 1),
    low=dt.date(2020, 3, 1),
    high=dt.date(2020, 3, 31),
    precision=Precision.MONTH,
)
_BASE: dict[str, Any] = {
    "entity": "قاعدة K1",
    "field": "killed",
    "value": _Q,
    "source": _SRC,
    "span": Span(3, 5),
    "quote": "قتل 30",
    "speaker": None,
    "method": Method.EXTRACTED,
}
_CASES: list[dict[str, Any]] = [
    {},
    {"as_of": dt.date(2020, 3, 20), "role": "جندي", "entity_span": Span(0, 2), "cue": None},
    {"value": _D, "field": "date:attack", "speaker": "الوزارة"},
    {"cue": next(iter(Cue))},
    # Odd arguments take the validating constructor: converted or refused alike.
    {"method": "extracted"},
    {"as_of": "2020-03-20"},
    {"as_of": dt.datetime(2020, 3, 20, 12, 0)},
    {"cue": next(iter(Cue)).value},
    {"entity": "  "},
    {"field": ""},
    {"entity": 5},
    {"value": 30},
    {"as_of": "yesterday"},
]


def _outcome(make: Any) -> Any:
    try:
        return make()
    except (InvalidValueError, TypeError, ValueError) as e:
        return (type(e), str(e))


@pytest.mark.parametrize("extra", _CASES)
def test_claim_fast_path_matches_constructor(extra: dict[str, Any]) -> None:
    kw = {**_BASE, **extra}
    fast, slow = _outcome(lambda: _claim(**kw)), _outcome(lambda: Claim(**kw))
    if isinstance(slow, Claim):
        assert type(fast) is Claim
        assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
        for f in attrs.fields(Claim):
            x, y = getattr(fast, f.name), getattr(slow, f.name)
            assert type(x) is type(y) and x == y
    else:
        assert fast == slow


@pytest.mark.parametrize(
    "start,end", [(0, 1), (3, 10), (5, 5), (6, 2), (-1, 3), (True, 2), (1.0, 2)]
)
def test_span_fast_path_matches_constructor(start: Any, end: Any) -> None:
    fast, slow = _outcome(lambda: _span(start, end)), _outcome(lambda: Span(start, end))
    assert fast == slow
    if isinstance(slow, Span):
        assert type(fast) is Span and repr(fast) == repr(slow) and hash(fast) == hash(slow)
