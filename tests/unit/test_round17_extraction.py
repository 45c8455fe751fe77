"""Round 17: low-level readings of common phrasing.  Sentences written for
these tests in the styles of Egyptian, Gulf, Levantine and Maghrebi outlets,
with negative cases."""

import datetime as dt

import pytest
from extracting import extract_text

PUB = dt.date(2025, 7, 15)


def durations(text):
    return [c.value.value for c in extract_text(text, PUB) if c.field.startswith("duration")]


@pytest.mark.parametrize(
    "text",
    [
        "وتوفي شاب يبلغ 23 عاماً متأثراً بإصابته في مستشفى مغاغة.",
        "ولقيت طفلة تبلغ خمس سنوات حتفها غرقاً في ترعة بالمنيا.",
        "وعُثر على جثة رجل يناهز 60 عاماً داخل شقته في طرابلس.",
        "وأصيب مواطن يبلغ نحو 45 عاماً بجروح في إربد.",
        "وتم إنقاذ سيدة تناهز 70 عاماً من تحت الأنقاض في الحسيمة.",
    ],
)
def test_a_verb_of_reaching_after_a_person_gives_an_age(text) -> None:
    assert durations(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ويستمر المشروع لمدة تبلغ 3 سنوات في إربد.", 3),
        ("وتبلغ مدة العقد 3 سنوات في إربد.", 3),
        ("واستمر الحصار مدة تناهز 3 أعوام في الموصل.", 3),
        ("وسجن الشاب 5 سنوات بعد إدانته في إربد.", 5),
    ],
)
def test_a_verb_of_reaching_after_anything_else_still_measures(text, value) -> None:
    assert durations(text) == [value]


def values(text, field):
    return [c.value.value for c in extract_text(text, PUB) if c.field == field]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "وتوفي شاب في المنيا متأثراً بإصابته، وهو واحد من المصابين التسعة الذين نقلوا إلى المستشفى.",
            "injured",
            9,
        ),
        ("وقال اثنان من الناجين الثمانية في الحسيمة إن القارب انقلب فجأة.", "rescued", 8),
        ("وأكد أن واحداً من المعتقلين الخمسة عشر أفرج عنه لاحقاً في طرابلس.", "arrested", 15),
    ],
)
def test_a_definite_cardinal_counts_the_plural_that_ends_a_part_before_it(
    text, field, value
) -> None:
    assert values(text, field) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "وتوفي شاب في المنيا متأثراً بإصابته، وهو واحد من المصابين في الحادث.",
        "وقال اثنان من الناجين في الحسيمة إن القارب انقلب فجأة.",
    ],
)
def test_a_part_with_no_cardinal_after_it_gives_no_whole(text) -> None:
    cs = extract_text(text, PUB)
    assert [c for c in cs if c.field.endswith(":part")]  # the part is read …
    assert not [c for c in cs if c.field in ("injured", "rescued")]  # … and no whole


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("وباشرت فرق الشركة إصلاح الأبراج الأربعة عشر في محافظة المنيا.", "count:برج", 14),
        ("وفحصت اللجنة محتويات الحاويات الثلاث في ميناء بورتسودان.", "count:حاوي", 3),
        ("وأكد أن الأصناف السبعة عشر المضبوطة في بورتسودان مغشوشة.", "count:صنف", 17),
        ("وسحبت الرافعات السيارات الست من مجرى الوادي في إربد.", "count:vehicle", 6),
        ("وعادت القوارب الخمسة إلى ميناء الحسيمة.", "count:boat", 5),
    ],
)
def test_a_definite_cardinal_after_a_plural_of_things_counts_them(text, field, value) -> None:
    assert values(text, field) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "وتواصلت الاحتجاجات خلال الأيام الثلاثة الماضية في إربد.",
        "وشهدت الأشهر الستة الأولى من العام تراجعاً في إربد.",
        "وحضر ممثلو الأحزاب السبعة الاجتماع في إربد.",
        "وأعيد رصف الكيلومترات العشرة الأولى من الطريق في إربد.",
    ],
)
def test_time_measures_and_unknown_plurals_are_not_counted_so(text) -> None:
    assert extract_text(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "وأظهر الفحص أن تسعة أصناف من بين الأصناف السبعة عشر المضبوطة في بورتسودان مغشوشة.",
            ("count:صنف:part", 9),
            ("count:صنف", 17),
        ),
        (
            "وتضررت ثلاث سيارات من بين السيارات الست في إربد.",
            ("count:vehicle:part", 3),
            ("count:vehicle", 6),
        ),
    ],
)
def test_a_count_of_things_among_a_definite_whole_is_its_part(text, part, whole) -> None:
    got = [(c.field, c.value.value) for c in extract_text(text, PUB)]
    assert part in got and whole in got, got


