"""A figure's time scope, for :mod:`recon.fields_ar`: a rate per day, week
or hour ("يوميا") or a total summed over a past period ("منذ أبريل 2023",
"خلال العام الماضي") is not the event's own figure, and its field gets a
suffix (``:rate``, ``:period``) so it never joins the event's group.  And a
time allowed ("ستنجز خلال 60 يوماً") is a duration of its own."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon._words import listed
from recon.normalise import fold_digits, key_set

if TYPE_CHECKING:
    from recon.entities_ar import Lex
    from recon.fields_ar import Sentence

__all__ = ["_over_a_period", "_per_slash_time", "_per_time", "_within", "spread_over"]


def _per_time(s: Sentence, lx: Lex, at: int) -> bool:
    """Whether the clause of the figure at ``at`` says it is a rate per day,
    week or hour ("يوميا", "في اليوم", "في الساعة")."""
    if not s.per_time:
        return False  # most sentences name no rate: no clause to look up
    lo, hi = s.tok_range(s.clause_of(at))
    return any(lo <= m.first < hi and not _which_one(s, m.last + 1) for m in s.per_time)


def _which_one(s: Sentence, k: int) -> bool:
    """Whether word ``k`` makes the time before it one day or hour of many
    ("في اليوم الثالث لإغلاق الجسر", "في الساعة الأولى"): a time, no rate."""
    if k >= len(s.keys):
        return False
    return s.keys[k] in lexicon.word_set("numbers", "ordinals") or s.keys[k] in _SAME


def _per_slash_time(s: Sentence, end: int) -> bool:
    """Whether the figure ending at ``end`` is over a time after a slash
    ("80 كم/ساعة", "500 طن/يوم"): a speed or a rate."""
    i = s.tok(end)
    if i >= len(s.toks) or "/" not in s.text[end : s.toks[i].start]:
        return False
    return s.keys[i] in lexicon.word_set("fields", "rate_slash_times")


# "في اليوم التالي", "في اليوم نفسه", "في الساعة ذاتها": one time, no rate.
_SAME = key_set(("التالي", "التالية", "نفسه", "نفسها", "ذاته", "ذاتها", "السابق", "الأخير"))

_PERIOD_REACH = 5  # words from a period preposition to its year or period word


def _over_a_period(s: Sentence, lx: Lex, at: int, *, since: bool = True) -> bool:
    """Whether the clause of the figure at ``at`` says it is summed over a
    past calendar period ("منذ أبريل 2023", "خلال العام الماضي", "سنويا");
    without ``since``, a منذ phrase does not count ("مخزنة منذ ست سنوات" is
    how long a stock was held).  Read once per clause: a clause of
    thousands of figures stays linear."""
    clause = s.clause_of(at)
    key = clause.start if since else -1 - clause.start
    found = s._period.get(key)
    if found is None:
        found = _period_clause(s, lx, *s.tok_range(clause), since=since)
        k = bisect_left(s.clause_starts, clause.start) - 1
        if not found and k >= 0 and _when_clause(s, clause):
            # "منذ نيسان/أبريل 2023، حين أطلق الطرفان سراح نحو 900 أسير": a
            # clause opened by "when" is set in the past time of the one before.
            found = _period_clause(s, lx, *s.tok_range(s.clauses[k]), since=since)
        s._period[key] = found
    return found


@lru_cache(maxsize=1)
def _when_words() -> frozenset[str]:
    from recon import lexicon
    from recon.normalise import key_set

    return key_set(lexicon.load("fields").get("when_openers", []))


def _when_clause(s: Sentence, clause: Any) -> bool:
    i = s.tok(clause.start)
    return i < len(s.toks) and s.toks[i].key in _when_words()


@lru_cache(maxsize=8)
def _period_openers(adverbs: frozenset[str], *preps: frozenset[str]) -> frozenset[str]:
    """Every word form that can start a period phrase: an adverb (bare or
    after "و"/"ف") or a period preposition."""
    return adverbs.union(*preps, *({c + a for a in adverbs} for c in "وف"))


def _period_clause(s: Sentence, lx: Lex, lo: int, hi: int, *, since: bool = True) -> bool:
    sinces = lx.since_preps if since else frozenset()
    openers = _period_openers(lx.period_adverbs, sinces, lx.period_preps)
    if openers.isdisjoint(s.keys[lo:hi]):
        return False  # the usual clause: no word below can start a period
    toks = s.toks
    for k in range(lo, hi):
        key = toks[k].key
        if listed(key, lx.period_adverbs):
            return True
        since = key in sinces
        if not since and key not in lx.period_preps:
            continue
        reach = toks[k + 1 : min(hi, k + 1 + _PERIOD_REACH)]
        if since and any(t.key in lx.period_words or _year(t) for t in reach):
            return True
        for n, t in enumerate(reach):
            # "خلال العام الماضي", and a season of a year: "خلال صائفة 2023".
            if t.key in lx.period_words and any(
                u.key in lx.period_past or _year(u) for u in reach[n + 1 :]
            ):
                return True
    return False


_YEARS = range(1900, 2101)


def _year(t: Any) -> bool:
    """Whether word ``t`` is a year: four digits of a plausible year ("منذ
    2017"), not a count that follows a period word ("منذ انطلاق المهرجان
    إلى ٤١٥٠ سيارة")."""
    text = fold_digits(t.text)
    return len(text) == 4 and text.isdigit() and int(text) in _YEARS


@lru_cache(maxsize=4)
def _within_words(lang: str = "ar") -> tuple[frozenset[str], frozenset[str]]:
    f = lexicon.load("fields", lang)
    return key_set(f.get("within_words", [])), key_set(f.get("past_words", []))


lexicon.on_clear(_within_words.cache_clear)


def _within(s: Sentence, first: int, last: int) -> bool:
    """ "ستنجز خلال 60 يوماً": a time allowed, a figure of its own; "خلال 24
    ساعة الماضية" (a past window) is not."""
    within, past = _within_words()
    if s.toks[first - 1].key not in within:
        return False
    nxt = s.toks[last + 1].key if last + 1 < len(s.toks) else ""
    if nxt in past:
        return False
    # "نزح 35 ألف شخص خلال أسبوع": the window of the figure before it.
    lo = s.clause_of(s.toks[first].start).start
    return not any(lo <= f < s.toks[first].start for f in s.figures)


_SPREAD_GAP = 3  # words between an amount and its duration ("موزعة على مدى")


def spread_over(s: Sentence, prev: Any, prev_end: int, first: int) -> bool:
    """Whether the duration at token ``first`` right after an amount says
    the time that amount is spread over ("بلغت كلفة الاتفاق 17 مليار درهم على
    مدى ثلاث سنوات", "مليون دولار موزعة على خمس سنوات"): a schedule of the
    amount, not how long the story's event lasted (``spread_words`` of
    ``fields.toml``)."""
    if prev is None or not prev.field.startswith("money"):
        return False
    gap = s.keys[s.tok(prev_end) : first]
    words = lexicon.word_set("fields", "spread_words")
    return 0 < len(gap) <= _SPREAD_GAP and all(w in words for w in gap)
