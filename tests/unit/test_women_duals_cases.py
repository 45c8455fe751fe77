"""Round 14 extraction rules, on sentences written for them with negative
cases: women and girls counted and hurt ("أصيبت 62 طالبة"); cases "like
those" take the kind of the figure before; a dual of a listed thing counts
the thing ("في غارتين") or, in the construct, names the two ("بمنطقتي
طبربور وماركا"); a count of things between "عدد" and its "إلى" does not
hide what the count is of; people still in care with no word of harm
before them are injured still in care."""

from extracting import extract_text

PUB = "2025-03-11"


def claims(text: str) -> list[tuple[str, float, str]]:
    return [(c.field, c.value.value, c.entity) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def fields(text: str) -> list[tuple[str, float]]:
    return [(f, v) for f, v, _ in claims(text)]


def test_a_feminine_verb_of_harm_before_women_counted() -> None:
    assert ("injured", 62) in fields("أصيبت 62 طالبة بأعراض تسمم غذائي في مدينة الخليل.")
    assert ("injured", 12) in fields("وأصيبت 12 ممرضة بجروح في مدينة الزرقاء.")
    assert ("killed", 3) in fields("لقيت 3 نساء حتفهن في حادث سير قرب مدينة إربد.")


def test_women_counted_with_nothing_done_to_them_are_no_casualties() -> None:
    got = fields("وتضم المدرسة 300 طالبة من أحياء مدينة الخليل.")
    assert not [f for f, _ in got if f.startswith(("injured", "killed"))]


def test_cases_like_those_before_are_of_their_kind_and_place() -> None:
    got = claims(
        "أصيبت 62 طالبة من مدرسة بنات الريان في مدينة الخليل بأعراض تسمم، "
        "فيما سجلت 19 حالة مماثلة بين طلاب مدرسة ذكور بني نعيم."
    )
    assert ("injured", 19) in [(f, v) for f, v, _ in got]
    assert [e for f, v, e in got if v == 19] == ["مدرسة ذكور بني نعيم"]
    assert not [f for f, _, _ in got if f.startswith("count:")]


def test_cases_like_those_after_things_are_not_people() -> None:
    got = fields("ضبطت الشرطة 12 سيارة مسروقة في مدينة إربد، فيما سجلت 5 حالات مماثلة في الرمثا.")
    assert not [v for f, v in got if v == 5]


def test_a_dual_of_a_listed_thing_counts_it() -> None:
    got = fields("قتل 3 أشخاص في غارتين على مدينة إدلب.")
    assert ("killed", 3) in got and ("count:airstrike", 2) in got


def test_a_dual_between_a_count_and_its_total_is_where_not_what() -> None:
    got = fields("ارتفع عدد المصابين في مدرستين بمدينة الخليل إلى 106 مصابين.")
    assert ("injured", 106) in got and ("count:school", 2) in got
    assert ("injured", 2) not in got
    got = fields("ارتفع عدد حالات التسمم في مدرستي الخليل إلى 106 حالات.")
    assert got == [("injured", 106)]


def test_a_dual_construct_before_names_only_names_them() -> None:
    assert fields("وتتواصل الشكاوى في أحياء بمنطقتي طبربور وماركا في عمان.") == []


def test_a_count_of_things_before_the_total_does_not_hide_it() -> None:
    got = fields("ارتفع عدد حالات التسمم في 3 مدارس بمدينة الخليل إلى 106 حالات.")
    assert ("injured", 106) in got and ("count:school", 3) in got


def test_people_still_in_care_are_injured_still() -> None:
    assert fields("وأضاف أن 9 طالبات ما زلن تحت المراقبة الطبية في مستشفى الخليل.") == [
        ("injured:still", 9)
    ]
    assert fields("فيما لا تزال تسع طالبات يتلقين العلاج في مستشفى الخليل الحكومي.") == [
        ("injured:still", 9)
    ]
    assert ("injured:still", 5) in fields("ولا يزال 5 أشخاص في المستشفى بمدينة الخليل.")


def test_people_still_somewhere_else_are_not_in_care() -> None:
    assert fields("ولا يزال 5 أشخاص في مدينة الخليل.") == []
