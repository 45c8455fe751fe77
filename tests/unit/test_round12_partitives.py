"""Round 12: "N من <things>" counts those things; "في اليوم الثالث" is a
day, no rate.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2026-11-03"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text("طرابلس - " + text, PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("رصدت المصلحة تشققات في 4 من ركائز الجسر.", ("count:ركايز", 4)),
        ("رصدت المصلحة تشققات في أربع ركائز للجسر.", ("count:ركايز", 4)),
        ("تضررت 12 من السيارات المتوقفة قرب الجسر.", ("count:vehicle", 12)),
        ("احترقت 15 من الخيام في المخيم.", ("count:tent", 15)),
        ("احترقت 15 من الأكواخ في المخيم.", ("count:اكواخ", 15)),
    ],
)
def test_a_figure_of_things_after_min_counts_them(text: str, want: tuple[str, float]) -> None:
    assert fields(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "نجح 3 من أصل 10.",  # the whole, not a thing
        "تضرر 5 من بين المباني.",  # "من بين": no counted noun after من
    ],
)
def test_words_after_min_that_name_no_thing(text: str) -> None:
    assert all(not f.startswith("count:" + "اصل") for f, _ in fields(text))
    assert ("count:بين", 5) not in fields(text)


def test_people_after_min_keep_their_own_field() -> None:
    assert fields("أصيب 5 من المتظاهرين في المواجهات.") == [("injured", 5)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("اكتشفت تشققات في أربع ركائز في اليوم الثالث لإغلاق الجسر.", "count:ركايز"),
        ("عبرت 300 شاحنة في اليوم التالي لفتح المعبر.", "count:truck"),
        ("تحتاج المدينة إلى 600 شاحنة في اليوم.", "count:truck:rate"),
        ("تحتاج المدينة إلى 600 شاحنة يوميا.", "count:truck:rate"),
    ],
)
def test_one_day_of_many_is_no_rate(text: str, want: str) -> None:
    assert [f for f, _ in fields(text)] == [want]


def test_a_possessive_after_min_is_read_through() -> None:
    assert fields("رصدت المصلحة تشققات في 4 من ركائزه.") == [("count:ركايز", 4)]
    # "موظفيها" is a participle plural in construct: people, never a count of things
    assert all(
        not f.startswith("count:") for f, _ in fields("وأضافت الوكالة أن 35 من موظفيها قتلوا.")
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("على طول الطريق الممتد نحو 50 كيلومتراً بين البلدة والمعبر.", "distance"),
        ("بطول 60 كيلومترا بين القريتين.", "distance"),
        ("ويبلغ طول الجسر 300 متر.", "length"),  # a thing's own length
    ],
)
def test_the_length_of_a_way_between_two_places_is_their_distance(text: str, want: str) -> None:
    assert [f for f, _ in fields(text)] == [want]
