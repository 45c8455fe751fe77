"""People and the forces that help them (fields.toml, recon.fields_ar):
members of a civil or security force counted as "the men of" it ("نحو 80 من
رجال الدفاع المدني", "500 من رجال الأمن") are personnel, and killed, the
dead; people counted by their own noun after a force is named are not that
force ("أسعف أعوان الحماية المدنية 25 طالبة": 25 students given first aid);
people taken to hospital right after their count are the hurt ("ونقل نحو 300
شخص إلى المستشفيات").  Sentences written for these tests."""

from __future__ import annotations

from extracting import extract_text

PUB = "2025-08-17"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_the_men_of_a_force_are_personnel() -> None:
    assert fields("وفي أبها شارك في العمليات نحو 80 من رجال الدفاع المدني.") == [("personnel", 80)]
    assert fields("وفي القاهرة نشرت الوزارة 500 من رجال الأمن.") == [("personnel", 500)]


def test_the_men_of_a_force_killed_are_the_dead() -> None:
    assert fields("وفي حلب قتل 3 من رجال الأمن.") == [("killed", 3)]


def test_people_counted_after_a_force_are_not_the_force() -> None:
    got = fields("وفي قسنطينة أسعف أعوان الحماية المدنية 25 طالبة عانين من ضيق في التنفس.")
    assert got == [("injured", 25)]
    got = fields("وفي حلب شارك رجال الإطفاء و25 متطوعا في الإنقاذ.")
    assert ("personnel", 25) not in got


def test_people_taken_to_hospital_are_the_hurt() -> None:
    got = fields("وأدت العاصفة في الكويت إلى تحويل 17 رحلة ونقل نحو 300 شخص إلى المستشفيات.")
    assert ("injured", 300) in got
    assert fields("وفي حلب نقل 300 شخص إلى منازلهم.") == []
