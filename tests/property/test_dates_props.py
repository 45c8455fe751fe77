"""Properties of recon.dates: rendering a date any usual way and parsing it back."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from recon.dates import find_dates, parse_date
from recon.errors import ReconError
from recon.model import Precision
from recon.normalise import normalise

D = dt.date
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
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _render(d: D, style: int) -> str:
    m = d.month - 1
    return [
        f"{d.day} {LEVANT[m]} {d.year}",
        f"{d.day} {EGYPT[m]} {d.year}",
        f"{d.day} {ALGERIA[m]} {d.year}",
        f"{d.day} {MOROCCO[m]} {d.year}",
        f"{d.day} {LEVANT[m]}/{EGYPT[m]} {d.year}",
        f"{d.day} {LEVANT[m]} ({EGYPT[m]}) {d.year}",
        f"{d.day} من شهر {EGYPT[m]} عام {d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"{d.year}/{d.month}/{d.day}",
    ][style]


dates = st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31))
pubs = st.dates(min_value=D(1990, 1, 1), max_value=D(2060, 12, 31))
contexts = st.sampled_from(
    [("", ""), ("أعلنت الوزارة في ", " أن"), ("وفي ", "، قال"), ("بتاريخ ", "."), ("يوم ", "")]
)


@given(dates, st.integers(0, 11), st.booleans(), contexts, st.one_of(st.none(), pubs))
def test_round_trip_full_dates(
    d: D, style: int, indic: bool, ctx: tuple[str, str], published: D | None
) -> None:
    text = _render(d, style)
    if indic:
        text = text.translate(INDIC)
    got = parse_date(ctx[0] + text + ctx[1], published=published)
    assert got is not None, text
    assert (got.value, got.low, got.high, got.precision) == (d, d, d, Precision.DAY)


@given(pubs, st.integers(0, 360), st.sampled_from([LEVANT, EGYPT, MOROCCO]))
def test_past_cue_gives_that_day(p: D, back: int, names: list[str]) -> None:
    d = p - dt.timedelta(days=back)
    got = parse_date(f"في {d.day} {names[d.month - 1]} الماضي", published=p)
    assert got is not None and got.value == d


@given(pubs, st.integers(0, 360), st.sampled_from([LEVANT, EGYPT, ALGERIA]))
def test_next_cue_gives_that_day(p: D, ahead: int, names: list[str]) -> None:
    d = p + dt.timedelta(days=ahead)
    got = parse_date(f"في {d.day} {names[d.month - 1]} المقبل", published=p)
    assert got is not None and got.value == d


@given(pubs, st.integers(-180, 180))
def test_no_cue_gives_the_nearest(p: D, shift: int) -> None:
    d = p + dt.timedelta(days=shift)
    got = parse_date(f"يوم {d.day} {EGYPT[d.month - 1]}", published=p)
    assert got is not None and got.value == d


@given(pubs, st.integers(0, 6), st.sampled_from(["", "الماضي", "المقبل"]), st.booleans())
def test_weekday_resolution(p: D, wd: int, cue: str, with_yawm: bool) -> None:
    text = ("يوم " if with_yawm else "") + f"{WEEKDAYS[wd]} {cue}".strip()
    got = parse_date(text, published=p)
    assert got is not None and got.value.weekday() == wd
    delta = (got.value - p).days
    if cue == "المقبل":
        assert 0 < delta <= 7
    elif cue == "الماضي":
        assert -7 <= delta < 0
    else:
        assert -7 < delta <= 0


@given(pubs, st.integers(3, 10))
def test_days_ago(p: D, n: int) -> None:
    got = parse_date(f"وقع ذلك قبل {str(n).translate(INDIC)} أيام", published=p)
    assert got is not None and got.value == p - dt.timedelta(days=n)


VOCAB = [
    "في", "منذ", "عام", "العام", "الماضي", "المقبل", "الجاري", "أواخر", "مطلع", "منتصف",
    "يوم", "الأحد", "الخميس", "اليوم", "أمس", "أول", "قبل", "بعد", "يومين", "أيام", "أسبوع",
    "الأسبوع", "الشهر", "آذار", "مارس", "/", "(", ")", "-", ".", "،", "كانون", "الأول",
    "رمضان", "هـ", "السبعينيات", "القرن", "نحو", "من", "و", "شهر", "ديسمبر", "2020", "29",
    "1441", "٢٠١٩", "31", "0", "10:30", "K1", "جندي", "مدرباً", "غداً", "الثاني",
]  # fmt: skip
glued = st.sampled_from(["", " ", " ", "  ", "\u200f", "ـ", "َ"])


@st.composite
def news_like(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(VOCAB) | st.integers(0, 3000).map(str), max_size=25))
    return "".join(w + draw(glued) for w in words)


@given(news_like(), st.one_of(st.none(), pubs))
def test_found_dates_are_well_formed(text: str, published: D | None) -> None:
    found = find_dates(text, published=published)
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end  # sorted, never overlapping
        last_end = m.end
        assert m.value.raw == text[m.start : m.end]
        assert m.value.low <= m.value.value <= m.value.high
    first = parse_date(text, published=published)
    assert first == (found[0].value if found else None)


@given(st.text(max_size=200), st.one_of(st.none(), pubs))
def test_arbitrary_text_never_raises(text: str, published: D | None) -> None:
    try:
        found = find_dates(text, published=published)
    except ReconError:
        return
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.value.low <= m.value.value <= m.value.high


CUES = ["في", "منذ", "من", "بعد", "خلال", "وفي", "عام", "جندي", "قتل"]
FIGURES = ["2003", "1441", "1441 هـ", "2011م", "2000 جندي", "20", "12/3/2020"]


@st.composite
def cue_like(draw: st.DrawFn) -> str:
    """Text dense in weak year cues, each followed by a figure or a word."""
    pairs = st.tuples(st.sampled_from(CUES), st.sampled_from(FIGURES + CUES))
    return "".join(
        f"{a}{draw(glued)}{b}{draw(glued)}" for a, b in draw(st.lists(pairs, max_size=6))
    )


@given(cue_like() | news_like(), st.one_of(st.none(), pubs))
def test_skipped_tokens_and_rules_find_no_date(text: str, published: D | None) -> None:
    # The scan skips tokens that can start no rule (a weak year cue such as
    # "في" with no four-digit number after it) and, at a token, the rules
    # whose first table it is not in; trying every rule at every token that
    # is a number or in any starting table must find the same dates.
    from recon._dates_lexicon import _STARTS, _lex
    from recon.dates import _Scan

    fast = _Scan(normalise(text), _lex("ar"), published)
    every = _Scan(normalise(text), _lex("ar"), published)
    every.gated = False
    every.starts = [
        t.kind == "n" or not frozenset(c).isdisjoint(_STARTS)
        for t, c in zip(every.toks, every.cats, strict=True)
    ]
    assert fast.run() == every.run()
