"""What a figure or a date in an Arabic sentence is a value of: its *field*.

A figure's field comes from its unit (money, distance, duration…), the noun
it counts ("جندي" → personnel, "قتيل" → killed, "صاروخ" → count:rocket), the
words before it ("مقتل 29", "نزوح 35 ألفا") or right after its noun ("35 ألف
شخص نزحوا"); a percentage's from what it is a share of.  A date's event is
the nearest event word of its clause.  Words come from ``fields.toml``.

The sentence every step reads is :class:`recon._sentence_view.Sentence`
(re-exported here); the steps past the figure's unit and counted noun are
the ``recon._field_*`` modules (triggers, parts, scope, measures, …).
"""

from __future__ import annotations

from typing import Any

import attrs

from recon import lexicon
from recon._denial import denied
from recon._field_events import event_of
from recon._field_generic import (
    by_trade,
    cases_of,
    counted_before,
    counted_named,
    counted_thing,
    counts_in,
    escapes,
    like_before,
    seizes,
    seizes_phrase,
    unlisted_count,
)
from recon._field_measure import (
    elapsed,
    is_age,
    measure_field,
    measure_of_thing,
    skip_auxiliaries,
)
from recon._field_part import (
    PART_ROLES,
    former,
    measured_part,
    named_part,
    part_of,
    part_of_definite,
    people_part,
    replaced,
    whole_of,
)
from recon._field_percent import percent_field
from recon._field_scope import _over_a_period, _per_slash_time, _per_time, _within, spread_over
from recon._field_triggers import after_span, hurt_after, is_particle, next_item, verb_past_place
from recon._item_state import (
    alive_after,
    discharged,
    in_care,
    item_state,
    present_at,
    sent_to_hospital,
    still_in_care,
)
from recon._money_per import money_field
from recon._sentence_view import Sentence
from recon._slots import setters
from recon._words import THAT, count_opened
from recon.entities_ar import Lex
from recon.model import Qualifier
from recon.normalise import normalise_key
from recon.sentences import PhraseMatch
from recon.units import unit as _unit

__all__ = ["CASUALTY", "Field", "Sentence", "event_of", "quantity_field"]

_TRIGGER_WINDOW = 8  # words before a figure that may say what it counts
_RISE_WINDOW = 16  # words from "عدد" to the "إلى" of the figure it counts
_SUBJECT_GAP = 2  # a verb, then its subject ("مسلحون مجهولون"), then the figure
_COUNT_WORD = "عدد"  # "تجاوز عدد المصابين 40": what a verb of exceeding measures
_PEOPLE = (
    *("killed", "injured", "infected", "suspected", "recovered", "displaced", "arrested"),
    "missing",
    *("rescued", "on_board", "in_need", "released", "kidnapped", "escaped", "beneficiaries"),
    *("affected", "vaccinated", "targeted"),
)
# Figures that add up over time: a total "خلال صائفة 2023" is not the event's.
_MEASURES = ("area", "weight", "volume")
_SUMMED = ("money", "count:", *_MEASURES)
# Counts of people, and their totals over a past period ("killed:period"),
# which are counts of people all the same.
# A part of a count ("بينهم 4 أطفال": killed:part:children) is one too.
CASUALTY = frozenset(
    {
        *_PEOPLE,
        *(f + ":period" for f in _PEOPLE),
        *(f + ":part" for f in _PEOPLE),
        *(f"{f}:part:{r}" for f in _PEOPLE for r in PART_ROLES),
    }
)


@attrs.frozen
class Field:
    field: str
    role: str | None = None
    role_span: tuple[int, int] | None = None  # the counted noun phrase
    others: bool = False  # "وإصابة 350 آخرين": the people of the previous figure
    generic: bool = False  # count:<stem> of a noun no lexicon lists (recon._field_generic)


# One Field per figure: set slot by slot, not through attrs' __init__ (recon._slots).
_F = setters(Field, ("field", "role", "role_span", "others", "generic"))


def _new(name: str, role: str | None = None, span: Any = None, others: bool = False) -> Field:
    f = object.__new__(Field)
    _F[0](f, name), _F[1](f, role), _F[2](f, span), _F[3](f, others), _F[4](f, False)
    return f


