"""Per-field source accuracy for ACCU: one accuracy per (source, field).

A source can be reliable for one attribute and not another: a flight tracker
copies schedules right and reports its own (runway) times for the actual ones.
:class:`recon.truth.Accu` with ``field_trust`` runs these rounds after its
overall ones; ``recon._dask_resolve.FieldAccuRounds`` runs the same on the
workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from recon.resolve import Votes

if TYPE_CHECKING:
    from recon.truth import Accu

__all__ = ["field_rounds", "field_units"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


def field_units(votes: Votes) -> tuple[IntArray, int] | None:
    """Per vote, its (source, field) index ``source·F + field``, and ``F``.

    ``None`` when the groups carry no field or all share one (nothing to split).
    """
    if votes.group_field is None or votes.n_groups == 0:
        return None
    codes, f = np.unique(votes.group_field, return_inverse=True)
    if codes.size < 2:
        return None
    vf = f.astype(np.int64)[votes.candidate_group[votes.vote_candidate]]
    return votes.vote_source * int(codes.size) + vf, int(codes.size)


def field_rounds(
    policy: Accu,
    votes: Votes,
    acc: FloatArray,
    fu: tuple[IntArray, int],
    *,
    wv: FloatArray,
    n_false: FloatArray,
    imps: tuple[IntArray, IntArray, FloatArray] | None,
) -> tuple[FloatArray, int]:
    """ACCU again, with one accuracy per (source, field), from the converged ``acc``.

    A source can be reliable for one attribute and not another (a flight
    tracker copies the schedule right and reports its own times for the
    actual ones).  Each (source, field) accuracy is its field's mean
    posterior shrunk towards the source's overall accuracy by
    ``field_trust`` pseudo-votes (empirical Bayes), so a field a source
    rarely speaks to keeps its overall accuracy.  Started from the
    converged overall fit: started from the prior, the votes of one field
    alone can settle on a self-consistent wrong majority.
    """
    from recon._truth_maths import accu_count, softmax_per_group

    unit, n_fields = fu
    vc = votes.vote_candidate
    n_units = votes.n_sources * n_fields
    base = np.repeat(acc, n_fields)
    ua = base.copy()
    count = np.zeros(votes.n_candidates)
    g, ng = votes.candidate_group, votes.n_groups
    it = 0
    for it in range(1, policy.max_iter + 1):  # noqa: B007 - the count is reported
        count, _ = accu_count(votes, ua, wv, n_false, imps, similarity=policy.similarity, unit=unit)
        pv = softmax_per_group(count, g, ng)[vc]
        tot = np.bincount(unit, weights=pv, minlength=n_units)
        cnt = np.bincount(unit, minlength=n_units).astype(np.float64)
        new = (tot + policy.field_trust * base) / (cnt + policy.field_trust)
        new = np.clip(new, 0.01, policy.max_accuracy)
        delta = float(np.max(np.abs(new - ua))) if new.size else 0.0
        ua = new
        if delta < policy.tol:
            break
    return count, it
