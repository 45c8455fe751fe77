"""Turning an Arabic article into claims.

Per document:

1. split the text into sentences and clauses (:mod:`recon.sentences`),
   keeping original offsets; each sentence is tokenised once and its words
   are shared by the field, entity, name and attribution readers;
2. find figures (:func:`recon.numbers.find_quantities`, told the article's
   main country so a bare "ليرة"/"دينار"/"درهم" gets that country's
   currency), dates
   (:func:`recon.dates.find_dates`; a date wins over a figure it overlaps),
   known names (:class:`recon.gazetteer.Gazetteer`), and named facilities
   ("قاعدة K1 الجوية", "معسكر (K1)") with their anaphors ("القاعدة"), the
   last two in :mod:`recon.entities_ar`;
3. give each figure a *field* from its unit, the noun it counts and the words
   before it (``fields.toml``, whose header lists the field names); a figure
   with no recognisable field is dropped, and a date is a claim only when an
   event word is in its clause;
4. attach each claim to an *entity*: the people the figure counts ("5200
   جندي أميركي"), an apposition ("أي ما يقارب ثلث قوات التحالف"), a facility
   named in the sentence, an anaphor's antecedent, the acting country, a
   place, the facility of the preceding sentences, the article's topic.  A
   claim in a sentence that names a facility is only ever attached to a
   facility named in that sentence;
5. attribute it (:mod:`recon.attribution`) and say when it held (``as_of``).

Time is linear in the length of the text: every "nearest name", "last
speaker before" or "date of the clause" question a claim asks is a
bisection over indexes built once per sentence (:mod:`recon._choose`,
:mod:`recon._nearest`), and what later sentences ask of earlier ones
(antecedents, the recent facility, the attribution history) is remembered
or indexed, so neither a sentence of thousands of figures nor an article of
thousands of sentences rescans what it has read.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from itertools import accumulate
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import attrs

from recon._as_of import (
    Usable,
    dates_as_of,
    earlier_event,
    long_before,
    pluperfect_from,
    previously_from,
)
from recon._as_of import as_of as when_held
from recon._choose import choose
from recon._cues import SentenceCues, load_cues
from recon._dateline import country_of, seat_of
from recon._fast_values import _claim, _span, _with_raw
from recon._field_events import date_event_of
from recon._gcpause import gc_paused
from recon._implied_one import implied_ones
from recon._locate import Ref
from recon._money_per import per_head
from recon._ordinal_days import ordinal_durations
from recon._own_outlet import outside_own_outlet
from recon._sentence_refs import SentenceRefs, reference_place
from recon._speakers import Speakers
from recon._tokens import Chunks, chunks_of
from recon._zero_figures import zero_figures
from recon.attribution import extract_credits, find_attributions
from recon.entities_ar import DocContext, Lex, load_lex
from recon.fields_ar import CASUALTY, Field, Sentence, event_of, quantity_field
from recon.model import Claim, DateValue, Document, Method, Precision, Quantity, Span
from recon.names_ar import (
    KnownNames,
    Named,
    bare_names,
    find_named,
    sorted_spans,
)
from recon.normalise import Normalised, matching, normalise, normalise_key
from recon.sentences import Segment, split_sentences, stems, tokenize
from recon.units import UNITS

if TYPE_CHECKING:
    from recon.link import Mention

__all__ = ["extract", "extract_credits", "extract_mentions"]

_START = attrgetter("start")
_CASE = "حالة"  # the lemma of the bare noun in units.toml [nouns.item]


def _entity_span(ref: Any) -> Span | None:
    """Where a claim's entity is written; none for a container the article
    never names (``recon._place_lists``: a list of places read as its country)."""
    return _span(ref.start, ref.end) if ref.start >= 0 else None


def _relative_only(d: Any, lx: Lex, text: str) -> bool:
    """Whether date ``d`` is said only in relative words and finer than a year
    but coarser than a day ("الأسبوع الماضي", "هذا الشهر", "منذ أشهر")."""
    v = d.value
    if not isinstance(v, DateValue) or v.precision in (Precision.DAY, Precision.YEAR):
        return False
    words = [t.key for t in tokenize(text, d.start, d.end)]
    return all(any(x in lx.relative_dates for x in stems(w)) for w in words)


@attrs.frozen
class _Prepared:
    lx: Lex
    segs: list[Segment]
    sents: list[Sentence]
    mentions: list[Any]
    dates: list[Any]
    doc: DocContext
    # The article normalised and split once, for its dates here and its
    # figures in extract().
    norm: Normalised
    chunks: Chunks
    # Each sentence's word keys, shared by the entity and attribution passes
    # and the claims (Sentence.keys).
    keys: list[list[str]]


def _time_since(text: str, q: Any, since: frozenset[str]) -> bool:
    """Whether figure ``q`` is a duration right after "منذ" ("منذ 17 يوماً"):
    a date (17 days ago) and the time a state has lasted, which the figure's
    field decides (``recon._field_measure``)."""
    u = UNITS.get(q.quantity.unit)
    if u is None or u.dimension != "duration":
        return False
    before = text[max(0, q.start - _SINCE_CHARS) : q.start].split()
    return bool(before) and normalise_key(before[-1]) in since


_SINCE_CHARS = 12  # "منذ " and a word of hedge at most ("منذ نحو 17 يوماً")


def _prepare(document: Document, lang: str) -> _Prepared:
    """Sentences, gazetteer names, dates and entity candidates of ``document``."""
    from recon.dates import dates_in
    from recon.gazetteer import shared_default

    text = document.text
    lx = load_lex(lang)
    segs = split_sentences(text)
    sents = [Sentence(text, seg, lx) for seg in segs]
    norm = normalise(text)
    chunks = chunks_of(norm.text)
    match = matching(norm)
    # Derived from the default form (offsets shared), the matching form folds
    # letters one for one: its chunks start where the default form's do.
    shared = match.offsets is norm.offsets
    mentions = list(shared_default().mentions_in(match, starts=chunks.starts if shared else None))
    mentions = outside_own_outlet(mentions, match, document.source.outlet)
    dates = list(dates_in(norm, published=document.source.published, lang=lang, chunks=chunks))
    keys = [s.keys for s in sents]
    doc = DocContext(text, sents, mentions, lx, keys=keys, starts=[s.starts for s in sents])
    return _Prepared(lx, segs, sents, mentions, dates, doc, norm, chunks, keys)


def _overlaps(spans: list[tuple[int, int]], longest: int, start: int, end: int) -> bool:
    """Whether a span of the sorted ``spans`` (none longer than ``longest``)
    overlaps ``[start, end)``: only those starting within ``longest`` before
    ``start`` can reach it."""
    k = bisect_left(spans, (end, -1)) - 1
    while k >= 0 and spans[k][0] >= start - longest:
        if spans[k][1] > start:
            return True
        k -= 1
    return False


def extract_mentions(document: Document, *, lang: str = "ar") -> list[Mention]:
    """Every named thing in ``document``, in text order, for entity linking.

    Facilities as written ("قاعدة ك 1 الجوية", kind ``facility``), gazetteer
    names (their gazetteer kind; nisba adjectives such as "العراقية" are
    left out), persons with their titles stripped ("المتحدث باسم التحالف
    العقيد مايلز كاغينز" → "مايلز كاغينز", kind ``person``), a speaker named
    without a title ("قال كيغنز"), and organisations ("وزارة الصحة السودانية",
    kind ``org``).  ``doc`` is the document id, ``context`` the sentence.
    """
    with gc_paused():
        return _extract_mentions(document, lang)


def _extract_mentions(document: Document, lang: str) -> list[Mention]:
    from recon.link import Mention

    text = document.text
    p = _prepare(document, lang)
    stops = frozenset(d.start for d in p.dates)
    named = find_named(text, p.sents, p.mentions, p.doc, stops=stops)
    # Names by sentence: an attribution can only overlap a name of its own
    # sentence or one of an earlier sentence that runs into it.
    taken: dict[int, list[tuple[int, int]]] = {}
    for n in named:
        taken.setdefault(n.sentence, []).append((n.start, n.end))
    ends = {k: max(e for _, e in spans) for k, spans in taken.items()}
    reach_before = list(accumulate((ends.get(k, -1) for k in range(len(p.sents))), max, initial=-1))
    atts = find_attributions(
        text,
        p.segs,
        stops=sorted(stops),
        entities=[(m.start, m.end) for m in p.mentions],
        tokens=[s.toks for s in p.sents],
        keys=p.keys,
    )
    known = KnownNames([n.surface for n in named if n.kind == "person"])
    for k, found in atts.items():
        mine = sorted(taken.get(k, []))
        longest = max((e - s for s, e in mine), default=0)
        for a in found:
            if a.kind != "speech" or reach_before[k] > a.start:
                continue
            if _overlaps(mine, longest, a.start, a.end):
                continue
            if bare_names(text, p.sents[k].toks, a.start, a.end, known):
                named.append(Named(text[a.start : a.end], a.start, a.end, "person", k))
                insort(mine, (a.start, a.end))
                longest = max(longest, a.end - a.start)
    named.sort(key=lambda n: (n.start, n.end))
    quote = [text[s.seg.start : s.seg.end] for s in p.sents]
    return [
        Mention(text=n.surface, doc=document.id, kind=n.kind, context=quote[n.sentence])
        for n in named
    ]


def extract(document: Document, *, lang: str = "ar") -> list[Claim]:
    """The claims stated in ``document``, in text order.

    Each claim carries the entity mention it is about (as written), its field
    (see ``lexicons/<lang>/fields.toml``), a :class:`~recon.model.Quantity` or
    :class:`~recon.model.DateValue`, the value's span in the original text, the
    sentence as quote, the speaker the text attributes it to, ``as_of`` when
    the sentence says when the figure held, and ``role`` (what was counted, or
    the thing valued).  Repeated sentences give repeated claims.
    """
    with gc_paused():
        return _extract(document, lang)


_ELIDED_GAPS = frozenset({"و", "،و", "، و", ",و", ", و"})


def _elided_currency(text: str, q: Any, before: tuple[int, str, str] | None) -> str | None:
    """The currency of an amount given right after another with only "و"
    between and no unit of its own ("50 ألف جنيه … و10 آلاف لكل مصاب"):
    the amount before it, if it ended within a few words."""
    if before is None or q.quantity.unit or q.start - before[0] > _ELIDED_REACH:
        return None
    gap = text[before[0] : q.start].split()
    # A few words may stand between ("لأسرة كل متوفى و10 آلاف"); "و" last.
    return before[1] if gap and gap[-1] in _ELIDED_GAPS else None


_ELIDED_REACH = 40  # characters from one amount to the next whose currency goes unsaid


# Fields of people besides the casualties: a bare figure of them counts persons.
_COUNTS_PEOPLE = frozenset({"personnel", "present"})


def _extract(document: Document, lang: str) -> list[Claim]:
    from recon.numbers import quantities_in

    text = document.text
    pub = document.source.published
    p = _prepare(document, lang)
    lx, segs, sents, mentions, dates, doc = p.lx, p.segs, p.sents, p.mentions, p.dates, p.doc
    # A date wins over a figure it overlaps.  Dates come in text order, so
    # the dates starting before a figure's end are a prefix; the figure
    # overlaps one of them iff the furthest end among them passes its start.
    d_starts = [d.start for d in dates]
    reach = list(accumulate((d.end for d in dates), max))
    quantities = []
    # The article's main country says which currency a bare "ليرة"/"دينار" is;
    # an article that names no country is in the country of its story's place
    # ("الرباط": a bare درهم is Moroccan).
    country = doc.country.key if doc.country is not None else None
    if country is None and doc.place is not None:
        country = country_of(doc.place.key)
    if country is None:
        # Else the country most of its places are in ("لواء الرصيفة",
        # "محافظة الزرقاء": a bare دينار is Jordanian); ties go to the first named.
        homes = [c for m in mentions if (c := country_of(m.entry.id)) is not None]
        if homes:
            country = max(dict.fromkeys(homes), key=homes.count)

    def clear_of_dates(q: Any) -> bool:
        # No date reaches into the figure.
        k = bisect_left(d_starts, q.end)
        return k == 0 or reach[k - 1] <= q.start

    for q in quantities_in(p.norm, lang=lang, country=country, chunks=p.chunks):
        if clear_of_dates(q) or _time_since(text, q, lx.since_preps):
            quantities.append(q)
    # "لليوم الثالث على التوالي": how long a state has lasted, told by an ordinal.
    ordinals = list(filter(clear_of_dates, ordinal_durations(p.norm, lang, chunks=p.chunks)))
    if ordinals:
        quantities = sorted(quantities + ordinals, key=attrgetter("start"))
    # "وفاة شخص وإصابة 12 آخرين": one person told by a singular noun.
    ones = list(filter(clear_of_dates, implied_ones(p.norm, lang, beside=quantities)))
    ones += zero_figures(p.norm, lang)  # "دون تسجيل إصابات": none
    if ones:
        quantities = sorted(quantities + ones, key=attrgetter("start"))
    atts = find_attributions(
        text,
        segs,
        stops=[d.start for d in dates],
        entities=[(m.start, m.end) for m in mentions],
        tokens=[s.toks for s in sents],
        keys=p.keys,
    )
    gaz = sorted_spans({m.start: m.end for m in mentions})
    stops = frozenset(d.start for d in dates)
    out: list[Claim] = []
    q_at = [q.start for q in quantities]
    d_at = [d.start for d in dates]
    # Only the sentences a figure or a date starts in can hold a claim.
    seg_at = [s.seg.start for s in sents]
    people_before: Field | None = None
    for k in sorted({bisect_right(seg_at, x) - 1 for x in (*q_at, *d_at)} - {-1}):
        s = sents[k]
        seg = s.seg
        s_q = quantities[bisect_left(q_at, seg.start) : bisect_left(q_at, seg.end)]
        s_d = dates[bisect_left(d_at, seg.start) : bisect_left(d_at, seg.end)]
        if not s_q and not s_d:
            continue  # no figure and no date: no claim, so no speaker to name
        # Each date's event, asked by the figures' as_of and the dates' own claims.
        s_ev = [event_of(s, d.start, d.end, lx) for d in s_d]
        quote = text[seg.start : seg.end]
        s_atts = Speakers(text, s, atts.get(seg.index, ()), lx, gaz=gaz, stops=stops)
        found: list[tuple[int, Claim]] = []
        prev_end, prev_ref, prev_fld = seg.start, None, None
        after_things = False
        s.figures = [q.start for q in s_q]
        sr: SentenceRefs | None = None
        usable: Usable | None = None
        cues: SentenceCues | None = None
        previously = pluperfect = -1
        money_before: tuple[int, str, str] | None = None  # the last amount: end, unit, field
        for q in s_q:
            fld = quantity_field(
                text,
                q,
                s,
                lx,
                prev_end,
                prev=prev_fld,
                after_things=after_things,
                people_before=people_before,
            )
            prev_end = q.end
            after_things = q.noun is not None and lx.items.word(normalise_key(q.noun)) is not None
            elided = _elided_currency(text, q, money_before)
            if elided is not None and money_before is not None:
                # "50 ألف جنيه لأسرة كل متوفى و10 آلاف لكل مصاب": the second
                # amount's currency goes unsaid.
                base = money_before[2].split(":per_", 1)[0]
                per = per_head(text, q.end, s, lx)
                fld = Field(f"{base}:{per}" if per else base)
            if fld is None:
                continue
            prev_fld = fld
            if fld.field in CASUALTY and ":" not in fld.field:
                people_before = fld  # cases "like those" in a later sentence are of it
            sr = sr or SentenceRefs(k, s, doc)
            if fld.field == "distance":
                fld = attrs.evolve(fld, role=reference_place(sr, q.end))
            cls = "casualty" if fld.field in CASUALTY else "other"
            ref = prev_ref if fld.others and prev_ref is not None else None
            ref = ref or choose(cls, sr, start=q.start, end=q.end, fld=fld) or doc.loose_place()
            if ref is None:
                continue
            if fld.field == "distance" and (seat := seat_of(ref.key)) is not None:
                # "ولاية القصرين، الواقعة على بعد 290 كلم من تونس": a distance
                # is from a point, the province's seat.
                ref = Ref(seat[2], -1, -1, seat[1], seat[0])
            prev_ref = ref
            if usable is None:
                pluperfect = pluperfect_from(s)
                usable = dates_as_of(s, s_d, lx, s_ev, pub=pub, pluperfect=pluperfect)
                cues = SentenceCues(s, load_cues(lang), [(x.start, x.end) for x in s_q])
                previously = previously_from(s)
            value: Quantity = q.quantity
            if not value.raw:
                value = _with_raw(value, text[q.start : q.end])
            if elided is not None:
                value = attrs.evolve(value, unit=elided)
            if UNITS[value.unit].dimension.startswith("currency:"):
                money_before = (q.end, value.unit, fld.field)
            if fld.field == "magnitude":
                value = attrs.evolve(value, unit="")  # "5.6 درجات": on a scale, not °C
            if fld.field in CASUALTY and value.unit == "item" and q.noun == _CASE:
                # "بلغ عدد حالات الاشتباه 3200 حالة": cases of people are people.
                value = attrs.evolve(value, unit="person")
            if not value.unit and (fld.field in CASUALTY or fld.field in _COUNTS_PEOPLE):
                # "ارتفع إجمالي المصابين إلى 363", "وحضور أكثر من 7 آلاف من ذوي
                # العرسان": the field says what is counted.
                value = attrs.evolve(value, unit="person")
            elif not value.unit and fld.field.startswith("count:"):
                # "رفع العربات الأربع" and "خروج 4 عربات": things, however read.
                value = attrs.evolve(value, unit="item")
            as_of = when_held(s, usable, q.start, pub)
            found.append(
                (
                    q.start,
                    _claim(
                        entity=ref.surface,
                        field=earlier_event(
                            fld.field,
                            as_of,
                            pub,
                            previously < s.tok(q.start),
                            told_before=pluperfect < s.tok(q.start),
                        ),
                        value=value,
                        source=document.source,
                        span=_span(q.start, q.end),
                        quote=quote,
                        speaker=s_atts.of(q.start, s),
                        method=Method.EXTRACTED,
                        as_of=as_of,
                        role=fld.role,
                        entity_span=_entity_span(ref),
                        cue=cues.of(q.start, q.end) if cues is not None else None,
                    ),
                )
            )
        for d, ev in zip(s_d, s_ev, strict=True):
            ev = ev or date_event_of(s, d.start, d.end, lx)
            # A statement's own date ("أعلنت الوزارة، الاثنين، أن …") is when
            # its figures held (as_of), and a date made only of relative words
            # ("هذا الشهر", "منذ أشهر") dates nothing precisely enough.
            if ev is None or ev == "announcement" or _relative_only(d, lx, text):
                continue
            sr = sr or SentenceRefs(k, s, doc)
            ref = choose("date", sr, start=d.start, end=d.end, fld=None) or doc.loose_place()
            if ref is None:
                continue
            found.append(
                (
                    d.start,
                    _claim(
                        entity=ref.surface,
                        # "حريق مماثل عام 2019": an earlier event's date, never this one's.
                        field=f"date:{ev}:{d.value.value.year}"
                        if long_before(d, pub)
                        else f"date:{ev}",
                        value=d.value,
                        source=document.source,
                        span=_span(d.start, d.end),
                        quote=quote,
                        speaker=s_atts.of(d.start),
                        method=Method.EXTRACTED,
                        entity_span=_entity_span(ref),
                    ),
                )
            )
        out.extend(c for _, c in sorted(found, key=lambda t: t[0]))
    return out
