"""Which sources copy one another, and how much their votes should count.

Two kinds of evidence, in the manner of Dong, Berti-Equille & Srivastava
("Truth discovery and copying detection", 2009):

* **Shared text** — documents of different sources that share long passages
  (word 8-grams, hashed).  Candidate pairs come from an index of shingles, so
  thousands of documents are never compared all against all; a document that
  repeats its own body shares nothing with *another* source because of it.
* **Shared claims, above all shared mistakes** — two independent sources that
  are wrong are rarely wrong in the same way; two sources agreeing on many
  values that the (independence-weighted) majority rejects are likely copies.

Each dependent pair gets a score in [0, 1]; a source's weight is
``1 / (1 + Σ scores of its dependent pairs)``, so a clique of ``k`` mutual
copies shares about one vote.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
import numpy.typing as npt

from recon._sorting import _packed_order
from recon.report import Dependency
from recon.resolve import FloatArray, IntArray, Votes, group_sums, local_vote_weights

if TYPE_CHECKING:
    from recon.group import Draft
    from recon.model import Document

__all__ = [
    "CopyDetector",
    "apply_dependence",
    "claim_dependence",
    "detect_dependence",
    "text_dependence",
]


_TOKEN = re.compile(r"\w+")
_BATCH = 1 << 20  # vote pairs counted at once (bounds the temporary arrays)


@attrs.frozen
class CopyDetector:
    """Thresholds of the copy detection (defaults suit news and structured data)."""

    shingle: int = 8  # words per shingle
    min_shared_passages: int = 2  # shared text below this is coincidence (a quoted sentence)
    text_full: float = 0.5  # containment at which a text pair counts as a full copy
    common_shingle: int = 50  # shingles in more documents than this are boilerplate
    min_shared_mistakes: int = 3
    agree_base: float = 0.99  # same value on this share of contested items: no evidence yet
    agree_full: float = 0.9999  # …and a full copy at this share
    min_overlap: int = 20  # contested items two sources must share before judging them
    rounds: int = 1  # re-estimate the majority with the discounted votes this often
    max_group_votes: int = 500  # groups with more votes are skipped (quadratic pairs)

    def detect(
        self, documents: Sequence[Document], votes: Votes
    ) -> tuple[FloatArray, list[Dependency]]:
        """Weights per source of ``votes`` and the dependent pairs found.

        Pairs are kept sparse (only pairs with evidence), so thousands of
        sources cost memory in the pairs found, never ``n × n``.
        """
        n = votes.n_sources
        index = {s: i for i, s in enumerate(votes.sources)}
        text: dict[tuple[int, int], float] = {}
        evidence: dict[tuple[int, int], list[str]] = defaultdict(list)
        for a, b, sc, ev in text_dependence(documents, self):
            if a in index and b in index:
                i, j = sorted((index[a], index[b]))
                text[(i, j)] = max(text.get((i, j), 0.0), sc)
                evidence[(i, j)].append(ev)
        weight = _weights(n, text, [])
        found: list[tuple[int, int, float, str, int]] = []
        for _ in range(max(self.rounds, 1)):
            found = claim_dependence(votes.with_weight(weight), self)
            new = _weights(n, text, found)
            if np.allclose(new, weight):
                break
            weight = new
        score = dict(text)
        copier: dict[tuple[int, int], int] = {}
        for i, j, sc, ev, who in found:
            score[(i, j)] = max(score.get((i, j), 0.0), sc)
            evidence[(i, j)].append(ev)
            # Shared text cannot tell who wrote first; only claim evidence names a copier.
            if who >= 0 and (i, j) not in text:
                copier[(i, j)] = who
        deps = [
            Dependency(
                a=votes.sources[i],
                b=votes.sources[j],
                score=round(float(sc), 6),
                evidence="; ".join(evidence[(i, j)]),
                copier=votes.sources[copier[(i, j)]] if (i, j) in copier else None,
            )
            for (i, j), sc in score.items()
            if sc > 0
        ]
        deps.sort(key=lambda d: (-d.score, d.a, d.b))
        return _weights(n, text, found), deps


def _weights(
    n: int, text: dict[tuple[int, int], float], claims: Sequence[tuple[int, int, float, str, int]]
) -> FloatArray:
    """``1 / (1 + Σ scores)`` per source.

    A shared passage discounts both sides (which wrote first is unknown); a
    claim-based pair discounts only the copier, the more mistaken of the two
    (the original's mistakes are its own, the copier repeats them and adds
    its own), and both when they are equally mistaken.  Discounting the
    original too would silence an accurate source each time a relay copies it.
    """
    load = np.zeros(n)
    for (i, j), sc in text.items():
        load[i] += sc
        load[j] += sc
    for i, j, sc, _ev, copier in claims:
        if sc <= (text.get((i, j), 0.0)):
            continue  # the text evidence already discounts both
        extra = sc - text.get((i, j), 0.0)
        for s in (i, j) if copier < 0 else (copier,):
            load[s] += extra
    return np.asarray(1.0 / (1.0 + load), dtype=np.float64)


# -- shared text ----------------------------------------------------------------


def _shingles(text: str, k: int) -> list[int]:
    words = [w.casefold() for w in _TOKEN.findall(text)]
    out = []
    for i in range(len(words) - k + 1):
        h = hashlib.blake2b(" ".join(words[i : i + k]).encode(), digest_size=8).digest()
        out.append(int.from_bytes(h, "little"))
    return out


def _runs(seq: list[int], shared: set[int]) -> int:
    """Passages: maximal runs of consecutive shingles that are shared."""
    runs, inside = 0, False
    for h in seq:
        if h in shared:
            if not inside:
                runs += 1
            inside = True
        else:
            inside = False
    return runs


def text_dependence(
    documents: Sequence[Document], det: CopyDetector | None = None
) -> list[tuple[str, str, float, str]]:
    """Pairs of sources whose documents share long passages: (a, b, score, evidence).

    Linear in the total text plus the pairs that actually share shingles.
    """
    det = det or CopyDetector()
    seqs: list[list[int]] = []
    owners: list[str] = []
    index: dict[int, list[int]] = defaultdict(list)
    for d in documents:
        seq = _shingles(d.text, det.shingle)
        di = len(seqs)
        seqs.append(seq)
        owners.append(d.source.id)
        for h in set(seq):  # a document repeating itself is indexed once
            index[h].append(di)
    shared: dict[tuple[int, int], set[int]] = defaultdict(set)
    for h, docs in index.items():
        if len(docs) < 2 or len(docs) > det.common_shingle:
            continue
        for x in range(len(docs)):
            for y in range(x + 1, len(docs)):
                a, b = docs[x], docs[y]
                if owners[a] != owners[b]:
                    shared[(a, b)].add(h)
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for (a, b), hs in sorted(shared.items()):
        short = a if len(set(seqs[a])) <= len(set(seqs[b])) else b
        passages = _runs(seqs[short], hs)
        if passages < det.min_shared_passages and len(hs) < 4 * det.shingle:
            continue
        contain = len(hs) / max(len(set(seqs[short])), 1)
        sc = min(1.0, contain / det.text_full)
        ev = (
            f"share {passages} passage{'s' if passages != 1 else ''} of {det.shingle}+ words "
            f"({contain:.0%} of the shorter text)"
        )
        key = (min(owners[a], owners[b]), max(owners[a], owners[b]))
        if key not in best or sc > best[key][0]:
            best[key] = (sc, ev)
    return [(a, b, sc, ev) for (a, b), (sc, ev) in sorted(best.items())]


# -- shared claims --------------------------------------------------------------


def _winners(votes: Votes) -> IntArray:
    """Per candidate: 1 if it is its group's weighted-majority value (unique top), else 0."""
    w = votes.weight[votes.vote_source]
    sup = np.bincount(votes.vote_candidate, weights=w, minlength=votes.n_candidates)
    g = votes.candidate_group
    top = np.full(votes.n_groups, -np.inf)
    np.maximum.at(top, g, sup)
    is_top = sup >= top[g] - 1e-9
    n_top = group_sums(is_top.astype(np.float64), g, votes.n_groups)
    return np.asarray(is_top & (n_top[g] == 1), dtype=np.int64)


