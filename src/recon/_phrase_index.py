"""Which of several phrase sets each word of a sentence may start a phrase of.

Some readers match every sentence against a group of phrase sets, most of
which it holds nothing of: the attribution walk (speech verbs, "according
to", "as stated", media) and the cue reader (rise, revision and dispute
words).  Asking each set costs a pass over the sentence per set;
:class:`PhraseIndex` answers for the whole group with one look-up per word,
as a bit mask per word form (bit ``i`` for the ``i``-th set), so a set the
sentence has no word of is skipped without a pass.  The masks say only what
:meth:`recon.sentences.PhraseSet.starts` says, so matching is unchanged.

A group belongs here only if its sets are all asked of the same sentences
anyway: every new word form is learnt for every set of the group, which for
a group asked only now and then (a figure sentence's eight field sets) costs
more on new vocabulary than the skipped passes save.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache, reduce
from itertools import compress
from operator import itemgetter, or_

from recon.sentences import PhraseSet

__all__ = ["PhraseIndex", "phrase_index"]

_MAX_CACHED = 1 << 18  # distinct word forms remembered, as PhraseSet does


class PhraseIndex:
    """Per word form, a bit mask of the ``sets`` it may start a phrase of."""

    __slots__ = ("_memo", "_sets")

    def __init__(self, sets: Sequence[PhraseSet]) -> None:
        self._sets = tuple(sets)
        # A memo of a pure function of the word form, shared by every
        # document (as PhraseSet's own per-form candidates are).
        self._memo: dict[str, int] = {}

    def _learn(self, keys: Sequence[str]) -> dict[str, int]:
        """The masks of the new word forms ``keys``, remembered: each set is
        asked once about all of them (as a sentence's own scan would)."""
        fresh = list(dict.fromkeys(keys))
        masks = [0] * len(fresh)
        for bit, phrases in enumerate(self._sets):
            for i in compress(range(len(fresh)), phrases.starts(fresh)):
                masks[i] |= 1 << bit
        learnt = dict(zip(fresh, masks, strict=True))
        if len(self._memo) + len(learnt) > _MAX_CACHED:
            self._memo.clear()  # bounded memory over an open-ended vocabulary
        self._memo.update(learnt)
        return learnt

    def masks(self, keys: Sequence[str]) -> list[int]:
        """The mask of each of ``keys``."""
        memo = self._memo
        if len(keys) > 1:
            try:  # every word form seen before: one C-level look-up of all
                return list(itemgetter(*keys)(memo))
            except KeyError:
                pass
        found = list(map(memo.get, keys))
        if None not in found:
            return found  # type: ignore[return-value]  # no None left
        learnt = self._learn([k for k, m in zip(keys, found, strict=True) if m is None])
        return [learnt[k] if m is None else m for k, m in zip(keys, found, strict=True)]

    def union(self, keys: Sequence[str]) -> int:
        """The sets any of ``keys`` may start a phrase of, as one mask."""
        return reduce(or_, set(self.masks(keys)), 0)


@lru_cache(maxsize=16)
def phrase_index(*sets: PhraseSet) -> PhraseIndex:
    """The index of ``sets`` (the same object for the same sets, so its memo
    is shared; lexicons reloaded give new sets and a new index)."""
    return PhraseIndex(sets)
