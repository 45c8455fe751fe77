"""Round 12: verb and penalty forms the lexicons lacked.  Sentences written
for these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-03-09"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]


def test_a_remand_term_is_a_penalty() -> None:
    got = fields("القاهرة - أمر النائب العام بحبس 5 متهمين 4 أيام على ذمة التحقيق.")
    assert ("duration:penalty", 4) in got


def test_an_imperfect_killing_verb() -> None:
    assert fields("بغداد - انفجار يودي بحياة 7 أشخاص.") == [("killed", 7)]


def test_a_siege_s_length_is_a_duration() -> None:
    assert fields("بغداد - استمر الحصار 4 أيام.") == [("duration", 4)]


def test_people_airlifted_down_were_rescued() -> None:
    text = "مسقط - وأكد أن تسعة من أفراد المجموعة أُنزلوا بالطائرة العمودية."
    assert fields(text) == [("rescued", 9)]
    # "انتشلت" pulls out bodies and cars as well as people: no rescue by itself
    text = "بغداد - سقطت 9 سيارات في النهر، وانتشلت رافعات نهرية ست منها."
    assert all(f != "rescued" for f, _ in fields(text))
