"""Round 13: a bare ambiguous name (طرابلس) takes the sense of the country
that another place of its document lies in, as it does when the country
itself is named.  Mentions written for these tests, with negative cases."""

from recon.link import Mention, link


def ids(ms: list[Mention]) -> list[str]:
    return [e.id for e in link(ms)]


def test_a_place_of_the_sense_s_country_picks_the_sense() -> None:
    ms = [Mention(text="طرابلس", doc="a"), Mention(text="مصراتة", doc="a")]
    assert ids(ms)[0] == "tripoli-ly"


def test_a_place_of_the_other_country_picks_the_other_sense() -> None:
    ms = [Mention(text="طرابلس", doc="a", context="وصل الوفد إلى طرابلس قادما من بيروت")]
    assert ids(ms)[0] == "tripoli-lb"


def test_places_of_both_countries_leave_the_name_ambiguous() -> None:
    ms = [Mention(text="طرابلس", doc="a"), Mention(text="مصراتة", doc="a"), Mention(text="بيروت", doc="a")]
    assert ids(ms)[0] == "tripoli"


def test_another_document_s_places_pick_nothing() -> None:
    ms = [Mention(text="طرابلس", doc="a"), Mention(text="مصراتة", doc="b")]
    assert ids(ms)[0] == "tripoli"
