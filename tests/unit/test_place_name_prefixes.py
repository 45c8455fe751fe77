"""A place named after a head noun whose name opens with a word that never
stands alone ("منطقة أبو نصير", "محافظة ذي قار": entities.toml
name_prefixes) keeps its whole name; Amman named as the capital or a city
is Amman, bare "عمان" stays ambiguous.  Sentences written for these tests."""

from extracting import extract_text

PUB = "2026-07-20"


def entities(text: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB)]


def test_abu_prefix_keeps_the_next_word() -> None:
    got = entities("وقال سكان إن 40 أسرة في منطقة أبو علندا بقيت بلا مياه منذ الأحد.")
    assert got and all(e.endswith("أبو علندا") for e in got)


def test_dhi_prefix_keeps_the_next_word() -> None:
    got = entities("وأعلنت مديرية الدفاع المدني في محافظة ذي قار إنقاذ 8 أشخاص من الغرق.")
    assert got and all("ذي قار" in e for e in got)


def test_a_one_word_name_is_unchanged() -> None:
    got = entities("وقال سكان إن 40 أسرة في منطقة الهاشمي بقيت بلا مياه منذ الأحد.")
    assert got and all(e.endswith("الهاشمي") for e in got)


def _linked(tmp_path, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    import json

    import recon

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    src = [{"id": "a", "outlet": "a", "published": PUB, "language": "ar"}]
    (tmp_path / "sources.json").write_text(json.dumps(src), encoding="utf-8")
    return {r["entity"] for r in recon.reconcile(recon.load_corpus(tmp_path)).to_records()}


def test_the_capital_amman_is_amman(tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _linked(tmp_path, "وضبطت الأجهزة الأمنية 19 شخصا بتهمة سرقة المياه في العاصمة عمان.")
    assert got == {"Amman"}


def test_bare_amman_is_not_linked_to_the_city(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # negative: "عمان" alone may be Oman; the gazetteer does not guess
    got = _linked(tmp_path, "وضبطت الأجهزة الأمنية 19 شخصا بتهمة سرقة المياه في عمان.")
    assert "Amman" not in got
