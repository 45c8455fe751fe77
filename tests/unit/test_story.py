"""One story, several names (recon._story.refine): a place's figure goes to
its only named part with figures of the same field, never to one of two.

Sentences are written for these tests (a gas explosion, a flood, a hotel
fire, two camps), in Levantine, Gulf, Egyptian and Maghrebi styles.
"""

from __future__ import annotations

import datetime as dt

from recon._story import refine
from recon.group import group_claims
from recon.model import Claim, Entity, Method, Quantity, Source

DAY = dt.date(2025, 5, 4)


def _ent(id_: str, name: str, kind: str, aliases: tuple[str, ...]) -> Entity:
    return Entity(id=id_, name=name, kind=kind, aliases=aliases)


def _claim(doc: str, entity: Entity, value: float, quote: str, field: str = "killed",
           day: dt.date = DAY) -> Claim:  # fmt: skip
    return Claim(
        entity=entity.name,
        field=field,
        value=Quantity(value=value, unit="person"),
        source=Source(id=doc, published=day),
        quote=quote,
        method=Method.EXTRACTED,
    )


EG = _ent("eg", "Egypt", "country", ("مصر",))
ALEX = _ent("alexandria", "Alexandria", "city", ("الإسكندرية",))
MAROC = _ent("ma", "Morocco", "country", ("المغرب",))
SAFI = _ent("safi", "Safi", "city", ("آسفي", "مدينة آسفي"))  # the gazetteer's Safi
HOTEL = _ent("e-hotel", "فندق النخيل", "facility", ("فندق النخيل",))
WAREHOUSE = _ent("e-wh", "مستودع الغاز", "facility", ("مستودع الغاز",))
CAMP_A = _ent("e-a", "مخيم الأمل", "facility", ("مخيم الأمل",))
CAMP_B = _ent("e-b", "مخيم النور", "facility", ("مخيم النور",))


def _ids(claims: list[Claim], entities: list[Entity]) -> list[str]:
    return [e.id for e in refine(claims, entities)]


def test_a_country_figure_goes_to_the_city_of_the_gazetteer() -> None:
    # Alexandria lies in Egypt (gazetteer [within]); Egypt's only city with deaths.
    a = _claim("d1", ALEX, 7, "لقي 7 أشخاص مصرعهم في انفجار بالإسكندرية")
    b = _claim("d2", EG, 7, "مصر: مقتل 7 في انفجار غاز")
    assert _ids([a, b], [ALEX, EG]) == ["alexandria", "alexandria"]


def test_a_facility_located_in_its_sentence_takes_the_town_figure() -> None:
    # "فندق النخيل في مدينة آسفي": the hotel is in Safi, said by the article.
    a = _claim("d1", HOTEL, 4, "اندلع حريق في فندق النخيل بمدينة آسفي، وأسفر عن وفاة 4 نزلاء")
    b = _claim("d2", SAFI, 4, "توفي 4 أشخاص في حريق بمدينة آسفي")
    assert _ids([a, b], [HOTEL, SAFI]) == ["e-hotel", "e-hotel"]


def test_a_nisba_after_a_town_locates_it_in_the_country() -> None:
    a = _claim("d1", SAFI, 4, "حريق في آسفي المغربية يودي بحياة 4 أشخاص")
    b = _claim("d2", MAROC, 4, "المغرب: وفاة 4 في حريق فندق")
    assert _ids([a, b], [SAFI, MAROC]) == ["safi", "safi"]


def test_directions_in_brackets_locate_a_town() -> None:
    a = _claim("d1", SAFI, 4, "توفي 4 في حريق بمدينة آسفي (غرب المغرب) صباح الأحد")
    b = _claim("d2", MAROC, 4, "وفاة 4 أشخاص في المغرب")
    assert _ids([a, b], [SAFI, MAROC]) == ["safi", "safi"]


def test_a_facility_near_a_town_is_that_towns() -> None:
    a = _claim("d1", WAREHOUSE, 3, "قتل 3 في انفجار مستودع الغاز قرب مدينة آسفي")
    b = _claim("d2", SAFI, 3, "مقتل 3 عمال في آسفي")
    assert _ids([a, b], [WAREHOUSE, SAFI]) == ["e-wh", "e-wh"]


