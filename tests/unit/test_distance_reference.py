"""Which place a distance is about (recon._distance): the place it is
measured from when another place is named before it as where the thing is
("اندلع في منطقة X على بعد 20 كم شمال مدينة Y" is about Y), but the place
before it when that place is the subject of a locating verb ("وتقع X على
بعد …").  Sentences written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-06-20"


def distances(text: str) -> list[tuple[float, str]]:
    return [
        (c.value.value, c.entity)  # type: ignore[union-attr]
        for c in extract_text(text, PUB)
        if c.field.startswith("distance")
    ]


def test_the_place_measured_from_after_an_event_place() -> None:
    got = distances("واندلع الحريق في غابات منطقة عين دراهم على بعد 20 كيلومترا شمال مدينة جندوبة.")
    assert got == [(20, "مدينة جندوبة")]


def test_with_from_between() -> None:
    got = distances("وانفجرت القذيفة في بلدة الرستن على بعد 25 كيلومترا من مدينة حمص.")
    assert len(got) == 1 and "حمص" in got[0][1]


def test_a_locating_verb_keeps_the_place_it_locates() -> None:
    got = distances("وتقع بلدة الرستن على بعد 25 كيلومترا شمال مدينة حمص.")
    assert got and "حمص" not in got[0][1]
    got = distances("وكانت مدينة الكرك، الواقعة على بعد 120 كيلومترا جنوب عمان، قد شهدت سيولا.")
    assert got and "الكرك" in got[0][1]


def test_a_place_further_on_is_not_the_reference() -> None:
    # Words other than directions stand between the distance and the city.
    got = distances("وسقطت الطائرة في منطقة الجفرة على بعد 30 كيلومترا بعد إقلاعها من مدينة سبها.")
    assert got and "سبها" not in got[0][1]
