"""Date rules of :mod:`recon.dates` that read a date as written.

A day and month ("29 آذار"، "الأحد 15 رمضان 1441 هـ"), a month alone, a
numeric date ("29/3/2020"), a school or football season ("2023-2024"), a
year, a weekday and a part of a month or year ("أواخر آذار"، "مطلع العام"),
with the month and year grammar they share and the Umm al-Qura conversion
of Hijri dates.  A year left unsaid is inferred as :mod:`recon.dates`
describes.  They form a base class of the scanner in :mod:`recon.dates`
over the rules that count from the publication date
(:mod:`recon._dates_relative`), kept apart so each module stays one rule
family and a readable size.
"""

from __future__ import annotations

import datetime as dt

import attrs

from recon._dates_relative import _R, _dv, _last, _mk, _RelativeRules
from recon.model import Precision, Qualifier


def _hijri(y: int, m: int, d: int | None) -> tuple[dt.date, dt.date] | None:
    """Gregorian ``(first, last)`` day of a Hijri day (or month when ``d`` is None)."""
    try:
        from hijridate import Hijri
    except ImportError:  # pragma: no cover - hijridate is a dependency
        return None
    try:
        last = Hijri(y, m, 1).month_length()
        lo = Hijri(y, m, d or 1).to_gregorian()
        hi = Hijri(y, m, d or last).to_gregorian()
    except (OverflowError, ValueError):
        return None
    return dt.date(lo.year, lo.month, lo.day), dt.date(hi.year, hi.month, hi.day)


