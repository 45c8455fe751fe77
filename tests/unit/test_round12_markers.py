"""Round 12: "عند الكيلومتر 60" is a marker along a road, 60 km.  Phrases
written for these tests, with negative cases."""

import pytest

import recon


@pytest.mark.parametrize("text", ["الكيلومتر 60", "عند الكيلومتر ٦٠", "بالكيلومتر 60"])
def test_a_definite_unit_of_length_before_digits_is_their_unit(text: str) -> None:
    q = recon.parse_quantity(text)
    assert (q.value, q.unit) == (60, "km")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("60 كيلومترا", "km"),  # the usual order
        ("ساعة و40 دقيقة", "minute"),  # a leading unit before "و" keeps its own rule
    ],
)
def test_other_orders_keep_their_reading(text: str, unit: str) -> None:
    assert recon.parse_quantity(text).unit == unit


def test_a_marker_in_an_article_is_a_distance() -> None:
    from extracting import extract_text

    text = "كاي - وأضاف أن عملية الاختطاف وقعت عند الكيلومتر 60 تقريبا بعد عبور الحدود."
    got = [(c.field, c.value.value) for c in extract_text(text, "2026-03-09")]
    assert got == [("distance", 60)]
