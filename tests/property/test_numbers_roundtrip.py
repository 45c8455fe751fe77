"""Property tests of recon.numbers: number words and digit forms round-trip."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st
from num2words import num2words

from recon.errors import ReconError
from recon.model import Quantity
from recon.numbers import find_quantities, parse_quantity

_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@given(st.integers(min_value=1, max_value=10**9 - 1))
def test_num2words_round_trip(n: int) -> None:
    words = num2words(n, lang="ar")
    # num2words (0.5.x) writes some numbers simply wrong: 101,000 as
    # "مائة و ألف ألف" and 201,000,000 as "مئتان و مليون مليون"; no Arabic
    # writer would, so those outputs are no test of the grammar.
    assume("ألف ألف" not in words and "مليون مليون" not in words)
    q = parse_quantity(words)
    assert q is not None, words
    assert q.value == n, words


@given(st.integers(min_value=1, max_value=10**9 - 1), st.sampled_from([_INDIC, _PERSIAN, None]))
def test_grouped_digits_round_trip(n: int, table: dict[int, str] | None) -> None:
    s = f"{n:,}".replace(",", "٬") if n % 2 else f"{n:,}"
    if table is not None:
        s = s.translate(table)
    q = parse_quantity(f"قتل {s} شخصا")
    assert q is not None and q.value == n and q.unit == "person", s


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimal_round_trip(whole: int, frac: int) -> None:
    s = f"{whole}.{frac:02d}"
    q = parse_quantity(s.replace(".", "٫").translate(_INDIC) + " دولار")
    assert q is not None and abs(q.value - float(s)) < 1e-9 and q.unit == "USD"


_PIECES = [
    "نحو",
    "أكثر من",
    "بين",
    "و",
    "من",
    "إلى",
    "-",
    "مليون",
    "ألف",
    "آلاف",
    "عشرات",
    "ثلاثة",
    "عشر",
    "مئة",
    "ونصف",
    "دولار",
    "جندي",
    "يومين",
    "عام",
    "آذار",
    "%",
    "في المئة",
    "على الأقل",
    "K1",
    "كوفيد-19",
    "1,1",
    "٫",
    "٬",
    "،",
    ".",
    "ال",
    "200",
    "٣٠٠",
    "2017",
    "10:30",
    "0770",
    "تقريبا",
    "لا يقل عن",
    "بضعة",
    "صاروخا",
]
_TEXTS = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=25).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=25).map("".join),
)


@given(_TEXTS)
def test_never_raises_and_intervals_hold(text: str) -> None:
    try:
        q = parse_quantity(text)
        found = find_quantities(text)
    except ReconError:
        return
    assert q is None or isinstance(q, Quantity)
    if q is not None:
        assert q.low <= q.value <= q.high
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start <= m.number_start < m.number_end <= m.end
        assert m.quantity.raw == text[m.start : m.end]
        assert m.quantity.low <= m.quantity.value <= m.quantity.high
