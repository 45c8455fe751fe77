"""A measure told in two nested units joined by و is one figure in the
smaller unit ("ساعة و40 دقيقة" is 100 minutes, "كيلومتر و200 متر" 1200 m),
and a unit noun in the singular before "ونصف"/"وربع" counts one of it ("ساعة
ونصف").  Phrases written for these tests, in the forms of Levantine, Gulf,
Egyptian and Maghrebi outlets, with negative cases: units that do not nest by
a whole factor, people, and a list of two figures of the same unit."""

import pytest

from recon import parse_quantity
from recon.numbers import find_quantities


@pytest.mark.parametrize(
    ("phrase", "value", "unit", "qualifier"),
    [
        ("ساعة و40 دقيقة", 100, "minute", "exact"),
        ("ساعتين و15 دقيقة", 135, "minute", "exact"),
        ("ساعتان وعشر دقائق", 130, "minute", "exact"),
        ("3 ساعات و20 دقيقة", 200, "minute", "exact"),
        ("٣ ساعات و٢٠ دقيقة", 200, "minute", "exact"),
        ("نحو ساعة و40 دقيقة", 100, "minute", "approx"),
        ("قرابة ساعتين و10 دقائق", 130, "minute", "approx"),
        ("ساعة وخمس دقائق", 65, "minute", "exact"),
        ("يومين و6 ساعات", 54, "hour", "exact"),
        ("سنة و3 أشهر", 15, "month", "exact"),
        ("عامين وستة أشهر", 30, "month", "exact"),
        ("كيلومتر و200 متر", 1200, "m", "exact"),
        ("3 كيلومترات و500 متر", 3500, "m", "exact"),
        ("3 أطنان و500 كيلوغرام", 3500, "kg", "exact"),
        ("ساعة ونصف", 1.5, "hour", "exact"),
        ("ساعة وربع", 1.25, "hour", "exact"),
        ("حوالي ساعة ونصف", 1.5, "hour", "approx"),
        ("ساعتين ونصف", 2.5, "hour", "exact"),
    ],
)
def test_a_measure_in_two_nested_units_is_one_figure(
    phrase: str, value: float, unit: str, qualifier: str
) -> None:
    q = parse_quantity(phrase)
    assert q is not None
    assert (q.value, q.unit, q.qualifier.value) == (value, unit, qualifier)


def test_the_whole_compound_is_the_span() -> None:
    text = "واستغرقت الرحلة نحو ساعة و40 دقيقة أمس"
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == "نحو ساعة و40 دقيقة"


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        # People do not nest: two figures, the first read alone.
        ("5 أشخاص و3 أطفال", (5, "person")),
        # A month is no whole number of days.
        ("3 أشهر و10 أيام", (3, "month")),
        # Two figures of one unit are a list, not a compound.
        ("24 ساعة و48 ساعة", (24, "hour")),
        # A larger unit after the smaller one is no compound either.
        ("40 دقيقة وساعتين", (40, "minute")),
    ],
)
def test_figures_that_do_not_nest_stay_apart(phrase: str, first: tuple[float, str]) -> None:
    qs = find_quantities(phrase)
    assert (qs[0].quantity.value, qs[0].quantity.unit) == first
    assert len(qs) == 2


@pytest.mark.parametrize("phrase", ["ساعة", "الساعة ونصف", "مرة ونصف"])
def test_a_bare_noun_or_a_non_unit_before_a_half_is_no_figure(phrase: str) -> None:
    assert parse_quantity(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [("550 شيقلاً", "ILS"), ("550 شيكلاً", "ILS"), ("15 كيلومتراً", "km")],
)
def test_a_singular_spelled_another_way_takes_the_accusative(phrase: str, unit: str) -> None:
    # "شيقل" is listed as a spelling of "شيكل": its accusative is a currency too.
    q = parse_quantity(phrase)
    assert q is not None and q.unit == unit


def test_an_abbreviation_takes_no_accusative() -> None:
    # "كم" is a spelling of "كيلومتر", but "كما" is the word "as".
    q = parse_quantity("قطع 12 كما")
    assert q is not None and q.unit == ""


@pytest.mark.parametrize(
    ("alias", "code"), [("ha", "hectare"), ("t", "tonne"), ("h", "hour"), ("km²", "km2")]
)
def test_a_units_common_symbol_names_it(alias: str, code: str) -> None:
    from recon.units import comparable, to_base

    assert to_base(3.0, alias) == to_base(3.0, code)
    assert comparable(alias, code)


def test_an_unknown_unit_is_still_an_error() -> None:
    import recon
    from recon.units import unit

    with pytest.raises(recon.UnitError):
        unit("furlong")


@pytest.mark.parametrize(
    ("phrase", "country", "value"),
    [
        ("سعر لتر البنزين 2,620 دينار", "tn", 2.62),
        ("بلغت الكلفة 12,500 دينار", "tn", 12.5),
        # Elsewhere the comma groups thousands.
        ("سعر لتر البنزين 2,620 دينار", "iq", 2620),
        ("سعر لتر البنزين 2,620 دينار", None, 2620),
        # In Tunisia too for people, and for more than one comma.
        ("شارك 2,500 شخص", "tn", 2500),
        ("بلغت الكلفة 1,250,000 دينار", "tn", 1_250_000),
    ],
)
def test_a_maghrebi_decimal_comma_in_an_amount(phrase: str, country: str | None, value: float) -> None:
    from recon.numbers import find_quantities

    (q,) = find_quantities(phrase, country=country)
    assert q.quantity.value == value
