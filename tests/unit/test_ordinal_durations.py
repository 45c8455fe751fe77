"""How long a lasting state has gone on, told by an ordinal (recon._ordinal_days):
"لليوم الثالث على التوالي", "يدخل الإضراب يومه السادس" are durations of
3 and 6 days ("duration:elapsed"); "في اليوم الثالث" is a point in time.
Sentences written for these tests."""

from extracting import extract_text

from recon._ordinal_days import ordinal_durations
from recon.normalise import normalise

PUB = "2025-04-14"


def durations(text: str) -> list[tuple[str, float, str]]:
    return [
        (c.field, c.value.value, c.value.unit)  # type: ignore[union-attr]
        for c in extract_text(text, PUB)
        if c.field.startswith("duration")
    ]


def test_for_the_third_day_running() -> None:
    text = "يواصل عمال محطة عدن للحاويات إضرابهم عن العمل لليوم الثالث على التوالي."
    assert durations(text) == [("duration:elapsed", 3, "day")]


def test_a_strike_enters_its_sixth_day() -> None:
    assert durations("إضراب عمال محطة الحاويات بعدن يدخل يومه السادس.") == [
        ("duration:elapsed", 6, "day")
    ]


def test_every_day_of_a_month_running() -> None:
    # The ordinals are numbers.toml's one table, which the dates rules read
    # for a day of the month too: the late twenties and the thirty-first.
    for word, n in (("السادس والعشرين", 26), ("التاسع والعشرين", 29), ("الحادي والثلاثين", 31)):
        text = f"يواصل عمال المصنع في إربد إضرابهم لليوم {word} على التوالي."
        assert durations(text) == [("duration:elapsed", n, "day")], word


def test_teens_and_months() -> None:
    assert durations("تتواصل الاحتجاجات في مدينة السويداء لليوم الخامس عشر.") == [
        ("duration:elapsed", 15, "day")
    ]
    assert durations("يتواصل الحصار على مدينة الفاشر للشهر الثاني على التوالي.") == [
        ("duration:elapsed", 2, "month")
    ]


def test_on_the_third_day_is_a_point_in_time() -> None:
    assert durations("وفي اليوم الثالث لإغلاق الجسر في مدينة الرقة عبرت 450 شاحنة.") == []


def test_the_span_covers_the_unit_noun_and_the_ordinal() -> None:
    text = "يدخل الإضراب «يومه السادس»، وفق النقابة."
    (q,) = ordinal_durations(normalise(text))
    assert text[q.start : q.end] == "يومه السادس"
    assert text[q.number_start : q.number_end] == "السادس"
