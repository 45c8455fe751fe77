"""Deciding which value is best supported, and how far to trust each source.

Resolution works on a columnar view of the grouped claims, :class:`Votes`,
so that the same policies serve five claims in a notebook and millions in a
benchmark.  A *policy* is any callable ``policy(votes) -> Resolution``; the
built-in ones are registered in :data:`POLICIES` by name:

``majority``
    Each independent source has one vote per group; a candidate is also
    supported by votes for candidates compatible with it ("at least 29"
    supports "31").  Copies of one wire story are discounted (see
    :attr:`Votes.weight`).
``weighted``
    The same, each vote weighted by the user's prior trust in its source
    (trust tiers), ``reconcile(..., priors={"afp": 0.9, "blog": 0.3})``.
``latest``
    For time-varying figures: the most recent statement wins.

Iterative truth discovery (trust learnt from the data) lives in
:mod:`recon.truth` and registers itself here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

import attrs
import numpy as np
import numpy.typing as npt

from recon.errors import OptionError

__all__ = [
    "DEFAULT_POLICY",
    "POLICIES",
    "Policy",
    "Resolution",
    "Votes",
    "field_codes",
    "get_policy",
    "group_sums",
    "lend_partial",
    "partial_pairs",
    "register_policy",
]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@attrs.frozen(kw_only=True, eq=False)
class Votes:
    """Grouped claims as arrays.

    A *candidate* is one distinct value in one group (format variants of a
    value are one candidate).  A *vote* is one source stating one candidate
    (repeats by the same source count once).
    """

    sources: tuple[str, ...]
    candidate_group: IntArray  # (K,) group index of each candidate
    vote_source: IntArray  # (V,) source index of each vote
    vote_candidate: IntArray  # (V,) candidate index of each vote
    vote_time: FloatArray  # (V,) as-of date ordinal, NaN when unknown
    compatible: IntArray  # (P, 2) pairs (i, j), i < j, of compatible candidates of one group
    candidate_numeric: FloatArray  # (K,) figure in base units, NaN for non-numeric values
    prior: FloatArray  # (S,) prior trust in each source, in (0, 1)
    weight: FloatArray  # (S,) independence weight: 1 for an independent source, less for copies
    n_groups: int
    # (V,) independence weight of each vote, when it depends on the group (a copy
    # counts less only where the source it copies also speaks); None: weight[vote_source].
    vote_weight: FloatArray | None = None
    # (P, 2) pairs (i, j) of candidates of one group where i states part of j (an
    # author list missing names); a vote for i lends ``partial_grade`` of itself to j.
    partial: IntArray = attrs.field(factory=lambda: np.zeros((0, 2), dtype=np.int64))
    partial_grade: FloatArray = attrs.field(factory=lambda: np.zeros(0, dtype=np.float64))
    # (G,) a code of each group's field (the attribute: "actual_dep", "author"),
    # from :func:`field_codes`, so policies can learn how far a source is trusted
    # per field; None: unknown (every group one field).
    group_field: IntArray | None = None

    @property
    def n_candidates(self) -> int:
        return int(self.candidate_group.shape[0])

    @property
    def n_sources(self) -> int:
        return len(self.sources)

    def with_weight(self, weight: FloatArray) -> Votes:
        return attrs.evolve(self, weight=weight)

    def vote_weights(self) -> FloatArray:
        """The independence weight of every vote."""
        if self.vote_weight is not None:
            return self.vote_weight
        w: FloatArray = self.weight[self.vote_source]
        return w


def field_codes(fields: Sequence[str]) -> IntArray:
    """A stable 63-bit code per field name (equal names, equal codes).

    A hash rather than an index, so every partition of a distributed run
    codes a field alike without first agreeing on a list of all fields.
    """
    out = np.empty(len(fields), dtype=np.int64)
    seen: dict[str, int] = {}
    for i, f in enumerate(fields):
        c = seen.get(f)
        if c is None:
            h = hashlib.blake2b(f.encode(), digest_size=8).digest()
            c = seen[f] = int.from_bytes(h, "little") >> 1
        out[i] = c
    return out


def partial_pairs(
    members: Sequence[frozenset[str] | None], group: IntArray, max_group: int = 200
) -> tuple[IntArray, FloatArray]:
    """Candidates that state part of another candidate of their group, and how much.

    ``members[c]`` is candidate ``c``'s set of members (``None``: not a set).
    A set that is a proper subset of another is a partial statement of it
    (a seller listing only the first author): the pair ``(i, j)`` gets the
    grade ``|i| / |j|``, their Jaccard similarity, so a vote lends the share
    of the larger set it vouches for.  The larger set lends nothing back: a
    name the smaller list lacks is not evidence that the smaller list is whole.
    Groups with more than ``max_group`` set candidates are skipped (their
    pairs would be quadratic).
    """
    by_group: dict[int, list[tuple[int, frozenset[str]]]] = {}
    for c, m in enumerate(members):
        if m:
            by_group.setdefault(int(group[c]), []).append((c, m))
    pairs: list[tuple[int, int]] = []
    grade: list[float] = []
    for cands in by_group.values():
        if len(cands) > max_group:
            continue
        for i, mi in cands:
            for j, mj in cands:
                if mi < mj:
                    pairs.append((i, j))
                    grade.append(len(mi) / len(mj))
    return (
        np.asarray(pairs, dtype=np.int64).reshape(-1, 2),
        np.asarray(grade, dtype=np.float64),
    )


def lend_partial(count: FloatArray, votes: Votes) -> FloatArray:
    """``count`` plus, for every candidate, what its partial statements lend it."""
    if votes.partial.size == 0:
        return count
    i, j = votes.partial[:, 0], votes.partial[:, 1]
    lent = np.bincount(j, weights=votes.partial_grade * count[i], minlength=count.shape[0])
    return np.asarray(count + lent, dtype=np.float64)


def sorted_unique(x: IntArray) -> IntArray:
    """``np.unique`` for integer arrays by sort and mask (numpy's hashing path
    for large int64 arrays is several times slower)."""
    if x.size == 0:
        return x
    s = np.sort(x, kind="stable")
    keep = np.empty(s.shape, dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    out: IntArray = s[keep]
    return out


def local_vote_weights(
    votes: Votes, pairs: Sequence[tuple[int, int, float] | tuple[int, int, float, int]]
) -> FloatArray:
    """Per-vote weights from dependent source pairs ``(i, j, score[, copier])``.

    A vote of source ``i`` in a group counts ``1 / (1 + Σ score(i, j))`` over
    the sources ``j`` it depends on *that also vote in that group*: two copies
    of one wire story share one vote where both speak, and each keeps a full
    vote where the other is silent.  When the pair names its copier (a source
    index; -1 for unknown), only the copier's votes are discounted: the
    original keeps its full vote.
    """
    n_src = max(votes.n_sources, 1)
    vg = votes.candidate_group[votes.vote_candidate]
    key = vg * n_src + votes.vote_source
    order = np.argsort(key, kind="stable")
    skey = key[order]
    # Each source's groups, sorted: one sort of (source, group) for all sources.
    sg = sorted_unique(votes.vote_source * max(votes.n_groups, 1) + vg)
    cut = np.searchsorted(sg // max(votes.n_groups, 1), np.arange(n_src + 1))
    idx: list[IntArray] = []
    add: list[FloatArray] = []
    for pair in pairs:
        i, j, score = pair[0], pair[1], pair[2]
        copier = pair[3] if len(pair) > 3 else -1
        if score <= 0 or i == j:
            continue
        gi = sg[cut[i] : cut[i + 1]] % max(votes.n_groups, 1)
        gj = sg[cut[j] : cut[j + 1]] % max(votes.n_groups, 1)
        both = np.intersect1d(gi, gj, assume_unique=True)
        for s in (i, j) if copier < 0 else (copier,):
            wanted = both * n_src + s
            lo = np.searchsorted(skey, wanted, side="left")
            hi = np.searchsorted(skey, wanted, side="right")
            # The positions lo..hi-1 of every wanted key, without a Python loop.
            width = hi - lo
            pos = np.repeat(lo - np.cumsum(width) + width, width) + np.arange(int(width.sum()))
            idx.append(order[pos])
            add.append(np.full(pos.size, float(score)))
    denom = np.ones(len(key), dtype=np.float64)
    if idx:
        # Unbuffered and in pair order: each vote adds its pairs' scores in the
        # order the pairs come, as one += per pair would.
        np.add.at(denom, np.concatenate(idx), np.concatenate(add))
    out: FloatArray = 1.0 / denom
    return out


@attrs.frozen(kw_only=True, eq=False)
class Resolution:
    """A policy's answer: belief in every candidate and trust in every source."""

    policy: str
    candidate_score: FloatArray  # (K,) in [0, 1]; within a group, sums to 1
    source_trust: FloatArray  # (S,) in [0, 1]
    iterations: int = 1
    notes: tuple[str, ...] = ()


