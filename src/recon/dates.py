"""Arabic date expressions → :class:`~recon.model.DateValue` intervals.

The text is normalised (:func:`recon.normalise.normalise`), cut into word,
number and punctuation tokens, and scanned left to right; at each token a
fixed list of small rules looks a bounded number of tokens ahead, so the
whole scan is linear in the text length.  All words come from the lexicon
``dates.toml``.

Year inference, for a day/month stated without a year (it needs
``published``; without it such dates are not returned):

* a past cue (الماضي، الفائت…): the latest such date on or before the
  publication date (for a month alone: the latest such month before the
  publication month);
* a current cue (الحالي، الجاري): the publication year;
* a next cue (المقبل، القادم): the earliest such date on or after the
  publication date (month alone: after the publication month) — "أبريل
  المقبل" written in March is the coming April, not next year's;
* no cue: the candidate nearest the publication date (so within about six
  months of it), the earlier one on a tie.

Weekdays: plain "الأحد" is the latest Sunday on or before ``published``;
with a past cue strictly before it, with a next cue strictly after it; a
weekday followed by a full date ("الأحد 29 آذار") takes the date.
"الأسبوع الماضي" is the previous calendar week, weeks starting on the
lexicon's ``week_start`` (Sunday); "قبل أسبوع" is the seven days around
a week before publication; "قبل شهرين"/"قبل عامين" the month/year it falls in.
Hijri dates use the Umm al-Qura calendar of the ``hijridate`` package
(1343–1500 AH) and need a year; others are not returned.

A bare four-digit number is a year only after a year word (عام، سنة), a
preposition (في، منذ، خلال، حتى، قبل، بعد، من) not followed by a counted noun,
or a month name; and only within 1900–2100.  Spans start at the first word
of the expression including its attached particles ("والأسبوع الماضي") but
not a separate preposition ("في" of "في 26 آذار").
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple

import attrs
from dateutil.relativedelta import relativedelta

from recon import lexicon
from recon.errors import InputError, LexiconError
from recon.model import DateValue, Precision, Qualifier
from recon.normalise import Normalised, normalise

__all__ = ["DateMatch", "find_dates", "parse_date"]


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date expression found in a text: ``text[start:end]`` reads as ``value``."""

    start: int
    end: int
    value: DateValue


class _Tok(NamedTuple):
    kind: str  # "w" word, "n" number, "p" punctuation
    key: str
    s: int
    e: int


_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})
_SEPS = "/-.,:"
_CUES = {"past": -1, "current": 0, "next": 1}
_NONE: frozenset[str] = frozenset()
# The tables whose words can begin a date expression (else it begins with a number).
_STARTS = (
    "approx_words", "relative_days", "day_word", "weekdays", "ago_words", "parts",
    "day_ordinals", "day_one_words", "months", "hijri_months", "month_word", "this_words",
    "periods", "strong_year_cues", "weak_year_cues", "decades",
)  # fmt: skip


def _fold(s: str) -> str:
    return s.translate(_FOLD).casefold()


def _tokenise(text: str) -> list[_Tok]:
    """Words, numbers and single punctuation marks, with normalised offsets.

    A run of letters and digits that holds a Latin letter ("K1", "COVID19")
    stays one word, so its digits are never read as a day or a year; Arabic
    letters glued to digits ("ب2020", "و30") are split.
    """
    toks: list[_Tok] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if not ch.isalnum():
            toks.append(_Tok("p", ch, i, i + 1))
            i += 1
            continue
        j = i
        latin = False
        while j < n and text[j].isalnum():
            latin = latin or ("a" <= text[j].lower() <= "z")
            j += 1
        if latin:
            toks.append(_Tok("w", _fold(text[i:j]), i, j))
        else:
            k = i
            while k < j:
                digit = text[k].isdigit()
                m = k
                while m < j and text[m].isdigit() == digit:
                    m += 1
                toks.append(_Tok("n" if digit else "w", _fold(text[k:m]), k, m))
                k = m
        i = j
    return toks


@lru_cache(maxsize=8192)
def _variants(w: str) -> tuple[str, ...]:
    """``w`` and ``w`` without attached particles: و/ف, then ب/ل/ك (للعام → العام)."""
    out = [w]
    if len(w) > 2 and w[0] in "وف":
        w = w[1:]
        out.append(w)
    if len(w) > 2 and w[0] in "بلك":
        out.append(w[1:])
        if w.startswith("لل"):
            out.append("ا" + w[1:])
    return tuple(out)


def _key_words(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in _tokenise(normalise(phrase).text))