def test_a_count_of_things_among_an_indefinite_figure_stays_a_count() -> None:
    # "من بين 17 صنفاً": no definite cardinal referring back; two figures of one field.
    got = [
        (c.field, c.value.value)
        for c in extract_text("وضبطت الجمارك في بورتسودان تسعة أصناف من بين 17 صنفاً.", PUB)
    ]
    assert ("count:صنف", 9) in got, got


def test_a_figure_past_the_last_word_is_read_without_error() -> None:
    # Found by the extraction fuzzer: a replacement character before a range.
    assert extract_text("\ufffd3-3", PUB) == []


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "أعلنت منطقة الفجيرة الطبية أن 21 ألفاً و300 شخص تلقوا لقاح الإنفلونزا.",
            "vaccinated",
            21_300,
        ),
        ("ارتفع عدد المطعَّمين في إمارة الفجيرة إلى 58 ألفاً و700 شخص.", "vaccinated", 58_700),
        (
            "وأعلنت وزارة الصحة تطعيم 1.2 مليون طفل ضد شلل الأطفال في اليمن.",
            "vaccinated",
            1_200_000,
        ),
        ("وتستهدف الحملة نحو 90 ألف شخص من سكان الفجيرة.", "targeted", 90_000),
        ("وقالت الوزارة إن ٨٩ ألفاً و٥٠٠ شخص تستهدفهم الحملة في الفجيرة.", "targeted", 89_500),
    ],
)
def test_people_vaccinated_and_people_a_campaign_targets(text, field, value) -> None:
    assert values(text, field) == [value]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("وقد جرى تطعيم 18 ألف رأس من الماشية في الضعين.", "count:livestock", 18_000),
        ("واستهدفت الغارة 5 منازل في بلدة عيتا الشعب في لبنان.", "count:building", 5),
        ("وقتل 5 أشخاص في غارة استهدفت منزلاً في إربد.", "killed", 5),
    ],
)
def test_animals_things_and_attacks_keep_their_fields(text, field, value) -> None:
    got = extract_text(text, PUB)
    assert [c.value.value for c in got if c.field == field] == [value]
    assert not [c for c in got if c.field in ("vaccinated", "targeted")]


def test_a_vaccination_announced_ends_the_speaker() -> None:
    (c,) = extract_text("وأعلنت وزارة الصحة تطعيم 1.2 مليون طفل ضد شلل الأطفال في اليمن.", PUB)
    assert c.speaker == "وزارة الصحة"


@pytest.mark.parametrize(
    ("text", "field", "value", "qualifier"),
    [
        ("تجاوز عدد القتلى 21 شخصاً في إربد.", "killed", 21, "more_than"),
        ("ولا يتجاوز عدد المصابين 40 شخصاً في إربد.", "injured", 40, "at_most"),
        ("تجاوز عدد المطعَّمين ٢١ ألف شخص في الفجيرة.", "vaccinated", 21_000, "more_than"),
    ],
)
def test_what_a_verb_of_exceeding_measures_names_the_field(text, field, value, qualifier) -> None:
    got = [c for c in extract_text(text, PUB) if c.field == field]
    assert [(c.value.value, c.value.qualifier.value) for c in got] == [(value, qualifier)]


