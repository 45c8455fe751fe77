"""A national story filed from the capital is the country's; a place's
figure moves to its part only when no outlet has told the two apart.
Articles written for these tests, with negative cases."""

from extracting import extract_text

import recon

PUB = "2026-07-15"


def entity_of(text: str, field: str) -> str:
    got = {c.entity for c in extract_text(text, PUB) if c.field == field}
    assert len(got) == 1, got
    return got.pop()


def test_a_dateline_the_body_never_names_again_is_where_it_was_filed() -> None:
    text = (
        "بغداد، 14/07/2026 (واع) - أعلنت وزارة الكهرباء انطفاء تام في 11 محافظة.\n\n"
        "ويعتمد العراق على الغاز المستورد لتشغيل محطاته."
    )
    assert entity_of(text, "count:محافظ") == "العراق"


def test_a_dateline_named_again_is_the_story_place() -> None:
    text = (
        "بغداد، 14/07/2026 (واع) - أعلنت وزارة الكهرباء انطفاء تام في 11 محافظة.\n\n"
        "وشهدت بغداد احتجاجات، فيما يعتمد العراق على الغاز المستورد."
    )
    assert entity_of(text, "count:محافظ") == "بغداد"


def test_a_dateline_with_no_country_named_stays() -> None:
    text = "بغداد، 14/07/2026 (واع) - أعلنت وزارة الكهرباء انطفاء تام في 11 محافظة."
    assert entity_of(text, "count:محافظ") == "بغداد"


def _doc(i: str, text: str) -> recon.Document:
    return recon.Document(source=recon.Source(id=i, published=PUB), text=text)


def _power_groups(b_text: str) -> dict[str, set[str]]:
    a = _doc(
        "a",
        "أربيل - قال نائب إن ما أعيد إلى الشبكة في العراق لا يتجاوز 8 آلاف ميغاواط.\n\n"
        "وتنتج محطات إقليم كردستان نحو 4 آلاف ميغاواط.",
    )
    r = recon.reconcile([a, _doc("b", b_text)])
    out: dict[str, set[str]] = {}
    for g in r.groups:
        if g.field == "power":
            out.setdefault(g.entity.name, set()).update(c.source.id for c in g.claims)
    return out


def test_a_figure_unlike_the_parts_stays_with_the_place_told_apart() -> None:
    got = _power_groups("بغداد - أعلنت الوزارة إعادة 14 ألف ميغاواط إلى الشبكة في العراق.")
    assert "b" in got["Iraq"] and "b" not in got.get("Kurdistan Region", set()), got


def test_a_figure_equal_to_the_parts_still_moves_to_it() -> None:
    got = _power_groups("بغداد - قالت الوزارة إن المحطات تنتج نحو 4 آلاف ميغاواط في العراق.")
    assert "b" in got["Kurdistan Region"], got
