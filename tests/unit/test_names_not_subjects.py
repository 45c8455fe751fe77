"""Names that are not the subject of a figure (generalisation round): an
outlet's own name between quotation marks, a byline's city, an unnamed
source's office ("مصدر طبي بمديرية الصحة في X"), an office after an
administrative noun ("مديرية الأمن العام").  Sentences written for these
tests in Gulf, Levantine, Egyptian and Maghrebi styles, with negative cases."""

from extracting import extract_text

PUB = "2025-07-14"


def entities(text: str, field: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == field]


def test_an_outlet_named_after_a_city_is_not_that_city() -> None:
    text = (
        "حريق في سوق شعبي بحلب\n\n"
        "دمشق - «الرياض»\n\n"
        "قال مصدر في الدفاع المدني السوري لـ«الرياض» إن 3 أشخاص قتلوا في حريق سوق بمدينة حلب."
    )
    got = entities(text, "killed")
    assert got and all("الرياض" not in e for e in got), got


def test_an_outlet_dateline_is_not_the_story() -> None:
    text = (
        "غرق مركب صيد قبالة صفاقس\n\n"
        "تونس ـ «القدس العربي»: غرق 4 صيادين قبالة سواحل صفاقس جنوب تونس، وفق الحماية المدنية."
    )
    got = entities(text, "killed")
    assert got and all("القدس" not in e for e in got), got


def test_a_place_in_quotes_that_is_no_outlet_stays_a_place() -> None:
    text = "قتل 3 أشخاص في قصف على «حلب» الشرقية، بحسب المرصد."
    assert any("حلب" in e for e in entities(text, "killed"))


def test_a_byline_city_is_not_the_story() -> None:
    text = (
        "وفاة عاملين في انهيار بئر بآسفي\n\n"
        "هسبريس - من الرباط\n\n"
        "لقي عاملان مصرعهما، اليوم الاثنين، وأصيب 3 آخرون في انهيار بئر بضواحي مدينة آسفي."
    )
    got = entities(text, "injured")
    assert got and all("الرباط" not in e for e in got), got


def test_the_office_of_an_unnamed_source_owns_no_figure() -> None:
    text = (
        "وقال مصدر طبي بمديرية الصحة في محافظة المنيا إن 9 أشخاص أصيبوا في انقلاب حافلة "
        "على الطريق الصحراوي الغربي في مصر."
    )
    got = entities(text, "injured")
    assert got and all("مديرية" not in e for e in got), got


def test_a_hospital_where_the_source_works_owns_no_figure() -> None:
    text = (
        "وقال مصدر في مستشفى الكرك الحكومي إن 4 من المصابين في حالة حرجة، بعد تسمم غذائي في الأردن."
    )
    got = entities(text, "injured")
    assert got and all("مستشفى" not in e for e in got), got


def test_an_office_after_an_administrative_noun_is_no_place() -> None:
    text = "وأعلنت مديرية الأمن العام في الأردن إصابة 12 شخصا في حادث سير على طريق المطار."
    got = entities(text, "injured")
    assert got and all("مديرية" not in e for e in got), got


def test_a_named_district_after_an_administrative_noun_stays_a_place() -> None:
    text = "وقتل 5 أشخاص في غارة على مديرية الضحي غربي اليمن."
    assert any("الضحي" in e for e in entities(text, "killed"))


def test_a_source_named_with_a_place_after_its_statement_keeps_the_place() -> None:
    # No unnamed source before the place: "في حمص" is where the dead were.
    text = "وقال الدفاع المدني إن 6 أشخاص قتلوا في حمص."
    assert any("حمص" in e for e in entities(text, "killed"))


def test_a_place_right_after_the_source_is_not_an_office() -> None:
    # "مسؤولون في مدينة حلب": officials in the place the story is about.
    text = "وقال مسؤولون في مدينة حلب إن 4 أشخاص قتلوا في انهيار مبنى."
    assert any("حلب" in e for e in entities(text, "killed"))
