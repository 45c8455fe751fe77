"""A figure given as a part of the count before it ("بينهم 4 أطفال", "منهم 9
في حالة خطرة", "5 منهم بحروق") gets field "<whole>:part[:<role>]"
(recon._field_part, fields.toml [part_roles]): it never joins the whole's
group, nor revises it.  Sentences written for these tests, with negative
cases."""

from pathlib import Path

import tomllib
from extracting import extract_text

import recon
from recon._field_part import PART_ROLES

PUB = "2025-04-03"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_children_among_the_dead_are_a_part() -> None:
    got = fields("لقي 12 شخصا حتفهم بينهم 4 أطفال في انهيار مبنى سكني بمدينة حلب.")
    assert ("killed", 12) in got
    assert ("killed:part:children", 4) in got
    assert ("killed", 4) not in got


def test_women_among_the_dead_with_min_baynihim() -> None:
    got = fields("توفي 15 شخصا وأصيب آخرون في حادث بمدينة سوهاج، ولقيت من بينهم 6 نساء حتفهن.")
    assert ("killed", 15) in got
    assert ("killed", 6) not in got


def test_seriously_hurt_after_the_subset_word() -> None:
    got = fields("أصيب 30 شخصا في حادث سير على طريق حمص، منهم 9 في حالة خطرة.")
    assert ("injured", 30) in got
    assert ("injured:part:serious", 9) in got


def test_subset_word_after_the_figure() -> None:
    got = fields("أسفر الحريق عن إصابة 20 عاملا، 5 منهم بحروق بالغة، في مصنع بمدينة طنطا.")
    assert ("injured", 20) in got
    assert ("injured:part:burns", 5) in got


def test_admitted_part_of_the_cases() -> None:
    got = fields(
        "وأصيب 140 شخصا بضيق في التنفس في الكويت، وأن 12 حالة منها استدعت الدخول إلى المستشفى."
    )
    assert ("injured", 140) in got
    assert ("injured:part:admitted", 12) in got


def test_still_in_care_part_is_injured_still() -> None:
    got = fields("وأصيب 22 شخصا في الحريق بمدينة بنها، وإن 4 منهم ما زالوا يتلقون العلاج.")
    assert ("injured:still", 4) in got


def test_two_parts_joined_by_and() -> None:
    got = fields("أصيب 30 شخصا في انفجار بمدينة الزرقاء، بينهم 5 في حالة حرجة و3 بحروق.")
    assert ("injured", 30) in got
    assert ("injured:part:serious", 5) in got
    assert ("injured:part:burns", 3) in got


def test_a_nationality_composition_is_a_part_by_nisba() -> None:
    # Round 16 reverses round 6 here as round 15 did for children: each
    # nationality is a part of its own, never the whole's figure.
    got = fields("أفرج الحوثيون عن 120 أسيرا في صنعاء بينهم 15 سعوديا و3 سودانيين.")
    assert ("arrested", 120) in got
    assert ("arrested:part:سعودي", 15) in got and ("arrested:part:سوداني", 3) in got
    assert not [f for f, v in got if v in (15, 3) and ":part:" not in f]


def test_the_whole_after_another_count_is_no_part() -> None:
    # "بينهم" after "25 آخرين" belongs to the 3, not to the 25
    got = fields("أسفر الانفجار عن مقتل 7 أشخاص وإصابة 25 آخرين، بينهم 3 في حالة حرجة، في عدن.")
    assert ("injured", 25) in got
    assert ("killed", 7) in got
    assert ("injured:part:serious", 3) in got


def test_a_part_with_a_field_of_its_own_keeps_it() -> None:
    # those rescued of those on board are rescued, not "on board:part"
    got = fields("كان القارب يقل 60 مهاجرا، وتمكن خفر السواحل من إنقاذ 19 منهم قبالة طرطوس.")
    assert ("rescued", 19) in got
    assert not [f for f, _ in got if ":part" in f]


def test_the_next_count_after_a_subset_of_the_previous_is_no_part() -> None:
    # "منهم" belongs to the six; the 31 injured are a count of their own
    got = fields("أسفر الحادث عن وفاة ستة منهم وإصابة 31 آخرين قرب مدينة معان.")
    assert ("injured", 31) in got
    assert not [f for f, _ in got if ":part" in f]


