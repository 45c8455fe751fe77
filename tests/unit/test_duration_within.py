"""A time allowed ("ستنجز الأعمال خلال 45 يوماً") is a duration of its own;
"خلال 24 ساعة الماضية" (a past window) and "قبل 3 أيام" (an offset) are not
claims (fields.toml within_words, past_words).  Sentences written for these
tests."""

from extracting import extract_text

PUB = "2026-05-11"


def durations(text: str) -> list[float]:
    return [c.value.value for c in extract_text(text, PUB) if c.field.startswith("duration")]  # type: ignore[union-attr]


def test_a_time_allowed_is_a_duration() -> None:
    assert durations(
        "وقالت محافظة البصرة إن أعمال الصيانة في ميناء أم قصر ستنجز خلال 45 يوما."
    ) == [45]


def test_a_past_window_is_not() -> None:
    assert durations("وسجلت مدينة البصرة 12 إصابة خلال 24 ساعة الماضية.") == []


def test_an_offset_is_not() -> None:
    assert durations("وكان الجسر في مدينة البصرة قد أغلق قبل 3 أيام.") == []


def test_the_window_of_a_figure_is_not() -> None:
    assert durations("وقالت الأمم المتحدة إن 12 ألف شخص نزحوا من مدينة حماة خلال أسبوع واحد.") == []
