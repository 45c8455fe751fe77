import datetime as dt

import pytest
from extracting import extract_text, only

import recon
from recon.extract import extract

pytest.importorskip("recon.numbers")


def run(text, published="2022-05-10"):
    return extract_text(text, published)



def test_demonym_attached_to_counted_noun():
    c = only(run("صوت المجلس على انسحاب 900 جندي تركي من المنطقة."), "personnel")
    assert c.entity in ("تركي",) and c.value.value == 900 and c.role == "جندي"


def test_country_subject_is_the_entity():
    c = only(run("وتنشر إيطاليا نحو 150 عسكريا في لبنان ضمن قوات حفظ السلام."), "personnel")
    assert c.entity == "إيطاليا"


def test_facility_beats_acting_organisation():
    c = only(run("وسحب التحالف 250 جنديا من قاعدة التنف العسكرية."), "personnel")
    assert c.entity == "قاعدة التنف العسكرية"


def test_anaphor_resolves_to_last_named_facility():
    cs = run("تسلم الجيش مطار المزة العسكري يوم الأحد.\nوغادر 60 فنيا من المطار، بحسب مصدر عسكري.")
    c = [c for c in cs if c.value.raw.startswith("60")]
    assert not c or c[0].entity == "مطار المزة العسكري"


def test_injury_vs_infection_context():
    cs = run(
        "أسفر القصف على مدينة حمص عن إصابة 12 شخصا.\nوسجلت وزارة الصحة اللبنانية إصابة 40 شخصا بفيروس كورونا."
    )
    assert {c.field for c in cs if c.value.value == 12} == {"injured"}
    assert {c.field for c in cs if c.value.value == 40} == {"infected"}


def test_figures_without_a_field_are_dropped():
    cs = run("سيطر التنظيم على ثلث مساحة البلاد، وقال إن 7 يعرفون ذلك.")
    assert not [c for c in cs if not c.field.startswith("date:")]


def test_subset_figure_is_not_a_second_total():
    cs = run("وتنشر إسبانيا نحو 600 عسكري في لبنان، بينهم 100 يتولون التدريب.")
    assert [c.value.value for c in cs if c.field == "personnel"] == [600]


def test_event_date_claim_and_as_of():
    cs = run(
        "وأعلنت وزارة الصحة السورية، الأحد، تسجيل 9 وفيات.\nوانسحبت القوات من قاعدة تل تمر يوم 3 أيار."
    )
    killed = only(cs, "killed")
    assert killed.as_of == dt.date(2022, 5, 8)
    handover = only(cs, "date:handover")
    assert handover.entity == "قاعدة تل تمر" and handover.value.value == dt.date(2022, 5, 3)


def test_spans_point_into_original_text():
    text = "وقُتِل 5 مدنيين في غارة على مخيم الركبان."
    for c in run(text):
        assert text[c.span.start : c.span.end] == c.value.raw
        assert c.entity_span is None or text[c.entity_span.start : c.entity_span.end] == c.entity


def test_vague_amounts_are_not_figures():
    cs = run("وغادر مئات الجنود الفرنسيين العراق، فيما تنشر فرنسا 200 عسكري في العراق.")
    assert [c.value.value for c in cs if c.field == "personnel"] == [200]


def mentions(text):
    from recon.extract import extract_mentions

    doc = recon.Document(source=recon.Source(id="m", published="2022-05-10"), text=text)
    return extract_mentions(doc)


def persons(text):
    return [m.text for m in mentions(text) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وقال المتحدث باسم التحالف الدولي الذي تقوده الولايات المتحدة العقيد واين ماروتو في تغريدة إن القوات غادرت.",
            "واين ماروتو",
        ),
        ("وقال المتحدث باسم الجيش الكولونيل جون سميث عبر تويتر إن الانسحاب اكتمل.", "جون سميث"),
        ("وأعلن وزير الدفاع الإيطالي، لورنزو غويريني، أن بلاده ستسحب جنودها.", "لورنزو غويريني"),
        ("وقال مدير مستشفى الشفاء محمد أبو سلمية إن الوضع كارثي.", "محمد أبو سلمية"),
        ("وصرح رئيس البرلمان اللبناني نبيه بري للصحفيين بأن الجلسة تأجلت.", "نبيه بري"),
        ("وأكد الناطق باسم الحكومة، عبد الرحيم الحسني، أن الأرقام أولية.", "عبد الرحيم الحسني"),
    ],
)
def test_person_after_title_without_the_title(text, name):
    assert name in persons(text)


def test_verbs_after_an_office_are_not_names():
    assert persons("وكان مسؤول الائتلاف يتحدث بشرط عدم الكشف عن هويته.") == []
    assert persons("وزير الصحة يزور المستشفى الميداني في المدينة.") == []


