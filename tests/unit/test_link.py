"""Entity linking: the curated pair list, keys, entities and guards."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from recon.errors import OptionError
from recon.gazetteer import Gazetteer
from recon.link import Mention, link, mention_key

PAIRS = Path(__file__).parent.parent / "data" / "link_pairs.tsv"


def _rows() -> list[list[str]]:
    lines = [
        ln for ln in PAIRS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]
    rows = list(csv.reader(lines[1:], delimiter="\t"))
    return [r for r in rows if r]


ROWS = _rows()
CASES = [
    pytest.param(r[0], r[1], r[2], g, id=f"{r[0]}|{r[1]}|{g}")
    for r in ROWS
    for g in (("gaz", "empty") if r[3] == "any" else ("gaz",))
]


def test_pair_file_is_big_enough() -> None:
    assert sum(r[2] == "link" for r in ROWS) >= 100
    assert sum(r[2] == "separate" for r in ROWS) >= 30
    assert all(r[2] in ("link", "separate") and r[3] in ("any", "gaz") for r in ROWS)


@pytest.mark.parametrize(("a", "b", "expect", "gaz"), CASES)
def test_pair(a: str, b: str, expect: str, gaz: str) -> None:
    g = None if gaz == "gaz" else Gazetteer()
    ea, eb = link([a, b], gazetteer=g)
    assert (ea.id == eb.id) == (expect == "link"), (ea.reasons, eb.reasons)


def test_one_entity_per_mention_in_order() -> None:
    ms = ["K1", "فرنسا", "ك 1", "France", "القيارة"]
    out = link(ms)
    assert len(out) == 5
    assert out[0] is out[2] and out[1] is out[3]
    assert out[0].id != out[1].id != out[4].id
    assert out[1].id == "fr" and out[1].name == "France" and out[1].kind == "country"


def test_entity_fields() -> None:
    ms = [
        Mention(text="مايلز كاغينز", doc="b"),
        Mention(text="مايلز كيغنز", doc="a"),
        Mention(text="مايلز كاغينز", doc="c"),
    ]
    e = link(ms)[0]
    assert e.aliases == ("مايلز كاغينز", "مايلز كيغنز")
    assert e.documents == ("a", "b", "c")
    assert e.name == "مايلز كاغينز"  # the most frequent form
    assert {r.rule for r in e.reasons} == {"translit"}
    assert all(r.score > 0 for r in e.reasons)


def test_facility_hint_sets_kind_and_name() -> None:
    e = link(["قاعدة K1 الجوية", "معسكر (K1)", "K1"])[0]
    assert e.kind == "facility"
    assert e.name == "K1"


def test_ids_are_deterministic_and_order_free() -> None:
    a = link(["ك 1", "K1", "القيارة"], gazetteer=Gazetteer())
    b = link(["القيارة", "K1", "ك 1"], gazetteer=Gazetteer())
    assert a[0].id == b[2].id and a[2].id == b[0].id


def test_facility_hint_never_joins_a_known_place() -> None:
    a, b = link(["مطار الموصل", "الموصل"])
    assert a.id != b.id and b.id == "mosul"
    a, b = link([Mention(text="الموصل", kind="facility"), "الموصل"])
    assert a.id != b.id


def test_person_hint_from_title_and_context() -> None:
    assert mention_key("العقيد مايلز كاغينز").hint == "person"
    m = Mention(text="K1", context="وسلّمت القوات قاعدة K1 قرب كركوك")
    assert link([m])[0].kind == "facility"


def test_common_noun_not_fuzzy_linked_even_if_misspelt_name() -> None:
    # One headline writes القيادة for القيارة; the common noun stays apart.
    a, b, c = link(["القيارة", "القيادة", "قاعدة القيارة"])
    assert a.id == c.id and a.id != b.id


def test_two_gazetteer_entries_never_merge() -> None:
    out = link(["حماس", "حمص", "Hamas", "Homs"])
    assert out[0].id == out[2].id == "hamas"
    assert out[1].id == out[3].id == "homs"


def test_fuzzy_off_keeps_exact_and_gazetteer() -> None:
    out = link(["مايلز كاغينز", "مايلز كيغنز", "داعش", "ISIS", "تل عفر", "تلعفر"], fuzzy=False)
    assert out[0].id != out[1].id
    assert out[2].id == out[3].id == "isis"
    assert out[4].id == out[5].id


def test_user_gazetteer_anchors() -> None:
    g = Gazetteer()
    g.add("Qayyarah Airfield West", aliases=["القيارة", "Q-West"], kind="facility", id="q-west")
    out = link(["القيارة", "Q-West", "قاعدة القيارة"], gazetteer=g)
    assert {e.id for e in out} == {"q-west"}
    assert out[0].name == "Qayyarah Airfield West"


def test_mention_key_parts() -> None:
    k = mention_key("قاعدة K1 الجوية")
    assert (k.name, k.hint, k.display) == ("k 1", "facility", "K1")
    assert mention_key("معسكر (K1)").name == "k 1"
    assert mention_key("والقيارة").name == mention_key("القيارة").name == "قياره"
    assert mention_key("بوتين").name == "بوتين"  # a leading ب of a name stays
    assert mention_key("الكولونيل مايلز كاغينز").display == "مايلز كاغينز"
    assert mention_key("مَايْلْز كاغـينز").name == "مايلز كاغينز"


@pytest.mark.parametrize("bad", [0, -5, 101, float("nan")])
def test_bad_threshold(bad: float) -> None:
    with pytest.raises(OptionError):
        link(["a"], threshold=bad)


def test_bad_inputs() -> None:
    with pytest.raises(OptionError):
        link(["  "])
    with pytest.raises(OptionError):
        link(["x"], gazetteer={"x": 1})  # type: ignore[arg-type]
    assert link([]) == []


def test_threshold_controls_fuzzy_rule() -> None:
    # A dropped consonant in a long unknown name: ratio ~ 96, skeletons differ.
    a, b = "جيمس ستيفنسون", "جيمس ستيفسون"
    loose = link([a, b], gazetteer=Gazetteer(), threshold=90)
    assert loose[0].id == loose[1].id
    assert {r.rule for r in loose[0].reasons} == {"fuzzy"}
    strict = link([a, b], gazetteer=Gazetteer(), threshold=99)
    assert strict[0].id != strict[1].id


def _ids(ms: list[Mention]) -> list[str]:
    return [e.id for e in link(ms, gazetteer=Gazetteer())]


def test_bare_surname_links_to_the_full_name_in_its_document() -> None:
    ms = [
        Mention(text="الكولونيل وين ماروتو", doc="a"),
        Mention(text="ماروتو", doc="a"),
        Mention(text="ماروتو", doc="b"),  # no full name in b: stays apart
    ]
    out = link(ms, gazetteer=Gazetteer())
    assert out[0].id == out[1].id != out[2].id
    assert out[0].name == "وين ماروتو"  # the bare surname never names the entity
    assert ("surname", "ماروتو", "وين ماروتو") in {
        (r.rule, r.key, r.matched) for r in out[1].reasons
    }


def test_bare_surname_two_token_suffix() -> None:
    ids = _ids([Mention(text="عادل عبد المهدي", doc="x"), Mention(text="عبد المهدي", doc="x")])
    assert ids[0] == ids[1]


def test_bare_surname_ambiguous_in_its_document_stays_alone() -> None:
    ms = [
        Mention(text="جو بايدن", doc="a"),
        Mention(text="هانتر بايدن", doc="a"),
        Mention(text="بايدن", doc="a"),
    ]
    ids = _ids(ms)
    assert len(set(ids)) == 3


def test_bare_surname_does_not_bridge_two_documents() -> None:
    # Two men named Marotto in two articles; the bare name in each goes to its own.
    ms = [
        Mention(text="وين ماروتو", doc="a"),
        Mention(text="ماروتو", doc="a"),
        Mention(text="جون ماروتو", doc="b"),
        Mention(text="ماروتو", doc="b"),
    ]
    ids = _ids(ms)
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_bare_surname_guards() -> None:
    # A facility or place ending in the word is not a full name.
    ids = _ids([Mention(text="قاعدة عين الأسد", doc="a"), Mention(text="الأسد", doc="a")])
    assert ids[0] != ids[1]
    # A common word as surname needs a full name known to be a person...
    out = link([Mention(text="ماهر الأسد", doc="a"), Mention(text="الأسد", doc="a")])
    assert out[0].id != out[1].id
    out = link([Mention(text="بشار الأسد", doc="a"), Mention(text="الأسد", doc="a")])
    assert out[0].id == out[1].id == "bashar-al-assad"
    # ...and fuzzy=False keeps only exact evidence.
    ms = [Mention(text="وين ماروتو", doc="a"), Mention(text="ماروتو", doc="a")]
    out = link(ms, gazetteer=Gazetteer(), fuzzy=False)
    assert out[0].id != out[1].id


def test_short_given_name_variants() -> None:
    assert len(set(_ids([Mention(text="وين ماروتو"), Mention(text="واين ماروتو")]))) == 1
    # The same variation in an Arabic name (article, Arabic-only letters) is another name.
    for a, b in [
        ("سمير الحسيني", "سمر الحسيني"),
        ("زيد حسن", "زايد حسن"),
        ("زيد الجبوري", "زايد الجبوري"),
    ]:
        assert len(set(_ids([Mention(text=a), Mention(text=b)]))) == 2, (a, b)
    # A changed vowel is another name, and a short token needs an identical token beside it.
    for a, b in [("جون كيري", "جين كيري"), ("وين مارت", "واين ماريت")]:
        assert len(set(_ids([Mention(text=a), Mention(text=b)]))) == 2, (a, b)


def test_bracketed_gloss_key() -> None:
    for text in (
        "قاعدة جوهر (Jowhar) العسكرية",
        "جوهر (Jowhar",
        "جوهر(Jowhar)",
        "قاعدة جوهر [Jowhar]",
    ):
        k = mention_key(text)
        assert k.name == "جوهر" and k.display == "جوهر", text
        assert k.gloss is not None and (k.gloss.name, k.gloss.display) == ("jowhar", "Jowhar")
    assert mention_key("قاعدة جوهر (Jowhar)").gloss.hint == "facility"  # type: ignore[union-attr]
    # Kind words alone outside the bracket: the bracket is the name itself.
    assert mention_key("معسكر (K1)").gloss is None
    # The same script inside and out is one name, not a gloss; Arabic in
    # brackets after a Latin name often says where the thing is.
    assert mention_key("جوهر (جوهار)").gloss is None
    assert mention_key("K1 (كركوك)").gloss is None


def test_gloss_links_both_spellings_as_one_name() -> None:
    out = link(["جوهر (Jowhar", "Jowhar", "جوهار", "قاعدة جوهار العسكرية"], gazetteer=Gazetteer())
    assert len({e.id for e in out}) == 1
    # One name with one alias, never an odd token "جوهر (Jowhar".
    assert out[0].name in {"جوهر", "جوهار", "Jowhar"}
    assert "gloss" in {r.rule for r in out[0].reasons}
    assert {r.key for r in out[0].reasons} <= {"جوهر", "جوهار", "jowhar"}


def test_gloss_never_bridges_two_gazetteer_entries() -> None:
    out = link(["حماس (Homs)", "Homs", "Hamas"])
    assert out[0].id == out[2].id == "hamas" and out[1].id == "homs"


def test_place_long_vowel_variant_needs_a_place_on_both_sides() -> None:
    place = [Mention(text="جوهار", kind="place"), Mention(text="جوهر", kind="place")]
    assert len(set(_ids(place))) == 1
    fac = [Mention(text="جوهار", kind="facility"), Mention(text="قاعدة جوهر")]
    assert len(set(_ids(fac))) == 1
    # One side unhinted (a man named سمير?) or a person: no variant.
    for other in (Mention(text="سمير"), Mention(text="سمير", kind="person")):
        assert len(set(_ids([Mention(text="سمر", kind="place"), other]))) == 2
    # Too short a skeleton, or a vowel changed rather than added.
    assert (
        len(set(_ids([Mention(text="دير", kind="place"), Mention(text="ديار", kind="place")]))) == 2
    )
    assert (
        len(set(_ids([Mention(text="جوهر", kind="place"), Mention(text="جيهر", kind="place")])))
        == 2
    )


def test_ambiguous_place_resolved_by_its_sentence() -> None:
    lebanon = "غرق مركب قبالة شاطئ طرابلس، فيما انتشل الجيش اللبناني 45 ناجيا"
    libya = "وصل المبعوث الأممي إلى العاصمة الليبية طرابلس أمس"
    ms = [
        Mention(text="طرابلس", doc="a", context=lebanon),
        Mention(text="طرابلس", doc="b", context=libya),
        Mention(text="طرابلس", doc="c", context="وصل الوفد إلى طرابلس"),
    ]
    out = link(ms)
    assert [e.id for e in out] == ["tripoli-lb", "tripoli-ly", "tripoli"]
    assert ("context", "طرابلس") in {(r.rule, r.mention) for r in out[0].reasons}


def test_ambiguous_place_resolved_by_its_document() -> None:
    plain = "شعر سكان طرابلس بالهزة"
    ms = [
        Mention(text="طرابلس", doc="a", context=plain),
        Mention(text="لبنان", doc="a", context="ولم تسجل أضرار في لبنان"),
        Mention(text="طرابلس", doc="b", context=plain),
        Mention(text="ليبيا", doc="b"),
        Mention(text="لبنان", doc="b"),  # both countries: stays ambiguous
    ]
    out = link(ms)
    assert out[0].id == "tripoli-lb" and out[2].id == "tripoli"
    # The sentence wins over the document.
    ms = [
        Mention(text="طرابلس", doc="a", context="قصفت طرابلس الليبية"),
        Mention(text="لبنان", doc="a"),
    ]
    assert link(ms)[0].id == "tripoli-ly"
    # Without the senses' entries (an empty gazetteer) nothing is resolved.
    assert link(ms, gazetteer=Gazetteer())[0].id != "tripoli-ly"
