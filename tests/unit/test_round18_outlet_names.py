"""Round 18: an outlet named in a sentence is no place a figure is about.
A facility word right after a word naming a kind of outlet ("في تصريح
لإذاعة عقبة أف أم") opens the outlet's name (recon._facilities); and an
outlet whose metadata name starts "موقع إذاعة …" is "إذاعة …" in its own
text (recon._own_outlet).  Sentences written for these tests, with negative
cases."""

import datetime as dt

import recon
from recon.extract import extract

PUB = dt.date(2024, 5, 15)


def _entities(text: str, outlet: str | None = None) -> set[str]:
    src = recon.Source(id="a3", outlet=outlet, published=PUB)
    return {c.entity for c in extract(recon.Document(source=src, text=text))}


def test_a_facility_word_after_a_kind_of_outlet_names_the_outlet() -> None:
    text = (
        "القيروان - وأفاد المسؤول، في تصريح لإذاعة عقبة أف أم، بأن قيمة الدعم"
        " المهدور تناهز 1.2 مليون دينار."
    )
    got = _entities(text)
    assert not [e for e in got if "أف أم" in e]
    assert "القيروان" in got


def test_a_road_after_by_way_of_a_channel_is_still_a_road() -> None:
    # "عبر" comes before anything: it names no outlet.
    text = "أبها - وعبرت 40 شاحنة عبر عقبة ضلع خلال ساعتين بعد إعادة فتحها."
    assert any("ضلع" in e for e in _entities(text))


def test_a_place_just_after_a_kind_of_outlet_is_the_outlet_s_name() -> None:
    text = "قال مدير الدفاع المدني لصحيفة الرياض إن 12 شخصاً أصيبوا في حريق بمدينة أبها."
    got = _entities(text)
    assert "الرياض" not in got and any("أبها" in e for e in got)


def test_an_outlet_named_with_its_website_is_masked_without_it() -> None:
    text = "ونقلت إذاعة صوت إربد عن مصدر طبي إصابة 12 شخصاً في الحريق."
    assert "إربد" in _entities(text)  # without metadata it reads as the city
    assert "إربد" not in _entities(text, "موقع إذاعة صوت إربد (regional radio website)")


def test_a_website_of_a_place_keeps_the_place() -> None:
    # "بوابة المنيا" has no second word of kind: nothing shorter is masked.
    text = "أفاد مصدر في محافظة المنيا بإصابة 12 شخصاً في الحريق."
    assert any("المنيا" in e for e in _entities(text, "موقع بوابة المنيا"))