def _noun_count(text: str, q: Any) -> Field:
    """``count:<noun>`` for figure ``q`` counted by its own noun, the noun its role."""
    return _new(f"count:{q.noun}", text[q.noun_start : q.noun_end], (q.noun_start, q.noun_end))


def _casualty(field: str, s: Sentence) -> str:
    if field == "casualty":
        return "infected" if s.disease else "injured"
    return field


def quantity_field(
    text: str,
    q: Any,
    s: Sentence,
    lx: Lex,
    prev_end: int,
    *,
    prev: Field | None = None,
    after_things: bool = False,
    people_before: Field | None = None,
) -> Field | None:
    """The field of figure ``q`` of sentence ``s``, or None if it is not a claim.

    ``prev_end`` is where the sentence's previous figure ended (words before
    it say nothing about this one); ``prev`` the field of the last figure
    that had one; ``after_things``: the previous figure counts things the
    items list ("في 3 مدارس", "في مدرستي الخليل"); ``people_before``: the
    field of the article's last count of people before this sentence, which
    cases "like those" take when the sentence gives none ("استقبل مشفى
    الميادين 31 حالة مماثلة").
    """
    if q.field is not None:
        # "دون تسجيل إصابات": the figure's own words say what it counts.
        return None if denied(s, s.tok(q.start)) else _new(q.field)
    f = _field(
        text, q, s, lx, prev_end, prev=prev, after_things=after_things, people_before=people_before
    )
    if f is not None and (replaced(s, s.tok(q.start)) or former(s, s.tok(q.end))):
        return None  # "24 ساعة أسبوعياً بدلاً من 36 ساعة", "2,525 دينار سابقا": the former value
    if f is not None and denied(s, s.tok(q.start)):
        return None  # "ونفت الوزارة ما تداولته المواقع عن وفاة 5 أطفال"
    # A noun read only by its form is weaker than a part's words ("و3 بحروق").
    own = None if f is not None and f.generic else f
    part = part_of(text, q, s, lx, prev_end, prev=prev, f=own, people=_PEOPLE)
    if part is None and own is None and f is not None:
        # "26 ألفاً و500 جوال، منها 4 آلاف جوال": the same noun read by its form;
        # "14 شخصاً، بينهم ثلاثة قُصّر": people of a kind no lexicon lists.
        part = measured_part(s, lx, q, prev_end, prev=prev, f=f) or people_part(
            s, lx, q, prev_end, prev=prev, f=f, people=_PEOPLE
        )
    if part is None and (
        (f is not None and f.field.split(":", 1)[0] in (*_PEOPLE, "count", "personnel"))
        or (f is None and q.quantity.unit in ("person", ""))
    ):
        # "من بين المصابين خمس أستاذات", "تسعة عشر طفلا كانوا بين المصابين"
        named = named_part(s, lx, s.tok(q.start), s.tok(q.end) - 1, _PEOPLE)
        if named is not None:
            return Field(named) if f is None else attrs.evolve(f, field=named)
    if part is not None:
        return part  # "بينهم 4 أطفال", "5 منهم بحروق": a part of the count before
    whole = whole_of(s, q, prev=prev, f=f) or part_of_definite(s, q, f)
    if whole is not None:
        return whole  # "34 معصرة من أصل 41 معصرة مرخصة", "9 أصناف من بين الأصناف السبعة عشر"
    if f is not None and f.field.startswith("count:"):
        # "تحويل 23 رحلة" vs "تأخرت 40 رحلة": what happened to the things.
        after = s.tok(max(q.end, q.noun_end or 0))
        state = item_state(s, s.tok(q.start), after, s.tok(prev_end))
        if state is not None:
            f = attrs.evolve(f, field=f"{f.field}:{state}")
    elif f is not None and f.field == "injured":
        hi = s.tok_range(s.clause_of(q.start))[1]
        after = s.tok(max(q.end, (f.role_span or (0, 0))[1]))
        if still_in_care(s, after, hi) or in_care(s, s.tok(q.start), after - 1, hi):
            # "لا يزالان تحت المراقبة", "ولا يزال أربعة من مصابي الحادث يتلقون العلاج"
            f = attrs.evolve(f, field="injured:still")
        elif discharged(s, s.tok(q.start), after - 1, hi):
            f = attrs.evolve(f, field="injured:discharged")  # "غادر 11 مصاباً المستشفى"
    if (
        f is not None
        and not f.field.startswith(("date", "percent"))
        and (_per_time(s, lx, q.start) or _per_slash_time(s, q.end))
    ):
        # "600 شاحنة يوميا", "نحو 50 شخصا يوميا": a rate, never the event's figure.
        return attrs.evolve(f, field=f.field + ":rate")
    if f is not None and f.field == "duration" and spread_over(s, prev, prev_end, s.tok(q.start)):
        return attrs.evolve(f, field="duration:spread")  # "17 مليار درهم على مدى ثلاث سنوات"
    if f is None or not (f.field in _PEOPLE or f.field.startswith(_SUMMED)):
        return f
    # A stock held "منذ ست سنوات" is no sum: a measure needs "خلال", "طوال" ….
    if _over_a_period(s, lx, q.start, since=not f.field.startswith(_MEASURES)):
        return attrs.evolve(f, field=f.field + ":period")
    if f.others and prev is not None and prev.field.endswith(":period"):
        # "أودت بحياة 589 شخصا خلال العام الماضي، وأسفرت عن إصابة 17 ألفا آخرين"
        return attrs.evolve(f, field=f.field + ":period")
    return f


