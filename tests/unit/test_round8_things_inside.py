"""A figure inside a "number of" phrase, as the object of a verb that takes
things ("ارتفع عدد الموقوفين في قضية تهريب 10 ملايين حبة … إلى 5 أشخاص"),
counts its own noun, not the phrase's people (recon._field_generic.counts_in).
Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-02-10"


def fields(text: str) -> list[tuple[str, str]]:
    return [(c.field, c.value.raw) for c in extract_text(text, PUB)]


@pytest.mark.parametrize("verb", ["تهريب", "ضبط", "مصادرة"])
def test_the_things_of_a_case_are_not_the_arrested(verb: str) -> None:
    text = f"ارتفع عدد الموقوفين في قضية {verb} قرابة 10 ملايين حبة عبر ميناء جدة إلى 5 أشخاص."
    got = fields(text)
    assert ("count:حبه", "قرابة 10 ملايين") in got
    assert not any(f == "arrested" and "10" in raw for f, raw in got)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("ارتفع عدد الموقوفين في جدة إلى 5.", "arrested"),
        ("بلغ عدد القتلى في جدة 7 رعاة.", "killed"),  # no verb of things between
        ("بلغ عدد الموقوفين في جدة 12 موقوفا.", "arrested"),
    ],
)
def test_the_phrases_own_figure(text: str, field: str) -> None:
    assert [f for f, _ in fields(text)] == [field]
