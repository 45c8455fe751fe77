"""A clause opened by a relative pronoun that refers back to the time the
clause before names ("…، التي بلغت خلالها المفرغات 45 ألفا و100 طن") is
dated by it: last year's figure is last year's.  Sentences written for this
test, with a negative case."""

from extracting import extract_text

PUB = "2025-07-10"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_during_which_dates_the_clause_by_the_one_before() -> None:
    got = fields(
        "أفرغ الصيادون في ميناء أكادير 38 ألفا و400 طن من السردين، مسجلة تراجعا بنسبة 14,8"
        " في المائة مقارنة مع الفترة نفسها من السنة الماضية، التي بلغت خلالها المفرغات"
        " 45 ألفا و100 طن."
    )
    assert ("weight", 38_400) in got and ("weight:2024", 45_100) in got


def test_a_relative_clause_that_does_not_refer_back_is_not_dated() -> None:
    got = fields(
        "أفرغ الصيادون 38 ألف طن بتراجع 14 في المائة مقارنة مع السنة الماضية، التي شهدت"
        " أمطارا غزيرة وبلغت المفرغات 45 ألف طن في ميناء أكادير."
    )
    assert ("weight", 45_000) in got
