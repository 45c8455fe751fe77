"""A figure after a label word ("الطريق 6", "المادة 140") is a label, unless
a unit or counted noun follows it: "إغلاق الطريق 3 أيام" counts days, "على
الطريق 5 سيارات" counts cars.  A scale and a currency abbreviated after a
figure ("150 م.د", "500 أ.د") multiply it.  Phrases written for this test."""

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


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("رصدت الحكومة 150 م.د لتسريع المشاريع", 150_000_000),
        ("رصدت الحكومة ١٥٠ م.د لتسريع المشاريع", 150_000_000),
        ("بكلفة 500 أ.د", 500_000),
    ],
)
def test_a_scale_and_a_currency_abbreviated_multiply(phrase: str, value: int) -> None:
    got = [(q.quantity.value, q.quantity.unit) for q in find_quantities(phrase, country="tn")]
    assert got == [(value, "TND")]


def test_a_bare_metre_abbreviation_stays_a_length() -> None:
    got = [(q.quantity.value, q.quantity.unit) for q in find_quantities("على بعد 5 م من الشاطئ")]
    assert got == [(5, "m")]
