"""Round 13: countries named like their capitals, a country labelling a
headline, and names that are also common words ("مالي").  Sentences written
for these tests, with negative cases."""

import pytest
from extracting import extract_text

from recon.errors import LexiconError
from recon.gazetteer import Gazetteer

PUB = "2026-02-06"


def ids(text: str) -> list[str]:
    return [m.entry.id for m in Gazetteer.default().find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل 5 أشخاص في تونس", ["tn"]),
        ("وصل الوفد إلى الجزائر", ["dz"]),
        ("في تونس العاصمة", ["tunis"]),
        ("في الجزائر العاصمة", ["algiers"]),
    ],
)
def test_a_bare_name_shared_with_the_capital_is_the_country(text, want) -> None:
    assert ids(text) == want


@pytest.mark.parametrize(
    "text",
    ["الإفراج عن 9 سائقين في مالي", "هجوم في شمال مالي", "وفي مالي", "أعلنت حكومة مالي"],
)
def test_a_guarded_name_after_a_place_word_is_the_place(text) -> None:
    assert ids(text) == ["ml"]


@pytest.mark.parametrize(
    "text",
    [
        "قدمت الحكومة دعم مالي للمزارعين",  # an adjective after a noun
        "عجز في النظام المالي",  # with the article
        "ساهم بمالي الخاص",  # with a particle
        "مالي تعلن الحداد",  # nothing before it
    ],
)
def test_a_guarded_name_elsewhere_is_a_common_word(text) -> None:
    assert "ml" not in ids(text)


def test_a_guarded_name_is_looked_up_always() -> None:
    e = Gazetteer.default().lookup("مالي")
    assert e is not None and e.id == "ml"


def test_guarded_names_come_from_a_file_too(tmp_path) -> None:
    p = tmp_path / "g.toml"
    p.write_text(
        '[[entry]]\nid = "x"\nname = "Sur"\nkind = "city"\nguarded = ["صور"]\n',
        encoding="utf-8",
    )
    g = Gazetteer.from_file(p)
    assert [m.entry.id for m in g.find_mentions("قصف في صور")] == ["x"]
    assert g.find_mentions("نشر صور الحادث") == []


def test_guarded_names_must_be_strings(tmp_path) -> None:
    p = tmp_path / "g.toml"
    p.write_text('[[entry]]\nname = "Sur"\nguarded = [1]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="guarded"):
        Gazetteer.from_file(p)


def entities(text: str, field: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == field]


def test_a_country_labelling_a_headline_is_not_the_figure_s_place() -> None:
    text = "تونس: النيران تلتهم أكثر من 1300 هكتار في جندوبة\n\nواصلت فرق الإطفاء عملها."
    assert entities(text, "area") == ["جندوبة"]


def test_a_country_named_in_the_sentence_still_is() -> None:
    assert entities("قتل 5 أشخاص في حادث سير في تونس أمس.", "killed") == ["تونس"]


def test_the_kurdistan_region_holds_its_governorates() -> None:
    from recon._dateline import containers, country_of

    for gov in ("iq-erbil-gov", "iq-duhok-gov", "iq-sulaymaniyah-gov", "iq-halabja-gov"):
        assert "iq-kurdistan" in containers(gov), gov
        assert country_of(gov) == "iq"
    assert "iq-kurdistan" in containers("erbil")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("تنتهي الحصة الأخيرة قرب المغرب", []),
        ("التقوا بعد صلاة المغرب", []),
        ("وصل الوفد إلى المغرب", ["ma"]),
        ("أعلن المغرب الحداد", ["ma"]),
    ],
)
def test_the_sunset_prayer_is_no_morocco(text, want) -> None:
    assert ids(text) == want


def test_not_after_must_map_names_to_lists(tmp_path, monkeypatch) -> None:
    from recon import lexicon

    folder = tmp_path / "ar"
    folder.mkdir()
    (folder / "gazetteer.toml").write_text(
        '[guarded]\nnot_after = { "المغرب" = "قرب" }\n', encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "lexicon_paths", lambda: [tmp_path])
    lexicon.clear_cache()
    try:
        with pytest.raises(LexiconError, match="not_after"):
            Gazetteer.default().find_mentions("في المغرب")
    finally:
        monkeypatch.undo()
        lexicon.clear_cache()
