"""Round 8: an indefinite word that says what a facility is like ("سجن
مكتظ", "مستشفى محلي") describes it and does not name it (``generic_followers``
of entities.toml).  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-05-12"


def entities(text: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == "escaped"]


@pytest.mark.parametrize("adjective", ["مكتظ", "مزدحم", "قديم", "محلي", "مركزي", "مهجور"])
def test_a_describing_word_is_no_name(adjective: str) -> None:
    text = f"فر 23 سجينا من سجن {adjective} في منطقة البقاع."
    assert entities(text) != [f"سجن {adjective}"]


def test_an_unknown_word_still_names_the_facility() -> None:
    # "سجن صيدنايا": a name no lexicon lists is still read as one.
    assert entities("فر 23 سجينا من سجن صيدنايا في ريف دمشق.") == ["سجن صيدنايا"]
