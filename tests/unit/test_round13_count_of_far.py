"""Round 13, eighth batch: "ارتفع عدد المصابين … إلى ستة عمال" — a count's
"عدد" names what the people after its "إلى" are, however long the phrase
between.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2025-08-14"


def fields(text: str) -> list[str]:
    return [c.field for c in extract_text("الدوحة - " + text, PUB) if not c.field.startswith("date")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ارتفع عدد المصابين في الحريق الذي شب مساء الثلاثاء في محطة الخور إلى ستة عمال.",
            ["injured"],
        ),
        ("ارتفعت حصيلة القتلى في الحادث الذي وقع على الطريق السريع قرب المدينة إلى 9 ركاب.", ["killed"]),
    ],
)
def test_a_count_s_number_of_names_the_people_after_its_to(text, want) -> None:
    assert fields(text) == want


def test_people_by_trade_with_no_count_before_are_counted_by_trade() -> None:
    assert fields("وصل إلى الموقع في الصباح الباكر بعد انتظار طويل ستة عمال.") == ["count:عامل"]


@pytest.mark.parametrize(
    "text",
    [
        "ارتفع عدد الأبقار النافقة جراء مرض الجمرة الخبيثة في محلية عسلاية إلى 412 رأساً.",
        "قالت رعاة إن الجمرة الخبيثة فتكت بـ340 رأساً من الأبقار.",
    ],
)
def test_dead_livestock_however_far_the_word_that_says_so(text) -> None:
    assert fields(text) == ["count:livestock:dead"]


def test_livestock_said_to_be_nothing_are_just_livestock() -> None:
    assert fields("ارتفع عدد الأبقار المحصنة في محلية عسلاية بولاية شرق دارفور إلى 412 رأساً.") == [
        "count:livestock"
    ]
