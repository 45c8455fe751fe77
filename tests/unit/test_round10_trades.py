"""People counted by their trade or role with no event word ("وتضم اللجنة
9 ممرضين", "أدلى 120 ناخباً بأصواتهم") are a field of their own,
``count:<noun>``; a demonym or a bare "شخص" with no event word stays no
claim.  Sentences written for these tests."""

import pytest
from extracting import fields_of

PUB = "2026-11-04"


def fields(text: str) -> list[str]:
    return fields_of("إربد - " + text, PUB, "")


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("وتضم اللجنة الطبية 9 ممرضين.", "count:ممرض"),
        ("ويضم مركز الاقتراع في البلدة 120 ناخباً.", "count:ناخب"),
        ("وقال المدير إن لجنة فنية من 9 مهندسين باشرت أعمال الفحص.", "count:مهندس"),
        ("وتنفذ الأعمال بمشاركة نحو 150 عاملاً.", "count:عامل"),
        # A trade with a nisba ending, which the field lexicon lists.
        ("وضم الوفد الطبي 3 صحفيين.", "count:صحفي"),
        # A trade with a nisba ending the field lexicon does not list (round
        # 11): no place of the gazetteer is named "أثر", so it is no demonym.
        ("ويضم فريق البعثة 35 أثرياً.", "count:اثري"),
    ],
)
def test_people_by_their_trade_are_counted(sentence: str, field: str) -> None:
    assert fields(sentence) == [field]


@pytest.mark.parametrize(
    "sentence",
    [
        "وعاد 29 عراقيا إلى بلادهم.",
        "ويسكن البلدة 50 ألف شخص.",
        "وكانت المجموعة تضم 18 شخصاً.",
        # People in general counted by a dual: one predicate decides every
        # counted noun, listed by the field lexicon or known to the number parser.
        "وضم الوفد الطبي امرأتين.",
    ],
)
def test_a_demonym_or_a_bare_person_count_stays_no_claim(sentence: str) -> None:
    assert fields(sentence) == []


def test_people_by_their_trade_to_whom_something_happened_get_that_field() -> None:
    assert fields("وأصيب 9 مهندسين في الانفجار.") == ["injured"]