class _CalendarRules(_RelativeRules):
    """Rules that read a stated date; see :class:`recon.dates._Scan`."""

    # -- grammar pieces ------------------------------------------------
    def month_at(self, i: int, cat: str = "months") -> tuple[int, int, bool, bool] | None:
        """A month name, with a paired name ("آذار/مارس", "كانون الأول (ديسمبر)").

        Returns (end, month, paired, particle stripped)."""
        r = self.match(i, cat)
        if r is None:
            return None
        j, m, stripped = r[0], r[1], r[2] != self.keys[i]
        paired = False
        if self.key(j) in ("/", "-", "|", "،", ","):
            r2 = self.match(j + 1, cat)
            if r2 is not None and r2[1] == m:
                j, paired = r2[0], True
        elif self.key(j) == "(":
            r2 = self.match(j + 1, cat)
            if r2 is not None and r2[1] == m and self.key(r2[0]) == ")":
                j, paired = r2[0] + 1, True
        return j, m, paired, stripped

    def year_tail(self, j: int, hijri: bool = False) -> tuple[int, int | None, int | None]:
        """What follows a month: (end, year, relative cue: -1/0/1 or None)."""
        k = j
        for _ in range(2):
            r = self.match(k, "month_year_fillers")
            if r is None:
                break
            k = r[0]
        if hijri:
            y = self.num(k, 1300, 1500, (4,))
            if y is not None:
                r = self.match(k + 1, "hijri_markers")
                return (r[0] if r else k + 1), y, None
            return j, None, None
        y = self.year_at(k)
        if y is not None:
            r = self.match(k + 1, "gregorian_markers")
            return (r[0] if r else k + 1), y, None
        k = j
        if self.key(k) == "من":
            k += 1
        rp = self.relperiod(k)  # "آذار من العام الماضي"
        if rp is not None and rp[1] == "year":
            return rp[0], (self.pub.year + rp[2] if self.pub else None), None
        c = self.match(j, "cues")
        if c is not None:
            return c[0], None, int(c[1])
        return j, None, None

    def hijri_year(self, m: int, d: int) -> int | None:
        """The Hijri year of day ``d`` of Hijri month ``m`` when none is
        written ("غرة رمضان"): the one whose day lies nearest the article's
        publication day (an announcement may come before or after it)."""
        if self.pub is None:
            return None
        try:
            from hijridate import Gregorian
        except ImportError:  # pragma: no cover - hijridate is a dependency
            return None
        try:
            here = Gregorian(self.pub.year, self.pub.month, self.pub.day).to_hijri().year
        except (OverflowError, ValueError):
            return None
        best: tuple[int, int] | None = None
        for y in (here - 1, here, here + 1):
            iv = _hijri(y, m, d)
            if iv is not None:
                gap = abs((iv[0] - self.pub).days)
                if best is None or gap < best[0]:
                    best = (gap, y)
        return None if best is None else best[1]

    def resolve_month(
        self, m: int, d: tuple[int, int] | None, y: int | None, rel: int | None
    ) -> tuple[dt.date, dt.date] | None:
        """Day range ``d`` (or the whole month) of month ``m`` in the stated or inferred year."""
        if y is None:
            y = self.pick_year(m, d[0] if d else None, rel)
        if y is None:
            return None
        if d is None:
            return dt.date(y, m, 1), dt.date(y, m, _last(y, m))
        lo, hi = _mk(y, m, d[0]), _mk(y, m, d[1])
        return (lo, hi) if lo and hi and lo <= hi else None

    # -- rules ---------------------------------------------------------
    def day_month(self, i: int) -> _R | None:
        """[يوم] D [- D2] [من] [شهر] MONTH [/MONTH] [[من] [عام] YEAR | cue]; Hijri too."""
        j = i
        r = self.match(j, "day_word")
        if r is not None:
            j = r[0]
        d1 = self.num(j, 1, 31)
        if d1 is None:
            r = self.match(j, "day_ordinals")
            if r is not None and self.key(r[0]) == "من":
                d1, j = int(r[1]), r[0]
            elif (r := self.match(j, "day_one_words")) is not None:
                d1, j = 1, r[0] - 1
            else:
                return None
        elif not self.free_before(j):
            return None
        j += 1
        d2 = d1
        r = self.match(j, "range_words")
        if r is not None and (e := self.num(r[0], 1, 31)) is not None:
            d2, j = e, r[0] + 1
        elif self.kinds[j - 1] == "n" and not self.free_after(j - 1):
            return None
        for _ in range(2):
            r = self.match(j, "day_month_fillers")
            if r is None:
                break
            j = r[0]
        mm = self.month_at(j)
        if mm is not None:
            end, y, rel = self.year_tail(mm[0])
            iv = self.resolve_month(mm[1], (d1, d2), y, rel)
        elif (mm := self.month_at(j, "hijri_months")) is not None:
            end, y, rel = self.year_tail(mm[0], hijri=True)
            y = y or self.hijri_year(mm[1], d1)
            a, b = (_hijri(y, mm[1], d1), _hijri(y, mm[1], d2)) if y else (None, None)
            iv = (a[0], b[0]) if a and b and a[0] <= b[0] else None
        else:
            return None
        if iv is None:
            return None
        dv = _dv(iv[0], iv[1], Precision.DAY)
        if d2 != d1:
            dv = attrs.evolve(dv, qualifier=Qualifier.RANGE)
        return i, end, dv

    def month(self, i: int) -> _R | None:
        """[شهر] MONTH [/MONTH] [YEAR | cue]: needs some context to be a date."""
        j, strong = i, False
        r = self.match(j, "month_word")
        if r is not None:
            j, strong = r[0], True
        mm = self.month_at(j)
        if mm is None:
            hm = self.month_at(j, "hijri_months")
            if hm is None:
                return None
            end, y, _ = self.year_tail(hm[0], hijri=True)
            iv = _hijri(y, hm[1], None) if y else None
            return (i, end, _dv(iv[0], iv[1], Precision.MONTH)) if iv else None
        if self.num(i - 1, 1, 31) is not None:
            return None  # "31 شباط 2020" failed as a day; the month alone would mislead
        end, y, rel = self.year_tail(mm[0])
        strong = strong or mm[2] or y is not None or rel is not None
        if not strong:
            # "باب" is not August and "مارس الضغط" not March: an ambiguous name
            # needs a preposition of its own before it, others any preposition.
            if self.match(j, "ambiguous_months") is not None:
                ok = not mm[3] and self.match(i - 1, "month_prepositions") is not None
            else:
                ok = mm[3] or self.match(i - 1, "weak_year_cues") is not None
            if not ok:
                return None
        iv = self.resolve_month(mm[1], None, y, rel)
        return (i, end, _dv(iv[0], iv[1], Precision.MONTH)) if iv else None

    def numeric(self, i: int) -> _R | None:
        """29/3/2020, 29-03-2020, 29.3.2020, 2020-03-29; 15/9/1441 هـ."""
        kinds, keys = self.kinds, self.keys
        if i + 4 >= self.n or not self.free_before(i):
            return None
        sep = keys[i + 1]
        if (
            sep not in "/-."
            or keys[i + 3] != sep
            or not all(self.glued(k) for k in range(i, i + 4))
        ):
            return None
        if any(kinds[k] != "n" for k in (i, i + 2, i + 4)) or not self.free_after(i + 4):
            return None
        a, b, c = keys[i], keys[i + 2], keys[i + 4]
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        elif len(c) == 4 and len(a) <= 2 and len(b) <= 2:
            d, m, y = int(a), int(b), int(c)
            if m > 12 and d <= 12:  # unambiguous month-first
                d, m = m, d
        else:
            return None
        end = i + 5
        if 1300 <= y <= 1500 and (r := self.match(end, "hijri_markers")) is not None:
            iv = _hijri(y, m, d) if 1 <= m <= 12 and 1 <= d <= 30 else None
            return (i, r[0], _dv(iv[0], iv[0], Precision.DAY)) if iv else None
        day = _mk(y, m, d) if 1900 <= y <= 2100 else None
        return (i, end, _dv(day, day, Precision.DAY)) if day else None

    def season(self, i: int) -> _R | None:
        """2023-2024, 2022/2023: a season across two years (a school year, a
        football or farming season), dated by its later year: "خلال الموسم
        الدراسي 2023-2024" sets what follows in that season, and its two
        years never read as a range of counts."""
        if i + 2 >= self.n or not self.free_before(i) or self.keys[i + 1] not in ("-", "/"):
            return None
        if not (self.glued(i) and self.glued(i + 1) and self.free_after(i + 2)):
            return None
        a = self.num(i, 1900, 2100, (4,))
        b = self.num(i + 2, 1900, 2100, (4,))
        if a is None or b != a + 1:
            return None
        later = dt.date(b, 1, 1)
        return (i, i + 3, _dv(dt.date(a, 1, 1), dt.date(b, 12, 31), Precision.YEAR, later))

    def year(self, i: int) -> _R | None:
        """عام 2014 / منذ 2017 / في 2003 / 1441 هـ."""
        hy = self.num(i, 1300, 1500, (4,))
        if hy is not None and (r := self.match(i + 1, "hijri_markers")) is not None:
            a, b = _hijri(hy, 1, 1), _hijri(hy, 12, None)
            return (i, r[0], _dv(a[0], b[1], Precision.YEAR)) if a and b else None
        r = self.match(i, "strong_year_cues")
        start = i
        if r is None:
            r = self.match(i, "weak_year_cues")
            if r is None:
                return None
            start = r[0]
        j = r[0]
        hy = self.num(j, 1300, 1500, (4,))
        if hy is not None and (h := self.match(j + 1, "hijri_markers")) is not None:
            a, b = _hijri(hy, 1, 1), _hijri(hy, 12, None)
            return (start, h[0], _dv(a[0], b[1], Precision.YEAR)) if a and b else None
        y = self.year_at(j)
        if y is None or (start != i and (self.countish(j + 1) or self.match(i - 1, "count_leads"))):
            return None  # "في 2000 جندي", "أكثر من 2000"
        g = self.match(j + 1, "gregorian_markers")
        return (
            start,
            (g[0] if g else j + 1),
            _dv(dt.date(y, 1, 1), dt.date(y, 12, 31), Precision.YEAR),
        )

    def weekday(self, i: int) -> _R | None:
        """[يوم] الأحد [الماضي|المقبل] [، الموافق] [explicit date]."""
        j = i
        r = self.match(j, "day_word")
        if r is not None:
            j = r[0]
        w = self.match(j, "weekdays")
        if w is None:
            return None
        j, wd = w[0], int(w[1])
        c = self.match(j, "cues")
        cue = int(c[1]) if c else None
        if c is not None:
            j = c[0]
        k = j + 1 if self.key(j) in ("،", ",", "-") else j
        r = self.match(k, "date_connectors")
        explicit = self.day_month(r[0] if r else k) or self.numeric(r[0] if r else k)
        if explicit is not None:
            return i, explicit[1], explicit[2]
        if self.pub is None:
            return None
        p = self.pub
        if cue == 1:
            delta = (wd - p.weekday()) % 7 or 7
        else:
            delta = -((p.weekday() - wd) % 7 or (7 if cue == -1 else 0))
        day = p + dt.timedelta(days=delta)
        return i, j, _dv(day, day, Precision.DAY)

    def part(self, i: int) -> _R | None:
        """أواخر/مطلع/منتصف + month, year, العام [cue], الشهر [cue] or decade."""
        r = self.match(i, "parts")
        if r is None:
            return None
        days, months, years = self.lex.parts[str(r[1])]
        j = r[0]
        if self.key(j) == "من":
            j += 1
        m = self.match(j, "month_word")
        mm = self.month_at(m[0] if m else j)
        if mm is not None:
            end, y, rel = self.year_tail(mm[0])
            iv = self.resolve_month(mm[1], None, y, rel)
            if iv is None:
                return None
            lo = iv[0].replace(day=days[0])
            hi = iv[0].replace(day=min(days[1], iv[1].day))
            return i, end, _dv(lo, hi, Precision.PART_OF_MONTH)
        d = self.decade_at(j)
        if d is not None:
            lo, hi = dt.date(d[1] + years[0], 1, 1), dt.date(d[1] + years[1], 12, 31)
            return i, d[0], _dv(lo, hi, Precision.DECADE)
        p = self.match(j, "periods")
        if p is not None and p[1] == "season":
            return None  # "مطلع الموسم الماضي": a season, not the months of a calendar year
        end = p[0] if p is not None else j
        y = self.year_at(end)
        if y is not None:
            end += 1
        else:
            rp = self.relperiod(j)
            if rp is None and p is not None and p[2].startswith("ال") and not self.article(p[0]):
                rp = p[0], str(p[1]), 0  # "مطلع العام": the current one, not "العام الدراسي"
            piv = self.period(rp[1], rp[2]) if rp is not None and rp[1] != "week" else None
            if rp is None or piv is None:
                return None
            end = rp[0]
            if rp[1] == "month":
                lo = piv[0].replace(day=days[0])
                hi = piv[0].replace(day=min(days[1], piv[1].day))
                return i, end, _dv(lo, hi, Precision.PART_OF_MONTH)
            y = piv[0].year
        g = self.match(end, "gregorian_markers")
        lo = dt.date(y, months[0], 1)
        hi = dt.date(y, months[1], _last(y, months[1]))
        return i, (g[0] if g else end), _dv(lo, hi, Precision.PART_OF_YEAR)
