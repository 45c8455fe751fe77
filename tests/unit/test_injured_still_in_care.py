"""Injured said to be still in care are a part of the injured (field
"injured:still", fields.toml still_words), never a revision of their
number; the missing "still missing" are the missing.  Sentences written
for these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-05-12"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_injured_still_under_observation() -> None:
    got = fields("وقال مدير مستشفى الزرقاء إن 3 مصابين لا يزالون تحت المراقبة.")
    assert ("injured:still", 3) in got


def test_the_injured_are_still_the_injured() -> None:
    got = fields("وأصيب 17 شخصا في انفجار بمدينة الزرقاء، ونقلوا إلى المستشفى لتلقي العلاج.")
    assert ("injured", 17) in got
    assert not [f for f, _ in got if f == "injured:still"]


def test_still_missing_stays_missing() -> None:
    got = fields("وقالت البحرية في مدينة آسفي إن 6 بحارة ما زالوا مفقودين.")
    assert ("missing", 6) in got


def test_a_still_word_in_a_later_clause_is_not_read() -> None:
    got = fields("وأصيب 9 عمال في مصنع بمدينة المحلة، فيما لا تزال النيران مشتعلة.")
    assert ("injured", 9) in got