def test_a_hedge_inside_a_figure_names_no_field() -> None:
    # "ما لا يقل عن" holds "يقل" (carries): a hedge, never what is counted.
    text = "وإن عدد النازحين الذين وصلوا إلى بيدوا بلغ ما لا يقل عن 85 ألفاً."
    assert [c.field for c in extract_text(text, PUB)] == ["displaced"]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("أدى الحادث إلى انحراف عربتين عن السكة في إربد.", "count:vehicle"),
        ("ضبطت البضائع داخل مستودعين في المدينة الصناعية بالدمام.", "count:مستودع"),
    ],
)
def test_a_dual_of_a_counted_thing_is_two(text, field) -> None:
    assert values(text, field) == [2]


def test_things_counted_by_any_reading_are_items() -> None:
    text = "خروج 4 عربات عن القضبان في المنيا، ثم رفع العربات الأربع التي خرجت عن السكة."
    got = [c.value for c in extract_text(text, PUB) if c.field == "count:vehicle"]
    assert [(q.value, q.unit) for q in got] == [(4, "item"), (4, "item")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("وضربت المنيا رياح تجاوزت سرعتها 60 كيلومتراً في الساعة.", "more_than"),
        ("وهبت على إربد رياح لا تتجاوز سرعتها 30 كيلومتراً في الساعة.", "at_most"),
        ("وقالت الأرصاد إن سرعة الرياح بلغت 65 كيلومتراً في الساعة في المنيا.", "exact"),
    ],
)
def test_a_verb_of_exceeding_a_speed_is_a_bound(text, qualifier) -> None:
    got = [c.value.qualifier.value for c in extract_text(text, PUB) if c.value.unit == "km"]
    assert got == [qualifier]


def fields_values(text):
    return sorted((c.field, c.value.value) for c in extract_text(text, PUB))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتيل و3 جرحى في حادث سير بإربد", [("injured", 3), ("killed", 1)]),
        ("3 قتلى وجريح في حادث سير على طريق إربد", [("injured", 1), ("killed", 3)]),
        ("قتيل وجريحان في انفجار بمدينة الزرقاء", [("injured", 2), ("killed", 1)]),
        ("سبعة مصابين وقتيل في حريق خط الوقود جنوب مصراتة", [("injured", 7), ("killed", 1)]),
    ],
)
def test_a_lone_casualty_noun_beside_a_count_is_one(text, want) -> None:
    # The dead one beside the hurt is no rise in the toll ("killed:change").
    assert fields_values(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن كل قتيل وجريح يستحق التعويض في إربد.",
        "وصرفت الحكومة 100 ألف دينار لكل قتيل في إربد.",
    ],
)
def test_each_dead_or_hurt_one_is_no_count(text) -> None:
    assert not [c for c in extract_text(text, PUB) if c.field in ("killed", "injured")]


def test_the_hurt_who_died_since_are_still_a_rise_in_the_toll() -> None:
    got = fields_values("وأعلنت الصحة أن 3 مصابين توفوا متأثرين بجراحهم في مصراتة.")
    assert got == [("killed:change", 3)]


@pytest.mark.parametrize(
    ("text", "field", "unit", "value"),
    [
        (
            "وقال البيان إن الخط يبلغ طوله 42 كيلومتراً وقطره 16 بوصة قرب مصراتة.",
            "diameter",
            "in",
            16,
        ),
        ("وبلغ عرض النهر 300 متر وعمقه 6 أمتار في الموصل.", "depth", "m", 6),
    ],
)
def test_a_measure_word_after_and_measures_as_alone(text, field, unit, value) -> None:
    got = [(c.value.unit, c.value.value) for c in extract_text(text, PUB) if c.field == field]
    assert got == [(unit, value)]


