"""Named things in an Arabic article: facilities, gazetteer names, the document's context.

:mod:`recon.extract` attaches every claim to one of the candidates found
here; :func:`recon.extract.extract_mentions` lists them for entity linking.

* facilities: a facility noun followed by a name ("قاعدة K1 الجوية",
  "معسكر (K1)", "مطار بغداد الدولي", "معسكر بسماية"), or the noun alone as
  an anaphor ("القاعدة", "هذا المعسكر"), found by :mod:`recon._facilities`;
* gazetteer names, with the preposition governing them, whether they are a
  nisba ("عراقيا", "الأميركية") and whether an affiliation noun precedes
  them ("قوات التحالف");
* per document: every candidate per sentence, the topic (the facility named
  most often) and the main country, and the antecedent of an anaphor.

All words come from the ``entities`` and ``fields`` lexicons, compiled in
:mod:`recon._lex` (:class:`Lex`, re-exported here).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol

from recon import lexicon
from recon._dateline import (
    country_of,
    dateline_abroad,
    loose_dateline,
    not_nasab,
    seat_of,
    story_country,
)
from recon._destinations import (
    between_ends,
    destination_openers,
    destinations,
    mark_destinations,
)
from recon._facilities import find_facilities, media_words
from recon._gaz_refs import gaz_refs, headed_places
from recon._lex import Lex, load_lex
from recon._locate import (
    PLACE_KINDS,
    Ref,
    bare_facilities,
    is_latin_name,
    letters_to_offset,
    located_in,
    story_place,
)
from recon._place_lists import collapse_lists
from recon._sourcing import according_to, source_offices, without
from recon.normalise import normalise_key
from recon.sentences import Segment, Token, token_keys, token_starts

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
_LEAD_SENTENCES = 3  # a title and the first two sentences of the body


class Tokenised(Protocol):
    """A sentence as :class:`DocContext` needs it: its segment and words."""

    @property
    def seg(self) -> Segment: ...

    @property
    def toks(self) -> list[Token]: ...


def _not_outlet_names(refs: list[Ref], keys: list[str], starts: list[int]) -> list[Ref]:
    """Without the nisbas that end an outlet's name ("لوكالة الأنباء
    العُمانية", "التلفزيون السوري": ``outlet_heads`` of entities.toml) and
    the places a word of an outlet's kind names one or two words before
    ("لصحيفة الرياض", "لإذاعة صوت إربد": ``media_words``): the outlet's,
    never a place a figure is about."""
    if not refs:
        return refs
    heads = lexicon.word_set("entities", "outlet_heads")
    media = media_words()
    out = []
    for r in refs:
        k = bisect_left(starts, r.start)
        if r.nisba and k > 0 and keys[k - 1] in heads:
            continue
        if any(keys[j] in media for j in range(max(0, k - _OUTLET_WORDS), k)):
            continue
        out.append(r)
    return out


_OUTLET_WORDS = 2  # words from a kind of outlet to a place inside its name


def _merged(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sorted lists of disjoint spans as one (an overlap keeps the first)."""
    out: list[tuple[int, int]] = []
    for span in sorted(a + b):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def named_again(key: str, keys: set[str]) -> bool:
    """Whether the place ``key`` is among ``keys``, itself or as the province
    named like it whose seat it is ("المنيا –" and "بمحافظة المنيا")."""
    return key in keys or any((seat := seat_of(k)) is not None and seat[0] == key for k in keys)


_DATELINE_WORDS = 6  # a dateline line: a place, a dash, an outlet's name


def filed_from(dateline: Ref, lead: Sequence[Ref], lx: Lex) -> bool:
    """Whether ``dateline`` only says where the outlet filed from: the title
    and first sentence (their places ``lead``) never name it and place the
    story at another place of its country ("القاهرة – مصر الآن: … حادث قطار بمركز ملوي في
    محافظة المنيا")."""
    keys = {p.key for p in lead}
    if dateline.kind == "country" or dateline.key in keys:
        return False  # "الصومال: …" labels the story's country, never a newsroom
    home = country_of(dateline.key)
    return any(
        p.kind != "country"
        and p.prep in lx.place_preps
        and (home is None or country_of(p.key) in (None, home))
        for p in lead
    )


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
            facs = find_facilities(text, s.toks, lx, gaz_at, ks)
            refs = not_nasab(gaz_refs(text, s.toks, inside, lx, ss), ks, ss)
            refs = _not_outlet_names(refs, ks, ss)
            refs += headed_places(text, s.toks, lx, gaz_at, ks)
            if not facs and not refs:
                # A third of all sentences name nothing: no span below has
                # anything to mark or drop.
                self.facs.append(facs)
                self.gaz.append([])
                self.persons.append([])
                continue
            # Destination and office spans only mark or drop candidates, and
            # a sentence without their opening words has none: most
            # sentences skip both passes (each a Python walk of the words).
            dest = destinations(text, s.toks, lx, ks) if not dest_words.isdisjoint(ks) else []
            # "بين مرفأ دارين وكورنيش القطيف": facilities at the ends of a
            # stretch ("على الطريق بين نيورو وكاي" still happened near Kayes).
            ends = between_ends(text, s.toks, ks) if facs and "بين" in ks else []
            if not lx.source_persons.isdisjoint(ks):
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
        # A dateline in another country than the one the article is about
        # says where the reporter is, not where the story happens.
        home = story_country(country_key, places) if datelines else None
        datelines = [d for d in datelines if not dateline_abroad(d.key, home)]
        # "الكويت - (كونا) -- … القدرة المركبة في البلاد": a country the body
        # never names but the dateline does is what "البلاد" refers to.
        self.home_country = self.country or next(
            (d for d in datelines if d.kind == "country"), None
        )
        # The title and the first two sentences of the body are the lead.
        lead_end = sents[min(len(sents), _LEAD_SENTENCES) - 1].seg.end if sents else None
        # The title and the first sentence of the body say where the story is
        # (past a dateline on a line of its own: "القاهرة – مصر الآن").
        filed = []
        if datelines:
            k = bisect_right(seg_starts, datelines[0].start) - 1
            if len(sents[k].toks) <= _DATELINE_WORDS and k + 1 < len(sents):
                k += 1
            first = [p for p in places if p.start < sents[k].seg.end]
            filed = [d for d in datelines if filed_from(d, first, lx)]
        top = self._most_common(2 * [d for d in datelines if d not in filed] + places)
        # "بغداد (واع) - أعلنت وزارة الكهرباء … ويعتمد العراق": a dateline the
        # body never names again, in the country the body names, is where the
        # story was filed; the story is the country's.
        if (
            top is not None
            and top.dateline
            and self.country is not None
            and not named_again(top.key, {p.key for p in places})
            and country_of(top.key) == self.country.key
        ):
            top = self.country
        # Only a place located by the top place can move the story there
        # (``story_place``): a sentence that names neither it nor, when it is
        # the country, "البلاد" relates nothing to it, and skips the walk.
        located = []
        top_is_country = top is not None and top.key == country_key
        if top is not None:
            for s, gs, fs, ks, ss in zip(sents, self.gaz, self.facs, keys, starts, strict=True):
                if any(g.key == top.key for g in gs) or (
                    top_is_country and not lx.country_anaphors.isdisjoint(ks)
                ):
                    located += located_in(
                        text, s.toks, gs, lx, country=country_key, facs=fs, starts=ss
                    )
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