def test_two_parts_of_one_place_keep_the_place_figure_where_it_is() -> None:
    # Two camps in Safi, each with its own dead: Safi's figure is neither's.
    a = _claim("d1", CAMP_A, 2, "توفي طفلان في مخيم الأمل بمدينة آسفي", field="killed")
    b = _claim("d2", CAMP_B, 5, "توفي 5 في مخيم النور بمدينة آسفي", field="killed")
    c = _claim("d3", SAFI, 7, "وفاة 7 في مخيمات آسفي", field="killed")
    assert _ids([a, b, c], [CAMP_A, CAMP_B, SAFI]) == ["e-a", "e-b", "safi"]


def test_near_is_not_in_for_two_places() -> None:
    # "قرب الإسكندرية": a town near a city is not in it.
    town = _ent("e-town", "برج العرب", "place", ("برج العرب",))
    a = _claim("d1", town, 6, "غرق 6 في برج العرب قرب الإسكندرية")
    b = _claim("d2", ALEX, 6, "غرق 6 أشخاص في الإسكندرية")
    assert _ids([a, b], [town, ALEX]) == ["e-town", "alexandria"]


def test_a_document_that_gives_both_keeps_them_apart() -> None:
    # One article gives the hotel's dead and Safi's: it says they differ.
    a = _claim("d1", HOTEL, 4, "وفاة 4 في فندق النخيل بمدينة آسفي")
    b = _claim("d1", SAFI, 9, "وارتفع عدد ضحايا الحرائق في آسفي هذا الأسبوع إلى 9")
    c = _claim("d2", SAFI, 4, "وفاة 4 في آسفي")
    assert _ids([a, b, c], [HOTEL, SAFI, SAFI]) == ["e-hotel", "safi", "e-hotel"]


def test_another_field_is_not_moved() -> None:
    # Safi's injured stay: the hotel has no injured figure.
    a = _claim("d1", HOTEL, 4, "وفاة 4 في فندق النخيل بمدينة آسفي")
    b = _claim("d2", SAFI, 11, "إصابة 11 في آسفي", field="injured")
    assert _ids([a, b], [HOTEL, SAFI]) == ["e-hotel", "safi"]


def test_a_figure_of_months_before_is_not_moved() -> None:
    a = _claim("d1", HOTEL, 4, "وفاة 4 في فندق النخيل بمدينة آسفي")
    b = _claim("d2", SAFI, 4, "وفاة 4 في آسفي", day=DAY - dt.timedelta(days=90))
    assert _ids([a, b], [HOTEL, SAFI]) == ["e-hotel", "safi"]


def test_an_office_name_is_no_container() -> None:
    # A ministry is not a place: "وزارة الصحة في مصر" holds no figure of a city.
    ministry = _ent("e-moh", "وزارة الصحة", "organisation", ("وزارة الصحة",))
    a = _claim("d1", ALEX, 7, "قال مسؤول في وزارة الصحة إن 7 توفوا في الإسكندرية")
    b = _claim("d2", ministry, 7, "أعلنت وزارة الصحة وفاة 7")
    assert _ids([a, b], [ALEX, ministry]) == ["alexandria", "e-moh"]


def test_group_claims_puts_the_story_in_one_group() -> None:
    a = _claim("d1", HOTEL, 4, "وفاة 4 في فندق النخيل بمدينة آسفي")
    b = _claim("d2", SAFI, 4, "وفاة 4 في آسفي")
    c = _claim("d3", MAROC, 4, "المغرب: 4 قتلى في حريق فندق")
    d = _claim("d4", SAFI, 4, "حريق في آسفي المغربية")  # says Safi is in Morocco
    drafts = group_claims([a, b, c, d], [HOTEL, SAFI, MAROC, SAFI])
    assert [(x.entity.id, len(x.claims)) for x in drafts] == [("e-hotel", 4)]


