"""What happened to counted things (fields.toml [item_states]): a count of
flights diverted is not a count of flights delayed.  Sentences written for
these tests, with negative cases."""

from extracting import extract_text

PUB = "2025-02-10"


def fields(text: str) -> list[tuple[str, float]]:
    return [(c.field, c.value.value) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_state_before_the_figure() -> None:
    got = fields("وقررت سلطة الطيران المدني في الأردن تحويل 12 رحلة إلى مطار العقبة بسبب الضباب.")
    assert ("count:flight:diverted", 12) in got


def test_state_in_a_relative_clause_before_the_figure() -> None:
    got = fields("وقال مسؤول في مطار القاهرة إن عدد الرحلات التي تأخرت بلغ 35 رحلة حتى الظهر.")
    assert ("count:flight:delayed", 35) in got


def test_state_after_the_counted_noun() -> None:
    got = fields("وأفادت سلطة الطيران في مطار الخرطوم بأن 14 رحلة ألغيت بسبب الاشتباكات.")
    assert ("count:flight:cancelled", 14) in got


def test_buildings_keep_their_bare_count() -> None:
    # Destroyed vs damaged is not a state yet (see fields.toml).
    got = fields("وذكر الدفاع المدني في إدلب أن 7 مبان انهارت بالكامل.")
    assert ("count:building", 7) in got


def test_two_counts_in_one_sentence_keep_their_own_state() -> None:
    got = fields("وشهد مطار بيروت تأخير 20 رحلة وإلغاء 6 رحلات بسبب العاصفة.")
    assert ("count:flight:delayed", 20) in got
    assert ("count:flight:cancelled", 6) in got


def test_no_state_word_keeps_the_bare_count() -> None:
    got = fields("وستنفذ طائرات الصليب الأحمر 9 رحلات جوية بين صنعاء وعدن.")
    assert ("count:flight", 9) in got
    got = fields("ودفعت الحماية المدنية في طنطا بـ 14 سيارة إطفاء إلى موقع الحريق.")
    assert ("count:fire_engine", 14) in got


def test_a_state_in_another_clause_is_not_read() -> None:
    # The delay is the previous clause's; these flights were only scheduled.
    got = fields("تأخرت الرحلات صباحا، فيما جدول مطار عمان 40 رحلة للمساء.")
    assert ("count:flight", 40) in got


def test_people_are_not_given_a_state() -> None:
    # "تضرر" near people does not make them a count of things.
    got = fields("وأدى تضرر الطريق إلى إصابة 5 أشخاص في مدينة الزرقاء.")
    assert ("injured", 5) in got
    assert not [f for f, _ in got if f.startswith("count:")]
