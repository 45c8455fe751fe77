"""Round 18: the Maghreb's quintal, Tunisia's custody, the remains of the
dead, and one unit of time told by its noun alone ("لمدة شهر", "نحو شهر").
Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

from recon.numbers import find_quantities
from recon.units import to_base

PUB = "2025-07-15"


def claims(text: str) -> list[tuple[str, float, str, str]]:
    return [
        (c.field, float(c.value.value), c.value.unit, str(c.value.qualifier))
        for c in extract_text(text, PUB)
        if not c.field.startswith("date:")
    ]


@pytest.mark.parametrize("country", ["tn", "dz", "ma", "ly"])
def test_a_maghreb_quintal_is_a_hundred_kilograms(country: str) -> None:
    (q,) = find_quantities("حجز 240 قنطارا من الفارينة", country=country)
    assert q.quantity.unit == "quintal"
    assert to_base(float(q.quantity.value), q.quantity.unit) == 24_000  # as "24 طنا"


@pytest.mark.parametrize("country", ["sy", "eg", None])
def test_elsewhere_the_qintar_is_no_metric_weight(country: str | None) -> None:
    (q,) = find_quantities("بيع 240 قنطارا من القطن", country=country)
    assert q.quantity.unit == ""


def test_a_quintal_in_a_tunisian_story_is_a_weight() -> None:
    got = claims("القيروان (وات) - حجزت فرق المراقبة 240 قنطارا من الفارينة المدعمة.")
    assert got == [("weight", 240.0, "quintal", "exact")]


def test_custody_by_the_prosecutor_s_leave_is_an_arrest() -> None:
    got = claims("القيروان (وات) - وتم الاحتفاظ بـ3 أشخاص، من بينهم صاحب مخبزة.")
    assert ("arrested", 3.0, "person", "exact") in got


def test_keeping_a_thing_is_no_arrest() -> None:
    # (A count of people later in the clause would still be read as held:
    # "الاحتفاظ بالمقر وتشغيل 3 حراس", a reach every noun of arrest has.)
    got = claims("القيروان - وقررت البلدية الاحتفاظ بالمقر القديم وبناء 3 مدارس.")
    assert got and not [f for f, *_ in got if f.startswith("arrested")]


def test_the_remains_of_the_dead_are_the_dead_and_their_part() -> None:
    got = claims(
        "الموصل - ارتفع عدد الرفات المنتشلة من المقبرة الجماعية في ناحية بادوش إلى 112"
        " رفاتاً، بينهم 11 طفلاً."
    )
    assert ("killed", 112.0, "person", "exact") in got
    assert ("killed:part:children", 11.0, "person", "exact") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("القيروان - وتم غلق 7 مخابز لمدة شهر، وفق المدير الجهوي.", (1.0, "month", "exact")),
        ("إربد - استمرت الحملة طيلة أسبوع في أحياء المدينة.", (1.0, "week", "exact")),
        ("إربد - توقف الضخ لمدة يوم في المدينة.", (1.0, "day", "exact")),
        ("الموصل - وقال إن الأعمال قد تستغرق نحو شهر بسبب طبيعة التربة.", (1.0, "month", "approx")),
        ("مصراتة - توقف الخط عن الضخ لمدة أسبوع على الأقل.", (1.0, "week", "at_least")),
    ],
)
def test_one_unit_of_time_told_by_its_noun_alone(text: str, want: tuple[float, str, str]) -> None:
    assert [x[1:] for x in claims(text) if x[0].startswith("duration")] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # their own number: the parser's, read once
        ("إربد - أغلقت المحال لمدة شهرين.", [(2.0, "month")]),
        ("إربد - أغلقت المحال لمدة شهر ونصف.", [(1.5, "month")]),
        # a sum the parser reads in part is not also one month
        ("إربد - أغلقت المحال لمدة شهر و10 أيام.", [(10.0, "day")]),
        # definite: a named month, no span
        ("إربد - تأجلت الجلسة لمدة الشهر المقبل.", []),
        # no span word before the noun
        ("إربد - وصل الوفد بعد شهر من الحادث.", []),
    ],
)
def test_a_time_noun_with_a_number_or_no_span_word_is_not_one(
    text: str, want: list[tuple[float, str]]
) -> None:
    got = [(v, u) for f, v, u, _ in claims(text) if f.startswith("duration")]
    assert got == want


def test_a_lone_unit_keeps_its_place_in_the_text() -> None:
    text = "إربد - أغلقت المحال لمدة أسبوع."
    (c,) = [c for c in extract_text(text, PUB) if c.field.startswith("duration")]
    assert text[c.span.start : c.span.end] == "أسبوع"


def test_violators_seized_are_held_and_violations_are_things() -> None:
    got = claims("جازان - وأعلن حرس الحدود ضبط 12 مخالفاً لنظام أمن الحدود في منطقة جازان.")
    assert ("arrested", 12.0, "person", "exact") in got
    # "مخالفة" is the violation written up, never a person held or freed
    got = claims("إربد - وحررت الشرطة 300 مخالفة مرورية وضبطت 45 مخالفة في الأسواق.")
    assert [f for f, *_ in got] == ["count:violation", "count:violation"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("القيروان - أسفرت الحملة عن حجز الفارينة وغلق 7 مخابز لمدة شهر.", "count:مخبز:closed"),
        ("القيروان - أعلنت الإدارة عن غلق 9 مخابز إثر الحملة.", "count:مخبز:closed"),
        # those a campaign covered: no state ("وشملت الحملة أحد عشر حياً")
        ("القيروان - وجرت حملة مراقبة واسعة شملت ستة وأربعين مخبزة.", "count:مخبز"),
        # all there are: no state
        ("القيروان - وأشار إلى أن ولاية القيروان تضم 214 مخبزة.", "count:مخبز"),
        # a closure further back is of something else
        ("الدمام - وتقرر إغلاق المستودع الذي احتوى منتجات تحمل علامات 14 شركة.", "count:شرك"),
    ],
)
def test_shops_closed_are_told_right_before_their_count(text: str, want: str) -> None:
    assert want in [f for f, *_ in claims(text) if f.startswith("count:")]


def test_a_closure_after_the_count_is_its_cause_not_its_state() -> None:
    got = claims("البيضاء - وصل عدد الشاحنات العالقة إلى 450 شاحنة بسبب الإغلاق.")
    assert ("count:truck", 450.0, "item", "exact") in got


def test_people_held_by_a_verb_of_holding_are_held() -> None:
    got = claims(
        "شتورة - وأوضحت المصادر أن المسلحين احتجزوا 6 أشخاص بين موظفين وزبائن داخل المكتب."
    )
    assert ("arrested", 6.0, "person", "exact") in got
    # things a flood held are no people held
    got = claims("شتورة - واحتجزت السيول 12 مركبة في الوادي.")
    assert not [f for f, *_ in got if f.startswith("arrested")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("المنامة - وجرى إخلاء 230 نزيلاً من الفندق.", ("displaced", 230.0)),
        ("الخور - وأشارت إلى أنه جرى إخلاء 120 عاملاً من مباني المحطة.", ("displaced", 120.0)),
        # a building moved out of is no people: its floors and houses stay things
        ("الإسكندرية - وتم إخلاء المبنى المكون من 7 طوابق.", ("count:طابق", 7.0)),
        ("الإسكندرية - وتم إخلاء 12 منزلاً مجاوراً.", ("count:building", 12.0)),
    ],
)
def test_people_moved_out_of_a_building_are_evacuated(text: str, want: tuple[str, float]) -> None:
    assert want in [(f, v) for f, v, *_ in claims(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("خلال الأسبوع الأول 21 ألف شخص", [21000.0]),
        ("في اليوم الأول 300 شخص", [300.0]),
        # a number word after an ordinal goes on with it: no figure
        ("في اليوم الحادي عشر", []),
        ("الذكرى الثانية والعشرين", []),
    ],
)
def test_digits_after_an_ordinal_are_a_figure(text: str, want: list[float]) -> None:
    assert [float(q.quantity.value) for q in find_quantities(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "مأرب - وقالت المنظمة إن 85 ألف طفل في مخيمات النزوح بمحافظة مأرب تلقوا لقاح الحصبة.",
            ("vaccinated", 85000.0),
        ),
        # a present tense of the people's life there is no harm done to them
        ("إدلب - وأكد أن 300 طالب في مدارس المدينة يدرسون في خيام.", ("count:طالب", 300.0)),
    ],
)
def test_the_verb_after_a_place_said_after_counted_people(
    text: str, want: tuple[str, float]
) -> None:
    assert want in [(f, v) for f, v, *_ in claims(text)]
