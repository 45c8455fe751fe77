"""A dateline the title and the first sentence never name, when they place
the story at another place of its country, says only where the outlet filed
from ("القاهرة – مصر الآن" over a train crash in Sohag): the headline's
figures go to the story's place.  Articles written for these tests, with
negative cases."""

import datetime as dt

import recon
from recon.extract import extract

HEAD = "مصرع 5 أشخاص وإصابة 30 في حادث قطار\n\nالقاهرة – مصر الآن\n\n"


def _entities(body: str) -> set[str]:
    src = recon.Source(id="a", outlet="مصر الآن", published=dt.date(2025, 1, 19))
    return {c.entity for c in extract(recon.Document(source=src, text=HEAD + body))}


def test_a_capital_dateline_over_a_story_elsewhere() -> None:
    body = "لقي 5 أشخاص مصرعهم وأصيب 30 آخرون إثر خروج قطار عن القضبان بمدينة سوهاج صباح اليوم."
    assert _entities(body) == {"مدينة سوهاج"}


def test_a_dateline_the_first_sentence_names_is_the_story() -> None:
    body = (
        "لقي 5 أشخاص مصرعهم وأصيب 30 آخرون إثر خروج قطار عن القضبان في القاهرة"
        " صباح اليوم، ونقل المصابون إلى مستشفى بمدينة سوهاج."
    )
    assert _entities(body) == {"القاهرة"}


def test_a_dateline_over_a_first_sentence_with_no_place_is_the_story() -> None:
    body = "لقي 5 أشخاص مصرعهم وأصيب 30 آخرون إثر خروج قطار عن القضبان صباح اليوم."
    assert _entities(body) == {"القاهرة"}


def test_an_inline_dateline_over_officials_elsewhere() -> None:
    text = (
        "القاهرة (رويترز) - قال مسؤولون في مدينة الإسكندرية يوم الاثنين إن مبنى انهار.\n\n"
        "وقال مسؤول في وزارة الصحة إن 30 شخصا أصيبوا."
    )
    src = recon.Source(id="a", published=dt.date(2025, 1, 19))
    got = [c.entity for c in extract(recon.Document(source=src, text=text))]
    assert got == ["الإسكندرية"]


def test_a_dateline_city_is_named_again_by_the_province_named_like_it() -> None:
    # "المنيا –" over "بمحافظة المنيا": the dateline is the story's city, not
    # a newsroom whose country alone is the story's.
    from recon.entities_ar import named_again

    assert named_again("minya", {"eg-minya-gov"})
    assert named_again("minya", {"minya"})
    assert not named_again("minya", {"ye-taiz-gov"})
    assert not named_again("eg-minya-gov", {"minya"})
