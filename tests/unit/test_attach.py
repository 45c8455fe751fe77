"""Entity attachment rules, on realistic sentences in several outlets' styles.

Each rule has positive and negative cases written for this file (not taken
from the evaluation set in tests/data/events).
"""

import pytest

import recon
from recon.extract import extract

pytest.importorskip("recon.numbers")


def run(text, published="2024-09-10"):
    doc = recon.Document(source=recon.Source(id="t", published=published), text=text)
    return extract(doc)


def only(cs, field):
    got = [c for c in cs if c.field == field]
    assert len(got) == 1, [(c.field, c.entity, c.value) for c in cs]
    return got[0]


# -- where the story happens: a place the article locates by a wider one ----


def test_unplaced_figure_goes_to_the_located_coastal_town_maghrebi():
    cs = run(
        "المغرب: غرق قارب للهجرة غير النظامية\n\n"
        "غرق قارب يقل مهاجرين قبالة سواحل الحسيمة في شمال المغرب ليلة الأحد.\n\n"
        "وأوضحت السلطات أن عناصر البحرية الملكية أنقذت 12 مهاجرا.\n\n"
        "ويعرف المغرب ضغطا متزايدا للهجرة نحو إسبانيا، بحسب تقارير حقوقية في المغرب."
    )
    assert "الحسيمة" in only(cs, "rescued").entity


def test_unplaced_figure_goes_to_the_province_located_by_the_country_anaphor_gulf():
    cs = run(
        "السودان.. أمطار غزيرة تضرب ولاية القضارف شرقي البلاد\n\n"
        "أعلنت السلطات في السودان أن الأمطار ضربت ولاية القضارف شرقي البلاد منذ أيام.\n\n"
        "وأضاف البيان أن 9 أشخاص لقوا حتفهم.\n\n"
        "ويشهد السودان موسم أمطار كل عام."
    )
    assert "القضارف" in only(cs, "killed").entity


def test_unplaced_figure_goes_to_the_located_province_levantine():
    cs = run(
        "هزة أرضية في سوريا\n\n"
        "ضربت هزة أرضية محافظة حماة في وسط سوريا فجر اليوم.\n\n"
        "وقال مسؤول محلي إن 14 شخصا أصيبوا بجروح طفيفة.\n\n"
        "وتقع سوريا على فالق نشط، وشهدت سوريا هزات مماثلة."
    )
    assert only(cs, "injured").entity in ("حماة", "محافظة حماة")


def test_a_venue_city_never_located_by_the_country_does_not_take_its_figures():
    # Paris is where the conference met, not a place inside Lebanon.
    cs = run(
        "مؤتمر في باريس لدعم لبنان\n\n"
        "عقد في العاصمة الفرنسية باريس مؤتمر دولي لدعم لبنان.\n\n"
        "وقالت الأمم المتحدة إن 90 ألف شخص نزحوا في لبنان خلال الشهر.\n\n"
        "وقالت مصادر إن نحو 1200 نازح غادروا المدارس، وسط أزمة يعيشها لبنان."
    )
    assert [c.entity for c in cs if c.field == "displaced"] == ["لبنان", "لبنان"]


def test_a_place_located_in_another_country_leaves_the_main_country_alone():
    # Gaziantep is located by Turkey; the story's country is Syria.
    cs = run(
        "سوريا: نزوح جديد في إدلب\n\n"
        "قال ناشطون في سوريا إن عائلات وصلت إلى مدينة غازي عنتاب في جنوب تركيا.\n\n"
        "وأضافوا أن 3000 شخص نزحوا خلال الأسبوع.\n\n"
        "وتستضيف سوريا آلاف النازحين، بحسب تقارير عن سوريا."
    )
    assert only(cs, "displaced").entity in ("سوريا", "إدلب")
