"""Round 12: a dateline the gazetteer does not know places the figures
nothing else places.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-02-06"


def placed(text: str) -> list[tuple[str, str]]:
    return [(c.field, c.entity) for c in extract_text(text, PUB)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("البيضاء - تضررت 12 سيارة متوقفة إثر انهيار جزء من الجسر.", "البيضاء"),
        ("نزوى، 6 فبراير (العمانية) - أنقذت فرق الدفاع المدني 9 متنزهين.", "نزوى"),
        ("عنوان الخبر\nوادي الكوف - تضررت 12 سيارة متوقفة.", "وادي الكوف"),
        ("وطنية - عين الجوزة - تضررت 12 سيارة متوقفة.", "عين الجوزة"),
        # bare "عمان" is Oman or Amman, so the gazetteer leaves it: still a dateline
        ("عمان - وقدرت الخسائر بنحو 2.5 مليون دينار.", "عمان"),
    ],
)
def test_an_unknown_dateline_places_an_unplaced_figure(text: str, place: str) -> None:
    assert [e for _, e in placed(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "عاجل - تضررت 12 سيارة متوقفة.",  # a page's label
        "تضررت 12 سيارة متوقفة في حادث - بحسب الشرطة.",  # no dateline
        "وقال إن - 12 سيارة تضررت.",  # function words
    ],
)
def test_no_dateline_no_place(text: str) -> None:
    assert placed(text) == []


def test_a_known_place_still_wins_over_an_unknown_dateline() -> None:
    text = "البيضاء - تضررت 12 سيارة متوقفة في مدينة بنغازي."
    assert [e for _, e in placed(text)] == ["بنغازي"]
