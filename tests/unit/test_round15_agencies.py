"""An organisation reports, sends or pays: a count it gives is about the
place its sentence or article names ("أعلنت منظمة الصحة العالمية افتتاح 5
مراكز … في تعز" is about Taiz), its own money and staff stay its own, and
with no other name the claim is still kept, about it (recon._choose).
Sentences written for these tests."""

from __future__ import annotations

from extracting import extract_text

PUB = "2025-08-02"


def entities(text: str) -> list[tuple[str, str]]:
    return [(c.field, c.entity) for c in extract_text(text, PUB)]


def test_a_count_an_organisation_gives_is_about_the_place() -> None:
    got = entities("أعلنت منظمة الصحة العالمية افتتاح 5 مراكز لعلاج الإسهال في تعز.")
    assert got == [("count:مركز", "تعز")]


def test_an_organisation_s_own_money_is_its_own() -> None:
    got = entities("وقال المتحدث إن منظمة الصحة العالمية خصصت 3 ملايين دولار لمكافحة الكوليرا في تعز.")
    assert got == [("money", "منظمة الصحة العالمية")]


def test_with_no_other_name_the_claim_is_kept() -> None:
    got = entities("وزعت اللجنة الدولية للصليب الأحمر 500 سلة غذائية.")
    assert [e for _, e in got] == ["اللجنة الدولية للصليب الأحمر"]
