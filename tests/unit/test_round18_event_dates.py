"""Round 18: the day of an event told by a word that names it but was no
event word before ("تنطلق", "الحادث", "المداهمة", "سطو" …:
``fields.toml [date_events]``, read by
``recon._field_events.date_event_of``).  Such a date is a claim of its own,
it never stops its sentence's figures from being dated as before, and in
the corroboration (``recon._story_corroborate``) it is neither evidence that
two names are one scene nor a use of its name: an article often recalls
another story's day with these words.  Sentences and claims written for
these tests, with negative cases."""

import datetime as dt

import pytest
from extracting import extract_text

from recon._story_corroborate import corroborated
from recon.model import Claim, DateValue, Entity, Method, Quantity, Source

PUB = "2025-07-15"


def dates(text: str) -> list[tuple[str, dt.date]]:
    return [
        (c.field, c.value.value) for c in extract_text(text, PUB) if c.field.startswith("date:")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "تونس - تنطلق دورة التدارك لامتحان الشهادة الثانوية يوم 21 جويلية الجاري في"
            " كامل ولايات الجمهورية، وفق وزارة التربية.",
            ("date:scheduled", dt.date(2025, 7, 21)),
        ),
        (
            "عمّان - يدخل نظام التسعيرة الجديدة للمياه في محافظة الزرقاء حيز التنفيذ في"
            " الأول من آب المقبل.",
            ("date:scheduled", dt.date(2025, 8, 1)),
        ),
        (
            "الخرطوم - سُجّلت أول حالة مؤكدة بالحمى في مدينة كسلا يوم الخميس 3 يوليو"
            " الجاري، قبل أن ينتشر المرض إلى أحياء أخرى.",
            ("date:first_case", dt.date(2025, 7, 3)),
        ),
        (
            "اللاذقية - وكانت الحادثة قد وقعت في الثامن من تموز في قرية البهلولية بريف اللاذقية.",
            ("date:accident", dt.date(2025, 7, 8)),
        ),
        (
            "طرطوس - وضربت موجة الصقيع سهل عكار مساء الأحد 13 تموز، وألحقت أضراراً"
            " بالبيوت البلاستيكية.",
            ("date:struck", dt.date(2025, 7, 13)),
        ),
        (
            "بيروت - أقدم مسلحان على السطو على مكتب للصيرفة في صيدا ظهر الاثنين 7 تموز.",
            ("date:robbery", dt.date(2025, 7, 7)),
        ),
        (
            "جدة - وجاءت المداهمة التي نُفذت فجر الأحد 6 يوليو في حي الخمرة بعد متابعة ميدانية.",
            ("date:raid", dt.date(2025, 7, 6)),
        ),
        (
            "أكادير - وكانت الشرطة قد أوقفت المشتبه فيه يوم 9 ماي الماضي في حي الداخلة.",
            ("date:arrest", dt.date(2025, 5, 9)),
        ),
        (
            "إربد - نفذ العشرات وقفة احتجاجية أمام مبنى بلدية إربد الكبرى يوم الأحد 13"
            " تموز للمطالبة بتحسين النقل.",
            ("date:protest", dt.date(2025, 7, 13)),
        ),
        (
            "رشيد - وفُقد الاتصال بمركب الصيد منذ فجر الخميس 10 يوليو قبالة سواحل رشيد.",
            ("date:disappearance", dt.date(2025, 7, 10)),
        ),
    ],
)
def test_the_day_of_an_event_named_by_a_date_word(text: str, want: tuple[str, dt.date]) -> None:
    assert want in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        # the day's statement, not its event
        "إربد - أعلنت بلدية إربد الكبرى، الأحد، أن الوقفة الاحتجاجية انتهت دون حوادث.",
        # no word of any event near the day
        "الزرقاء - بلغ عدد سكان المحافظة في 10 تموز مليوناً ونصف المليون نسمة.",
    ],
)
def test_no_event_word_or_a_statement_s_day_is_no_event_date(text: str) -> None:
    assert not [f for f, _ in dates(text) if f != "date:announcement"]


def test_an_event_word_in_reach_still_names_the_date() -> None:
    # "انقلبت" is [events]' incident; "الحادث" further on does not rename it.
    got = dates(
        "معان - انقلبت حافلة ركاب فجر الخميس 10 تموز على الطريق الصحراوي، وفتح تحقيق في الحادث."
    )
    assert ("date:incident", dt.date(2025, 7, 10)) in got
    assert not [f for f, _ in got if f == "date:accident"]


def test_a_date_word_does_not_undate_its_sentence_s_figures() -> None:
    # As before this round: "أوقفت … الأحد 13 تموز" dates the 12 held.
    text = "صيدا - أوقفت القوى الأمنية 12 شخصاً فجر الأحد 13 تموز في حي التعمير."
    held = [c for c in extract_text(text, PUB) if c.field == "arrested"]
    assert [c.as_of for c in held] == [dt.date(2025, 7, 13)]


DAY = dt.date(2025, 7, 10)
TRIPOLI = Entity(id="tripoli", name="طرابلس", kind="city")
TELL = Entity(id="tell", name="ساحة التل", kind="place")


def _claim(doc: str, field: str, value: object) -> Claim:
    v = DateValue(value=value) if isinstance(value, dt.date) else Quantity(value=value, unit="person")
    return Claim(
        entity="x",
        field=field,
        value=v,
        source=Source(id=doc, published=DAY),
        method=Method.EXTRACTED,
    )


def _run(event: str) -> list[str]:
    rows = [
        (_claim("a", "personnel", 3), TRIPOLI),
        (_claim("a", event, dt.date(2025, 7, 7)), TRIPOLI),
        (_claim("a", "money", 4), TRIPOLI),
        (_claim("b", "personnel", 3), TELL),
        (_claim("b", event, dt.date(2025, 7, 7)), TELL),
    ]
    got = corroborated(
        [c for c, _ in rows], [e for _, e in rows], country_of=lambda _e: None, max_days=14
    )
    return [e.id for e in got]


def test_an_event_date_is_evidence_of_one_scene() -> None:
    # [events]' attack: three gunmen and one day make the two names one scene.
    got = _run("date:attack")
    assert got[0] == got[3]


def test_a_recalled_event_s_date_is_no_evidence_of_one_scene() -> None:
    # "وكان مكتب في طرابلس قد تعرض لسطو مماثل في 7 تموز": a day told with a
    # [date_events] word is not a second agreeing figure.
    got = _run("date:robbery")
    assert got[0] != got[3]
