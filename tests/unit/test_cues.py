"""Revision and dispute cues on extracted figures (``cues.toml``).

Sentences written for this file in several outlets' styles, none taken from
the evaluation set in tests/data/events; each rule has negative cases.
"""

import pytest
from extracting import extract_text

from recon.model import Cue

pytest.importorskip("recon.numbers")


def run(text, published="2024-03-12"):
    return extract_text(text, published)


def cue_of(text, field, raw_has):
    cs = [c for c in run(text) if c.field == field and raw_has in c.value.raw]
    assert len(cs) == 1, [(c.field, c.value.raw, c.cue) for c in run(text)]
    return cs[0].cue


# -- a rise: "ارتفع … إلى N" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "raw"),
    [
        # Gulf wire style
        (
            "ارتفعت حصيلة ضحايا الانهيار الأرضي في مدينة الموصل إلى 27 قتيلا، وفق ما أعلنته "
            "السلطات المحلية.",
            "killed",
            "27",
        ),
        # Levantine daily, with a glued conjunction
        ("وارتفع عدد الجرحى في انفجار الصهريج بمدينة حلب إلى 61 جريحا.", "injured", "61"),
        # Maghrebi site, a resultative verb after the event
        (
            "توفي شخصان آخران في مستشفى مدينة وهران، لترتفع حصيلة الوفيات بسبب التسمم إلى 9 وفيات.",
            "killed",
            "9",
        ),
        # Egyptian daily, "reached", with a hedge after إلى
        (
            "ووصل عدد المصابين في حادث تصادم القطارين بمدينة سوهاج إلى نحو 94 مصابا.",
            "injured",
            "94",
        ),
        # a noun of rising in a headline
        ("ارتفاع عدد قتلى الفيضانات في مدينة درنة إلى 112 قتيلا", "killed", "112"),
    ],
)
def test_a_rise_to_a_figure_marks_it(text, field, raw):
    assert cue_of(text, field, raw) is Cue.RISE


def test_a_rise_marks_only_the_figure_after_ila():
    cs = run("ارتفع عدد القتلى في مدينة حلب إلى 15 قتيلا، بعد أن كان 12 قتيلا صباح اليوم.")
    cues = {c.value.value: c.cue for c in cs if c.field == "killed"}
    assert cues.get(15.0) is Cue.RISE
    assert cues.get(12.0) is None


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت حصيلة ضحايا انفجار المستودع في مدينة البصرة إلى 23 قتيلا وأكثر من 140 جريحا.",
        "وارتفع عدد ضحايا العاصفة في مدينة بنغازي إلى 48 قتيلا، و310 مصابين.",
    ],
)
def test_a_total_joined_to_a_new_total_rose_with_it(text):
    cs = run(text)
    assert {c.field: c.cue for c in cs if c.field in ("killed", "injured")} == {
        "killed": Cue.RISE,
        "injured": Cue.RISE,
    }


@pytest.mark.parametrize(
    "text",
    [
        # another clause, with its own verb
        "ارتفعت حصيلة ضحايا العاصفة في مدينة بنغازي إلى 48 قتيلا، فيما أصيب 310 أشخاص.",
        # a plain pair of figures
        "قتل 12 شخصا و40 جريحا في انفجار بمدينة البصرة.",
    ],
)
def test_a_figure_not_joined_to_a_new_total_is_not_a_rise(text):
    cs = run(text)
    assert [c.cue for c in cs if c.field == "injured"] == [None]


@pytest.mark.parametrize(
    ("text", "field", "raw"),
    [
        # a rising water level caused the deaths: the toll is not "raised to"
        ("أدى ارتفاع منسوب مياه النهر في مدينة الموصل إلى مقتل 6 أشخاص.", "killed", "6"),
        # a forecast, not a new total
        ("ويخشى مسؤولون في مدينة حلب أن يرتفع عدد القتلى إلى 100 قتيل.", "killed", "100"),
        # another clause's rise ("فيما") does not reach the first figure
        (
            "قتل 12 شخصا في مدينة حمص، فيما ارتفع عدد النازحين إلى 3 آلاف نازح.",
            "killed",
            "12",
        ),
        # a plain report
        ("قالت وزارة الصحة إن 14 شخصا قتلوا في مدينة حلب.", "killed", "14"),
    ],
)
def test_no_rise_without_a_new_total(text, field, raw):
    assert cue_of(text, field, raw) is None


