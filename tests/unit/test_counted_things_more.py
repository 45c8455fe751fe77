"""More counted things as lexicon data (fields.toml [items], units.toml
[nouns.item]): cars and buses, water tankers, areas of a city.  Sentences
written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-10-21"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_cars_that_fell_are_vehicles() -> None:
    got = fields("وأدى انهيار الجسر في مدينة الموصل إلى سقوط 6 سيارات في نهر دجلة.")
    assert ("count:vehicle", 6) in got


def test_an_ambulance_is_still_an_ambulance() -> None:
    got = fields("ودفعت مديرية الصحة في مدينة الموصل بـ 8 سيارات إسعاف إلى موقع الحادث.")
    assert ("count:ambulance", 8) in got
    assert ("count:vehicle", 8) not in got


def test_water_tankers() -> None:
    got = fields("ووزعت سلطة المياه في مدينة الزرقاء 120 صهريجا مجانيا على الأحياء المتضررة.")
    assert ("count:tanker", 120) in got


def test_areas_of_a_city() -> None:
    got = fields("وقالت الشركة إن الضخ سيخفض في 14 منطقة في مدينة إربد خلال الصيف.")
    assert ("count:district", 14) in got


def test_a_named_area_is_no_count() -> None:
    got = fields("وقال سكان في منطقة الهاشمي في مدينة عمان إن المياه انقطعت 5 أيام.")
    assert not [f for f, _ in got if f == "count:district"]
