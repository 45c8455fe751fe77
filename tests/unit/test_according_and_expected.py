"""A facility a figure is "according to" is its source, not where the figure
happened (entities.toml according_openers; recon._sourcing.according_to),
and a duration after an imperfect "take" is expected, not spent (fields.toml
expected_duration_verbs: "duration:expected").  Sentences written for these
tests, with negative cases."""

from extracting import extract_text

PUB = "2026-03-03"


def claims(text: str) -> list[tuple[str, float, str]]:
    return [(c.field, c.value.value, c.entity) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


LEAD = (
    "ارتفع عدد المصابين في حادث انقلاب حافلة قرب مدينة سبها إلى 17 مصاباً، "
    "وفق ما أكده مستشفى سبها الطبي، اليوم الأحد. "
)


def test_a_source_hospital_owns_no_later_figure() -> None:
    got = claims(LEAD + "وأعلنت الشركة صرف تعويض قدره 500 دينار لكل راكب.")
    assert "مستشفى سبها الطبي" not in [e for f, v, e in got if f.startswith("money")]


def test_a_hospital_that_is_no_source_still_does() -> None:
    got = claims(
        "ارتفع عدد المصابين في حادث انقلاب حافلة قرب مستشفى سبها الطبي إلى 17 مصاباً، "
        "اليوم الأحد. وأعلنت الشركة صرف تعويض قدره 500 دينار لكل راكب."
    )
    assert [e for f, v, e in got if f.startswith("money")] == ["مستشفى سبها الطبي"]


def test_an_expected_duration_is_not_a_duration_spent() -> None:
    got = claims("وقال المتحدث إن التحقيق في حادث مطار الأبرق قد يستغرق ما بين 20 و40 يوماً.")
    assert [f for f, v, e in got] == ["duration:expected"]


def test_a_past_take_is_a_duration() -> None:
    got = claims("وقال المتحدث إن التحقيق في حادث مطار الأبرق استغرق 20 يوماً.")
    assert [f for f, v, e in got] == ["duration"]
