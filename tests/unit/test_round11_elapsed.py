"""Round 11: a duration right after "منذ" is how long a state has lasted so
far, ``duration:elapsed`` ("توقف جمع القمامة منذ سبعة عشر يوماً"), unless its
verb tells an event or a statement ("وقع الحادث منذ 3 أيام", "أعلنت البلدية
منذ يومين": dates only), or a figure before it in its clause owns the state
("400 عامل لم يتقاضوا أجورهم منذ 5 أشهر").  Sentences written for these
tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-02-11"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text("سبها - " + text, PUB)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("وتوقف جمع القمامة في سبها منذ سبعة عشر يوماً.", 17),
        ("وقال إن الشركة عاجزة منذ 17 يوماً عن تشغيل شاحناتها في سبها.", 17),
        ("والطريق مغلق منذ يومين في سبها.", 2),
        ("وتوقف جمع القمامة في سبها منذ نحو أسبوعين.", 2),
    ],
)
def test_how_long_a_state_has_lasted(sentence: str, value: float) -> None:
    assert fields(sentence) == [("duration:elapsed", value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "ووقع الحادث في سبها منذ 3 أيام.",
        "وقال إن الحادث وقع منذ 3 أيام في سبها.",
        "وأعلنت البلدية في سبها منذ يومين انطلاق الحملة.",
    ],
)
def test_an_event_or_a_statement_since_is_only_a_date(sentence: str) -> None:
    assert [f for f, _ in fields(sentence) if f.startswith("duration")] == []


def test_a_state_of_the_figure_before_it_is_no_claim() -> None:
    got = fields("إذ يقول ممثلون عنهم إن أكثر من 400 عامل في سبها لم يتقاضوا أجورهم منذ 5 أشهر.")
    assert [f for f, _ in got if f.startswith("duration")] == []
