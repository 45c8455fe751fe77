"""Round 16: the hurt who left care and those still in it, told as "N منهم"
(``recon._field_part``).  Hospital updates say "14 of them left hospital,
4 of them are still in intensive care", after a toll or after a word that
names the hurt.  Sentences written for these tests, with negative cases."""

import datetime as dt

import pytest
from extracting import extract_text

PUB = dt.date(2025, 7, 15)


@pytest.mark.parametrize(
    ("text", "value"),
    [("وإن اثنين منهم في حالة حرجة", 2), ("وإن واحداً منهم توفي لاحقاً", 1)],
)
def test_one_or_two_of_them_is_a_figure(text, value) -> None:
    from recon.numbers import find_quantities

    assert [q.quantity.value for q in find_quantities(text)] == [value]


def test_a_weekday_of_them_is_still_no_figure() -> None:
    from recon.numbers import find_quantities

    assert find_quantities("وصلوا يوم الاثنين منهم من وصل مساء") == []


def fields(text):
    return {(c.field, c.value.value) for c in extract_text(text, PUB)}


def test_some_of_the_hurt_left_hospital() -> None:
    got = fields("أصيب 40 شخصاً في حادث سير في إربد، وإن 14 منهم غادروا المستشفيات بعد تلقي العلاج.")
    assert ("injured:discharged", 14) in got and ("injured", 40) in got


def test_still_said_before_the_part() -> None:
    got = fields("أصيب 40 شخصاً في حادث سير في إربد، ولا يزال 6 منهم في المستشفى.")
    assert ("injured:still", 6) in got


def test_after_those_who_left_the_rest_are_a_part_of_the_hurt_not_of_those_who_left() -> None:
    got = fields(
        "أصيب 40 شخصاً في حادث سير في إربد، وإن 14 منهم غادروا المستشفيات، "
        "فيما لا يزال 4 منهم يرقدون في العناية المركزة."
    )
    assert ("injured:discharged", 14) in got and ("injured:still", 4) in got
    assert not [f for f, _ in got if f.startswith("injured:discharged:")]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "وقال إن المصابين راجعوا ثلاثة مشاف في إربد، وإن ستة منهم ما زالوا يتلقون العلاج في المشفى.",
            "injured:still",
            6,
        ),
        (
            "وقال إن الجرحى نقلوا إلى مستشفى إربد، وإن 14 منهم غادروا المستشفى.",
            "injured:discharged",
            14,
        ),
        (
            "وقال إن جرحى حادث إربد نقلوا إلى المستشفى، وإن اثنين منهم في حالة حرجة.",
            "injured:part:serious",
            2,
        ),
    ],
)
def test_a_state_of_some_of_the_hurt_a_word_named_earlier(text, field, value) -> None:
    assert (field, value) in fields(text)


@pytest.mark.parametrize(
    "text",
    [
        # No word of harm names those "منهم" refers to.
        "وقال إن الطلاب عادوا إلى مدارسهم في إربد، وإن ستة منهم ما زالوا في المستشفى.",
        # Leaving a town is no discharge.
        "قتل 12 شخصاً في إربد، وغادر 3 منهم البلدة قبل الحادث.",
    ],
)
def test_no_state_without_the_hurt_or_without_care(text) -> None:
    got = fields(text)
    assert not [f for f, _ in got if f.endswith((":still", ":discharged"))], got


def test_others_who_left_hospital_are_discharged() -> None:
    got = fields(
        "أصيب 7 أشخاص في حريق في الدوحة، ونقل اثنان منهم إلى المستشفى، "
        "فيما غادر 5 آخرون المستشفى بعد تلقي العلاج."
    )
    assert ("injured:discharged", 5) in got and ("injured", 7) in got


def test_people_taken_to_the_emergency_ward_are_the_hurt() -> None:
    assert ("injured", 215) in fields("عاصفة ترابية تشل مطار الكويت وتنقل 215 شخصاً إلى الطوارئ.")


def test_people_who_left_a_town_are_not_discharged() -> None:
    got = fields("أصيب 7 أشخاص في حريق في الدوحة، فيما غادر 30 آخرون المنطقة إلى الريان.")
    assert not [f for f, _ in got if f.endswith(":discharged")], got


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # The verb of leaving before the part, the hospital after it.
        (
            "قتل 3 أشخاص في حريق في مصراتة، فيما بلغ عدد الجرحى 40، غادر 25 منهم المستشفى.",
            "injured:discharged",
            25,
        ),
        (
            "أنقذت الفرق 8 بحارة قبالة الحسيمة، غادر خمسة منهم المستشفى أمس.",
            "rescued:discharged",
            5,
        ),
        # The state's word on both sides of the part.
        ("أصيب 12 شخصاً في حادث سير قرب إربد، وحالة اثنين منهم حرجة.", "injured:part:serious", 2),
        # "Only two remain": still in care.
        (
            "أصيب 73 شخصاً بتسمم في إربد، ولم يبق سوى اثنين منهم تحت المراقبة الطبية.",
            "injured:still",
            2,
        ),
    ],
)
def test_a_state_said_around_the_part(text, field, value) -> None:
    assert (field, value) in fields(text)


def test_leaving_before_the_part_needs_a_word_of_care_after_it() -> None:
    got = fields("أصيب 40 شخصاً في حادث في إربد، وغادر 25 منهم المدينة إلى عمّان.")
    assert not [f for f, _ in got if f.endswith(":discharged")], got


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "هبطت الطائرة في مطار القاهرة وعلى متنها نحو 140 راكباً، بينهم 23 مصرياً.",
            "on_board:part:مصري",
            23,
        ),
        ("قتل 12 شخصاً في انفجار في إربد، بينهم 3 أطفال و4 سوريين.", "killed:part:سوري", 4),
    ],
)
def test_people_of_a_part_counted_by_where_they_are_from(text, field, value) -> None:
    assert (field, value) in fields(text)


def test_a_listed_people_noun_keeps_its_role() -> None:
    # "عسكريين" is listed (a part of soldiers), not a nisba of its own.
    assert ("injured:part:soldiers", 4) in fields(
        "أصيب 12 شخصاً في انفجار في إربد، بينهم 4 عسكريين."
    )


@pytest.mark.parametrize(
    "text",
    [
        "تمكن زورقان من انتشال ثمانية بحارة أحياء وجثة بحار قبالة الحسيمة.",
        "وقال إن فرقه انتشلت 8 أشخاص أحياء من تحت ركام منزل في جبلة.",
        "أخرجت الفرق 8 عمال على قيد الحياة من بئر في إربد.",
    ],
)
def test_people_counted_alive_are_rescued(text) -> None:
    got = fields(text)
    assert ("rescued", 8) in got and ("killed", 8) not in got, got


def test_neighbourhoods_are_not_people_alive() -> None:
    got = fields("انتشرت الحمى في 14 حياً من أحياء مدينة كسلا.")
    assert not [f for f, _ in got if f == "rescued"], got