def test_mentions_have_kind_doc_context_and_bare_surname():
    text = (
        "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن 40 ألف شخص نزحوا من قاعدة ك 1 الجوية.\n"
        "وأضاف دوجاريك أن المساعدات وصلت إلى مخيم الهول."
    )
    ms = mentions(text)
    by = {(m.text, m.kind) for m in ms}
    assert ("ستيفان دوجاريك", "person") in by
    assert ("دوجاريك", "person") in by  # the continuation names the same man
    assert ("قاعدة ك 1 الجوية", "facility") in by
    assert all(m.doc == "m" and m.context and m.text in m.context for m in ms)


def test_organisations_with_construct_and_adjectives():
    ms = mentions(
        "وقالت وزارة الصحة السودانية إن المرصد السوري لحقوق الإنسان والهلال الأحمر الليبي "
        "أرسلا فرقا، فيما قالت القوات المعنية إنها مستعدة."
    )
    orgs = [m.text for m in ms if m.kind in ("org", "organisation", "agency")]
    assert "وزارة الصحة السودانية" in orgs
    assert any(o.startswith("المرصد السوري لحقوق الإنسان") for o in orgs)
    assert not any("المعنية" in o for o in orgs)  # a description, not a name


def fields(text, published="2022-05-10"):
    return [(c.field, c.value) for c in run(text, published)]


def test_a_statements_own_date_is_as_of_not_a_date_claim():
    cs = run("وقالت وزارة الصحة العراقية، الأربعاء، إن 12 شخصا قتلوا في انفجار ببغداد.")
    assert not [c for c in cs if c.field.startswith("date:")]
    c = only(cs, "killed")
    assert c.as_of == dt.date(2022, 5, 4)


def test_dates_in_relative_words_only_are_not_claims():
    cs = run("وانسحبت القوات الروسية من مطار القامشلي هذا الشهر بعد أن وصلت إليه منذ أشهر.")
    assert not [c for c in cs if c.field.startswith("date:")]
    cs = run("وانسحبت القوات الروسية من مطار القامشلي يوم 3 مايو.")
    assert [c.field for c in cs if c.field.startswith("date:")] == ["date:handover"]


def test_vague_amounts_of_any_unit_are_impressions():
    cs = run(
        "وقدر مسؤول محلي الخسائر بعشرات الملايين من الدولارات بعد أن جرفت السيول عشرات الكيلومترات من الطرق في حضرموت."
    )
    assert cs == []


def test_heights_are_their_own_field_and_exchange_rates_no_claims():
    # Round 11 reversed the earlier choice (a height was no claim): a height is
    # a measure of its own, never a distance between places.
    assert [f for f, _ in fields("ويقع المخيم على ارتفاع 2000 متر في جبال الأطلس بالمغرب.")] == ["height"]
    assert fields("وتراجعت الليرة اللبنانية إلى 89 ألف ليرة للدولار في بيروت.") == []


def test_a_titled_speaker_keeps_the_persons_name():
    c = only(run("وقال محافظ حلب حسين دياب للصحفيين إن 70 شخصا قتلوا في المدينة."), "killed")
    assert c.speaker.endswith("حسين دياب")
    c = only(
        run(
            "وقال السفير الفرنسي لدى لبنان هيرفيه ماغرو أمام الصحفيين إن 15 فرنسيا أصيبوا في بيروت."
        ),
        "injured",
    )
    assert "هيرفيه ماغرو" in c.speaker


def test_place_named_after_an_administrative_noun():
    c = only(run("وقتل 14 شخصا في قصف استهدف بلدة كفرنبل جنوب إدلب."), "killed")
    assert "كفرنبل" in c.entity


def test_later_clause_with_its_own_figure_keeps_its_place():
    cs = run(
        "وأعلنت السلطات في ليبيا ارتفاع عدد القتلى إلى 300 قتيل، مشيرة إلى أن 4 مستشفيات في درنة توقفت."
    )
    assert "درنة" not in only(cs, "killed").entity


def test_percentage_of_a_named_rate_and_of_the_previous_figure():
    cs = run("وقال البنك المركزي الأردني إن معدل البطالة بلغ 22% في الربع الأول من العام.")
    assert only(cs, "percent:unemployment").value.value == 22
    cs = run("وسجلت وزارة الصحة في السودان 900 حالة وفاة، 60% منها بين الأطفال.")
    assert only(cs, "percent:killed").value.value == 60


