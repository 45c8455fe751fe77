"""Which phrases each word form may start, learnt once for every phrase set.

A :class:`recon.sentences.PhraseSet` says, per word of a sentence, which of
its phrases the word may start (its *plan*); a
:class:`recon._phrase_index.PhraseIndex` says which sets of a group it may
start a phrase of (a bit mask).  Both are pure functions of the word form,
remembered across documents.  Some thirty sets are asked about every sentence
they read, so on new text each of them used to work out each new word on its
own, one slow pass per set per sentence.  A :class:`Vocab` learns a new word
once for all of them: its stems (:func:`recon._words.stems`) are looked up in
one table of the words every set's phrases begin with, and only the sets they
name (for most words none) work out their plan.

A vocabulary keeps, per set and per index, only the words that start
something: a word it :attr:`~Vocab.known` holds and a set's table lacks
starts none of that set's phrases.  It is never cleared in place: when it is
full a new empty one replaces it (:data:`STATE`), and when a set or index made
after it first reads, a new one that has learnt the same words; so a reader
that found its words known reads the tables of the same vocabulary, whichever
thread replaced it meanwhile.  A word's plans are written before the word is
marked known.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from itertools import compress, count
from operator import not_
from typing import Any, Protocol

from recon._words import stems

__all__ = ["MAX_KNOWN", "STATE", "Vocab", "index_table", "join_index", "join_set", "set_table"]

MAX_KNOWN = 1 << 18  # distinct word forms a vocabulary remembers


class Learner(Protocol):
    """A phrase set as the vocabulary reads it."""

    _firsts: frozenset[str]

    def _plan_of(self, key: str) -> Any:
        """The phrases a word with matching form ``key`` may start (falsy: none)."""


class Group(Protocol):
    """A phrase index as the vocabulary reads it."""

    _sets: tuple[Any, ...]


_SETS: weakref.WeakValueDictionary[int, Learner] = weakref.WeakValueDictionary()
_GROUPS: weakref.WeakValueDictionary[int, Group] = weakref.WeakValueDictionary()
_SERIALS = count()
# A set's entry in a vocabulary: the set (weakly), its plans by word, and the
# masks of the indexes it is in with its bit in each.
_Entry = tuple["weakref.ref[Learner]", dict[str, Any], tuple[tuple[dict[str, int], int], ...]]


class Vocab:
    """The word forms learnt for every set and index alive when it was made."""

    __slots__ = ("_entries", "_firsts", "_owners", "known", "masks", "plans")

    def __init__(self) -> None:
        sets = list(_SETS.items())
        self.known: set[str] = set()
        self.plans: dict[int, dict[str, Any]] = {n: {} for n, _ in sets}
        self.masks: dict[int, dict[str, int]] = {}
        serial = {id(s): n for n, s in sets}
        bits: dict[int, list[tuple[dict[str, int], int]]] = {}
        for n, group in list(_GROUPS.items()):
            if not all(id(s) in serial for s in group._sets):
                continue  # a set made meanwhile (another thread): the next vocabulary
            masks = self.masks[n] = {}
            for bit, s in enumerate(group._sets):
                bits.setdefault(serial[id(s)], []).append((masks, 1 << bit))
        self._entries: dict[int, _Entry] = {
            n: (weakref.ref(s), self.plans[n], tuple(bits.get(n, ()))) for n, s in sets
        }
        # Per word a phrase begins with, the sets with such a phrase.
        owners: dict[str, list[int]] = {}
        for n, s in sets:
            for w in s._firsts:
                owners.setdefault(w, []).append(n)
        self._owners = owners
        self._firsts = frozenset(owners)

    def learn(self, keys: Iterable[str]) -> None:
        """Learn the word forms ``keys`` for every set and index."""
        new = list(dict.fromkeys(keys))
        owners, entries = self._owners, self._entries
        # Every plan's words are among the word's stems: a word none of whose
        # stems begins a phrase starts none (most words; one C-level pass).
        for key in compress(new, map(not_, map(self._firsts.isdisjoint, map(stems, new)))):
            for n in {n for v in stems(key) for n in owners.get(v, ())}:
                ref, plans, groups = entries[n]
                s = ref()
                plan = s._plan_of(key) if s is not None else None
                if plan:
                    plans[key] = plan
                    for masks, bit in groups:
                        masks[key] = masks.get(key, 0) | bit
        self.known.update(new)


STATE: list[Vocab | None] = [None]  # the current vocabulary (None: none made yet)


def _renew(old: Vocab | None = None) -> Vocab:
    """A new current vocabulary for the sets and indexes alive, knowing what
    ``old`` knew."""
    v = Vocab()
    if old is not None:
        v.learn(old.known)
    STATE[0] = v
    return v


def join_set(s: Learner) -> int:
    """Register a new phrase set; its serial number.  It joins the next
    vocabulary, made when it first reads one (:func:`set_table`)."""
    n = next(_SERIALS)
    _SETS[n] = s
    return n


def join_index(group: Group) -> int:
    """Register a new phrase index (its sets already registered); its serial number."""
    n = next(_SERIALS)
    _GROUPS[n] = group
    return n


def _learnt(keys: list[str]) -> Vocab:
    """The current vocabulary, once it knows ``keys``."""
    v = STATE[0]
    if v is None:
        v = _renew()
    known = v.known
    new = [k for k in dict.fromkeys(keys) if k not in known]
    if len(known) + len(new) > MAX_KNOWN:
        v = _renew()  # bounded memory over an open-ended vocabulary
    v.learn(new)
    return v


def set_table(serial: int, keys: Iterable[str]) -> dict[str, Any]:
    """Set ``serial``'s plans in a vocabulary that knows ``keys`` (the slow
    path of a reader that found one of them new)."""
    v = _learnt(list(keys))
    plans = v.plans.get(serial)
    if plans is None:  # a set made after the vocabulary
        plans = _renew(v).plans[serial]
    return plans


def index_table(serial: int, keys: Iterable[str]) -> dict[str, int]:
    """:func:`set_table` for index ``serial``'s masks."""
    v = _learnt(list(keys))
    masks = v.masks.get(serial)
    if masks is None:  # an index made after the vocabulary
        masks = _renew(v).masks[serial]
    return masks
