"""An update group's best-supported value is always a value of one of its
latest claims, whatever the input order, on both paths (recon._latest)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import recon
from recon import Status
from recon.compare import canonical_key
from recon.fast import reconcile_columns
from recon.model import Claim, Cue, Method, Quantity, Source

DAYS = st.none() | st.dates(dt.date(2024, 1, 1), dt.date(2024, 1, 3))
SOURCES = [Source(id=s, published=d) for s, d in
           [("afp", None), ("reuters", dt.date(2024, 1, 2)), ("annahar", dt.date(2024, 1, 3)),
            ("hespress", None)]]  # fmt: skip

claims = st.builds(
    lambda src, value, q, as_of, cue: Claim(
        entity="غزة", field="killed", value=Quantity(value=value, unit="person", qualifier=q),
        source=src, method=Method.EXTRACTED if cue else Method.GIVEN, as_of=as_of, cue=cue,
    ),
    st.sampled_from(SOURCES),
    st.sampled_from([10, 12, 15, 20, 21]),
    st.sampled_from(["exact", "exact", "approx", "at_least"]),
    DAYS,
    st.none() | st.sampled_from([Cue.RISE, Cue.REVISED]),
)  # fmt: skip


def _time(c: Claim) -> int:
    d = c.as_of or c.source.published
    return d.toordinal() if d else -1


def _check_latest(g: recon.Group) -> None:
    last = max(map(_time, g.claims))
    latest = [c for c in g.claims if _time(c) == last]
    assert g.consensus is not None
    assert canonical_key(g.consensus) in {canonical_key(c.value) for c in latest}
    assert 0 < g.confidence <= 1
    assert g.notes[-1].startswith("best supported: the latest figure")


@settings(max_examples=150, deadline=None)
@given(st.lists(claims, min_size=2, max_size=12), st.randoms(use_true_random=False))
def test_an_update_reports_a_value_of_a_latest_claim(batch: list[Claim], rnd) -> None:  # type: ignore[no-untyped-def]
    report = recon.reconcile(batch, link="exact")
    shuffled = list(batch)
    rnd.shuffle(shuffled)
    again = recon.reconcile(shuffled, link="exact")
    assert again.to_json() == report.to_json()
    for g in report.updates:
        _check_latest(g)
        # A revision given on the latest date is the current figure.
        last = max(map(_time, g.claims))
        cued = {
            canonical_key(c.value)
            for c in g.claims
            if _time(c) == last and c.cue in (Cue.RISE, Cue.REVISED)
        }
        if cued:
            assert canonical_key(g.consensus) in cued


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["afp", "reuters", "annahar", "hespress"]),
                  st.sampled_from([10, 12, 15, 20, 21]), DAYS),
        min_size=2, max_size=20,
    ),
)  # fmt: skip
def test_the_fast_path_reports_the_same_latest_value(rows: list[tuple[str, int, object]]) -> None:
    n = len(rows)
    fast = reconcile_columns(
        [r[0] for r in rows], ["غزة"] * n, ["killed"] * n, [r[1] for r in rows],
        unit="person", as_of=[r[2] for r in rows],
    )  # fmt: skip
    slow = recon.reconcile(
        [(s, "غزة", "killed", Quantity(value=v, unit="person"), d) for s, v, d in rows],
        link="exact",
    )
    assert fast.to_json() == slow.to_json()
    for g in fast.groups:
        if g.status is Status.UPDATE:
            _check_latest(g)
