"""Which entity a claim is about, read from the candidates of its sentence.

:func:`choose` tries the steps of :mod:`recon.extract`'s step 4 in order.
Each step asks for the nearest, last or first candidate of some kind; the
candidates of a sentence are indexed once (:class:`SentenceRefs`), so a
claim costs a few bisections however many names its sentence holds, and a
sentence of thousands of figures stays linear.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

import attrs

from recon import lexicon
from recon._distance import locating_tokens, measured_from
from recon._individuals import own_figure_of
from recon._lazy import lazy
from recon._locate import FORCES_BACK as _FORCES_BACK
from recon._locate import force_after, gazetteer_aliases, locators, named_force
from recon._nearest import Near
from recon._words import listed
from recon.entities_ar import PLACE_KINDS, DocContext, Ref
from recon.fields_ar import CASUALTY, Field, Sentence
from recon.normalise import normalise_key

__all__ = ["SentenceRefs", "choose", "reference_place"]

_INF = 1 << 62
# Armed groups: a side of the story, never where people were killed or held.
_PARTIES = frozenset({"group"})
# (outside the claim's clause, distance, index in the candidate list, ref):
# what the naive "min(refs, key=(outside, distance))" compares, in order.
_Pick = tuple[int, int, int, Ref]


def _indexed(refs: Sequence[Ref], base: int = 0) -> Near[tuple[int, Ref]]:
    return Near([(base + i, r) for i, r in enumerate(refs)], lambda e: e[1].start)


def _inside(c: Any, at: int) -> bool:
    return bool(c.start <= at < c.end)


def _plain(refs: Sequence[Ref]) -> Near[Ref]:
    return Near(refs, lambda r: r.start)


class SentenceRefs:
    """The entity candidates of sentence ``k``, indexed by position.

    Built after the sentence's figures are known (a place in a later clause
    with a figure of its own belongs to that figure).
    """

    def __init__(self, k: int, s: Sentence, doc: DocContext, *, dest: bool = False) -> None:
        self.k, self.s, self.doc = k, s, doc
        # Where people were taken ("جرى إسعافهم إلى مشفى X") owns none of the
        # figures before it; a figure after it ("إلى مشعر منى، الذي يبعد 7
        # كيلومترات") may be about it: those ask the view ``dest`` keeps it in.
        self.facs = [f for f in doc.facs[k] if dest or not f.dest]
        gaz = locators(s.text, s.toks, doc.gaz[k], doc.lx)
        self.gaz = [g for g in gaz if (dest or not g.dest) and not (g.nisba and self._anonymous(g))]
        self._dest_starts = sorted(r.start for r in (*doc.facs[k], *gaz) if r.dest)
        self._with_dest: SentenceRefs | None = self if dest else None

    def for_claim(self, start: int) -> SentenceRefs:
        """The candidates a claim at ``start`` may choose among: destinations
        named before it are back in."""
        d = self._dest_starts
        if not d or d[-1] < start:
            if d and self._with_dest is None:
                self._with_dest = SentenceRefs(self.k, self.s, self.doc, dest=True)
            return self._with_dest or self
        return self

    @lazy
    def ref_starts(self) -> list[int]:
        """Where the candidates start, sorted (for ``_distance``)."""
        return sorted(r.start for r in (*self.facs, *self.gaz))

    @lazy
    def facility_ending(self) -> dict[int, Ref]:
        """The sentence's facilities by the word their name ends at (for
        ``_distance``): the first named one on a tie."""
        out: dict[int, Ref] = {}
        for f in self.facs:
            out.setdefault(self.s.tok(f.end), f)
        return out

    @lazy
    def locating_at(self) -> list[int]:
        """The sentence's locating verbs, as word indices (for ``_distance``)."""
        return locating_tokens(self.s.keys)

    @lazy
    def _contrast(self) -> list[int]:
        s, lx = self.s, self.doc.lx
        out = []
        for c in s.clauses:
            i = s.tok(c.start)
            if i < len(s.toks) and s.toks[i].start < c.end and lx.contrast.match_at(s.toks, i):
                out.append(c.start)
        return out

    @lazy
    def _event_clauses(self) -> list[int]:
        s = self.s
        return sorted({s.clause_of(s.toks[m.first].start).start for m in s.events})

    def reach(self, end: int, *, date: int | None = None) -> int:
        """How far after a clause ending at ``end`` its figures may look for
        their entity: up to the next clause that tells another thing at the
        same time ("…، فيما تواصل فرق الإغاثة البحث في القرى المحيطة بمدينة
        جبلة").  A date looks no further than the next clause naming an event
        of its own ("استهداف … في بداية 2020 …، عقب الهجمات التي طالت معسكر
        K1": K1's attacks are not the dated one); ``date`` is the start of the
        date's clause.  A date whose clause names no event ("أعلن، الأحد،
        أن مراسم تسليم القاعدة …") is the date of the next clause's event."""
        c = self._contrast
        n = bisect_left(c, end)
        out = c[n] if n < len(c) else _INF
        if date is not None:
            e = self._event_clauses
            n = bisect_left(e, end)
            if bisect_left(e, date) == n:  # none in the date's own clause
                n += 1
            if n < len(e):
                out = min(out, e[n])
        return out

    def _anonymous(self, g: Ref) -> bool:
        # "مصادر عسكرية صومالية": the nisba describes an unnamed source.
        i = self.s.tok(g.start)
        return any(self.s.toks[j].key in self.doc.lx.anonymous for j in range(max(0, i - 2), i))

    # Each index is built on first use: most claims stop at an early step.
    @lazy
    def named(self) -> Near[Ref]:
        return _plain([f for f in self.facs + self.gaz if f.kind == "facility"])

    @lazy
    def anaphors(self) -> Near[Ref]:
        return _plain([f for f in self.facs if f.kind == "anaphor"])

    @lazy
    def any_place(self) -> Near[Ref]:
        return _plain([g for g in self.gaz if g.kind in PLACE_KINDS and not g.nisba])

    @lazy
    def unaffiliated(self) -> Near[Ref]:
        return _plain([g for g in self.gaz if not g.affiliation])

    @lazy
    def anything(self) -> Near[Ref]:
        return _plain(self.gaz)

    # A nisba names what a figure of people hurt, money or distance is about
    # only on the counted noun ("29 عراقيا", :meth:`demonym`) or an
    # affiliation ("القوات الأميركية"); elsewhere it is part of a name
    # ("الدفاع المدني السوري", "المعهد الأميركي", "العاصمة البلجيكية").
    # Troops stay with the country whose ministry announces them ("أعلنت
    # وزارة الدفاع التشيكية سحب قواتها").
    @lazy
    def unaffiliated_named(self) -> Near[Ref]:
        return _plain([g for g in self.gaz if not g.affiliation and not g.nisba])

    @lazy
    def anything_named(self) -> Near[Ref]:
        return _plain([g for g in self.gaz if g.affiliation or not g.nisba])

    @lazy
    def places(self) -> Near[Ref]:
        return _plain([g for g in self.gaz if g.kind in PLACE_KINDS])

    @lazy
    def not_nisba(self) -> Near[Ref]:
        return _plain([g for g in self.gaz if not g.nisba])

    @lazy
    def countries(self) -> Near[tuple[int, Ref]]:
        return Near(
            [(i, g) for i, g in enumerate(self.gaz) if g.kind == "country"], lambda e: e[1].start
        )

    @lazy
    def nisba_countries(self) -> Near[tuple[int, Ref]]:
        return Near([e for e in self.countries.items if e[1].nisba], lambda e: e[1].start)

    @lazy
    def subjects(self) -> tuple[list[tuple[int, int, Ref]], list[int]]:
        """Names no preposition governs, sorted by (start, list index)."""
        gaz = self.gaz
        subj = [(g.start, i, g) for i, g in enumerate(gaz) if not g.prep and not g.affiliation]
        subj.sort(key=lambda e: (e[0], e[1]))
        return subj, [e[0] for e in subj]

    @lazy
    def _places(self) -> tuple[Any, ...]:
        # Gazetteer places governed by a place preposition (A), then the
        # places the sentence's anaphors stand for (B), as one list.
        s, doc, gaz = self.s, self.doc, self.gaz
        a = [
            g for g in gaz if g.kind in PLACE_KINDS and not g.nisba and g.prep in doc.lx.place_preps
        ]
        b = self._anaphor_places(self.k, s, doc, gaz)
        both = a + b
        # A candidate outside every clause (never seen in practice) makes
        # "which clause is it in" irregular: such sentences take the plain scan.
        odd = any(not _inside(s.clause_of(r.start), r.start) for r in both)
        fig = [self.figure_clause(r) for r in both]
        free_a = Near([(i, r) for i, r in enumerate(a) if not fig[i]], lambda e: e[1].start)
        free_b = Near(
            [(len(a) + i, r) for i, r in enumerate(b) if not fig[len(a) + i]],
            lambda e: e[1].start,
        )
        return len(a), both, odd, _indexed(a), _indexed(b, len(a)), free_a, free_b

    @staticmethod
    def _anaphor_places(k: int, s: Sentence, doc: DocContext, gaz: Sequence[Ref]) -> list[Ref]:
        lx = doc.lx
        out: list[Ref] = []
        keys = set(s.keys)
        if keys.isdisjoint(lx.country_anaphors) and keys.isdisjoint(lx.place_anaphors):
            return out
        named = [g for g in gaz if g.kind == "country" and not g.nisba]
        ends = [g.end for g in named]
        ordered = all(x <= y for x, y in itertools.pairwise(ends))
        for t in s.toks:
            if t.key in lx.country_anaphors:
                # "وفي سوريا … في شمال غربي البلاد": the country just named.
                if ordered:
                    n = bisect_right(ends, t.start)
                    ante = named[n - 1] if n else doc.home_country
                else:
                    before = [g for g in named if g.end <= t.start]
                    ante = before[-1] if before else doc.home_country
                if ante is not None:
                    out.append(attrs.evolve(ante, start=t.start, end=t.end))
            elif t.key in lx.place_anaphors:
                ante = doc.headed(k, t.key[2:] if t.key.startswith("ال") else t.key)
                if ante is not None:
                    out.append(attrs.evolve(ante, start=t.start, end=t.end))
        return out

    def figure_clause(self, r: Ref) -> bool:
        """Whether the clause ``r`` starts in holds a figure."""
        s = self.s
        c = s.clause_of(r.start)
        n = bisect_right(s.figures, c.start - 1)  # figures are in text order
        return n < len(s.figures) and s.figures[n] < c.end

    def place(self, clause: Any, start: int, role_place: bool, *, date: bool = False) -> Ref | None:
        """The nearest place (the claim's clause first); a place after the
        claim's clause whose clause has a figure of its own is that figure's,
        and a distance is measured to a place named before it."""
        cs, ce = clause.start, clause.end
        _, _, odd, place_a, place_b, free_a, free_b = self._places
        reach = self.reach(ce, date=cs if date else None)
        if odd:
            return self._place_naive(clause, start, role_place, reach)
        picks: list[_Pick] = []
        for near, free, limited in (
            (place_a, free_a, role_place),
            (place_b, free_b, False),
        ):
            hi = min(ce, start + 1) if limited else ce
            for outside, src, r in (
                (0, near, near.nearest(cs, hi, start)),
                (1, near, near.nearest(-_INF, cs, start)),
                (1, free, None if limited else free.nearest(ce, reach, start)),
            ):
                if r is not None:
                    gi, ref = src.items[r[1]]
                    picks.append((outside, r[0], gi, ref))
        return min(picks, key=lambda p: p[:3])[3] if picks else None

    def _place_naive(self, clause: Any, start: int, role_place: bool, reach: int) -> Ref | None:
        def later_figure(r: Ref) -> bool:
            c = self.s.clause_of(r.start)
            return c.start > clause.end - 1 and (self.figure_clause(r) or r.start >= reach)

        n_a: int = self._places[0]
        both: list[Ref] = self._places[1]
        cands = [
            (i, r)
            for i, r in enumerate(both)
            if not (role_place and i < n_a and r.start > start) and not later_figure(r)
        ]
        if not cands:
            return None
        return min(
            cands,
            key=lambda e: (not (clause.start <= e[1].start < clause.end), abs(e[1].start - start)),
        )[1]

    def subject(self, start: int, *, nisba: bool = True) -> Ref | None:
        """The last name ending before ``start`` that no preposition governs
        (a nisba only if ``nisba``)."""
        subj, starts = self.subjects
        j = bisect_right(starts, start) - 1
        found: tuple[int, int, Ref] | None = None
        while j >= 0:
            e = subj[j]
            if not nisba and e[2].nisba:
                j -= 1
                continue
            if found is not None and e[0] != found[0]:
                break
            if e[2].end <= start:
                found = e  # scanning back, the earliest listed of a start comes last
            j -= 1
        return None if found is None else found[2]

    def demonym(self, fld: Field, after: int) -> Ref | None:
        """A country in the counted noun phrase, or a nisba right after it
        (or right after the figure: "نحو 25 مليون سوداني بحاجة إلى")."""
        s = self.s
        picks = []
        if fld.role_span is not None:
            e = self.countries.first_in(fld.role_span[0], fld.role_span[1])
            if e is not None:
                picks.append(e)
        nxt = s.tok(after)
        if nxt < len(s.toks):
            e = self.nisba_countries.first_in(s.toks[nxt].start, s.toks[nxt].end)
            if e is not None:
                picks.append(e)
        return min(picks, key=lambda e: e[0])[1] if picks else None


