"""Facility and place names (entities.toml): a mountain pass road is a
facility named after its noun ("عقبة شعار", "عقبة ضلع"), even after "طريق";
a preposition ("عقبة أمام", an obstacle to) or a participle of the road
("الرابط بين") after a facility's name ends it; a title goes on into the
name of the person a place is named after ("مدينة الأمير محمد", "مطار الملكة
علياء الدولي").  Sentences written for these tests."""

from __future__ import annotations

import recon
from recon.extract import extract_mentions


def _mentions(text: str, kind: str) -> list[str]:
    doc = recon.Document(source=recon.Source(id="t"), text=text)
    return [m.text for m in extract_mentions(doc) if m.kind == kind]


def _facilities(text: str) -> list[str]:
    return _mentions(text, "facility")


def test_a_mountain_pass_is_a_facility() -> None:
    assert _facilities("أغلقت السلطات طريق عقبة شعار في منطقة عسير") == ["عقبة شعار"]
    assert _facilities("انهيار صخري على عقبة ضلع غرب مدينة أبها") == ["عقبة ضلع"]


def test_a_preposition_after_a_facility_noun_names_nothing() -> None:
    assert _facilities("ويمثل نقص التمويل عقبة أمام عودة 5 آلاف نازح إلى حلب") == []
    assert _facilities("وتقع المنشأة تحت الأرض في منطقة نطنز") == []


def test_the_road_s_participle_ends_the_name() -> None:
    got = _facilities("انهيار على طريق عقبة شعار الرابط بين أبها ومحايل")
    assert got == ["عقبة شعار"]


def test_a_title_goes_on_into_the_name() -> None:
    assert _facilities("وصلت الطائرة إلى مطار الملكة علياء الدولي") == ["مطار الملكة علياء الدولي"]
    got = _mentions("أقيم العرس في مدينة الأمير محمد للشباب بمحافظة الزرقاء", "region")
    assert got == ["مدينة الأمير محمد", "محافظة الزرقاء"]
