"""Two readings of hurt people and hospitals (recon._choose, recon._item_state):
a toll told in a clause after the one that names a hospital is the story's,
not the hospital's ("…في مستشفى المنيا الجامعي، فيما ارتفع عدد المصابين إلى
44"), while a hospital named in the toll's own clause still holds it (a fire
in a hospital); and the injured who left care ("فيما غادر 11 مصاباً المستشفى
بعد تلقي العلاج") are a part of the injured, ``injured:discharged``, never
their number.  Sentences written for these tests."""

from __future__ import annotations

from extracting import extract_text

PUB = "2025-07-15"


def claims(text: str) -> list[tuple[str, float, str]]:
    return [(c.field, c.value.value, c.entity) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_a_toll_after_the_hospital_s_clause_is_not_the_hospital_s() -> None:
    got = claims(
        "ارتفع عدد ضحايا حادث خروج قطار عن القضبان في محافظة المنيا إلى 5 وفيات، بعد وفاة "
        "مصابين اثنين متأثرين بجراحهما في مستشفى المنيا الجامعي فجر اليوم، فيما ارتفع عدد "
        "المصابين إلى 44 وفق آخر حصر لمديرية الصحة بالمنيا."
    )
    (injured,) = [c for c in got if c[0] == "injured"]
    assert injured[1] == 44
    assert "مستشفى" not in injured[2]


def test_a_hospital_in_the_toll_s_own_clause_holds_it() -> None:
    got = claims("اندلع حريق في مستشفى الرازي، وأصيب 30 شخصا داخل مستشفى الرازي.")
    assert ("injured", 30, "مستشفى الرازي") in got


def test_the_injured_who_left_hospital_are_a_part() -> None:
    got = claims("أصيب 26 شخصا في حادث على طريق الرياض - القصيم، فيما غادر 11 مصاباً المستشفى بعد تلقي العلاج.")
    assert [(f, v) for f, v, _ in got] == [("injured", 26), ("injured:discharged", 11)]
    got = claims("أصيب 26 شخصا في حلب، وخرج 5 مصابين من المستشفى.")
    assert ("injured:discharged", 5) in [(f, v) for f, v, _ in got]


def test_leaving_for_home_with_no_word_of_care_is_no_discharge() -> None:
    got = claims("أصيب 26 شخصا في حلب، وغادر 5 مصابين إلى منازلهم.")
    assert not [f for f, _, _ in got if f.endswith(":discharged")]
