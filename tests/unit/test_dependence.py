"""Copy detection: shared passages between documents, shared mistakes between sources."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recon.dependence import CopyDetector, claim_dependence, detect_dependence, text_dependence
from recon.model import Document, Source
from recon.resolve import Votes

WIRE = (
    "أعلن التحالف الدولي بقيادة الولايات المتحدة يوم الخميس تسليم قاعدة القيارة الجوية "
    "جنوب الموصل إلى القوات العراقية في إطار خطة إعادة تموضع القوات وقال المتحدث باسم "
    "التحالف إن عملية التسليم جرت بالتنسيق الكامل مع قيادة العمليات المشتركة وإن القوات "
    "العراقية ستتولى حماية القاعدة ومعداتها بعد انسحاب نحو خمسمئة جندي من قوات التحالف "
    "وأضاف أن التحالف سيواصل دعم العراق في الحرب على تنظيم داعش من قواعد أخرى في البلاد"
)
OTHER = (
    "قالت وزارة الصحة في بيان مساء الأحد إن عدد المصابين ارتفع إلى ثلاثين حالة بعد تسجيل "
    "أربع إصابات جديدة في محافظة البصرة ودعت المواطنين إلى البقاء في منازلهم وتجنب التجمعات "
    "وأكدت الوزارة أن فرقها الطبية تتابع المخالطين وأن المستشفيات جاهزة لاستقبال الحالات"
)


def doc(sid: str, text: str) -> Document:
    return Document(source=Source(id=sid), text=text)


def test_shared_wire_passages_detected_with_evidence() -> None:
    intro = "ليفانت – وكالات كتب مراسلنا من بغداد أن "
    found = text_dependence(
        [doc("levant", intro + WIRE), doc("site", WIRE + " انتهى"), doc("moh", OTHER)]
    )
    assert [(a, b) for a, b, _, _ in found] == [("levant", "site")]
    _, _, score, evidence = found[0]
    assert score > 0.5
    assert "passage" in evidence and "8+ words" in evidence and "%" in evidence


def test_a_document_repeating_its_own_body_is_not_a_dependency() -> None:
    assert text_dependence([doc("levant", WIRE + " " + WIRE), doc("moh", OTHER)]) == []


def test_two_documents_of_one_source_are_not_a_dependency() -> None:
    docs = [
        Document(source=Source(id="afp"), text=WIRE),
        Document(source=Source(id="afp"), text=WIRE),
    ]
    assert text_dependence(docs) == []


def test_one_quoted_sentence_is_not_copying() -> None:
    quote = "وقال المتحدث باسم التحالف إن عملية التسليم جرت بالتنسيق الكامل مع قيادة العمليات"
    a = OTHER + " " + quote
    b = "ذكرت صحيفة محلية أن الاستعدادات مستمرة منذ أسابيع " + quote + " وفق ما نقلت الوكالة"
    assert text_dependence([doc("x", a), doc("y", b)]) == []


def _votes(rows: list[tuple[int, int, int]], n_sources: int) -> Votes:
    """rows: (source, group, value id); candidates are distinct (group, value)."""
    cands: dict[tuple[int, int], int] = {}
    vs, vc = [], []
    for s, g, val in rows:
        c = cands.setdefault((g, val), len(cands))
        vs.append(s)
        vc.append(c)
    cg = np.zeros(len(cands), dtype=np.int64)
    for (g, _), c in cands.items():
        cg[c] = g
    return Votes(
        sources=tuple(f"s{i}" for i in range(n_sources)),
        candidate_group=cg,
        vote_source=np.array(vs, dtype=np.int64),
        vote_candidate=np.array(vc, dtype=np.int64),
        vote_time=np.full(len(vs), np.nan),
        compatible=np.zeros((0, 2), dtype=np.int64),
        candidate_numeric=np.full(len(cands), np.nan),
        prior=np.full(n_sources, 0.8),
        weight=np.ones(n_sources),
        n_groups=int(cg.max()) + 1,
    )


def copier_world(n_items: int = 60) -> Votes:
    """Sources 0-3 independent (each wrong on its own items, in its own way);
    4 and 5 copy one another verbatim, mistakes included."""
    rows = []
    for g in range(n_items):
        for s in range(4):
            wrong = (g + s) % 5 == 0
            rows.append((s, g, 100 + s if wrong else 0))
        shared = 7 if g % 3 == 0 else 0  # the copiers' common mistakes
        rows += [(4, g, shared), (5, g, shared)]
    return _votes(rows, 6)


def test_copiers_of_wrong_values_detected() -> None:
    pairs = claim_dependence(copier_world(), CopyDetector(agree_base=0.9, agree_full=0.99))
    assert [(i, j) for i, j, _, _, _ in pairs] == [(4, 5)]
    _, _, score, evidence, copier = pairs[0]
    assert copier == -1  # equally mistaken: which one copies is unknown
    assert score == 1.0
    assert "agree on 20 values rejected by the majority" in evidence


def test_weights_discount_a_clique_to_about_one_vote() -> None:
    w, deps = detect_dependence([], [], copier_world())
    assert np.allclose(w[:4], 1.0)
    assert np.allclose(w[4:], 0.5)
    assert [(d.a, d.b) for d in deps] == [("s4", "s5")]


def test_independent_sources_get_full_weight() -> None:
    rows = [(s, g, 0 if (g + s) % 4 else 10 + s) for g in range(40) for s in range(5)]
    w, deps = detect_dependence([], [], _votes(rows, 5))
    assert deps == [] and np.allclose(w, 1.0)


def test_documents_and_votes_combine_by_source_id() -> None:
    v = _votes([(0, 0, 0), (1, 0, 1), (2, 0, 0)], 3)
    docs = [doc("s0", WIRE), doc("s1", "مقدمة قصيرة " + WIRE), doc("s2", OTHER)]
    w, deps = detect_dependence(docs, [], v)
    assert [(d.a, d.b) for d in deps] == [("s0", "s1")]
    assert w[2] == 1.0 and w[0] < 1.0 and w[1] < 1.0


def _reference_pairs(votes: Votes, det: CopyDetector) -> list[tuple[int, int, float, int]]:
    """claim_dependence's pairs as its docstring defines them, one vote pair at a time."""
    n = votes.n_sources
    vs, vc = votes.vote_source.tolist(), votes.vote_candidate.tolist()
    cg = votes.candidate_group.tolist()
    g = [cg[c] for c in vc]
    ncand = {k: cg.count(k) for k in set(cg)}
    nvotes = {k: g.count(k) for k in set(g)}
    kept = [v for v in range(len(vs)) if ncand[g[v]] > 1 and nvotes[g[v]] <= det.max_group_votes]
    per_src = {s: sum(1 for v in kept if vs[v] == s) for s in range(n)}
    kept = [v for v in kept if per_src[vs[v]] >= det.min_overlap]
    support = [0.0] * len(cg)
    for s, c in zip(vs, vc, strict=True):
        support[c] += float(votes.weight[s])
    top = {k: max(support[c] for c in range(len(cg)) if cg[c] == k) for k in set(cg)}
    tops = {k: sum(1 for c in range(len(cg)) if cg[c] == k and support[c] >= top[k] - 1e-9)
            for k in set(cg)}  # fmt: skip
    wrong = [not (support[c] >= top[cg[c]] - 1e-9 and tops[cg[c]] == 1) for c in vc]
    stats: dict[tuple[int, int], list[int]] = {}
    for x, u in enumerate(kept):
        for v in kept[x + 1 :]:
            if g[u] != g[v]:
                continue
            lo, hi = (u, v) if vs[u] <= vs[v] else (v, u)
            st = stats.setdefault((vs[lo], vs[hi]), [0, 0, 0, 0, 0])
            same = vc[u] == vc[v]
            st[0] += 1
            st[1] += same
            st[2] += same and wrong[u]
            st[3] += wrong[lo]
            st[4] += wrong[hi]
    rate_wrong = [
        sum(wrong[v] for v in kept if vs[v] == s) / max(1, sum(1 for v in kept if vs[v] == s))
        for s in range(n)
    ]
    out = []
    for (i, j), (both, same, shared, err_i, err_j) in sorted(stats.items()):
        if i == j or shared < det.min_shared_mistakes or both < det.min_overlap:
            continue
        sc = (same / both - det.agree_base) / (det.agree_full - det.agree_base)
        if sc <= 0:
            continue
        if err_i != err_j:
            copier = i if err_i > err_j else j
        elif rate_wrong[i] != rate_wrong[j]:
            copier = i if rate_wrong[i] > rate_wrong[j] else j
        else:
            copier = -1
        out.append((i, j, min(sc, 1.0), copier, shared, same, both))
    return out


