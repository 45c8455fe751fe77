"""A dateline in another country than the one the article is about
(recon._dateline) says where the reporter is, not where the story happens:
it no longer counts twice for the story's place.  Articles written for these
tests, with negative cases."""

from extracting import extract_text

from recon._dateline import country_of, dateline_abroad

PUB = "2026-10-21"


def entities(text: str, field: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == field]


def test_country_of_a_city() -> None:
    assert country_of("nouakchott") == "mr"
    assert country_of("mr") == "mr"
    assert country_of("no-such-place") is None


def test_a_dateline_abroad() -> None:
    assert dateline_abroad("nouakchott", "ml")
    assert not dateline_abroad("nouakchott", "mr")
    assert not dateline_abroad("nouakchott", None)


def test_a_story_abroad_is_not_the_reporters_city() -> None:
    text = (
        "القاهرة (رويترز) - قال مسؤولون في ليبيا يوم الاثنين إن مبنى انهار.\n\n"
        "وقال مسؤول في وزارة الصحة إن 30 شخصا أصيبوا."
    )
    assert entities(text, "injured") == ["ليبيا"]


def test_a_dateline_at_home_still_counts_twice() -> None:
    # (With "في مدينة الإسكندرية" in the first sentence the dateline would
    # only be where the outlet filed from: tests/unit/test_filed_from.py.)
    text = (
        "القاهرة (رويترز) - قال مسؤولون يوم الاثنين إن مبنى انهار.\n\n"
        "وقال مسؤول في وزارة الصحة إن 30 شخصا أصيبوا، فيما أرسلت مدينة الإسكندرية فرق إنقاذ."
    )
    assert entities(text, "injured") == ["القاهرة"]
