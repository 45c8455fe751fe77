"""Copy detection: shared passages between documents, shared mistakes between sources."""

from __future__ import annotations

import numpy as np

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
