"""Round 10: animals dead are a state of the animals counted
(``count:<item>:dead``), never the herd; a weight or volume said to have
risen is a succession of totals, as an area or a count is.  Articles and
sentences written for these tests, with negative cases."""

import pytest
from extracting import fields_of

import recon

PUB = "2026-02-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت المديرية نفوق 870 رأساً من الأبقار في محافظة دهوك.",
        "وارتفع عدد الأبقار النافقة في محافظة دهوك إلى 1315 رأساً.",
    ],
)
def test_animals_dead_are_counted_as_dead(sentence: str) -> None:
    assert fields_of("دهوك - " + sentence, PUB, "") == ["count:livestock:dead"]


def test_a_herd_is_not_dead() -> None:
    text = "دهوك - ويقدر عدد الأبقار في محافظة دهوك بنحو 190 ألف رأس."
    assert fields_of(text, PUB, "") == ["count:livestock"]


def _doc(i: str, day: str, text: str) -> recon.Document:
    return recon.Document(source=recon.Source(id=i, published=day), text=text)


@pytest.mark.parametrize(("unit", "field"), [("طناً", "weight"), ("متر مكعب", "volume")])
def test_a_measure_said_to_have_risen_is_an_update(unit: str, field: str) -> None:
    a = _doc(
        "a", "2026-09-08", f"القطيف - جمعت فرق البلدية 12 {unit} من النفايات على سواحل القطيف."
    )
    b = _doc(
        "b",
        "2026-09-09",
        f"القطيف - ارتفعت كمية النفايات التي جمعتها فرق البلدية على سواحل القطيف إلى 19 {unit}.",
    )
    (group,) = [g for g in recon.reconcile([a, b]).groups if g.field == field]
    assert group.status is recon.Status.UPDATE


def test_a_measure_that_differs_without_a_rise_is_a_conflict() -> None:
    a = _doc("a", "2026-09-09", "القطيف - جمعت فرق البلدية 12 طناً من النفايات على سواحل القطيف.")
    b = _doc("b", "2026-09-09", "القطيف - جمعت فرق البلدية 19 طناً من النفايات على سواحل القطيف.")
    (group,) = [g for g in recon.reconcile([a, b]).groups if g.field == "weight"]
    assert group.status is recon.Status.CONFLICT


def test_people_rescued_are_counted_as_a_toll_is() -> None:
    a = _doc("a", "2026-02-06", "الحمراء - تمكنت فرق الدفاع المدني من إنقاذ 9 متنزهين في جبل شمس.")
    b = _doc("b", "2026-02-07", "الحمراء - ارتفع عدد من تم إنقاذهم في جبل شمس إلى 14 شخصاً.")
    (group,) = [g for g in recon.reconcile([a, b]).groups if g.field == "rescued"]
    assert group.status is recon.Status.UPDATE
