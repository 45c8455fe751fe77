"""One sentence as the extractor reads it: :class:`Sentence`.

A sentence's words (their offsets and matching forms), its clauses and the
lexicon's matches in it (triggers, events, money objects, speech verbs …)
are read by every figure and date in it: the field (:mod:`recon.fields_ar`),
the entity, the cues and the as-of date alike.  Each is worked out once,
on first use, so a sentence holding no figure costs only its words, and
the look-ups a figure makes around itself cost a bisection, not a scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon._lazy import lazy
from recon._nearest import Near
from recon._words import words
from recon.normalise import normalise_key
from recon.sentences import PhraseMatch, Segment, split_clauses

if TYPE_CHECKING:
    from recon._lex import Lex

__all__ = ["Sentence"]

# Where tokenize keeps two runs of word characters in one word ("1.5", "K-1").
_JOINED = re.compile(r"[.,٫٬\-](?<=\w.)(?=\w)")


@lru_cache(maxsize=8)
def _opener_set(openers: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern[str]]:
    """The openers as a set, and a pattern found in a word's key whenever a
    run of it before a joiner ("كما-" in "كما-قال") may be one: keys map
    character by character, so such a key holds an opener's last letter
    right before the joiner (as "." "," "-")."""
    lasts = sorted({o[-1] for o in openers if o})
    return frozenset(openers), re.compile("[" + re.escape("".join(lasts) or "\0") + r"][.,\-]")


class Sentence:
    """One sentence's words, clauses and the lexicon matches in it."""

    def __init__(self, text: str, seg: Segment, lx: Lex) -> None:
        self.seg = seg
        # Every sentence's word starts and keys are read (by DocContext at
        # least): laid out with the words, not in passes of their own.
        self.toks, self.starts, self.keys = words(text, seg.start, seg.end)
        self.figures: list[int] = []  # starts of the sentence's figures
        self._text = text
        self._lx = lx
        self._near: dict[str, Any] = {}
        self._period: dict[int, bool] = {}  # per clause start: summed over a past period
        # What a reader of the whole sentence worked out once for all its
        # figures (recon._denial's index), by the reader's name.
        self.memo: dict[str, Any] = {}

    @property
    def text(self) -> str:
        """The whole document's text (offsets are the document's)."""
        return self._text

    # Clauses and lexicon matches are read only for sentences holding a
    # figure or a date: each is worked out on first use.
    @lazy
    def clauses(self) -> list[Segment]:
        openers = self._lx.openers
        return split_clauses(self._text, self.seg, openers if self._may_open(openers) else ())

    def _may_open(self, openers: tuple[str, ...]) -> bool:
        """Whether a word split_clauses reads may be a clause opener.  Most
        sentences hold none, and their words' keys say so at once, sparing
        split_clauses a pass that normalises every word again (it then
        only visits the clause marks, with the same result).  The words it
        reads are each token's first run of word characters (on its fast
        and its character-by-character path alike)."""
        found, joined_opener = _opener_set(openers)
        if not found.isdisjoint(self.keys):
            return True
        keys = "\n".join(self.keys)
        if ("." not in keys and "," not in keys and "-" not in keys) or (
            joined_opener.search(keys) is None
        ):
            return False  # no word joins an opener to more
        text, a, b = self._text, self.seg.start, self.seg.end
        for m in _JOINED.finditer(text, a, b):
            k = bisect_right(self.starts, m.start()) - 1
            if k >= 0 and normalise_key(text[self.toks[k].start : m.start()]) in found:
                return True
        return False

    @lazy
    def clause_starts(self) -> list[int]:
        return [c.start for c in self.clauses]

    @lazy
    def triggers(self) -> list[PhraseMatch]:
        lx = self._lx
        found = lx.triggers.find_all(self.toks, self.keys) + lx.nouns.find_all(self.toks, self.keys)
        # A word after a name particle is a name: "ذراع أبو النجا" tells no one saved (نجا).
        particles = lexicon.word_set("entities", "name_particles")
        keys = self.keys
        return [m for m in found if m.first == 0 or keys[m.first - 1] not in particles]

    @lazy
    def events(self) -> list[PhraseMatch]:
        return self._lx.events.find_all(self.toks, self.keys)

    @lazy
    def percent_subjects(self) -> list[PhraseMatch]:
        return self._lx.percent_subjects.find_all(self.toks, self.keys)

    @lazy
    def speech(self) -> list[PhraseMatch]:
        return self._lx.speech_verbs.find_all(self.toks, self.keys)

    @lazy
    def money(self) -> list[PhraseMatch]:
        return self._lx.money.find_all(self.toks, self.keys)

    @lazy
    def per_time(self) -> list[PhraseMatch]:
        return self._lx.per_time.find_all(self.toks, self.keys)

    @lazy
    def disease(self) -> bool:
        return bool(self._lx.disease.find_all(self.toks, self.keys))

    @lazy
    def now(self) -> bool:
        return bool(self._lx.now.find_all(self.toks, self.keys))

    def near(self, name: str) -> Any:
        """A :class:`~recon._nearest.Near` over some of the sentence's matches,
        built on first use (so a figure's look-ups cost a bisection, not a
        scan of the whole sentence)."""
        found = self._near.get(name)
        if found is None:
            found = self._near[name] = self._build(name)
        return found

    def _build(self, name: str) -> Any:
        plain = ("people", "others")
        if name == "trig_before":  # keyed by last token
            return Near([m for m in self.triggers if m.value not in plain], lambda m: m.last)
        if name == "trig_after":
            return Near(
                [m for m in self.triggers if m.value not in (*plain, "personnel")],
                lambda m: m.first,
            )
        if name == "money":
            return Near(self.money, lambda m: m.first)
        if name == "percent":
            return Near(self.percent_subjects, lambda m: m.last)
        if name == "events":
            return Near(self.events, lambda m: m.first)
        if name == "date_events":
            return Near(self._lx.date_events.find_all(self.toks, self.keys), lambda m: m.first)
        if name == "events_not_occurred":
            return Near([m for m in self.events if m.value != "occurred"], lambda m: m.first)
        if name == "speech_last":
            return [m.last for m in self.speech]
        if name == "comps":
            comps = self._lx.complementizers
            return list(compress(range(len(self.toks)), map(comps.__contains__, self.keys)))
        raise KeyError(name)

    def tok(self, offset: int) -> int:
        """Index of the token at or after original ``offset``."""
        return bisect_left(self.starts, offset)

    def tok_at(self, offset: int) -> int:
        """Index of the token containing original ``offset`` (or the next one)."""
        k = bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.toks[k].end:
            return k
        return k + 1

    def clause_of(self, offset: int) -> Segment:
        # Clauses are sorted and disjoint: the one starting last at or before
        # ``offset`` is the only one that can hold it.
        k = bisect_right(self.clause_starts, offset) - 1
        if k >= 0 and offset < self.clauses[k].end:
            return self.clauses[k]
        return self.clauses[-1] if self.clauses else self.seg

    def tok_range(self, seg: Segment) -> tuple[int, int]:
        return self.tok(seg.start), self.tok(seg.end)
