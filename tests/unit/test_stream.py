"""Streaming extraction: document order, bounded look-ahead, nothing lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

import recon
from recon import Document, Source
from recon.errors import OptionError
from recon.report import Skipped

pytest.importorskip("recon.extract")

from recon.stream import extract_stream, reconcile_stream

TEXTS = [
    "قالت وزارة الصحة في غزة إن 27 شخصا قتلوا في الغارة الإسرائيلية على مخيم جباليا.",
    "أفادت وكالة الأنباء الفلسطينية بمقتل نحو 30 شخصا في قصف استهدف مخيم جباليا.",
    "ذكرت رويترز أن ما لا يقل عن 25 شخصا لقوا حتفهم في مخيم جباليا.",
    "الطقس معتدل اليوم في عمّان، ولا جديد يذكر.",
    "أعلن الدفاع المدني السوري انتشال جثث 12 شخصا من تحت الأنقاض في حلب.",
]


def _docs(n: int = len(TEXTS)) -> list[Document]:
    return [
        Document(
            source=Source(id=f"doc{i:03d}", outlet=f"outlet{i % 3}", published=dt.date(2024, 1, 2)),
            text=TEXTS[i % len(TEXTS)],
        )
        for i in range(n)
    ]


def test_claims_are_those_reconcile_extracts_in_document_order() -> None:
    docs = _docs()
    got = list(extract_stream(docs))
    direct = recon.reconcile(docs, detect_copies=False)
    assert sorted(map(repr, got)) == sorted(map(repr, direct.claims))
    order = [int(c.source.id[3:]) for c in got]
    assert order == sorted(order)


def test_two_workers_give_the_same_claims_in_the_same_order() -> None:
    docs = _docs(12)
    assert list(extract_stream(docs, workers=2, chunksize=2)) == list(extract_stream(docs))


def test_documents_are_pulled_lazily() -> None:
    pulled = 0

    def gen() -> Iterator[Document]:
        nonlocal pulled
        for d in _docs(400):
            pulled += 1
            yield d

    it = extract_stream(gen())
    next(it)
    assert pulled <= 2  # one document, maybe the next one: never the archive


def test_worker_pool_keeps_a_bounded_window() -> None:
    pulled = 0

    def gen() -> Iterator[Document]:
        nonlocal pulled
        for d in _docs(200):
            pulled += 1
            yield d

    it = extract_stream(gen(), workers=2, chunksize=2)
    next(it)
    assert pulled <= 4 * 2 * 2 + 2
    rest = list(it)
    assert pulled == 200 and rest


def test_documents_without_claims_are_listed() -> None:
    skipped: list[Skipped] = []
    list(extract_stream(_docs(), skipped=skipped))
    assert [s.item for s in skipped] == ["doc003"]
    assert "no claims" in skipped[0].reason


def test_reconcile_stream_matches_reconcile() -> None:
    docs = _docs(10)
    streamed = reconcile_stream(docs, detect_copies=False)
    # Same claims, groups and verdicts (entity kinds from the texts' other
    # mentions are not carried over: the texts are not kept).
    assert streamed.to_records() == recon.reconcile(docs, detect_copies=False).to_records()
    assert {s.item for s in streamed.skipped} == {"doc003", "doc008"}


def test_quiet_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    list(extract_stream(_docs(), progress=None))
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("opts", [{"workers": -1}, {"chunksize": 0}])
def test_bad_options(opts: dict[str, int]) -> None:
    with pytest.raises(OptionError):
        list(extract_stream(_docs(), **opts))
