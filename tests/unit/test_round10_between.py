"""Facilities at the two ends of a stretch ("بين مرفأ دارين وكورنيش
القطيف") are where it starts and ends, not what its figures or the next
sentences are about; two towns a road runs between still locate what
happened on it.  Articles written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-09-09"

STRETCH = (
    "القطيف - حدد فرع الوزارة امتداد الشريط الساحلي المتأثر بنحو 7 كيلومترات "
    "بين مرفأ دارين وكورنيش القطيف.\n\n"
    "وقال المتحدث إن الفرق أخذت 36 عينة من المياه والأسماك."
)


def test_facilities_at_the_ends_of_a_stretch_own_no_figure() -> None:
    got = {c.field: c.entity for c in extract_text(STRETCH, PUB)}
    assert "مرفأ دارين" not in got.values(), got


def test_a_facility_named_alone_still_owns_its_figures() -> None:
    text = (
        "القطيف - رست في مرفأ دارين 40 سفينة صيد خلال الأسبوع.\n\n"
        "وقال المتحدث إن الفرق أخذت 36 عينة من المياه."
    )
    got = [c.entity for c in extract_text(text, PUB)]
    assert got == ["مرفأ دارين", "مرفأ دارين"], got


def test_towns_a_road_runs_between_still_locate_what_happened() -> None:
    text = (
        "نواكشوط - اختطفت مجموعة مسلحة 14 سائقاً على الطريق الرابط بين نيورو "
        "وكاي غرب مالي."
    )
    assert [c.entity for c in extract_text(text, PUB)] == ["نيورو"]
