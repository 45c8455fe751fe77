"""The best-supported value of an ``update`` group: the latest figure.

An update group holds successive values of a changing figure (a death toll
rising day by day, or revised on the same day: "ارتفعت الحصيلة إلى 363").
The truth policies ignore time, so their favourite may be an old figure; a
reader wants the current one.  The consensus of an update group is the value
of its *latest* claim:

1. the greatest date (the claim's ``as_of``, else its source's publication
   date, as :func:`recon.group.judge` dates claims);
2. among values of that date, one a claim of that date gives as a revision
   (:attr:`Cue.RISE <recon.model.Cue.RISE>` or :attr:`~recon.model.Cue.REVISED`);
3. then the policy's ranking (score, then the canonical candidate order).

Its confidence is not 1 by fiat: it is the policy's combined score of every
candidate compatible with that value, as for an agreement.  The object path
(:func:`latest_candidate`) and the columnar one (:func:`latest_of_columns`)
choose the same candidate and write the same note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from recon.group import _time_of
from recon.model import Cue

if TYPE_CHECKING:
    from recon._columnar import Columns
    from recon.group import Draft

__all__ = ["REVISION_CUES", "latest_candidate", "latest_note", "latest_of_columns"]

IntArray = npt.NDArray[np.int64]

#: The cues by which a figure says it revises another one of the same date.
REVISION_CUES = frozenset({Cue.RISE, Cue.REVISED})

_NO_DATE = -1


def latest_note(ordinal: int, revises: bool) -> str:
    """The note an update group carries about its best-supported value."""
    note = "best supported: the latest figure"
    if ordinal > 0:
        note += f", dated {dt.date.fromordinal(ordinal).isoformat()}"
    if revises:
        note += ", given as a revision of the figures of its date"
    return note


def latest_candidate(d: Draft, order: Sequence[int]) -> tuple[int, str]:
    """The index of ``d``'s latest candidate, and the note saying so.

    ``order`` is the policy's ranking of the candidates (best first).
    """
    times = [
        max((t if (t := _time_of(d.claims[m])) is not None else _NO_DATE) for m in members)
        for members in d.cand_claims
    ]
    last = max(times)
    rank = {i: p for p, i in enumerate(order)}
    latest = [i for i, t in enumerate(times) if t == last]

    def revises(i: int) -> bool:
        return any(
            d.claims[m].cue in REVISION_CUES and _time_of(d.claims[m]) == last
            for m in d.cand_claims[i]
        )

    cued = {i for i in latest if revises(i)}
    top = min(latest, key=lambda i: (i not in cued, rank[i]))
    # The cue decided only if another value of the same date was in the running.
    return top, latest_note(last, top in cued and len(latest) > 1)


def latest_of_columns(c: Columns, order: IntArray, update: npt.NDArray[np.bool_]) -> IntArray:
    """Per group, the latest candidate (as :func:`latest_candidate`; structured
    rows carry no cue), for the groups where ``update`` is set, else -1."""
    k = int(c.c_group.size)
    n_g = int(update.size)
    if not update.any():
        return np.full(n_g, -1, dtype=np.int64)
    t = candidate_times(c)
    last = np.full(n_g, _NO_DATE, dtype=np.int64)
    np.maximum.at(last, c.c_group, t)
    rank = np.empty(k, dtype=np.int64)
    rank[order] = np.arange(k, dtype=np.int64)
    pos = np.where(t == last[c.c_group], rank, k)
    best = np.minimum.reduceat(pos, c.c_start[:-1])
    return np.where(update, order[np.minimum(best, k - 1)], -1)


def candidate_times(c: Columns) -> IntArray:
    """Each candidate's latest date (a day ordinal, -1 when none of its rows is dated)."""
    t = np.full(c.c_group.size, _NO_DATE, dtype=np.int64)
    np.maximum.at(t, c.row_cand, np.where(c.as_of > 0, c.as_of, _NO_DATE))
    return t
