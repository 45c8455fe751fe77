""" "في البلاد" refers to the article's country; when the body never names
one, to the country its dateline names ("الكويت - (كونا) --").  Sentences
written for these tests, with a negative case."""

from extracting import extract_text

PUB = "2025-07-15"
LEAD = "سجل مؤشر الأحمال 17850 ميغاواط. وأوضح الوكيل أن 3 وحدات في محطة الزور الجنوبية توقفت. "
CAPACITY = "وأضاف أن القدرة المركبة في البلاد تبلغ نحو 18900 ميغاواط."


def _entity_of(text: str, value: float) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.value.value == value]  # type: ignore[union-attr]


def test_the_country_in_the_dateline_is_the_country_of_the_body() -> None:
    assert _entity_of("الكويت - 15 - 7 (كونا) -- " + LEAD + CAPACITY, 18900) == ["الكويت"]


def test_with_no_country_anywhere_the_figure_stays_with_the_story() -> None:
    assert _entity_of(LEAD + CAPACITY, 18900) == ["محطة الزور الجنوبية"]
