"""Table-driven tests of the Arabic number grammar (recon.numbers)."""

from __future__ import annotations

import math

import pytest
from phrases_numbers import NOT_QUANTITIES, QUANTITIES

from recon import lexicon
from recon.errors import ReconError
from recon.model import Qualifier, Quantity
from recon.numbers import QuantityMatch, find_quantities, parse_quantity


def _close(a: float, b: float) -> bool:
    return a == b or math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize(("phrase", "value", "unit", "qual", "low", "high"), QUANTITIES)
def test_phrase(phrase: str, value, unit, qual, low, high) -> None:
    q = parse_quantity(phrase)
    if value is None:
        assert q is None
        return
    assert q is not None, phrase
    assert _close(q.value, value), (phrase, q)
    assert q.unit == unit, (phrase, q)
    assert q.qualifier is Qualifier(qual), (phrase, q)
    if low is not None:
        assert _close(q.low, low), (phrase, q)
    if high is not None:
        assert _close(q.high, high), (phrase, q)
    assert q.low <= q.value <= q.high
    assert q.raw and q.raw in phrase


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text: str) -> None:
    assert find_quantities(text) == [], text
    assert parse_quantity(text) is None


# (sentence, [(covered text, value, unit, noun)]): spans must point into the
# original text, whatever diacritics, tatweel or digit script it uses.
SENTENCES = [
    (
        "وقال المتحدث إنّ التحالف سيسحب ٣٠٠ جنديّ ومتعاقد من المعسكر، وستترك معدات تقدر قيمتها بمليون دولار.",
        [
            ("٣٠٠ جنديّ", 300, "person", "جندي"),
            ("تقدر قيمتها بمليون دولار", 1000000, "USD", "دولار"),
        ],
    ),
    (
        "أسفر الوباء عن وفاة 29 عراقيـــاً على الأقل وإصابة 350 آخرين.",
        [("29 عراقيـــاً على الأقل", 29, "person", "عراقي"), ("350 آخرين", 350, "person", "آخر")],
    ),
    (
        "وحاليًا، فإن 2500 مدرّباً، أي ما يقارب ثلث قوات التحالف، غادروا البلاد منذ 2017.",
        [("2500 مدرّباً", 2500, "person", "مدرب")],
    ),
    (
        "أعلنت الوزارة في 26 آذار/مارس تسجيل ٣١ حالة وفاة و89 حالة شفاء.",
        [("٣١ حالة وفاة", 31, "person", "وفاة"), ("89 حالة", 89, "item", "حالة")],
    ),
    (
        "يبعد معسكر (K1) نحو ١٥ كيلومتراً عن كركوك، وقاعدة ك 1 على بعد 16 كلم.",
        [("نحو ١٥ كيلومتراً", 15, "km", "كيلومتر"), ("16 كلم", 16, "km", "كيلومتر")],
    ),
    (
        "ارتفع عدد المصابين من 300 إلى 363 خلال يومين.",
        [("300", 300, "", None), ("363", 363, "", None), ("يومين", 2, "day", "يوم")],
    ),
    (
        "قُتل ما بين ١٠ و٢٠ مدنياً، وأصيب العشرات بجروح في غارات شنّتها ١٢ طائرةً.",
        [
            ("ما بين ١٠ و٢٠ مدنياً", 15, "person", "مدني"),
            ("العشرات", 59.5, "", None),
            ("١٢ طائرةً", 12, "item", "طائرة"),
        ],
    ),
    (
        "وبلغت نسبة التضخم ١٢٫٥٪ في أيار/مايو ٢٠٢٣، مقابل ٨٫٢ في المئة العام الماضي.",
        [("١٢٫٥٪", 12.5, "percent", "%"), ("٨٫٢ في المئة", 8.2, "percent", "في المئة")],
    ),
    (
        "خصصت الحكومة مليوناً و700 ألف دينار كويتي لإغاثة نحو ثلاثة آلاف أسرة.",
        [
            ("مليوناً و700 ألف دينار كويتي", 1700000, "KWD", "دينار"),
            ("نحو ثلاثة آلاف أسرة", 3000, "item", "أسرة"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_spans_in_sentences(sentence: str, expected) -> None:
    found = find_quantities(sentence)
    got = [(sentence[m.start : m.end], m.quantity.value, m.quantity.unit, m.noun) for m in found]
    assert len(got) == len(expected), got
    for (cover, v, u, noun), m in zip(expected, found, strict=True):
        assert sentence[m.start : m.end] == cover
        assert m.quantity.raw == cover
        assert _close(m.quantity.value, v)
        assert m.quantity.unit == u
        assert m.noun == noun
        assert 0 <= m.start <= m.number_start < m.number_end <= m.end <= len(sentence)
        if noun is not None:
            assert m.noun_start is not None and m.noun_end is not None
            assert m.start <= m.noun_start < m.noun_end <= m.end


def test_number_and_noun_spans() -> None:
    s = "انسحاب ٥٢٠٠ جنديٍّ أميركيٍّ من البلاد"
    (m,) = find_quantities(s)
    assert isinstance(m, QuantityMatch)
    assert s[m.number_start : m.number_end] == "٥٢٠٠"
    assert m.noun_start is not None and m.noun_end is not None
    assert s[m.noun_start : m.noun_end] == "جنديٍّ"


def test_particle_not_in_span() -> None:
    s = "وخصصت بمليون دولار ولنحو ثلاث سنوات"
    a, b = find_quantities(s)
    assert s[a.start : a.end] == "مليون دولار"
    assert s[b.start : b.end] == "نحو ثلاث سنوات"


def test_article_with_many_figures_in_order() -> None:
    text = (
        "بغداد (أ ف ب) - أعلن التحالف الدولي سحب 800 جندي من قاعدة القيارة، "
        "وتسليم معدات بقيمة 1.7 مليون دولار إلى القوات العراقية. "
        "وكانت فرنسا قد نشرت نحو 200 عسكري، بينهم 160 يتولون التدريب، "
        "فيما تنشر تشيكيا حنو ثلاثين عسكريا. وتقع القاعدة على بعد 60 كلم جنوب الموصل."
    )
    got = [
        (m.quantity.value, m.quantity.unit, m.quantity.qualifier.value)
        for m in find_quantities(text)
    ]
    assert got == [
        (800, "person", "exact"),
        (1700000, "USD", "exact"),
        (200, "person", "approx"),
        (160, "", "exact"),
        (30, "person", "approx"),
        (60, "km", "exact"),
    ]


def test_years_are_not_counts_but_counted_years_are() -> None:
    assert find_quantities("عام 2014") == []
    q = parse_quantity("2014 جنديا")
    assert q is not None and q.value == 2014 and q.unit == "person"
    q = parse_quantity("نحو 2000")
    assert q is not None and q.value == 2000 and q.qualifier is Qualifier.APPROX


def test_vague_and_range_have_explicit_bounds() -> None:
    q = parse_quantity("عشرات الآلاف")
    assert q is not None and (q.low, q.high) == (20000, 99999) and q.qualifier is Qualifier.VAGUE
    q = parse_quantity("من 10 إلى 20")
    assert q is not None and (q.low, q.value, q.high) == (10, 15, 20)


def test_change_is_two_figures_not_a_range() -> None:
    got = [m.quantity.value for m in find_quantities("ارتفع العدد من 300 إلى 363")]
    assert got == [300, 363]


def test_returns_model_quantity() -> None:
    q = parse_quantity("نحو 200 عسكري")
    assert isinstance(q, Quantity)
    assert q.interval(0.1) == pytest.approx((180, 220))


@pytest.mark.parametrize("bad", [None, 42, b"200", ["200"]])
def test_non_str_raises_recon_error(bad: object) -> None:
    with pytest.raises(ReconError):
        find_quantities(bad)  # type: ignore[arg-type]
    with pytest.raises(ReconError):
        parse_quantity(bad)  # type: ignore[arg-type]


def test_unknown_language_is_a_recon_error() -> None:
    with pytest.raises(ReconError):
        parse_quantity("200", lang="xx")


def test_user_lexicon_adds_a_counted_noun(tmp_path, monkeypatch) -> None:
    assert parse_quantity("12 فرقاطة") == Quantity(value=12)
    (tmp_path / "ar").mkdir()
    (tmp_path / "ar" / "units.toml").write_text(
        '[nouns.item]\n"فرقاطة" = ["فرقاطات"]\n', encoding="utf-8"
    )
    monkeypatch.setenv("RECON_LEXICON_PATH", str(tmp_path))
    lexicon.clear_cache()
    try:
        q = parse_quantity("12 فرقاطة")
        assert q is not None and q.unit == "item"
        (m,) = find_quantities("سقوط فرقاطتين")
        assert m.noun == "فرقاطة" and m.quantity.value == 2
        assert parse_quantity("5200 جندي") == Quantity(value=5200, unit="person")
    finally:
        monkeypatch.delenv("RECON_LEXICON_PATH")
        lexicon.clear_cache()
    assert parse_quantity("12 فرقاطة") == Quantity(value=12)


# Ranges whose figures each carry a scale word, or share the second one's.
SCALED_RANGES = [
    ("قدّرت الأمم المتحدة عدد النازحين بما بين 280 ألفا و300 ألف شخص", 280_000, 300_000, "person"),
    ("أجبرت المعارك ما بين 10 آلاف و20 ألف شخص على الفرار", 10_000, 20_000, "person"),
    ("تتراوح كلفة الإعمار بين 200 ألف و300 ألف دولار", 200_000, 300_000, "USD"),
    ("يحتاج القطاع من 3 إلى 5 ملايين دولار شهريا", 3_000_000, 5_000_000, "USD"),
    ("نزح بين 1.5 مليون و2 مليون شخص منذ بدء الحرب", 1_500_000, 2_000_000, "person"),
    ("يقدر عدد المقاتلين بين خمسة آلاف وستة آلاف مقاتل", 5_000, 6_000, "person"),
    ("وتراوحت الخسائر بين 2 و3 مليارات دولار", 2_000_000_000, 3_000_000_000, "USD"),
]


@pytest.mark.parametrize(("sentence", "low", "high", "unit"), SCALED_RANGES)
def test_range_with_scale_words(sentence: str, low: int, high: int, unit: str) -> None:
    (m,) = [m for m in find_quantities(sentence) if m.quantity.qualifier is Qualifier.RANGE]
    assert (m.quantity.low, m.quantity.high, m.quantity.unit) == (low, high, unit)
    assert all(m2.quantity.value not in (1000, 1_000_000) for m2 in find_quantities(sentence)), (
        "the second figure's scale word was read as a figure of its own"
    )


def test_a_scale_after_a_lower_group_still_joins_the_chain() -> None:
    # The fix for "280 ألفا و300 ألف" must not split real compound figures.
    assert parse_quantity("رصدت الحكومة مليونا و700 ألف دولار") == Quantity(
        value=1_700_000, unit="USD", raw="مليونا و700 ألف دولار"
    )
    assert parse_quantity("ثلاثة ملايين وخمسمئة ألف نسمة").value == 3_500_000  # type: ignore[union-attr]
    # Without "بين" two scaled figures joined by و are two figures.
    found = find_quantities("سجلت 280 ألفا و300 ألف")
    assert [m.quantity.value for m in found] == [280_000, 300_000]


CURRENCY_CONTEXT = [
    # (sentence, article country, expected unit)
    ("ارتفع سعر ربطة الخبز إلى 1500 ليرة في دمشق", "sy", "SYP"),
    ("وتجاوز سعر صفيحة البنزين 400 ألف ليرة في بيروت", "lb", "LBP"),
    ("رفعت أنقرة الحد الأدنى للأجور إلى 8500 ليرة", "tr", "TRY"),
    ("ارتفع سعر ربطة الخبز إلى 1500 ليرة", None, ""),
    ("دفعت الأسرة 300 درهم ثمنا للخيمة في إقليم الحوز", "ma", "MAD"),
    ("دفعت الأسرة 300 درهم ثمنا للخيمة", None, "AED"),
    ("خصصت دبي 500 مليون درهم لدعم المتضررين", "ae", "AED"),
    ("بلغت قيمة الغرامة ألف دينار", None, "IQD"),
    ("بلغت قيمة الغرامة ألف دينار", "jo", "JOD"),
    ("قدمت الكويت منحة بقيمة 50 مليون دينار", "kw", "KWD"),
    ("صرفت حكومة الوحدة الوطنية 100 دينار لكل عائلة", "ly", "LYD"),
    ("رفعت تونس أسعار الخبز المدعم إلى 250 مليم أي ربع دينار", "tn", "TND"),
    ("خصصت الجزائر 20 مليار دينار للإسكان", "dz", "DZD"),
    ("بلغ العجز 1.2 مليار دينار", "BH", "BHD"),
    ("تبلغ الكلفة 60 مليون ريال", "om", "OMR"),
    ("يتقاضى الموظف 20 ألف جنيه شهريا", "sd", "SDG"),
    # The Maghrebi press counts large sums in centimes, Tunisia small ones in millimes.
    ("رصدت الولاية غلافا ماليا بأكثر من 2 مليار سنتيم", "dz", "DZD-centime"),
    ("حجزت المصالح شحنة تقدر قيمتها بـ230 مليون سنتيم", "ma", "MAD-centime"),
    ("ارتفع ثمن الخبزة إلى 230 مليما", "tn", "TND-millime"),
    ("شحنة تقدر قيمتها بـ230 مليون سنتيم", None, ""),
]


def test_a_sum_in_centimes_is_a_sum_in_its_currency() -> None:
    from recon.units import comparable, to_base

    (m,) = find_quantities("بقيمة 230 مليون سنتيم", country="ma")
    assert comparable(m.quantity.unit, "MAD")
    assert to_base(m.quantity.value, m.quantity.unit) == pytest.approx(2_300_000)
    (m,) = find_quantities("أكثر من مليار سنتيم", country="dz")
    assert to_base(m.quantity.value, m.quantity.unit) == pytest.approx(10_000_000)
    assert not comparable("DZD-centime", "MAD")


@pytest.mark.parametrize(("sentence", "country", "unit"), CURRENCY_CONTEXT)
def test_bare_currency_noun_takes_the_articles_country(
    sentence: str, country: str | None, unit: str
) -> None:
    found = [m for m in find_quantities(sentence, country=country) if m.noun is not None]
    assert found, sentence
    assert found[-1].quantity.unit == unit


def test_currency_adjective_beats_the_articles_country() -> None:
    q = parse_quantity("تبرع بمبلغ 500 ألف ليرة تركية", country="sy")
    assert q is not None and q.unit == "TRY"
    q = parse_quantity("حوالة بقيمة 200 دينار أردني", country="iq")
    assert q is not None and q.unit == "JOD"
    (m,) = find_quantities("دفع ليرتين", country="lb")  # the dual counts two of them
    assert (m.quantity.value, m.quantity.unit) == (2, "LBP")


def test_country_must_be_a_string() -> None:
    with pytest.raises(ReconError):
        find_quantities("500 ليرة", country=12)  # type: ignore[arg-type]
