"""An update group's best-supported value is its latest figure (recon._latest),
in the object pipeline and on the columnar fast path alike."""

from __future__ import annotations

import datetime as dt

import recon
from recon import Quantity, Source, Status
from recon.fast import reconcile_columns
from recon.model import Claim, Cue


def Q(v: float) -> Quantity:
    return Quantity(value=v, unit="person", qualifier="exact")


def claim(src: str, value: float, day: int, cue: Cue | None = None) -> Claim:
    return Claim(
        entity="العراق",
        field="infected",
        value=Q(value),
        source=Source(id=src, published=dt.date(2020, 3, day)),
        method="extracted",
        cue=cue,
    )


def only_group(report: recon.Report) -> recon.Group:
    (g,) = report.groups
    return g


def test_a_revision_on_the_same_day_is_the_best_supported_value() -> None:
    # The seeds' case: 350 infections, then "the total rose to 363" the same day.
    # Two sources repeat 350, so the policy alone prefers it.
    g = only_group(
        recon.reconcile(
            [claim("a", 350, 26), claim("c", 350, 26), claim("b", 363, 26, cue=Cue.RISE)]
        )
    )
    assert g.status is Status.UPDATE
    assert g.candidates[0].value == Q(350)  # the policy's favourite …
    assert g.consensus == Q(363)  # … is not the current figure
    assert g.confidence == next(k.score for k in g.candidates if k.value == Q(363))
    assert 0 < g.confidence < 1
    assert g.notes[-1] == (
        "best supported: the latest figure, dated 2020-03-26, "
        "given as a revision of the figures of its date"
    )
    assert "best supported: 363 people" in str(g)
    assert "<b><bdi>363 people</bdi></b>" in g._repr_html_()
    assert g._repr_html_().count("recon-winner") == 1


def test_the_latest_date_wins_over_the_policy() -> None:
    g = only_group(
        recon.reconcile(
            [claim("a", 20, 1), claim("b", 20, 1), claim("c", 20, 1), claim("d", 27, 2)]
        )
    )
    assert g.status is Status.UPDATE
    assert g.consensus == Q(27)
    assert g.notes[-1] == "best supported: the latest figure, dated 2020-03-02"


def test_confidence_is_the_backing_of_every_compatible_value() -> None:
    about = Quantity(value=27, unit="person", qualifier="approx")
    later = Source(id="c", published="2020-03-02")
    g = only_group(
        recon.reconcile(
            [
                (Source(id="a", published="2020-03-01"), "غزة", "killed", Q(20)),
                (Source(id="b", published="2020-03-02"), "غزة", "killed", Q(27)),
                (later, "غزة", "killed", about),
            ]
        )
    )
    assert g.status is Status.UPDATE
    assert g.consensus in (Q(27), about)
    backing = sum(k.score for k in g.candidates if k.value != Q(20))
    assert abs(g.confidence - round(backing, 6)) < 1e-6


def test_as_of_beats_publication_date() -> None:
    s = Source(id="a", published="2020-03-26")
    t = Source(id="b", published="2020-03-26")
    g = only_group(
        recon.reconcile(
            [(s, "Iraq", "infected", 363, dt.date(2020, 3, 24)), (t, "Iraq", "infected", 350)]
        )
    )
    assert g.status is Status.UPDATE
    assert g.consensus == Quantity(value=350)


def test_other_statuses_keep_the_policy_choice() -> None:
    g = only_group(recon.reconcile([claim("a", 20, 1), claim("b", 20, 1), claim("d", 27, 1)]))
    assert g.status is Status.CONFLICT
    assert g.consensus == Q(20)
    assert not any(n.startswith("best supported") for n in g.notes)


def test_json_round_trip_keeps_the_latest_consensus() -> None:
    r = recon.reconcile([claim("a", 350, 26), claim("b", 363, 26, cue=Cue.RISE)])
    back = recon.Report.from_json(r.to_json())
    assert back == r
    assert only_group(back).consensus == Q(363)


def _columns(rows: list[tuple[str, float, str | None]]) -> tuple[recon.Report, recon.Report]:
    full = [
        {"source": s, "entity": "غزة", "field": "killed", "value": v, "unit": "person",
         "qualifier": "exact", "as_of": d}
        for s, v, d in rows
    ]  # fmt: skip
    slow = recon.reconcile(full, link="exact")
    fast = reconcile_columns(
        [r[0] for r in rows], ["غزة"] * len(rows), ["killed"] * len(rows), [r[1] for r in rows],
        unit="person", qualifier="exact", as_of=[r[2] for r in rows],
    )  # fmt: skip
    return slow, fast


def test_fast_path_takes_the_latest_figure_too() -> None:
    slow, fast = _columns(
        [("afp", 20, "2024-01-01"), ("reuters", 20, "2024-01-01"), ("annahar", 20, "2024-01-01"),
         ("almasryalyoum", 20, "2024-01-01"),
         ("aljazeera", 27, "2024-01-02"), ("hespress", 27, "2024-01-02")]
    )  # fmt: skip
    assert fast.to_json() == slow.to_json()
    g = only_group(fast)
    assert g.status is Status.UPDATE
    assert g.candidates[0].value == Quantity(value=20, unit="person")  # the policy's favourite
    assert g.consensus == Quantity(value=27, unit="person")
    assert g.notes[-1] == "best supported: the latest figure, dated 2024-01-02"
    assert only_group(slow) == g


def test_fast_path_breaks_a_tie_of_dates_as_the_object_path() -> None:
    # One source gives two values on the latest date: the policy's ranking decides.
    slow, fast = _columns(
        [("afp", 20, "2024-01-01"), ("reuters", 27, "2024-01-02"), ("reuters", 30, "2024-01-02")]
    )
    assert fast.to_json() == slow.to_json()
    g = only_group(fast)
    assert g.status is Status.UPDATE
    latest = [k.value for k in g.candidates if k.value != Quantity(value=20, unit="person")]
    assert g.consensus == latest[0]


def test_a_superseded_figure_is_not_counted_as_a_disagreement() -> None:
    # afp gave yesterday's toll; it was not contradicted by today's, so source
    # trust counts it as agreeing, on both paths.
    slow, fast = _columns([("afp", 20, "2024-01-01"), ("reuters", 27, "2024-01-02")])
    assert only_group(slow).status is Status.UPDATE
    for report in (slow, fast):
        counts = {t.source.id: (t.agreed, t.disagreed) for t in report.trust}
        assert counts == {"afp": (1, 0), "reuters": (1, 0)}
