"""When a figure held, for :mod:`recon.extract`: which dates of a sentence
may date its figures, and whether a figure is an earlier event's.

A sentence's dates do not all say when its figures held: a date after
"منذ" is when a running count began, a date in a relative clause about the
event ("الحادث، الذي وقع صباح الثلاثاء، …") is the event's day, and a date
a figure is compared with ("بزيادة 30% عن العام السابق") is the base of a
change.  A figure dated long before its article, or told after "سبق أن"
(had previously), is an earlier event's and gets a field of its own.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon._nearest import Near
from recon._words import THAT
from recon.model import DateValue
from recon.normalise import fold_digits, key_set

if TYPE_CHECKING:
    from recon.entities_ar import Lex
    from recon.fields_ar import Sentence

__all__ = [
    "Usable",
    "as_of",
    "dates_as_of",
    "earlier_event",
    "long_before",
    "pluperfect_from",
    "previously_from",
]

_START = attrgetter("start")


class Usable:
    """A sentence's dates that may date its figures, and where its
    comparison words stand: read once per sentence, asked once per figure."""

    __slots__ = ("compare_at", "near")

    def __init__(self, near: Near[Any], compare_at: list[int]) -> None:
        self.near = near
        self.compare_at = compare_at


def dates_as_of(
    s: Sentence,
    dates: Sequence[Any],
    lx: Lex,
    events: Sequence[str | None],
    *,
    pub: dt.date | None = None,
    pluperfect: int | None = None,
) -> Usable:
    """The dates of sentence ``s`` that may say when its figures held
    (``events``: each date's :func:`event_of`; ``pub``: the article's day;
    ``pluperfect``: :func:`pluperfect_from` of ``s``, if the caller has it).
    An event's date dates no figure, unless it is long before the article
    and told in the pluperfect: "وكان حريق مماثل قد اندلع عام 2019 …،
    وأسفر عن إصابة عاملين" recalls that earlier event and its figures."""
    words = lexicon.word_set("fields", "comparison_words")
    if pub is not None and pluperfect is None:
        pluperfect = pluperfect_from(s)
    told = len(s.toks) if pluperfect is None else pluperfect
    compare_at = list(compress(range(len(s.keys)), map(words.__contains__, s.keys)))
    usable = [
        d
        for d, ev in zip(dates, events, strict=True)
        if (
            ev in (None, "announcement")
            or s.clause_of(d.start).start >= d.start - 1  # "أعلنت الوزارة، الاثنين، …"
            or (told < s.tok(d.start) and long_before(d, pub))
        )
        and not _since(s, d.start, lx)
        and not _event_clause(s, d.start)
        and not _relative_event(s, d.start)
        and not _compared_with(s, d.start)
        and not _citation(s, d.start)
    ]
    return Usable(Near(usable, _START), compare_at)


def long_before(d: Any, pub: dt.date | None) -> bool:
    """Whether date ``d`` ends in a year before ``pub``'s and long before it."""
    v = d.value
    if pub is None or not isinstance(v, DateValue):
        return False
    return v.high.year < pub.year and (pub - v.high).days > _EARLIER


_CHANGE_BACK = 5  # words from a change word to its "عن" ("بزيادة قدرها 30% عن العام السابق")


def _citation(s: Sentence, start: int) -> bool:
    """Whether the date at ``start`` is the year of a law or decision cited by
    number ("قانون الجمارك رقم 23 لسنة 1984", "القرار 15 لعام 2026"): when the
    text was passed, never when a figure held."""
    i = bisect_left(s.starts, start)
    if i == 0 or i >= len(s.toks) or not s.keys[i].startswith("ل"):
        return False  # "قتل 300 عام 2019" dates the 300; "رقم 23 لسنة 1984" cites
    return fold_digits(s.toks[i - 1].text).replace(".", "").isdigit()


_BASE_REACH = 8  # words from a change's "على"/"عن" to the date of what it is measured against


def _compared_with(s: Sentence, start: int) -> bool:
    """Whether the date at ``start`` is what a figure is compared with
    ("مقارنة بالعام الماضي", "بزيادة قدرها 30% عن العام السابق", "بزيادة
    15% على الكميات المبيعة في الفترة نفسها من الموسم الماضي"): the base of a
    change, not when the figure held (``comparison_words`` of fields.toml)."""
    if _led_by(s, start, lambda k: _comparing(s, k)):
        return True
    i = bisect_left(s.starts, start)
    lo = max(s.tok_range(s.clause_of(start))[0], i - _BASE_REACH)
    return any(s.keys[k] in _BASE_PREPS and _comparing(s, k, _BASE_PREPS) for k in range(lo, i))


def _led_by(s: Sentence, start: int, word: Callable[[int], bool]) -> bool:
    """Whether the date at ``start`` is led by a word that passes ``word``
    (a token index): the date's own first word, or the word before it."""
    i = bisect_left(s.starts, start)
    if i < len(s.toks) and s.toks[i].start == start and word(i):
        return True  # the date's span begins with the word
    return i > 0 and word(i - 1)


# What a change is measured against follows one of these: "بزيادة 30% عن", "على".
_BASE_PREPS = key_set(("عن", "على"))