def _offsets(keys: IntArray) -> Iterator[tuple[IntArray, int]]:
    """Every pair ``(i, i + d)`` of positions with equal keys in *sorted* ``keys``,
    one offset ``d`` at a time, as ``(i, d)``.

    Positions are ordered once by how many equal keys follow them, so the
    ``i`` of offset ``d`` is a slice of that order (no filtering per offset):
    the total cost is linear in the pairs, and the temporary arrays are those
    of one offset, never of all pairs at once.
    """
    m = int(keys.shape[0])
    if m < 2:
        return
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, m])
    rest = np.repeat(starts + sizes, sizes) - np.arange(m) - 1  # equal keys after each
    top = int(sizes.max()) - 1
    small = rest.astype(np.int16) if top < np.iinfo(np.int16).max else rest
    order = np.argsort(small, kind="stable")  # a radix sort for int16
    first = np.searchsorted(rest[order], np.arange(1, top + 1))
    for d in range(1, top + 1):
        yield order[first[d - 1] :], d


def _sorted_by(keys: IntArray) -> IntArray:
    """Positions ordering ``keys`` (stable); votes usually come sorted already."""
    if keys.size < 2 or bool(np.all(keys[1:] >= keys[:-1])):
        return np.arange(keys.size, dtype=np.int64)
    return np.argsort(keys, kind="stable").astype(np.int64)


