"""A time until a forecast event is a lead time, not how long the story's
event lasted: "توقعت الأرصاد موجة برد جديدة خلال 48 ساعة" is
``duration:expected``.  Sentences written for these tests, with negative
cases: a time something took ("أخمد الحريق خلال 3 ساعات") stays a duration.
Time added to another ("ساعتين إلى زمن الرحلة", "ثلاثة أيام إضافية") is
``duration:change``."""

import pytest
from extracting import fields_of

PUB = "2026-01-13"


@pytest.mark.parametrize(
    "sentence",
    [
        "وتوقعت الأرصاد الجوية موجة برد جديدة خلال 48 ساعة.",
        "ويتوقع خبراء الطقس هطول أمطار غزيرة في غضون يومين.",
        "وتنخفض درجات الحرارة مجدداً خلال 72 ساعة المقبلة.",
        "ورجحت دائرة الأرصاد وصول المنخفض خلال ثلاثة أيام.",
        "وحذرت النشرة الجوية من رياح قوية خلال 24 ساعة.",
    ],
)
def test_a_time_until_a_forecast_event_is_expected(sentence: str) -> None:
    assert fields_of("إربد - " + sentence, PUB, "duration") == ["duration:expected"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد الدفاع المدني أن الحريق أخمد خلال 3 ساعات.",
        "واستمر الصقيع 6 ساعات، فيما توقع المزارعون خسائر كبيرة.",
        "وأعيد فتح الطريق خلال يومين من إغلاقه.",
    ],
)
def test_a_time_something_took_stays_a_duration(sentence: str) -> None:
    assert fields_of("إربد - " + sentence, PUB, "duration") == ["duration"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ويضيف الطريق البديل نحو ساعتين إلى زمن الرحلة بين إربد وعمان.",
        "ومددت السلطات حظر التجول ثلاثة أيام إضافية في إربد.",
    ],
)
def test_time_added_to_another_is_a_change(sentence: str) -> None:
    assert fields_of("إربد - " + sentence, PUB, "duration") == ["duration:change"]


def test_a_time_that_took_place_is_not_added() -> None:
    assert fields_of("إربد - واستمر حظر التجول ثلاثة أيام في إربد.", PUB, "duration") == [
        "duration"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المتحدث إن نتائج التحاليل المخبرية ستُعلن خلال يومين.",
        "وقال مصدر إن الفرق الفنية ستعيد المنظومة بالكامل في غضون يومين.",
        "وسيتم الانتهاء من أعمال الصيانة خلال شهرين.",
        "على أن يعاد افتتاح الجسر خلال ستين يوماً.",
    ],
)
def test_a_time_allowed_for_something_to_come_is_expected(sentence: str) -> None:
    assert fields_of("إربد - " + sentence, PUB, "duration") == ["duration:expected"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Past verbs that begin like a future one, and a past "أن".
        "وسيطرت فرق الإطفاء على الحريق خلال 3 ساعات.",
        "وأكد الدفاع المدني أن الحريق أخمد خلال 3 ساعات.",
        "وتعطلت سيارات الإسعاف خلال ساعتين.",
    ],
)
def test_a_time_something_took_in_the_past_stays_a_duration(sentence: str) -> None:
    assert fields_of("إربد - " + sentence, PUB, "duration") == ["duration"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقررت الوزارة منع الصيد في المنطقة المتأثرة لمدة 10 أيام.",
        "ويستمر منع الصيد في المنطقة المتأثرة عشرة أيام.",
    ],
)
def test_a_bans_term_is_told_as_far_as_its_object_and_place(sentence: str) -> None:
    assert fields_of("إربد - " + sentence, PUB, "duration") == ["duration:penalty"]


def test_a_ban_far_back_in_a_long_clause_does_not_reach() -> None:
    text = (
        "إربد - وقررت السلطات منع الصيد بعد أن شهدت سواحل إربد الشمالية "
        "والجنوبية موجة نفوق استمرت 10 أيام."
    )
    assert fields_of(text, PUB, "duration") == ["duration"]


@pytest.mark.parametrize(
    "sentence",
    [
        "متوقعاً أن يستمر الموسم نحو 6 أسابيع قبل أن تنهي المعاصر عملها.",
        "وتوقع المدير أن تستمر الأعمال 3 أشهر.",
    ],
)
def test_round11_a_forecast_that_something_lasts(sentence: str) -> None:
    # Round 11: a forecasting word, "أن" and an imperfect verb before a duration.
    assert [f for f in fields_of("جنين - " + sentence, "2026-10-20", "duration")] == [
        "duration:expected"
    ]


@pytest.mark.parametrize(
    "sentence",
    ["واستمر الموسم نحو 6 أسابيع.", "وتوقعت الوزارة ارتفاع الإنتاج، واستمر الموسم 6 أسابيع."],
)
def test_round11_no_forecast_that_is_a_duration(sentence: str) -> None:
    assert fields_of("جنين - " + sentence, "2026-10-20", "duration") == ["duration"]


def test_round11_an_imperfect_verb_before_within_is_a_term() -> None:
    text = "القضارف - قبل أن يستأنف البنك تمويل المشترين بقروض تسدد خلال 6 أشهر."
    assert fields_of(text, "2026-11-10", "duration") == ["duration:expected"]


@pytest.mark.parametrize(
    "sentence",
    ["وتوقفت الحركة في السوق تماماً خلال يومين.", "وسجلت الأسعار تراجعا خلال 3 أشهر."],
)
def test_round11_an_adverb_or_a_noun_before_within_is_no_term(sentence: str) -> None:
    assert fields_of("القضارف - " + sentence, "2026-11-10", "duration") == ["duration"]
