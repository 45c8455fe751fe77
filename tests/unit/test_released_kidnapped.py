"""People set free and people abducted (fields.toml triggers released,
kidnapped; drivers and hostages as counted people), and the others a total
rose "after" as a part of it (recon._field_part).  Sentences written for
these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-02-10"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_drivers_set_free() -> None:
    got = fields("أعلنت السلطات في مدينة غاو الإفراج عن 7 سائقي حافلات كانوا محتجزين لدى مسلحين.")
    assert ("released", 7) in got


def test_hostages_abducted() -> None:
    got = fields("وكان مسلحون قد اختطفوا 5 رهائن قرب مدينة غاو الشهر الماضي.")
    assert ("kidnapped", 5) in got


def test_prisoners_freed_stay_prisoners() -> None:
    # a counted noun of its own says what the people are
    got = fields("وأطلق الطرفان سراح 120 أسيرا في مدينة مأرب يوم السبت.")
    assert ("arrested", 120) in got
    assert ("released", 120) not in got


def test_others_the_total_rose_after_are_a_part() -> None:
    got = fields(
        "ارتفع عدد الرهائن المفرج عنهم في مدينة غاو إلى 10 رهائن، بعد إطلاق سراح أربعة "
        "رهائن آخرين صباح اليوم."
    )
    assert ("released", 10) in got
    assert ("released:part", 4) in got


def test_others_of_another_field_are_no_part() -> None:
    got = fields("أسفر الهجوم عن مقتل 6 أشخاص وإصابة 14 آخرين في مدينة غاو.")
    assert ("killed", 6) in got
    assert ("injured", 14) in got
    assert not [f for f, _ in got if ":part" in f]


def test_others_without_after_are_no_part() -> None:
    got = fields(
        "أعلن الجيش أنه أفرج عن 8 سائقين في مدينة غاو، وأفرج عن 3 سائقين آخرين في مدينة كيدال."
    )
    assert ("released", 8) in got
    assert ("released", 3) in got
