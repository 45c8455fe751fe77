"""A sentence's entity candidates, indexed once for :func:`recon._choose.choose`.

Each step of the choice asks for the nearest, last or first candidate of
some kind (a named facility, a place, an anaphor's antecedent, a subject);
:class:`SentenceRefs` builds those indexes lazily, per sentence, so a claim
costs a few bisections however many names its sentence holds, and a
sentence of thousands of figures stays linear.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

import attrs

from recon._distance import locating_tokens
from recon._lazy import lazy
from recon._locate import locators
from recon._nearest import Near
from recon.entities_ar import PLACE_KINDS, DocContext, Ref
from recon.fields_ar import Field, Sentence

__all__ = ["INF", "SentenceRefs", "reference_place"]

INF = 1 << 62
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
        out = c[n] if n < len(c) else INF
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
                (1, near, near.nearest(-INF, cs, start)),
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


def reference_place(sr: SentenceRefs, end: int) -> str | None:
    """The place a distance is measured from: the first place after it in its clause."""
    clause = sr.s.clause_of(end - 1)
    r = sr.places.nearest(end, clause.end, end)
    return None if r is None else sr.places.items[r[1]].surface
