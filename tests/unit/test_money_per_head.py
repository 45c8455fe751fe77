"""Amounts per person or thing, and amounts restated in another currency
(recon._money_per, fields.toml per_words / conversion_words).  Sentences
written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-04-20"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_two_rates_of_one_scheme_get_their_own_field() -> None:
    got = fields(
        "وقررت الحكومة في الأردن صرف 5 آلاف دينار لذوي كل متوفى، و1000 دينار لكل مصاب في الحادث."
    )
    assert ("money:per_killed", 5000) in got
    assert ("money:per_injured", 1000) in got


def test_per_injured_with_a_money_object() -> None:
    got = fields("وقدمت بلدية صفاقس تعويضات بقيمة 3 آلاف دينار لكل جريح في الحادث.")
    assert [f for f, v in got if v == 3000] == ["money:aid:per_injured"]


def test_per_family_or_person_is_not_a_rate_of_its_own() -> None:
    # Aid per family or per person is the aid itself (no casualty named).
    got = fields("وقدمت بلدية صفاقس مساعدات بقيمة 300 دينار لكل أسرة متضررة من الفيضانات.")
    assert ("money:aid", 300) in got
    got = fields("وخصصت وزارة الشؤون الاجتماعية في لبنان 200 دولار لكل شخص نازح.")
    assert [f for f, v in got if v == 200] == ["money"]


def test_a_total_amount_has_no_per() -> None:
    got = fields("وأعلنت وزارة المالية في مصر تخصيص 50 مليون جنيه لإعادة إعمار المنطقة.")
    assert [f for f, v in got if v == 50_000_000] == ["money:reconstruction"]
    got = fields("وبلغت قيمة الأضرار في ليبيا 20 مليون دينار، كما تضرر كل منزل في الحي.")
    assert [f for f, v in got if v == 20_000_000] == ["money:damage"]


def test_a_bracketed_conversion_is_not_a_second_claim() -> None:
    got = fields("وصرفت وزارة التضامن في مصر 50 ألف جنيه (نحو ألف دولار) لكل أسرة.")
    assert [v for f, v in got if f.startswith("money")] == [50_000]


def test_an_amount_in_brackets_after_words_is_a_claim() -> None:
    # The bracket holds an amount of its own, not the previous one restated.
    got = fields("وبلغت خسائر الموسم في تونس 8 ملايين دينار (منها 3 ملايين دينار في جندوبة وحدها).")
    assert len([v for f, v in got if f.startswith("money")]) == 2


def test_two_amounts_without_brackets_are_both_claims() -> None:
    got = fields("وتبرعت قطر في السودان بـ 10 ملايين دولار، والكويت بـ 5 ملايين دولار.")
    assert sorted(v for f, v in got if f.startswith("money")) == [5_000_000, 10_000_000]
