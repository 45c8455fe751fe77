"""How judging reads the cues extracted claims carry (recon.group.judge)."""

from __future__ import annotations

import datetime as dt

import pytest
from judging import claim_maker, judge_for

import recon
from recon.model import Cue, Status
from recon.serialise import claim_from_dict, claim_to_dict

pytest.importorskip("recon.numbers")

claim = claim_maker("حلب", "person", dt.date(2024, 3, 1), "killed")
status = judge_for("e", "Aleppo", "city", "killed")


def test_same_day_figures_without_a_cue_conflict():
    assert status(claim("a", 12, 5), claim("b", 15, 5))[0] is Status.CONFLICT


def test_a_rise_on_the_same_day_is_an_update():
    st, notes = status(claim("a", 12, 5), claim("c", 12, 5), claim("b", 15, 5, cue=Cue.RISE))
    assert st is Status.UPDATE
    assert any("revision" in n for n in notes)


def test_a_rise_dated_before_a_figure_it_would_revise_conflicts():
    # 12 is also reported the day after the rise to 15: not what 15 revised
    st = status(claim("a", 12, 5), claim("c", 12, 6), claim("b", 15, 5, cue=Cue.RISE))[0]
    assert st is Status.CONFLICT


def test_a_rise_to_a_smaller_figure_conflicts():
    # "rose to 10" cannot be the revision of 12
    assert status(claim("a", 12, 5), claim("b", 10, 5, cue=Cue.RISE))[0] is Status.CONFLICT


def test_a_new_count_may_be_lower():
    assert status(claim("a", 12, 5), claim("b", 10, 5, cue=Cue.REVISED))[0] is Status.UPDATE


def test_a_rise_leaves_a_third_figure_in_dispute():
    # 15 revises 12, but 20 on the same day is nobody's revision
    st = status(claim("a", 12, 5), claim("b", 15, 5, cue=Cue.RISE), claim("c", 20, 5))[0]
    assert st is Status.CONFLICT


def test_a_rise_on_a_field_that_does_not_change_over_time_conflicts():
    a = claim("a", 12, 5, field="distance")
    b = claim("b", 15, 5, field="distance", cue=Cue.RISE)
    assert status(a, b, field="distance")[0] is Status.CONFLICT


def test_a_disputed_figure_a_day_later_is_a_conflict_not_an_update():
    assert status(claim("a", 20, 5), claim("b", 35, 6))[0] is Status.UPDATE
    st, notes = status(claim("a", 20, 5), claim("b", 35, 6, cue=Cue.DISPUTED))
    assert st is Status.CONFLICT
    assert any("against another" in n for n in notes)


def test_a_dispute_does_not_break_agreement():
    # the NGO's figure is "higher than the official one", but nobody else gave another
    a = claim("a", 35, 5, qualifier="approx")
    b = claim("b", 35, 6, cue=Cue.DISPUTED)
    assert status(a, b)[0] is Status.AGREE


def test_the_cue_survives_serialisation_and_is_absent_when_unset():
    c = claim("a", 15, 5, cue=Cue.RISE)
    d = claim_to_dict(c)
    assert d["cue"] == "rise"
    assert claim_from_dict(d) == c
    assert "cue" not in claim_to_dict(claim("a", 15, 5))


# -- end to end, on articles written for this test --------------------------


def _report(*docs):
    return recon.reconcile(
        [
            recon.Document(source=recon.Source(id=i, outlet=o, published=p), text=t)
            for i, o, p, t in docs
        ]
    )


def _killed(report):
    gs = [g for g in report.groups if g.field == "killed"]
    assert len(gs) == 1, [(g.entity.name, g.field, g.status) for g in report.groups]
    return gs[0].status


MORNING = (
    "قتل 9 أشخاص في انهيار مبنى سكني في مدينة حلب صباح الثلاثاء، وفق ما أعلنه الدفاع المدني السوري."
)


def test_a_toll_raised_later_the_same_day_is_an_update_end_to_end():
    evening = (
        "ارتفعت حصيلة ضحايا انهيار المبنى السكني في مدينة حلب إلى 14 قتيلا، بعد انتشال جثث "
        "جديدة من تحت الأنقاض، بحسب ما أعلنه الدفاع المدني مساء الثلاثاء."
    )
    r = _report(
        ("m", "SANA", "2024-03-12", MORNING),
        ("e", "Enab Baladi", "2024-03-12", evening),
    )
    assert _killed(r) is Status.UPDATE


def test_same_day_figures_without_a_rise_conflict_end_to_end():
    other = (
        "قتل 14 شخصا في انهيار مبنى سكني في مدينة حلب صباح الثلاثاء، بحسب ما أفاد به ناشطون محليون."
    )
    r = _report(
        ("m", "SANA", "2024-03-12", "قتل 9 أشخاص في انهيار مبنى سكني في مدينة حلب صباح الثلاثاء."),
        ("o", "Enab Baladi", "2024-03-12", other),
    )
    assert _killed(r) is Status.CONFLICT
