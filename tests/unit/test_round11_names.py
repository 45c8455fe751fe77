"""Round 11: a word right after a name particle ("أبو", "بن", "آل") is part of
a name, never a field's trigger: "ذراع أبو النجا" tells no one saved (نجا),
"حي أبو القتل" no one killed.  Sentences written for these tests, with
negative cases."""

from extracting import fields_of

PUB = "2026-02-16"


def fields(text: str) -> list[str]:
    return fields_of("الأقصر - " + text, PUB, "")


def test_a_name_after_a_particle_triggers_nothing() -> None:
    text = "ارتفع عدد التوابيت المكتشفة في جبانة ذراع أبو النجا إلى 31 تابوتاً."
    assert fields(text) == ["count:تابوت"]


def test_the_same_word_outside_a_name_still_triggers() -> None:
    text = "وقال المسؤول إن 31 شخصاً نجا من الحادث في الأقصر."
    assert fields(text) == ["rescued"]
