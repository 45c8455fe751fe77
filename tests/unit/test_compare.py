import datetime as dt

import pytest

from recon.compare import (
    Comparator,
    ExactMatch,
    IncomparableUnits,
    IntervalOverlap,
    SetOverlap,
    WithinTolerance,
    canonical_key,
    default_comparator,
)
from recon.model import DateValue, Precision, Quantity, SetValue, TextValue


def Q(v, unit="person", q="exact", **kw):
    return Quantity(value=v, unit=unit, qualifier=q, **kw)


CASES = [
    # (a, b, agree) — the examples the library must get right
    (Q(29, q="at_least"), Q(31), True),
    (Q(30, q="approx"), Q(30), True),
    (Q(1.1e6, "USD", "at_least"), Q(1e6, "USD", "approx"), False),
    (Q(300), Q(300), True),
    (Q(300), Q(800), False),
    (Q(350), Q(363), False),
    (Q(200, q="approx"), Q(200), True),
    (Q(30, q="approx"), Q(30, q="approx"), True),
    (Q(300, q="more_than"), Q(300), False),
    (Q(300, q="at_least"), Q(300), True),
    (Q(300, q="at_most"), Q(301), False),
    (Q(300, q="less_than"), Q(299), True),
    (Q(15, "km", "range", low=10, high=20), Q(18, "km"), True),
    (Q(15, "km", "range", low=10, high=20), Q(25, "km"), False),
    (Q(1.5, "km"), Q(1500, "m"), True),
    (Q(2, "day"), Q(48, "hour"), True),
    (Q(100, q="approx"), Q(106), False),
    (Q(100, q="approx"), Q(104), True),
    (Q(363, ""), Q(363), True),  # a bare figure in a count of people
    (Q(363, ""), Q(350), False),
]


@pytest.mark.parametrize(("a", "b", "agree"), CASES)
def test_default_comparator_verdicts(a, b, agree):
    c = default_comparator()
    assert c.agree(a, b) is agree
    assert c.agree(b, a) is agree  # symmetric


def test_incomparable_units_never_agree_and_say_why():
    v = default_comparator().compare(Q(300), Q(300, "USD"))
    assert not v.agree and v.level == "incomparable"
    assert "USD" in v.reason
    assert not default_comparator().agree(Q(300, "USD"), Q(300, "EUR"))
    assert not default_comparator().agree(Q(3), TextValue(value="3"))
    assert not default_comparator().agree(Q(300, ""), Q(300, "USD"))
    assert not default_comparator().agree(Q(3, ""), Q(3, "km"))


def test_tolerance_is_an_option():
    assert not default_comparator().agree(Q(100, q="approx"), Q(108))
    assert default_comparator(tolerance=0.1).agree(Q(100, q="approx"), Q(108))


def test_relative_tolerance_for_exact_figures():
    assert not default_comparator().agree(Q(1000), Q(1009))
    assert default_comparator(rel=0.01).agree(Q(1000), Q(1009))
    assert WithinTolerance(abs_=5).judge(Q(10), Q(14)).agree


def test_dates_overlap_by_precision():
    day = DateValue(value=dt.date(2019, 12, 27))
    late_dec = DateValue(
        value=dt.date(2019, 12, 21),
        low=dt.date(2019, 12, 21),
        high=dt.date(2019, 12, 31),
        precision=Precision.PART_OF_MONTH,
    )
    other = DateValue(value=dt.date(2019, 12, 5))
    c = default_comparator()
    assert c.agree(day, late_dec)
    assert not c.agree(other, late_dec)
    assert not c.agree(day, other)


def test_text_and_sets():
    c = default_comparator()
    assert c.agree(TextValue(value="A1"), TextValue(value=" a1"))
    assert not c.agree(TextValue(value="A1"), TextValue(value="B2"))
    assert c.agree(SetValue(value=("x", "y")), SetValue(value=("Y", "X")))
    assert not c.agree(SetValue(value=("x", "y")), SetValue(value=("x",)))
    assert SetOverlap(threshold=0.5).judge(SetValue(value=("x", "y")), SetValue(value=("x",))).agree


def test_format_variants_share_a_canonical_key():
    assert canonical_key(Q(1.1e6, "USD")) == canonical_key(Q(1100000, "USD"))
    assert canonical_key(Q(1.5, "km")) == canonical_key(Q(1500, "m"))
    assert canonical_key(Q(300)) != canonical_key(Q(300, q="approx"))


def test_comparator_is_composable_and_first_level_wins():
    class AlwaysAgree:
        name = "always"

        def applies(self, a, b):
            return True

        def judge(self, a, b):
            from recon.compare import PairVerdict

            return PairVerdict(True, self.name, "by fiat")

    c = Comparator(levels=(IncomparableUnits(), AlwaysAgree()))
    assert c.agree(Q(1), Q(2))
    assert not c.agree(Q(1), Q(1, "USD"))
    only_exact = Comparator(levels=(ExactMatch(),))
    assert not only_exact.agree(Q(29, q="at_least"), Q(31))
    assert Comparator(levels=(IntervalOverlap(tolerance=0.5),)).agree(Q(10, q="approx"), Q(14))
