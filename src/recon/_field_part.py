"""A figure given as a part of the figure before it ("بينهم 4 أطفال", "منهم
9 في حالة خطرة", "5 منهم بحروق"): field ``<whole>:part`` or
``<whole>:part:<role>``, never the whole's own field.

In one group with the whole, "12 killed, among them 4 children" would read
as two outlets' rival tolls (12 against 4), or as a toll revised down.  A
part is told by a subset word (``entities.toml`` ``subset_markers``) right
before the figure or right after it, with a count of people just before it
in the sentence; a figure joined to a part by "و" ("بينهم 5 في حالة حرجة
و3 بحروق") is a part of the same whole.  A part its own words do not count
(no field of its own) is a claim when it says the part's state or who its
people are ("بينهم 870 طفلا" after the missing: ``missing:part:children``);
one that says neither ("لجأ 600 ألف منهم") is none.  The whole may also be
named after the part, past a verb of being ("تسعة عشر طفلا كانوا بين
المصابين").  What the part is ("أطفال", "في حالة خطرة") comes from
``fields.toml`` ``[part_roles]``, so two outlets that both say "4
children among the dead" meet, and the children do not meet the
seriously hurt.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

import attrs

from recon import lexicon
from recon._item_state import discharged
from recon.normalise import normalise_key
from recon.sentences import PhraseSet

if TYPE_CHECKING:
    from recon.entities_ar import Lex
    from recon.fields_ar import Field, Sentence

__all__ = [
    "CONDITIONS",
    "PART_ROLES",
    "former",
    "measured_part",
    "named_part",
    "part_of",
    "part_of_definite",
    "people_part",
    "replaced",
    "whole_of",
]

#: The roles a part may name; ``fields.toml`` ``[part_roles]`` keys are among
#: these (a test checks it), so the part fields are known when the module loads.
PART_ROLES = (
    "children",
    "women",
    "foreigners",
    "soldiers",
    "serious",
    "burns",
    "admitted",
    "still",
    "discharged",
)
#: Roles that say what state a part is in, not who its people are.
CONDITIONS = frozenset({"serious", "burns", "admitted", "still", "discharged"})
#: Roles that are a field of the whole's own, not a part of it (recon._item_state).
_STATES = frozenset({"still", "discharged"})
_STILL_BEFORE = 3  # words from "لا يزال", "لم يبق سوى" to the part said still in care

_REPLACED_WORDS = 3  # "بدلا من", "عوضا عن", "بدلا مما كان"
_ROLE_AFTER = 4  # words after a part's figure that may say what it is ("في حالة حرجة")
_ROLE_BEFORE = 1  # the figure's own noun, when the whole is named after it ("19 طفلا كانوا بين")
_JOINED_WORDS = 5  # the previous part's words, then "و" ("في حالة حرجة و3")
_MARK_BEFORE = 2  # "من بينهم 6": the subset word's first token at most this far back
# "بعد إطلاق سراح ثلاثة سائقين آخرين": a total rose after N others (word keys).
# ... or new ones: "بعد انتشال ثماني جثث جديدة" (key forms).
_OTHER_KEYS = frozenset(
    {"اخرين", "اخرون", "اخر", "اخري", "اخريات", "جديده", "جديد", "جدد", "اضافيه", "اضافيين"}
)
_INCREMENT = frozenset({"بعد", "وبعد", "اثر", "عقب"})


@lru_cache(maxsize=4)
def _replaced(lang: str) -> PhraseSet:
    words = lexicon.load("fields", lang).get("replaced_words", [])
    return PhraseSet(((str(w), "r") for w in words), strip_suffixes=False)


lexicon.on_clear(_replaced.cache_clear)


@lru_cache(maxsize=4)
def _former(lang: str) -> PhraseSet:
    words = lexicon.load("fields", lang).get("former_words", [])
    return PhraseSet(((str(w), "f") for w in words), strip_suffixes=False)


lexicon.on_clear(_former.cache_clear)


def former(s: Sentence, after: int, lang: str = "ar") -> bool:
    """Whether a former-time word stands right after the figure ending before
    token ``after`` ("مقابل 2,525 دينار سابقا"): what it was, not a claim."""
    return after < len(s.toks) and _former(lang).match_at(s.toks, after) is not None


def replaced(s: Sentence, first: int, lang: str = "ar") -> bool:
    """Whether the figure at token ``first`` is what another replaced ("24
    ساعة أسبوعياً بدلاً من 36 ساعة"): a former value, not a claim."""
    words = _replaced(lang)
    for k in range(max(0, first - _REPLACED_WORDS), first):
        m = words.match_at(s.toks, k)
        if m is not None and m.last == first - 1:
            return True
    return False


@lru_cache(maxsize=4)
def _roles(lang: str) -> PhraseSet:
    t = lexicon.load("fields", lang).get("part_roles", {})
    return PhraseSet((str(w), str(k)) for k, ws in t.items() for w in ws)


lexicon.on_clear(_roles.cache_clear)


def _whole(prev: Field | None, people: tuple[str, ...]) -> str | None:
    """The field a part is a part of: the previous figure's, if it counts people."""
    if prev is None:
        return None
    base = prev.field.split(":part", 1)[0]
    head, _, state = base.rpartition(":")
    if state in _STATES:
        base = head  # "14 منهم غادروا … فيما لا يزال 4 منهم": both parts of the hurt
    return base if base.split(":", 1)[0] in people else None


def _marked_after(s: Sentence, lx: Lex, last: int) -> bool:
    """ "5 منهم بحروق": a subset word right after the figure, not followed by a
    figure of its own ("إصابة 25 آخرين، بينهم 3": the 25 are the whole)."""
    m = lx.subset.match_at(s.toks, last + 1) if last + 1 < len(s.toks) else None
    if m is None:
        return False
    nxt = m.last + 1
    return nxt >= len(s.toks) or s.toks[nxt].start not in s.figures


def _others(s: Sentence, f: Field, last: int) -> bool:
    """ "350 آخرين", "ثلاثة سائقين آخرين": people besides those counted before."""
    if f.others:
        return True
    at = s.tok(f.role_span[1]) if f.role_span else last + 1
    return at < len(s.toks) and s.toks[at].key in _OTHER_KEYS


def _part_role(
    s: Sentence, first: int, last: int, *, floor: int, stop: int, hi: int, lang: str
) -> str | None:
    """What the part at tokens ``[first, last]`` is (``[part_roles]``): a
    state said before it wins over words after it ("ولا يزال 6 منهم يرقدون
    في العناية" is still in care; "غادر 25 منهم المستشفى" discharged), then
    the first role in the words after it, up to token ``stop``."""
    roles = _roles(lang)
    if not roles:
        return None
    for k in range(max(floor, first - _STILL_BEFORE), first):
        m = roles.match_at(s.toks, k)
        if m is not None and m.value == "still" and m.last < first:
            return m.value
    if discharged(s, first, last, hi, lang):
        return "discharged"
    for k in range(first, stop):
        m = roles.match_at(s.toks, k)
        if m is not None:
            return m.value
    return None


@lru_cache(maxsize=4)
def _listed_nouns(lang: str) -> frozenset[str]:
    """Every counted noun ``units.toml`` lists, lemma and forms, in matching form."""
    out: set[str] = set()
    for table in lexicon.load("units", lang).get("nouns", {}).values():
        for lemma, forms in table.items():
            out.update(normalise_key(str(w)) for w in (lemma, *forms))
    return frozenset(out)


lexicon.on_clear(_listed_nouns.cache_clear)


def _nisba_role(q: Any, lang: str) -> str | None:
    """The nisba a part's people are counted by when no lexicon lists it
    ("بينهم 23 مصرياً", "من بينهم 4 جزائريين"): its lemma ("مصري"), so two
    outlets' Egyptians meet and never the Algerians beside them."""
    noun = q.noun
    if q.quantity.unit != "person" or not noun or not noun.endswith("ي"):
        return None
    return None if normalise_key(noun) in _listed_nouns(lang) else str(noun)


def part_of(
    text: str,
    q: Any,
    s: Sentence,
    lx: Lex,
    prev_end: int,
    *,
    prev: Field | None,
    f: Field | None,
    people: tuple[str, ...],
    lang: str = "ar",
) -> Field | None:
    """The part field of figure ``q``, or None when it is no part."""
    from recon.fields_ar import Field

    whole = _whole(prev, people)
    if whole is None:
        return measured_part(s, lx, q, prev_end, prev=prev, f=f)
    if f is not None and f.field not in (whole, "personnel") and f.field.split(":", 1)[0] in people:
        # "تمكنت من إنقاذ 19 منهم", "وفاة ستة منهم": of those counted, a field of its own.
        return None
    if f is not None and f.field.split(":", 1)[0] not in (*people, "personnel"):
        return None
    first, last = s.tok(q.start), s.tok(q.end) - 1
    floor = s.tok(prev_end)
    marked = any(
        (m := lx.subset.match_at(s.toks, k)) is not None
        and all(t.key in lx.hedges_before for t in s.toks[m.last + 1 : first])
        for k in range(max(floor, first - _MARK_BEFORE - 1), first)
    ) or _marked_after(s, lx, last)
    if not marked and f is not None and f.field == whole and _others(s, f, last):
        # "ارتفع عدد المفرج عنهم إلى 12 سائقا، بعد إطلاق سراح ثلاثة سائقين
        # آخرين": the others added "after" which the total rose are a part of it.
        marked = not _INCREMENT.isdisjoint(t.key for t in s.toks[floor:first])
    if not marked:
        # "بينهم 5 في حالة حرجة و3 بحروق": a figure joined by "و" to a part.
        between = text[prev_end : q.start].split()
        if not (
            prev is not None
            and ":part" in prev.field
            and 0 < len(between) <= _JOINED_WORDS
            and not any(c in text[prev_end : q.start] for c in "،,.؛")
            and between[-1].startswith("و")
            and len(between[-1]) <= 2
        ):
            return None
    hi = s.tok_range(s.clause_of(q.start))[1]
    span_end = f.role_span[1] if f is not None and f.role_span else q.end
    stop = min(hi, max(s.tok(span_end), last + 1) + _ROLE_AFTER)
    role = _part_role(s, first, last, floor=floor, stop=stop, hi=hi, lang=lang)
    if role is None:
        role = _nisba_role(q, lang)  # "بينهم 23 مصرياً": people by where they are from
    name = f"{whole}:part" if role is None else f"{whole}:part:{role}"
    if role in _STATES:
        # As "مصابين اثنين آخرين لا يزالان", "غادر 11 مصاباً المستشفى" (recon._item_state).
        name = f"{whole}:{role}"
    if f is None:
        # A part in a condition ("منهم 9 في حالة خطرة", "11 حالة منها
        # استدعت الدخول إلى المستشفى") or of people of a kind ("بينهم 19
        # طفلا") is a figure of its own; one that says neither ("لجأ 600 ألف
        # منهم إلى") is no claim.
        who = role is not None and q.quantity.unit == "person"
        return Field(name) if role in CONDITIONS or who else None
    return attrs.evolve(f, field=name, others=False)


def measured_part(
    s: Sentence, lx: Lex, q: Any, prev_end: int, *, prev: Field | None, f: Field | None
) -> Field | None:
    """ "جمعت 19 طناً، بينها 4 أطنان من أسماك الصافي", "نفوق 870 رأساً، منها
    540 في قضاء سميل": a part of a measure or of a count of things, told by
    a subset word right before it, is ``<field>:part`` when the figure
    before it has the same field (a different noun, "450 شاحنة بينها 120
    صهريجاً", is a field of its own already)."""
    if prev is None or f is None or prev.field.startswith("date"):
        return None
    whole = prev.field.split(":part", 1)[0]
    if f.field != whole and not whole.startswith(f.field + ":"):
        return None  # "20 مليون دينار خسائر، منها 5 ملايين": the part names no object again
    first = s.tok(q.start)
    floor = s.tok(prev_end)
    for k in range(max(floor, first - _MARK_BEFORE - 1), first):
        m = lx.subset.match_at(s.toks, k)
        if m is not None and all(t.key in lx.hedges_before for t in s.toks[m.last + 1 : first]):
            return attrs.evolve(f, field=f"{whole}:part", others=False)
    # "ارتفع عدد الآبار المنجزة إلى 12 بئراً، بعد تدشين ثلاث آبار جديدة": the
    # new things after which the count rose are a part of it, as new bodies are.
    after = s.tok(max(q.end, q.noun_end or 0))
    if (
        after < len(s.toks)
        and s.toks[after].key in _OTHER_KEYS
        and not _INCREMENT.isdisjoint(t.key for t in s.toks[floor:first])
    ):
        return attrs.evolve(f, field=f"{whole}:part", others=False)
    return None


_NAMED_WHOLE_BEFORE = 4  # "ومن بين المصابين خمس": the subset word this far back at most


def named_part(
    s: Sentence, lx: Lex, first: int, last: int, people: tuple[str, ...], *, lang: str = "ar"
) -> str | None:
    """The part field of a figure whose whole is named right before it by
    "بين" and a casualty word ("من بين المصابين خمس أستاذات", "ومن بين
    القتلى 4 أطفال"), right after it by "من" ("شيعوا 12 من الضحايا"), or
    after it and a verb of being ("تسعة عشر طفلا كانوا بين المصابين"): a
    part of the injured, of the dead, never their count, wherever the
    whole's own figure was given."""
    if first >= len(s.toks):
        return None
    between = lexicon.word_set("fields", "between_words", lang)
    lo, hi = s.tok_range(s.clause_of(s.toks[first].start))
    after = _whole_after(s, lx, last, hi, between, lang=lang)
    if after is not None:
        return after if after.split(":", 1)[0] in people else None
    if (
        first + 2 < len(s.toks)
        and last <= first + 2
        and s.keys[first + 1] == "من"
        and s.keys[first + 2].startswith("ال")
    ):
        # "شيعوا 12 من الضحايا", "تم التعرف على 8 من القتلى": some of them
        # (a figure with a noun of its own, "إنقاذ 11 شخصاً من الغرق", is not).
        m = lx.triggers.match_at(s.toks, first + 2)
        whole = None if m is None else "injured" if m.value == "casualty" else m.value
        if whole in people:
            return f"{whole}:part"
    for k in range(max(lo, first - _NAMED_WHOLE_BEFORE), first - 1):
        if s.keys[k] not in between:
            continue
        m = lx.triggers.match_at(s.toks, k + 1)
        if m is None or m.last + 1 != first:
            continue
        whole = "injured" if m.value == "casualty" else m.value
        if whole not in people:
            return None
        roles = _roles(lang)
        hi = s.tok_range(s.clause_of(s.toks[first].start))[1]
        for j in range(first, min(hi, last + 1 + _ROLE_AFTER)):
            r = roles.match_at(s.toks, j) if roles else None
            if r is not None and r.value != "still":
                return f"{whole}:part:{r.value}"
        return f"{whole}:part"
    return _state_of_those_named(s, lx, first, last, people, lang=lang)


_NAMED_STATE_BEFORE = 30  # words back from "N منهم" to the casualty word it refers to


def _state_of_those_named(
    s: Sentence, lx: Lex, first: int, last: int, people: tuple[str, ...], *, lang: str = "ar"
) -> str | None:
    """ "إن المصابين راجعوا ثلاثة مشاف … وإن ستة منهم ما زالوا يتلقون
    العلاج": a state said of some of the people a casualty word named
    earlier in the sentence (a whole counted by the figure just before is
    :func:`part_of`'s, which is tried first)."""
    if not _marked_after(s, lx, last):
        return None
    lo, hi = s.tok_range(s.clause_of(s.toks[first].start))
    stop = min(hi, last + 1 + _ROLE_AFTER + 1)
    role = _part_role(s, first, last, floor=lo, stop=stop, hi=hi, lang=lang)
    if role not in CONDITIONS:
        return None
    for k in range(first - 1, max(-1, first - 1 - _NAMED_STATE_BEFORE), -1):
        m = lx.triggers.match_at(s.toks, k)
        if m is None or m.last >= first:
            continue
        whole = "injured" if m.value == "casualty" else m.value
        if whole not in people:
            return None
        return f"{whole}:{role}" if role in _STATES else f"{whole}:part:{role}"
    return None


def _whole_after(
    s: Sentence, lx: Lex, last: int, hi: int, between: frozenset[str], *, lang: str = "ar"
) -> str | None:
    """The whole "19 طفلا كانوا بين المصابين" names after the figure ending
    at token ``last``: "بين" (or "من بين") and a casualty word, past at most
    one verb of being (``fields.toml`` ``being_verbs``), in the clause ending
    at ``hi``; its field with the part's role, or None."""
    k = last + 1
    if k < hi and s.keys[k] in lexicon.word_set("fields", "being_verbs", lang):
        k += 1
    if k < hi and s.keys[k] == "من":
        k += 1
    if k + 1 >= hi or s.keys[k] not in between:
        return None
    m = lx.triggers.match_at(s.toks, k + 1)
    if m is None:
        return None
    whole = "injured" if m.value == "casualty" else m.value
    roles = _roles(lang)
    for j in range(last - _ROLE_BEFORE, last + 1):
        r = roles.match_at(s.toks, j) if roles and j >= 0 else None
        if r is not None and r.value != "still":
            return f"{whole}:part:{r.value}"
    return f"{whole}:part"


def whole_of(s: Sentence, q: Any, *, prev: Field | None, f: Field | None) -> Field | None:
    """ "34 معصرة من أصل 41 معصرة مرخصة": a count of things right after "من
    أصل"/"من مجموع" (``whole_of`` of fields.toml), after a figure of the same
    things, is the whole they are counted out of: ``<field>:whole``, never
    the count itself.  People are left alone: "5 من أصل 12 مصاباً" names the
    injured, the story's own figure."""
    if prev is None or f is None or not f.field.startswith("count:"):
        return None
    if prev.field.split(":part", 1)[0] != f.field:
        return None
    first = s.tok(q.start)
    phrases = lexicon.word_set("fields", "whole_of")
    for n in (2, 3):
        if first >= n and " ".join(s.keys[first - n : first]) in phrases:
            return attrs.evolve(f, field=f"{f.field}:whole", others=False)
    return None


_PART_OF_WORDS = 2  # words of the longest ``part_of_definite`` phrase


def part_of_definite(s: Sentence, q: Any, f: Field | None) -> Field | None:
    """ "تسعة أصناف من بين الأصناف السبعة عشر": a count of things followed by
    ``part_of_definite`` of fields.toml, a definite plural and a definite
    cardinal that is the sentence's next figure, is a part of that figure
    (which refers back to one the article gave): ``<field>:part``."""
    if f is None or not f.field.startswith("count:"):
        return None
    # After the counted noun: the parser's, or the unlisted one right after the figure.
    k = s.tok(q.noun_end) if q.noun_end is not None else s.tok(q.end) + 1
    phrases = lexicon.word_set("fields", "part_of_definite")
    for n in range(_PART_OF_WORDS, 0, -1):
        if " ".join(s.keys[k : k + n]) in phrases:
            plural, cardinal = k + n, k + n + 1
            if (
                cardinal < len(s.keys)
                and s.keys[plural].startswith("ال")
                and s.keys[cardinal].startswith("ال")
                and s.toks[cardinal].start in s.figures
            ):
                return attrs.evolve(f, field=f"{f.field}:part", others=False)
            return None
    return None


def people_part(
    s: Sentence,
    lx: Lex,
    q: Any,
    prev_end: int,
    *,
    prev: Field | None,
    f: Field,
    people: tuple[str, ...],
) -> Field | None:
    """ "أوقفت الشرطة 14 شخصاً، بينهم ثلاثة قُصّر": a figure a subset word
    marks right after a count of people, its noun known only by its form
    (``f``, a generic ``count:`` field), is a part of those people by that
    noun ("arrested:part:قصر"), not a count of things."""
    whole = _whole(prev, people)
    if whole is None or not f.generic or not f.field.startswith("count:"):
        return None
    if q.quantity.unit not in ("person", ""):
        return None
    first = s.tok(q.start)
    for k in range(max(s.tok(prev_end), first - _MARK_BEFORE - 1), first):
        m = lx.subset.match_at(s.toks, k)
        if m is not None and all(t.key in lx.hedges_before for t in s.toks[m.last + 1 : first]):
            return attrs.evolve(f, field=f"{whole}:part:{f.field[len('count:') :]}", others=False)
    return None