_CLOCK_BACK = 4  # "الساعة الحادية عشرة و40 دقيقة": the hour's words before the minutes
_HOUR = "الساعه"  # the matching form of "الساعة"


def _field(
    text: str,
    q: Any,
    s: Sentence,
    lx: Lex,
    prev_end: int,
    *,
    prev: Field | None,
    after_things: bool = False,
    people_before: Field | None = None,
) -> Field | None:
    if q.quantity.qualifier is Qualifier.VAGUE:
        # "مئات من جنوده", "بملايين الدولارات" are impressions, not figures: as
        # intervals they would contradict every exact figure of the same thing.
        return None
    u = _unit(q.quantity.unit)
    first, last = s.tok(q.start), s.tok(q.end) - 1
    lo, hi = s.tok_range(s.clause_of(q.start))
    if u.dimension == "number" and q.noun_start is None:
        # "الحاويات الثلاث", "القوارب الـ12": a definite figure counts the
        # plural of things right before it, whatever word follows.
        before = counted_before(s, lx, s.tok_at(q.start))
        if before is not None:
            return before
    if u.dimension == "length":
        measure = measure_of_thing(s, lx, (first, last), (lo, hi), s.tok(prev_end))
        if measure is not None:
            return _new(measure)  # "بئر بعمق 450 متراً"
    if u.dimension.startswith("currency:"):
        return money_field(text, q, s, lx, at=(first, lo, hi), prev_end=prev_end, prev=prev)
    if u.dimension in lx.unit_fields:
        if (
            u.dimension == "duration"
            and first > 0
            and s.toks[first - 1].key in lx.relative_time
            and s.toks[first - 1].key not in lx.since_preps  # "منذ 17 يوماً": measure_field
            and not (_within(s, first, last) or elapsed(s, first, last))
        ):
            return None
        if u.dimension == "duration" and is_age(text, s, q, first):
            return None  # "أبو خالد (63 عاماً)", "طفل يبلغ من العمر 9 سنوات"
        if q.quantity.unit == "minute" and _HOUR in s.keys[max(0, first - _CLOCK_BACK) : first]:
            return None  # "عند الساعة الحادية عشرة و40 دقيقة": a time of day
        measure = measure_field(s, q, first, lx.unit_fields[u.dimension])
        return None if measure is None else _new(measure)
    if u.dimension == "percent":
        return percent_field(s, lx, first, last, prev)
    if u.dimension not in ("person", "item", "number"):
        return None
    qv = q.quantity
    ends = (qv.low, qv.high) if qv.qualifier is Qualifier.RANGE else (qv.value,)
    if any(v < 1 or v != int(v) for v in ends):
        # fractions of nothing ("ثلث"); "5.6 درجات" is a magnitude, not a head
        # count; a range counts by its ends ("بين 10 و15": 12.5 is its middle)
        return None
    # The counted noun: given by the number parser, else "المئات من جنود".
    n_at = s.tok_at(q.noun_start) if q.noun_start is not None else last + 1
    if q.noun_start is None and n_at + 1 < len(s.toks) and s.toks[n_at].key == "من":
        n_at += 1
    noun = lx.nouns.match_at(s.toks, n_at) if n_at < len(s.toks) else None
    item = lx.items.match_at(s.toks, n_at) if n_at < len(s.toks) else None
    # "في مدرستين": a dual is its own counted noun, a thing if the items list it.
    if (
        item is None
        and q.noun
        and q.noun_start == q.start
        and n_at < len(s.toks)
        and (value := lx.items.word(normalise_key(q.noun))) is not None
    ):
        if s.toks[n_at].key.endswith("ي"):
            return None  # "بمنطقتي طبربور وماركا", "في مدرستي الريان": names the two
        item = PhraseMatch(n_at, n_at, value, q.noun)
    if q.noun_start is None and (noun or item) and next_item(s, lx, n_at):
        noun = item = None  # "بلغ عدد القتلى 12 والجرحى 30": the next figure's noun
    if noun is not None and q.noun_start is None and n_at != last + 1 and noun.value != "personnel":
        noun = None  # "3 من المصابين" is rarer than "ثلث من …"; keep to people
    role_span = None
    role = None
    if noun is not None:
        end_tok = noun.last
        # "300 جندي ومتعاقد": coordinated nouns of the same kind join the role.
        while end_tok + 1 < len(s.toks) and s.toks[end_tok + 1].key.startswith("و"):
            nxt = lx.nouns.match_at(s.toks, end_tok + 1)
            if nxt is None or nxt.value != noun.value:
                break
            end_tok = nxt.last
        role_span = (s.toks[noun.first].start, s.toks[end_tok].end)
        role = text[role_span[0] : role_span[1]]
    # Words before the figure that say what it counts.
    # Triggers stay in the figure's clause ("لقوا حتفهم، فيما لا يزال 12
    # شخصا في عداد المفقودين"), unless the clause is an apposition of the
    # one before ("سحبت جنودها، وهم نحو ثلاثين").
    opener = lo if lo < len(s.toks) and s.toks[lo].key not in lx.apposition else 0
    back = max(opener, first - _TRIGGER_WINDOW, s.tok(prev_end))
    if q.noun_start is not None:
        # "ارتفع عدد المصابين في الحريق الذي شب مساء الثلاثاء في محطة الخور
        # إلى ستة عمال": a count's "عدد" names what the people after its
        # "إلى" are, however far before it.
        # A count of things between them ("في مدرستي الخليل") says where the
        # people were, not what they are: the look-back passes it.
        far = max(opener, first - _RISE_WINDOW, 0 if after_things else s.tok(prev_end))
        back = count_opened(s.keys, first, back, far)
    if (
        q.noun is None
        and back >= first > 0
        and first < len(s.keys)
        and s.keys[first].startswith("ال")
    ):
        # "واحد من المصابين التسعة": a definite cardinal counts the plural
        # right before it, even when that plural ends the figure before.
        back = first - 1
    # "قالت فرق الإنقاذ إن 5 أشخاص قتلوا": what the speaker is, before the
    # "إن" that opens what was said, says nothing of the figure.
    said = next((k for k in range(first - 1, back - 1, -1) if s.keys[k] in THAT), None)
    back = back if said is None else said + 1
    # "ركاب كانوا على متن القارب، مشيرة إلى أن عددهم الإجمالي تجاوز 80
    # شخصا": "their number" counts the people of the clause before.
    their = None
    if not lx.number_of.isdisjoint(s.keys[max(lo, back) : first]):  # rare: scan only then
        their = next(
            k for k in range(first - 1, max(lo, back) - 1, -1) if s.toks[k].key in lx.number_of
        )
    if their is not None and opener == lo and lo > 0:
        prev_lo = s.tok(s.clause_of(s.toks[lo - 1].start).start)
        back = max(prev_lo, their - _TRIGGER_WINDOW, s.tok(prev_end))
    # "تجاوز عدد المصابين 40 شخصاً": a verb of exceeding opens the figure and
    # what it measures stands inside it, before the number.
    inner = first
    if q.number_start > q.start:
        number = s.tok(q.number_start)
        if _COUNT_WORD in s.keys[first:number]:
            inner = number
    trig = s.near("trig_before").last_before(back, inner)
    while trig is not None and is_particle(s, lx, trig, first):
        # "ارتفاع عدد الموقوفين في قضية … إلى 5": the word before the particle-like one
        trig = s.near("trig_before").last_before(back, trig.last)
    causes = lexicon.word_set("fields", "cause_words")
    if trig is not None and trig.first > 0 and s.keys[trig.first - 1] in causes:
        # "عدد المفقودين جراء غرق القارب بين 10 و15": a harm told as the cause
        # says why, not what is counted, when a word before it says that.
        earlier = s.near("trig_before").last_before(back, trig.first - 1)
        if earlier is not None:
            trig = earlier
    if trig is not None and trig.value == "personnel":
        # "قتل مسلحون 14 جندياً", "اختطف مسلحون 14 سائقاً": the verb comes
        # first, its subject between it and its object's figure.
        verb = s.near("trig_before").last_before(back, trig.first)
        if (
            verb is not None
            and verb.value != "personnel"
            and trig.first - verb.last <= _SUBJECT_GAP
            and not any(
                c in s.text[s.toks[verb.last].end : s.toks[trig.first].start] for c in "،,.؛"
            )
        ):
            trig = verb
    if trig is None:
        # "35 ألف شخص نزحوا": the verb after the counted people.
        after = max(role_span[1], q.end) if role_span else q.end
        at = s.tok(after)
        a_at, a_hi = after_span(s, lx, at, hi)
        near = s.near("trig_after")
        trig = near.first_in(at, min(at + 2, hi)) or near.first_in(a_at, min(a_at + 2, a_hi))
        verb = skip_auxiliaries(s, at, hi) if trig is None else at
        if verb != at:
            trig = near.first_in(verb, min(verb + 1, hi))  # "4 أساتذة كانوا قد أوقفوا"
        trig = trig or verb_past_place(s, at, hi)
        if trig is None and present_at(s, at, hi):
            trig = PhraseMatch(at, at + 1, "present", "كانوا في")  # "12 عاملا كانوا في البئر"
    if q.quantity.unit == "person":
        people_end = noun.last if noun is not None else s.tok(q.noun_end or q.end) - 1
        if alive_after(s, people_end, hi):
            # "انتشال ثمانية بحارة أحياء وجثة بحار": saved alive, whatever the verb.
            return _new("rescued", role, role_span)
    if noun is not None:
        kind = noun.value
        if kind == "arrested" and trig is not None and escapes(s, trig.first, trig.last):
            return _new("escaped", role, role_span)  # "فرار 23 سجينا": prisoners who fled
        if kind == "personnel":
            if trig is None or trig.value == "personnel":
                # "4 من رجال الإطفاء أصيبوا", "7 من أعوان الحماية المدنية أصيبوا":
                # members of a force hurt, said after the force's name.
                trig = hurt_after(s, role_span, hi) or trig
            if trig is not None and trig.value in CASUALTY | {"casualty"}:
                return _new(_casualty(trig.value, s), role, role_span)
            return _new("personnel", role, role_span)
        if kind in ("people", "others"):
            if trig is not None and trig.value == "personnel":
                trig = None  # "وصل رجال الإطفاء و25 شخصا": the force is not the people counted
            if kind == "people" and trig is None and in_care(s, first, noun.last, hi):
                return _new("injured:still", role, role_span)  # "9 طالبات ما زلن تحت المراقبة"
            if kind == "people" and trig is None and sent_to_hospital(s, noun.last, hi):
                return _new("injured", role, role_span)  # "ونقل نحو 300 شخص إلى المستشفيات"
            if trig is None and discharged(s, first, noun.last, hi):
                # "فيما غادر 5 آخرون المستشفى بعد تلقي العلاج"
                return _new("injured:discharged", role, role_span)
            if trig is None and kind == "people" and by_trade(q, listed=True):
                # "لجنة فنية من 9 مهندسين", "بمشاركة 150 عاملاً": people by
                # their trade, with nothing said to have happened to them;
                # one told by its noun alone ("ولقي سائق الشاحنة …") is none.
                if q.quantity.value == 1 and q.number_start == q.noun_start:
                    return None
                return _new(f"count:{q.noun}", role, role_span)
            if trig is None or trig.value in ("people", "others"):
                like = prev if prev is not None else people_before
                base = like.field.split(":", 1)[0] if like is not None else ""
                if kind == "people" and base in _PEOPLE and like_before(s, noun.last, hi):
                    return _new(base, role, role_span)  # "فيما سجلت 19 حالة مماثلة"
                return cases_of(s, noun.last, hi, q.end) if kind == "people" else None
            return _new(_casualty(trig.value, s), role, role_span, kind == "others")
        if (
            kind in ("injured", "casualty")
            and trig is not None
            and trig.value == "killed"
            and (trig.last == first - 1 or trig.first > first)
            # "7 مصابين وقتيل": a dead one named beside the hurt, not a verb
            and not (trig.first > first and lx.nouns.match_at(s.toks, trig.first) is not None)
        ):
            # "بعد وفاة مصابين اثنين متأثرين بإصاباتهما", "3 مصابين توفوا":
            # the hurt who died since, what the toll grew by, not the toll.
            return _new("killed:change", role, role_span)
        return _new(_casualty(kind, s), role, role_span)
    if item is not None and (q.noun_start is not None or n_at == last + 1):
        role = text[s.toks[item.first].start : s.toks[item.last].end]
        return _new(f"count:{item.value}", role)
    # "عدد الموقوفين في قضية تهريب 10 ملايين حبة": the verb's things, not the people.
    own = trig is not None and counts_in(s, trig.last, first)
    if q.noun_start is not None and q.noun_end is not None:
        if trig is None and u.dimension == "person" and by_trade(q, listed=False):
            # "وتضم اللجنة 9 ممرضين", "120 ناخباً": people by a trade or role
            # the field lexicon does not list, counted for what they are.
            return _noun_count(text, q)
        if trig is None and u.dimension == "item" and q.noun:
            # "أكثر من 1.2 مليون عبوة": things counted, with no verb in reach.
            return _noun_count(text, q)
        if trig is None or trig.value in ("people", "others"):
            return None
        if own and (counted := unlisted_count(text, s, lx, q, (last, hi))) is not None:
            return counted
        if (
            u.dimension != "person"
            and q.noun
            and (seizes(s, trig.first, trig.last) or seizes_phrase(trig.phrase))
        ):
            # "ضبطت 1.2 مليون عبوة": a verb that takes things took the things counted.
            return _noun_count(text, q)
        return _new(
            _casualty(trig.value, s), text[q.noun_start : q.noun_end], (q.noun_start, q.noun_end)
        )
    # "ضبط 3 ملايين حبة"; "أجليت النزلاء من الفندق ذي 14 طابقاً": floors are
    # things whatever the verb before.
    things = trig is not None and (
        seizes(s, trig.first, trig.last) or own or counted_thing(s, last, hi)
    )
    if (trig is None or things) and u.dimension == "number" and last + 1 < hi:
        counted = unlisted_count(text, s, lx, q, (last, hi))
        if counted is not None:
            return counted
    if trig is None and u.dimension == "number" and q.noun_start is None:
        counted = counted_named(s, lx, first, lo)  # "وبلغ عدد الشاحنات العالقة 450"
        if counted is not None:
            return counted
    if trig is None or trig.value in ("people", "others"):
        return None
    marks = [k for k in range(max(0, first - 2), first) if lx.subset.match_at(s.toks, k)]
    if marks and trig.last >= marks[0]:
        # "بينهم 5": a subset of people counted before; but "نجا منهم 27" says
        # what happened to them, before the subset word: a field of its own.
        return None
    return _new(_casualty(trig.value, s))
