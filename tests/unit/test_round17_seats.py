"""Round 17: a governorate's seat names the governorate as often as the town
(``recon._story.refine``): "المنيا" in one outlet and "ملوي", a town of
Minya Governorate, in another tell one story.  Claims written for these
tests, with negative cases."""

import datetime as dt

from extracting import gazetteer_entity

from recon._story import refine
from recon.model import Claim, Method, Quantity, Source

DAY = dt.date(2025, 1, 19)


def claim(doc, value, quote):
    return Claim(
        entity="x",
        field="killed",
        value=Quantity(value=value, unit="person"),
        source=Source(id=doc, published=DAY),
        method=Method.EXTRACTED,
        quote=quote,
    )


def test_a_town_of_a_governorate_lies_in_its_seat_s_name() -> None:
    minya, mallawi = gazetteer_entity("minya"), gazetteer_entity("mallawi")
    claims = [
        claim("a", 3, "لقي 3 أشخاص مصرعهم في المنيا."),
        claim("b", 3, "مصرع 3 في مدينة ملوي."),
    ]
    got = refine(claims, [minya, mallawi])
    assert [e.id for e in got] == ["mallawi", "mallawi"]


def test_a_town_of_another_governorate_is_no_part_of_the_seat() -> None:
    asyut, mallawi = gazetteer_entity("asyut"), gazetteer_entity("mallawi")
    claims = [claim("a", 3, "لقي 3 أشخاص مصرعهم في أسيوط."), claim("b", 5, "مصرع 5 في مدينة ملوي.")]
    got = refine(claims, [asyut, mallawi])
    assert [e.id for e in got] == ["asyut", "mallawi"]


def test_the_seat_is_no_part_of_itself() -> None:
    minya = gazetteer_entity("minya")
    claims = [claim("a", 3, "لقي 3 أشخاص مصرعهم في المنيا."), claim("b", 3, "مصرع 3 في المنيا.")]
    assert [e.id for e in refine(claims, [minya, minya])] == ["minya", "minya"]
