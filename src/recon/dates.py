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

import datetime as dt
import unicodedata
from itertools import compress
from typing import Any

import attrs

from recon._dates_calendar import _CalendarRules
from recon._dates_lexicon import Cats, _lex
from recon._dates_relative import _R
from recon._fast_values import _with_raw
from recon._slots import setters
from recon._tokens import Chunks
from recon.errors import InputError
from recon.model import DateValue, Qualifier
from recon.normalise import Normalised, normalise

__all__ = ["DateMatch", "find_dates", "parse_date"]


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date expression found in a text: ``text[start:end]`` reads as ``value``."""

    start: int
    end: int
    value: DateValue


# Set slot by slot (recon._slots): a date found costs no attrs keyword call.
_DM_START, _DM_END, _DM_VALUE = setters(DateMatch, ("start", "end", "value"))


class _Scan(_CalendarRules):
    """One pass over one text's tokens; every rule returns an ``_R`` or None.

    The rules themselves are inherited: stated dates from
    :mod:`recon._dates_calendar`, dates counted from the publication date
    from :mod:`recon._dates_relative`; this class tries them at each token."""

    # Each rule's first step is a lexicon match of one of these tables at its
    # token, or (True) a number there; a rule whose gate is shut cannot match,
    # so it is not called.  Tried in this order.
    _GATES: tuple[tuple[str, frozenset[str], bool], ...] = tuple(
        (name, frozenset(cats), number)
        for name, cats, number in (
            ("relday", ("relative_days",), False),
            ("weekday", ("day_word", "weekdays"), False),
            ("ago", ("ago_words",), False),
            ("part", ("parts",), False),
            ("day_month", ("day_word", "day_ordinals", "day_one_words"), True),
            ("numeric", (), True),
            ("season", (), True),
            ("month", ("month_word", "months", "hijri_months"), False),
            ("period_rule", ("this_words", "periods"), False),
            ("year", ("strong_year_cues", "weak_year_cues"), True),
            ("decade", ("decades",), False),
        )
    )
    gated = True  # False tries every rule everywhere (the reference for tests)

    def at(self, i: int) -> _R | None:
        a = self.match(i, "approx_words") if "approx_words" in self.cats[i] else None
        k = a[0] if a else i
        if k < self.n:
            cats, number = self.cats[k], self.kinds[k] == "n"
        else:
            cats, number = _NO_CATS, False
        rules = _rules(cats, number) if self.gated else _ALL_RULES
        for rule in rules:
            r: _R | None = rule(self, k)
            if r is not None:
                if a is not None:
                    return i, r[1], attrs.evolve(r[2], qualifier=Qualifier.APPROX)
                return r
        return None

    def run(self) -> list[DateMatch]:
        out: list[DateMatch] = []
        nxt = 0
        for i in compress(range(self.n), self.starts):
            if i < nxt:
                continue
            r = self.at(i)
            if r is None:
                continue
            s, e = self.norm.span(self.ss[r[0]], self.es[r[1] - 1])
            orig = self.norm.original
            while e < len(orig) and (orig[e] == "\u0640" or unicodedata.category(orig[e]) == "Mn"):
                e += 1  # the tatweel and diacritics of the last letter ("هـ", "غداً")
            raw = self.norm.original[s:e]
            m = object.__new__(DateMatch)
            _DM_START(m, s)
            _DM_END(m, e)
            _DM_VALUE(m, _with_raw(r[2], raw))
            out.append(m)
            nxt = max(r[1], i + 1)
        return out


_NO_CATS: Cats = ()
_ALL_RULES = tuple(getattr(_Scan, name) for name, _, _ in _Scan._GATES)
_RULE_SETS: dict[tuple[Cats, bool], tuple[Any, ...]] = {}


def _rules(cats: Cats, number: bool) -> tuple[Any, ...]:
    """The rules whose gate is open at a token in tables ``cats`` (a number
    or not), in trial order; remembered per (tables, number): a handful of
    distinct combinations recur."""
    found = _RULE_SETS.get((cats, number))
    if found is None:
        found = tuple(
            rule
            for rule, (_, gate, on_number) in zip(_ALL_RULES, _Scan._GATES, strict=True)
            if (number and on_number) or not gate.isdisjoint(cats)
        )
        if len(_RULE_SETS) >= 4096:
            _RULE_SETS.clear()
        _RULE_SETS[(cats, number)] = found
    return found


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


def dates_in(
    norm: Normalised,
    *,
    published: dt.date | None = None,
    lang: str = "ar",
    chunks: Chunks | None = None,
) -> list[DateMatch]:
    """:func:`find_dates` on a text already normalised:
    :func:`recon.extract.extract` normalises an article once for its figures
    and its dates, and splits it once (``chunks``, of ``norm.text``)."""
    return _Scan(norm, _lex(lang), _check(norm.original, published), chunks).run()


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