def test_a_composition_of_people_of_a_kind_is_a_part() -> None:
    # Until round 15 a part that says who without a verb was no claim; a
    # fact-checker compares "90 children among the missing" too.
    got = fields("لا يزال نحو 400 شخص في عداد المفقودين بمدينة درنة، بينهم 90 طفلا.")
    assert ("missing", 400) in got
    assert [f for f, v in got if v == 90] == ["missing:part:children"]


def test_from_it_is_not_a_subset_without_a_count_before() -> None:
    got = fields("وانطلقت منها 3 حافلات تقل 45 معتمرا نحو مكة.")
    assert not [f for f, _ in got if ":part" in f]


def test_roles_in_the_lexicon_are_known_part_fields() -> None:
    path = Path(recon.__file__).parent / "lexicons" / "ar" / "fields.toml"
    roles = tomllib.loads(path.read_text(encoding="utf-8"))["part_roles"]
    assert set(roles) <= set(PART_ROLES)


def test_a_part_does_not_join_the_whole_across_outlets(tmp_path) -> None:
    import json

    texts = {
        "a": "قتل 12 شخصا في انهيار مبنى سكني بمدينة حلب، بحسب الدفاع المدني.",
        "b": "لقي 12 شخصا حتفهم بينهم 4 أطفال في انهيار مبنى سكني بمدينة حلب.",
    }
    srcs = []
    for i, t in texts.items():
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
        srcs.append({"id": i, "outlet": i, "published": PUB, "language": "ar"})
    (tmp_path / "sources.json").write_text(json.dumps(srcs), encoding="utf-8")
    recs = recon.reconcile(recon.load_corpus(tmp_path)).to_records()
    dead = [r for r in recs if r["field"] == "killed"]
    assert {r["value"] for r in dead} == {12}
    assert {r["status"] for r in dead} == {"agree"}


def test_a_part_whose_whole_is_named_before_it() -> None:
    # Round 6: "من بين المصابين" names the whole; its own figure was given
    # in another sentence.
    got = fields("وأصيب 25 شخصا في انفجار بمدينة صفاقس. ومن بين المصابين 7 أطفال.")
    assert ("injured", 25) in got
    assert ("injured:part:children", 7) in got
    assert ("injured", 7) not in got


def test_a_count_of_the_named_whole_is_no_part() -> None:
    got = fields("وقتل 9 أشخاص في انفجار بمدينة صفاقس. وقال إن عدد المصابين بلغ 31 شخصا.")
    assert ("injured", 31) in got


def test_a_part_of_people_of_a_kind_is_a_claim_without_a_verb() -> None:
    # "بينها 19 طفلا" says who 19 of the 86 cases were: a figure of its own.
    got = fields("وسجلت مستشفيات دير الزور 86 حالة ضربة شمس، بينها 19 طفلا.")
    assert ("injured", 86) in got
    assert ("injured:part:children", 19) in got


def test_a_part_that_says_no_kind_stays_no_claim() -> None:
    got = fields("فقد 200 شخص في ليبيا، ولجأ 600 ألف منهم إلى المخيمات، بينهم 70 شخصا.")
    assert ("missing", 200) in got
    assert not [f for f, _ in got if ":part" in f]


def test_a_whole_named_after_the_part_and_a_verb_of_being() -> None:
    got = fields("وأصيب 86 شخصا في دير الزور. وأشار إلى أن تسعة عشر طفلا كانوا بين المصابين.")
    assert ("injured:part:children", 19) in got
    got = fields("قتل 12 شخصا في حلب، وكان 3 جنود من بين القتلى.")
    assert ("killed", 12) in got
    assert ("killed:part:soldiers", 3) in got
    assert ("killed", 3) not in got


def test_a_whole_that_is_no_casualty_makes_no_part() -> None:
    got = fields("قتل 12 شخصا في حلب، وكان 3 جنود بين الحضور.")
    assert not [f for f, _ in got if ":part" in f]
