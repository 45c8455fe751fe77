"""Round 12: the people who went, counted, may stand between a verb of going
and where they went.  Sentences written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-10-30"


def entities(text: str) -> list[tuple[str, str]]:
    return [(c.field, c.entity) for c in extract_text("الدوحة - " + text, PUB)]


def test_where_counted_people_went_owns_none_of_their_figures() -> None:
    got = entities("بعد أن توجه 4 متفرجين آخرين بأنفسهم إلى قسم الطوارئ في مستشفى الوكرة.")
    assert got and all("مستشفى" not in e for _, e in got)


def test_a_figure_at_a_facility_it_was_not_taken_to_stays_there() -> None:
    assert entities("قتل 4 أشخاص في مستشفى الوكرة.") == [("killed", "مستشفى الوكرة")]
