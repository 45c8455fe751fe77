"""Entity attachment rules, on realistic sentences in several outlets' styles.

Each rule has positive and negative cases written for this file (not taken
from the evaluation set in tests/data/events).
"""

import pytest
from extracting import extract_text, only

import recon

pytest.importorskip("recon.numbers")


def run(text, published="2024-09-10"):
    return extract_text(text, published)



# -- where the story happens: a place the article locates by a wider one ----


def test_unplaced_figure_goes_to_the_located_coastal_town_maghrebi():
    cs = run(
        "المغرب: غرق قارب للهجرة غير النظامية\n\n"
        "غرق قارب يقل مهاجرين قبالة سواحل الحسيمة في شمال المغرب ليلة الأحد.\n\n"
        "وأوضحت السلطات أن عناصر البحرية الملكية أنقذت 12 مهاجرا.\n\n"
        "ويعرف المغرب ضغطا متزايدا للهجرة نحو إسبانيا، بحسب تقارير حقوقية في المغرب."
    )
    assert "الحسيمة" in only(cs, "rescued").entity


def test_unplaced_figure_goes_to_the_province_located_by_the_country_anaphor_gulf():
    cs = run(
        "السودان.. أمطار غزيرة تضرب ولاية القضارف شرقي البلاد\n\n"
        "أعلنت السلطات في السودان أن الأمطار ضربت ولاية القضارف شرقي البلاد منذ أيام.\n\n"
        "وأضاف البيان أن 9 أشخاص لقوا حتفهم.\n\n"
        "ويشهد السودان موسم أمطار كل عام."
    )
    assert "القضارف" in only(cs, "killed").entity


def test_unplaced_figure_goes_to_the_located_province_levantine():
    cs = run(
        "هزة أرضية في سوريا\n\n"
        "ضربت هزة أرضية محافظة حماة في وسط سوريا فجر اليوم.\n\n"
        "وقال مسؤول محلي إن 14 شخصا أصيبوا بجروح طفيفة.\n\n"
        "وتقع سوريا على فالق نشط، وشهدت سوريا هزات مماثلة."
    )
    assert only(cs, "injured").entity in ("حماة", "محافظة حماة")


def test_a_venue_city_never_located_by_the_country_does_not_take_its_figures():
    # Paris is where the conference met, not a place inside Lebanon.
    cs = run(
        "مؤتمر في باريس لدعم لبنان\n\n"
        "عقد في العاصمة الفرنسية باريس مؤتمر دولي لدعم لبنان.\n\n"
        "وقالت الأمم المتحدة إن 90 ألف شخص نزحوا في لبنان خلال الشهر.\n\n"
        "وقالت مصادر إن نحو 1200 نازح غادروا المدارس، وسط أزمة يعيشها لبنان."
    )
    assert [c.entity for c in cs if c.field == "displaced"] == ["لبنان", "لبنان"]


def test_a_place_located_in_another_country_leaves_the_main_country_alone():
    # Gaziantep is located by Turkey; the story's country is Syria.
    cs = run(
        "سوريا: نزوح جديد في إدلب\n\n"
        "قال ناشطون في سوريا إن عائلات وصلت إلى مدينة غازي عنتاب في جنوب تركيا.\n\n"
        "وأضافوا أن 3000 شخص نزحوا خلال الأسبوع.\n\n"
        "وتستضيف سوريا آلاف النازحين، بحسب تقارير عن سوريا."
    )
    assert only(cs, "displaced").entity in ("سوريا", "إدلب")


def test_a_region_that_only_locates_a_base_is_not_the_story_place():
    cs = run(
        "الصومال: الجيش يتسلم قاعدة جديدة\n\n"
        "تسلم الجيش الصومالي قاعدة بورهكابا في إقليم باي جنوب غربي البلاد.\n\n"
        "وقالت مصادر إن 14 شخصا قتلوا في هجمات منفصلة.\n\n"
        "ويشهد الصومال هجمات متكررة منذ سنوات."
    )
    assert only(cs, "killed").entity == "الصومال"


# -- where people were taken is not what a figure counts -------------------


