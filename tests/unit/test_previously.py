"""A figure after "سبق ل… أن" / "سبق أن" (had previously) in its sentence
tells an earlier event: its field gets ":earlier" (recon.extract).
Sentences written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-10-21"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_an_earlier_strike() -> None:
    got = fields("وكان عمال الميناء في مدينة صفاقس قد سبق لهم أن أضربوا لمدة 4 أيام.")
    assert ("duration:earlier", 4) in got


def test_an_earlier_toll() -> None:
    got = fields("وسبق أن قتل 6 أشخاص في انهيار مماثل بمدينة صفاقس.")
    assert ("killed:earlier", 6) in got


def test_this_events_figure_is_not_earlier() -> None:
    got = fields("وقال المسؤول في مدينة صفاقس إن الإضراب سيستمر 3 أيام.")
    assert ("duration", 3) in got


def test_a_figure_before_the_marker_is_not_earlier() -> None:
    got = fields("وقتل 5 أشخاص في مدينة صفاقس، وسبق أن قتل 2 في حادث مماثل.")
    assert ("killed", 5) in got
