"""Round 13, thirteenth batch: figures that were parsed but made no claim,
or the wrong one.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text

PUB = "2025-09-16"


def fields(text: str) -> list[str]:
    return [c.field for c in extract_text("أربيل - " + text, PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the suspicion of an infection, not the infection
        ("ارتفع عدد حالات الاشتباه بالإصابة بالكوليرا في المحافظة إلى 1412 حالة.", "suspected"),
        # time spent on the work that ended the event
        ("تمكنت فرق الإطفاء من إخماد الحريق بعد نحو 14 ساعة من العمل المتواصل.", "duration"),
        ("عاد الوفد بعد 3 أيام من المفاوضات.", "duration"),
        ("جاء الكشف بعد 42 يوماً من الحفائر المتواصلة.", "duration"),
        # the bodies a hospital received
        ("استقبل المركز جثامين ستة أشخاص.", "killed"),
        # classrooms, and members counted in the accusative
        ("ستضم المدارس الجديدة 4,200 صف دراسي.", "count:classroom"),
        ("صوت ضد الموازنة 12 عضواً.", "count:عضو"),
    ],
)
def test_the_field_of_a_figure(text, want) -> None:
    assert want in fields(text)


def test_a_day_after_an_event_is_no_duration() -> None:
    assert fields("وصل الوفد بعد 3 أيام من الحادث.") == []


def test_infections_stay_infections() -> None:
    assert fields("سجلت الوزارة 40 إصابة مؤكدة بالكوليرا.") == ["infected"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("نظرا لعمق الترعة الذى يبلغ 6 أمتار في هذه المنطقة.", ["depth"]),
        (
            "سقطت في الترعة التي يبلغ عمقها في تلك المنطقة نحو 4 أمتار ويصل عرضها إلى نحو 40 مترا.",
            ["depth", "width"],
        ),
        # no verb of amounting: a measure word far back names nothing
        ("يبلغ عمق البئر 30 مترا، وتقع على بعد نحو 25 كم من البلدة.", ["depth", "distance"]),
    ],
)
def test_a_measure_word_before_a_verb_of_amounting(text, want) -> None:
    assert fields(text) == want


def test_a_name_ending_in_al_din_is_no_debt() -> None:
    got = fields("وقرر المحافظ اللواء حسام الدين عبد الفتاح صرف 100 ألف جنيه لأسرة كل متوفى.")
    assert got == ["money:per_killed"]


def test_the_public_debt_is_a_loan() -> None:
    assert fields("ارتفع الدين العام إلى 300 مليار دولار.") == ["money:loan"]
