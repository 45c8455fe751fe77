"""Arabic date expressions: a table of news phrases, month-name families, spans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from recon import lexicon
from recon.dates import DateMatch, find_dates, parse_date
from recon.errors import InputError, LexiconError, ReconError
from recon.model import Precision, Qualifier

D = dt.date
TABLE = Path(__file__).resolve().parents[1] / "data" / "dates_ar.tsv"


def _rows() -> list[tuple[str, D | None, D | None, D | None, str | None, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        text, pub = cols[0], cols[1]
        published = None if pub == "-" else D.fromisoformat(pub)
        if cols[2] == "-":
            rows.append((text, published, None, None, None, "exact"))
            continue
        qual = cols[5] if len(cols) > 5 else "exact"
        rows.append(
            (text, published, D.fromisoformat(cols[2]), D.fromisoformat(cols[3]), cols[4], qual)
        )
    return rows


ROWS = _rows()


def test_table_is_large_and_mixed() -> None:
    assert len(ROWS) >= 200
    assert sum(r[2] is None for r in ROWS) >= 30


@pytest.mark.parametrize(
    ("text", "published", "low", "high", "precision", "qual"),
    ROWS,
    ids=[f"row{n}" for n in range(len(ROWS))],
)
def test_news_phrase(
    text: str, published: D | None, low: D | None, high: D | None, precision: str | None, qual: str
) -> None:
    got = parse_date(text, published=published)
    if low is None:
        assert got is None, f"{text!r} read as {got}"
        return
    assert got is not None, f"no date in {text!r}"
    assert (got.low, got.high) == (low, high), text
    assert got.precision is Precision(precision)
    assert got.qualifier is Qualifier(qual)
    assert got.low <= got.value <= got.high
    assert got.raw and got.raw in text


# --- month-name families, written out here independently of the lexicon -----

LEVANT = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
EGYPT = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
ALGERIA = [
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
    "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MOROCCO = [
    "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
    "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
]  # fmt: skip
VARIANTS = [
    ("ينایر", 1), ("فبرایر", 2), ("ابريل", 4), ("إبريل", 4), ("مايس", 5), ("يونيه", 6),
    ("يوليه", 7), ("اغسطس", 8), ("اكتوبر", 10), ("تشرين أول", 10), ("كانون ثاني", 1),
]  # fmt: skip
FAMILIES = {"levant": LEVANT, "egypt": EGYPT, "algeria": ALGERIA, "morocco": MOROCCO}
MONTH_CASES = [(fam, names[m - 1], m) for fam, names in FAMILIES.items() for m in range(1, 13)] + [
    ("variant", name, m) for name, m in VARIANTS
]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(("family", "name", "month"), MONTH_CASES)
def test_day_month_year_each_family(family: str, name: str, month: int) -> None:
    got = parse_date(f"أعلنت الوزارة في 7 {name} 2019 أن")
    assert got is not None and (got.value, got.precision) == (D(2019, month, 7), Precision.DAY)
    indic = parse_date(f"الأربعاء {'17'.translate(INDIC)} {name} {'2018'.translate(INDIC)}")
    assert indic is not None and indic.value == D(2018, month, 17)


@pytest.mark.parametrize(("family", "name", "month"), MONTH_CASES)
def test_month_year_and_particles(family: str, name: str, month: int) -> None:
    got = parse_date(f"وفي {name} 2016 تراجعت الأسعار")
    assert got is not None and got.precision is Precision.MONTH
    assert got.low == D(2016, month, 1) and got.high.month == month and got.high.day >= 28
    attached = parse_date(f"ارتفعت الأسعار ب{name} 2015")
    assert attached is not None and attached.low == D(2015, month, 1)


@pytest.mark.parametrize("month", range(1, 13))
def test_paired_names(month: int) -> None:
    lev, egy = LEVANT[month - 1], EGYPT[month - 1]
    for text in (f"في 11 {lev}/{egy} 2021", f"في 11 {lev} ({egy}) 2021", f"11 {egy} / {lev} 2021"):
        got = find_dates(text)
        assert len(got) == 1, text
        assert got[0].value.value == D(2021, month, 11)
        assert text[got[0].end - 4 : got[0].end] == "2021"


# --- year inference ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("في 20 ديسمبر", D(2020, 1, 10), D(2019, 12, 20)),  # nearest: last month
        ("في 20 يناير", D(2020, 12, 10), D(2021, 1, 20)),  # nearest: next month
        ("في 20 يونيو", D(2020, 3, 1), D(2020, 6, 20)),
        ("في 20 مارس الماضي", D(2020, 3, 20), D(2020, 3, 20)),  # on or before
        ("في 21 مارس الماضي", D(2020, 3, 20), D(2019, 3, 21)),
        ("في 20 أبريل المقبل", D(2020, 3, 20), D(2020, 4, 20)),  # the coming April
        ("في 19 مارس المقبل", D(2020, 3, 20), D(2021, 3, 19)),
        ("في 5 يناير الجاري", D(2021, 1, 20), D(2021, 1, 5)),
        ("في 29 فبراير الماضي", D(2021, 3, 1), D(2020, 2, 29)),
        ("في 29 فبراير الماضي", D(2023, 3, 1), D(2020, 2, 29)),
        ("في 29 فبراير المقبل", D(2021, 3, 1), D(2024, 2, 29)),
        ("في 30 فبراير", D(2021, 3, 1), None),
        ("في 29 فبراير", D(2020, 3, 1), D(2020, 2, 29)),
    ],
)
def test_year_inference(text: str, published: D, expected: D | None) -> None:
    got = parse_date(text, published=published)
    assert (got.value if got else None) == expected


def test_no_year_without_published_gives_nothing() -> None:
    assert parse_date("في 26 آذار") is None
    assert parse_date("أواخر ديسمبر الماضي") is None
    assert parse_date("الأسبوع الماضي") is None
    assert find_dates("وصل يوم الأحد، وفي 2019 غادر") != []  # the year still counts


def test_decade_century_follows_published() -> None:
    got = parse_date("ثمانينيات القرن الماضي", published=D(2105, 1, 1))
    assert got is not None and (got.low, got.high) == (D(2080, 1, 1), D(2089, 12, 31))


# --- find_dates on whole articles ------------------------------------------------

ARTICLE = (
    "بَغْدادُ (ا ف ب) – سَلَّمَ التحالفُ الدوليُّ، يومَ الأحدِ، ٢٩ آذارَ/مارس ٢٠٢٠، قاعدةَ K1 "
    "إلى القواتِ العراقية. وكان التحالف قد انسحب من قاعدة القائم الأسبوعَ الماضي، "
    "بعد هجوم صاروخي أواخرَ ديسمبر الماضي أسفر عن مقتل مقاول. ويستضيف الموقع "
    "القوات منذ 2017، ويضم 300 جندي و2500 مدرباً غادروا البلاد. "
    "وفي سبعينيات القرن الماضي كانت القاعدة مطاراً مدنياً، وسيزورها الوزير غداً."
)


def test_article_spans_point_into_original() -> None:
    found = find_dates(ARTICLE, published=D(2020, 3, 29))
    raws = [ARTICLE[m.start : m.end] for m in found]
    assert raws == [
        "يومَ الأحدِ، ٢٩ آذارَ/مارس ٢٠٢٠",
        "الأسبوعَ الماضي",
        "أواخرَ ديسمبر الماضي",
        "2017",
        "سبعينيات القرن الماضي",
        "غداً",
    ]
    values = [(m.value.low, m.value.high) for m in found]
    assert values == [
        (D(2020, 3, 29), D(2020, 3, 29)),
        (D(2020, 3, 22), D(2020, 3, 28)),
        (D(2019, 12, 21), D(2019, 12, 31)),
        (D(2017, 1, 1), D(2017, 12, 31)),
        (D(1970, 1, 1), D(1979, 12, 31)),
        (D(2020, 3, 30), D(2020, 3, 30)),
    ]
    for m in found:
        assert isinstance(m, DateMatch)
        assert m.value.raw == ARTICLE[m.start : m.end]


def test_spans_with_bidi_marks_and_tatweel() -> None:
    text = "أعلنـــت الوزارة \u200fفي ١٥ رمضان ١٤٤١ هـ\u200f عن تمديد الحظر"
    (m,) = find_dates(text)
    assert text[m.start : m.end] == "١٥ رمضان ١٤٤١ هـ"
    assert m.value.value == D(2020, 5, 8)


def test_seed_style_sentences() -> None:
    text = (
        "وفي 19 مارس، أعلن وزير الدفاع البريطاني سحب قسم من قواته، "
        "بعد يوم واحد من مغادرة القوات الفرنسية، وأسبوع من تسليم قاعدة القائم."
    )
    found = find_dates(text, published=D(2020, 3, 29))
    assert [text[m.start : m.end] for m in found] == ["19 مارس"]
    assert found[0].value.value == D(2020, 3, 19)


def test_several_numeric_dates() -> None:
    text = "بين 1/2/2020 و2020-02-15 ثم 29.2.2020، الساعة 10:30 والرقم 3/4"
    found = find_dates(text)
    assert [m.value.value for m in found] == [D(2020, 2, 1), D(2020, 2, 15), D(2020, 2, 29)]
    assert [text[m.start : m.end] for m in found] == ["1/2/2020", "2020-02-15", "29.2.2020"]


def test_month_first_numeric_when_unambiguous() -> None:
    assert parse_date("3/29/2020") is not None
    assert parse_date("3/29/2020").value == D(2020, 3, 29)  # type: ignore[union-attr]
    assert parse_date("31/31/2020") is None


# --- contract: errors, caching, lexicon overrides ----------------------------------


def test_bad_input_raises_recon_errors() -> None:
    with pytest.raises(InputError):
        parse_date(None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        find_dates("الأحد", published="2020-03-29")  # type: ignore[arg-type]
    with pytest.raises(LexiconError):
        find_dates("الأحد", lang="xx")


def test_datetime_published_is_accepted() -> None:
    got = parse_date("أمس", published=dt.datetime(2020, 3, 29, 23, 59))
    assert got is not None and got.value == D(2020, 3, 28)


def test_user_lexicon_extends_months(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_date("في 3 جويلة 2019") is None
    (tmp_path / "ar").mkdir()
    (tmp_path / "ar" / "dates.toml").write_text(
        '[months.extend]\n7 = ["جويلة"]\n', encoding="utf-8"
    )
    monkeypatch.setenv("RECON_LEXICON_PATH", str(tmp_path))
    lexicon.clear_cache()
    try:
        got = parse_date("في 3 جويلة 2019")
        assert got is not None and got.value == D(2019, 7, 3)
        assert parse_date("في 3 تموز 2019") is not None  # built-in names kept
    finally:
        monkeypatch.delenv("RECON_LEXICON_PATH")
        lexicon.clear_cache()
    assert parse_date("في 3 جويلة 2019") is None


def test_malformed_user_lexicon_is_a_lexicon_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ar").mkdir()
    (tmp_path / "ar" / "dates.toml").write_text('[months]\n7 = [""]\n', encoding="utf-8")
    monkeypatch.setenv("RECON_LEXICON_PATH", str(tmp_path))
    lexicon.clear_cache()
    try:
        with pytest.raises(ReconError):
            parse_date("في 3 تموز 2019")
    finally:
        monkeypatch.delenv("RECON_LEXICON_PATH")
        lexicon.clear_cache()


def test_long_text_yields_every_date() -> None:
    # Linear time is measured by benchmarks/extraction_throughput.py, not here.
    unit = "وفي 29 آذار/مارس 2020 قال المسؤول إن 300 جندي غادروا الأحد الماضي. "
    n_small = len(find_dates(unit * 200, published=D(2020, 3, 29)))
    n_big = len(find_dates(unit * 2000, published=D(2020, 3, 29)))
    assert (n_small, n_big) == (400, 4000)
