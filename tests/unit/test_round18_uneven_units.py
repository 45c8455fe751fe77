"""Round 18: a unit of uneven size compares by the days it may stand for (a
month is 28 to 31 days, a year 365 or 366): "أُغلقت لمدة شهر" and "لمدة 30
يوماً" agree, in the object pipeline and in the columnar fast path alike.
Claims written for these tests, with negative cases."""

import pytest

import recon
from recon.fast import reconcile_columns
from recon.model import Claim, Quantity, Source
from recon.units import unit


def _status(values: list[tuple[float, str]]) -> tuple[str, str]:
    claims = [
        Claim(
            entity="مخابز القيروان",
            field="duration",
            value=Quantity(value=v, unit=u),
            source=Source(id=f"s{k}"),
        )
        for k, (v, u) in enumerate(values)
    ]
    (g,) = recon.reconcile(claims).groups
    fast = reconcile_columns(
        [f"s{k}" for k in range(len(values))],
        ["مخابز القيروان"] * len(values),
        ["duration"] * len(values),
        [v for v, _ in values],
        unit=[u for _, u in values],
    )
    (h,) = fast.groups
    return str(g.status), str(h.status)


@pytest.mark.parametrize(
    "values",
    [
        [(1, "month"), (30, "day")],
        [(1, "month"), (28, "day")],
        [(1, "month"), (31, "day")],
        [(3, "month"), (90, "day")],
        [(2, "year"), (730, "day")],
        [(1, "year"), (12, "month")],
    ],
)
def test_a_month_or_a_year_agrees_with_the_days_it_may_hold(
    values: list[tuple[float, str]],
) -> None:
    assert _status(values) == ("agree", "agree")


@pytest.mark.parametrize(
    "values",
    [
        [(1, "month"), (45, "day")],
        [(1, "month"), (3, "week")],
        [(1, "year"), (300, "day")],
        # units of even size keep their exact factor
        [(1, "week"), (8, "day")],
    ],
)
def test_beyond_that_span_they_conflict(values: list[tuple[float, str]]) -> None:
    assert _status(values) == ("conflict", "conflict")


def test_even_units_have_no_spread() -> None:
    for code in ("day", "week", "hour", "km", "person", "USD"):
        u = unit(code)
        assert u.low_factor == u.high_factor == u.factor
    m = unit("month")
    assert m.low_factor < m.factor < m.high_factor
