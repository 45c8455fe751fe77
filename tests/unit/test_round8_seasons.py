"""A season across two years ("الموسم الدراسي 2023-2024", "موسم 2022/2023")
is a date (recon.dates), dated by its later year, so a figure set in a past
season is that season's ("duration:2024"), and the current season's is the
story's.  Sentences written for these tests, with negative cases."""

import datetime as dt

import pytest
from extracting import fields_of

from recon import parse_date
from recon.dates import dates_in
from recon.normalise import normalise

PUB = dt.date(2026, 2, 10)


def spans(text: str) -> list[tuple[dt.date, dt.date]]:
    return [(d.value.low, d.value.high) for d in dates_in(normalise(text), published=PUB)]


@pytest.mark.parametrize("season", ["2023-2024", "2023/2024", "٢٠٢٣/٢٠٢٤"])
def test_a_season_spans_its_two_years(season: str) -> None:
    assert spans(f"خلال الموسم الدراسي {season} على وقع إضرابات") == [
        (dt.date(2023, 1, 1), dt.date(2024, 12, 31))
    ]


@pytest.mark.parametrize(
    "text",
    ["بين 2023 و2024", "في الفترة 2023-2025", "2023-2024-2025", "2024-2023", "1850-1851"],
)
def test_not_a_season(text: str) -> None:
    assert all(hi.year - lo.year != 1 for lo, hi in spans(text))


def test_parse_date_reads_a_season() -> None:
    got = parse_date("موسم 2022/2023", published=PUB)
    assert (got.low, got.high, got.value) == (
        dt.date(2022, 1, 1),
        dt.date(2023, 12, 31),
        dt.date(2023, 1, 1),
    )


def fields(text: str) -> list[str]:
    return fields_of(text, PUB.isoformat(), "duration")


def test_a_past_seasons_figure_is_that_seasons() -> None:
    text = "الرباط - عاش القطاع خلال الموسم الدراسي 2023-2024 على وقع إضرابات دامت أكثر من ثلاثة أشهر."
    assert fields(text) == ["duration:2024"]


def test_the_current_seasons_figure_is_the_storys() -> None:
    text = "الرباط - يعيش القطاع خلال الموسم الدراسي 2025-2026 على وقع إضرابات دامت أكثر من ثلاثة أشهر."
    assert fields(text) == ["duration"]
