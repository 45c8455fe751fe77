"""A bare "درهم"/"دينار"/"ليرة" is the currency of the country the article
is about; an article that names no country is in the country of its
story's place (recon.extract, via recon._dateline.country_of).  Articles
written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-02-10"


def units(text: str) -> list[str]:
    return [c.value.unit for c in extract_text(text, PUB) if c.field.startswith("money")]


@pytest.mark.parametrize(
    ("city", "currency", "unit"),
    [
        ("الرباط", "درهم", "MAD"),
        ("دبي", "درهم", "AED"),
        ("بغداد", "دينار", "IQD"),
        ("بيروت", "ليرة", "LBP"),
    ],
)
def test_a_bare_currency_is_the_story_places(city: str, currency: str, unit: str) -> None:
    text = f"{city} - أعلنت الحكومة زيادة عامة في الأجور قدرها 1500 {currency} لكل موظف."
    assert units(text) == [unit]


def test_a_named_country_wins_over_the_dateline() -> None:
    text = "دبي - أعلنت الحكومة المغربية زيادة في أجور الأساتذة في المغرب قدرها 1500 درهم."
    assert units(text) == ["MAD"]


def test_a_named_currency_is_kept() -> None:
    text = "الرباط - قدم صندوق إماراتي منحة قدرها 1500 درهم إماراتي لكل أسرة."
    assert units(text) == ["AED"]
