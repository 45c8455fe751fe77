"""A figure right after "بدلاً من" / "عوضاً عن" is the value another
replaced, not a claim (fields.toml replaced_words).  Sentences written for
these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-08-03"


def values(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_the_former_supply_hours_are_no_claim() -> None:
    got = values(
        "وقالت الشركة إن المياه ستضخ إلى أحياء مدينة الزرقاء 30 ساعة أسبوعيا بدلا من 48 ساعة."
    )
    assert [v for _, v in got] == [30]


def test_instead_of_with_an_amount() -> None:
    got = values("ورفعت بلدية مدينة إربد سعر الصهريج إلى 40 دينارا عوضا عن 25 دينارا.")
    assert 40 in [v for _, v in got]
    assert 25 not in [v for _, v in got]


def test_a_figure_not_after_instead_of_stays() -> None:
    # negative case: "بدل" far before the figure changes nothing
    got = values("وطالب السكان ببدل نقدي، وقالت البلدية إن 25 صهريجا وزعت في مدينة إربد.")
    assert ("count:tanker", 25) in got
