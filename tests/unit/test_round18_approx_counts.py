"""Round 18: an approximate count of people or things stands for one more or
fewer at least ("نحو 15 عاملاً" and "14 عاملاً" agree), in the object
pipeline and the columnar fast path; other units keep their ±5%.  Claims
written for these tests, with negative cases."""

import pytest

import recon
from recon.fast import reconcile_columns
from recon.model import Claim, Quantity, Source


def _status(values: list[tuple[float, str, str]]) -> tuple[str, str]:
    claims = [
        Claim(
            entity="جامع الزعتري",
            field="present",
            value=Quantity(value=v, unit=u, qualifier=q),
            source=Source(id=f"s{k}"),
        )
        for k, (v, u, q) in enumerate(values)
    ]
    (g,) = recon.reconcile(claims).groups
    (h,) = reconcile_columns(
        [f"s{k}" for k in range(len(values))],
        ["جامع الزعتري"] * len(values),
        ["present"] * len(values),
        [v for v, _, _ in values],
        unit=[u for _, u, _ in values],
        qualifier=[q for _, _, q in values],
    ).groups
    return str(g.status), str(h.status)


@pytest.mark.parametrize(
    "values",
    [
        [(15, "person", "approx"), (14, "person", "exact")],
        [(15, "person", "approx"), (16, "person", "exact")],
        [(3, "item", "approx"), (2, "item", "exact")],
        [(1500, "person", "approx"), (1460, "person", "exact")],  # ±5% is wider
    ],
)
def test_an_approximate_count_agrees_with_one_more_or_fewer(
    values: list[tuple[float, str, str]],
) -> None:
    assert _status(values) == ("agree", "agree")


@pytest.mark.parametrize(
    "values",
    [
        [(15, "person", "approx"), (13, "person", "exact")],
        [(15, "person", "exact"), (14, "person", "exact")],
        # not a count: a distance keeps its ±5%
        [(15, "km", "approx"), (14, "km", "exact")],
        [(1_000_000, "USD", "approx"), (1_100_000, "USD", "at_least")],
    ],
)
def test_beyond_one_or_not_a_count_they_conflict(values: list[tuple[float, str, str]]) -> None:
    assert _status(values) == ("conflict", "conflict")


def test_the_interval_of_an_approximate_count() -> None:
    q = Quantity(value=15, unit="person", qualifier="approx")
    assert (q.low, q.high) == (14, 16)
    assert Quantity(value=15, unit="km", qualifier="approx").interval() == (14.25, 15.75)