def _comparing(s: Sentence, k: int, preps: frozenset[str] = frozenset({"عن"})) -> bool:
    """Whether word ``k`` opens what a figure is compared with: a comparison
    word, or one of ``preps`` a few words after a change word."""
    key = s.keys[k]
    if key in lexicon.word_set("fields", "comparison_words"):
        return True
    if key not in preps:
        return False
    change = lexicon.word_set("fields", "change_words")
    return not change.isdisjoint(s.keys[max(0, k - _CHANGE_BACK) : k])


def _event_clause(s: Sentence, start: int) -> bool:
    """Whether the date at ``start`` is in a relative clause telling when
    the event happened ("إن الحادث، الذي وقع صباح الثلاثاء، أسفر عن إصابة
    19 شخصاً"): the day of the event, not the day its count was given, so
    it dates no figure outside its clause (the count was told later)."""
    clause = s.clause_of(start)
    lo, hi = s.tok_range(clause)
    if lo >= hi or s.keys[lo] not in lexicon.word_set("fields", "relative_pronouns"):
        return False
    return not lexicon.word_set("fields", "happened_verbs").isdisjoint(s.keys[lo:hi])


_RELATIVE_BACK = 8  # words from a relative pronoun to the date of its clause
# Passive auxiliaries: "الذي تم/جرى الإعلان عنه" tells its verb one word on.
_PASSIVE_AUX = key_set(("تم", "جرى"))


def _relative_event(s: Sentence, start: int) -> bool:
    """Whether the date at ``start`` closes a relative clause that holds no
    figure before it and reports no statement: "450 شاحنة، في اليوم الثالث
    لإغلاق الجسر الذي قررته المصلحة مساء الأحد 1 نوفمبر", "12 طناً من
    الأسماك التي ظهرت على السواحل الأحد" date the closure, the fish's
    appearing, not the figures (``statement_verbs`` of fields.toml)."""
    first = bisect_left(s.starts, start)
    pronouns = lexicon.word_set("fields", "relative_pronouns")
    # The pronoun stays in the date's clause: "ليست هذه المرة الأولى التي تغلق
    # فيها العقبة؛ ففي يناير 2023 أغلقت خمسة أيام" dates the five days.
    lo = max(s.tok_range(s.clause_of(start))[0], first - _RELATIVE_BACK)
    k = next((j for j in range(first - 1, lo - 1, -1) if s.keys[j] in pronouns), None)
    if k is None or k + 1 >= first:
        return False
    if any(s.starts[k] < f < start for f in s.figures):
        return False  # "الحصيلة التي بلغت 50 قتيلاً الأحد": the clause's own figure
    verb = s.keys[k + 1]
    if verb in _PASSIVE_AUX and k + 2 < first:
        verb = s.keys[k + 2]
    return verb not in lexicon.word_set("fields", "statement_verbs")


def _since(s: Sentence, start: int, lx: Lex) -> bool:
    """Whether the date at ``start`` follows "منذ", past a part of the day
    ("منذ فجر يوم الأحد"): it is when a running count began ("تضرب الولاية
    منذ الأسبوع الماضي"), not when the figure held."""
    i = bisect_left(s.starts, start)
    if i < len(s.toks) and s.toks[i].start == start and s.keys[i] in lx.since_preps:
        return True  # the date's span begins with the word
    parts = lexicon.word_set("fields", "day_parts")
    k = i - 1
    while k >= 0 and i - k <= 3 and s.keys[k] in parts:
        k -= 1
    return k >= 0 and s.keys[k] in lx.since_preps


_EARLIER = 180  # days before publication beyond which a dated figure is another event's


_PREVIOUSLY_REACH = 4  # "سبق لأساتذة الزنزانة 10 أن": words between "سبق" and "أن"


def previously_from(s: Sentence) -> int:
    """The token after which the figures of sentence ``s`` follow "سبق ل… أن"
    / "سبق أن" (had previously), else past its end: "سبق لأساتذة … أن خاضوا
    إضرابا لمدة يومين في يناير الماضي" tells an earlier event, whose figures
    are not this one's.  Read once per sentence, so a sentence of many
    figures costs no pass per figure.  The first marker's "أن" is the
    earliest: a later marker's would lie within the first one's reach."""
    words = lexicon.word_set("fields", "previously_words")
    return _marked_from(s.keys, words, frozenset({"أن", "ان"}), _PREVIOUSLY_REACH)


def _marked_from(keys: list[str], first: frozenset[str], then: frozenset[str], reach: int) -> int:
    """The index of the first word of ``then`` at most ``reach`` words after
    a word of ``first``, else ``len(keys)``: one pass over a sentence."""
    n = len(keys)
    if first.isdisjoint(keys):
        return n  # the usual case, said by one C-level pass
    for k in compress(range(n), map(first.__contains__, keys)):
        for j in range(k + 1, min(n, k + 2 + reach)):
            if keys[j] in then:
                return j
    return n


_TOLD_BEFORE = 30  # days before publication beyond which a pluperfect figure is another event's
_PLUPERFECT_REACH = 3  # "وكانت قوات الحدود قد": words between "كان" and "قد"