def test_trigger_after_the_qualifier_and_in_its_own_clause():
    cs = run(
        "وقالت السلطات في محافظة المهرة إن 9 أشخاص على الأقل لقوا حتفهم، فيما لا يزال 4 أشخاص في عداد المفقودين."
    )
    assert only(cs, "killed").value.value == 9
    assert only(cs, "missing").value.value == 4


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "بيروت - أعلنت الحكومة اللبنانية تخصيص 500 مليار ليرة لدعم المستشفيات في لبنان.\n"
            "وقال وزير المالية إن لبنان يحتاج إلى دعم دولي.",
            "LBP",
        ),
        (
            "دمشق - رفعت وزارة التجارة الداخلية في سوريا سعر ربطة الخبز المدعوم، "
            "وخصصت الحكومة 75 مليار ليرة لدعم القمح.",
            "SYP",
        ),
        (
            "الرباط - خصصت الحكومة المغربية 2.5 مليار درهم لإعادة إعمار المنازل "
            "المتضررة من الزلزال في المغرب.",
            "MAD",
        ),
        (
            "عمّان - قدمت الحكومة الأردنية مساعدات بقيمة 5 ملايين دينار للاجئين في الأردن.",
            "JOD",
        ),
        ("بغداد - خصصت وزارة المالية 5 ملايين دينار لإعادة إعمار المدارس في العراق.", "IQD"),
    ],
)
def test_bare_currency_is_the_articles_countrys(text, unit):
    c = next(c for c in run(text) if c.field.startswith("money"))
    assert c.value.unit == unit


@pytest.mark.parametrize(
    "piece",
    [
        "وقال الوزير أحمد إن 5 جنود قتلوا في دمشق، وأضاف أحمد و",  # speakers
        "قتل 5 جنود يوم 3 آذار في الهجوم على قاعدة K1 و",  # dates and facilities
        "قتل 5 أشخاص في بغداد و",  # figures and places
    ],
)
def test_one_long_sentence_yields_every_claim(piece):
    # Speed on such sentences is measured by benchmarks/extraction_throughput.py
    # (--adversarial); here only that nothing is lost or invented as they grow.
    n_small = len(run(" ".join([piece] * 100)))
    n_big = len(run(" ".join([piece] * 400)))
    assert n_small > 0 and n_big == 4 * n_small


def test_entity_choice_in_a_long_sentence_matches_a_short_one():
    # Indexing the candidates must not change which one a claim takes.
    piece = "قتل 5 أشخاص في بغداد، وأصيب 7 في الموصل، فيما نزح 300 شخص من حلب. "
    one = [(c.field, c.entity) for c in run(piece)]
    many = [(c.field, c.entity) for c in run(piece.replace(". ", "، ") * 50)]
    assert one == [("killed", "بغداد"), ("injured", "الموصل"), ("displaced", "حلب")]
    assert many[:3] == one and many[-3:] == one


def test_locating_country_gives_way_to_the_province_it_locates():
    cs = run("قتل 9 أشخاص في انهيار مبنى بمحافظة حمص في وسط سوريا مساء الخميس.")
    # Homs Governorate is a gazetteer entry of its own ("محافظة حمص").
    assert only(cs, "killed").entity == "محافظة حمص"


def test_direction_without_preposition_still_only_locates():
    cs = run("قتل 14 شخصا في ولاية كسلا شرقي السودان جراء السيول.")
    assert only(cs, "killed").entity == "ولاية كسلا"


def test_place_followed_by_its_country_nisba_keeps_the_place():
    cs = run("أصيب 11 شخصا في حريق بمدينة صفاقس التونسية.")
    assert only(cs, "injured").entity != "التونسية"


def test_nisba_of_a_rescue_service_is_not_the_entity():
    cs = run(
        "اندلع حريق في مدينة جونية صباح اليوم.\nوقال الدفاع المدني اللبناني إن 6 أشخاص أصيبوا."
    )
    assert only(cs, "injured").entity == "جونية"  # a gazetteer town, named without "مدينة"


def test_ministry_nisba_still_names_whose_troops():
    cs = run("أعلنت وزارة الدفاع الهولندية سحب قواتها البالغ عددها 40 جنديا.")
    assert only(cs, "personnel").entity == "الهولندية"


def test_rescued_are_not_the_dead():
    cs = run("وأعلنت البحرية انتشال 12 جثة وإنقاذ 30 مهاجرا قبالة سواحل مدينة الناظور.")
    assert only(cs, "killed").value.unit == "person"
    assert only(cs, "rescued").value.value == 30


def test_people_on_board_and_in_need():
    cs = run("وكان المركب يقل نحو 60 شخصا قبالة جزيرة لامبيدوسا.")
    assert only(cs, "on_board").value.value == 60
    cs = run("وقالت الأمم المتحدة إن 9 ملايين شخص بحاجة إلى مساعدات في اليمن.")
    assert only(cs, "in_need").value.value == 9_000_000


def test_past_tense_exceeded_is_more_than():
    c = only(run("وكانت قطر قد قدمت مساعدات تجاوزت قيمتها 300 مليون دولار."), "money:aid")
    assert c.value.qualifier.value == "more_than"


def test_magnitude_is_not_a_head_count():
    cs = run("وبلغت قوة الهزة 4.7 درجات في منطقة وادي خالد.")
    assert not [c for c in cs if c.field == "personnel"]


