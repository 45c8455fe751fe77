"""extract() on hand-written news-style articles; expectations come from reading them."""

from pathlib import Path

import pytest

import recon
from recon.extract import extract, extract_credits

pytest.importorskip("recon.numbers")

ARTICLES = Path(__file__).parent.parent / "data" / "articles"


def claims(name, published="2021-03-02"):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    doc = recon.Document(source=recon.Source(id=name, published=published), text=text)
    return text, extract(doc)


def find(cs, field, value):
    return [c for c in cs if c.field == field and getattr(c.value, "value", None) == value]


def check_provenance(text, c):
    assert (
        text[c.span.start : c.span.end] == c.value.raw
        or c.value.raw in text[c.span.start : c.span.end]
    )
    assert text[c.span.start : c.span.end] in c.quote
    assert c.quote in text
    assert c.method is recon.Method.EXTRACTED


def test_two_bases_never_share_figures():
    text, cs = claims("bases_handover.txt")
    for c in cs:
        check_provenance(text, c)
    (troops,) = find(cs, "personnel", 450)
    assert "الحبانية" in troops.entity
    (trainers,) = find(cs, "personnel", 120)
    assert "بسماية" in trainers.entity
    (eq1,) = find(cs, "money:equipment", 2_500_000)
    assert "الحبانية" in eq1.entity
    assert eq1.speaker is not None and "ماروتو" in eq1.speaker
    (eq2,) = find(cs, "money:equipment", 600_000)
    assert "بسماية" in eq2.entity
    (dist,) = find(cs, "distance", 80)
    assert "الحبانية" in dist.entity and dist.role == "بغداد"
    assert not any("بسماية" in c.entity for c in cs if c.value.raw in ("نحو 450 جنديا",))
    assert extract_credits(text) == ["Reuters"]


def test_earthquake_toll():
    _text, cs = claims("earthquake.txt")
    (dead,) = find(cs, "killed", 41)
    assert dead.value.qualifier is recon.Qualifier.AT_LEAST
    assert "أنقرة" not in dead.entity  # the dateline is not the subject
    (hurt,) = find(cs, "injured", 1600)
    assert hurt.speaker == "الإدارة" or hurt.speaker is None
    (built,) = find(cs, "count:building", 76)
    assert "صويلو" in built.speaker


def test_covid_bulletin():
    text, cs = claims("covid_bulletin.txt")
    assert {c.field for c in find(cs, "infected", 2150)} == {"infected"}
    body = [c for c in find(cs, "killed", 14) if c.speaker]
    assert body and "وزارة الصحة" in body[0].speaker
    assert body[0].as_of is not None and body[0].as_of.isoformat() == "2021-03-01"
    assert find(cs, "infected", 315_000)
    assert find(cs, "recovered", 1900)
    for c in cs:
        assert "الأردن" in c.entity
        check_provenance(text, c)


def test_displacement_and_aid():
    text, cs = claims("displacement_aid.txt")
    body = [c for c in find(cs, "displaced", 35_000) if c.speaker]
    assert body and "إدلب" in body[0].entity
    assert "مكتب الأمم المتحدة" in body[0].speaker
    (aid,) = find(cs, "money:aid", 40_000_000)
    assert aid.value.unit == "EUR" and aid.role == "مساعدات"
    assert aid.speaker == "بيان للمفوضية"
    # "خلال أسبوع واحد" is the window of the figure, not a claim of its own.
    assert not [c for c in cs if c.field == "duration"]
    assert extract_credits(text) == ["AFP", "news.example.org"]