def test_an_inch_is_a_length() -> None:
    from recon.units import unit

    assert unit("in").dimension == "length"
    assert unit("in").factor == pytest.approx(2.54e-5)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one more after those counted: "وإصابة ثالث", "وإصابة آخر"
        (
            "أسفر انفجار عبوة ناسفة في قضاء الطارمية عن مقتل جنديين وإصابة ثالث بجروح خطيرة.",
            [("injured", 1), ("killed", 2)],
        ),
        ("مصرع شاب وإصابة آخر في حادث سير على طريق إربد.", [("injured", 1), ("killed", 1)]),
        # a bracketed aside between the people and the verb
        ("لقي شاب (23 عاماً) حتفه طعناً إثر مشاجرة في مدينة الرصيفة.", [("killed", 1)]),
        (
            "لقي 3 أشخاص (بينهم طفل) حتفهم في حريق بمدينة الزرقاء.",
            [("killed", 3), ("killed:part:children", 1)],
        ),
        # the dual of a feminine singular listed beside its lemma
        ("وتوفيت سيدتان في حادث سير بإقليم شفشاون.", [("killed", 2)]),
        # treated, given first aid, harm said after the people
        ("وتعرض طفلان لحروق من الدرجة الثانية في مدينة الزرقاء.", [("injured", 2)]),
        ("وقدمت فرق الهلال الأحمر الإسعافات الأولية لـ40 شخصاً في بنغازي.", [("injured", 40)]),
        ("فيما عولجت أربع حالات أخرى في موقع الحادث بولاية ثمريت.", [("injured", 4)]),
        ("تعرض 12 عاملاً للاختناق داخل مصنع في إربد.", [("injured", 12)]),
    ],
)
def test_readings_from_the_phrase_table(text, want) -> None:
    assert fields_values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "أسرة" (a family) is no capture, and its members are no force
        ("وأصيب ثلاثة من أفراد أسرته في حادث سير بإربد.", [("injured", 3)]),
        ("وقال إن المقاتلين أسروا 5 جنود قرب إربد.", [("arrested", 5)]),
        ("ونشرت الشرطة 300 من أفراد الأمن في إربد.", [("personnel", 300)]),
    ],
)
def test_a_family_is_neither_a_capture_nor_a_force(text, want) -> None:
    assert fields_values(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "ونفت مديرية الصحة بمحافظة بني سويف ما تداولته مواقع التواصل عن وفاة 5 أطفال داخل"
        " حضانات مستشفى بني سويف العام.",
        "وقالت الوزارة إن الأنباء عن مقتل 5 أشخاص في إربد غير صحيحة.",
        "ونقلت المواقع وفاة 5 أطفال في بني سويف، غير أن المديرية أكدت أن الأنباء عارية عن الصحة.",
    ],
)
def test_a_figure_its_source_denies_is_no_claim(text) -> None:
    assert not [c for c in extract_text(text, PUB) if c.field == "killed"]


def test_a_figure_affirmed_after_a_denial_stands_with_its_speaker() -> None:
    (c,) = extract_text("نفى الجيش مقتل 5 جنود في إربد، وأكد مقتل جنديين.", PUB)
    assert (c.field, c.value.value, c.speaker) == ("killed", 2, "الجيش")


def test_a_figure_announced_is_no_denial() -> None:
    assert values("وأعلنت مديرية الصحة وفاة 3 أشخاص في إربد.", "killed") == [3]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ولقي سائق الشاحنة، وهو من سكان بلدية خميس مليانة، حتفه على الفور في عين الدفلى.", []),
        ("وشارك مهندسان من البلدية في الكشف على المبنى في إربد.", [("count:مهندس", 2)]),
    ],
)
def test_one_worker_told_by_his_noun_is_no_count_by_trade(text, want) -> None:
    assert [w for w in fields_values(text) if w[0].startswith("count:")] == want