def test_hospital_the_injured_were_taken_to_is_not_the_entity_egyptian():
    cs = run(
        "انقلاب حافلة في محافظة المنيا\n\n"
        "أعلنت مديرية الصحة ارتفاع عدد مصابي حادث انقلاب الحافلة في محافظة المنيا إلى "
        "22 مصابا، جرى نقلهم إلى مستشفى ملوي العام."
    )
    assert "المنيا" in only(cs, "injured").entity


def test_town_the_troops_headed_to_is_not_the_entity_gulf():
    cs = run(
        "سلمت القوات الدولية قاعدة الصخرة إلى الجيش.\n\n"
        "وقال مسؤول إن 300 جندي غادروا صباح اليوم متوجهين إلى مدينة الحديدة."
    )
    assert only(cs, "personnel").entity == "قاعدة الصخرة"


def test_a_figure_after_a_destination_may_be_about_it_gulf():
    cs = run(
        "وصل آلاف الحجاج إلى مكة المكرمة أمس، وتستعد مكة المكرمة لاستقبال المزيد.\n\n"
        "وتوجه الحجاج إلى مشعر عرفات، الذي يبعد نحو 20 كيلومترا عن المسجد الحرام."
    )
    assert "عرفات" in only(cs, "distance").entity


def test_hospital_named_as_the_place_of_the_figure_stays_the_entity():
    # No transfer word: the hospital is where the figure was counted.
    cs = run("وقال مدير مستشفى الشفاء إن 40 جريحا يتلقون العلاج في المستشفى.")
    assert only(cs, "injured").entity == "مستشفى الشفاء"


# -- a فيما / بينما / في حين clause tells another thing ----------------------


def test_place_in_a_following_while_clause_does_not_take_the_toll_levantine():
    cs = run(
        "ارتفعت حصيلة الانفجار الذي هز ريف حمص إلى 11 قتيلا، "
        "فيما تواصل فرق الدفاع المدني البحث في القرى المحيطة بمدينة تدمر."
    )
    assert "حمص" in only(cs, "killed").entity


def test_place_in_a_following_whereas_clause_does_not_take_the_figure_maghrebi():
    cs = run(
        "ضرب زلزال إقليم الحوز فجر اليوم وأصيب 17 شخصا، في حين تتواصل عمليات الإغاثة بمدينة مراكش."
    )
    assert "الحوز" in only(cs, "injured").entity


def test_place_in_a_plain_following_clause_still_locates_the_figure():
    # No contrast opener: the later clause says where the figure was counted.
    cs = run("قتل 5 أشخاص، في قصف استهدف مدينة إدلب فجر اليوم.")
    assert only(cs, "killed").entity == "إدلب"


# -- a facility's name used again without its noun -------------------------


def test_bare_name_of_a_facility_named_earlier_is_that_facility():
    cs = run(
        "تسلم الجيش الصومالي الأسبوع الماضي قاعدة بورهكابا، ثم قاعدة دينسور أمس.\n\n"
        "وقال مسؤول إن 150 جنديا غادروا بورهكابا، بينما غادر دينسور 90 جنديا."
    )
    got = [(c.entity, c.value.value) for c in cs if c.field == "personnel"]
    assert got == [("بورهكابا", 150), ("دينسور", 90)]


def _facilities(text):
    from recon.extract import _prepare

    doc = recon.Document(source=recon.Source(id="t", published="2024-09-10"), text=text)
    p = _prepare(doc, "ar")
    return [f.surface for fs in p.doc.facs for f in fs if f.kind == "facility"]


def test_bare_name_that_the_gazetteer_knows_stays_the_place():
    text = (
        "أغلقت السلطات مطار بغداد الدولي أمام الرحلات.\n\nوقالت مصادر إن 12 شخصا أصيبوا في بغداد."
    )
    assert _facilities(text) == ["مطار بغداد الدولي"]
    assert only(run(text), "injured").entity == "بغداد"


def test_bare_name_is_found_with_a_glued_conjunction():
    text = "وصلت القوات إلى معسكر دينسور مساء أمس.\n\nوانسحب الجنود من المدينة ودينسور."
    assert _facilities(text) == ["معسكر دينسور", "دينسور"]


# -- what a figure counts: words around it ----------------------------------


def fields(text):
    return [(c.field, c.value.value) for c in run(text)]


