"""Persons and organisations named in an Arabic article, for entity linking.

A person is read after a title, stripped of it: a rank or honorific is
followed by the name at once ("العقيد مايلز كاغينز"); an office takes a
complement first ("وزير الدفاع البريطاني، بن والاس", "مدير مستشفى الشفاء
محمد أبو سلمية", "المتحدث باسم التحالف الذي تقوده الولايات المتحدة العقيد
مايلز كاغينز").  A name must end where a name can end (punctuation, a speech
verb, a preposition, a date), which keeps verbs out ("مسؤول الائتلاف يتحدث
بشرط عدم الكشف" names nobody).  An organisation is a head ("وزارة",
"المرصد", "الهلال الأحمر") with its construct and adjectives ("وزارة الصحة
السودانية", "المرصد السوري لحقوق الإنسان").  Words come from the
``entities`` lexicon.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from heapq import heappop, heappush
from operator import attrgetter
from typing import Any

import attrs

from recon.entities_ar import DocContext, Lex, Tokenised, letters_to_offset
from recon.normalise import normalise_key
from recon.sentences import Token

__all__ = [
    "KnownNames",
    "Named",
    "Spans",
    "SpeakerNames",
    "bare_names",
    "find_named",
    "sorted_spans",
]


@attrs.frozen
class Named:
    """A named thing at ``[start, end)`` of sentence ``sentence``: a facility,
    a gazetteer name (its kind), a ``person`` or an ``org``."""

    surface: str
    start: int
    end: int
    kind: str
    sentence: int


_MAX_COMPLEMENT = 8  # words between an office title and the name
_MAX_PERSON = 3  # words in a person's name, after any "عبد" / "أبو"
_MAX_ORG = 6  # words after an organisation's head


#: Spans (start, end) sorted by start, with their starts alone for bisection.
Spans = tuple[list[int], list[tuple[int, int]]]
_START = attrgetter("start")


def sorted_spans(gaz: dict[int, int]) -> Spans:
    """A document's gazetteer names (start → end) as :data:`Spans`; built once
    per document and shared by its sentences."""
    spans = sorted(gaz.items())
    return [a for a, _ in spans], spans


def _covered(
    toks: Sequence[Token],
    spans: Sequence[tuple[int, int]],
    starts: Sequence[int] | None = None,
) -> set[int]:
    """Indexes of the tokens that start inside one of the sorted ``spans``."""
    if starts is None:
        starts = [a for a, _ in spans]
    out: set[int] = set()
    if not spans or not toks:
        return out
    # A token belongs to the span starting last at or before it, so span j
    # holds the tokens starting in [start_j, min(end_j, start_j+1)).  Only
    # the spans reaching this sentence are visited, each by bisection: the
    # document's spans are shared by every sentence.
    t_starts = [t.start for t in toks]
    first, last = t_starts[0], t_starts[-1]
    lo = max(0, bisect_right(starts, first) - 1)
    for j in range(lo, bisect_right(starts, last)):
        a, e = spans[j]
        if j + 1 < len(starts):
            e = min(e, starts[j + 1])
        out.update(range(bisect_left(t_starts, a), bisect_left(t_starts, e)))
    return out


class _Scan:
    """Word classes of one sentence for reading names after titles and heads."""

    def __init__(
        self,
        text: str,
        toks: list[Token],
        lx: Lex,
        gaz: Spans,
        stops: frozenset[int],
        *,
        persons: Spans = ([], []),
    ) -> None:
        self.text, self.toks, self.lx, self.stops = text, toks, lx, stops
        self.in_gaz = _covered(toks, gaz[1], gaz[0])
        self.in_person = _covered(toks, persons[1], persons[0])

    def punct(self, j: int) -> str:
        """The punctuation between token ``j - 1`` and token ``j``."""
        return self.text[self.toks[j - 1].end : self.toks[j].start].strip()

    def definite(self, j: int) -> bool:
        k = self.toks[j].key
        return k.startswith(("ال", "لل")) or (k[:1] in "وبلف" and k[1:3] == "ال")

    def blocked(self, j: int) -> bool:
        """Whether token ``j`` can be neither complement nor name."""
        t, lx = self.toks[j], self.lx
        return (
            t.start in self.stops
            or t.key in lx.breakers
            or t.key in lx.speaker_breakers
            or t.key in lx.demonstratives
            or lx.speech_verbs.match_at(self.toks, j) is not None
        )

    def name_word(self, j: int) -> bool:
        t, lx = self.toks[j], self.lx
        return (
            t.text[:1].isalpha()
            and not any(c.isdigit() for c in t.text)
            and not self.blocked(j)
            and j not in self.in_gaz
            and t.key not in lx.source_nouns
            and t.key not in lx.generic
            and lx.titles.match_at(self.toks, j) is None
            and lx.org_heads.match_at(self.toks, j) is None
            and lx.facility.match_at(self.toks, j) is None
        )

    def complement(self, j: int) -> bool:
        """Whether token ``j`` continues a title's complement ("وزير خارجية مصر")."""
        # "المبعوث الأممي إلى السودان فولكر بيرتس", "سفير فرنسا لدى لبنان".
        if self.toks[j].key in self.lx.title_links and j + 1 in self.in_gaz:
            return True
        if self.blocked(j):
            return False
        if j in self.in_gaz or self.definite(j) or self.toks[j].key == "باسم":
            return True
        # An indefinite word in a construct ("خارجية مصر", "مستشفى الشفاء")
        # unless it is a given name before a surname ("محمد الحلبوسي").
        nxt = j + 1
        return (
            nxt < len(self.toks)
            and not self.punct(nxt)
            and (self.definite(nxt) or nxt in self.in_gaz)
            and self.toks[j].key not in self.lx.given_names
            and self.toks[j].key not in self.lx.particles
        )

    def boundary(self, j: int) -> bool:
        """Whether a name may end before token ``j``."""
        return (
            j >= len(self.toks)
            or bool(self.punct(j))
            or self.blocked(j)
            or self.lx.media.match_at(self.toks, j) is not None
            or self.toks[j].key.startswith("لل")  # "قال بري للصحفيين"
        )

    def person(self, j: int, *, loose: bool) -> int | None:
        """The last token of a person's name starting at ``j``, if one does.

        The name must end where a name can end (punctuation, a speech verb,
        a preposition, a date): "مسؤول الائتلاف يتحدث بشرط عدم الكشف" names nobody.
        """
        n, first = len(self.toks), j
        if j >= n or not self.name_word(j) or self.definite(j):
            return None
        ends: list[int] = []
        words = 0
        while j < n and words < _MAX_PERSON:
            if j > first and (self.punct(j) or not self.name_word(j)):
                break
            particle = self.toks[j].key in self.lx.particles
            if j > first and self.definite(j):
                prev = self.toks[j - 1].key
                # "محمد الحلبوسي", "عبد الرحيم الحسني": a surname with ال
                # follows a complete given name.
                given = (
                    prev in self.lx.given_names
                    or prev in self.lx.particles
                    or (j - 2 >= first and self.toks[j - 2].key in self.lx.particles)
                )
                if not (loose or given):
                    break
                ends.append(j)
                j += 1
                words += 1
                if prev not in self.lx.particles:
                    break
                continue
            if not particle:
                ends.append(j)
                words += 1
            j += 1
        good = [e for e in ends if self.boundary(e + 1)]
        return good[-1] if good else None

    def after_title(self, i: int) -> tuple[int, int] | None:
        """The name after the title at token ``i``: ``(first, last)``."""
        m = self.lx.titles.match_at(self.toks, i)
        if m is None:
            return None
        j = m.last + 1
        if self.lx.name_titles.match_at(self.toks, i) is not None:
            last = self.person(j, loose=True) if j < len(self.toks) and not self.punct(j) else None
            if last is not None:
                return j, last
        comma = True
        stop = min(len(self.toks), j + _MAX_COMPLEMENT)
        while j < stop:
            p = self.punct(j)
            if p in ("،", ",") and comma and j > m.last + 1:
                comma = False
                last = self.person(j, loose=False)
                return None if last is None else (j, last)
            if p:
                return None
            if self.lx.titles.match_at(self.toks, j) is not None:
                return self.after_title(j)  # "المتحدث باسم التحالف العقيد …"
            if self.toks[j].key in ("الذي", "التي"):
                # "… التحالف الذي تقوده الولايات المتحدة العقيد مايلز": a
                # relative clause between the complement and a rank.
                ahead = next(
                    (k for k in range(j + 1, min(j + 6, len(self.toks)))
                     if self.lx.titles.match_at(self.toks, k) and not self.punct(k)),
                    None,
                )  # fmt: skip
                return None if ahead is None else self.after_title(ahead)
            if not self.complement(j):
                last = self.person(j, loose=False)
                return None if last is None or j == m.last + 1 else (j, last)
            j += 1
        return None

    def org(self, i: int) -> tuple[int, int] | None:
        """An organisation named from the head at token ``i``: the number of
        glued letters before the head and the last token."""
        m = self.lx.org_heads.match_at(self.toks, i)
        if m is None or i in self.in_gaz:
            return None
        key, head = self.toks[i].key, normalise_key(m.phrase.split()[0])
        glued = key[: len(key) - len(head)] if key.endswith(head) else ""
        if glued.strip("وفل") not in ("", "ال"):
            return None  # "بقيادة الولايات المتحدة" is "led by", not a command
        skip = len(glued) - (2 if glued.endswith("ال") else 0)
        definite = head.startswith("ال") or glued.endswith("ال")
        j, known = m.last + 1, False
        while j < len(self.toks) and j - m.last <= _MAX_ORG and not self.punct(j):
            t = self.toks[j]
            if self.blocked(j) or j in self.in_person or t.key.startswith("و"):
                break
            if self.lx.titles.match_at(self.toks, j) is not None:
                break
            # After the construct's first word only adjectives (nisba) follow:
            # "خلية الإعلام الأمني", not "القوات الفرنسية الأراضي".
            first = j == m.last + 1
            ok = j in self.in_gaz or (self.definite(j) and (first or t.key.endswith(("ي", "يه"))))
            # "لحقوق الإنسان", "لشؤون اللاجئين": a glued ل opens a complement.
            nxt = j + 1
            if (
                not ok
                and t.key[:1] == "ل"
                and nxt < len(self.toks)
                and not self.punct(nxt)
                and (self.definite(nxt) or nxt in self.in_gaz)
            ):
                j += 1
                ok = True
            if not ok:
                break
            known = known or j in self.in_gaz
            j += 1
        if j - 1 == m.last and m.last == m.first:
            return None  # a bare "الوزارة" names nothing
        if definite and not known and m.last == m.first:
            return None  # "القوات المعنية" describes; "القوات الفرنسية" names
        return skip, j - 1


