"""A private person's own figure is the person's, not the place's
(``recon._individuals``).  Sentences written for these tests, with negative
cases: people speaking for others, officials, and plural groups."""

import pytest
from extracting import extract_text

PUB = "2026-02-11"


def entities(text: str) -> list[str]:
    return [c.entity for c in extract_text("دهوك - " + text, PUB)]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "وقال المربي سليمان حجي من قضاء سميل لرووداو إنه خسر 11 بقرة خلال أسبوع.",
            "المربي سليمان حجي",
        ),
        ("وقال أبو علي، وهو مزارع من زاخو يملك 10 بيوت محمية، إن الصقيع أحرق كل شيء.", "أبو علي"),
        (
            "وقال سائق الشاحنة محمود (52 عاماً) إنه ينتظر منذ يومين مع حمولة تزن 30 طناً في دهوك.",
            "سائق الشاحنة محمود",
        ),
        ("وقالت النازحة أم محمد إنها دفعت 300 ألف دينار أجرة للطريق من دهوك.", "النازحة أم محمد"),
    ],
)
def test_a_persons_own_figure_is_theirs(sentence: str, person: str) -> None:
    assert entities(sentence) == [person]


@pytest.mark.parametrize(
    "sentence",
    [
        # Many people speaking of the place.
        "وقال المزارعون إن 300 هكتار تضررت في دهوك.",
        # An official speaking of the place.
        "وقال مدير الزراعة في دهوك إنه تم إحصاء 300 بيت متضرر.",
        # A person named, but the figure is not said to be theirs.
        "وأوضح المزارع أبو علي أن الصقيع أتلف 300 بيت في دهوك.",
    ],
)
def test_a_figure_spoken_for_others_stays_the_places(sentence: str) -> None:
    assert entities(sentence) == ["دهوك"]


def test_an_impersonal_that_clause_is_about_no_one() -> None:
    text = "وأوضح المزارع أبو علي أنه تم إحصاء 300 بيت متضرر في دهوك."
    assert entities(text) == ["دهوك"]
