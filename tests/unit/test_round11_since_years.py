"""Round 11: after "منذ", only four digits of a plausible year are a year
("منذ 2017"); a count of four digits that follows ("منذ انطلاق المهرجان إلى
٤١٥٠ سيارة") is the event's running total, not a sum over a past period.
Sentences written for these tests, with negative cases."""

import pytest
from extracting import fields_of

PUB = "2026-08-25"


def fields(text: str) -> list[str]:
    return fields_of("عنيزة - " + text, PUB, "count")


@pytest.mark.parametrize("figure", ["4150", "٤١٥٠", "3400", "9999"])
def test_a_four_digit_count_after_since_is_no_year(figure: str) -> None:
    text = f"ارتفع عدد السيارات التي دخلت السوق منذ انطلاق المهرجان إلى {figure} سيارة."
    assert fields(text) == ["count:vehicle"]


@pytest.mark.parametrize("year", ["2017", "٢٠١٧"])
def test_a_year_after_since_is_still_a_past_period(year: str) -> None:
    text = f"ودخلت السوق منذ {year} نحو 900 سيارة."
    assert fields(text) == ["count:vehicle:period"]