def find_named(
    text: str,
    sents: Sequence[Tokenised],
    mentions: Sequence[Any],
    doc: DocContext,
    *,
    stops: frozenset[int] = frozenset(),
) -> list[Named]:
    """Every named thing in the article, in text order: facilities, gazetteer
    names (not nisba adjectives), persons after a title, organisations.

    ``stops`` are offsets where a name must end (the starts of dates).
    """
    out: dict[tuple[int, int], Named] = {}
    gaz = sorted_spans({m.start: m.end for m in mentions})
    spans = sorted((m.start, m.end) for m in mentions if m.entry.kind == "person")
    persons = ([a for a, _ in spans], spans)
    # An organisation is not read inside a name already found.  Organisations
    # are tried in text order, so the names starting at or before one can be
    # folded, once each, into the furthest end they reach.
    local: list[tuple[int, int]] = []  # a heap of names not yet folded
    reach = -1
    for k, s in enumerate(sents):
        for f in doc.facs[k]:
            if f.kind == "facility":
                out[(f.start, f.end)] = Named(f.surface, f.start, f.end, "facility", k)
                heappush(local, (f.start, f.end))
        for g in doc.gaz[k] + doc.persons[k]:
            if not g.nisba:
                out[(g.start, g.end)] = Named(g.surface, g.start, g.end, g.kind, k)
                heappush(local, (g.start, g.end))
        sc = _Scan(text, s.toks, doc.lx, gaz, stops, persons=persons)
        for i in range(len(s.toks)):
            span = sc.after_title(i)
            if span is not None:
                a, b = s.toks[span[0]].start, s.toks[span[1]].end
                out.setdefault((a, b), Named(text[a:b], a, b, "person", k))
                heappush(local, (a, b))
            org = sc.org(i)
            if org is not None:
                a = letters_to_offset(text, s.toks[i].start, org[0])
                b = s.toks[org[1]].end
                while local and local[0][0] <= a:
                    reach = max(reach, heappop(local)[1])
                if reach <= a:
                    out[(a, b)] = Named(text[a:b], a, b, "org", k)
                    heappush(local, (a, b))
    return sorted(out.values(), key=lambda n: (n.start, n.end))