def test_bare_figure_in_a_people_field_counts_persons():
    c = only(run("وارتفع إجمالي المصابين إلى 52 في مدينة حمص."), "injured")
    assert c.value.unit == "person" and c.value.value == 52


def test_facility_of_a_later_clause_with_its_own_figure_is_not_taken():
    cs = run("وقال مصدر إن 180 جنديا غادروا البلدة صباحا، في حين شهد مطار كيسمايو مغادرة 300 جندي.")
    by = {c.value.value: c.entity for c in cs if c.field == "personnel"}
    assert by[300] == "مطار كيسمايو" and by.get(180) != "مطار كيسمايو"


@pytest.mark.parametrize(
    "text",
    [
        "جنيف (رويترز) - قدمت منظمات إغاثة 30 مليون دولار مساعدات عاجلة لليمن.",
        "عمان/ الأناضول\nقدمت منظمات إغاثة 30 مليون دولار مساعدات عاجلة لليمن.",
    ],
)
def test_dateline_agency_is_never_the_entity(text):
    cs = [c for c in run(text) if c.value.value == 30_000_000]
    assert cs and all(c.entity not in ("رويترز", "الأناضول") for c in cs), [c.entity for c in cs]


def test_troops_of_a_named_force_belong_to_the_force():
    c = only(
        run("ووافقت الأمم المتحدة على خطة تقضي بسحب 1500 جندي من قوات حفظ السلام قبل نهاية العام."),
        "personnel",
    )
    assert c.entity == "قوات حفظ السلام"


def test_a_facility_before_still_holds_a_forces_troops():
    cs = run("سلم التحالف قاعدة التنف العسكرية للجيش.\nوغادر 200 عنصر من قوات التحالف المنطقة.")
    assert only(cs, "personnel").entity.startswith("قاعدة التنف")


@pytest.mark.parametrize(
    "text",
    [
        "وتعهدت الكويت بتقديم 40 مليون دولار لليمن.",
        "وتعهدت الكويت بتقديم 40 مليون دولار لدعم جهود الإغاثة في اليمن.",
        "وأعلنت الكويت أنها ستقدم 40 مليون دولار لليمن.",
    ],
)
def test_a_pledge_is_aid_however_it_is_worded(text):
    assert only(run(text), "money:aid").value.value == 40_000_000


def test_a_concrete_thing_valued_beats_the_pledge_verb():
    c = only(run("وتعهدت الكويت بتقديم معدات طبية قيمتها 40 مليون دولار."), "money:equipment")
    assert c.value.value == 40_000_000


def test_an_earlier_clauses_facility_does_not_take_the_next_donors_figure():
    cs = run(
        "وقدمت قطر 50 مليون دولار عبر مستشفى حمد العام، وتعهدت الكويت بمبلغ 30 مليون دولار لليمن."
    )
    c = [c for c in cs if c.value.value == 30_000_000]
    assert c and c[0].entity == "الكويت", [(x.entity, x.value.value) for x in cs]


def test_a_sourcing_phrase_after_a_figure_names_its_speaker():
    cs = run(
        "وقال وزير الداخلية إن الحرائق أتت على 300 منزل في ولاية بجاية، "
        "فيما ارتفع عدد الوفيات إلى 26، حسب ما أعلنت السلطات الصحية."
    )
    assert only(cs, "killed").speaker == "السلطات الصحية"
    assert only(cs, "count:building").speaker == "وزير الداخلية"


def test_a_rising_toll_said_yesterday_holds_as_of_yesterday():
    cs = run(
        "وارتفع عدد قتلى الانهيار الأرضي في ولاية كسلا إلى 17 قتيلا، بحسب ما أعلنه الدفاع المدني أمس."
    )
    assert only(cs, "killed").as_of == dt.date(2022, 5, 9)


def test_a_name_after_bishaan_is_not_the_donor():
    c = only(run("وأعلنت قطر خلال اجتماع وزاري بشأن اليمن تقديم 30 مليون دولار."), "money:aid")
    assert c.entity == "قطر"


def test_extraction_pauses_the_collector_and_restores_it():
    import gc

    from recon._gcpause import gc_paused

    seen = []
    doc = recon.Document(
        source=recon.Source(id="gc", published=dt.date(2020, 3, 26)),
        text="قتل 5 جنود في بغداد.",
    )
    assert gc.isenabled()
    with gc_paused():
        seen.append(gc.isenabled())
        with gc_paused():  # nested: still off, and the inner exit keeps it off
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())
    assert seen == [False, False, False]
    assert gc.isenabled()
    extract(doc)
    assert gc.isenabled()
    gc.disable()  # a program that turned it off keeps it off
    try:
        extract(doc)
        assert not gc.isenabled()
    finally:
        gc.enable()
