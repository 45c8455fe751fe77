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
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np
import numpy.typing as npt

from recon.report import Dependency
from recon.resolve import Votes, group_sums

if TYPE_CHECKING:
    from recon.group import Draft
    from recon.model import Document

__all__ = ["CopyDetector", "claim_dependence", "detect_dependence", "text_dependence"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_TOKEN = re.compile(r"\w+")


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
    chunk_pairs: int = 4_000_000

    def detect(
        self, documents: Sequence[Document], votes: Votes
    ) -> tuple[FloatArray, list[Dependency]]:
        """Weights per source of ``votes`` and the dependent pairs found."""
        n = votes.n_sources
        index = {s: i for i, s in enumerate(votes.sources)}
        score = np.zeros((n, n))
        evidence: dict[tuple[int, int], list[str]] = defaultdict(list)
        for a, b, sc, ev in text_dependence(documents, self):
            if a in index and b in index:
                i, j = sorted((index[a], index[b]))
                score[i, j] = max(score[i, j], sc)
                evidence[(i, j)].append(ev)
        text_score = score.copy()
        weight = _weights(score)
        for _ in range(max(self.rounds, 1)):
            claim = np.zeros((n, n))
            claim_ev: dict[tuple[int, int], str] = {}
            for i, j, sc, ev in claim_dependence(votes.with_weight(weight), self):
                claim[i, j] = sc
                claim_ev[(i, j)] = ev
            new = _weights(np.maximum(text_score, claim))
            if np.allclose(new, weight):
                break
            weight = new
        score = np.maximum(text_score, claim)
        for key, ev in claim_ev.items():
            evidence[key].append(ev)
        deps = [
            Dependency(
                a=votes.sources[i],
                b=votes.sources[j],
                score=round(float(score[i, j]), 6),
                evidence="; ".join(evidence[(i, j)]),
            )
            for i, j in zip(*np.nonzero(score), strict=True)
        ]
        deps.sort(key=lambda d: (-d.score, d.a, d.b))
        return _weights(score), deps


def _weights(score: FloatArray) -> FloatArray:
    sym = score + score.T
    return np.asarray(1.0 / (1.0 + sym.sum(axis=1)), dtype=np.float64)


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


def claim_dependence(
    votes: Votes, det: CopyDetector | None = None
) -> list[tuple[int, int, float, str]]:
    """Pairs of sources (by index, i < j) sharing values the majority rejects.

    For every pair: on groups both speak to, how many of the values they
    share are not the weighted majority's (shared mistakes), against how many
    mistakes the less mistaken of the two made there.
    """
    from recon.truth import pairs_within

    det = det or CopyDetector()
    n = votes.n_sources
    if n < 2 or votes.vote_source.size == 0:
        return []
    g = votes.candidate_group[votes.vote_candidate]
    ncand = np.bincount(votes.candidate_group, minlength=votes.n_groups)
    nvotes = np.bincount(g, minlength=votes.n_groups)
    keep = (ncand[g] > 1) & (nvotes[g] <= det.max_group_votes)
    vid = np.flatnonzero(keep)
    win = _winners(votes)
    wrong = (win[votes.vote_candidate] == 0).astype(np.int64)
    shared = np.zeros(n * n, dtype=np.int64)
    err = np.zeros(n * n, dtype=np.int64)  # err[a*n+b]: a's mistakes where b also spoke
    both = np.zeros(n * n, dtype=np.int64)
    same = np.zeros(n * n, dtype=np.int64)
    # Chunk by groups so the pair arrays stay bounded.
    gk = g[vid]
    order = np.argsort(gk, kind="stable")
    vid, gk = vid[order], gk[order]
    sizes = np.bincount(gk, minlength=votes.n_groups)[gk]
    cost = np.cumsum(sizes.astype(np.float64))  # ~pairs per vote, cumulated
    start = 0
    while start < vid.size:
        stop = int(np.searchsorted(cost, cost[start] - sizes[start] + det.chunk_pairs, "right"))
        # Never cut a group in two.
        stop = max(stop, start + 1)
        while stop < vid.size and gk[stop] == gk[stop - 1]:
            stop += 1
        v = vid[start:stop]
        p, q = pairs_within(gk[start:stop])
        a, b = votes.vote_source[v[p]], votes.vote_source[v[q]]
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        code = lo * n + hi
        eq = votes.vote_candidate[v[p]] == votes.vote_candidate[v[q]]
        both += np.bincount(code, minlength=n * n)
        same += np.bincount(code, weights=eq, minlength=n * n).astype(np.int64)
        shared += np.bincount(code, weights=eq & (wrong[v[p]] == 1), minlength=n * n).astype(
            np.int64
        )
        err += np.bincount(a * n + b, weights=wrong[v[p]], minlength=n * n).astype(np.int64)
        err += np.bincount(b * n + a, weights=wrong[v[q]], minlength=n * n).astype(np.int64)
        start = stop
    out = []
    err_m = err.reshape(n, n)
    shr_m = shared.reshape(n, n)
    both_m = both.reshape(n, n)
    same_m = same.reshape(n, n)
    # Independent sources that are each right most of the time agree often
    # too, so agreement alone is weak; copies agree on (nearly) everything,
    # their mistakes included.  Both are required.
    ok = (shr_m >= det.min_shared_mistakes) & (both_m >= det.min_overlap)
    ii, jj = np.nonzero(np.triu(ok, 1))
    for i, j in zip(ii.tolist(), jj.tolist(), strict=True):
        fewer = max(min(int(err_m[i, j]), int(err_m[j, i])), 1)
        share = min(int(shr_m[i, j]) / fewer, 1.0)
        rate = int(same_m[i, j]) / int(both_m[i, j])
        sc = (rate - det.agree_base) / (det.agree_full - det.agree_base)
        if sc <= 0:
            continue
        sc = min(sc, 1.0)
        ev = (
            f"agree on {int(shr_m[i, j])} values rejected by the majority "
            f"({share:.0%} of the fewer mistakes; same value in {int(same_m[i, j])} of "
            f"{int(both_m[i, j])} contested items)"
        )
        out.append((i, j, float(sc), ev))
    return out


def detect_dependence(
    documents: Sequence[Document], drafts: Sequence[Draft], votes: Votes
) -> tuple[FloatArray, list[Dependency]]:
    """Independence weights for the sources of ``votes`` and the dependencies found.

    ``drafts`` is accepted for the pipeline's sake; the claim evidence is read
    from ``votes`` (so structured input with no documents works as well).
    """
    del drafts
    return CopyDetector().detect(documents, votes)
