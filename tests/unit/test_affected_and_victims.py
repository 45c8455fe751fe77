"""People a disaster reaches are "affected" ("الجفاف يؤثر على 1.2 مليون
شخص"), neither hurt nor displaced; "راح ضحيته" counts the dead.  Sentences
written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-03-02"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_people_a_drought_affects() -> None:
    got = fields("وقال المدير إن الجفاف يؤثر على 1.2 مليون شخص في الصومال.")
    assert got == [("affected", 1_200_000)]
    got = fields("وقالت الوزيرة إن الجفاف يضرب 1.2 مليون شخص في الصومال.")
    assert got == [("affected", 1_200_000)]


def test_a_quake_that_struck_a_city_and_killed_is_a_toll() -> None:
    assert fields("ضرب الزلزال مدينة اللاذقية وقتل 12 شخصا.") == [("killed", 12)]


def test_things_damaged_are_counted_by_their_noun() -> None:
    got = fields("وأثر الإعصار على 300 منزل في مدينة صلالة.")
    assert [f for f, _ in got] == ["count:building"]


def test_went_as_its_victims_counts_the_dead() -> None:
    assert fields("وقع الانفجار في مدينة حمص وذهب ضحيته 4 أشخاص.") == [("killed", 4)]
    got = fields("ويذكر أن حادث قطار بمركز طوخ في عام 2021 راح ضحيته 11 شخصا.")
    # (the accident's year is a date claim of its own since round 18)
    assert [f for f, _ in got if not f.startswith("date:")] == ["killed:2021"]
