"""Counted things and rates added in the generalisation round (fields.toml,
units.toml): vehicles sent to a scene, flights, members of a civil force,
people brought out alive or evacuated, people present; rates per day or hour
(":rate") and running totals since a long crisis or over a past season
(":period").  Sentences written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-06-02"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_ambulances_and_fire_engines_are_vehicles_not_people() -> None:
    got = fields("ودفع الدفاع المدني في حمص بـ 6 سيارات إطفاء و14 سيارة إسعاف إلى موقع الانفجار.")
    assert ("count:fire_engine", 6) in got and ("count:ambulance", 14) in got
    assert not [f for f, _ in got if f == "rescued"]


def test_flights_are_counted() -> None:
    got = fields("وأعلن مطار دبي تحويل 17 رحلة جوية إلى مطار الشارقة بسبب الضباب في الإمارات.")
    # what happened to them is a qualifier (tests/unit/test_item_states.py)
    assert ("count:flight:diverted", 17) in got


def test_members_of_a_civil_force_hurt_are_injured() -> None:
    got = fields("وأعلن الدفاع المدني في سوريا إصابة 3 من منتسبيه خلال إخماد حريق في حماة.")
    assert ("injured", 3) in got
    got = fields("وقال مصدر في الأردن إن 5 من رجال الإطفاء أصيبوا في حريق بمدينة إربد.")
    assert ("injured", 5) in got


def test_people_brought_out_alive_are_rescued() -> None:
    got = fields("وتمكن عناصر الدفاع المدني في سوريا من إخراج 6 أشخاص أحياء من تحت الأنقاض في حلب.")
    assert ("rescued", 6) in got
    assert not [f for f, _ in got if f == "personnel"]


def test_evacuated_with_the_verb() -> None:
    got = fields("وأجلت السلطات في لبنان نحو 250 ساكنا من المباني المجاورة في بيروت.")
    assert ("displaced", 250) in got


def test_people_present() -> None:
    got = fields("وقال مسؤول في العراق إن 40 عاملا كانوا داخل المصنع في البصرة لحظة الانفجار.")
    assert ("present", 40) in got


def test_a_daily_figure_is_a_rate() -> None:
    got = fields("ويحتاج قطاع غزة إلى 500 شاحنة يوميا على الأقل، بحسب الأمم المتحدة.")
    assert ("count:truck:rate", 500) in got and ("count:truck", 500) not in got
    got = fields("ويصاب في حوادث الطرق في الأردن نحو 40 شخصا في اليوم.")
    assert ("injured:rate", 40) in got


def test_a_rate_in_another_clause_does_not_touch_the_event_figure() -> None:
    got = fields("دخلت 120 شاحنة إلى قطاع غزة الأحد، فيما تحتاج إلى 500 شاحنة يوميا.")
    assert ("count:truck", 120) in got and ("count:truck:rate", 500) in got


def test_since_a_long_crisis_is_a_running_total() -> None:
    got = fields("وقال المكتب إن أكثر من 30 ألف شاحنة دخلت قطاع غزة منذ بدء الحرب.")
    assert ("count:truck:period", 30000) in got
    got = fields("وقتل 900 شخص في السودان منذ اندلاع النزاع.")
    assert ("killed:period", 900) in got


def test_since_the_event_itself_is_not_a_period() -> None:
    got = fields("وقتل 12 شخصا في ولاية كسلا في السودان منذ بدء الأمطار.")
    assert ("killed", 12) in got


def test_a_past_season_is_a_period() -> None:
    got = fields("وقتل 20 شخصا في حرائق الغابات في سوريا خلال صيف 2023.")
    assert ("killed:period", 20) in got
    # "this summer" without a year or a past word is not.
    got = fields("وقتل 20 شخصا في حرائق الغابات في سوريا خلال الصيف.")
    assert ("killed", 20) in got


def test_a_figure_dated_years_before_is_an_earlier_events() -> None:
    got = fields("وفي عام 2019، لقي 13 شخصا حتفهم في حادث مماثل على الطريق نفسه في الأردن.")
    assert ("killed:2019", 13) in got and ("killed", 13) not in got


def test_a_figure_of_last_week_is_this_events() -> None:
    # A date weeks before the article is an update of the same story, not another event.
    got = fields("وكانت السلطات قد أعلنت في 20 أيار/مايو مقتل 13 شخصا في الأردن.")
    assert ("killed", 13) in got


def test_cases_of_suffocation_are_injured() -> None:
    got = fields("واستقبلت مستشفيات البصرة في العراق 120 حالة اختناق جراء الحريق.")
    assert ("injured", 120) in got
    # a bare "حالة" with nothing said about it is no claim
    got = fields("وسجلت المستشفيات في العراق 120 حالة.")
    assert not [f for f, _ in got if f == "injured"]


def test_members_hurt_said_after_the_force_name() -> None:
    got = fields("وقال مسؤول إن 6 من أعوان الحماية المدنية أصيبوا خلال إخماد حريق في سوريا.")
    assert ("injured", 6) in got
    got = fields("وقال مصدر في قوة الإطفاء في الأردن إن 3 من رجال الإطفاء أصيبوا بحروق.")
    assert ("injured", 3) in got


def test_members_who_took_part_stay_personnel() -> None:
    got = fields("وشارك 40 من عناصر الدفاع المدني في عمليات البحث في سوريا.")
    assert ("personnel", 40) in got and not [f for f, _ in got if f == "injured"]
