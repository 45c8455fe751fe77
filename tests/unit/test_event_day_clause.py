"""A date in a relative clause telling when the event happened ("إن
الحادث، الذي وقع صباح الثلاثاء، أسفر عن إصابة 19 شخصاً") is the day of the
event, not the day its count was given: it dates no figure outside that
clause.  Sentences written for these tests, with negative cases."""

import datetime as dt

from extracting import extract_text

PUB = "2026-10-21"  # a Wednesday
SUNDAY = dt.date(2026, 10, 18)


def as_of(text: str, field: str) -> list[dt.date | None]:
    return [c.as_of for c in extract_text(text, PUB) if c.field == field]


def test_the_day_the_fire_broke_out_does_not_date_the_count() -> None:
    got = as_of(
        "وقال الدفاع المدني في مدينة الموصل إن الحريق، الذي اندلع مساء الأحد، أسفر عن إصابة 12 شخصا.",
        "injured",
    )
    assert got and SUNDAY not in got


def test_a_day_the_count_was_given_still_dates_it() -> None:
    got = as_of("وأعلنت مديرية الصحة في مدينة الموصل الأحد إصابة 12 شخصا في الحريق.", "injured")
    assert got == [SUNDAY]


def test_a_relative_clause_without_a_verb_of_happening_still_dates() -> None:
    # "التي نشرت الأحد": the day the figures were published.
    got = as_of(
        "وقالت الحصيلة، التي نشرتها الوزارة الأحد، إن 12 شخصا أصيبوا في مدينة الموصل.",
        "injured",
    )
    assert got == [SUNDAY]
