"""A figure after "سبق ل… أن" / "سبق أن" (had previously) in its sentence
tells an earlier event: its field gets ":earlier" (recon.extract).
Sentences written for these tests, with negative cases."""

from types import SimpleNamespace

from extracting import extract_text
from hypothesis import given
from hypothesis import strategies as st

from recon import _as_of, lexicon

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


def test_a_figure_after_a_second_marker_is_earlier() -> None:
    got = fields("وقتل 5 أشخاص في مدينة صفاقس، وسبق أن قتل 2 في حادث مماثل، وسبق أن أصيب 7 آخرون.")
    assert ("killed", 5) in got
    assert ("killed:earlier", 2) in got


_MARKERS = ("سبق", "ان", "أن", "قتل", "في", "لهم", "اخرون")


@given(st.lists(st.sampled_from(_MARKERS), max_size=30), st.integers(0, 31))
def test_read_once_a_sentence_as_scanned_per_figure(keys: list[str], at: int) -> None:
    """The marker read once per sentence says of every token what a scan
    back from that token says (the reading it replaced)."""
    at %= len(keys) + 1  # a figure's token is in its sentence
    words = lexicon.word_set("fields", "previously_words")
    reach = _as_of._PREVIOUSLY_REACH
    per_figure = any(
        keys[k] in words
        and any(keys[j] in ("أن", "ان") for j in range(k + 1, min(at, k + 2 + reach)))
        for k in range(at)
    )
    once = _as_of.previously_from(SimpleNamespace(keys=keys))  # type: ignore[arg-type]
    assert (once < at) == per_figure
