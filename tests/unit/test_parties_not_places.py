"""An armed group named as the side that acts ("أفرج الحوثيون عن …") is
not what a count of people killed, hurt or held is about (recon._choose:
the subject step skips gazetteer kind "group" for casualty figures).
Sentences written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-04-10"


def entities(text: str, field: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == field]


def test_the_releasing_side_is_not_the_subject_of_the_count() -> None:
    got = entities("تواصلت المعارك في اليمن. وأعلن الحوثيون الإفراج عن 120 أسيرا.", "arrested")
    assert got == ["اليمن"]


def test_a_group_named_after_the_place_is_not_chosen() -> None:
    got = entities("وقالت مصادر طبية في غزة إن مقاتلي حركة حماس قتلوا 9 مدنيين.", "killed")
    assert got == ["غزة"]


def test_a_group_alone_in_its_article_still_owns_its_figure() -> None:
    # With no place anywhere, the group is the only name left: kept.
    got = entities("أعلنت حركة حماس مقتل 9 من عناصرها.", "killed")
    assert got == ["حركة حماس"]


def test_troops_of_a_force_stay_with_it() -> None:
    # Personnel are not casualties: the rule leaves them alone.
    got = entities("وسحب حزب الله 300 مقاتل من المنطقة.", "personnel")
    assert got == ["حزب الله"]