@pytest.mark.parametrize(
    "text",
    [
        "وبحسب مصادر محلية، فقد غادر 300 جندي مدينة كركوك صباح اليوم.",
        "وأكد المتحدث أن الوضع مستقر، فقد انتشر 120 عنصرا من الشرطة في مدينة سبها.",
    ],
)
def test_fa_qad_before_a_verb_is_a_particle_not_missing(text):
    assert [f for f, _ in fields(text) if not f.startswith("date:")] == ["personnel"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وأعلن خفر السواحل في ليبيا أنه فقد نحو 20 مهاجرا بعد انقلاب الزورق.", 20),
        ("فقد 7 صيادين قبالة سواحل اليمن منذ مساء الجمعة.", 7),
    ],
)
def test_fa_qad_right_before_the_figure_still_counts_the_missing(text, value):
    assert ("missing", value) in fields(text)


@pytest.mark.parametrize(
    "text",
    [
        "لقي 12 شخصا على الأقل حتفهم في انهيار عمارة سكنية بمدينة الإسكندرية.",
        "ولقي 5 عمال تقريبا مصرعهم إثر انفجار في مصنع بالأردن.",
    ],
)
def test_met_their_death_after_a_hedge_is_killed(text):
    assert [f for f, _ in fields(text)] == ["killed"]


def test_qatar_before_an_amount_is_not_a_diameter():
    assert fields("وقدمت قطر 50 مليون دولار لدعم المستشفيات في غزة.") == [("money:aid", 50e6)]


def test_a_verb_after_the_people_in_the_next_clause_says_nothing():
    # "أسرا" (families) in the next clause is not أسر "captured".
    text = "وقالت الجمعية في الجزائر إن عدد المهاجرين بلغ 60 شخصا، وأن أسرا كثيرة تنتظر أخبارهم."
    assert fields(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وتقدر المنظمة في اليمن أن 4 ملايين شخص، أي ربع السكان، بحاجة إلى مساعدات غذائية.",
        "وأفاد تقرير عن الصومال أن 800 ألف طفل، أي نصف أطفال البلاد، بحاجة إلى لقاحات.",
    ],
)
def test_people_in_need_after_an_apposition(text):
    assert [f for f, _ in fields(text)] == ["in_need"]


# -- totals over a past period are not the event's figure ------------------


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "وكانت الكويت قد قدمت منذ عام 2019 مساعدات بقيمة 300 مليون دولار لليمن.",
            "money:aid:period",
        ),
        (
            "وتقول منظمة حقوقية إن أكثر من 2000 مهاجر لقوا حتفهم في ليبيا خلال العام الماضي.",
            "killed:period",
        ),
        ("ويلقى نحو 1500 شخص حتفهم سنويا في حوادث السير في المغرب.", "killed:period"),
        ("وقتل 40 شخصا في القصف منذ بدء الهجوم على مدينة حلب.", "killed"),
        ("وتسعى الأمم المتحدة إلى جمع 2 مليار دولار خلال العام الجاري.", "money"),
        ("وتعهدت قطر بتقديم 50 مليون دولار خلال المؤتمر.", "money:aid"),
    ],
)
def test_figures_summed_over_a_past_period_get_their_own_field(text, field):
    assert [f for f, _ in fields(text)] == [field]


# -- a date belongs to the event of its own clause ---------------------------


def dates(text):
    return [(c.field, c.entity) for c in run(text) if c.field.startswith("date:")]


def test_date_of_one_attack_is_not_the_date_of_a_base_attacked_later_in_the_sentence():
    text = (
        "جاء القرار بعد قصف الطيران التركي في مطلع 2023 مواقع في جبال قنديل، "
        "عقب الهجمات التي استهدفت قاعدة حرير في أربيل."
    )
    assert ("date:attack", "قاعدة حرير") not in dates(text)


def test_date_whose_clause_has_no_event_takes_the_next_clauses_facility():
    text = "وجرى، الأحد، تسليم قاعدة الوطية إلى الجيش الليبي بعد انسحاب المرتزقة منها."
    assert dates(text) == [("date:handover", "قاعدة الوطية")]


