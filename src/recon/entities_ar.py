"""Named things in an Arabic article: facilities, gazetteer names, the document's context.

:mod:`recon.extract` attaches every claim to one of the candidates found
here; :func:`recon.extract.extract_mentions` lists them for entity linking.

* facilities: a facility noun followed by a name ("قاعدة K1 الجوية",
  "معسكر (K1)", "مطار بغداد الدولي", "معسكر بسماية"), or the noun alone as
  an anaphor ("القاعدة", "هذا المعسكر");
* gazetteer names, with the preposition governing them, whether they are a
  nisba ("عراقيا", "الأميركية") and whether an affiliation noun precedes
  them ("قوات التحالف");
* per document: every candidate per sentence, the topic (the facility named
  most often) and the main country, and the antecedent of an anaphor.

All words come from the ``entities`` and ``fields`` lexicons.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from typing import Any, Protocol

import attrs

from recon import lexicon
from recon._dateline import country_of, dateline_abroad, loose_dateline, not_nasab, story_country
from recon._gaz_refs import _DASHES, counted_noun, gaz_refs, headed_places
from recon._locate import (
    PLACE_KINDS,
    Ref,
    bare_facilities,
    between_ends,
    destination_openers,
    destinations,
    is_latin_name,
    letters_to_offset,
    located_in,
    mark_destinations,
    story_place,
)
from recon._place_lists import collapse_lists
from recon._sourcing import according_to, source_offices, without
from recon.normalise import fold_digits, key_set, normalise_key
from recon.sentences import PhraseSet, Segment, Token, token_keys, token_starts

__all__ = [
    "PLACE_KINDS",
    "DocContext",
    "Lex",
    "Ref",
    "Tokenised",
    "is_latin_name",
    "letters_to_offset",
    "load_lex",
]

_DISCOURSE_BACK = 3  # sentences an unnamed figure may reach back for its facility
_ANTECEDENT_BACK = 6  # sentences an anaphor may reach back for a facility of its noun
_MAX_NAME = 4  # words in a facility's name


def _words(d: dict[str, Any], key: str) -> list[str]:
    v = d.get(key, [])
    return [str(x) for x in v] if isinstance(v, list) else []


def _table(d: dict[str, Any], key: str, *, strip: bool = True) -> PhraseSet:
    t = d.get(key, {})
    return PhraseSet(((w, str(k)) for k, ws in t.items() for w in ws), strip_suffixes=strip)


@attrs.frozen
class Lex:
    nouns: PhraseSet
    triggers: PhraseSet
    items: PhraseSet
    money: PhraseSet
    events: PhraseSet
    disease: PhraseSet
    unit_fields: dict[str, str]
    now: PhraseSet
    facility: PhraseSet
    adjectives: frozenset[str]
    starters: frozenset[str]
    breakers: frozenset[str]
    demonstratives: frozenset[str]
    preps: frozenset[str]
    place_preps: frozenset[str]
    affiliation: frozenset[str]
    appositive: frozenset[str]
    subset: PhraseSet
    country_anaphors: frozenset[str]
    openers: tuple[str, ...]
    relative_time: frozenset[str]
    generic: frozenset[str]
    place_heads: frozenset[str]
    named_place_heads: frozenset[str]
    place_anaphors: frozenset[str]
    titles: PhraseSet
    name_titles: PhraseSet
    given_names: frozenset[str]
    org_heads: PhraseSet
    speech_verbs: PhraseSet
    speaker_breakers: frozenset[str]
    source_nouns: frozenset[str]
    particles: frozenset[str]
    media: PhraseSet
    measure_words: dict[str, str]  # a word's key -> the measure it names (depth, height, …)
    rates: PhraseSet
    of_previous: frozenset[str]
    percent_subjects: PhraseSet
    share_words: frozenset[str]
    relative_dates: frozenset[str]
    complementizers: frozenset[str]
    apposition: frozenset[str]
    title_links: frozenset[str]
    anonymous: frozenset[str]
    force_heads: frozenset[str]
    force_links: frozenset[str]
    destination_verbs: frozenset[str]
    destination_preps: frozenset[str]
    departure_verbs: frozenset[str]
    departure_preps: frozenset[str]
    contrast: PhraseSet
    adjacent_triggers: frozenset[str]
    hedges_before: frozenset[str]
    hedges_after: frozenset[str]
    since_preps: frozenset[str]
    period_preps: frozenset[str]
    period_past: frozenset[str]
    period_words: frozenset[str]
    period_adverbs: frozenset[str]
    per_time: PhraseSet
    number_of: frozenset[str]
    short_words: frozenset[str]
    outlets: frozenset[str]
    source_persons: frozenset[str]
    office_preps: frozenset[str]
    office_heads: frozenset[str]
    office_stops: frozenset[str]
    according: frozenset[str]
    office_domains: frozenset[str]


@lru_cache(maxsize=4)
def load_lex(lang: str) -> Lex:
    f = lexicon.load("fields", lang)
    e = lexicon.load("entities", lang)
    q = lexicon.load("qualifiers", lang)
    quals = [t for t in q.values() if isinstance(t, dict)]

    def hedge(side: str) -> frozenset[str]:
        return key_set([w for t in quals for p in _words(t, side) for w in p.split() if w != "*"])

    return Lex(
        nouns=_table(f, "nouns"),
        triggers=_table(f, "triggers"),
        items=_table(f, "items"),
        money=_table(f, "money_objects"),
        events=_table(f, "events", strip=False),
        disease=PhraseSet((w, "d") for w in _words(f, "disease_context")),
        unit_fields={str(k): str(v) for k, v in f.get("unit_fields", {}).items()},
        now=PhraseSet(
            ((w, "now") for w in f.get("as_of", {}).get("now", [])), strip_suffixes=False
        ),
        facility=PhraseSet(((w, w) for w in _words(e, "facility_nouns")), strip_suffixes=False),
        adjectives=key_set(_words(e, "facility_adjectives")),
        starters=key_set(_words(e, "name_starters")),
        breakers=key_set(_words(e, "name_breakers")),
        demonstratives=key_set(_words(e, "demonstratives")),
        preps=key_set(_words(e, "prepositions")),
        place_preps=key_set(_words(e, "place_prepositions")),
        affiliation=key_set(_words(e, "affiliation_heads")),
        force_heads=key_set(_words(e, "force_heads")),
        force_links=key_set(_words(e, "force_links")),
        appositive=key_set(_words(e, "appositive_markers")),
        subset=PhraseSet(((w, "s") for w in _words(e, "subset_markers")), strip_suffixes=False),
        country_anaphors=key_set(_words(e, "country_anaphors")),
        openers=tuple(normalise_key(w) for w in _words(e, "clause_openers")),
        relative_time=key_set(_words(f, "relative_time")),
        generic=key_set(_words(e, "generic_followers")),
        place_heads=key_set(_words(e, "place_heads")),
        named_place_heads=key_set(_words(e, "named_place_heads")),
        place_anaphors=key_set(_words(e, "place_anaphors")),
        titles=PhraseSet(((w, "t") for w in _words(e, "titles")), strip_suffixes=False),
        name_titles=PhraseSet(((w, "n") for w in _words(e, "name_titles")), strip_suffixes=False),
        given_names=key_set(_words(e, "given_names")),
        org_heads=PhraseSet(((w, "o") for w in _words(e, "org_heads")), strip_suffixes=False),
        speech_verbs=PhraseSet(((w, "v") for w in _words(e, "speech_verbs")), verbs=True),
        speaker_breakers=key_set(_words(e, "speaker_breakers")),
        source_nouns=key_set(_words(e, "source_nouns")),
        particles=key_set(_words(e, "name_particles") + _words(e, "name_starters")),
        media=PhraseSet(((w, "m") for w in _words(e, "media_prepositions")), strip_suffixes=False),
        measure_words={
            k: str(name) for name, ws in f.get("measure_words", {}).items() for k in key_set(ws)
        },
        rates=PhraseSet(((w, "r") for w in _words(f, "exchange_rate")), strip_suffixes=False),
        of_previous=key_set(_words(f, "share_of_previous")),
        percent_subjects=_table(f, "percent_subjects"),
        share_words=key_set(_words(f, "share_words")),
        relative_dates=key_set(_words(f, "relative_date_words")),
        complementizers=key_set(_words(e, "complementizers")),
        apposition=key_set(_words(f, "apposition_openers")),
        title_links=key_set(_words(e, "title_links")),
        anonymous=key_set(_words(e, "anonymous_sources")),
        destination_verbs=key_set(_words(e, "destination_verbs")),
        destination_preps=key_set(_words(e, "destination_prepositions")),
        departure_verbs=key_set(_words(e, "departure_verbs")),
        departure_preps=key_set(_words(e, "departure_prepositions")),
        adjacent_triggers=key_set(_words(f, "adjacent_triggers")),
        hedges_before=hedge("before"),
        hedges_after=hedge("after"),
        since_preps=key_set(_words(f, "since_prepositions")),
        period_preps=key_set(_words(f, "period_prepositions")),
        period_past=key_set(_words(f, "period_past")),
        period_words=key_set(_words(f, "period_words")),
        period_adverbs=key_set(_words(f, "period_adverbs")),
        per_time=PhraseSet(((w, "r") for w in _words(f, "rate_words")), strip_suffixes=False),
        number_of=key_set(_words(f, "number_of")),
        short_words=key_set(_words(e, "short_words")),
        outlets=key_set(_words(e, "outlet_names")),
        source_persons=key_set(_words(e, "source_persons")),
        office_preps=key_set(_words(e, "office_prepositions")),
        office_heads=key_set(_words(e, "office_heads")),
        office_stops=key_set(_words(e, "office_stops")),
        according=key_set(_words(e, "according_openers")),
        office_domains=key_set(_words(e, "office_domains")),
        contrast=PhraseSet(((w, "c") for w in _words(e, "contrast_openers")), strip_suffixes=False),
    )


lexicon.on_clear(load_lex.cache_clear)


_ROAD = "طريق"
_BY_WAY_OF = frozenset({"عن", "وعن"})


def _figure_after(text: str, toks: list[Token], j: int, lx: Lex) -> bool:
    """Whether token ``j``, right after a facility noun, is a figure with its
    counted noun ("المحطة 500 طن", "معبر 150 دولاراً") rather than a number
    naming the facility ("قاعدة 101 الجوية", "مستشفى 57357 للأطفال")."""
    t = toks[j]
    if not fold_digits(t.text).isdigit() or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return (
        not text[t.end : nxt.start].strip()
        and nxt.text[:1].isalpha()
        and not nxt.text[:1].isascii()
        and not nxt.key.startswith(("ال", "لل"))
        and nxt.key not in lx.adjectives
    )


_OTHER = frozenset({"اخري", "اخر", "اخريين", "اخرين", "ثانيه"})  # "another" (matching forms)


def _verbal_noun(noun: str, nxt: str) -> bool:
    """Whether facility noun ``noun`` before the word ``nxt`` is a verbal noun
    spelled like it ("سد" before "الاحتياجات": meeting the needs), by the
    lexicon's ``[verbal_noun_objects]``."""
    objs = _verbal_noun_objects().get(noun)
    return objs is not None and nxt in objs


