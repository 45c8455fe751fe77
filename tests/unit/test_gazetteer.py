"""The gazetteer: built-in data, user files, lookup and find_mentions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recon import lexicon
from recon.errors import LexiconError
from recon.gazetteer import Gazetteer, GazetteerEntry, matching_key
from recon.translit import skeleton


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_builtin_has_no_alias_clash(gaz: Gazetteer) -> None:
    owner: dict[str, str] = {}
    for e in gaz:
        for a in (e.name, *e.aliases):
            k = matching_key(a)
            assert owner.setdefault(k, e.id) == e.id, (a, owner[k], e.id)


def test_builtin_contents(gaz: Gazetteer) -> None:
    assert len(gaz) > 250
    for eid in ("iq", "us", "fr", "cz", "global-coalition", "isis", "ain-al-asad", "kirkuk"):
        assert eid in gaz
    # general data only: no seed-specific facilities
    assert gaz.lookup("K1") is None and gaz.lookup("القيارة") is None
    # capitals are cities, not their countries
    assert gaz.lookup("واشنطن").id == "washington"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("mention", "eid"),
    [
        ("العراق", "iq"),
        ("للعراق", "iq"),
        ("وبالعراق", "iq"),
        ("العراقيين", "iq"),
        ("عراقيًا", "iq"),
        ("الأميركية", "us"),
        ("الولايات المتحدة الامريكية", "us"),
        ("التشيكي", "cz"),
        ("الائتلاف", "global-coalition"),
        ("التحالف الذي تقوده الولايات المتحدة", "global-coalition"),
        ("تنظيم الدولة", "isis"),
        ("ISIL", "isis"),
        ("نينوي", "iq-nineveh"),
        ("ديالي", "iq-diyala"),
        ("كربلا", "karbala"),
        ("قاعدة عين الاسد الجوية", "ain-al-asad"),
        ("الحشد", "pmf"),
        ("Kirkuk", "kirkuk"),
        ("حركة فتح", "fatah"),
        ("طرابلس الغرب", "tripoli-ly"),
        ("طرابلس الليبية", "tripoli-ly"),
        ("طرابلس الشام", "tripoli-lb"),
        ("طرابلس اللبنانية", "tripoli-lb"),
        ("طرابلس", "tripoli"),  # bare: the entry standing for both cities
        ("قاعدة بلد الجوية", "balad-air-base"),
    ],
)
def test_lookup(gaz: Gazetteer, mention: str, eid: str) -> None:
    e = gaz.lookup(mention)
    assert e is not None and e.id == eid


@pytest.mark.parametrize(
    "mention",
    ["is", "القيادة", "الأسد", "بغداد الجديدة", "حزب", "", "فتح", "بفتح", "قاعدة بلد وين"],
)
def test_lookup_misses(gaz: Gazetteer, mention: str) -> None:
    assert gaz.lookup(mention) is None


def test_find_mentions_spans_point_into_original(gaz: Gazetteer) -> None:
    text = "وأعلنت قواتُ التحالـــف الدولي انسحابها من العِراقِ، وقال مسؤولٌ عراقيٌّ في بغداد وللعراق."
    ms = gaz.find_mentions(text)
    got = [(m.entry.id, m.surface) for m in ms]
    assert got == [
        ("global-coalition", "قواتُ التحالـــف الدولي"),
        ("iq", "العِراقِ"),
        ("iq", "عراقيٌّ"),
        ("baghdad", "بغداد"),
        ("iq", "عراق"),
    ]
    for m in ms:
        assert text[m.start : m.end] == m.surface
    assert [m.start for m in ms] == sorted(m.start for m in ms)


def test_find_mentions_longest_and_whole_words(gaz: Gazetteer) -> None:
    text = "هاجمت كتائب حزب الله مواقع قرب الموصلي وتنظيم القاعدة في القاعدة الجوية"
    ms = gaz.find_mentions(text)
    assert [m.entry.id for m in ms] == ["kataib-hezbollah", "al-qaeda"]
    assert ms[0].surface == "كتائب حزب الله"


def test_common_words_are_not_names(gaz: Gazetteer) -> None:
    # "بفتح مسارات هجرة قانونية": the verb/masdar فتح is not Fatah.
    assert gaz.find_mentions("ودعت المنظمة إلى فتح مسارات هجرة قانونية وبفتح الحدود") == []
    assert gaz.is_common(matching_key("فتح")) and gaz.is_common(matching_key("بلد"))
    # A shorter alias never matches inside a longer name: بلد وين is Beledweyne.
    got = gaz.find_mentions("بعد ثلاثة أيام من تسليم قاعدة بلد وين في الصومال")
    assert [m.entry.id for m in got] == ["so"]


def test_senses_name_existing_entries(gaz: Gazetteer) -> None:
    senses = lexicon.load("gazetteer")["link"]["senses"]
    assert senses
    for eid, table in senses.items():
        assert eid in gaz and len(table) >= 2, eid
        for sense, cues in table.items():
            assert sense in gaz and cues and all(c in gaz for c in cues), (eid, sense)


def test_find_mentions_acronym_case(gaz: Gazetteer) -> None:
    ms = gaz.find_mentions("IS fighters; this is not it; US and UN")
    assert [(m.entry.id, m.surface) for m in ms] == [("isis", "IS"), ("us", "US"), ("un", "UN")]


def test_find_mentions_linear_time(gaz: Gazetteer) -> None:
    text = "قال مسؤول في بغداد إن قوات التحالف الدولي غادرت الموصل. " * 2000
    ms = gaz.find_mentions(text)
    assert len(ms) == 6000


def test_add_and_merge() -> None:
    g = Gazetteer()
    e = g.add("Qayyarah Airfield West", aliases=["القيارة"], kind="facility")
    assert e.id == "qayyarah-airfield-west" and g.lookup("والقيارة") == e
    g.add("Qayyarah Airfield West", aliases=["Q-West"], kind="facility")
    assert len(g) == 1 and g.lookup("Q-West") is not None
    arabic = g.add("مخمور")
    assert arabic.id.startswith("x-") and arabic.id in g
    other = Gazetteer(
        [GazetteerEntry(id=e.id, name="Q-West", kind="facility", aliases=("كيو وست",))]
    )
    m = g.merged(other)
    got = m.get(e.id)
    assert got is not None and got.name == "Q-West"
    assert set(got.aliases) >= {"القيارة", "Q-West", "كيو وست"}
    assert len(g.get(e.id).aliases) == 2  # type: ignore[union-attr]  # original untouched


def test_merged_user_wins_alias_clash() -> None:
    mine = Gazetteer()
    mine.add("Baghdad Province Council", aliases=["بغداد"], id="bpc")
    m = Gazetteer.default().merged(mine)
    assert m.lookup("بغداد").id == "bpc"  # type: ignore[union-attr]
    assert Gazetteer.default().lookup("بغداد").id == "baghdad"  # type: ignore[union-attr]


def test_user_toml_and_json(tmp_path: Path) -> None:
    t = tmp_path / "mine.toml"
    t.write_text(
        '[common]\nwords = ["الحقل"]\n\n[[entry]]\nid = "k1"\nname = "K1 Air Base"\n'
        'kind = "facility"\naliases = ["K1", "ك 1", "كي وان"]\n',
        encoding="utf-8",
    )
    g = Gazetteer.from_file(t)
    assert g.lookup("ك 1").id == "k1"  # type: ignore[union-attr]
    assert g.is_common(matching_key("الحقل"))
    j = tmp_path / "mine.json"
    j.write_text(
        json.dumps([{"name": "Camp Victory", "aliases": ["معسكر النصر"]}]), encoding="utf-8"
    )
    assert Gazetteer.from_file(j).lookup("معسكر النصر").id == "camp-victory"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "content",
    [
        "[[entry]\nname = 'x'",  # malformed TOML
        "[[entry]]\naliases = ['x']",  # no name
        "[[entry]]\nname = 'x'\naliases = 'x'",  # aliases not a list
        "[[entry]]\nname = 'x'\ncolour = 'red'",  # unknown key
        "entry = 3",
        "[common]\nwords = 'x'",
    ],
)
def test_bad_file(tmp_path: Path, content: str) -> None:
    p = tmp_path / "bad.toml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as ei:
        Gazetteer.from_file(p)
    assert "bad.toml" in str(ei.value)


def test_missing_and_bad_json(tmp_path: Path) -> None:
    with pytest.raises(LexiconError):
        Gazetteer.from_file(tmp_path / "nope.toml")
    p = tmp_path / "bad.json"
    p.write_text("{", encoding="utf-8")
    with pytest.raises(LexiconError):
        Gazetteer.from_file(p)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("K1", "ك 1"),
        ("K1", "كي وان"),
        ("Caggins", "كاغينز"),
        ("كيغنز", "كاغينز"),
        ("Trump", "ترمب"),
        ("Fallujah", "الفلوجة"),
        ("Kenneth", "كينيث"),
        ("Erdoğan", "أردوغان"),
    ],
)
def test_skeleton_meets(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(
    ("a", "b"), [("القيارة", "القيادة"), ("الموصل", "الوصل"), ("K1", "K2"), ("سليم", "حليم")]
)
def test_skeleton_differs(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # The head of a construct never takes the article: "the new city".
        ("اندلع حريق في الإقامة الجامعية بالمدينة الجديدة علي منجلي", []),
        ("وقعت الحادثة في المدينة الجديدة", []),
        ("وصل الوفد إلى مدينة الجديدة المغربية", ["el-jadida", "ma"]),
        ("وصل الوفد إلى بمدينة الجديدة", ["el-jadida"]),
        # A one-word nisba takes it: "الجيش العراقي".
        ("قال المسؤول العراقي", ["iq"]),
        # ل merges with the article a name has: "للرقة".
        ("وصلت قافلة للرقة", ["raqqa"]),
    ],
)
def test_the_definite_article_agrees_with_the_alias(gaz: Gazetteer, text: str, ids: list[str]) -> None:
    assert [m.entry.id for m in gaz.find_mentions(text)] == ids
