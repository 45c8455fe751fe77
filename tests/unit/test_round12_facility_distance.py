"""Round 12: a facility a relative clause with a locating verb hangs on
owns the distance, even where things were taken to it.  Sentences written
for these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-07-20"


def distances(text: str) -> list[str]:
    return [c.entity for c in extract_text("سبها - " + text, PUB) if c.field == "distance"]


def test_the_landfill_a_relative_clause_places_owns_its_distance() -> None:
    got = distances(
        "وقال إن النفايات تنقل إلى المكب الرئيسي الذي يبعد نحو 15 كيلومتراً جنوب شرقي المدينة."
    )
    assert len(got) == 1 and "مكب" in got[0]


def test_a_town_that_is_the_subject_keeps_its_distance() -> None:
    got = distances("وتنقل النفايات إلى المكب، فيما تبعد سبها نحو 770 كيلومتراً عن العاصمة طرابلس.")
    assert got == ["سبها"]


def test_a_destination_with_no_relative_clause_owns_nothing() -> None:
    got = distances("ونقلت النفايات إلى المكب على بعد 15 كلم من وسط المدينة.")
    assert got and all("مكب" not in e for e in got)
