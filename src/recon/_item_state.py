"""What happened to counted things: a state qualifier for ``count:<item>``;
people "present" ("كانوا في") only when the words after say a place; and
injured still in care ("لا يزالون") as a part of the injured.

"تحويل 23 رحلة" (flights diverted) and "الرحلات التي تأخرت تجاوز 40 رحلة"
(flights delayed) are both counts of flights, and in one group they would be
judged rival figures.  As money has ``money:<thing>``, a count of things gets
``count:<item>:<state>`` when its clause says what happened to them, from the
``[item_states]`` table of ``fields.toml``: the nearest state word before the
figure (after the previous figure) or right after its counted noun.  A count
with no such word ("25 سيارة إطفاء شاركت", "ستنفذ 11 رحلة") keeps its bare
field, so two outlets that say only "N things" still meet.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from recon import lexicon
from recon._words import TO, count_opened, listed
from recon.normalise import normalise_key
from recon.sentences import PhraseSet

if TYPE_CHECKING:
    from recon.fields_ar import Sentence

__all__ = [
    "alive_after",
    "discharged",
    "in_care",
    "item_state",
    "present_at",
    "sent_to_hospital",
    "still_in_care",
]

_BEFORE = 8  # words before a figure that may say what happened to its things
_AFTER = 2  # words after the counted noun ("30 مبنى انهارت")
_RISE_BEFORE = 16  # words from "عدد" to the "إلى" of the figure it counts


@lru_cache(maxsize=4)
def _states(lang: str) -> PhraseSet:
    t = lexicon.load("fields", lang).get("item_states", {})
    return PhraseSet((str(w), str(k)) for k, ws in t.items() for w in ws)


lexicon.on_clear(_states.cache_clear)


@lru_cache(maxsize=2)
def _adjacent(lang: str) -> frozenset[str]:
    """States said only right before the figure (``adjacent_item_states``)."""
    return frozenset(str(k) for k in lexicon.load("fields", lang).get("adjacent_item_states", []))


lexicon.on_clear(_adjacent.cache_clear)


def present_at(s: Sentence, at: int, hi: int, lang: str = "ar") -> bool:
    """Whether the words from token ``at`` say the people just counted were
    in a place: "كانوا في البئر", "كانوا في نوبة العمل" — not "كانوا في
    طريقهم" (on their way), "في عداد المفقودين", "في انتظار"."""
    if at + 2 >= hi:
        return False
    verbs = lexicon.word_set("fields", "present_verbs", lang)
    not_before = lexicon.word_set("fields", "present_not_before", lang)
    toks = s.toks
    if toks[at].key not in verbs or toks[at + 1].key != "في":
        return False
    nxt = toks[at + 2].key
    bare = nxt[2:] if nxt.startswith("ال") else nxt
    return nxt not in not_before and bare not in not_before


_STILL_REACH = 4  # words after the counted people to "لا يزالون"


def still_in_care(s: Sentence, at: int, hi: int, lang: str = "ar") -> bool:
    """Whether the injured counted just before token ``at`` are said to be
    still in care ("مصابين اثنين آخرين لا يزالان تحت المراقبة", "5 منهم ما
    زالوا يتلقون العلاج"): a part of the injured, not their number."""
    still = lexicon.word_set("fields", "still_words", lang)
    return bool(still) and not still.isdisjoint(
        t.key[1:] if t.key[:1] == "و" and t.key[1:] in still else t.key
        for t in s.toks[at : min(hi, at + _STILL_REACH)]
    )


_CARE_REACH = 8  # words after the figure to where the people are cared for
_LEFT_REACH = 2  # words from a verb of leaving to the count of those who left


_TO_HOSPITAL = 3  # words from the counted people to "إلى" and the hospital


def sent_to_hospital(s: Sentence, last: int, hi: int, lang: str = "ar") -> bool:
    """Whether the people counted up to token ``last`` are said to have been
    taken to hospital right after ("ونقل نحو 300 شخص إلى المستشفيات"): with
    no other word of harm, they are the hurt."""
    to = lexicon.word_set("fields", "to_hospital", lang)
    keys = s.keys
    for k in range(last + 1, min(hi - 1, last + 1 + _TO_HOSPITAL)):
        if keys[k] == TO and keys[k + 1] in to:
            return True
    return False


