"""The administrative divisions (lexicons/ar/gazetteer_admin.toml): the data
holds together, its names link, and a story named at three scales becomes
one group while two towns of one governorate stay apart.

Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import extracted_claim, gazetteer_entity

from recon import lexicon
from recon._story import refine
from recon.gazetteer import Gazetteer, builtin_data, matching_key
from recon.group import group_claims
from recon.model import Claim, Entity

ADMIN = lexicon.load("gazetteer_admin")
MAIN = lexicon.load("gazetteer")
DATA = builtin_data()
IDS = {e["id"]: e for e in DATA["entry"]}
WITHIN: dict[str, str] = DATA["within"]
NEW = list(ADMIN["entry"])

# Bare Arabic words that are also common words (or given names): never an
# alias on their own, only inside a longer form ("مدينة الخبر", "ولاية معسكر").
COMMON = [
    "الشرقية", "الغربية", "البحيرة", "الخارجة", "الباب", "السلمية", "سلمية", "صور",
    "عمان", "الخبر", "معسكر", "البيض", "الوادي", "النعامة", "سعيدة", "بشار", "الكاف",
    "قبلي", "الجزيرة", "الأبيض", "الجنينة", "البيضاء", "الجوف", "حجة", "عمران",
    "الزاوية", "الخمس", "الجديدة", "العين", "الظاهرة", "الوسطى", "الداخلية",
    "الشمال", "الجنوب", "الشمالية", "الجنوبية", "المنطقة الشرقية", "العاصمة",
    "محافظة العاصمة", "بحري", "ربك", "الخور", "الزبير", "الطور", "مالي", "حديثة",
    "سلا", "جهة الشرق", "الجهة الشرقية", "المحلة", "المدية", "عسير", "حائل", "الباحة",
    "ينبع", "البقاع", "المهرة", "الضالع", "مطروح", "الدوما", "الريان", "الأحمدي",
    "حولي", "ريمة", "ملوي", "المحمدية", "الحوض الشرقي", "العصابة",
    # Latin common words
    "sale", "hail", "mascara", "medea", "tubas", "salt", "hit",
]


def test_every_within_link_names_existing_entries() -> None:
    for part, whole in WITHIN.items():
        assert part in IDS, part
        assert whole in IDS, (part, whole)
        assert part != whole


def test_containment_has_no_cycle_and_every_division_reaches_its_country() -> None:
    for start in IDS:
        seen = [start]
        while seen[-1] in WITHIN:
            nxt = WITHIN[seen[-1]]
            assert nxt not in seen, [*seen, nxt]
            seen.append(nxt)
        if start in {e["id"] for e in NEW}:
            # Every new division and town is linked, and its chain ends at a country.
            assert len(seen) > 1, start
            assert IDS[seen[-1]]["kind"] == "country", seen


def test_towns_sit_in_divisions_and_divisions_in_countries() -> None:
    for e in NEW:
        whole = IDS[WITHIN[e["id"]]]
        if e["kind"] == "city":
            assert whole["kind"] in ("province", "region", "country"), e["id"]
        else:
            assert whole["kind"] in ("country", "region"), e["id"]


def test_new_ids_and_aliases_collide_with_nothing() -> None:
    old_ids = {e["id"] for e in MAIN["entry"]}
    owner: dict[str, str] = {}
    for e in MAIN["entry"]:
        for a in (e["name"], *e.get("aliases", [])):
            owner.setdefault(matching_key(a), e["id"])
    for e in NEW:
        assert e["id"] not in old_ids, e["id"]
        for a in (e["name"], *e.get("aliases", [])):
            k = matching_key(a)
            assert owner.setdefault(k, e["id"]) == e["id"], (a, e["id"], owner[k])


def test_no_common_word_is_a_bare_alias() -> None:
    common = {matching_key(w) for w in [*COMMON, *MAIN["common"]["words"]]}
    for e in NEW:
        for a in (e["name"], *e.get("aliases", [])):
            assert matching_key(a) not in common, (a, e["id"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("محافظة القليوبية", "eg-qalyubia"),
        ("بالقليوبية", "eg-qalyubia"),
        ("بمحافظة الشرقية", "eg-sharqia"),
        ("ولاية سطيف", "dz-setif-wilaya"),
        ("سطيف", "setif"),
        ("وجندوبة", "jendouba"),
        ("ولاية جندوبة", "tn-jendouba-gov"),
        ("ولاية شمال دارفور", "sd-north-darfur"),
        ("الفاشر", "el-fasher"),
        ("ريف اللاذقية", "sy-latakia-gov"),
        ("محافظة أسوان", "eg-aswan-gov"),
        ("أسوان", "aswan"),
        ("مدينة الخبر", "khobar"),
        ("جهة مراكش آسفي", "ma-marrakesh-safi"),
        # A dateline's bare town name ("عنيزة - محمد العبدالكريم").
        ("عنيزة", "unaizah"),
        ("بعنيزة", "unaizah"),
    ],
)
def test_real_phrasings_link(text: str, expected: str) -> None:
    e = Gazetteer.default().lookup(text)
    assert e is not None and e.id == expected, (text, e)


@pytest.mark.parametrize(
    "text",
    [
        "خرجت الاحتجاجات السلمية من الباب الشرقي للجامعة",
        "نقلت وكالة الأنباء الخبر عن مصادر في الجهة الشرقية والمنطقة الشرقية",
        "انتشلت الفرق جثث البحارة من البحيرة بعد عودتهم إلى معسكر التدريب",
        "قال إن الوادي الخصيب يمتد إلى الجزيرة",
        "وصل الحجاج إلى البقاع المقدسة والوضع عسير، والسؤال المطروح حائل دون الحل",
        "قال إن القلق ينبع من تورط العمال المهرة الضالعين في المحلة",
    ],
)
def test_common_words_are_no_place(text: str) -> None:
    assert [m.surface for m in Gazetteer.default().find_mentions(text)] == []


# ---- one story, three scales ----

DAY = dt.date(2025, 9, 14)


_ent = gazetteer_entity


def _claim(doc: str, entity: Entity, value: float, quote: str) -> Claim:
    return extracted_claim(doc, entity, value, quote, field="killed", published=DAY)


EG, QALYUBIA = _ent("eg"), _ent("eg-qalyubia")
BANHA, SHUBRA = _ent("banha"), _ent("shubra-el-kheima")


def test_town_governorate_and_country_are_one_story() -> None:
    # The chain Banha -> Qalyubia -> Egypt is read from [within] alone: no
    # sentence says where Banha is.
    a = _claim("d1", BANHA, 6, "لقي 6 أشخاص مصرعهم في حريق مصنع للأخشاب في بنها")
    b = _claim("d2", QALYUBIA, 6, "القليوبية: مصرع 6 عمال في حريق مصنع")
    c = _claim("d3", EG, 6, "مصر: 6 قتلى في حريق مصنع أخشاب")
    ents = [BANHA, QALYUBIA, EG]
    assert [e.id for e in refine([a, b, c], ents)] == ["banha"] * 3
    drafts = group_claims([a, b, c], ents)
    assert [(d.entity.id, len(d.claims)) for d in drafts] == [("banha", 3)]


def test_two_towns_of_one_governorate_keep_their_own_tolls() -> None:
    # The governorate's 6 is the toll only Banha gave too: one story (round
    # 10, recon._story_parts); Egypt's 9 (both accidents) is no part's.
    a = _claim("d1", BANHA, 6, "لقي 6 أشخاص مصرعهم في حريق مصنع في بنها")
    b = _claim("d2", SHUBRA, 3, "مصرع 3 في انهيار عقار بشبرا الخيمة")
    c = _claim("d3", QALYUBIA, 6, "القليوبية: مصرع 6 عمال في حريق مصنع")
    d = _claim("d4", EG, 9, "مصر: 9 قتلى في حادثين")
    ents = [BANHA, SHUBRA, QALYUBIA, EG]
    assert [e.id for e in refine([a, b, c, d], ents)] == [
        "banha",
        "shubra-el-kheima",
        "banha",
        "eg",
    ]
    drafts = group_claims([a, b, c, d], ents)
    assert sorted(d.entity.id for d in drafts) == sorted(["banha", "shubra-el-kheima", "eg"])


def test_a_governorates_toll_no_town_gave_stays_the_governorates() -> None:
    a = _claim("d1", BANHA, 6, "لقي 6 أشخاص مصرعهم في حريق مصنع في بنها")
    b = _claim("d2", SHUBRA, 3, "مصرع 3 في انهيار عقار بشبرا الخيمة")
    c = _claim("d3", QALYUBIA, 7, "القليوبية: مصرع 7 عمال في حريق مصنع")
    ents = [BANHA, SHUBRA, QALYUBIA]
    assert [e.id for e in refine([a, b, c], ents)] == ["banha", "shubra-el-kheima", "eg-qalyubia"]
