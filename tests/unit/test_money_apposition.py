"""An amount in a clause that only gives the value of what the clause before
named ("منحة X، البالغة 5 ملايين دولار") values that thing (fields.toml
value_appositions).  Sentences written for these tests, with negative
cases."""

from extracting import extract_text

PUB = "2025-12-19"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_a_grant_and_its_value_in_apposition() -> None:
    got = fields(
        "وقالت الوزارة إن منحة قطر لإعادة تأهيل المدارس في لبنان، البالغة 20 مليون دولار، وصلت."
    )
    assert [f for f, v in got if v == 20_000_000] == ["money:aid"]


def test_damage_and_its_value() -> None:
    got = fields(
        "وقدّرت السلطات في ليبيا الأضرار التي خلفتها السيول، والبالغة قيمتها 300 مليون دينار."
    )
    assert [f for f, v in got if v == 300_000_000] == ["money:damage"]


def test_an_apposition_about_a_person_is_no_money_object() -> None:
    got = fields("وأعلن وزير المالية في مصر، البالغ من العمر 60 عاما، تخصيص 50 مليون جنيه.")
    assert [f for f, v in got if v == 50_000_000] == ["money"]


def test_a_clause_without_the_apposition_word_is_not_read_back() -> None:
    got = fields("وصلت منحة قطر إلى لبنان، وخصصت الحكومة 20 مليون دولار للطرق.")
    assert [f for f, v in got if v == 20_000_000] != ["money:aid"]
