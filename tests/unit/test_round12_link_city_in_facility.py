"""Round 12: a city named inside a facility's name, chosen as a claim's
entity, is the city; a name the gazetteer does not know keeps the facility
its context gives it.  Mentions written for these tests, with negative cases."""

from recon.link import Mention, link


def test_a_city_inside_a_facility_s_name_is_the_city() -> None:
    ms = [
        Mention(text="جدة", doc="a1", context="ضبط 3 أشخاص في جدة"),
        Mention(text="ميناء جدة الإسلامي", doc="a2", context="في ميناء جدة الإسلامي"),
        Mention(text="جدة", doc="a2", context="جمارك في ميناء جدة الإسلامي داخل"),
    ]
    got = [e.id for e in link(ms)]
    assert got[0] == got[2] == "jeddah"
    assert got[1] != "jeddah"


def test_a_name_the_gazetteer_does_not_know_takes_the_facility_from_context() -> None:
    ms = [
        Mention(text="K1", doc="a", context="غادروا قاعدة K1 الجوية"),
        Mention(text="قاعدة K1", doc="b", context="في قاعدة K1"),
    ]
    a, b = link(ms)
    assert a.id == b.id and a.kind == "facility"
