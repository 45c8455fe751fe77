"""Time spent in a lasting state ("بعد 47 يوما من الاحتجاز") is a duration;
an offset after a point event or with nothing after it is not.  More
currencies (ouguiya, birr, shilling, rupee, CFA franc).  Sentences written for
these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-10-21"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_days_of_captivity_are_a_duration() -> None:
    got = fields("وأفرجت الجماعة عن الصيادين في مدينة الحديدة بعد 33 يوما من الاحتجاز.")
    assert ("duration", 33) in got


def test_minutes_after_takeoff_are_a_duration() -> None:
    got = fields("وعادت الطائرة إلى مطار الملكة علياء بعد نحو 25 دقيقة من الإقلاع.")
    assert ("duration", 25) in got


def test_hours_after_a_fire_broke_out() -> None:
    got = fields("وأخمدت فرق الدفاع المدني الحريق في مصفاة الزرقاء بعد 7 ساعات من اندلاعه.")
    assert ("duration", 7) in got


def test_an_offset_after_a_point_event_is_no_claim() -> None:
    got = fields("ودخلت القوات مدينة الرقة بعد يومين من انسحاب المقاتلين منها.")
    assert not [f for f, _ in got if f == "duration"]


def test_an_offset_with_nothing_after_is_no_claim() -> None:
    got = fields("وأطلق سراح السائقين في مدينة غاو بعد 12 يوما.")
    assert not [f for f, _ in got if f == "duration"]


def test_ouguiya_is_money() -> None:
    got = [
        (c.field, c.value.value, c.value.unit)  # type: ignore[union-attr]
        for c in extract_text("وقدرت النقابة في نواذيبو الخسائر بنحو 80 مليون أوقية.", PUB)
    ]
    assert ("money:damage", 80_000_000, "MRU") in got


def test_a_shilling_named_by_its_adjective() -> None:
    got = [
        (c.field, c.value.unit)  # type: ignore[union-attr]
        for c in extract_text("وخصصت البلدية في مدينة بيداوة 900 مليون شلن صومالي للإغاثة.", PUB)
    ]
    assert ("money:aid", "SOS") in got