def discharged(s: Sentence, first: int, last: int, hi: int, lang: str = "ar") -> bool:
    """Whether the injured counted at tokens ``[first, last]`` are said to
    have left care: a verb of leaving just before them and a word of care
    after them in their clause (ending at ``hi``): "فيما غادر 11 مصاباً
    المستشفى بعد تلقي العلاج"."""
    verbs = lexicon.word_set("fields", "discharge_verbs", lang)
    care = lexicon.word_set("fields", "care_words", lang)
    if not verbs or not care:
        return False
    before = s.keys[max(0, first - _LEFT_REACH) : first]
    if not any(listed(k, verbs) for k in before):
        return False
    return not care.isdisjoint(s.keys[last + 1 : min(hi, last + 1 + _CARE_REACH)])


@lru_cache(maxsize=4)
def _alive(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(normalise_key(w) for w in str(p).split())
        for p in lexicon.load("fields", lang).get("alive_words", [])
    )


lexicon.on_clear(_alive.cache_clear)


def alive_after(s: Sentence, last: int, hi: int, lang: str = "ar") -> bool:
    """Whether the people counted up to token ``last`` are said to be alive
    right after their noun ("انتشال ثمانية بحارة أحياء", "أخرجت الفرق 4
    عمال على قيد الحياة"): saved, not bodies recovered."""
    k = last + 1
    return any(k + len(p) <= hi and tuple(s.keys[k : k + len(p)]) == p for p in _alive(lang))


def in_care(s: Sentence, first: int, last: int, hi: int, lang: str = "ar") -> bool:
    """Whether the people counted at tokens ``[first, last]``, with no word of
    harm before them, are said to be still in care: a still word just before
    or after them ("لا يزال 5 أشخاص", "9 طالبات ما زلن") and a word of care
    after them in their clause (ending at ``hi``)."""
    still = lexicon.word_set("fields", "still_words", lang)
    care = lexicon.word_set("fields", "care_words", lang)
    if not still or not care:
        return False

    def bare(k: int) -> str:
        key = s.keys[k]
        return key[1:] if key[:1] == "و" and key[1:] in still else key

    near = [*range(max(0, first - 2), first), *range(last + 1, min(hi, last + 1 + _STILL_REACH))]
    if not any(bare(k) in still for k in near):
        return False
    return not care.isdisjoint(s.keys[last + 1 : min(hi, last + 1 + _CARE_REACH)])


def item_state(s: Sentence, first: int, after: int, floor: int, lang: str = "ar") -> str | None:
    """The state of the things counted by the figure whose first token is
    ``first``; ``after`` is the token after its counted noun, ``floor`` the
    first token the words before it may start at (the previous figure's end)."""
    states = _states(lang)
    if not states or first >= len(s.toks):
        return None  # a figure glued inside the sentence's last word ("و٥٠٠")
    lo, hi = s.tok_range(s.clause_of(s.toks[first].start))
    back = max(lo, floor, first - _BEFORE)
    # "ارتفع عدد الأبقار النافقة جراء مرض الجمرة الخبيثة في محلية عسلاية
    # إلى 412 رأساً": the things "عدد" names before its "إلى", however far.
    back = count_opened(s.keys, first, back, max(lo, floor, first - _RISE_BEFORE))
    adjacent = _adjacent(lang)
    for k in range(first - 1, back - 1, -1):
        m = states.match_at(s.toks, k)
        if m is not None and m.last < first:
            if m.value in adjacent and m.last < first - 1:
                continue  # "إغلاق المستودع … 14 شركة": closed only right before
            return m.value
    for k in range(after, min(hi, after + _AFTER)):
        m = states.match_at(s.toks, k)
        if m is not None and m.value not in adjacent:  # "450 شاحنة بسبب الإغلاق"
            return m.value
    return None
