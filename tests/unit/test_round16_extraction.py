"""Round 16: things seized are counted, not arrested; currencies written as
abbreviations; masked men counted as people.  Sentences written for these
tests in the styles of Gulf, Levantine and Maghrebi outlets, with negative
cases."""

import datetime as dt

import pytest
from extracting import extract_text, only

PUB = dt.date(2025, 7, 15)


@pytest.mark.parametrize(
    ("text", "noun", "value"),
    [
        ("ضبطت وزارة التجارة أكثر من 1.2 مليون عبوة من العطور المقلدة في جدة.", "عبوة", 1_200_000),
        (
            "وبلغ إجمالي ما جرى ضبطه في مستودعات جدة 1,236,500 عبوة من مستحضرات التجميل.",
            "عبوة",
            1_236_500,
        ),
        ("ضبطت الجمارك 200 عبوة من المبيدات المهربة في العقبة.", "عبوة", 200),
        ("حجزت مصالح الجمارك 40 صندوقاً من السجائر المهربة في وهران.", "صندوق", 40),
    ],
)
def test_things_a_verb_of_seizing_took_are_counted(text, noun, value) -> None:
    cs = extract_text(text, PUB)
    assert not [c for c in cs if c.field == "arrested"], [(c.field, c.value) for c in cs]
    assert only(cs, f"count:{noun}").value.value == value


@pytest.mark.parametrize(
    "text",
    [
        "ضبطت الفرق الرقابية 9 عمال داخل مستودع في جدة.",
        "وأعلنت الشرطة ضبط 12 شخصاً في مستودع بإربد.",
        "اعتقلت الشرطة ملثمين اثنين في إربد.",
    ],
)
def test_people_a_verb_of_seizing_took_are_still_arrested(text) -> None:
    assert only(extract_text(text, PUB), "arrested")


@pytest.mark.parametrize(
    ("text", "noun", "value"),
    [
        (
            "ضبطت الوزارة، بالتعاون مع الجهات الأمنية، أكثر من 1.2 مليون عبوة من العطور في جدة.",
            "عبوة",
            1_200_000,
        ),
        ("وتعرض الجسر، وهو واحد من أربعة جسور في المدينة، لأضرار في الموصل.", "جسر", 4),
        (
            "وكانت الشاحنة تحمل، بحسب الشرطة، أكثر من 3 آلاف عبوة من المبيدات في العقبة.",
            "عبوة",
            3_000,
        ),
    ],
)
def test_things_counted_with_no_verb_in_reach_are_counted(text, noun, value) -> None:
    assert only(extract_text(text, PUB), f"count:{noun}").value.value == value


def test_a_currency_of_no_known_country_is_no_count_of_things() -> None:
    cs = extract_text("وسرق المسلحون 89,500 ليرة من المكتب في حلب.", PUB)
    assert not [c for c in cs if c.field.startswith("count")]
    assert only(cs, "money").value.value == 89_500


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("وسرق المسلحون نحو 900 مليون ل.ل. من مكتب الصيرفة في طرابلس.", "LBP", 900_000_000),
        ("وقدرت الخسائر بـ 2 مليون ل.س في حلب.", "SYP", 2_000_000),
        ("بلغت كلفة المشروع 5 آلاف د.ك في الكويت.", "KWD", 5_000),
        ("بكلفة 40 ألف د.ت في صفاقس.", "TND", 40_000),
        ("بقيمة 120 ألف د.م في الدار البيضاء.", "MAD", 120_000),
        ("بقيمة 3 ملايين ر.ق في الدوحة.", "QAR", 3_000_000),
        ("بقيمة 12 مليون ج.م في أسيوط.", "EGP", 12_000_000),
        ("بقيمة 4 ملايين ر.س في جدة.", "SAR", 4_000_000),
        ("بقيمة 5 مليارات د.ع في البصرة.", "IQD", 5_000_000_000),
    ],
)
def test_a_currency_written_as_its_abbreviation(text, unit, value) -> None:
    money = [c for c in extract_text(text, PUB) if c.field.split(":")[0] == "money"]
    assert [(c.value.unit, c.value.value) for c in money] == [(unit, value)]


def test_the_hamza_folds_so_jordan_and_the_emirates_stay_unabbreviated() -> None:
    # "د.أ" and "د.إ" fold to one matching form: neither is read as a currency.
    for text in ("بقيمة 300 ألف د.أ في إربد.", "بقيمة 20 ألف د.إ في دبي."):
        money = [c for c in extract_text(text, PUB) if c.field.startswith("money")]
        assert all(c.value.unit not in ("JOD", "AED") for c in money), money


