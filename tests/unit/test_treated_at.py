"""A casualty figure a hospital received goes to the place its sentence
says the harm happened ("… جراء الانفجارات التي هزت مخزناً في منطقة
الدافنية"), not to the hospital; a hospital's own city, or a place with no
cause of harm before it, leaves the figure at the hospital.  Sentences
written for these tests."""

from extracting import extract_text

PUB = "2024-08-19"


def _entities(text: str, field: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == field]


def test_the_hurt_a_medical_centre_received_are_where_the_blast_was() -> None:
    text = (
        "أكد مصدر طبي بمركز مصراتة الطبي أن المركز استقبل أكثر من 40 جريحاً جراء"
        " الانفجارات التي هزت مخزن ذخيرة في منطقة الدافنية."
    )
    assert _entities(text, "injured") == ["منطقة الدافنية"]


def test_the_hospital_s_own_city_is_where_it_stands() -> None:
    assert _entities("واستقبل مستشفى المنيا الجامعي 12 مصابا.", "injured") == [
        "مستشفى المنيا الجامعي"
    ]


def test_a_place_after_the_hospital_with_no_cause_says_where_the_hospital_is() -> None:
    assert _entities("واستقبل مستشفى الزهراء 12 مصابا في مدينة صور.", "injured") == [
        "مستشفى الزهراء"
    ]


def test_the_from_of_a_figure_s_bound_is_no_departure() -> None:
    # "استقبل … من" reads a place after "من" as where people came from; the
    # "من" of "أكثر من" is the figure's own.
    text = "أكد مصدر أن المركز استقبل أكثر من 40 جريحاً في منطقة الدافنية."
    assert _entities(text, "injured") == ["منطقة الدافنية"]
