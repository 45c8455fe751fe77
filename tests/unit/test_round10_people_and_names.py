"""Round 10: a person's age is no duration; a crossing named with or
without "الحدودي" is one facility across outlets; "مخيمات X" names a place.
Sentences written for these tests, with negative cases."""

import pytest
from extracting import entities_of, extract_text

import recon

PUB = "2026-04-14"


def durations(text: str) -> list[float]:
    return [float(c.value.value) for c in extract_text(text, PUB) if c.field.startswith("duration")]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال النازح أبو خالد (63 عاماً)، المتحدر من ريف القصير، إنه عاد إلى بلدته.",
        "وتوفي طفل يبلغ من العمر 9 سنوات في بعلبك.",
        "وقال سائق الشاحنة محمود (52 عاما) إن الانتظار طال.",
        "وأصيب شاب بعمر 19 عاماً في بعلبك.",
        "وبين الضحايا فتاة ابنة 12 عاماً.",
    ],
)
def test_an_age_is_not_a_duration(sentence: str) -> None:
    assert durations("بعلبك - " + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وأمضى النازح 13 عاماً في بعلبك قبل أن يعود.",
        "واستمر الحصار على بعلبك (52 يوماً) قبل رفعه.",
        "وسجن في بعلبك لمدة 5 سنوات.",
    ],
)
def test_a_time_spent_or_a_bracketed_time_is_still_a_duration(sentence: str) -> None:
    assert len(durations("بعلبك - " + sentence)) == 1


def _doc(i: str, text: str) -> recon.Document:
    return recon.Document(source=recon.Source(id=i, published=PUB), text=text)


def test_a_crossing_with_and_without_its_border_adjective_is_one_facility() -> None:
    a = (
        "بعلبك - عبر 1120 نازحاً معبر جوسية الحدودي اليوم عائدين إلى سوريا.\n\n"
        "ونقلت 46 حافلة العائدين إلى معبر جوسية.\n\nواستغرق العبور قرابة 7 ساعات."
    )
    b = "بعلبك - انتظر العائدون على معبر جوسية سبع ساعات قبل العبور."
    report = recon.reconcile([_doc("a", a), _doc("b", b)])
    assert len({g.entity for g in report.groups}) == 1, [(g.field, g.entity) for g in report.groups]


def test_two_crossings_of_different_names_stay_apart() -> None:
    a = "بعلبك - عبر 1120 نازحاً معبر جوسية الحدودي اليوم عائدين إلى سوريا."
    b = "بعلبك - عبر 1120 نازحاً معبر المصنع الحدودي اليوم عائدين إلى سوريا."
    report = recon.reconcile([_doc("a", a), _doc("b", b)])
    assert len([g for g in report.groups if g.field == "displaced"]) == 2


def test_camps_of_a_town_name_a_place() -> None:
    text = "بعلبك - وتضم مخيمات عرسال أكثر من 120 خيمة."
    assert entities_of(text, PUB, "count:tent") == ["مخيمات عرسال"]


def test_minutes_after_the_hour_are_a_time_of_day() -> None:
    text = "بعلبك - وقع الحادث في بعلبك عند الساعة الحادية عشرة و40 دقيقة صباحاً."
    assert durations(text) == []


def test_minutes_with_no_hour_are_a_duration() -> None:
    assert len(durations("بعلبك - وتوقف السير في بعلبك 120 دقيقة.")) == 1


def test_an_outlets_nisba_is_not_a_place() -> None:
    text = (
        "مسقط - وقال العقيد سالم لوكالة الأنباء العُمانية إن نحو 60 فرداً من فرق "
        "الإنقاذ الجبلي يشاركون في العملية."
    )
    got = entities_of(text, PUB, "personnel")
    assert got and "العُمانية" not in got, got


def test_a_nisba_of_people_is_still_theirs() -> None:
    text = "مسقط - وقال مسؤولون إن 5 جنود عُمانيين أصيبوا في الحادث."
    assert entities_of(text, PUB, "injured") == ["عُمانيين"]
