"""Round 13, eleventh batch: distances an article told apart by the places
they are measured from ("170 كلم من المدينة المنورة، و280 كلم من مكة
المكرمة") are two figures, not a disagreement.  Articles written for these
tests, with negative cases."""

import recon

PUB = "2025-03-18"


def doc(i: str, text: str) -> recon.Document:
    return recon.Document(source=recon.Source(id=i, published=PUB), text=text)


def distance_groups(*texts: str) -> list[list[float]]:
    report = recon.reconcile([doc(f"d{k}", t) for k, t in enumerate(texts)])
    return sorted(
        sorted(float(c.value.value) for c in g.claims)
        for g in report.groups
        if g.field.startswith("distance")
    )


A = "المدينة المنورة - انقلبت حافلة على بعد نحو 170 كلم من المدينة المنورة، وعلى مسافة تقارب 280 كلم من مكة المكرمة."
B = "المدينة المنورة - انقلبت الحافلة على بعد 170 كيلومترا من المدينة المنورة."


def test_two_references_in_one_article_are_two_groups() -> None:
    assert distance_groups(A, B) == [[170.0, 170.0], [280.0]]


def test_other_articles_distances_from_one_place_stay_together() -> None:
    c = "المدينة المنورة - وقع الحادث على بعد 175 كلم من المدينة المنورة."
    assert distance_groups(B, c) == [[170.0, 175.0]]


def test_the_group_notes_say_why() -> None:
    report = recon.reconcile([doc("d0", A), doc("d1", B)])
    notes = [n for g in report.groups if g.field.startswith("distance") for n in g.notes]
    assert any("distances from different places" in n for n in notes), notes
