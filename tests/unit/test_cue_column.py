"""A claim's cue (rise / revised / disputed) is a column of the report's records,
CSV and pandas, and shows next to the claim in text, Markdown and HTML."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

import recon
from recon.cli import render
from recon.errors import InvalidClaimError
from recon.fast import reconcile_columns
from recon.model import Claim, Cue, Quantity, Source
from recon.report import RECORD_KEYS, Report


def claim(src: str, value: int, cue: Cue | None = None) -> Claim:
    return Claim(
        entity="العراق",
        field="infected",
        value=Quantity(value=value, unit="person"),
        source=Source(id=src, published=dt.date(2020, 3, 26)),
        quote=f"ارتفع إجمالي المصابين إلى {value}" if cue else f"إصابة {value} آخرين",
        method="extracted",
        cue=cue,
    )


@pytest.fixture
def report() -> Report:
    return recon.reconcile([claim("a", 350), claim("b", 363, Cue.RISE)])


def test_records_carry_the_cue(report: Report) -> None:
    recs = report.to_records()
    assert "cue" in RECORD_KEYS
    assert all(list(r) == list(RECORD_KEYS) for r in recs)
    assert {r["doc"]: r["cue"] for r in recs} == {"a": None, "b": "rise"}
    frame = report.to_pandas()
    assert list(frame.columns) == list(RECORD_KEYS)
    cues = dict(zip(frame["doc"], frame["cue"].where(frame["cue"].notna(), ""), strict=True))
    assert cues == {"a": "", "b": "rise"}


def test_csv_has_the_cue_column_empty_when_none(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert {r["doc"]: r["cue"] for r in rows} == {"a": "", "b": "rise"}


def test_json_round_trip_is_exact(report: Report) -> None:
    text = report.to_json()
    back = Report.from_json(text)
    assert back == report
    assert back.to_json() == text
    assert back.to_records() == report.to_records()
    assert [c.cue for c in back.claims] == [None, Cue.RISE]


def test_text_markdown_and_html_show_the_cue(report: Report) -> None:
    text = report.to_text()
    assert "b, 2020-03-26; cue: rise" in text
    assert "a, 2020-03-26\n" in text  # no cue, nothing added
    md = report.to_markdown()
    assert "| value | score | source | outlet | date | speaker | cue | quote |" in md
    assert "| b |  | 2020-03-26 |  | rise |" in md
    html = report.to_html()
    assert html.count('class="recon-cue"') == 1
    assert '<span class="recon-cue" data-cue="rise">rise</span>' in html
    assert "recon-cue" in claim("b", 363, Cue.REVISED)._repr_html_()


@pytest.mark.parametrize("cue", list(Cue))
def test_every_cue_reads_short(cue: Cue) -> None:
    r = recon.reconcile([claim("a", 350), claim("b", 363, cue)])
    assert {rec["cue"] for rec in r.to_records()} == {None, cue.value}
    assert f"cue: {cue.value}" in r.to_text()


def test_the_fast_path_has_an_empty_cue_column() -> None:
    fast = reconcile_columns(["a", "b"], ["x", "x"], ["killed", "killed"], [1, 2])
    assert all(r["cue"] is None for r in fast.to_records())
    assert list(fast.to_pandas().columns) == list(RECORD_KEYS)
    slow = recon.reconcile([("a", "x", "killed", 1), ("b", "x", "killed", 2)], link="exact")
    assert fast.to_records() == slow.to_records()


def test_mappings_may_give_a_cue() -> None:
    rows = [
        {"source": "a", "entity": "x", "field": "killed", "value": 10, "cue": ""},
        {"source": "b", "entity": "x", "field": "killed", "value": 12, "cue": "revised"},
    ]
    r = recon.reconcile(rows)
    assert sorted(str(c.cue) for c in r.claims) == ["None", "revised"]
    with pytest.raises(InvalidClaimError, match="cue must be one of rise, revised, disputed"):
        recon.reconcile([{**rows[1], "cue": "up"}])
