"""The story rule (recon._story.refine) with two new guards: a value a
document gives for a place and not for its part (when it gives the field for
both) is the place's own figure, in every outlet that gives it; and a date after
publication ("حتى نهاية الشهر المقبل", a plan's end) is not when a figure was
told, for the 14-day window.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from recon._story import refine
from recon.model import Claim, Entity, Method, Quantity, Source

DAY = dt.date(2026, 4, 2)

EG = Entity(id="eg", name="Egypt", kind="country", aliases=("مصر",))
ALEX = Entity(id="alexandria", name="Alexandria", kind="city", aliases=("الإسكندرية",))


def _claim(doc: str, e: Entity, value: float, quote: str, *, as_of: dt.date | None = None,
           field: str = "money") -> Claim:  # fmt: skip
    return Claim(
        entity=e.name,
        field=field,
        value=Quantity(value=value, unit="EGP"),
        source=Source(id=doc, published=DAY),
        quote=quote,
        method=Method.EXTRACTED,
        as_of=as_of,
    )


def _ids(claims: list[Claim]) -> list[str]:
    ents = [ALEX if c.entity == "Alexandria" else EG for c in claims]
    return [e.id for e in refine(claims, ents)]


def test_a_place_and_part_told_apart_by_one_document_stay_apart() -> None:
    a1 = _claim("d1", EG, 50e6, "رصدت الحكومة المصرية 50 مليون جنيه لخطة طوارئ")
    a2 = _claim("d1", ALEX, 2e9, "ومشروع تحلية في الإسكندرية بكلفة 2 مليار جنيه")
    b = _claim("d2", EG, 50e6, "خصصت مصر 50 مليون جنيه لمواجهة الأزمة")
    assert _ids([a1, a2, b]) == ["eg", "alexandria", "eg"]


def test_another_value_of_the_place_still_moves() -> None:
    # d1 gives Egypt 9 and Alexandria 4: d2's 4 is Alexandria's
    a1 = _claim("d1", ALEX, 4, "وفاة 4 في انهيار عقار بالإسكندرية", field="killed")
    a2 = _claim(
        "d1", EG, 9, "وارتفع عدد ضحايا انهيار العقارات في مصر هذا الشهر إلى 9", field="killed"
    )
    b = _claim("d2", EG, 4, "مصر: وفاة 4 في انهيار عقار", field="killed")
    assert _ids([a1, a2, b]) == ["alexandria", "eg", "alexandria"]


def test_a_document_repeating_one_figure_at_two_levels_does_not_block() -> None:
    # negative case: the same 7 for the city and the country is one figure
    a1 = _claim("d1", ALEX, 7, "انهار عقار في الإسكندرية ومقتل 7", field="killed")
    a2 = _claim("d1", EG, 7, "مصر: مقتل 7 في انهيار عقار", field="killed")
    b = _claim("d2", EG, 7, "لقي 7 أشخاص حتفهم في مصر", field="killed")
    assert _ids([a1, a2, b])[2] == "alexandria"


def test_a_future_date_is_not_when_the_figure_was_told() -> None:
    a = _claim("d1", ALEX, 300, "وزعت الشركة 300 صهريج في الإسكندرية", field="count:tanker")
    b = _claim(
        "d2", EG, 300, "وزعت مصر 300 صهريج حتى نهاية الشهر المقبل",
        as_of=DAY + dt.timedelta(days=58), field="count:tanker",
    )  # fmt: skip
    assert _ids([a, b]) == ["alexandria", "alexandria"]
