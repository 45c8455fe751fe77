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
    got = entities(text, "injured:part")  # "4 من المصابين": some of the injured (round 10)
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


def test_a_departure_place_does_not_own_the_figure() -> None:
    text = (
        "انقلاب حافلة ركاب في العراق\n\n"
        "وقالت الشرطة إن الحافلة التي كانت تقل 38 راكبا انطلقت من بغداد باتجاه البصرة، "
        "وانقلبت قرب مدينة الناصرية."
    )
    got = entities(text, "on_board")
    assert got and all("بغداد" not in e and "البصرة" not in e for e in got), got


def test_the_destination_of_a_bus_carrying_people_is_not_the_story() -> None:
    text = (
        "مقتل 7 زوار عراقيين في حادث سير\n\n"
        "لقي 7 زوار عراقيين مصرعهم جراء انقلاب حافلة كانت تقلهم إلى سوريا على طريق "
        "الأنبار الدولي غربي العراق."
    )
    got = entities(text, "killed")
    assert got and all("سوريا" not in e for e in got), got


def test_from_without_a_departure_word_is_no_departure() -> None:
    # "نزح 300 شخص من حمص": the place people fled is where the story is.
    text = "ونزح 300 شخص من مدينة حمص في سوريا بسبب القصف."
    assert any("حمص" in e for e in entities(text, "displaced"))


def test_others_after_a_past_total_share_its_period() -> None:
    text = (
        "وتشير إحصاءات رسمية إلى أن حوادث الطرق في الأردن أودت بحياة 600 شخص خلال العام "
        "الماضي، وأسفرت عن إصابة أكثر من 15 ألفا آخرين."
    )
    got = [c.field for c in extract_text(text, PUB)]
    assert "killed:period" in got and "injured:period" in got and "injured" not in got, got