class KnownNames:
    """The person names of an article, indexed by word for :func:`bare_names`."""

    def __init__(self, names: Sequence[str]) -> None:
        self._by_word: dict[str, list[frozenset[str]]] = {}
        for n in names:
            words = frozenset(normalise_key(n).split())
            for w in words:
                self._by_word.setdefault(w, []).append(words)

    def covers(self, words: Sequence[str]) -> bool:
        """Whether one name holds all of ``words``."""
        want = set(words)
        return any(want <= name for name in self._by_word.get(words[0], ()))


def bare_names(
    text: str, toks: list[Token], start: int, end: int, known: Sequence[str] | KnownNames
) -> bool:
    """Whether the words at ``[start, end)`` ("قال كيغنز") all belong to one of
    the ``known`` person names of the article ("مايلز كيغنز")."""
    lo = bisect_left(toks, start, key=_START)
    words = [t.key for t in toks[lo : bisect_left(toks, end, key=_START)]]
    if not words or len(words) > _MAX_PERSON:
        return False
    if not isinstance(known, KnownNames):
        known = KnownNames(known)
    return known.covers(words)


class SpeakerNames:
    """Where the name of the person a speaker phrase titles ends, for one
    sentence: "محافظ بيروت" → after "مروان عبود" when the text goes on "محافظ
    بيروت مروان عبود إن …"; "المتحدث باسم الوزارة أشرف القدرة للصحفيين" →
    after "القدرة".  The sentence's words are classed once, for all its
    speakers."""

    def __init__(
        self, text: str, toks: list[Token], lx: Lex, gaz: Spans, *, stops: frozenset[int]
    ) -> None:
        self.toks = toks
        self._scan = _Scan(text, toks, lx, gaz, stops)

    def person_end(self, span: tuple[int, int]) -> int | None:
        """The end of the name after the title in ``span``; None if none."""
        toks = self.toks
        for i in range(bisect_left(toks, span[0], key=_START), len(toks)):
            if toks[i].start >= span[1]:
                break
            found = self._scan.after_title(i)
            if found is not None:
                return toks[found[1]].end
        return None
