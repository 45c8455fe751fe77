"""reconcile() end to end on short articles written for these tests (not the seeds)."""

from __future__ import annotations

import pytest

import recon
from recon import Document, Source, Status

pytest.importorskip("recon.extract")

A = """سلمت القوات الأميركية قاعدة التقدم الجوية في محافظة الأنبار إلى الجيش العراقي يوم الثلاثاء.
وقال المتحدث باسم التحالف الدولي العقيد وين ماروتو إن 400 جندي غادروا قاعدة التقدم الجوية، وتركوا معدات تقدر قيمتها بنحو مليوني دولار.
وتقع القاعدة على بعد 30 كيلومترا غرب بغداد."""

B = """أعلن التحالف الدولي تسليم قاعدة التقدم إلى القوات العراقية، الثلاثاء.
وأوضح الكولونيل واين ماروتو أن 400 عسكري انسحبوا من قاعدة التقدم، فيما سلم التحالف معدات بقيمة 3.5 مليون دولار على الأقل.
"""


@pytest.fixture(scope="module")
def report() -> recon.Report:
    docs = [
        Document(source=Source(id="a", outlet="INA", published="2021-01-19"), text=A),
        Document(source=Source(id="b", outlet="AFP", published="2021-01-19"), text=B),
    ]
    return recon.reconcile(docs)


def _group_with(report, field_prefix, docs):
    for g in report.groups:
        if g.field.startswith(field_prefix) and {c.source.id for c in g.claims} >= set(docs):
            return g
    return None


def test_personnel_agree_across_outlets(report):
    g = _group_with(report, "personnel", {"a", "b"})
    assert g is not None, [(g.entity.name, g.field, g.sources) for g in report.groups]
    assert g.status is Status.AGREE
    assert {c.value.value for c in g.claims} == {400}


def test_equipment_value_conflicts_with_both_quotes(report):
    g = _group_with(report, "money", {"a", "b"})
    assert g is not None, [(g.entity.name, g.field, g.sources) for g in report.groups]
    assert g.status is Status.CONFLICT
    quotes = {c.source.id: c.quote for c in g.claims}
    assert "مليوني دولار" in quotes["a"] and "3.5 مليون دولار" in quotes["b"]
    for c in g.claims:
        assert c.span is not None
        text = A if c.source.id == "a" else B
        assert c.value.raw in text[c.span.start - 20 : c.span.end + 20]


def test_speaker_spellings_are_one_entity(report):
    names = [e for e in report.entities if any("ماروتو" in a for a in e.aliases)]
    assert len(names) == 1, [e.aliases for e in names]


def test_outlets_reach_the_trust_table(report):
    assert {t.source.outlet for t in report.trust} == {"INA", "AFP"}


def test_link_options_change_linking():
    docs = [Document(source=Source(id="a"), text=A), Document(source=Source(id="b"), text=B)]
    exact = recon.reconcile(docs, link="exact")
    fuzzy = recon.reconcile(docs)
    # Exact linking keeps "قاعدة التقدم" and "قاعدة التقدم الجوية" apart; fuzzy linking joins them.
    assert len(exact.entities) > len(fuzzy.entities)
    assert any(e.name == "Baghdad" for e in fuzzy.entities)


def test_user_gazetteer_extends_the_built_in_one():
    gaz = recon.Gazetteer()
    gaz.add(
        "Al-Taqaddum Air Base",
        aliases=["قاعدة التقدم الجوية", "قاعدة التقدم", "Taqaddum"],
        kind="facility",
        id="taqaddum",
    )
    r = recon.reconcile(
        [Document(source=Source(id="a"), text=A), Document(source=Source(id="b"), text=B)],
        gazetteer=gaz,
    )
    assert any(e.id == "taqaddum" and e.name == "Al-Taqaddum Air Base" for e in r.entities)
    assert any(e.name == "Baghdad" for e in r.entities)  # built-in names still there
    with pytest.raises(recon.OptionError):
        recon.reconcile([], gazetteer=42)
