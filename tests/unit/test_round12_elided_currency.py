"""Round 12: an amount right after another, with only "و" between and no
unit of its own, is in the same currency.  Sentences written for these
tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-03-09"


def money(text: str) -> list[tuple[str, float, str]]:
    return [(c.field, c.value.value, c.value.unit) for c in extract_text("القاهرة - " + text, PUB)]


def test_the_second_amount_s_currency_goes_unsaid() -> None:
    got = money("وصرف المحافظ 50 ألف جنيه لأسرة كل متوفى و10 آلاف لكل مصاب.")
    assert got == [("money:per_killed", 50_000, "EGP"), ("money:per_injured", 10_000, "EGP")]


def test_two_amounts_for_one_object() -> None:
    got = money("وخصصت الحكومة 5 ملايين دولار و3 ملايين أخرى لإعادة الإعمار.")
    assert [u for _, _, u in got] == ["USD", "USD"]


@pytest.mark.parametrize(
    "text",
    [
        "وصرف 50 ألف جنيه وأصيب 10 أشخاص.",  # people, not an amount
        "وصرف 50 ألف جنيه، وبعد ذلك بأيام طويلة وفي ظروف صعبة أخرى نقل 10 مصابين.",
    ],
)
def test_a_figure_of_something_else_keeps_its_own_reading(text: str) -> None:
    assert all(u == "EGP" for f, _, u in money(text) if f.startswith("money"))
    assert not any(f.startswith("money") and v == 10 for f, v, _ in money(text))