def test_a_doctor_is_no_currency() -> None:
    cs = extract_text("وقال د. كمال العلي إن 5 أشخاص أصيبوا في إربد.", PUB)
    assert not [c for c in cs if c.field.startswith("money")]
    assert only(cs, "injured").value.value == 5


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وقال المصدر إن 3 ملثمين نفذوا عملية السطو في طرابلس.", 3),
        ("أقدم أربعة ملثمين على سرقة محل للصيرفة في شتورة.", 4),
    ],
)
def test_masked_men_are_counted_as_people(text, value) -> None:
    q = only(extract_text(text, PUB), "personnel").value
    assert (q.value, q.unit) == (value, "person")


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف أن تسعة عمال من جنسية آسيوية ضُبطوا في الموقع في جدة.",
        "وأضاف أن تسعة عمال من جنسيات مختلفة ضبطوا داخل المستودعين في الدمام.",
        "وقال إن 9 أشخاص قبض عليهم في جدة.",
    ],
)
def test_people_said_seized_after_who_they_are(text) -> None:
    assert only(extract_text(text, PUB), "arrested").value.value == 9


def test_people_of_a_nationality_at_work_are_not_arrested() -> None:
    cs = extract_text("وأضاف أن تسعة عمال من الجنسية الهندية يعملون في المصنع في جدة.", PUB)
    assert not [c for c in cs if c.field == "arrested"], [(c.field, c.value) for c in cs]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("وقال المصدر إن المضبوطات كانت تحمل شعارات 14 علامة تجارية في الدمام.", "count:علام", 14),
        ("كانت السفينة تحمل 12 بحاراً حين جنحت قبالة الدمام.", "on_board", 12),
        ("كان القارب يحمل 30 مهاجراً حين غرق قبالة طرابلس.", "on_board", 30),
    ],
)
def test_a_verb_of_carrying_carries_people_or_counts_things(text, field, value) -> None:
    assert only(extract_text(text, PUB), field).value.value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("تتجاوز قيمتها السوقية 4 ملايين ريال", "more_than"),
        ("يتجاوز عددهم 300 شخص", "more_than"),
        ("يتجاوز عدد المصابين 40 شخصاً", "more_than"),
        ("لا يتجاوز عددهم 300 شخص", "at_most"),
        ("لا يتجاوز عدد المصابين 40 شخصاً", "at_most"),
        ("يبلغ عددهم 300 شخص", "exact"),
    ],
)
def test_a_verb_of_exceeding_before_what_it_measures(text, qualifier) -> None:
    from recon.numbers import find_quantities

    assert [q.quantity.qualifier.value for q in find_quantities(text)] == [qualifier]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("وجثة بحار في الأربعينيات من عمره", []),
        ("وهي سيدة في الخمسينيات من العمر", []),
        ("في السبعينيات من القرن الماضي", [(1970, 1979)]),
        ("شهدت المدينة في الثمانينيات فيضانات مماثلة", [(1980, 1989)]),
    ],
)
def test_a_decade_of_someone_s_age_is_no_date(text, years) -> None:
    from recon.dates import find_dates

    got = [(m.value.low.year, m.value.high.year) for m in find_dates(text, published=PUB)]
    assert got == years


def test_a_figure_beside_an_age_in_decades_is_not_dated_to_them() -> None:
    text = (
        "وتمكن زورقان من انتشال ثمانية بحارة أحياء وجثة بحار في الأربعينيات من عمره قبالة الحسيمة."
    )
    assert not [c.field for c in extract_text(text, PUB) if c.field.endswith(":1940")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ويبلغ عدد سكان مدينة سيئون نحو 120 ألف نسمة، وفق آخر تعداد.", 120_000),
        ("وتعد الولاية، التي يقطنها قرابة 450 ألف نسمة، من أفقر الجهات في تونس.", 450_000),
    ],
)
def test_inhabitants_counted_by_nasama_are_a_population(text, value) -> None:
    assert only(extract_text(text, PUB), "population").value.value == value


def test_people_counted_otherwise_are_no_population() -> None:
    cs = extract_text("ونزح نحو 120 ألف شخص من مدينة سيئون خلال أسبوع.", PUB)
    assert not [c for c in cs if c.field == "population"], [(c.field, c.value) for c in cs]