@lru_cache(maxsize=1)
def _verbal_noun_objects() -> dict[str, frozenset[str]]:
    """``[verbal_noun_objects]`` in matching form, read once."""
    table = lexicon.load("entities").get("verbal_noun_objects", {})
    return {normalise_key(k): key_set(v) for k, v in table.items()}


lexicon.on_clear(_verbal_noun_objects.cache_clear)


def _facilities(
    text: str, toks: list[Token], lx: Lex, gaz_at: dict[int, int], keys: list[str] | None = None
) -> list[Ref]:
    """Named facilities and facility anaphors among ``toks`` (``keys``: their
    matching forms, if the caller has them)."""
    out: list[Ref] = []
    live = lx.facility.starts(token_keys(toks) if keys is None else keys)
    nxt = 0  # the first token not yet inside a facility's name
    # Only the tokens that may start a facility noun are visited.
    for i in compress(range(len(live)), live):
        if i < nxt:
            continue
        m = lx.facility.match_start(toks, i, live[i])
        if m is None or counted_noun(text, toks, i):
            continue
        if i + 1 < len(toks) and _verbal_noun(normalise_key(m.phrase), toks[i + 1].key):
            continue  # "لسد فجوة التمويل": "to fill the gap", no dam
        road = m.phrase == _ROAD
        if road and i > 0 and toks[i - 1].key in _BY_WAY_OF:
            continue  # "عن طريق الوسطاء": by way of, no road
        noun = normalise_key(m.phrase)
        tok = toks[i]
        prefix = len(tok.key) - len(noun)
        pre = tok.key[:prefix]
        definite = "ال" in pre or pre.endswith("لل")
        start = letters_to_offset(text, tok.start, prefix)
        j, end, named, ends = i + 1, tok.end, 0, 0
        while j < len(toks) and named < _MAX_NAME:
            t = toks[j]
            gap = text[toks[j - 1].end : t.start]
            if road and named and gap.strip() in _DASHES and t.start in gaz_at:
                ends = 2  # "طريق الرياض - القصيم": a road runs between its two ends
            elif gap.strip() not in ("", "(") or t.key in lx.breakers:
                break
            if named and t.text.isdigit() and len(toks[j - 1].key) > 1:
                break  # "ميناء العقبة 3 ملايين حبة": a figure; "قاعدة ك 1" is a name
            if not named and _figure_after(text, toks, j, lx):
                break  # "تنتج المحطة 500 طن": a figure; "قاعدة 101 الجوية" is a name
            if named and t.key in lx.adjectives:
                end = t.end
                j += 1
                break
            ok = is_latin_name(t) or (
                len(t.key) == 1 and j + 1 < len(toks) and toks[j + 1].text.isdigit()
            )
            if not definite:
                ok = ok or (t.key.startswith("ال") and t.key not in lx.adjectives)
                ok = ok or t.key in lx.starters or (t.start in gaz_at and named == 0)
                ok = ok or (named > 0 and toks[j - 1].key in lx.starters)
                # "قاعدة بلد وين": a short و-word that is not و + a particle
                # ("ولم", "وقد") goes on with the name.
                ok = ok or (
                    named > 0
                    and t.key.startswith("و")
                    and len(t.key) <= 3
                    and t.key[1:] not in lx.short_words
                )
                # An unknown indefinite word names the facility ("معسكر بسماية")
                # unless it describes it ("قاعدة عسكرية") or is a verb with
                # an object ("قاعدة تغادرها").
                ok = ok or (
                    named == 0
                    and t.text[:1].isalpha()
                    and not t.text[:1].isascii()
                    and t.key not in lx.generic
                    and not t.key.endswith(("ها", "هم"))
                    and not t.key.startswith(("بال", "لل", "كال", "وال", "ال"))
                    and t.start not in gaz_at
                )
            if not ok:
                break
            end = t.end
            named += 1
            j += 1
        if road and ends < 2:
            # Only a road named by its two ends is a place of its own: "طريق
            # المحيط الأطلسي" is a migrants' route, "الطريق" any road.
            nxt = j
            continue
        if named:
            if end < len(text) and text[end] == ")" and "(" in text[start:end]:
                end += 1
            name_key = normalise_key(text[toks[i + 1].start : end]).strip("() ")
            out.append(Ref(text[start:end], start, end, "facility", name_key, noun))
            nxt = j
            continue
        # "القاعدة", "هذا المعسكر", and "قاعدة عسكرية" (a base the article
        # is about but does not name here) all refer to a facility named elsewhere.
        if i + 1 < len(toks) and toks[i + 1].key in _OTHER:
            continue  # "في محطة أخرى جنوب الدوحة": not the one the story is about
        if tok.key not in lx.breakers:
            out.append(Ref(text[start : tok.end], start, tok.end, "anaphor", noun, noun))
    return out


