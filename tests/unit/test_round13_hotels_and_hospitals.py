"""Round 13, second batch: hotels and depots are facilities; a hospital an
unnamed source speaks from is its office, not where people were hurt; a
name that is also "blue" (الزرقاء) is a place only after a place word; a
term served "على ذمة التحقيق" is a penalty; "وفاتان" counts the dead; "حالة
اثنين" names no kind of case.  Sentences written for these tests, with
negative cases."""

import pytest
from extracting import extract_text

from recon.gazetteer import Gazetteer

PUB = "2025-03-11"


def claims(text: str) -> list[tuple[str, str]]:
    return [(c.field, c.entity) for c in extract_text("المنامة - " + text, PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("فندق النجمة الزرقاء", []),
        ("المياه الزرقاء", []),
        ("بالزرقاء", []),
        ("وقع الحادث في الزرقاء", ["zarqa"]),
        ("في مدينة الزرقاء", ["zarqa"]),
        ("محافظة الزرقاء", ["jo-zarqa-gov"]),
    ],
)
def test_zarqa_only_after_a_place_word(text, want) -> None:
    assert [m.entry.id for m in Gazetteer.default().find_mentions(text)] == want


@pytest.mark.parametrize(
    ("text", "field", "entity"),
    [
        ("اندلع حريق في فندق الشاطئ وأصيب 12 نزيلا.", "injured", "فندق الشاطئ"),
        ("وقع انفجار في مستودع الذخيرة وقتل 6 أشخاص.", "killed", "مستودع الذخيرة"),
    ],
)
def test_hotels_and_depots_are_facilities(text, field, entity) -> None:
    assert (field, entity) in claims(text)


def test_a_hospital_an_unnamed_source_speaks_from_is_no_figure_s_place() -> None:
    got = claims(
        "اندلع حريق في فندق الشاطئ. وقال مصدر طبي في مجمع السلمانية الطبي إن"
        " المجمع استقبل 21 مصابا."
    )
    assert got == [("injured", "فندق الشاطئ")]


def test_a_hospital_the_story_names_as_its_place_still_is() -> None:
    got = claims("اندلع حريق في مجمع السلمانية الطبي وأصيب 4 ممرضين.")
    assert got == [("injured", "مجمع السلمانية الطبي")]


def test_a_term_served_pending_an_investigation_is_a_penalty() -> None:
    got = claims(
        "أمرت النيابة بحبس ثلاثة متهمين، هم مدير الفندق ومشرف الصيانة وفني كهرباء،"
        " لمدة سبعة أيام على ذمة التحقيق."
    )
    assert ("duration:penalty", "المنامة") in got and ("duration", "المنامة") not in got


def test_a_term_with_nothing_pending_is_a_duration() -> None:
    assert claims("استمرت عمليات الإطفاء في الفندق لمدة ثلاث ساعات.") == [("duration", "المنامة")]


@pytest.mark.parametrize("text", ["حريق في فندق: وفاتان و21 مصاباً", "أسفر الحريق عن وفاتين"])
def test_the_dual_of_a_death_counts_two_dead(text) -> None:
    got = [c for c in extract_text("المنامة - " + text, PUB) if c.field == "killed"]
    assert [float(c.value.value) for c in got] == [2.0]


def test_a_case_count_before_its_number_names_no_kind() -> None:
    got = [f for f, _ in claims("استقبل المستشفى 21 مصابا، ووصفت حالة اثنين منهم بالحرجة.")]
    assert not any(f.startswith("count:") for f in got), got
