"""A count of things no lexicon names gets ``count:<stem>`` from the
counted noun itself (recon._field_generic); function words, verbs, nisbas,
years, bracketed words and listed people do not.  Sentences written for these
tests, with negative cases."""

from extracting import extract_text

PUB = "2026-10-21"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_an_unlisted_counted_noun() -> None:
    got = fields("وأتلفت النيران في ميناء صلالة 6 صوامع للحبوب.")
    assert ("count:صوامع", 6) in got


def test_an_accusative_singular_after_eleven() -> None:
    got = fields("وأحصت البلدية في مدينة صور 14 عنبرا متضررا.")
    assert ("count:عنبر", 14) in got


def test_a_listed_item_the_parser_missed_keeps_its_field() -> None:
    got = fields("وتضرر في إقليم الحوز نحو 30 ألف مسكن.")
    assert ("count:building", 30000) in got


def test_after_eleven_a_word_not_in_the_accusative_is_no_count() -> None:
    got = fields("وعقد المجلس في مدينة صور 15 جلسات متتالية.")
    assert not [f for f, v in got if v == 15]


def test_a_verb_after_the_figure_is_no_count() -> None:
    got = fields("وقال المسؤول في مدينة صور إن 7 غادروا المكان.")
    assert not [f for f, v in got if f.startswith("count:")]


def test_a_nisba_is_people_not_a_thing() -> None:
    got = fields("وقالت المنظمة في مدينة صور إن أكثر من 3 ملايين لبناني يعيشون في الخارج.")
    assert not [f for f, v in got if f.startswith("count:")]


def test_a_year_is_no_count() -> None:
    got = fields("وكانت البلاد قد شهدت في مدينة صور خلال صيف 2023 أكثر من 40 حريقا.")
    assert not [f for f, v in got if v == 2023]


def test_a_word_in_brackets_is_no_count() -> None:
    got = fields("بيروت - 21 - 10 (وطنية) - أعلن الدفاع المدني في مدينة صور إخماد حريق.")
    assert not [f for f, v in got if f.startswith("count:")]


def test_people_with_no_verb_are_counted_by_their_role() -> None:
    # Round 10: people by a trade or role are counted by it; people in
    # general ("شخص") with no verb stay no claim.
    got = fields("وقالت الجمعية في مدينة صور إن 500 متبرع سجلوا أسماءهم.")
    assert [f for f, v in got if v == 500] == ["count:متبرع"]
    got = fields("وقالت الجمعية في مدينة صور إن 500 شخص سجلوا أسماءهم.")
    assert not [f for f, v in got if v == 500]


def test_feet_are_a_length() -> None:
    got = [
        (c.field, c.value.unit)  # type: ignore[union-attr]
        for c in extract_text("وارتفع الموج قبالة مدينة صور إلى 8 أقدام.", PUB)
    ]
    assert not [f for f, u in got if f.startswith("count:")]


def test_a_counted_noun_keeps_its_first_letter() -> None:
    # "لوح" after a thousand (genitive) and "لوحاً" after a bracketed figure
    # (accusative) are one noun: a counted noun takes no preposition.
    a = fields("وعثر المفتشون في ميناء صلالة على 2300 لوح خشب مخبأة.")
    b = fields("وعثر المفتشون في ميناء صلالة على (2,300) لوحاً من الخشب.")
    assert ("count:لوح", 2300) in a
    assert ("count:لوح", 2300) in b


def test_count_stem_strips_suffixes_not_proclitics() -> None:
    from recon._field_generic import count_stem

    assert count_stem("باخرة") == "باخرة"
    assert count_stem("لوحات") == "لوح"
    assert count_stem("كيسا") == "كيس"
    assert count_stem("صوامع") == "صوامع"
