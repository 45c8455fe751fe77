"""A village said to lie a short distance from a town is in that town's
area for the story rule (recon._story_close, story.toml close_*); a far
place, a distance in words or a gazetteer city is not.  Sentences written
for these tests (a bus crash near Karak, a fire near Sfax)."""

from __future__ import annotations

import datetime as dt

from recon._story import refine
from recon._story_close import close_by, load_close
from recon.gazetteer import tokens
from recon.lexicon import load
from recon.model import Claim, Entity, Method, Quantity, Source

DAY = dt.date(2025, 10, 2)
CLOSE = load_close(load("story"))


def _ent(id_: str, name: str, kind: str) -> Entity:
    return Entity(id=id_, name=name, kind=kind, aliases=(name,))


def _claim(doc: str, e: Entity, value: float, quote: str) -> Claim:
    return Claim(
        entity=e.name,
        field="on_board",
        value=Quantity(value=value, unit="person"),
        source=Source(id=doc, published=DAY),
        quote=quote,
        method=Method.EXTRACTED,
    )


VILLAGE = _ent("e-qatrana", "بلدة القطرانة", "place")
KARAK = _ent("karak", "Karak", "city")


def test_the_phrase() -> None:
    t = tokens("على بعد نحو 30 كيلومترا شمال مدينة الكرك")
    assert close_by(t, 0, CLOSE) == 5
    assert close_by(tokens("على بعد 300 كيلومتر من عمان"), 0, CLOSE) is None  # too far
    assert close_by(tokens("على بعد ثلاثين كيلومترا من عمان"), 0, CLOSE) is None  # not digits
    assert close_by(tokens("على بعد 30 دقيقة من عمان"), 0, CLOSE) is None  # not a length


def test_a_village_near_a_town_takes_the_town_figure() -> None:
    a = _claim(
        "d1",
        VILLAGE,
        38,
        "انقلبت حافلة تقل 38 راكبا قرب بلدة القطرانة، على بعد نحو 30 كيلومترا شمال مدينة الكرك",
    )
    b = _claim("d2", KARAK, 38, "انقلاب حافلة تقل 38 راكبا في الكرك")
    assert [e.id for e in refine([a, b], [VILLAGE, KARAK])] == ["e-qatrana", "e-qatrana"]


def test_a_far_village_does_not() -> None:
    a = _claim(
        "d1",
        VILLAGE,
        38,
        "انقلبت حافلة تقل 38 راكبا قرب بلدة القطرانة، على بعد 90 كيلومترا شمال مدينة الكرك",
    )
    b = _claim("d2", KARAK, 38, "انقلاب حافلة تقل 38 راكبا في الكرك")
    assert [e.id for e in refine([a, b], [VILLAGE, KARAK])] == ["e-qatrana", "karak"]


def test_a_gazetteer_city_is_never_put_in_another() -> None:
    madaba = _ent("madaba", "Madaba", "city")
    a = _claim("d1", madaba, 12, "أصيب 12 في مادبا، على بعد 30 كيلومترا جنوب غرب عمان")
    amman = _ent("amman", "Amman", "city")
    b = _claim("d2", amman, 12, "إصابة 12 في عمان")
    assert [e.id for e in refine([a, b], [madaba, amman])] == ["madaba", "amman"]
