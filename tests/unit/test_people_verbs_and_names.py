"""People counted by nouns recon now lists (teachers, suspects), the verb
after auxiliaries ("كانوا قد أوقفوا"), a trigger behind a word that only
looks like one ("في قضية"), and a place name inside a person's name ("مستشفى
ابن سينا").  Sentences written for these tests, with negative cases."""

from extracting import extract_text

PUB = "2026-10-21"


def claims(text: str) -> list[tuple[str, float, str]]:
    return [(c.field, c.value.value, c.entity) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_teachers_arrested_after_auxiliaries() -> None:
    got = claims("وقالت النقابة في مدينة فاس إن ستة معلمين كانوا قد اعتقلوا مساء الأحد.")
    assert ("arrested", 6) in [(f, v) for f, v, _ in got]


def test_present_people_are_still_present() -> None:
    got = claims("وقال المسؤول إن 9 عمال كانوا داخل المستودع في مدينة فاس.")
    assert ("present", 9) in [(f, v) for f, v, _ in got]


def test_suspects_arrested() -> None:
    got = claims("وأعلنت الشرطة في مدينة طنجة إيقاف 7 متهمين في القضية.")
    assert ("arrested", 7) in [(f, v) for f, v, _ in got]


def test_suspects_alone_are_counted_as_suspects() -> None:
    # Counted by their role since round 10, never as people arrested.
    got = claims("وقال المحامي في مدينة طنجة إن 7 متهمين ينفون التهم.")
    assert [f for f, v, _ in got if v == 7] == ["count:متهم"]


def test_a_case_is_not_a_death() -> None:
    got = claims("ارتفع عدد الموقوفين في قضية تهريب الأدوية بمدينة طنجة إلى 6 أشخاص.")
    assert ("arrested", 6) in [(f, v) for f, v, _ in got]
    assert not [f for f, _, _ in got if f == "killed"]


def test_died_still_reads_as_killed() -> None:
    got = claims("وقضى 4 أشخاص في انهيار منزل بمدينة طنجة.")
    assert ("killed", 4) in [(f, v) for f, v, _ in got]


def test_a_place_in_a_persons_name_is_no_place() -> None:
    got = claims(
        "وأصيب 8 أشخاص في حريق بمدينة وجدة، ونقلوا إلى مستشفى ابن سينا لتلقي العلاج."
    )
    assert [e for f, v, e in got if f == "injured" and v == 8] == ["وجدة"]


def test_a_subset_with_its_own_verb_keeps_it() -> None:
    got = claims("وكان القارب قرب مدينة أسوان يقل 45 راكبا، نجا منهم 31 بعد ساعات في المياه.")
    assert ("rescued", 31) in [(f, v) for f, v, _ in got]


def test_a_subset_without_a_verb_stays_a_part() -> None:
    got = claims("وأصيب 40 شخصا في مدينة أسوان، بينهم 6 في حالة حرجة.")
    fv = [(f, v) for f, v, _ in got]
    assert ("injured:part:serious", 6) in fv
    assert ("injured", 6) not in fv


def test_a_figure_in_brackets_counts_the_noun_after() -> None:
    got = claims("وعثر المفتشون في ميناء العقبة على تجاويف داخل (2,300) لوحاً من الخشب.")
    assert ("count:لوح", 2300) in [(f, v) for f, v, _ in got]


def test_a_port_of_entry_is_a_place_of_its_own() -> None:
    text = (
        "وضبطت الجمارك في ميناء العقبة 3 ملايين حبة مخدرة. "
        "وفي سياق متصل، أحبطت الجمارك في منفذ العمري تهريب 400 ألف حبة أخرى."
    )
    got = claims(text)
    assert [e for f, v, e in got if v == 400_000] == ["منفذ العمري"]


def test_a_generic_count_without_its_own_place_stays_with_the_story() -> None:
    got = claims("وضبطت الجمارك في ميناء العقبة 3 ملايين حبة مخدرة.")
    assert [e for f, v, e in got if v == 3_000_000] == ["ميناء العقبة"]


def test_seized_things_are_not_people_arrested() -> None:
    fv = [(f, v) for f, v, _ in claims("وضبطت الجمارك في ميناء العقبة 3 ملايين حبة مخدرة.")]
    assert ("count:حبه", 3_000_000) in fv
    assert not [f for f, _ in fv if f == "arrested"]


def test_seized_smugglers_are_people_arrested() -> None:
    fv = [(f, v) for f, v, _ in claims("وضبطت الشرطة في مدينة العقبة 5 مهربين.")]
    assert ("arrested", 5) in fv


def test_prisoners_who_fled_escaped() -> None:
    fv = [(f, v) for f, v, _ in claims("وتمكن 12 سجيناً من الفرار من سجن مدينة طرابلس فجر الأحد.")]
    assert ("escaped", 12) in fv
    assert ("arrested", 12) not in fv


def test_prisoners_held_are_still_held() -> None:
    fv = [(f, v) for f, v, _ in claims("ويضم السجن في مدينة طرابلس نحو 900 سجين.")]
    assert ("escaped", 900) not in fv
