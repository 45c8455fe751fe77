import numpy as np
import pytest

import recon
from recon.resolve import POLICIES, Votes, get_policy, local_vote_weights


def make_votes(candidate_group, votes, sources=("a", "b", "c"), compatible=()):
    vs = np.array([s for s, _ in votes], dtype=np.int64)
    vc = np.array([c for _, c in votes], dtype=np.int64)
    return Votes(
        sources=tuple(sources),
        candidate_group=np.array(candidate_group, dtype=np.int64),
        vote_source=vs,
        vote_candidate=vc,
        vote_time=np.full(len(votes), np.nan),
        compatible=np.array(compatible, dtype=np.int64).reshape(-1, 2),
        candidate_numeric=np.full(len(candidate_group), np.nan),
        prior=np.full(len(sources), 0.8),
        weight=np.ones(len(sources)),
        n_groups=max(candidate_group) + 1,
    )


def test_copies_share_a_vote_only_where_both_speak():
    # group 0: a and b (copies) say X, c says Y; group 1: a says X', c says Y'
    v = make_votes([0, 0, 1, 1], [(0, 0), (1, 0), (2, 1), (0, 2), (2, 3)])
    w = local_vote_weights(v, [(0, 1, 1.0)])
    assert w.tolist() == [0.5, 0.5, 1.0, 1.0, 1.0]


def test_a_known_copier_alone_is_discounted():
    v = make_votes([0, 0], [(0, 0), (1, 0), (2, 1)])
    w = local_vote_weights(v, [(0, 1, 1.0, 1)])  # b copies a
    assert w.tolist() == [1.0, 0.5, 1.0]


def test_majority_with_local_weights_sees_through_copies():
    import attrs

    v = make_votes([0, 0], [(0, 0), (1, 0), (2, 1)])
    plain = POLICIES["majority"](v)
    assert plain.candidate_score[0] > plain.candidate_score[1]
    copied = attrs.evolve(v, vote_weight=local_vote_weights(v, [(0, 1, 1.0)]))
    res = POLICIES["majority"](copied)
    assert res.candidate_score[0] == pytest.approx(res.candidate_score[1])


def test_compatible_candidates_support_each_other():
    v = make_votes([0, 0, 0], [(0, 0), (1, 1), (2, 2)], compatible=[(0, 1)])
    s = POLICIES["majority"](v).candidate_score
    assert s[0] > s[2] and s[1] > s[2]
    assert s.sum() == pytest.approx(1)


def test_unknown_policy_is_an_option_error():
    with pytest.raises(recon.OptionError, match="choose one of"):
        get_policy("nope")
    assert get_policy(None) is get_policy("auto")
