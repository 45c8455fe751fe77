"""A cumulative measure that grows (an area burnt) is updated, not disputed,
when an outlet says it rose (recon.group.GROWING, group._grew)."""

from __future__ import annotations

import datetime as dt

import pytest
from judging import claim_maker, judge_for

import recon
from recon.model import Cue, Status

pytest.importorskip("recon.numbers")

claim = claim_maker("القصرين", "hectare", dt.date(2025, 7, 1), "area")
_judged = judge_for("e", "Kasserine", "city", "area")


def status(*claims, field="area"):
    return _judged(*claims, field=field)[0]


def test_an_area_said_to_rise_later_is_an_update():
    assert status(claim("a", 500, 3), claim("b", 900, 4, cue=Cue.RISE)) is Status.UPDATE


def test_a_third_larger_figure_dated_later_joins_the_succession():
    got = status(
        claim("a", 500, 3),
        claim("b", 900, 4, cue=Cue.RISE),
        claim("c", 850, 4, qualifier="more_than"),
    )
    assert got is Status.UPDATE


def test_areas_differing_without_a_rise_still_conflict():
    # a farm's or a forest's area does not change: different days are no succession
    assert status(claim("a", 500, 3), claim("b", 900, 4)) is Status.CONFLICT


def test_a_smaller_figure_dated_later_conflicts():
    # the whole forest (20 000 ha) is not an earlier stage of the burnt 900
    got = status(claim("a", 20000, 3), claim("b", 900, 4, cue=Cue.RISE))
    assert got is Status.CONFLICT


def test_a_disputed_area_conflicts():
    got = status(claim("a", 500, 3, cue=Cue.DISPUTED), claim("b", 900, 4, cue=Cue.RISE))
    assert got is Status.CONFLICT


def test_other_measures_are_not_growing():
    # A length is no running total (weights and volumes are since round 10:
    # the tonnes of dead fish collected, the oil spilled).
    got = status(claim("a", 50, 3), claim("b", 90, 4, cue=Cue.RISE), field="distance")
    assert got is Status.CONFLICT


ARTICLES = {
    "a": (
        "2025-07-03",
        "القصرين - «الشروق»: أتى حريق اندلع في جبل السلوم بولاية القصرين على نحو 500 هكتار "
        "من غابات الصنوبر الحلبي، حسب ما أفاد به المندوب الجهوي للفلاحة.",
    ),
    "b": (
        "2025-07-04",
        "ارتفعت المساحة التي أتت عليها النيران في جبل السلوم بولاية القصرين إلى 900 هكتار، "
        "وفق ما أعلنته الإدارة العامة للغابات الجمعة.",
    ),
}


def test_end_to_end_the_burnt_area_rises(tmp_path):
    import json

    srcs = []
    for i, (day, text) in ARTICLES.items():
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
        srcs.append({"id": i, "outlet": i, "published": day, "language": "ar"})
    (tmp_path / "sources.json").write_text(json.dumps(srcs), encoding="utf-8")
    recs = [r for r in recon.reconcile(recon.load_corpus(tmp_path)).to_records()]
    area = [r for r in recs if r["field"] == "area" and r["value"] in (500, 900)]
    assert {r["value"] for r in area} == {500, 900}
    assert len({r["group"] for r in area}) == 1
    assert {r["status"] for r in area} == {"update"}


def test_a_count_said_to_rise_later_is_an_update() -> None:
    # households left without water: 12 000, then "ارتفع … إلى 18 ألف أسرة"
    got = status(
        claim("a", 12000, 3, field="count:family"),
        claim("b", 18000, 5, cue=Cue.RISE, field="count:family"),
        field="count:family",
    )
    assert got is Status.UPDATE


def test_counts_differing_on_one_day_without_a_rise_conflict() -> None:
    got = status(
        claim("a", 11, 4, field="count:truck"),
        claim("b", 8, 4, field="count:truck"),
        field="count:truck",
    )
    assert got is Status.CONFLICT
