"""Round 10: a country's toll moves to the one part that gave the same
toll, even when other parts have tolls of their own; some of the dead ("12
من الضحايا") are a part of them.  Articles and sentences written for these
tests, with negative cases."""

from extracting import extract_text

import recon

PUB = "2026-08-11"


def _doc(i: str, text: str) -> recon.Document:
    return recon.Document(source=recon.Source(id=i, published=PUB), text=text)


TOWN = "أبوحمد - لقي 19 شخصاً مصرعهم في غرق مركب نهري قبالة جزيرة مقرات بمحلية أبوحمد."
COUNTRY = (
    "دبي - ارتفعت حصيلة غرق مركب نهري في النيل شمالي السودان إلى {toll} قتيلاً.\n\n"
    "وهذا ثاني حادث من نوعه، إذ غرق قارب صغير قبل أيام في النيل الأبيض قرب مدينة "
    "الدويم ولقي 8 أشخاص حتفهم."
)


def _tolls(country_toll: int) -> dict[str, set[str]]:
    report = recon.reconcile([_doc("town", TOWN), _doc("wire", COUNTRY.format(toll=country_toll))])
    return {g.entity: {c.source.id for c in g.claims} for g in report.groups if g.field == "killed"}


def test_a_countrys_toll_goes_to_the_one_part_with_the_same_toll() -> None:
    got = _tolls(19)
    assert {"town", "wire"} in got.values(), got


def test_a_countrys_toll_no_part_shares_stays_the_countrys() -> None:
    got = _tolls(23)
    assert {"town", "wire"} not in got.values(), got


def test_some_of_the_dead_are_a_part_of_them() -> None:
    text = "أبوحمد - وشيع الأهالي ظهر الثلاثاء 12 من الضحايا في مقابر المدينة."
    assert [c.field for c in extract_text(text, PUB)] == ["killed:part"]


def test_people_saved_from_drowning_are_not_a_part_of_the_dead() -> None:
    text = "أبوحمد - وتمكن المتطوعون من إنقاذ 11 شخصاً من الغرق قبالة أبوحمد."
    assert [c.field for c in extract_text(text, PUB)] == ["rescued"]


def test_new_bodies_after_which_a_toll_rose_are_a_part_of_it() -> None:
    text = (
        "أبوحمد - ارتفع عدد ضحايا غرق المركب قبالة أبوحمد إلى 19 قتيلاً، بعد "
        "انتشال ثماني جثث جديدة صباح أمس."
    )
    assert [c.field for c in extract_text(text, PUB)] == ["killed", "killed:part"]


def test_new_bodies_alone_are_a_toll() -> None:
    text = "أبوحمد - وانتشلت فرق الإنقاذ 8 جثث جديدة قبالة أبوحمد."
    assert [c.field for c in extract_text(text, PUB)] == ["killed"]
