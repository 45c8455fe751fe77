"""A describing adjective at the end of a facility's name ("المركزي",
"الدولي") does not tell it from the same facility named without it
(recon._link_keys, ``facility_epithets`` of gazetteer.toml).  Names written
for these tests, with negative cases."""

from recon.link import link, mention_key


def test_a_central_prison_is_the_prison() -> None:
    assert mention_key("سجن طرطوس المركزي").name == mention_key("سجن طرطوس").name


def test_an_international_airport_is_the_airport() -> None:
    a, b = link(["مطار سبها الدولي", "مطار سبها"])
    assert a.id == b.id


def test_only_listed_epithets_are_dropped() -> None:
    assert mention_key("ميناء ينبع التجاري").name != mention_key("ميناء ينبع").name
    assert mention_key("مستشفى الكرك الحكومي").name == mention_key("مستشفى الكرك").name


def test_a_direction_still_tells_two_facilities_apart() -> None:
    a, b = link(["مطار سبها الشرقي", "مطار سبها الغربي"])
    assert a.id != b.id


def test_an_organisation_keeps_its_adjective() -> None:
    # Not a facility: "الدولي" is part of the name of a bank or a court.
    assert mention_key("البنك الدولي").name != mention_key("البنك").name
    assert mention_key("المصرف المركزي").name != mention_key("المصرف").name


def test_an_epithet_alone_is_kept() -> None:
    assert mention_key("المستشفى المركزي").name
