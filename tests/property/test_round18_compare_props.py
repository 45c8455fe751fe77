"""Round 18's comparison rules as properties, on both paths: a month stands
for 28 to 31 days and a year for 365 or 366 (recon.units.Unit.spread), and an
approximate count of people or things for one more or fewer at least."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import recon
from recon.fast import reconcile_columns
from recon.model import Claim, Quantity, Source


def _statuses(a: Quantity, b: Quantity) -> tuple[str, str]:
    claims = [
        Claim(entity="القيروان", field="duration", value=v, source=Source(id=s))
        for s, v in (("a", a), ("b", b))
    ]
    (g,) = recon.reconcile(claims).groups
    (h,) = reconcile_columns(
        ["a", "b"],
        ["القيروان"] * 2,
        ["duration"] * 2,
        [a.value, b.value],
        unit=[a.unit, b.unit],
        qualifier=[a.qualifier.value, b.qualifier.value],
    ).groups
    return str(g.status), str(h.status)


@given(months=st.integers(1, 24), days=st.integers(1, 800))
def test_months_agree_with_the_days_they_may_hold(months: int, days: int) -> None:
    got = _statuses(Quantity(value=months, unit="month"), Quantity(value=days, unit="day"))
    want = "agree" if 28 * months <= days <= 31 * months else "conflict"
    assert got == (want, want)


@given(years=st.integers(1, 5), days=st.integers(300, 2000))
def test_years_agree_with_the_days_they_may_hold(years: int, days: int) -> None:
    got = _statuses(Quantity(value=years, unit="year"), Quantity(value=days, unit="day"))
    want = "agree" if 365 * years <= days <= 366 * years else "conflict"
    assert got == (want, want)


@given(
    about=st.integers(1, 400), exact=st.integers(0, 450), unit=st.sampled_from(["person", "item"])
)
def test_an_approximate_count_is_one_more_or_fewer_at_least(
    about: int, exact: int, unit: str
) -> None:
    a = Quantity(value=about, unit=unit, qualifier="approx")
    got = _statuses(a, Quantity(value=exact, unit=unit))
    half = max(1.0, 0.05 * about)
    want = "agree" if abs(exact - about) <= half + 1e-9 else "conflict"
    assert got == (want, want)
