"""Round 11: a housing unit is a dwelling (count:home, with flats and houses),
not a building; and a bare noun after a figure that heads a listed phrase
its clause named ("ارتفع عدد الوحدات السكنية … إلى 480 وحدة") counts what
that phrase counts.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import fields_of

PUB = "2026-04-13"


def fields(text: str) -> list[str]:
    return fields_of("الرمادي - " + text, PUB, "count")


@pytest.mark.parametrize(
    "sentence",
    [
        "وسلمت المديرية مفاتيح 320 وحدة سكنية في الرمادي.",
        "وبلغ عدد الشقق المسلمة 480 شقة في الرمادي.",
        "ارتفع عدد الوحدات السكنية المسلمة في المجمع إلى 480 وحدة.",
    ],
)
def test_housing_units_are_dwellings(sentence: str) -> None:
    assert fields(sentence) == ["count:home"]


def test_a_bare_noun_heading_no_listed_phrase_keeps_its_own_stem() -> None:
    assert fields("وتضم المحطة 12 وحدة لتوليد الكهرباء.") == ["count:وحد"]


def test_a_building_stays_a_building() -> None:
    assert fields("وانهار 76 مبنى في الرمادي.") == ["count:building"]


@pytest.mark.parametrize("sentence", ["إن الحملة تستهدف 11 حياً في الرمادي.", "وشملت الحملة أحد عشر حياً."])
def test_neighbourhoods_counted_in_the_accusative(sentence: str) -> None:
    assert fields(sentence) == ["count:district"]


def test_people_brought_out_alive_are_still_rescued() -> None:
    # "أحياء" after people is "alive", not neighbourhoods.
    assert fields_of("الرمادي - وتمكنت الفرق من إخراج 9 عمال أحياء.", PUB, "") == ["rescued"]
