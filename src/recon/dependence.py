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
from recon.resolve import Votes, group_sums, local_vote_weights

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
    chunk_pairs: int = 1_000_000  # pairs counted at once (bounds the temporary arrays)

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


def claim_dependence(
    votes: Votes, det: CopyDetector | None = None
) -> list[tuple[int, int, float, str, int]]:
    """Pairs of sources sharing values the majority rejects: ``(i, j, score, evidence, copier)``.

    ``i < j`` are source indices; ``copier`` is the more mistaken of the two
    (where they meet, else over all their contested votes; ``-1``
    when that does not tell them apart).  For every pair: on groups both
    speak to, how many of the values they share are not the weighted
    majority's (shared mistakes), against how many mistakes the less mistaken
    of the two made there.  Only pairs that actually meet in a contested group
    are counted (sparse), and groups above ``max_group_votes`` votes are
    skipped, so the cost is linear in the votes for bounded groups.
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
    # A pair is judged only on min_overlap shared contested items, so a source
    # with fewer contested votes than that can never be in a judged pair:
    # leave it out before pairing (most outlets in a large corpus say little).
    contested_per_source = np.bincount(votes.vote_source[keep], minlength=n)
    keep &= contested_per_source[votes.vote_source] >= det.min_overlap
    vid = np.flatnonzero(keep)
    win = _winners(votes)
    wrong = (win[votes.vote_candidate] == 0).astype(np.int64)
    # Only pairs sharing at least min_shared_mistakes rejected values can be
    # judged; they are found among the voters of each rejected value (few),
    # so the full pair statistics below are kept for those pairs alone.
    wv = vid[wrong[vid] == 1]
    p0, q0 = pairs_within(votes.vote_candidate[wv])
    a0, b0 = votes.vote_source[wv[p0]], votes.vote_source[wv[q0]]
    sc0, cnt0 = np.unique(np.minimum(a0, b0) * n + np.maximum(a0, b0), return_counts=True)
    suspects = sc0[cnt0 >= det.min_shared_mistakes]
    del p0, q0, a0, b0, sc0, cnt0
    if suspects.size == 0:
        return []
    # Per chunk of whole groups: the pair codes met there and their counts
    # (both, same, shared mistakes, mistakes of the lower / higher index).
    parts: list[tuple[IntArray, IntArray]] = []
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
        sel = np.isin(lo * n + hi, suspects, assume_unique=False)
        p, q, a, b, lo, hi = p[sel], q[sel], a[sel], b[sel], lo[sel], hi[sel]
        if p.size == 0:
            start = stop
            continue
        eq = votes.vote_candidate[v[p]] == votes.vote_candidate[v[q]]
        wa, wb = wrong[v[p]], wrong[v[q]]
        err_lo = np.where(a == lo, wa, wb)
        err_hi = np.where(a == lo, wb, wa)
        stats = np.stack([np.ones_like(eq, dtype=np.int64), eq, eq & (wa == 1), err_lo, err_hi])
        code, inv = np.unique(lo * n + hi, return_inverse=True)
        agg = np.zeros((5, code.size), dtype=np.int64)
        for k in range(5):
            agg[k] = np.bincount(inv, weights=stats[k], minlength=code.size)
        parts.append((code.astype(np.int64), agg))
        start = stop
    if not parts:
        return []
    codes = np.concatenate([c for c, _ in parts])
    code, inv = np.unique(codes, return_inverse=True)
    allstats = np.concatenate([s for _, s in parts], axis=1)
    tot = np.zeros((5, code.size), dtype=np.int64)
    for k in range(5):
        tot[k] = np.bincount(inv, weights=allstats[k], minlength=code.size)
    both, same, shared, err_i, err_j = tot
    # Independent sources that are each right most of the time agree often
    # too, so agreement alone is weak; copies agree on (nearly) everything,
    # their mistakes included.  Both are required.
    ok = (shared >= det.min_shared_mistakes) & (both >= det.min_overlap)
    # Each source's share of rejected values over all its contested votes:
    # exact copies make the same mistakes where they meet, so the direction
    # shows in what each states elsewhere.
    sv = votes.vote_source[vid]
    rate_wrong = np.bincount(sv, weights=wrong[vid], minlength=n) / np.maximum(
        np.bincount(sv, minlength=n), 1
    )
    out = []
    for k in np.flatnonzero(ok).tolist():
        i, j = divmod(int(code[k]), n)
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
