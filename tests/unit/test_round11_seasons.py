"""Round 11: a season comes once a year ("الموسم الماضي" is last year's, and
a figure of it is an earlier event's), though it is no part of the calendar
year ("مطلع الموسم" names no months); and a date after a change's "على"/"عن"
a few words on ("بزيادة 15% على الكميات المبيعة في الفترة نفسها من العام
الماضي") is what the figure is compared with, not when it held.  Sentences
written for these tests, with negative cases."""

import datetime as dt

import pytest
from extracting import extract_text

import recon

PUB = "2026-08-25"
DAY = dt.date(2026, 8, 25)


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text("القضارف - " + text, PUB)]


@pytest.mark.parametrize(
    ("phrase", "year"),
    [("الموسم الماضي", 2025), ("الموسم المنصرم", 2025), ("الموسم الحالي", 2026), ("هذا الموسم", 2026), ("الموسم المقبل", 2027)],
)
def test_a_season_named_against_this_one_is_a_year(phrase: str, year: int) -> None:
    d = recon.parse_date(phrase, published=DAY)
    assert d is not None
    assert (d.low, d.high) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@pytest.mark.parametrize("phrase", ["الموسم", "مطلع الموسم", "الموسم الزراعي", "الموسم السياحي"])
def test_a_season_with_no_cue_or_a_part_of_one_is_no_date(phrase: str) -> None:
    assert recon.parse_date(phrase, published=DAY) is None


def test_last_seasons_figure_is_an_earlier_events() -> None:
    got = fields("وكانت مبيعات السوق في الموسم الماضي قد بلغت 95 مليون جنيه.")
    assert got == [("money:2025", 95_000_000)]


def test_this_seasons_figure_is_this_events() -> None:
    got = fields("وبلغت مبيعات السوق في الموسم الحالي 95 مليون جنيه.")
    assert got == [("money", 95_000_000)]


@pytest.mark.parametrize("prep", ["على", "عن"])
def test_a_base_of_a_change_a_few_words_on_does_not_date_the_figure(prep: str) -> None:
    text = (
        "وبلغت الكميات المبيعة 11 ألف طن، بزيادة 15% "
        f"{prep} الكميات المبيعة في الفترة نفسها من العام الماضي."
    )
    # the increase itself is percent:change since round 13
    assert [f for f in fields(text) if f[0] != "percent:change"] == [("weight", 11_000)]


def test_a_date_with_no_change_before_it_still_dates_the_figure() -> None:
    assert fields("وبلغت الكميات المبيعة 11 ألف طن في السوق العام الماضي.") == [("weight:2025", 11_000)]


def test_a_place_after_a_rise_is_no_base() -> None:
    # "ارتفع … على الطريق" names where, with no change noun ("بزيادة") before "على".
    text = "وارتفع عدد الشاحنات العالقة إلى 450 شاحنة على الطريق الدولي العام الماضي."
    assert [f for f, _ in fields(text)] == ["count:truck:2025"]


def test_a_compared_figure_takes_the_date_after_it() -> None:
    text = (
        "وقال الوزير إن الإنتاج يقدر بنحو 380 ألف طن من السمسم هذا الموسم، "
        "مقارنة بـ240 ألف طن من السمسم الأبيض والأحمر معاً في الموسم الماضي."
    )
    assert fields(text) == [("weight", 380_000), ("weight:2025", 240_000)]


def test_a_compared_figure_with_no_date_after_it_keeps_the_clauses() -> None:
    # No date of its own: the clause's date, as before (never this event's figure).
    text = "وبلغ الإنتاج في الموسم الماضي 380 ألف طن، مقابل 240 ألف طن."
    assert fields(text) == [("weight:2025", 380_000), ("weight:2025", 240_000)]


@pytest.mark.parametrize("citation", ["قانون الجمارك رقم 23 لسنة 1984", "القرار 15 لعام 2019"])
def test_the_year_of_a_cited_law_dates_no_figure(citation: str) -> None:
    text = f"وراقبت القوة الشبكة ثلاثة أسابيع قبل الكمين، وسيحال المتهمون بموجب {citation}."
    assert fields(text) == [("duration", 3)]


def test_a_year_after_a_figure_without_a_citation_still_dates_it() -> None:
    assert fields("وبلغ إنتاج الولاية 300 ألف طن عام 2019.") == [("weight:2019", 300_000)]


def test_a_date_past_that_tells_that_statements_time() -> None:
    text = (
        "وقال إن سعر القنطار في السوق لا يقل عن 75 ألف جنيه، مؤكداً أن المزارعين "
        "لن يبيعوا بخسارة بعد موسم صعب العام الماضي."
    )
    assert fields(text) == [("money:per_قنطار", 75_000)]


def test_a_date_after_the_figure_with_no_that_still_dates_it() -> None:
    text = "وقال إن سعر القنطار في السوق لم يتجاوز 75 ألف جنيه العام الماضي."
    assert fields(text) == [("money:per_قنطار:2025", 75_000)]
