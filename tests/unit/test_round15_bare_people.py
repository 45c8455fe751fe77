"""A bare figure of people present ("وحضور أكثر من 7 آلاف من ذوي العرسان",
counted by no unit noun) counts persons, as a bare toll does, so that it
compares with "نحو سبعة آلاف شخص" (recon.extract).  Sentences written for
these tests."""

from __future__ import annotations

from extracting import extract_text

PUB = "2025-10-11"


def units(text: str, field: str) -> list[str]:
    return [c.value.unit for c in extract_text(text, PUB) if c.field == field]  # type: ignore[union-attr]


def test_a_bare_crowd_counts_persons() -> None:
    text = "أقيم العرس في الزرقاء وسط حضور أكثر من 7 آلاف من ذوي العرسان وأبناء المدينة."
    assert units(text, "present") == ["person"]


def test_a_bare_toll_still_counts_persons() -> None:
    assert units("وفي حلب قتل 5 وأصيب 12.", "killed") == ["person"]
