"""Round 13, fifth batch: words that look like names and are none — a
figure after a place noun ("في كل منطقة ساعتين") and a facility noun that is
a verbal noun ("لسد فجوة التمويل").  Sentences written for these tests, with
negative cases."""

from extracting import extract_text

PUB = "2025-07-16"


def claims(text: str) -> list[tuple[str, str]]:
    return [(c.field, c.entity) for c in extract_text(text, PUB)]


def test_a_figure_after_a_place_noun_names_no_place() -> None:
    got = claims(
        "الكويت - قطعت الوزارة التيار عن 24 منطقة على ألا تتجاوز مدة القطع في كل منطقة ساعتين."
    )
    assert got == [("count:district", "الكويت"), ("duration", "الكويت")]


def test_a_place_noun_with_a_name_still_names_a_place() -> None:
    # a name the gazetteer does not know, after the place noun
    got = claims("الكويت - انقطع التيار عن 12 منزلا في منطقة الصليبخات.")
    assert got and got[0][1] == "منطقة الصليبخات"


def test_meeting_a_need_is_no_dam() -> None:
    got = claims("مقديشو - أطلق البرنامج نداء بقيمة 48 مليون دولار لسد فجوة التمويل في الصومال.")
    assert got == [("money:aid", "الصومال")]


def test_a_named_dam_is_a_facility() -> None:
    got = claims("الخرطوم - بلغت سعة سد مروي 12 مليار متر مكعب.")
    assert got and got[0][1] == "سد مروي"
