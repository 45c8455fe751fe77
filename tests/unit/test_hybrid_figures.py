"""The default policy on figures only: TruthFinder's answer, without running ACCU."""

from __future__ import annotations

import numpy as np

from recon.resolve import Resolution, Votes
from recon.truth import TruthFinder
from recon.truth_copy import Hybrid, auto_policy


def _figures() -> Votes:
    # Two groups of figures; source 2 is the outlier in both.
    groups = [0, 0, 1, 1, 1]
    votes = [(0, 0), (1, 0), (2, 1), (0, 2), (1, 2), (2, 3), (3, 4)]
    return Votes(
        sources=("a", "b", "c", "d"),
        candidate_group=np.array(groups, dtype=np.int64),
        vote_source=np.array([s for s, _ in votes], dtype=np.int64),
        vote_candidate=np.array([c for _, c in votes], dtype=np.int64),
        vote_time=np.full(len(votes), np.nan),
        compatible=np.zeros((0, 2), dtype=np.int64),
        candidate_numeric=np.array([10.0, 14.0, 300.0, 900.0, 310.0]),
        prior=np.full(4, 0.8),
        weight=np.ones(4),
        n_groups=2,
    )


def test_figures_only_take_truthfinders_scores_and_trust() -> None:
    votes = _figures()
    got = auto_policy()(votes)
    want = TruthFinder()(votes)
    assert got.policy == "auto"
    assert np.array_equal(got.candidate_score, want.candidate_score)
    assert np.array_equal(got.source_trust, want.source_trust)


def test_figures_only_never_run_the_categorical_policy() -> None:
    def categorical(_votes: Votes) -> Resolution:
        raise AssertionError("the categorical policy ran on figures only")

    res = Hybrid(categorical=categorical, numeric=TruthFinder())(_figures())
    assert res.candidate_score.shape == (5,)
