"""A date's event, for :mod:`recon.fields_ar`: the nearest event word of its
clause ("تسليم القاعدة في 3 مارس" → handover), or "announcement" when the
date only says when a statement was made ("أعلنت الوزارة، الاثنين، أن …")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon.normalise import key_set

if TYPE_CHECKING:
    from recon._nearest import Near
    from recon.entities_ar import Lex
    from recon.fields_ar import Sentence

__all__ = ["date_event_of", "event_of"]

_TRIGGER_WINDOW = 8  # as recon.fields_ar: words between a date and its verb's "أن"
_COMMA_BREAKS = key_set(("أن", "إن", "بأن"))  # a complementizer: the statement began already
_DAY_WORDS_MAX = 4  # words besides a date that may all be the day's own ("اليوم الأحد")


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """Weekdays and day words ("اليوم", "أمس") in matching form."""
    data = lexicon.load("dates")
    words = [w for ws in data["weekdays"].values() for w in ws]
    return key_set([*words, *data["relative_days"]])


lexicon.on_clear(_day_words.cache_clear)


def _nearest(near: Near[Any], lo: int, hi: int, at: int) -> Any | None:
    r = near.nearest(lo, hi, at)
    return None if r is None else near.items[r[1]]


def event_of(s: Sentence, start: int, end: int, lx: Lex) -> str | None:
    """The event a date in ``[start, end)`` is the date of."""
    w = _window(s, start, end, lx)
    if w is None:
        return "announcement"
    lo, hi, first, after = w
    ev = _around(s.near("events"), lo, hi, first, after)
    if ev is not None and ev.value == "occurred":
        # "ووقع فجر الاثنين": what occurred is named elsewhere in the sentence.
        ev = _nearest(s.near("events_not_occurred"), 0, len(s.toks), first)
    return None if ev is None else str(ev.value)


def date_event_of(s: Sentence, start: int, end: int, lx: Lex) -> str | None:
    """The event a date with no :func:`event_of` is the date of, for the
    date's own claim only: the nearest word of ``fields.toml [date_events]``
    in the same reach.  These words ("تنطلق", "الحادث", "المداهمة") name
    when something happened, but a figure beside them may still hold on that
    day ("سجلت 5 إصابات في الحادث الذي وقع الخميس"), so, unlike
    ``[events]``, they never stop the date from dating the sentence's
    figures."""
    w = _window(s, start, end, lx)
    if w is None:
        return None
    lo, hi, first, after = w
    ev = _around(s.near("date_events"), lo, hi, first, after)
    return None if ev is None else str(ev.value)


def _around(near: Near[Any], lo: int, hi: int, first: int, after: int) -> Any | None:
    """The word of ``near`` in tokens ``[lo, hi)`` nearest a date at
    ``[first, after)``, outside the date itself."""
    found = [
        r
        for r in (near.nearest(lo, min(hi, first), first), near.nearest(max(lo, after), hi, first))
        if r is not None
    ]
    return near.items[min(found)[1]] if found else None


def _window(s: Sentence, start: int, end: int, lx: Lex) -> tuple[int, int, int, int] | None:
    """The token reach ``(lo, hi, first, after)`` in which a date in
    ``[start, end)`` finds its event word (``[first, after)`` is the date's
    own), or None when the date only says when a statement was made."""
    clause = s.clause_of(start)
    lo, hi = s.tok_range(clause)
    first = s.tok(start)
    after = s.tok(end)  # tokens [first, after) start inside the date
    inside = max(0, min(hi, after) - max(lo, first))
    # "، 29 آذار،", "، اليوم الأحد 14 أيلول،" (the day's words are a date of
    # their own): the date is an apposition; look around it.
    rest = hi - lo - inside
    if 1 < rest <= _DAY_WORDS_MAX:  # a short clause only: the scan stays linear
        days = _day_words()
        rest -= sum(1 for k in range(lo, hi) if not first <= k < after and s.keys[k] in days)
    last = after - 1
    if rest <= 1:
        if _said_before(s, lx, lo):
            # "أعلنت المنظمة الدولية للهجرة، الأربعاء، غرق 61 مهاجرا": the
            # day between commas after a statement's verb and subject is the
            # statement's, with or without an "أن" after it.
            return None
        lo, hi = max(0, lo - 8), min(len(s.toks), hi + 8)
    if _statement_date(s, lx, first, last):
        return None
    return lo, hi, first, after


_SUBJECT_WORDS = 6  # words of a statement's subject between its verb and the day


def _said_before(s: Sentence, lx: Lex, lo: int) -> bool:
    """Whether the clause before token ``lo`` opens with a speech verb a few
    words before it ("أعلنت المنظمة الدولية للهجرة، …")."""
    verbs = s.near("speech_last")
    n = bisect_left(verbs, lo)
    return (
        n > 0
        and lo - verbs[n - 1] <= _SUBJECT_WORDS + 1
        and not any(s.keys[k] in _COMMA_BREAKS for k in range(verbs[n - 1] + 1, lo))
    )


def _statement_date(s: Sentence, lx: Lex, first: int, last: int) -> bool:
    """Whether the date at tokens ``[first, last]`` dates a statement: it
    follows a speech verb and precedes that verb's "أن"/"إن"."""
    comps = s.near("comps")
    if not comps:
        return False  # no "أن" after the date (read first: it spares the verb scan)
    # Speech verbs come from one left-to-right scan: their last tokens rise.
    verbs = s.near("speech_last")
    n = bisect_left(verbs, first)
    if n == 0:
        return False
    if bisect_left(comps, first) > bisect_right(comps, verbs[n - 1]):
        return False  # a complementizer between the verb and the date
    return bisect_right(comps, last + _TRIGGER_WINDOW) > bisect_right(comps, last)
