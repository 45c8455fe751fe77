"""How fast ``recon.reconcile()`` reconciles extracted claims (a script, not a test).

    python benchmarks/reconcile_extracted.py                 # 10 copies, best of 3
    python benchmarks/reconcile_extracted.py --copies 5 --repeat 5
    python benchmarks/reconcile_extracted.py --folders       # and the per-folder digest

The corpus is every event folder under ``tests/data/<set>/<event>/`` (its
``*.txt`` and ``sources.json``, read with :func:`recon.load_corpus`), its
claims extracted once and then repeated ``--copies`` times over with distinct
document ids ("<set>/<event>/<doc>#<k>"), so that the copies link, group and
count as separate sources.  Extraction is not timed: its claims only depend
on a document's text and metadata, so copying them is the same as
extracting each copy.

``reconcile(claims)`` is then run ``--repeat`` times; the table gives the CPU
seconds (``time.process_time``: other work on a shared machine counts less)
of each pipeline step, through ``reconcile(on_step=...)``, of the run with
the smallest total (the least disturbed), with claims per second.

Two digests check that a change leaves the output alone: the sha256 of the
report's records (``report.to_records()``, each serialised as sorted-key
JSON, the lines sorted) and of the whole report (``report.to_json()``:
consensus, confidence, trust).  ``--folders`` also prints the digest of
``reconcile(load_corpus(folder)).to_records()`` over every event folder
(extraction included: it checks the per-event path end to end).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

import recon
from recon.ingest import ingest
from recon.model import Claim, Document

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
STEPS = ("ingest", "link", "group", "compare", "resolve", "report")


def event_folders() -> list[Path]:
    """Every ``tests/data/<set>/<event>/`` folder with a ``sources.json``, sorted."""
    return sorted(p.parent for p in DATA.glob("*/*/sources.json"))


def _renamed(doc: Document, sid: str) -> Document:
    return attrs.evolve(doc, source=attrs.evolve(doc.source, id=sid))


def extracted_claims(copies: int) -> list[Claim]:
    """The event folders' extracted claims, ``copies`` times over with distinct ids."""
    docs = [
        _renamed(d, f"{f.parent.name}/{f.name}/{d.id}")
        for f in event_folders()
        for d in recon.load_corpus(f)
    ]
    once = ingest(docs).claims
    return [
        attrs.evolve(c, source=attrs.evolve(c.source, id=f"{c.source.id}#{k}"))
        for k in range(copies)
        for c in once
    ]


def records_digest(records: Iterable[dict[str, Any]]) -> str:
    """sha256 of the records, each as sorted-key JSON, the lines sorted."""
    lines = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False, default=str) for r in records)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def folders_digest() -> str:
    """sha256 over every event folder's ``reconcile(load_corpus(folder))`` records."""
    whole = hashlib.sha256()
    for f in event_folders():
        h = records_digest(recon.reconcile(recon.load_corpus(f)).to_records())
        whole.update(f"{f.parent.name}/{f.name} {h}\n".encode())
    return whole.hexdigest()


def run_once(claims: list[Claim]) -> tuple[float, dict[str, float], recon.Report]:
    """One timed ``reconcile(claims)``: total CPU seconds, seconds per step, report."""
    times: dict[str, float] = {}
    last = [time.process_time()]

    def step(name: str) -> None:
        now = time.process_time()
        times[name] = now - last[0]
        last[0] = now

    t0 = last[0]
    report = recon.reconcile(claims, on_step=step)
    return time.process_time() - t0, times, report


def table(n: int, total: float, times: dict[str, float], all_totals: list[float]) -> str:
    """A Markdown table: CPU seconds and share of each step, then the total."""
    lines = ["| step | CPU s | share |", "|---|---:|---:|"]
    for s in STEPS:
        t = times.get(s)
        if t is not None:
            lines.append(f"| {s} | {t:.3f} | {t / total:.0%} |")
    lines.append(f"| **total** | **{total:.3f}** | {n / total:,.0f} claims/s |")
    runs = ", ".join(f"{t:.3f}" for t in all_totals)
    lines.append(f"\n{n:,} claims; runs (CPU s): {runs}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--copies", type=int, default=10, help="times the corpus is repeated")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the fastest is shown")
    ap.add_argument("--folders", action="store_true", help="also digest every event folder")
    ap.add_argument("--profile", type=Path, help="write a cProfile of one more run here")
    a = ap.parse_args()

    claims = extracted_claims(a.copies)
    # A small warm-up run loads what reconcile() loads on first use (lexicons,
    # the gazetteer, the policy), so that no timed run pays for it.
    recon.reconcile(claims[: len(claims) // a.copies // 10 + 1])
    best: tuple[float, dict[str, float], recon.Report] | None = None
    totals = []
    for _ in range(max(a.repeat, 1)):
        run = run_once(claims)
        totals.append(run[0])
        if best is None or run[0] < best[0]:
            best = run
    assert best is not None
    total, times, report = best
    print(table(len(claims), total, times, totals))
    print(f"records sha256: {records_digest(report.to_records())}")
    print(f"report sha256:  {hashlib.sha256(report.to_json().encode('utf-8')).hexdigest()}")
    if a.folders:
        print(f"folders sha256: {folders_digest()} ({len(event_folders())} event folders)")
    if a.profile:
        import cProfile

        cProfile.runctx("recon.reconcile(claims)", globals(), {"claims": claims}, str(a.profile))


if __name__ == "__main__":
    main()