class Policy(Protocol):
    """A resolution policy: a callable from :class:`Votes` to :class:`Resolution`."""

    def __call__(self, votes: Votes) -> Resolution: ...


def group_sums(values: FloatArray, groups: IntArray, n: int) -> FloatArray:
    """Sum ``values`` per group index."""
    return np.bincount(groups, weights=values, minlength=n).astype(np.float64)


def normalise_per_group(score: FloatArray, votes: Votes) -> FloatArray:
    """Scale candidate scores so each group's sum is 1 (uniform when all are 0)."""
    g = votes.candidate_group
    tot = group_sums(score, g, votes.n_groups)
    cnt = np.bincount(g, minlength=votes.n_groups).astype(np.float64)
    denom = tot[g]
    out: FloatArray = np.where(denom > 0, score / np.where(denom > 0, denom, 1.0), 1.0 / cnt[g])
    return out


def spread_support(direct: FloatArray, votes: Votes, share: float = 1.0) -> FloatArray:
    """Add to each candidate ``share`` of the direct support of compatible candidates."""
    if votes.compatible.size == 0 or share == 0:
        return direct
    i, j = votes.compatible[:, 0], votes.compatible[:, 1]
    out: FloatArray = direct.copy()
    np.add.at(out, i, share * direct[j])
    np.add.at(out, j, share * direct[i])
    return out


