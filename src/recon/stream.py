"""Extraction over many documents: one at a time, on every core if asked.

:func:`extract_stream` reads documents lazily from any iterable (a generator
over a news archive, a :class:`~recon.Corpus`) and yields their claims in
document order.  Memory stays constant in the number of documents: with
``workers > 1`` only a bounded window of documents is in flight at once.
:func:`reconcile_stream` feeds those claims to :func:`recon.reconcile`.

Each document goes through the same reading as :func:`recon.reconcile`
(outlet credits, extraction), so the claims are the same whichever entry
point is used, and whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from itertools import islice
from typing import Any

from recon.errors import OptionError
from recon.model import Claim, Document
from recon.report import Report, Skipped

__all__ = ["extract_stream", "reconcile_stream"]

# (claims, skipped) for one chunk of documents.
_Chunk = tuple[list[Claim], list[tuple[str, str]]]


def _read(docs: list[Document], lang: str) -> _Chunk:
    """Read documents exactly as recon.reconcile does; errors become skip reasons
    (exceptions with custom constructors do not always survive pickling)."""
    from recon.ingest import ingest

    got = ingest(docs, lang=lang)
    return got.claims, [(s.item, s.reason) for s in got.skipped]


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_stream(
    documents: Iterable[Document],
    *,
    workers: int = 1,
    progress: bool | None = None,
    lang: str = "ar",
    chunksize: int = 4,
    skipped: list[Skipped] | None = None,
) -> Iterator[Claim]:
    """Yield the claims of each document in turn, in document order.

    ``workers``
        processes to extract with (``0``: one per core); with more than one,
        documents are sent in chunks of ``chunksize`` and at most ``4 *
        workers`` chunks are in flight, so memory does not grow with the
        number of documents.
    ``progress``
        a progress bar on stderr; ``None``: only when stderr is a terminal.
    ``skipped``
        a list to append a :class:`~recon.Skipped` entry to for each document
        that yielded no claim or could not be read, with the reason.
    """
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers < 0:
        raise OptionError(f"workers must be 0 (all cores) or more, got {workers!r}")
    if chunksize < 1:
        raise OptionError(f"chunksize must be at least 1, got {chunksize!r}")
    from recon.progress import Progress

    total = len(documents) if isinstance(documents, Sized) else 0
    bar = Progress(total, label="extracting", enabled=progress)
    try:
        for claims, skips, n in _results(documents, workers, chunksize, lang):
            if skipped is not None:
                skipped.extend(Skipped(item=i, reason=r) for i, r in skips)
            yield from claims
            bar.advance(n)
    finally:
        bar.close()


def _results(
    documents: Iterable[Document], workers: int, chunksize: int, lang: str
) -> Iterator[tuple[list[Claim], list[tuple[str, str]], int]]:
    if workers == 1:
        for doc in documents:
            claims, skips = _read([doc], lang)
            yield claims, skips, 1
        return
    # "spawn": no inherited locks or threads from the parent, same on every OS.
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers) as pool:
        pending: deque[tuple[Any, int]] = deque()
        for chunk in _chunks(documents, chunksize):
            pending.append((pool.apply_async(_read, (chunk, lang)), len(chunk)))
            if len(pending) >= 4 * workers:
                res, n = pending.popleft()
                claims, skips = res.get()
                yield claims, skips, n
        while pending:
            res, n = pending.popleft()
            claims, skips = res.get()
            yield claims, skips, n


class _Claims(list[Claim]):
    """Claims that remember which documents gave none (read by recon.ingest)."""

    def __init__(self, claims: Iterable[Claim], skipped: list[tuple[str, str]]) -> None:
        super().__init__(claims)
        self.skipped = skipped


def reconcile_stream(
    documents: Iterable[Document],
    *,
    workers: int = 1,
    progress: bool | None = None,
    lang: str = "ar",
    **options: Any,
) -> Report:
    """Extract with :func:`extract_stream`, then :func:`recon.reconcile` the claims.

    ``options`` are :func:`recon.reconcile`'s.  Documents that gave no claim
    are listed in ``report.skipped``.  The article texts are not kept (to
    bound memory), so copy detection sees the claims only and entities are
    linked from the claims' mentions only; the groups, claims and verdicts are
    those of ``reconcile(documents)``.
    """
    from recon.pipeline import reconcile

    skipped: list[Skipped] = []
    claims = list(
        extract_stream(documents, workers=workers, progress=progress, lang=lang, skipped=skipped)
    )
    return reconcile(_Claims(claims, [(s.item, s.reason) for s in skipped]), lang=lang, **options)
