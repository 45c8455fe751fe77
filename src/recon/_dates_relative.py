"""Date rules of :mod:`recon.dates` that count from the publication date.

Today/yesterday (``relday``), "قبل ثلاثة أيام" (``ago``), "الشهر الماضي"
(``relperiod``/``period_rule``) and decades ("السبعينيات"), with the year
inference and calendar helpers they share with the absolute rules.  They
form a base class of the scanner in :mod:`recon.dates`, kept apart so each
module stays one rule family and a readable size.
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs
from dateutil.relativedelta import relativedelta

from recon._dates_lexicon import _Tokens
from recon._fast_values import _date_value
from recon.model import DateValue, Precision, Qualifier


def _last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _mk(y: int, m: int, d: int) -> dt.date | None:
    if 1 <= m <= 12 and 1 <= d <= _last(y, m) and 1 <= y <= 9999:
        return dt.date(y, m, d)
    return None


def _dv(lo: dt.date, hi: dt.date, prec: Precision, value: dt.date | None = None) -> DateValue:
    return _date_value(lo, hi, prec, value or lo)


_R = tuple[int, int, DateValue]  # first token, end token, value


class _RelativeRules(_Tokens):
    """Rules resolved against the publication date; see :class:`recon.dates._Scan`."""

    # -- resolution ----------------------------------------------------
    def pick_year(self, m: int, d: int | None, cue: int | None) -> int | None:
        p = self.pub
        if p is None:
            return None
        if cue == 0:
            return p.year
        cands: list[tuple[int, int]] = []
        for y in range(p.year - 4, p.year + 5):  # wide enough for a 29 February
            if d is None:
                cands.append(((y * 12 + m) - (p.year * 12 + p.month), y))
            elif (day := _mk(y, m, d)) is not None:
                cands.append(((day - p).days, y))
        if cue == -1:
            past = [c for c in cands if c[0] < 0 or (d is not None and c[0] == 0)]
            return max(past)[1] if past else None
        if cue == 1:
            future = [c for c in cands if c[0] > 0 or (d is not None and c[0] == 0)]
            return min(future)[1] if future else None
        return min(cands, key=lambda c: (abs(c[0]), c[0] > 0))[1] if cands else None

    def period(self, unit: str, off: int) -> tuple[dt.date, dt.date, Precision] | None:
        p = self.pub
        if p is None:
            return None
        if unit == "week":
            start = p - dt.timedelta(days=(p.weekday() - self.lex.week_start) % 7 - 7 * off)
            return start, start + dt.timedelta(days=6), Precision.WEEK
        if unit == "month":
            first = dt.date(p.year, p.month, 1) + relativedelta(months=off)
            return first, first.replace(day=_last(first.year, first.month)), Precision.MONTH
        y = p.year + off
        return dt.date(y, 1, 1), dt.date(y, 12, 31), Precision.YEAR

    def relday(self, i: int) -> _R | None:
        """اليوم [الخميس], أمس, أول أمس, غدا."""
        r = self.match(i, "relative_days")
        if r is None or self.pub is None:
            return None
        j = r[0]
        w = self.match(j + (self.key(j) in ("،", ",")), "weekdays")
        if w is not None:
            j = w[0]
        elif self.article(j) and int(r[1]) >= 0 and not self.tanwin(j - 1):
            return None  # "اليوم العالمي" is a day, not today; "غدا الوضع" a verb
        day = self.pub + dt.timedelta(days=int(r[1]))
        return i, j, _dv(day, day, Precision.DAY)

    def ago(self, i: int) -> _R | None:
        """قبل/منذ [نحو] (N UNIT | DUAL | UNIT): counted back from the publication date."""
        r = self.match(i, "ago_words")
        if r is None or self.pub is None:
            return None
        j = r[0]
        a = self.match(j, "approx_words")
        if a is not None:
            j = a[0]
        u = self.match(j, "ago_duals")
        n = 2
        if u is None:
            nv = self.num(j, 1, 999, (1, 2, 3))
            if nv is None and (w := self.match(j, "number_words")) is not None:
                nv, j = int(w[1]), w[0] - 1
            if nv is not None:
                n, u = nv, self.match(j + 1, "ago_units") or self.match(j + 1, "ago_plurals")
            else:
                n, u = 1, self.match(j, "ago_units")  # singular only: not "منذ أشهر"
                if (
                    u is not None
                    and self.keys[u[0] - 1] in ("عام", "سنه")
                    and (self.num(u[0], 0, 9999, (4,)) is not None)
                ):
                    return None  # "منذ عام 2003" is a year
                if u is not None and u[1] == "day" and self.match(u[0], "weekdays") is not None:
                    return None  # "منذ يوم الأحد" is since Sunday, not a day ago
        if u is None or self.key(u[0]) == "من":
            return None  # "بعد يومين من …": relative to another event
        unit, p = str(u[1]), self.pub
        if unit == "day":
            day = p - dt.timedelta(days=n)
            dv = _dv(day, day, Precision.DAY)
        elif unit == "week":
            day = p - dt.timedelta(days=7 * n)
            dv = _dv(day - dt.timedelta(days=3), day + dt.timedelta(days=3), Precision.WEEK, day)
        elif unit == "month":
            day = p - relativedelta(months=n)
            lo = day.replace(day=1)
            dv = _dv(lo, lo.replace(day=_last(lo.year, lo.month)), Precision.MONTH, day)
        else:
            day = p - relativedelta(years=n)
            dv = _dv(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), Precision.YEAR, day)
        if a is not None:
            dv = attrs.evolve(dv, qualifier=Qualifier.APPROX)
        return i, u[0], dv

    def relperiod(self, i: int) -> tuple[int, str, int] | None:
        """هذا العام / الشهر الماضي / الأسبوع المقبل → (end, unit, offset)."""
        r = self.match(i, "this_words")
        if r is not None:
            p = self.match(r[0], "periods")
            return (p[0], str(p[1]), 0) if p and p[2].startswith("ال") else None
        p = self.match(i, "periods")
        if p is None or not p[2].startswith("ال"):
            return None
        c = self.match(p[0], "cues")
        return (c[0], str(p[1]), int(c[1])) if c else None

    def period_rule(self, i: int) -> _R | None:
        rp = self.relperiod(i)
        iv = self.period(rp[1], rp[2]) if rp else None
        return (i, rp[0], _dv(*iv)) if rp and iv else None

    def decade_at(self, i: int) -> tuple[int, int] | None:
        """(end, first year) of "السبعينيات [القرن الماضي]"."""
        r = self.match(i, "decades")
        if r is None:
            return None
        j, base = r[0], 1900
        if self.key(j) == "من" and self.match(j + 1, "age_words") is not None:
            return None  # "في الأربعينيات من عمره": an age
        if self.key(j) == "من" and (
            self.match(j + 1, "centuries_relative") or self.match(j + 1, "centuries_absolute")
        ):
            j += 1  # "السبعينات من القرن الماضي"
        c = self.match(j, "centuries_relative")
        if c is not None:
            j = c[0]
            if self.pub is not None:
                base = (self.pub.year // 100 + int(c[1])) * 100
        elif (c := self.match(j, "centuries_absolute")) is not None:
            j, base = c[0], int(c[1])
        return j, base + 10 * int(r[1])

    def decade(self, i: int) -> _R | None:
        d = self.decade_at(i)
        return (
            (i, d[0], _dv(dt.date(d[1], 1, 1), dt.date(d[1] + 9, 12, 31), Precision.DECADE))
            if d
            else None
        )
