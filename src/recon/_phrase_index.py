"""Which of several phrase sets each word of a sentence may start a phrase of.

Some readers match every sentence against a group of phrase sets, most of
which it holds nothing of: the attribution walk (speech verbs, "according
to", "as stated", media) and the cue reader (rise, revision and dispute
words).  Asking each set costs a pass over the sentence per set;
:class:`PhraseIndex` answers for the whole group with one look-up per word,
as a bit mask per word form (bit ``i`` for the ``i``-th set), so a set the
sentence has no word of is skipped without a pass.  The masks say only what
:meth:`recon.sentences.PhraseSet.starts` says, so matching is unchanged.

The masks are learnt with the sets' own plans (:mod:`recon._vocab`): a new
word form costs an index nothing more than it costs its sets.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache, reduce
from itertools import repeat
from operator import or_

from recon._vocab import STATE, index_table, join_index
from recon.sentences import PhraseSet

__all__ = ["PhraseIndex", "phrase_index"]


class PhraseIndex:
    """Per word form, a bit mask of the ``sets`` it may start a phrase of."""

    __slots__ = ("__weakref__", "_serial", "_sets")

    def __init__(self, sets: Sequence[PhraseSet]) -> None:
        self._sets = tuple(sets)
        # The masks are learnt with the sets' own plans, once per word form
        # for every set and index (recon._vocab), and shared by every document.
        self._serial = join_index(self)

    def masks(self, keys: Sequence[str]) -> list[int]:
        """The mask of each of ``keys``."""
        v = STATE[0]
        if (
            v is None
            or not v.known.issuperset(keys)
            or (masks := v.masks.get(self._serial)) is None
        ):
            masks = index_table(self._serial, keys)
        return list(map(masks.get, keys, repeat(0)))

    def union(self, keys: Sequence[str]) -> int:
        """The sets any of ``keys`` may start a phrase of, as one mask."""
        return reduce(or_, set(self.masks(keys)), 0)


@lru_cache(maxsize=16)
def phrase_index(*sets: PhraseSet) -> PhraseIndex:
    """The index of ``sets`` (the same object for the same sets, so its memo
    is shared; lexicons reloaded give new sets and a new index)."""
    return PhraseIndex(sets)