def _code_counts(codes: IntArray) -> tuple[IntArray, IntArray]:
    """Sorted distinct codes and how often each occurs."""
    s = np.sort(codes)
    if s.size == 0:
        return s, s
    new = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])
    return s[new], np.diff(np.r_[new, s.size]).astype(np.int64)


class _PairIndex:
    """The row of a pair of sources among the sorted suspect pairs; ``m`` (one
    past the last row) for any other pair.

    Sources are renumbered among those in some suspect pair, keeping their
    order; a dense table over pairs of those answers in one gather, and a
    binary search serves when the table would be too large.
    """

    _MAX_TABLE = 1 << 24  # entries (64 MB of int32)

    def __init__(self, codes: IntArray, n: int) -> None:
        members = np.zeros(n, dtype=bool)
        members[codes // n] = True
        members[codes % n] = True
        self.t = t = int(members.sum())
        self.m = m = int(codes.size)
        # Sources outside every pair all take number t, whose pairs are no row.
        self.rank = np.where(members, np.cumsum(members) - 1, t).astype(np.int64)
        self.width = t + 1
        self.codes = self.rank[codes // n] * self.width + self.rank[codes % n]  # still sorted
        self.table: npt.NDArray[np.int32] | None = None
        if self.width**2 <= self._MAX_TABLE:
            self.table = np.full(self.width**2, m, dtype=np.int32)
            self.table[self.codes] = np.arange(m, dtype=np.int32)

    def rows8(
        self, dtype: type[np.signedinteger[Any]]
    ) -> Callable[[npt.NDArray[np.integer[Any]]], npt.NDArray[np.integer[Any]]]:
        """A function from pair codes ``rank[lo] * width + rank[hi]`` to their
        row × 8, in ``dtype``."""
        if self.table is not None:
            table8 = (self.table.astype(np.int64) * 8).astype(dtype)

            def by_table(code: npt.NDArray[np.integer[Any]]) -> npt.NDArray[np.integer[Any]]:
                return np.asarray(table8[code])

            return by_table

        def by_search(code: npt.NDArray[np.integer[Any]]) -> npt.NDArray[np.integer[Any]]:
            code = code.astype(np.int64)
            pos = np.minimum(np.searchsorted(self.codes, code), self.m - 1)
            rows = np.where(self.codes[pos] == code, pos, self.m)
            return np.asarray(rows * 8, dtype=dtype)

        return by_search


def _pair_counts(
    index: _PairIndex, g: IntArray, src: IntArray, cand: IntArray, wrong: npt.NDArray[np.bool_]
) -> tuple[IntArray, IntArray, IntArray, IntArray]:
    """For each suspect pair, over the vote pairs of the groups both speak to:
    how many, how many of the same value, and how many with a mistake of the
    lower / higher source index."""
    m, width = index.m, index.width
    rk = index.rank[src]
    # By group, then source: within a group an earlier vote has the lower index.
    o = _packed_order(g * width + rk)
    g, ck = g[o], cand[o]
    # Per vote, what a pair needs of it as its first and as its second member
    # (small integer types: the pair arrays are the bulk of the work).
    small = np.int32 if width**2 < 2**31 and 8 * (m + 1) < 2**31 else np.int64
    first_code = (rk[o] * width).astype(small)
    second_code = rk[o].astype(small)
    w2 = wrong[o].astype(np.int8) * np.int8(2)  # a mistake of the lower index
    w1 = wrong[o].astype(np.int8)  # … of the higher
    del o, rk
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]]) if g.size else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[starts, g.size])
    # One code per vote pair: its row × 8, + 4 same value, + 2 mistake of the
    # lower, + 1 mistake of the higher source index.
    table8 = index.rows8(small)
    counts = np.zeros(8 * (m + 1), dtype=np.int64)
    batch: list[npt.NDArray[np.integer[Any]]] = []
    held = 0
    # Groups of one size side by side form a matrix (a row per group), and
    # the pairs of a group are fixed columns of it: gathers stay within rows.
    # (np.unique would import numpy.ma on first use: a tenth of a second.)
    for size in np.flatnonzero(np.bincount(sizes[sizes > 1])).tolist():
        first = starts[sizes == size]
        ci, cj = np.triu_indices(size, 1)
        per = max(1, _BATCH // ci.size)
        for k in range(0, first.size, per):
            pos = first[k : k + per, None] + np.arange(size)
            code = first_code[pos][:, ci]
            code += second_code[pos][:, cj]
            stat = table8(code)
            c = ck[pos]
            stat += np.left_shift((c[:, ci] == c[:, cj]).view(np.uint8), 2)
            stat += w2[pos][:, ci]
            stat += w1[pos][:, cj]
            batch.append(stat.ravel())
            held += stat.size
            # Counting in batches keeps the passes over the counts few and the
            # batch small.
            if held >= max(counts.size, _BATCH):
                counts += np.bincount(np.concatenate(batch), minlength=counts.size)
                batch, held = [], 0
    if batch:
        counts += np.bincount(np.concatenate(batch), minlength=counts.size)
    c8 = counts.reshape(m + 1, 8)[:m]
    both = c8.sum(axis=1)
    same = c8[:, 4:].sum(axis=1)
    err_lo = c8[:, [2, 3, 6, 7]].sum(axis=1)
    err_hi = c8[:, [1, 3, 5, 7]].sum(axis=1)
    return both, same, err_lo, err_hi


def claim_dependence(
    votes: Votes, det: CopyDetector | None = None
) -> list[tuple[int, int, float, str, int]]:
    """Pairs of sources sharing values the majority rejects: ``(i, j, score, evidence, copier)``.

    ``i < j`` are source indices; ``copier`` is the more mistaken of the two
    (where they meet, else over all their contested votes; ``-1``
    when that does not tell them apart).  For every pair: on groups both
    speak to, how many of the values they share are not the weighted
    majority's (shared mistakes), against how many mistakes the less mistaken
    of the two made there.  Only pairs that share enough rejected values are
    counted (sparse), and groups above ``max_group_votes`` votes are
    skipped, so the cost is linear in the votes for bounded groups.
    """
    det = det or CopyDetector()
    n = votes.n_sources
    if n < 2 or votes.vote_source.size == 0:
        return []
    vs, vc = votes.vote_source, votes.vote_candidate
    g = votes.candidate_group[vc]
    ncand = np.bincount(votes.candidate_group, minlength=votes.n_groups)
    nvotes = np.bincount(g, minlength=votes.n_groups)
    keep = (ncand[g] > 1) & (nvotes[g] <= det.max_group_votes)
    # A pair is judged only on min_overlap shared contested items, so a source
    # with fewer contested votes than that can never be in a judged pair:
    # leave it out before pairing (most outlets in a large corpus say little).
    contested_per_source = np.bincount(vs[keep], minlength=n)
    keep &= contested_per_source[vs] >= det.min_overlap
    vid = np.flatnonzero(keep)
    del keep, ncand, nvotes, contested_per_source
    win = _winners(votes)
    wrong = win[vc] == 0
    # Only pairs sharing at least min_shared_mistakes rejected values can be
    # judged; they are found among the voters of each rejected value (few),
    # and their count is the pair's shared mistakes.
    wv = vid[wrong[vid]]
    wv = wv[_sorted_by(vc[wv])]
    src = vs[wv]
    met = [
        np.minimum(src[i], src[i + d]) * n + np.maximum(src[i], src[i + d])
        for i, d in _offsets(vc[wv])
    ]
    del wv, src
    suspects, shared = _code_counts(np.concatenate(met) if met else np.zeros(0, np.int64))
    del met
    enough = shared >= det.min_shared_mistakes
    suspects, shared = suspects[enough], shared[enough]
    if suspects.size == 0:
        return []
    # The other counts of a suspect pair come from the vote pairs of the
    # groups both speak to; only votes of sources in some suspect pair count.
    index = _PairIndex(suspects, n)
    vk = vid[index.rank[vs[vid]] < index.t]
    both, same, err_i, err_j = _pair_counts(index, g[vk], vs[vk], vc[vk], wrong[vk])
    del vk, index
    # Independent sources that are each right most of the time agree often
    # too, so agreement alone is weak; copies agree on (nearly) everything,
    # their mistakes included.  Both are required.
    ok = both >= det.min_overlap
    rate_v = same / np.maximum(both, 1)
    ok &= (rate_v - det.agree_base) / (det.agree_full - det.agree_base) > 0
    if not ok.any():
        return []
    # Each source's share of rejected values over all its contested votes:
    # exact copies make the same mistakes where they meet, so the direction
    # shows in what each states elsewhere.
    sv = vs[vid]
    rate_wrong = np.bincount(sv, weights=wrong[vid], minlength=n) / np.maximum(
        np.bincount(sv, minlength=n), 1
    )
    out = []
    for k in np.flatnonzero(ok).tolist():
        i, j = divmod(int(suspects[k]), n)
        fewer = max(min(int(err_i[k]), int(err_j[k])), 1)
        share = min(int(shared[k]) / fewer, 1.0)
        rate = int(same[k]) / int(both[k])
        sc = (rate - det.agree_base) / (det.agree_full - det.agree_base)
        if sc <= 0:
            continue
        sc = min(sc, 1.0)
        ev = (
            f"agree on {int(shared[k])} values rejected by the majority "
            f"({share:.0%} of the fewer mistakes; same value in {int(same[k])} of "
            f"{int(both[k])} contested items)"
        )
        copier = _copier(i, j, int(err_i[k]), int(err_j[k]), rate_wrong)
        out.append((i, j, float(sc), ev, copier))
    return out


def _copier(i: int, j: int, err_i: int, err_j: int, rate_wrong: FloatArray) -> int:
    """The likelier copier of a pair: the more mistaken where they meet, else overall."""
    if err_i != err_j:
        return i if err_i > err_j else j
    if rate_wrong[i] != rate_wrong[j]:
        return i if rate_wrong[i] > rate_wrong[j] else j
    return -1


def detect_dependence(
    documents: Sequence[Document], drafts: Sequence[Draft], votes: Votes
) -> tuple[FloatArray, list[Dependency]]:
    """Independence weights for the sources of ``votes`` and the dependencies found.

    ``drafts`` is accepted for the pipeline's sake; the claim evidence is read
    from ``votes`` (so structured input with no documents works as well).
    """
    del drafts
    return CopyDetector().detect(documents, votes)


def apply_dependence(votes: Votes, weight: FloatArray, deps: Sequence[Dependency]) -> Votes:
    """``votes`` with the source weights of :func:`detect_dependence` and the
    group-local per-vote weights its dependent pairs imply (a copier counts
    less only where what it copies also speaks)."""
    index = {s: i for i, s in enumerate(votes.sources)}
    pairs = [
        (index[d.a], index[d.b], d.score, index.get(d.copier or "", -1))
        for d in deps
        if d.a in index and d.b in index
    ]
    return attrs.evolve(votes.with_weight(weight), vote_weight=local_vote_weights(votes, pairs))
