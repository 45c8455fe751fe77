"""Measures and counted things of domains recon had no words for (round 6):
temperatures, electric power, cubic metres and gallons, crowds and their
venue's capacity, heat illness, and things a heatwave, a locust plague, a
refinery fire or a crowd brings (swarms, teams, livestock, gates,
subscribers …).  Lexicon data (units.toml, fields.toml) and
recon._field_measure; sentences written for these tests, with negative
cases."""

from extracting import extract_text

PUB = "2026-10-21"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_celsius_is_a_temperature() -> None:
    got = fields("وسجل مرصد مدينة الكويت 52 درجة مئوية بعد ظهر الجمعة.")
    assert ("temperature", 52) in got


def test_a_bare_degree_in_a_sentence_about_heat() -> None:
    got = fields("وقالت هيئة الأرصاد إن الحرارة في مدينة الأحواز لامست 50 درجة يوم الأحد.")
    assert ("temperature", 50) in got


def test_a_bare_degree_elsewhere_is_no_temperature() -> None:
    # A magnitude: no heat word in the sentence.
    got = fields("وضربت هزة بقوة 5 درجات ريف مدينة حماة فجر السبت.")
    assert not [f for f, _ in got if f.startswith("temperature")]


def test_a_rise_by_degrees_is_a_change_not_a_level() -> None:
    got = fields("وجاءت الحرارة في مدينة بغداد أعلى من المعدل بارتفاع 4 درجات مئوية.")
    assert ("temperature:change", 4) in got
    assert ("temperature", 4) not in got


def test_a_rise_to_a_level_is_the_level() -> None:
    # "ارتفاع … إلى": the level reached, not the size of the rise.
    got = fields("وتوقعت الأرصاد ارتفاع الحرارة في مدينة الموصل إلى 49 درجة مئوية.")
    assert ("temperature", 49) in got


def test_megawatts_are_power() -> None:
    got = fields("وقالت وزارة الكهرباء إن العجز في محافظة نينوى بلغ 1800 ميغاواط.")
    assert ("power", 1800) in got


def test_an_increase_in_megawatts_is_a_change() -> None:
    got = fields("وأضافت المحطة في مدينة الناصرية إلى الشبكة بزيادة قدرها 300 ميغاواط.")
    assert ("power:change", 300) in got


def test_cubic_metres_and_gallons_are_volumes() -> None:
    got = fields("وضخت الشركة في مدينة الزرقاء 9 آلاف متر مكعب من المياه و500 غالون من الوقود.")
    assert ("volume", 9000) in got
    assert ("volume", 500) in got


def test_fans_hurt_are_injured() -> None:
    got = fields("وأصيب 37 مشجعا في التدافع عند مدخل الملعب في مدينة قسنطينة.")
    assert ("injured", 37) in got


def test_fans_who_came_are_present() -> None:
    got = fields("وحضر المباراة في ملعب مدينة قسنطينة نحو 28 ألف متفرج.")
    assert ("present", 28000) in got


def test_capacity_is_not_the_crowd() -> None:
    got = fields("ويتسع الملعب في مدينة قسنطينة لـ 22 ألف متفرج.")
    assert ("capacity", 22000) in got
    assert ("present", 22000) not in got


def test_fans_alone_are_counted_as_fans() -> None:
    # People with no word saying what happened to them: counted by their
    # role since round 10, never as a casualty.
    got = fields("وقال المسؤول في مدينة قسنطينة إن 300 مشجع لم يتأخروا عن الموعد.")
    assert [f for f, v in got if v == 300] == ["count:مشجع"]


def test_heat_illness_cases_are_injured() -> None:
    got = fields("واستقبلت مستشفيات مدينة الديوانية 140 حالة إجهاد حراري خلال اليومين الأولين.")
    assert ("injured", 140) in got


def test_things_new_domains_count() -> None:
    got = fields(
        "ورصدت فرق المكافحة في منطقة نجران 9 أسراب من الجراد، ونشرت الوزارة 27 فريقا، "
        "ونفق 150 رأسا من الماشية، وأغلقت الشرطة 4 بوابات."
    )
    for f, v in (("count:swarm", 9), ("count:team", 27), ("count:livestock:dead", 150)):
        assert (f, v) in got
    assert ("count:gate", 4) in got


def test_subscribers_cut_off() -> None:
    got = fields("وانقطعت الكهرباء في مدينة العمارة عن 85 ألف مشترك مساء الاثنين.")
    assert ("count:subscriber", 85000) in got


def test_a_degree_in_a_quake_sentence_is_a_magnitude() -> None:
    got = [
        (c.field, c.value.value, c.value.unit)  # type: ignore[union-attr]
        for c in extract_text("وضربت هزة بقوة 4.8 درجات على مقياس ريختر مدينة إزمير.", PUB)
    ]
    assert ("magnitude", 4.8, "") in got


def test_millimetres_of_rain() -> None:
    got = fields("وسجلت محطة الرصد في مدينة طرطوس هطول 95 ملم من الأمطار خلال ليلة واحدة.")
    assert ("rainfall", 95) in got
    assert not [f for f, _ in got if f == "distance"]


def test_a_calibre_is_no_rain() -> None:
    got = fields("وقصفت المدفعية أطراف مدينة طرطوس بقذائف عيار 122 ملم.")
    assert not [f for f, _ in got if f == "rainfall"]
