"""Round 13: figures as the Maghrebi press writes them, and what they count.

A decimal comma before a measure or a percentage ("37,08 بالمائة"); a year
that names a session, an edition or a budget ("دورة 2025", "موازنة 2026") is
no figure; "نسبة" names what a percentage is a share of across a long phrase;
"87 حالة غش" counts cases of cheating.  Sentences written for these tests,
with negative cases."""

import pytest
from extracting import extract_text

from recon.numbers import find_quantities

PUB = "2025-07-04"


def values(text: str) -> list[tuple[float, str]]:
    return [(float(q.quantity.value), q.quantity.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("بلغت النسبة 37,08 بالمائة", [(37.08, "percent")]),
        ("ارتفعت الأسعار 12,5 %", [(12.5, "percent")]),
        ("تبعد القرية 4,5 كلم عن الطريق", [(4.5, "km")]),
        ("بلغت الخسائر 1,5 مليار دينار", [(1.5e9, "IQD")]),
    ],
)
def test_a_comma_and_one_or_two_digits_before_a_measure_is_a_decimal(text, want) -> None:
    assert values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # three digits after the comma group thousands
        ("سجل 147,512 مترشحا", [(147512.0, "")]),
        # a list of article numbers is no figure at all
        ("وفق الفقرتين 1,2 من المادة", []),
    ],
)
def test_other_commas_are_no_decimal(text, want) -> None:
    assert values(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "نجح التلاميذ في بكالوريا 2025 بنسب متفاوتة",
        "ناقش البرلمان موازنة 2026 أمس",
        "تنطلق دورة 2025 من المهرجان الأسبوع المقبل",
        "أعلنت الحكومة رؤية 2030 للتنمية",
    ],
)
def test_a_year_naming_a_session_or_budget_is_no_figure(text) -> None:
    assert values(text) == []


def test_a_figure_after_such_a_word_with_its_noun_is_still_a_count() -> None:
    assert [v for v, _ in values("شارك في الدورة 2000 طالب")] == [2000.0]


def fields(text: str) -> list[tuple[str, float]]:
    return [
        (c.field, float(getattr(c.value, "value", 0)))
        for c in extract_text("تونس (وات) - " + text, PUB)
    ]


def test_a_share_word_names_a_percentage_far_after_it() -> None:
    got = fields(
        "بلغت نسبة النجاح في الدورة الرئيسية لامتحان البكالوريا دورة 2025 ما قدره"
        " 37,08 بالمائة، وفق ما أعلنه المدير العام للامتحانات."
    )
    assert got == [("percent:نجاح", 37.08)]


def test_a_share_word_stops_at_an_earlier_figure() -> None:
    # the rate after the count of candidates is no longer the share's
    got = fields("وسجلت نسبة الحضور ارتفاعا، وشارك 5000 مترشح، وحققت المعاهد 20 بالمائة.")
    assert ("percent:حضور", 20.0) not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وأفاد بأنه تم تسجيل 87 حالة غش خلال الامتحانات.", ("count:غش", 87.0)),
        ("وسجلت المحاكم 120 حالة طلاق في الشهر الماضي.", ("count:طلاق", 120.0)),
    ],
)
def test_cases_of_an_unlisted_kind_count_that_kind(text, want) -> None:
    assert want in fields(text)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # listed kinds keep their own fields
        ("وسجلت المستشفيات 12 حالة وفاة.", "killed"),
        ("ورصدت الوزارة 40 حالة اشتباه بالكوليرا.", "suspected"),
    ],
)
def test_cases_of_a_listed_kind_keep_their_field(text, field) -> None:
    assert [f for f, _ in fields(text)] == [field]


def test_cases_said_with_no_kind_are_no_count() -> None:
    assert [f for f, _ in fields("وتستقبل المستشفيات 12 حالة يوميا.")] == []


@pytest.mark.parametrize(
    ("text", "country", "want"),
    [
        # a dot and three digits group thousands in the Maghreb's press
        ("بلغت المفرغات 45.100 طن", "ma", [(45100.0, "tonne")]),
        ("بلغت القيمة 1.500 درهم", "ma", [(1500.0, "MAD")]),
        # but not in an amount of millimes, nor before a scale word
        ("بلغ السعر 2.620 دينار", "tn", [(2.62, "TND")]),
        ("بلغت 1.500 مليون درهم", "ma", [(1.5e6, "MAD")]),
        # nor elsewhere
        ("بلغت المفرغات 45.100 طن", None, [(45.1, "tonne")]),
    ],
)
def test_dotted_thousands_where_the_press_writes_a_decimal_comma(text, country, want) -> None:
    got = [(float(q.quantity.value), q.quantity.unit) for q in find_quantities(text, country=country)]
    assert got == want



@pytest.mark.parametrize(
    "text",
    [
        "سجلت الكميات تراجعا بنسبة 14,8 بالمائة مقارنة مع السنة الماضية.",
        "ارتفعت الأسعار بنسبة 12 بالمائة.",
        "تراجعت كميات السردين المفرغة خلال الأشهر الستة الأولى بنحو 15 بالمائة.",
    ],
)
def test_how_much_something_changed_is_a_percent_change(text) -> None:
    assert [f for f, _ in fields(text)] == ["percent:change"]


def test_a_share_named_before_stays_that_share() -> None:
    assert [f for f, _ in fields("ارتفعت نسبة البطالة إلى 12 بالمائة.")] == ["percent:unemployment"]


@pytest.mark.parametrize(
    "text",
    # found by the fuzzer: a percentage glued inside a sentence's last word
    ["1\x06\\ظظظ,22%", "ارتفع ظظظ,22%", "زيادة ابج,22%", "ارتفاع x,22%"],
)
def test_a_percentage_glued_in_the_last_word_is_no_error(text) -> None:
    for c in extract_text(text, PUB):
        assert 0 <= c.span.start < c.span.end <= len(text)
