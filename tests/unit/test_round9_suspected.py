"""Suspected cases of a disease are a field of their own ("suspected"),
never the confirmed cases ("infected"); dengue, malaria and their kin make
a sentence about a disease.  Sentences written for these tests."""

import pytest
from extracting import extract_text

PUB = "2026-09-09"


def fields(text: str) -> list[tuple[str, str]]:
    return [(c.field, c.value.unit) for c in extract_text(text, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "كسلا - أقرت وزارة الصحة بتسجيل 1870 حالة اشتباه بحمى الضنك في مدينة كسلا.",
        "كسلا - قالت الشبكة إن عدد حالات الاشتباه بالمرض في المدينة بلغ 3200 حالة حتى الأربعاء.",
        "الحديدة - سجلت السلطات 420 حالة مشتبه بها بالكوليرا في الحديدة.",
    ],
)
def test_suspected_cases(text: str) -> None:
    assert fields(text) == [("suspected", "person")]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("كسلا - سجلت الوزارة 40 حالة إصابة مؤكدة بحمى الضنك في كسلا.", "infected"),
        ("كسلا - سجلت الوزارة 40 إصابة بالملاريا في كسلا.", "infected"),
        ("كسلا - أصيب 40 شخصا في حادث سير في كسلا.", "injured"),  # no disease: wounded
        ("كسلا - اعتقلت الشرطة 5 مشتبه بهم في كسلا.", "arrested"),  # suspects of a crime
    ],
)
def test_not_suspected_cases(text: str, field: str) -> None:
    assert [f for f, _ in fields(text)] == [field]
