"""Round 11: a length right after a measure word is that measure of a thing
(``depth``, ``height``, ``length``, …), a claim of its own: the depths of a
story's wells group together, and never with how far apart two places are
(round 10 read them as no claim at all).  Sentences written for these tests,
with negative cases."""

import pytest
from extracting import fields_of

PUB = "2026-10-30"


def fields(text: str) -> list[str]:
    return fields_of("سيئون - " + text, PUB, "")


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("ويشمل المشروع حفر 8 آبار على عمق 450 متراً.", "depth"),
        ("وحفرت المؤسسة بئراً بعمق 450 متراً في سيئون.", "depth"),
        ("ويعد جبل شمس أعلى قمة في عمان بارتفاع يزيد على 3 آلاف متر.", "height"),
        ("إذ يرتفع الجسر نحو 160 متراً فوق قاع الوادي.", "height"),
        ("ومد خط ناقل بطول 27 كيلومتراً إلى خزانات المدينة.", "length"),
        ("وتبلغ شبكة التوزيع القديمة التي يبلغ طولها 60 كيلومتراً.", "length"),
        ("وركبت البلدية أنابيب بقطر 12 سنتيمتراً.", "diameter"),
    ],
)
def test_a_length_after_a_measure_word_is_that_measure(sentence: str, field: str) -> None:
    assert [f for f in fields(sentence) if not f.startswith("count")] == [field]


@pytest.mark.parametrize(
    "sentence",
    [
        "وتقع سيئون على بعد 360 كيلومتراً من المكلا.",
        "وتبعد الآبار نحو 15 كيلومتراً عن مدينة سيئون.",
    ],
)
def test_a_distance_between_places_stays_a_distance(sentence: str) -> None:
    assert fields(sentence) == ["distance"]


def test_a_measure_word_far_before_the_figure_names_nothing() -> None:
    # "طول" four words back is the length of something else, not this figure.
    text = "وقال إن طول الطريق الجديد بين المدينتين يقل كثيراً، إذ تبعد سيئون 360 كيلومتراً عن المكلا."
    assert fields(text) == ["distance"]


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("ويتسع الصهريج الواحد لنحو 36 ألف لتر.", "volume:capacity"),
        ("وتبلغ سعة الخزان الرئيسي 5 آلاف متر مكعب.", "volume:capacity"),
    ],
)
def test_what_a_thing_can_hold_is_its_capacity(sentence: str, field: str) -> None:
    assert fields(sentence) == [field]


def test_a_quantity_seized_is_no_capacity() -> None:
    assert fields("وضبطت القوة 700 ألف لتر من زيت الغاز في سيئون.") == ["volume"]


@pytest.mark.parametrize(
    "sentence",
    [
        "إن سعر تنكة الزيت (16 كيلوغراماً) يبلغ نحو 550 شيقلاً في سيئون.",
        "ووزعت الجمعية أكياس الطحين (50 كيلوغراماً) على الأسر في سيئون.",
    ],
)
def test_a_bracketed_size_of_a_container_is_per_unit(sentence: str) -> None:
    assert "weight:per_unit" in fields(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وينتج المعصر 300 طن (نحو 330 ألف لتر) من الزيت في سيئون.",
        "وبلغ الإنتاج (4500 طن) هذا الموسم في سيئون.",
    ],
)
def test_a_bracketed_figure_after_no_container_is_no_size(sentence: str) -> None:
    assert not any(f.endswith("per_unit") for f in fields(sentence))
