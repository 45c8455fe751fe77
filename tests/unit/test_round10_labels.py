"""A figure after a label word ("الطريق 6", "المادة 140") is a label, unless
a unit or counted noun follows it: "إغلاق الطريق 3 أيام" counts days, "على
الطريق 5 سيارات" counts cars.  Phrases written for this test."""

import pytest

from recon.numbers import find_quantities


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("استمر إغلاق الطريق ثلاثة أيام", 3, "day"),
        ("استمر إغلاق الطريق 3 أيام", 3, "day"),
        ("تعطلت على الطريق 5 سيارات", 5, "item"),
        ("امتد الإغلاق في المنطقة 10 كيلومترات", 10, "km"),
    ],
)
def test_a_counted_figure_after_a_label_word_is_an_amount(phrase: str, value: int, unit: str) -> None:
    got = [(q.quantity.value, q.quantity.unit) for q in find_quantities(phrase)]
    assert got == [(value, unit)]


@pytest.mark.parametrize(
    "phrase",
    ["سلك الطريق 6 باتجاه الشمال", "نصت المادة 140 من الدستور", "القرار 2334", "الطريق 6 السريع", "اللواء 55"],
)
def test_a_bare_figure_after_a_label_word_is_a_label(phrase: str) -> None:
    assert find_quantities(phrase) == []
