"""A distance along a route ("45 كيلومترا من X إلى Y") is about the route's
origin, the place right after من (recon._distance).  Sentences written for
these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-05-05"


def distance_entities(text: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == "distance"]


def test_a_route_from_a_city() -> None:
    text = "وقال مسؤول في محافظة الكرك إن الشاحنات تقطع نحو 120 كيلومترا من العقبة إلى المعبر."
    assert distance_entities(text) == ["العقبة"]


def test_a_route_from_a_place_in_a_city() -> None:
    text = "وأوضح أن الحافلات قطعت مسافة 120 كيلومترا من مستودعات العقبة إلى معبر الكرامة."
    assert distance_entities(text) == ["العقبة"]


def test_a_distance_from_a_place_with_no_destination_is_unchanged() -> None:
    text = "وانقلبت الحافلة على بعد 40 كم من مدينة الكرك."
    assert distance_entities(text) == ["الكرك"]
