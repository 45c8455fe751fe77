"""A clause opened by "when" right after a past-period clause is set in
that past time (fields.toml when_openers): its figures are running totals
or an earlier event's, field ":period", never this event's.  Sentences
written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-09-03"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_a_when_clause_after_since_a_year() -> None:
    got = fields(
        "وهذه أكبر حصيلة في مدينة درنة منذ أيلول/سبتمبر 2023، حين لقي أكثر من 4 آلاف شخص حتفهم."
    )
    assert ("killed:period", 4000) in got


def test_a_when_clause_after_this_event_is_this_event() -> None:
    got = fields("وغرق 12 مهاجرا قبالة مدينة صفاقس، حين انقلب القارب فجر الأحد.")
    assert ("killed", 12) in got


def test_a_when_clause_after_a_clause_without_a_period() -> None:
    got = fields("وقال الدفاع المدني في مدينة حماة، حين أعلن الحصيلة، إن 7 أشخاص قتلوا.")
    assert ("killed", 7) in got