def choose(cls: str, sr: SentenceRefs, *, start: int, end: int, fld: Field | None) -> Ref | None:
    """The entity a claim at ``[start, end)`` of ``sr``'s sentence is about."""
    # A place people were taken to or sheltered in, named before a figure,
    # may be what a distance or a count of things is about ("إلى مشعر منى،
    # الذي يبعد 7 كيلومترات"), never where people were hurt or killed.
    sr = sr if cls == "casualty" else sr.for_claim(start)
    s, doc, k = sr.s, sr.doc, sr.k
    lx = doc.lx
    clause = s.clause_of(start)
    cs, ce = clause.start, clause.end
    after = fld.role_span[1] if fld is not None and fld.role_span else end
    nisba = fld is None or fld.field == "personnel"
    reach = sr.reach(ce, date=cs if cls == "date" else None)

    def demonym() -> Ref | None:
        if fld is None or (fld.role_span is None and fld.field not in CASUALTY):
            return None
        return sr.demonym(fld, after)

    def appositive() -> Ref | None:
        nxt = s.tok(after)
        if nxt < len(s.toks) and s.toks[nxt].key in lx.appositive:
            c = s.clause_of(s.toks[nxt].start)
            return sr.not_nisba.first_in(c.start, c.end)
        return None

    def own(near: Near[Ref]) -> Ref | None:
        # The nearest candidate in the claim's clause, else before it; one in
        # a later clause that has a figure of its own ("250 جنديا غادروا
        # جوهر، في حين شهدت قاعدة بلدوين مغادرة 420") is that figure's.
        r = near.nearest(cs, ce, start) or near.nearest(-_INF, cs, start)
        if r is not None:
            return near.items[r[1]]
        later = near.nearest(ce, reach, start)
        if later is None or sr.figure_clause(near.items[later[1]]):
            return None
        return near.items[later[1]]

    def force() -> Ref | None:
        # "سحب 4000 جندي من قوة الاتحاد الأفريقي": with no facility in this
        # sentence or the one before, the troops belong to the force rather
        # than to whoever else the sentence names (the council deciding it).
        if fld is None or fld.field != "personnel" or fld.role_span is None:
            return None
        if sr.facs or sr.named.items:
            return None
        # The facility of the sentence before holds these troops ("سلمت القوات
        # قاعدة X … مع مغادرة 300 فرد من قوات التحالف") unless that sentence
        # already counted its own figure there.
        if k > 0 and _has_facility(doc, k - 1) and not getattr(doc.sents[k - 1], "figures", ()):
            return None
        phrase = force_after(s, doc.lx, fld.role_span[1])
        if phrase is None:
            return None
        return (
            named_force(phrase, doc.forces_before(k + 1, _FORCES_BACK), gazetteer_aliases) or phrase
        )

    def named() -> Ref | None:
        r = own(sr.named)
        if (
            r is not None
            and r.start < cs
            and sr.figure_clause(r)
            and fld is not None
            and fld.field.startswith("money:aid")
        ):
            # "أعلنت السعودية تقديم 100 مليون عبر مركز X، وتعهدت الإمارات بـ200
            # مليون": an earlier clause's facility has its own figure and this
            # clause names the donor, whose pledge it is.  Other figures stay
            # with the facility ("انسحب 400 جندي من القاعدة، فيما سلم التحالف
            # معدات بقيمة…" is about the base's handover).
            subj = sr.subject(start, nisba=nisba)
            if subj is not None and subj.start >= cs:
                return None
        return r

    def anaphor() -> Ref | None:
        a = own(sr.anaphors)
        return None if a is None else doc.antecedent(k, a.noun)

    def subject() -> Ref | None:
        r = sr.subject(start, nisba=nisba)
        if r is not None and cls == "casualty" and r.kind in _PARTIES:
            return None  # "أفرج الحوثيون عن 318": the side acting, not where it happened
        return r

    def place() -> Ref | None:
        best = sr.place(
            clause, start, fld is not None and fld.field == "distance", date=cls == "date"
        )
        if best is not None and best.inner is not None:
            return best.inner
        for whole in (doc.country, doc.place):
            if best is not None and whole is not None and best.key == whole.key:
                return whole
        return best

    def anywhere_place() -> Ref | None:
        # People are killed or displaced somewhere: a place named anywhere in
        # the sentence ("المبعوث الأممي إلى السودان") before any other name.
        near = sr.any_place
        r = near.nearest(cs, ce, start) or near.nearest(-_INF, reach, start)
        return None if r is None else near.items[r[1]]

    def anywhere() -> Ref | None:
        if not nisba:
            return own(sr.unaffiliated_named) or own(sr.anything_named)
        return own(sr.unaffiliated) or own(sr.anything)

    def recent() -> Ref | None:
        r = doc.recent(k)
        if r is None or cls == "date":
            return r
        if sr.s.figures and sr.s.figures[0] < cs and fld is not None and not fld.others:
            # "غادر X 250 جنديا، فيما غادر Y أكثر من 400": a later clause
            # with a figure of its own is about something else than the last
            # sentences' facility, which the first clause took.
            return None
        # The facility of the last sentences, named again here in a later
        # clause with its own figure, is that clause's.
        for f in sr.named.items:
            if f.key == r.key and f.start >= ce and sr.figure_clause(f):
                return None
        for a in sr.anaphors.items:
            if a.noun == r.noun and a.start >= ce and sr.figure_clause(a):
                c = sr.s.clause_of(a.start)
                first = sr.s.toks[sr.s.tok(c.start)] if sr.s.tok(c.start) < len(sr.s.toks) else None
                # "…أكثر من 400 جندي، وهي القاعدة التي …" restates the clause before.
                restates = first is not None and first.key in doc.lx.apposition
                if not (restates and sr.s.clause_of(c.start - 2).start == cs):
                    return None
        return r

    def country() -> Ref | None:
        return doc.country

    def topic() -> Ref | None:
        return doc.topic or doc.place or doc.country

    def where() -> Ref | None:
        return doc.place

    if cls == "other" and fld is not None and not fld.field.startswith(("personnel", "date")):
        person = own_figure_of(s, start)  # "وقال المزارع إنه خسر 10 بيوت"
        if person is not None:
            return person
    if fld is not None and fld.field == "distance":
        ref = measured_from(sr, start, end, clause)
        if ref is not None:
            return ref.inner or ref
    if cls == "casualty":

        def treated_at() -> Ref | None:
            # The hurt were received at a hospital; the harm happened at the
            # place the sentence names ("… جراء الانفجارات في منطقة الدافنية").
            r = named() or anaphor()
            if r is None or not _medical(r):
                return None
            p = place() or anywhere_place()
            if p is None or _medical(p) or r.start <= p.start < r.end:
                return None  # "مستشفى المنيا الجامعي": where it stands, not where harm was
            if p.start >= r.end:
                causes = lexicon.word_set("entities", "harm_causes")
                if not any(listed(k, causes) for k in s.keys[s.tok(r.end) : s.tok(p.start)]):
                    return None
            return p

        order = [
            demonym,
            treated_at,
            named,
            place,
            anaphor,
            subject,
            anywhere_place,
            where,
            country,
            anywhere,
        ]
    elif cls == "date":
        order = [named, anaphor, subject, place, anywhere, recent, topic]
    else:
        order = [
            demonym,
            appositive,
            force,
            named,
            anaphor,
            subject,
            place,
            recent,
            anywhere,
            topic,
        ]
    for step in order:
        r = step()
        if r is not None:
            return r.inner or r
    return None


def _medical(r: Ref) -> bool:
    """Whether ``r`` is a hospital, clinic or medical centre (``entities.toml``
    ``medical_nouns``, ``medical_adjectives``)."""
    if r.kind not in ("facility", "anaphor"):
        return False
    words = normalise_key(r.surface).split()
    nouns = lexicon.word_set("entities", "medical_nouns")
    if r.noun in nouns or (words and words[0] in nouns):
        return True
    return not lexicon.word_set("entities", "medical_adjectives").isdisjoint(words)


def _has_facility(doc: DocContext, k: int) -> bool:
    return any(f.kind == "facility" for f in doc.facs[k]) or any(
        g.kind == "facility" for g in doc.gaz[k]
    )


def reference_place(sr: SentenceRefs, end: int) -> str | None:
    """The place a distance is measured from: the first place after it in its clause."""
    clause = sr.s.clause_of(end - 1)
    r = sr.places.nearest(end, clause.end, end)
    return None if r is None else sr.places.items[r[1]].surface