def test_date_and_facility_in_one_clause_stay_together():
    text = "وكانت قاعدة عين الأسد قد تعرضت لهجوم صاروخي في 8 يناير 2020، عقب اغتيال سليماني."
    # an earlier year's attack keeps its year (round 13)
    assert ("date:attack:2020", "قاعدة عين الأسد") in dates(text)


# -- a demonym right after a figure of people names whose people ------------


def test_demonym_right_after_a_bare_figure_names_the_people_gulf():
    cs = run(
        "الإمارات تعلن حزمة مساعدات جديدة\n\n"
        "أعلنت الإمارات تقديم مساعدات طبية، وقالت الإمارات إنها ستواصل دعمها.\n\n"
        "وتشير تقديرات أممية إلى أن نحو 18 مليون يمني بحاجة إلى مساعدات إنسانية."
    )
    assert only(cs, "in_need").entity == "يمني"


def test_nisba_after_an_amount_of_money_is_not_the_entity():
    cs = run("وتعهدت السعودية بتقديم 100 مليون دولار أمريكي لدعم المستشفيات.")
    assert only(cs, "money:aid").entity == "السعودية"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "وقال الصيادون إنهم رأوا ركابا على متن المركب قرب سواحل ليبيا، "
            "مؤكدين أن عددهم تجاوز 50 شخصا.",
            "on_board",
        ),
        (
            "وأفادت مصادر طبية في مصر بإصابة عمال في الحادث، موضحة أن عددهم بلغ 14 عاملا.",
            "injured",
        ),
    ],
)
def test_their_number_counts_the_people_of_the_clause_before(text, field):
    assert [f for f, _ in fields(text)] == [field]


def test_their_number_with_nothing_said_of_them_before_is_no_claim():
    text = "واجتمع المسؤولون في الأردن مع ممثلي الأهالي، موضحين أن عددهم بلغ 40 شخصا."
    assert fields(text) == []


def test_a_short_waw_word_goes_on_with_a_facility_name():
    text = "تسلمت القوات الحكومية قاعدة بلد وين الجوية.\n\nوانسحب آخر الجنود من بلد وين مساء أمس."
    assert _facilities(text) == ["قاعدة بلد وين الجوية", "بلد وين"]


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت مسيرة مطار حميميم ولم ترد معلومات عن إصابات.",
        "زار الوزير معسكر الزرقاء وقد التقى بالجنود هناك.",
    ],
)
def test_waw_and_a_particle_ends_a_facility_name(text):
    assert len(_facilities(text)) == 1
    assert not _facilities(text)[0].endswith(("ولم", "وقد"))


# -- a force phrase refers to the armed force the article named -------------


def test_short_force_phrase_refers_to_the_force_named_earlier_gulf():
    cs = run(
        "ذكرت وسائل إعلام أن الحرس الثوري الإيراني عزز انتشاره قرب الحدود.\n\n"
        "وقال مسؤول إن الخطة تقضي بسحب 500 عنصر من قوات الحرس قبل نهاية الشهر."
    )
    assert only(cs, "personnel").entity == "الحرس الثوري الإيراني"


def test_force_phrase_that_fits_two_named_forces_stays_as_written():
    cs = run(
        "تبادل الجيش التركي والجيش السوري القصف قرب الحدود.\n\n"
        "وتقضي الخطة بسحب 200 جندي من قوات الجيش قبل نهاية الشهر."
    )
    assert only(cs, "personnel").entity == "قوات الجيش"


def test_force_phrase_that_fits_no_named_force_stays_as_written_levantine():
    cs = run(
        "سيطرت قوات سوريا الديمقراطية على بلدات جديدة.\n\n"
        "وتقضي الخطة بسحب 300 عنصر من قوات الحرس الوطني قبل نهاية الشهر."
    )
    assert only(cs, "personnel").entity == "قوات الحرس الوطني"


def test_on_board_right_after_the_people_is_not_skipped_as_a_hedge():
    text = "وقال خفر السواحل في ليبيا إن 65 مهاجرا على متن الزورق وصلوا سالمين."
    assert ("on_board", 65) in fields(text)


def test_a_period_total_of_people_is_still_counted_in_people():
    cs = run("وقالت منظمة حقوقية إن نحو 3 آلاف قتلوا في ليبيا خلال العام الماضي.")
    c = only(cs, "killed:period")
    assert c.value.unit == "person"