def pluperfect_from(s: Sentence) -> int:
    """The token after which the figures of sentence ``s`` are told in the
    pluperfect ("وكانت قوات الحدود قد ضبطت في تشرين الأول الماضي 14
    صهريجاً"), else past its end: background the article recalls."""
    was = lexicon.word_set("fields", "pluperfect_auxiliaries")
    return _marked_from(s.keys, was, frozenset({"قد"}), _PLUPERFECT_REACH)


def earlier_event(
    field: str,
    as_of: dt.date | None,
    pub: dt.date | None,
    previously: bool = False,
    told_before: bool = False,
) -> str:
    """A figure dated long before its article ("وفي عام 2018، لقي 13 شخصا
    حتفهم في حادث مماثل") is an earlier event's: its field gets that year
    ("killed:2018"), so it never joins, conflicts with or updates this one."""
    if field.startswith("date") or field.endswith((":period", ":rate")):
        return field  # already told apart from the event's figure
    if previously:
        return f"{field}:earlier"  # "سبق لهم أن خاضوا إضرابا لمدة يومين"
    if (
        told_before
        and as_of is not None
        and pub is not None
        and as_of.year < pub.year  # "هذا العام" is this story's year
        and (pub - as_of).days > _TOLD_BEFORE
    ):
        # "وكانت قوات الحدود قد ضبطت في تشرين الأول الماضي 14 صهريجاً": an
        # earlier event the article recalls, not this one's earlier count.
        return f"{field}:{as_of.year}"
    if as_of is None or pub is None or (pub - as_of).days <= _EARLIER or as_of.year == pub.year:
        return field  # "خلال العام الجاري" dates from 1 January: this year is this story's
    return f"{field}:{as_of.year}"


def as_of(s: Sentence, usable: Usable, start: int, pub: dt.date | None) -> dt.date | None:
    """When the figure at ``start`` held: the nearest usable date of its
    clause, else the publication day for a sentence told in the present.
    A date past a comparison word after the figure ("تقدر بنحو 2.6 تريليون،
    مقابل 2.1 تريليون في العام الماضي") is the compared figure's."""
    clause = s.clause_of(start)
    near = usable.near
    d = near.closest(clause.start, clause.end, start)
    if (
        d is not None
        and not clause.start <= d.start < clause.end
        and _has_figure(s, d.start)
        and not _compares(s, clause)
    ):
        # "ويقع جبل شمس على بعد 240 كم من مسقط، وزار الجبل 60 ألف زائر في
        # عام 2025": a date in another clause with a figure of its own dates
        # that figure, not this one ("…، مقابل 240 ألف طن" compares with it).
        d = None
        if (before := _resumed(s, clause)) is not None:
            # "… مقارنة مع الفترة نفسها من السنة الماضية، التي بلغت خلالها
            # المفرغات 45 ألفا و100 طن": a clause set "during" the time the
            # clause before names is dated by it.
            d = near.closest(before.start, before.end, before.end)
    if d is not None and d.start > start:
        # One bisect, not a scan from the figure: a clause of many figures stays linear.
        at = usable.compare_at
        j = bisect_left(at, s.tok(start))
        later = s.tok(d.start)
        # "… لا يقل عن 650 شيكلاً، مؤكداً أن المزارعين لن يبيعوا بعد موسم صعب
        # العام الماضي": a date past "أن" tells that statement's time.
        told = any(k in THAT for k in s.keys[s.tok(start) : later])
        if told or (j < len(at) and at[j] < later):
            r = near.nearest(clause.start, start, start)  # a date of its own, before it
            d = None if r is None else near.items[r[1]]
    if d is not None:
        return d.value.value if isinstance(d.value, DateValue) else None
    return pub if s.now else None


_RESUME_REACH = 4  # words from the relative pronoun to its "خلالها"


def _resumed(s: Sentence, clause: Any) -> Any | None:
    """The clause before ``clause`` when this one opens with a relative
    pronoun and refers back to that clause's time ("التي بلغت خلالها",
    "الذي سجل فيه"), else None."""
    lo = s.tok(clause.start)
    rel = lexicon.word_set("fields", "relative_pronouns")
    if lo >= len(s.keys) or s.keys[lo] not in rel:
        return None
    back = lexicon.word_set("fields", "time_back_references")
    if back.isdisjoint(s.keys[lo + 1 : lo + 1 + _RESUME_REACH]):
        return None
    k = bisect_left(s.clause_starts, clause.start) - 1
    return s.clauses[k] if k >= 0 else None


def _has_figure(s: Sentence, offset: int) -> bool:
    """Whether the clause holding ``offset`` holds a figure of the sentence."""
    c = s.clause_of(offset)
    i = bisect_left(s.figures, c.start)
    return i < len(s.figures) and s.figures[i] < c.end


def _compares(s: Sentence, clause: Any) -> bool:
    """Whether ``clause`` opens with a comparison word ("، مقابل 240 ألف طن"):
    it is read with the clause it compares with."""
    lo = s.tok(clause.start)
    return lo < len(s.keys) and s.keys[lo] in lexicon.word_set("fields", "comparison_words")
