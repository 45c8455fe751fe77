"""A place named in a figure's own clause is nearer than a name (or a
subject) before that clause (recon._choose): "…في مشفى دير الزور الوطني …،
و50 درجة في مدينة البوكمال" is Al-Bukamal's 50 degrees; with no place in its
clause, a figure still takes the name before it, and money keeps its donor
("أعلن مركز الملك سلمان … أن الحملة الشعبية لإغاثة متضرري الفيضانات في
باكستان والسودان جمعت أكثر من 90 مليون ريال" is not Sudan's).  Sentences written for these tests."""

from __future__ import annotations

from extracting import extract_text

PUB = "2025-07-15"


def claims(text: str) -> list[tuple[str, float, str]]:
    return [(c.field, c.value.value, c.entity) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_a_place_in_the_figure_s_own_clause_is_nearer() -> None:
    got = claims(
        "وتدفقت على مشفى دير الزور الوطني أكثر من 80 حالة ضربة شمس، في وقت لامست فيه "
        "درجات الحرارة 48 درجة مئوية في المدينة، و50 درجة في مدينة البوكمال قرب الحدود العراقية."
    )
    assert ("temperature", 50, "البوكمال") in got
    assert [e for f, v, e in got if (f, v) == ("temperature", 48)] != ["البوكمال"]


def test_with_no_place_in_its_clause_the_name_before_holds() -> None:
    got = claims("وصلت القافلة إلى مخيم الهول، وضمت 40 شاحنة محملة بالمواد الغذائية.")
    assert [e for f, _, e in got if f.startswith("count:truck")] == ["مخيم الهول"]


def test_money_keeps_its_donor_before_the_place_it_goes_to() -> None:
    got = claims(
        "أعلن مركز الملك سلمان للإغاثة، الثلاثاء، أن الحملة الشعبية لإغاثة متضرري "
        "الفيضانات في باكستان والسودان جمعت أكثر من 90 مليون ريال."
    )
    (donor,) = [e for f, _, e in got if f.startswith("money")]
    assert donor not in ("باكستان", "السودان")