def sources_per_group(votes: Votes) -> IntArray:
    """How many distinct sources vote in each group."""
    vg = votes.candidate_group[votes.vote_candidate]
    pairs = sorted_unique(vg * max(votes.n_sources, 1) + votes.vote_source)
    return np.bincount(pairs // max(votes.n_sources, 1), minlength=votes.n_groups)


def contested_votes(votes: Votes) -> npt.NDArray[np.bool_]:
    """Which votes are in groups where at least two sources and two candidates meet."""
    g = votes.candidate_group
    ncand = np.bincount(g, minlength=votes.n_groups)
    vg = g[votes.vote_candidate]
    return (ncand[vg] > 1) & (sources_per_group(votes)[vg] > 1)


def agreement_trust(votes: Votes, score: FloatArray, *, smoothing: float = 1.0) -> FloatArray:
    """Trust of each source: the (smoothed) mean belief in the values it stated.

    Only groups with more than one candidate are evidence; a source seen only
    in uncontested groups keeps its prior.
    """
    contested = contested_votes(votes)
    s = votes.vote_source[contested]
    b = score[votes.vote_candidate[contested]]
    tot = np.bincount(s, weights=b, minlength=votes.n_sources)
    cnt = np.bincount(s, minlength=votes.n_sources).astype(np.float64)
    return np.asarray((tot + smoothing * votes.prior) / (cnt + smoothing), dtype=np.float64)


@attrs.frozen
class Majority:
    """One vote per independent source; compatible candidates support each other."""

    weighted: bool = False
    name: str = "majority"

    def __call__(self, votes: Votes) -> Resolution:
        w = votes.vote_weights()
        if self.weighted:
            w = w * votes.prior[votes.vote_source]
        direct = np.bincount(votes.vote_candidate, weights=w, minlength=votes.n_candidates)
        support = spread_support(direct.astype(np.float64), votes)
        score = normalise_per_group(support, votes)
        return Resolution(
            policy=self.name, candidate_score=score, source_trust=agreement_trust(votes, score)
        )


@attrs.frozen
class LatestWins:
    """The most recent statement wins (for figures that change over time).

    Votes without a date count as older than any dated vote; among votes of
    the same date, the majority decides.
    """

    name: str = "latest"

    def __call__(self, votes: Votes) -> Resolution:
        t = np.where(np.isnan(votes.vote_time), -np.inf, votes.vote_time)
        g = votes.candidate_group[votes.vote_candidate]
        latest = np.full(votes.n_groups, -np.inf)
        np.maximum.at(latest, g, t)
        is_latest = t >= latest[g]
        w = votes.vote_weights() * is_latest
        direct = np.bincount(votes.vote_candidate, weights=w, minlength=votes.n_candidates)
        score = normalise_per_group(direct.astype(np.float64), votes)
        return Resolution(
            policy=self.name, candidate_score=score, source_trust=agreement_trust(votes, score)
        )


POLICIES: dict[str, Callable[[Votes], Resolution]] = {
    "majority": Majority(),
    "weighted": Majority(weighted=True, name="weighted"),
    "latest": LatestWins(),
}

#: The policy used when none is named; the one that does best on the
#: benchmarks in ``benchmarks/truth`` (see docs/benchmarks.md).
DEFAULT_POLICY = "auto"


def register_policy(name: str, policy: Callable[[Votes], Resolution]) -> None:
    """Make ``policy`` available as ``reconcile(..., policy=name)``."""
    POLICIES[name] = policy


def get_policy(policy: str | Callable[[Votes], Resolution] | None) -> Callable[[Votes], Resolution]:
    """Look a policy up by name (``None``/``"auto"`` → the default)."""
    if policy is None or policy == "auto":
        policy = DEFAULT_POLICY
    if callable(policy):
        return policy
    _load_plugins()
    try:
        return POLICIES[policy]
    except KeyError:
        known = ", ".join(sorted(POLICIES))
        raise OptionError(f"unknown policy {policy!r}; choose one of: {known}") from None


def _load_plugins() -> None:
    # Iterative truth discovery registers itself on import; importing it
    # lazily keeps `import recon` light.
    try:
        import recon.truth  # noqa: F401
    except ImportError:  # pragma: no cover - during development only
        pass


def priors_array(
    sources: tuple[str, ...], priors: Mapping[str, float] | None, default: float
) -> FloatArray:
    """Prior trust per source from a user mapping (source id or outlet → trust)."""
    out = np.full(len(sources), default, dtype=np.float64)
    if priors:
        for k, v in priors.items():
            if not (0.0 < float(v) < 1.0):
                raise OptionError(
                    f"prior trust for {k!r} must be strictly between 0 and 1, got {v!r}"
                )
        for i, s in enumerate(sources):
            if s in priors:
                out[i] = float(priors[s])
    return out
