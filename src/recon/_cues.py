"""Cues that say how an extracted figure stands to other reports of it.

A figure may be given as the new total of a count that has grown
("ارتفعت حصيلة الوفيات إلى 15"), as a new count ("في حصيلة جديدة"), or set
against another source's ("وهو رقم يفوق بكثير ما أعلنته السلطات").  The
words are in ``lexicons/<lang>/cues.toml``; :func:`recon.group.judge` uses
the cue a claim carries to tell an update from a dispute.

Each sentence is read once, with the same token index the field reader
built, so the cost is linear in its length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

import attrs

from recon import lexicon
from recon._phrase_index import phrase_index
from recon.fields_ar import Sentence
from recon.model import Cue
from recon.normalise import key_set, normalise_key
from recon.sentences import PhraseMatch, PhraseSet

__all__ = ["CueLex", "SentenceCues", "load_cues"]

# The most characters between two figures joined by a conjunction (", و").
_JOIN = 4
_RISE_BACK = 2  # clauses back from a clause opening on إلى to its rise word


@attrs.frozen
class CueLex:
    rise: PhraseSet
    revised: PhraseSet
    to: frozenset[str]
    and_: frozenset[str]
    compare: PhraseSet
    account: PhraseSet
    phrases: PhraseSet
    window: int


def _words(d: dict[str, object], key: str) -> list[str]:
    v = d.get(key, [])
    return [str(x) for x in v] if isinstance(v, list) else []


@cache
def load_cues(lang: str) -> CueLex:
    data = lexicon.load("cues", lang)
    rev = data.get("revision", {})
    dis = data.get("dispute", {})
    window = dis.get("window", 4)

    def phrases(d: dict[str, object], key: str, **kw: bool) -> PhraseSet:
        return PhraseSet(((w, key) for w in _words(d, key)), **kw)

    return CueLex(
        # Only و/ف are taken off a verb: "بارتفاع" is listed as it is.
        rise=phrases(rev, "rise", verbs=True),
        revised=phrases(rev, "revised"),
        to=key_set(_words(rev, "to")),
        and_=key_set(_words(rev, "and")),
        compare=phrases(dis, "compare"),
        account=phrases(dis, "account"),
        phrases=phrases(dis, "phrases"),
        window=int(window) if isinstance(window, int) else 4,
    )


lexicon.on_clear(load_cues.cache_clear)


class SentenceCues:
    """The cues of one sentence, for each of its figures, given the spans of
    all of them (in text order)."""

    def __init__(self, s: Sentence, lx: CueLex, figures: Sequence[tuple[int, int]]) -> None:
        self._s = s
        self._lx = lx
        self._rise_end = -1  # end of the last figure marked as a rise
        toks, keys = s.toks, s.keys
        starts = s.clause_starts
        # Most sentences hold no cue word: one look-up per word says which
        # phrase sets to scan at all.
        present = phrase_index(lx.rise, lx.revised, lx.compare, lx.account, lx.phrases).union(keys)
        self._rise_last: dict[int, int] = {}  # clause -> last token of its first rise word
        self._revised: set[int | None] = set()
        self._disputed: set[int | None] = set()
        if not present:
            return  # no cue word: nothing to scan (the usual sentence)

        def found(bit: int, phrases: PhraseSet) -> list[PhraseMatch]:
            return phrases.find_all(toks, keys) if present & bit else []

        def clause(m: PhraseMatch) -> int:
            return bisect_right(starts, toks[m.first].start) - 1

        # A rise marks a figure of its own clause that comes after it.
        for m in found(1, lx.rise):
            self._rise_last.setdefault(clause(m), m.last)
        revised = {clause(m) for m in found(2, lx.revised)}
        disputed = {clause(m) for m in found(16, lx.phrases)}
        compare = found(4, lx.compare)
        accounts = [m.first for m in found(8, lx.account)] if compare else []
        f_starts = [a for a, _ in figures]
        for m in compare:
            k = bisect_right(accounts, m.last)
            if k == len(accounts) or accounts[k] - m.last - 1 > lx.window:
                continue
            # A figure in between makes the compare word its hedge and the
            # account its source ("ما يتجاوز 30 ألفا، حسب ما أعلنته الوزارة").
            # (Figures do not overlap: the last one starting before the
            # account is the only one that can reach back to the compare word.)
            f = bisect_left(f_starts, toks[accounts[k]].start) - 1
            if f >= 0 and figures[f][1] > toks[m.first].start:
                continue
            disputed.add(clause(m))
        if revised or disputed:
            per_clause = [0] * len(starts)
            for f in f_starts:
                per_clause[bisect_right(starts, f) - 1] += 1
            self._revised = {_target(c, per_clause) for c in revised} - {None}
            self._disputed = {_target(c, per_clause) for c in disputed} - {None}

    def of(self, start: int, end: int) -> Cue | None:
        """The cue of the figure at ``[start, end)``: a dispute first (a text
        that disputes a new total still disputes it), then a rise, then a
        revision.  Figures are asked about in text order."""
        s = self._s
        clause = bisect_right(s.clause_starts, start) - 1
        if clause in self._disputed:
            return Cue.DISPUTED
        if self._rises(clause, start):
            self._rise_end = end
            return Cue.RISE
        if clause in self._revised:
            return Cue.REVISED
        return None

    def _rises(self, clause: int, start: int) -> bool:
        # A total joined to the new total by "و" rose with it ("ارتفعت
        # الحصيلة إلى 137 قتيلا وأكثر من 5000 جريح"), even past a comma.
        if self._rise_end >= 0 and start - self._rise_end <= _JOIN:
            between = self._s.text[self._rise_end : start].strip(" ،,")
            if between and normalise_key(between) in self._lx.and_:
                return True
        s = self._s
        i = bisect_left(s.starts, start)  # the figure's first token
        if i == 0 or s.keys[i - 1] not in self._lx.to:
            return False
        last = self._rise_last.get(clause)
        if last is not None:
            return last < i - 1
        # "ارتفع عدد المصابين خلال تفريق الوقفة التي نظمتها …، يوم أمس الاثنين،
        # إلى 12 مصابا": the rise's إلى may open a clause of its own, past a
        # date or a relative clause, if no figure has taken that rise yet.
        if s.clause_starts[clause] != s.starts[i - 1]:
            return False
        for c in range(clause - 1, max(-1, clause - 1 - _RISE_BACK), -1):
            last = self._rise_last.get(c)
            if last is not None:
                return self._rise_end < s.starts[last]
        return False


def _target(clause: int, per_clause: list[int]) -> int | None:
    """The clause whose figures a cue in ``clause`` is about: its own if it
    has any, else the one before ("…، وهو رقم يفوق ما أعلنته السلطات"),
    else the one after ("وفي حصيلة جديدة، أعلنت الوزارة مقتل 15")."""
    if per_clause[clause]:
        return clause
    if clause > 0 and per_clause[clause - 1]:
        return clause - 1
    if clause + 1 < len(per_clause) and per_clause[clause + 1]:
        return clause + 1
    return None
