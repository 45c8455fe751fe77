"""Round 8: a wire's dateline with its date ("نواكشوط، 09/03/2026 (وما) -")
is a dateline (recon._gaz_refs), and a further leg of a journey ("ومنها إلى
نواكشوط") is a destination (recon._destinations).  Articles written for these
tests, with negative cases."""

import pytest
from extracting import extract_text

from recon._gaz_refs import _dated_credit

PUB = "2026-03-09"
ABROAD = " قال مسؤولون في ليبيا يوم الاثنين إن مبنى انهار.\n\nوقال مسؤول في وزارة الصحة إن 30 شخصا أصيبوا."


def entities(text: str, field: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == field]


@pytest.mark.parametrize(
    "after",
    [
        "، 09/03/2026 (وما) - ارتفع",
        "، 14 تموز (واع) - أعلنت",
        " في 3 جوان / وأج / أعلنت",
        "، ٩ آذار/مارس (ا ف ب) - قال",
        "، 14 تموز 2026 - قال",
        " في 12 حزيران/يونيو / وام / أعلن",
    ],
)
def test_a_date_then_a_credit_after_the_city(after: str) -> None:
    assert _dated_credit("بغداد" + after, len("بغداد"))


@pytest.mark.parametrize(
    "after",
    [
        "، 5 أشخاص قتلوا في الانفجار",  # a figure and its noun, not a date
        " في 12 حزيران/يونيو الماضي",  # a date with no credit after it
        " 14 تموز (واع) -",  # neither a comma nor في: not this form
        " (رويترز) - قال",  # the plain form, read elsewhere
    ],
)
def test_not_a_dated_credit(after: str) -> None:
    assert not _dated_credit("بغداد" + after, len("بغداد"))


@pytest.mark.parametrize(
    "dateline",
    ["القاهرة، 09/03/2026 (أ ش أ) -", "القاهرة في 9 مارس / أ ش أ /", "القاهرة، 9 آذار/مارس (ا ف ب) -"],
)
def test_a_dated_dateline_abroad_is_not_where_the_story_happens(dateline: str) -> None:
    assert entities(dateline + ABROAD, "injured") == ["ليبيا"]


def test_a_city_and_a_past_date_in_running_text_is_no_dateline() -> None:
    text = (
        "قال مسؤولون في ليبيا إن مبنى انهار في القاهرة، 9 آذار/مارس الماضي.\n\n"
        "وقال مسؤول في وزارة الصحة إن 30 شخصا أصيبوا."
    )
    assert entities(text, "injured") == ["ليبيا"]


def test_a_further_leg_of_a_journey_is_a_destination() -> None:
    text = (
        "وقال مسؤول إن 12 مصابا نقلوا إلى مدينة كيفه، ومنها إلى نواكشوط، حيث يتلقون العلاج.\n\n"
        "وأصيب 12 شخصا في حادث سير في ولاية لعصابة."
    )
    assert entities(text, "injured") == ["ولاية لعصابة", "ولاية لعصابة"]


def test_onward_words_need_a_journey_already_read() -> None:
    # No transfer verb before: "ثم إلى" alone starts no destination, so the
    # place stays a candidate for the figure.
    text = "وأعلنت السلطات ثم إلى نواكشوط أن 12 شخصا أصيبوا."
    assert entities(text, "injured") == ["نواكشوط"]
