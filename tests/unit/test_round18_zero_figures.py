"""Round 18: no one of a kind, said in words, is a figure of 0
(recon._zero_figures): "دون تسجيل إصابات" is 0 injured, "دون تسجيل خسائر
بشرية" 0 killed.  Such a figure keeps the place its sentence gives and moves
no other figure (recon.group); and a date after a relative clause of another
clause ("ليست هذه المرة الأولى التي تغلق فيها العقبة؛ ففي يناير 2023 …")
dates its own clause's figures (recon._as_of).  Sentences written for these
tests, with negative cases."""

import datetime as dt

import pytest
from extracting import extract_text

import recon
import recon._story
from recon.model import Claim, Entity, Method, Quantity, Source

PUB = "2025-08-17"


def figures(text: str) -> list[tuple[str, float]]:
    return [
        (c.field, float(c.value.value))
        for c in extract_text(text, PUB)
        if isinstance(c.value, Quantity)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "إربد - وأتى الحريق على تسعة محال تجارية في سوق المدينة، من دون تسجيل إصابات بشرية.",
            ("injured", 0.0),
        ),
        (
            "إربد - وسقطت القذيفة قرب مدرسة في إربد من دون أن تسفر عن إصابات، وفق الوكالة.",
            ("injured", 0.0),
        ),
        ("بنزرت - وغرقت 3 مراكب صيد في ميناء بنزرت، دون تسجيل خسائر بشرية.", ("killed", 0.0)),
        ("إربد - وأخمدت الحماية المدنية حريقاً في مصنع بإربد دون وقوع إصابات.", ("injured", 0.0)),
        (
            "إربد - ولم يسفر انهيار المبنى القديم عن إصابات بشرية، وفق الدفاع المدني.",
            ("injured", 0.0),
        ),
        ("إربد - ولم يسفر الحادث عن أي إصابات.", ("injured", 0.0)),
        ("إربد - وانهار جدار المدرسة ليلاً دون وقوع ضحايا.", ("killed", 0.0)),
    ],
)
def test_no_one_of_a_kind_is_a_figure_of_none(text: str, want: tuple[str, float]) -> None:
    assert want in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # none serious: there were injuries
        "إربد - ونقل ثلاثة أشخاص دون إصابات خطيرة إلى المستشفى.",
        # none worth mentioning: not a claim of none
        "إربد - وانتهت المباراة دون إصابات تذكر.",
        # a denied report of none
        "إربد - ونفى المتحدث ما تردد عن عدم وقوع إصابات.",
        # absence of something else
        "إربد - وبقي الحي دون كهرباء لساعات.",
    ],
)
def test_a_graded_denied_or_other_absence_is_no_figure_of_none(text: str) -> None:
    assert ("injured", 0.0) not in figures(text) and ("killed", 0.0) not in figures(text)


def test_a_figure_of_none_takes_no_part_in_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    # The story's passes (recon._story.refine) move a place's figures to its
    # parts by the fields they hold: a passing "none injured" in another town
    # must not count as that town's injured.  It keeps its own name.
    seen: list[list[float]] = []
    real = recon._story._refine

    def spy(claims, entities):  # type: ignore[no-untyped-def]
        seen.append([c.value.value for c in claims])
        return real(claims, entities)

    monkeypatch.setattr(recon._story, "_refine", spy)
    day = dt.date(2025, 8, 17)
    town = Entity(id="jableh", name="جبلة", kind="city")
    prov = Entity(id="latakia", name="اللاذقية", kind="province")
    rows = [
        (
            Claim(
                entity="x",
                field="injured",
                value=Quantity(value=v, unit="person"),
                source=Source(id=doc, published=day),
                method=Method.EXTRACTED,
            ),
            e,
        )
        for doc, v, e in (("a", 3, prov), ("b", 3, prov), ("b", 0, town))
    ]
    drafts = recon.group.group_claims([c for c, _ in rows], [e for _, e in rows])
    assert seen == [[3, 3]]
    assert {(d.entity.id, len(d.claims)) for d in drafts} == {("latakia", 2), ("jableh", 1)}


def test_a_date_after_another_clause_s_relative_pronoun_dates_its_own_clause() -> None:
    text = (
        "أبها - ليست هذه المرة الأولى التي تغلق فيها العقبة بسبب الانهيارات؛ ففي يناير 2023"
        " أغلقت خمسة أيام متتالية بعد انزلاق صخري مماثل لم يسفر عن ضحايا."
    )
    got = dict(figures(text))
    assert got == {"duration:2023": 5.0, "killed:2023": 0.0}