# -- a new count: "في حصيلة جديدة" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "raw"),
    [
        # the cue opens the sentence in its own clause
        ("وفي حصيلة جديدة، أعلنت وزارة الصحة مقتل 31 شخصا في مدينة حلب.", "killed", "31"),
        # the cue follows the figure's clause
        ("قتل 18 شخصا في مدينة الموصل، بحسب حصيلة محدثة أصدرها الدفاع المدني.", "killed", "18"),
        # in the figure's own clause, lower than an earlier count is possible
        ("وبلغت الحصيلة المعدلة للمفقودين في مدينة درنة 240 مفقودا.", "missing", "240"),
    ],
)
def test_a_new_count_marks_the_figure(text, field, raw):
    assert cue_of(text, field, raw) is Cue.REVISED


def test_a_first_count_is_not_a_revision():
    text = "وفي حصيلة أولية، أعلنت وزارة الصحة مقتل 31 شخصا في مدينة حلب."
    assert cue_of(text, "killed", "31") is None


# -- a figure set against another source's ---------------------------------


@pytest.mark.parametrize(
    ("text", "field", "raw"),
    [
        # NGO style: the apposition after the figure's clause
        (
            "قالت منظمة حقوقية إن 52 شخصا قتلوا في مدينة حماة، وهو رقم أعلى بكثير من الأرقام الرسمية.",
            "killed",
            "52",
        ),
        # "contrary to what … announced" before the figure, in its own clause
        (
            "وخلافا لما أعلنته وزارة الداخلية، قال ناشطون إن 14 متظاهرا قتلوا في مدينة البصرة.",
            "killed",
            "14",
        ),
        # a compare word, a few words, then the account
        (
            "وأكدت الجمعية أن 300 شخص ما زالوا مفقودين في مدينة درنة، وهو عدد يفوق بشكل كبير "
            "ما أعلنته السلطات.",
            "missing",
            "300",
        ),
        # "while other sources say"
        (
            "قالت الوزارة إن 9 أشخاص قتلوا في مدينة حلب، بينما تقول مصادر أخرى إن العدد أكبر.",
            "killed",
            "9",
        ),
    ],
)
def test_a_disputed_figure_is_marked(text, field, raw):
    assert cue_of(text, field, raw) is Cue.DISPUTED


@pytest.mark.parametrize(
    ("text", "field", "raw"),
    [
        # a compare word as a hedge, with no other account
        ("وقالت الأمم المتحدة إن عدد النازحين في مدينة حلب يفوق 30 ألف نازح.", "displaced", "30"),
        # a compare word hedging a figure, then the figure's source
        (
            "وبلغ عدد النازحين في مدينة حلب ما يتجاوز 30 ألف نازح، حسب ما أعلنته الوزارة.",
            "displaced",
            "30",
        ),
        # another account quoted in agreement
        (
            "وأكد المتحدث ما أعلنته وزارة الصحة من مقتل 12 شخصا في مدينة حلب.",
            "killed",
            "12",
        ),
        # a dispute two clauses away is about another figure
        (
            "وقالت المنظمة إن 80 شخصا كانوا على متن القارب قبالة سواحل مدينة طرابلس، وإن أسرا "
            "كثيرة لم تتلق أي خبر، وهو ما يعني أن عدد المفقودين أعلى من الرقم الرسمي.",
            "on_board",
            "80",
        ),
    ],
)
def test_no_dispute_without_another_account(text, field, raw):
    assert cue_of(text, field, raw) is None


def test_a_dispute_wins_over_a_rise():
    text = (
        "ارتفع عدد القتلى في مدينة حلب إلى 40 قتيلا بحسب ناشطين، خلافا لما أعلنته السلطات الرسمية."
    )
    assert cue_of(text, "killed", "40") is Cue.DISPUTED


# -- as_of: a since-phrase starts a running count ---------------------------


def test_a_since_date_is_not_the_figures_date():
    cs = run("وقالت الوزارة إن السيول التي تضرب ولاية كسلا منذ 2 مارس أدت إلى نزوح 25 ألف شخص.")
    c = next(c for c in cs if c.field == "displaced")
    assert c.as_of is None or c.as_of.isoformat() != "2024-03-02"


def test_a_statement_date_after_a_since_date_is_the_figures_date():
    cs = run("نزح 25 ألف شخص في ولاية كسلا منذ الأحد الماضي، وفق ما أعلنته الوزارة يوم الثلاثاء.")
    c = next(c for c in cs if c.field == "displaced")
    assert c.as_of is not None and c.as_of.weekday() == 1  # a Tuesday


def test_a_plain_date_is_still_the_figures_date():
    cs = run("أعلنت الوزارة يوم 5 مارس نزوح 25 ألف شخص في ولاية كسلا.")
    c = next(c for c in cs if c.field == "displaced")
    assert c.as_of is not None and c.as_of.isoformat() == "2024-03-05"
