"""A rise's "إلى" may open a clause of its own, past a date or a relative
clause ("ارتفع عدد المصابين خلال تفريق الوقفة التي نظمتها التنسيقية، يوم أمس
الاثنين، إلى 12 مصابا"): the figure rose (recon._cues).  Sentences written
for these tests, with negative cases."""

from extracting import extract_text

from recon.model import Cue

PUB = "2026-02-17"


def cues(text: str, field: str) -> list[Cue | None]:
    return [c.cue for c in extract_text(text, PUB) if c.field == field]


def test_a_rise_past_a_date_and_a_relative_clause() -> None:
    text = (
        "الرباط - ارتفع عدد الأساتذة المصابين خلال تفريق الوقفة التي نظمتها التنسيقية أمام البرلمان، "
        "يوم أمس الاثنين، إلى 12 مصابا."
    )
    assert cues(text, "injured") == [Cue.RISE]


def test_a_rise_already_taken_marks_no_later_figure() -> None:
    text = (
        "الرباط - ارتفع عدد القتلى إلى 10 أشخاص، فيما نقل المصابون، إلى 3 مستشفيات في المدينة، "
        "وأصيب 20 شخصا."
    )
    assert cues(text, "killed") == [Cue.RISE]
    assert cues(text, "injured") == [None]


def test_a_clause_opening_on_ila_without_a_rise() -> None:
    text = "الرباط - نظمت التنسيقية وقفة أمام البرلمان، يوم أمس الاثنين، إلى جانب 12 مصابا آخرين."
    assert all(c is None for c in cues(text, "injured"))