# A cell of the source × group grid: silent, the common value, or another one.
CELL = st.sampled_from([None, 0, 0, 0, 1, 2])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(CELL, min_size=40, max_size=40),
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 7), st.integers(0, 3)), max_size=6),
    st.lists(st.sampled_from([0.5, 1.0]), min_size=6, max_size=6),
    st.integers(3, 40),
)
def test_claim_dependence_counts_every_pair_of_votes(
    grid: list[int | None], extra: list[tuple[int, int, int]], weight: list[float], max_group: int
) -> None:
    rows = [(k % 5, k // 5, v) for k, v in enumerate(grid) if v is not None]
    # Source 5 copies source 0; extra rows give some sources a second value in a group.
    rows += [(5, gi, val) for s, gi, val in rows if s == 0]
    rows = list(dict.fromkeys(rows + extra))  # a source states a value once
    if not rows:
        return
    votes = _votes(rows, 6).with_weight(np.array(weight))
    det = CopyDetector(
        min_shared_mistakes=1, min_overlap=3, agree_base=0.3, agree_full=0.9,
        max_group_votes=max_group,
    )  # fmt: skip
    got = claim_dependence(votes, det)
    want = _reference_pairs(votes, det)
    assert [(i, j, copier) for i, j, _, _, copier in got] == [(i, j, c) for i, j, _, c, *_ in want]
    for (*_, sc, ev, _c), (*_, wsc, _wc, shared, same, both) in zip(got, want, strict=True):
        assert sc == pytest.approx(wsc)
        assert f"agree on {shared} values" in ev
        assert f"same value in {same} of {both} contested items" in ev


def test_pair_lookup_without_a_table_finds_the_same_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    from recon import dependence

    det = CopyDetector(min_shared_mistakes=1, min_overlap=3, agree_base=0.0, agree_full=0.99)
    votes = copier_world()
    with_table = claim_dependence(votes, det)
    monkeypatch.setattr(dependence._PairIndex, "_MAX_TABLE", 0)
    assert claim_dependence(votes, det) == with_table
    # Pairs of independent sources are looked up too, and found to be no suspects.
    assert [(i, j) for i, j, *_ in with_table] == [(4, 5)]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6), st.integers(0, 2)), max_size=60),
    st.lists(
        st.tuples(
            st.integers(0, 5),
            st.integers(0, 5),
            st.sampled_from([0.0, 0.3, 1 / 3, 1.0]),
            st.integers(-1, 5),
        ),
        max_size=6,
    ),
)
def test_local_vote_weights_add_each_pairs_score_where_both_speak(
    rows: list[tuple[int, int, int]], pairs: list[tuple[int, int, float, int]]
) -> None:
    from recon.resolve import local_vote_weights

    rows = list(dict.fromkeys(rows))
    if not rows:
        return
    votes = _votes(rows, 6)
    # A copier named outside the pair discounts nobody (as in the function).
    got = local_vote_weights(votes, pairs)
    g = votes.candidate_group[votes.vote_candidate].tolist()
    src = votes.vote_source.tolist()
    groups = {s: {g[v] for v in range(len(src)) if src[v] == s} for s in range(6)}
    want = []
    for v in range(len(src)):
        denom = 1.0
        for i, j, score, copier in pairs:
            if score <= 0 or i == j:
                continue
            hit = (i, j) if copier < 0 else (copier,)
            if src[v] in hit and g[v] in groups[i] & groups[j]:
                denom += score
        want.append(1.0 / denom)
    assert got.tolist() == want
