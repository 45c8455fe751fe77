"""A date that a figure is compared with ("بزيادة قدرها 30% عن العام السابق",
"مقارنة بالعام الماضي") is the base of a change, not when the figure held
(recon._as_of._compared_with, as_of).  Sentences written for these tests, with
negative cases."""

import pytest
from extracting import fields_of

PUB = "2024-03-30"


def fields(text: str) -> list[str]:
    return fields_of(text, PUB, "money")


@pytest.mark.parametrize(
    "tail",
    [
        "بزيادة قدرها 30% عن العام السابق",
        "بارتفاع 12% مقارنة بالعام الماضي",
    ],
)
def test_a_comparison_base_does_not_date_the_figure(tail: str) -> None:
    text = f"القاهرة - قال وزير المالية إن الإيرادات العامة تقدر بنحو 2.6 تريليون جنيه، {tail}."
    assert fields(text)[0] == "money:revenue"


def test_a_figure_of_last_year_is_still_last_years() -> None:
    text = "القاهرة - قال وزير المالية إن الإيرادات العامة بلغت في العام الماضي نحو 2.1 تريليون جنيه."
    assert fields(text) == ["money:revenue:2023"]


def test_an_about_is_no_comparison() -> None:
    # "عن" with no change word before it: "أعلن عن ... العام الماضي" dates the figure.
    text = "القاهرة - أعلن الوزير عن إيرادات بلغت 2.1 تريليون جنيه عن العام الماضي."
    assert fields(text) == ["money:revenue:2023"]


def test_the_compared_figures_date_is_its_own() -> None:
    # "مقابل 2.1 تريليون في العام الماضي": last year dates the 2.1, not the 2.6.
    text = (
        "القاهرة - قال وزير المالية إن الإيرادات العامة تقدر بنحو 2.6 تريليون جنيه، "
        "مقابل 2.1 تريليون جنيه في العام الماضي."
    )
    assert fields(text) == ["money:revenue", "money:2023"]


def test_a_date_before_the_figure_still_dates_it() -> None:
    text = (
        "القاهرة - قال الوزير إن الإيرادات بلغت في العام الماضي 2.6 تريليون جنيه، "
        "مقابل 2.1 تريليون جنيه في 2022."
    )
    assert fields(text) == ["money:revenue:2023", "money:2022"]