def test_the_city_anaphor_is_the_articles_city() -> None:
    # "في حي الشاطئ شرق المدينة": the city the article's claims name most.
    district = _ent("e-d", "حي الشاطئ", "place", ("حي الشاطئ",))
    a = _claim("d1", ALEX, 8, "لقي 8 أشخاص مصرعهم في الإسكندرية")
    b = _claim(
        "d1", district, 3, "وأجلت السلطات 3 أسر من حي الشاطئ شرق المدينة", field="count:family"
    )
    c = _claim("d2", ALEX, 3, "أجلت السلطات 3 أسر في الإسكندرية", field="count:family")
    assert _ids([a, b, c], [ALEX, district, ALEX]) == ["alexandria", "e-d", "e-d"]


def test_an_anaphor_with_two_candidate_cities_locates_nothing() -> None:
    district = _ent("e-d", "حي الشاطئ", "place", ("حي الشاطئ",))
    cairo = _ent("cairo", "Cairo", "city", ("القاهرة",))
    a = _claim("d1", ALEX, 8, "لقي 8 أشخاص مصرعهم في الإسكندرية")
    b = _claim("d1", cairo, 2, "وأصيب 2 في القاهرة", field="injured")
    c = _claim(
        "d1", district, 3, "وأجلت السلطات 3 أسر من حي الشاطئ شرق المدينة", field="count:family"
    )
    d = _claim("d2", ALEX, 3, "أجلت السلطات 3 أسر في الإسكندرية", field="count:family")
    assert _ids([a, b, c, d], [ALEX, cairo, district, ALEX])[3] == "alexandria"


def test_a_facility_bare_name_joins_its_full_name() -> None:
    # "مطار دبي الدولي" then "دبي" linked as a facility: one airport.
    full = _ent("e-f", "دبي الدولي", "facility", ("مطار دبي الدولي",))
    bare = _ent("e-b", "دبي", "facility", ("دبي",))
    a = _claim("d1", full, 12, "تحويل 12 رحلة عن مطار دبي الدولي", field="count:flight")
    b = _claim("d2", bare, 12, "تحويل 12 رحلة عن دبي", field="count:flight")
    assert _ids([a, b], [full, bare]) == ["e-f", "e-f"]


def test_a_given_claims_quote_is_not_read() -> None:
    # Structured claims (a CSV's quote column) are not read for containment.
    a = _claim("d1", HOTEL, 4, "وفاة 4 في فندق النخيل بمدينة آسفي")
    a = Claim(entity=a.entity, field=a.field, value=a.value, source=a.source, quote=a.quote)
    b = _claim("d2", SAFI, 4, "وفاة 4 في آسفي")
    assert _ids([a, b], [HOTEL, SAFI]) == ["e-hotel", "safi"]


def test_a_nationwide_total_is_never_moved_to_the_only_town_with_a_figure() -> None:
    # Outlet 2's sentence counts deaths across the whole country; Alexandria
    # is Egypt's only town with deaths, but that total is not Alexandria's.
    a = _claim("d1", ALEX, 7, "لقي 7 أشخاص مصرعهم في انفجار بالإسكندرية")
    for quote in (
        "وسجلت 120 وفاة بسبب تسرب الغاز في عموم البلاد منذ مطلع العام",
        "وبلغ عدد ضحايا الحوادث المماثلة على المستوى الوطني 120 شخصا",
        "وفي مختلف أنحاء مصر توفي 120 شخصا في حوادث مماثلة",
        "وقال الدفاع المدني إن 120 شخصا توفوا في جميع المحافظات",
    ):
        b = _claim("d2", EG, 120, quote)
        assert _ids([a, b], [ALEX, EG]) == ["alexandria", "eg"], quote


def test_a_country_figure_without_a_word_of_scope_still_goes_to_its_town() -> None:
    # The guard reads words of scope, not any mention of the country.
    a = _claim("d1", ALEX, 7, "لقي 7 أشخاص مصرعهم في انفجار بالإسكندرية")
    b = _claim("d2", EG, 7, "أعلنت وزارة الصحة في مصر مقتل 7 أشخاص في انفجار غاز")
    assert _ids([a, b], [ALEX, EG]) == ["alexandria", "alexandria"]