@pytest.mark.parametrize(
    ("text", "field", "ends"),
    [
        (
            "يتراوح عدد المفقودين قبالة سواحل طبرق بين 10 و15 شخصاً.",
            "missing",
            (10, 15),
        ),
        ("وقتل ما بين 3 و4 أشخاص في قصف على بلدة في ريف إدلب.", "killed", (3, 4)),
        ("ودمرت ما بين 20 و25 خيمة في مخيم قرب مأرب.", "count:tent", (20, 25)),
    ],
)
def test_a_range_of_people_or_things_with_a_half_middle_is_a_figure(text, field, ends) -> None:
    got = [(c.value.low, c.value.high) for c in extract_text(text, PUB) if c.field == field]
    assert got == [ends]


def test_a_fraction_of_people_is_still_no_figure() -> None:
    assert extract_text("وأصيب 2.5 شخص في إربد.", PUB) == []


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("يتراوح عدد المفقودين جراء غرق القارب بين 10 و15 شخصاً قبالة سواحل طبرق.", "missing"),
        ("وارتفع عدد المصابين بسبب غرق المنازل بمياه الأمطار إلى 12 في إربد.", "injured"),
    ],
)
def test_a_harm_told_as_the_cause_is_not_what_is_counted(text, field) -> None:
    assert [c.field for c in extract_text(text, PUB)] == [field]


def test_a_harm_told_as_the_cause_alone_still_names_the_field() -> None:
    assert [c.field for c in extract_text("توفي 5 أشخاص جراء غرق قارب في إربد.", PUB)] == ["killed"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # tickets written up are no people set free
        ("وحررت شرطة المرور 300 مخالفة مرورية خلال حملة في القاهرة.", [("count:violation", 300)]),
        ("وتم تحرير 45 محضراً للمخابز المخالفة في محافظة المنيا.", [("count:violation", 45)]),
        ("وأعلن الجيش تحرير 5 رهائن في ولاية كيدال.", [("released", 5)]),
        # "كوادر" is the plural of "كادر"
        ("بمشاركة 320 من الكوادر الطبية في الفجيرة.", [("count:كادر", 320)]),
        ("بمشاركة أكثر من 300 كادر طبي في الفجيرة.", [("count:كادر", 300)]),
    ],
)
def test_tickets_and_staff_are_counted_things(text, want) -> None:
    assert fields_values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ولا يزال أربعة من مصابي حادث الحافلة بمحافظة المنيا يتلقون العلاج في العناية المركزة.",
            [("injured:still", 4)],
        ),
        (
            "وقال إن الحالة العامة جيدة، بعد خروج 14 مصاباً من المستشفى في المنيا.",
            [("injured:discharged", 14)],
        ),
        ("وأصيب 12 شخصاً في حادث سير بإربد ونقلوا إلى المستشفى.", [("injured", 12)]),
    ],
)
def test_the_hurt_still_in_care_or_gone_are_told_before_them(text, want) -> None:
    assert fields_values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "أوقفت مصالح الأمن 14 شخصاً، بينهم ثلاثة قُصّر، بعد أعمال شغب بمدينة وهران.",
            [("arrested", 14), ("arrested:part:قصر", 3)],
        ),
        (
            "ضبطت الجمارك 450 شاحنة، بينها 120 صهريجاً عند معبر في إربد.",
            [("count:tanker", 120), ("count:truck", 450)],
        ),
    ],
)
def test_people_of_an_unlisted_kind_among_people_are_a_part(text, want) -> None:
    assert fields_values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وأكدت مصادر طبية في صنعاء أن عدد الوفيات جراء الحادث ارتفع إلى ستة، بينهم طفلة.",
            [("killed", 6), ("killed:part:children", 1)],
        ),
        ("أصيب 12 شخصاً منهم شرطي في إربد.", [("injured", 12), ("injured:part", 1)]),
    ],
)
def test_one_of_a_kind_among_those_counted_is_a_part_of_one(text, want) -> None:
    assert fields_values(text) == want
