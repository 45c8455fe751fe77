"""How long a state has lasted so far ("duration:elapsed") grows by the day:
a later article's longer strike is an update, not a conflict; planned
lengths that differ still conflict.  Articles written for this test."""

import datetime as dt

import recon


def _statuses(a: str, b: str) -> set[str]:
    docs = [
        recon.Document(source=recon.Source(id="a", published=dt.date(2025, 4, 14)), text=a),
        recon.Document(source=recon.Source(id="b", published=dt.date(2025, 4, 17)), text=b),
    ]
    recs = recon.reconcile(docs).to_records()
    return {r["status"] for r in recs if r["field"].startswith("duration")}


def test_a_longer_strike_told_later_is_an_update() -> None:
    got = _statuses(
        "يواصل عمال ميناء عدن إضرابهم عن العمل لليوم الثالث على التوالي.",
        "يدخل إضراب عمال ميناء عدن يومه السادس.",
    )
    assert got == {"update"}


def test_planned_lengths_that_differ_conflict() -> None:
    got = _statuses(
        "أعلن عمال ميناء عدن إضرابا يستمر 3 أيام.",
        "أعلن عمال ميناء عدن إضرابا يستمر 5 أيام.",
    )
    assert got == {"conflict"}