_LEAD_SENTENCES = 3  # a title and the first two sentences of the body


class Tokenised(Protocol):
    """A sentence as :class:`DocContext` needs it: its segment and words."""

    @property
    def seg(self) -> Segment: ...

    @property
    def toks(self) -> list[Token]: ...


def _not_outlet_names(refs: list[Ref], keys: list[str], starts: list[int]) -> list[Ref]:
    """Without the nisbas that end an outlet's name ("لوكالة الأنباء
    العُمانية", "التلفزيون السوري"): the outlet's, never a place a figure is
    about (``outlet_heads`` of entities.toml)."""
    if not any(r.nisba for r in refs):
        return refs
    heads = lexicon.word_set("entities", "outlet_heads")
    out = []
    for r in refs:
        k = bisect_left(starts, r.start)
        if r.nisba and k > 0 and keys[k - 1] in heads:
            continue
        out.append(r)
    return out


def _merged(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sorted lists of disjoint spans as one (an overlap keeps the first)."""
    out: list[tuple[int, int]] = []
    for span in sorted(a + b):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


class DocContext:
    """Document-wide entity state: every facility and name, the topic, the main country."""

    def __init__(
        self,
        text: str,
        sents: Sequence[Tokenised],
        mentions: Sequence[Any],
        lx: Lex,
        *,
        keys: Sequence[list[str]] | None = None,
        starts: Sequence[list[int]] | None = None,
    ) -> None:
        """``keys`` and ``starts``: each sentence's word keys and offsets, if
        the caller has them (:func:`recon.extract.extract` shares them with
        its other readers of the sentences)."""
        self.lx = lx
        self.sents = sents
        self._text = text
        self._loose: list[Ref | None] = []  # the loose dateline, once read
        self._heads: dict[str, tuple[list[int], list[Ref]]] | None = None
        self._forces: list[tuple[int, Ref]] | None = None
        self._force_at: list[int] = []
        # Per sentence (and noun) answers, asked once per claim.
        self._antecedents: dict[tuple[int, str], Ref | None] = {}
        self._recent: dict[int, Ref | None] = {}
        gaz_at = {m.start: m.end for m in mentions}
        self.facs: list[list[Ref]] = []
        self.gaz: list[list[Ref]] = []
        self.persons: list[list[Ref]] = []
        datelines: list[Ref] = []
        # Each mention goes to the sentence it starts in (text order kept).
        seg_starts = [s.seg.start for s in sents]
        buckets: list[list[Any]] = [[] for _ in sents]
        for m in mentions:
            k = bisect_right(seg_starts, m.start) - 1
            if k >= 0 and m.start < sents[k].seg.end:
                buckets[k].append(m)
        # Each sentence's word keys and offsets, worked out once for all the passes below.
        if keys is None:
            keys = list(map(token_keys, (s.toks for s in sents)))
        if starts is None:
            starts = list(map(token_starts, (s.toks for s in sents)))
        dest_words = destination_openers(lx)
        for s, inside, ks, ss in zip(sents, buckets, keys, starts, strict=True):
            facs = _facilities(text, s.toks, lx, gaz_at, ks)
            refs = not_nasab(gaz_refs(text, s.toks, inside, lx, ss), ks, ss)
            refs = _not_outlet_names(refs, ks, ss)
            refs += headed_places(text, s.toks, lx, gaz_at, ks)
            # Destination and office spans only mark or drop candidates, and
            # a sentence without their opening words has none: most
            # sentences skip both passes (each a Python walk of the words).
            if (facs or refs) and not dest_words.isdisjoint(ks):
                dest = destinations(text, s.toks, lx, ks)
            else:
                dest = []
            # "بين مرفأ دارين وكورنيش القطيف": facilities at the ends of a
            # stretch ("على الطريق بين نيورو وكاي" still happened near Kayes).
            ends = between_ends(text, s.toks, ks) if facs and "بين" in ks else []
            if (facs or refs) and not lx.source_persons.isdisjoint(ks):
                # Where an unnamed source sits ("مصدر طبي بمديرية الصحة في X") owns no figure.
                office = source_offices(text, s.toks, ks, lx)
            else:
                office = []
            # A facility a figure is "according to" is its source (``_sourcing``).
            said = according_to(text, s.toks, ks) if not lx.according.isdisjoint(ks) else []
            self.facs.append(mark_destinations(without(facs, office + said), _merged(dest, ends)))
            refs = without(refs, office)
            if said:
                # "وبحسب الأمم المتحدة، قتل 61 مدنيا": an organisation a figure
                # is "according to" is its source, never what it is about.
                kept = {id(r) for r in without(refs, said)}
                refs = [r for r in refs if r.kind != "organisation" or id(r) in kept]
            refs = mark_destinations(refs, dest)
            datelines.extend(r for r in refs if r.dateline and r.kind in PLACE_KINDS)
            self.gaz.append([r for r in refs if r.kind != "person" and not r.dateline])
            self.persons.append([r for r in refs if r.kind == "person"])
        # "البصرة وميسان وذي قار": a list of places is one mention of what holds them.
        collapse_lists(text, self.gaz, [*datelines, *(g for gs in self.gaz for g in gs)])
        bare_facilities(text, sents, self.facs, lx, set(gaz_at), keys=keys, starts=starts)
        # Where people were taken is never what the article is about.
        named = [f for fs in self.facs for f in fs if f.kind == "facility" and not f.dest]
        named += [g for gs in self.gaz for g in gs if g.kind == "facility" and not g.dest]
        # A facility named once and never referred back to ("القاعدة") is
        # mentioned in passing, not the article's topic.
        self.topic = self._most_common(named)
        anaphors = [f for fs in self.facs for f in fs if f.kind == "anaphor" and not f.dest]
        if self.topic is not None:
            t = self.topic
            support = sum(r.key == t.key for r in named) + sum(a.noun == t.noun for a in anaphors)
            if support < 2:
                self.topic = None
        # "على الحدود السورية": the country whose border it is is no story of its own.
        countries = [
            g for gs in self.gaz for g in gs if g.kind == "country" and not (g.nisba and g.dest)
        ]
        self.country = self._most_common(countries, prefer=lambda r: not r.nisba)
        # Where the story happens: the place named most, the dateline counting twice.
        # Nisba adjectives ("الغارات الإسرائيلية") say whose, not where.
        # Where people set out from or went to is not where the story happens either.
        places = [
            g for gs in self.gaz for g in gs if g.kind in PLACE_KINDS and not g.nisba and not g.dest
        ]
        country_key = self.country.key if self.country is not None else None
        located = [
            pair
            for s, gs, fs, ss in zip(sents, self.gaz, self.facs, starts, strict=True)
            for pair in located_in(text, s.toks, gs, lx, country=country_key, facs=fs, starts=ss)
        ]
        # A dateline in another country than the one the article is about
        # says where the reporter is, not where the story happens.
        home = story_country(country_key, places) if datelines else None
        datelines = [d for d in datelines if not dateline_abroad(d.key, home)]
        top = self._most_common(2 * datelines + places)
        # "بغداد (واع) - أعلنت وزارة الكهرباء … ويعتمد العراق": a dateline the
        # body never names again, in the country the body names, is where the
        # story was filed; the story is the country's.
        if (
            top is not None
            and top.dateline
            and self.country is not None
            and top.key not in {p.key for p in places}
            and country_of(top.key) == self.country.key
        ):
            top = self.country
        # The title and the first two sentences of the body are the lead.
        lead_end = sents[min(len(sents), _LEAD_SENTENCES) - 1].seg.end if sents else None
        self.place = story_place(top, places, located, lead_end)

    def loose_place(self) -> Ref | None:
        """A dateline the gazetteer does not know, for a figure nothing else
        places (``recon._dateline.loose_dateline``); read on first use."""
        if not self._loose:
            self._loose.append(loose_dateline(self._text, self.sents, self.lx))
        return self._loose[0]

    def forces_before(self, k: int, last: int) -> list[Ref]:
        """The ``last`` armed forces named in sentences before ``k``, in text order."""
        if self._forces is None:
            self._forces = [
                (j, g) for j, gs in enumerate(self.gaz) for g in gs if g.kind == "armed_force"
            ]
            self._force_at = [j for j, _ in self._forces]
        n = bisect_left(self._force_at, k)
        return [g for _, g in self._forces[max(0, n - last) : n]]

    def headed(self, k: int, head: str) -> Ref | None:
        """The last place up to sentence ``k`` whose name opens with ``head``
        ("القطاع" → "قطاع غزة"), else the article's main place."""
        if self._heads is None:
            # Built once per document: per first word, the multi-word places
            # in text order, so each look-up is a bisect, not a scan back.
            self._heads = {}
            for j, gs in enumerate(self.gaz):
                for g in gs:
                    words = normalise_key(g.surface).split()
                    if g.kind in PLACE_KINDS and len(words) > 1:
                        at, refs = self._heads.setdefault(words[0], ([], []))
                        at.append(j)
                        refs.append(g)
        found = self._heads.get(head)
        if found is not None:
            n = bisect_right(found[0], k)
            if n:
                return found[1][n - 1]
        return self.place

    @staticmethod
    def _most_common(refs: list[Ref], prefer: Any = None) -> Ref | None:
        if not refs:
            return None
        key, _ = Counter(r.key for r in refs).most_common(1)[0]
        same = [r for r in refs if r.key == key]
        good = [r for r in same if prefer is None or prefer(r)]
        return (good or same)[0]

    def antecedent(self, k: int, noun: str) -> Ref | None:
        """The facility an anaphor in sentence ``k`` refers to."""
        key = (k, noun)
        if key not in self._antecedents:
            self._antecedents[key] = self._antecedent(k, noun)
        return self._antecedents[key]

    def _antecedent(self, k: int, noun: str) -> Ref | None:
        # Far back, the article's topic is a safer antecedent than a base
        # mentioned in passing.
        for j in range(k - 1, max(-1, k - 1 - _ANTECEDENT_BACK), -1):
            for f in reversed(self.facs[j]):
                if f.kind == "facility" and f.noun == noun and not f.dest:
                    return f
        return self.recent(k) or self.topic

    def recent(self, k: int) -> Ref | None:
        """The facility the last few sentences were about (named or by anaphor)."""
        if k not in self._recent:
            self._recent[k] = self._recent_at(k)
        return self._recent[k]

    def _recent_at(self, k: int) -> Ref | None:
        for j in range(k - 1, max(-1, k - 1 - _DISCOURSE_BACK), -1):
            refs = sorted(
                [f for f in self.facs[j] if not f.dest]
                + [g for g in self.gaz[j] if g.kind == "facility" and not g.dest],
                key=lambda r: r.start,
            )
            for f in reversed(refs):
                if f.kind == "facility":
                    return f
                for i in range(j - 1, max(-1, j - 1 - _ANTECEDENT_BACK), -1):
                    named = [a for a in self.facs[i] if a.kind == "facility" and a.noun == f.noun]
                    if named:
                        return named[-1]
        return None
