"""A definite cardinal after the people it counts: a broken plural the
units list as persons ("البحارة الخمسة") and the teens ("البحارة الاثنا
عشر", "المعتقلين الخمسة عشر") as well as sound plurals and three to ten.
Sentences written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2024-03-06"


def values(text: str) -> list[float]:
    return [c.value.value for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_a_broken_plural_of_people() -> None:
    assert values("وصل البحارة الخمسة إلى ميناء الحسيمة.") == [5]


def test_the_teens() -> None:
    assert values("وقال إن البحارة الاثنا عشر كانوا على متن المركب في ميناء الحسيمة.") == [12]
    assert values("أفرجت السلطات عن المعتقلين الخمسة عشر في مدينة الحسيمة.") == [15]


def test_days_and_things_are_no_people() -> None:
    assert values("أمضى العمال الأيام الثلاثة في ميناء الحسيمة.") == []
    # Round 17: things so counted are a count of those things, never people
    # (this test once asked for no claim at all).
    got = [
        (c.field, c.value.value)
        for c in extract_text("ورست المراكب الخمسة عشر في ميناء الحسيمة.", PUB)
    ]  # type: ignore[union-attr]
    assert got == [("count:boat", 15)]