class _Lex:
    """The compiled lexicon: per table of dates.toml, phrase (tuple of keys) → value.

    A list of words maps each to True; a table of lists maps each word to its
    key (a number when the key is one: month 3, weekday 6); a table of
    numbers maps each word to its number."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.index: dict[str, dict[tuple[str, ...], Any]] = {}
        self.maxlen: dict[str, int] = {}
        self.parts: dict[str, tuple[tuple[int, int], ...]] = {}
        try:
            self._compile(data)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
            raise LexiconError(f"malformed dates lexicon: {e!r}", path="dates.toml") from None

    def _add(self, cat: str, phrase: str, value: Any) -> None:
        if not isinstance(phrase, str) or not phrase.strip():
            raise LexiconError("expected a non-empty word", path="dates.toml", entry=phrase)
        words = _key_words(phrase)
        self.index.setdefault(cat, {})[words] = value
        self.maxlen[cat] = max(self.maxlen.get(cat, 0), len(words))

    def _compile(self, data: dict[str, Any]) -> None:
        for cat, table in data.items():
            if isinstance(table, list):
                for w in table:
                    self._add(cat, w, True)
            elif isinstance(table, dict) and cat != "parts":
                for k, v in table.items():
                    if isinstance(v, list):
                        key = int(k) if k.lstrip("-").isdigit() else _CUES.get(k, k)
                        for w in v:
                            self._add(cat, w, key)
                    else:
                        self._add(cat, k, int(v))
        for w, v in data["decades"].items():
            if w.startswith("ال"):
                self._add("decades", w[2:], int(v))  # the article is optional: سبعينيات
        for name, part in data["parts"].items():
            for w in part["words"]:
                self._add("parts", w, name)
            self.parts[name] = tuple(
                (int(part[k][0]), int(part[k][1])) for k in ("days", "months", "years")
            )
        self.week_start = int(data["week_start"]) % 7
        self.firsts = {cat: frozenset(p[0] for p in t) for cat, t in self.index.items()}
        self.all_firsts = frozenset().union(*self.firsts.values())
        self.start_firsts = frozenset().union(*(self.firsts.get(c, _NONE) for c in _STARTS))


_GRAMMARS: dict[str, _Lex] = {}
lexicon.on_clear(_GRAMMARS.clear)


def _lex(lang: str) -> _Lex:
    g = _GRAMMARS.get(lang)
    if g is None:
        g = _GRAMMARS[lang] = _Lex(lexicon.load("dates", lang))
    return g


def _last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _mk(y: int, m: int, d: int) -> dt.date | None:
    if 1 <= m <= 12 and 1 <= d <= _last(y, m) and 1 <= y <= 9999:
        return dt.date(y, m, d)
    return None


def _dv(lo: dt.date, hi: dt.date, prec: Precision, value: dt.date | None = None) -> DateValue:
    return DateValue(value=value or lo, low=lo, high=hi, precision=prec)


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


_R = tuple[int, int, DateValue]  # first token, end token, value


class _Scan:
    """One pass over one text's tokens; every rule returns an ``_R`` or None."""

    def __init__(self, norm: Normalised, lex: _Lex, published: dt.date | None) -> None:
        self.norm = norm
        self.toks = _tokenise(norm.text)
        self.lex = lex
        self.pub = published
        self.memo: dict[tuple[int, str], tuple[int, Any, str] | None] = {}
        self.vars = [_variants(t.key) for t in self.toks]
        # A token that starts no lexicon phrase can only start a date as a number.
        self.live = [any(v in lex.all_firsts for v in vs) for vs in self.vars]

    # -- token helpers -------------------------------------------------
    def match(self, i: int, cat: str) -> tuple[int, Any, str] | None:
        """The longest phrase of ``cat`` at token ``i``: (end, value, first word as matched)."""
        if not 0 <= i < len(self.toks) or not self.live[i]:
            return None
        memo = (i, cat)
        if memo in self.memo:
            return self.memo[memo]
        firsts = self.lex.firsts.get(cat, _NONE)
        found = None
        heads = [v for v in self.vars[i] if v in firsts]
        if heads:  # most tokens start no phrase of the category: no tuples built
            table, toks = self.lex.index[cat], self.toks
            for n in range(min(self.lex.maxlen[cat], len(toks) - i), 0, -1):
                rest = tuple(t.key for t in toks[i + 1 : i + n])
                for first in heads:
                    v = table.get((first, *rest))
                    if v is not None and found is None:
                        found = i + n, v, first
        self.memo[memo] = found
        return found

    def key(self, i: int) -> str:
        return self.toks[i].key if 0 <= i < len(self.toks) else ""

    def glued(self, i: int) -> bool:
        """Token ``i`` touches token ``i + 1``."""
        return 0 <= i < len(self.toks) - 1 and self.toks[i].e == self.toks[i + 1].s

    def free_before(self, i: int) -> bool:
        t = self.toks
        if i > 0 and self.glued(i - 1) and t[i - 1].kind == "p":
            if t[i - 1].key in ":%":
                return False
            if t[i - 1].key in _SEPS and i > 1 and self.glued(i - 2) and t[i - 2].kind != "p":
                return False
        return True

    def free_after(self, i: int) -> bool:
        t = self.toks
        if self.glued(i) and t[i + 1].kind == "p":
            if t[i + 1].key in ":%":
                return False
            if t[i + 1].key in _SEPS and self.glued(i + 1) and t[i + 2].kind == "n":
                return False
        return True

    def num(self, i: int, lo: int, hi: int, width: tuple[int, ...] = (1, 2)) -> int | None:
        if i >= len(self.toks) or self.toks[i].kind != "n" or len(self.toks[i].key) not in width:
            return None
        v = int(self.toks[i].key)
        return v if lo <= v <= hi else None

    def year_at(self, i: int) -> int | None:
        y = self.num(i, 1900, 2100, (4,))
        return y if y is not None and self.free_before(i) and self.free_after(i) else None

    def article(self, i: int) -> bool:
        """Token ``i`` is a word with the article (an adjective after a noun), not "إلى"."""
        return self.key(i).startswith("ال") and self.match(i, "article_lookalikes") is None

    def tanwin(self, i: int) -> bool:
        """Token ``i`` carries tanwin fath in the original ("مدرباً", "غداً")."""
        if not 0 <= i < len(self.toks):
            return False
        a, b = self.norm.span(self.toks[i].s, self.toks[i].e)
        return "\u064b" in self.norm.original[a : b + 1]

    def countish(self, i: int) -> bool:
        """Token ``i`` makes the number before it a count ("2500 مدرباً", "2000 جندي")."""
        return self.match(i, "count_words") is not None or self.tanwin(i)

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

    # -- grammar pieces ------------------------------------------------
    def month_at(self, i: int, cat: str = "months") -> tuple[int, int, bool, bool] | None:
        """A month name, with a paired name ("آذار/مارس", "كانون الأول (ديسمبر)").

        Returns (end, month, paired, particle stripped)."""
        r = self.match(i, cat)
        if r is None:
            return None
        j, m, stripped = r[0], r[1], r[2] != self.toks[i].key
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
        elif self.toks[j - 1].kind == "n" and not self.free_after(j - 1):
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
        t = self.toks
        if i + 4 >= len(t) or not self.free_before(i):
            return None
        sep = t[i + 1].key
        if (
            sep not in "/-."
            or t[i + 3].key != sep
            or not all(self.glued(k) for k in range(i, i + 4))
        ):
            return None
        if any(t[k].kind != "n" for k in (i, i + 2, i + 4)) or not self.free_after(i + 4):
            return None
        a, b, c = (t[k].key for k in (i, i + 2, i + 4))
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
                    and self.toks[u[0] - 1].key in ("عام", "سنه")
                    and (self.num(u[0], 0, 9999, (4,)) is not None)
                ):
                    return None  # "منذ عام 2003" is a year
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

    # -- driver --------------------------------------------------------
    def at(self, i: int) -> _R | None:
        a = self.match(i, "approx_words")
        k = a[0] if a else i
        rules = (
            self.relday, self.weekday, self.ago, self.part, self.day_month, self.numeric,
            self.month, self.period_rule, self.year, self.decade,
        )  # fmt: skip
        for rule in rules:
            r = rule(k)
            if r is not None:
                if a is not None:
                    return i, r[1], attrs.evolve(r[2], qualifier=Qualifier.APPROX)
                return r
        return None

    def run(self) -> list[DateMatch]:
        out: list[DateMatch] = []
        i, n = 0, len(self.toks)
        while i < n:
            t = self.toks[i]
            starts = t.kind == "n" or any(v in self.lex.start_firsts for v in self.vars[i])
            r = self.at(i) if starts else None
            if r is None:
                i += 1
                continue
            end = self.toks[r[1] - 1].e
            s, e = self.norm.span(self.toks[r[0]].s, end)
            orig = self.norm.original
            while e < len(orig) and (orig[e] == "\u0640" or unicodedata.category(orig[e]) == "Mn"):
                e += 1  # the tatweel and diacritics of the last letter ("هـ", "غداً")
            raw = self.norm.original[s:e]
            out.append(DateMatch(start=s, end=e, value=attrs.evolve(r[2], raw=raw)))
            i = max(r[1], i + 1)
        return out


def _check(text: object, published: object) -> dt.date | None:
    if not isinstance(text, str):
        raise InputError(f"date text must be a string, got {type(text).__name__}", item=text)
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    raise InputError(f"published must be a datetime.date, got {published!r}", item=published)


def find_dates(text: str, *, published: dt.date | None = None, lang: str = "ar") -> list[DateMatch]:
    """Every date expression in ``text``, in order, with offsets into ``text``.

    Dates that need the publication date (weekdays, "أمس", a day and month
    without a year) are only found when ``published`` is given.
    """
    pub = _check(text, published)
    return _Scan(normalise(text), _lex(lang), pub).run()


def parse_date(
    text: str, *, published: dt.date | None = None, lang: str = "ar"
) -> DateValue | None:
    """The first date expression in ``text`` as a :class:`DateValue`, or None.

    ``value`` is the stated day (the first day of a stated month or year),
    ``low``/``high`` the interval the expression stands for; see the module
    documentation for how a missing year is inferred from ``published``.
    """
    found = find_dates(text, published=published, lang=lang)
    return found[0].value if found else None
