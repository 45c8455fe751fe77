"""Areas, weights and volumes add up over time like counts and money: one
summed over a past season or year ("خلال صائفة 2023", "خلال العام الماضي")
is a running total, field "<field>:period", never the event's own figure.
Sentences written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-08-12"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_an_area_over_a_past_season_is_a_period_total() -> None:
    got = fields("وكانت ولاية بجاية قد فقدت خلال صائفة 2022 نحو 40 ألف هكتار من الغابات.")
    assert ("area:period", 40_000) in got


def test_a_weight_over_last_year_is_a_period_total() -> None:
    got = fields("وصدّر المغرب خلال العام الماضي أكثر من 700 ألف طن من الطماطم.")
    assert ("weight:period", 700_000) in got


def test_the_event_s_own_area_is_not() -> None:
    got = fields("وأتت النيران في ولاية بنزرت على 450 هكتارا خلال يومين.")
    assert ("area", 450) in got
    got = fields("واحترق في سليانة نحو 90 هكتارا من الغابات خلال الصيف.")
    assert ("area", 90) in got


def test_a_stock_held_since_a_while_is_not_a_sum() -> None:
    # "منذ ست سنوات" says how long the stock was held, not a total over them.
    got = fields("وقال مسؤول إن نحو 500 طن من الأسمدة كانت مخزنة في ميناء طرابلس منذ ست سنوات.")
    assert [f for f, v in got if v == 500] == ["weight"]


def test_a_distance_is_never_summed() -> None:
    got = fields("وقطعت القافلة في ليبيا خلال العام الماضي مسافة 300 كيلومتر.")
    # (an earlier year's, as any figure dated then, but not a sum)
    assert [f for f, v in got if v == 300] == ["distance:2024"]
