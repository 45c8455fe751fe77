"""Where people were sheltered or taken is not where they were hurt, and a
news agency told or quoted owns no figure
(entities.toml shelter_words; recon._choose: a destination named before a
casualty figure stays out), and Tunisian towns that are no governorate's
capital are gazetteer places of their own (طبرقة is not طبرق).  Sentences
written for these tests, with negative cases."""

from extracting import extract_text

from recon.gazetteer import Gazetteer

PUB = "2025-07-15"


def claims(text: str) -> list[tuple[str, float, str]]:
    return [(c.field, c.value.value, c.entity) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_a_shelter_town_is_not_where_the_injured_were_hurt() -> None:
    got = claims(
        "وقال والي القصرين إن السلطات وفرت الإيواء في مدارس بمدينة سبيطلة، "
        "مؤكدا إصابة 4 أشخاص في الحريق."
    )
    assert [e for f, v, e in got if f == "injured"] != ["مدينة سبيطلة"]


def test_a_town_named_without_a_shelter_word_still_owns_the_figure() -> None:
    got = claims("وأصيب 4 أشخاص في حريق اندلع في مدينة سبيطلة.")
    assert [e for f, v, e in got if f == "injured"] == ["مدينة سبيطلة"]


def test_people_taken_to_a_hospital_are_not_counted_there() -> None:
    got = claims("ونقل الجرحى إلى مستشفى جرجيس الجهوي، فيما أكدت السلطات في مدنين إصابة 9 أشخاص.")
    assert [e for f, v, e in got if f == "injured"] == ["مدنين"]


def test_tunisian_towns_are_places_of_their_own() -> None:
    g = Gazetteer.default()
    got = {m.entry.id for m in g.find_mentions("حريق قرب مدينة طبرقة وفي جرجيس وقليبية")}
    assert {"tabarka", "zarzis", "kelibia"} <= got
    assert not [m for m in g.find_mentions("مدينة طبرقة") if m.entry.name == "Tobruk"]
    # طبرق itself is still Tobruk.
    assert "Tobruk" in [m.entry.name for m in g.find_mentions("في مدينة طبرق الليبية")]


def test_a_news_agency_owns_no_figure() -> None:
    # The agency is told the figure ("لرويترز"): the figure is not about it.
    got = claims("وقال مسؤول في نقابة العمال لرويترز إن 80 عاملا كانوا في المصنع.")
    assert not [e for f, v, e in got if "رويترز" in e]
    got = claims("وقال مسؤول في مدينة الزرقاء لوكالة الأناضول إن 9 أشخاص أصيبوا في الحريق.")
    assert [e for f, v, e in got if f == "injured"] == ["الزرقاء"]
