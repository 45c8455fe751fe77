"""Scale benchmark: recon's columnar fast path vs the truthdiscovery package.

    python benchmarks/scale/run.py                      # 10k, 100k, 1M, 3M
    python benchmarks/scale/run.py --sizes 10k,100k --no-truthfinder
    python benchmarks/scale/run.py --sizes 1M --repeat 3 --no-truthfinder

Every (engine, size) runs in a fresh subprocess so that the peak memory
(the process's maximum resident set size) is honest.  Times are CPU seconds
of that process (``time.process_time``) by default, so that other work on
a shared machine counts less; ``--clock wall`` times wall-clock seconds
instead (``time.perf_counter``: on a quiet machine the two agree, as every
step runs on one core); ``--repeat N`` runs each engine N times and
keeps its fastest run (the least disturbed), for both engines alike.  recon's steps are
timed through ``reconcile_columns(on_step=...)``; "peak" after a step is the
high-water mark so far, input included.  The truthdiscovery package gets the
same claims as ``(source, entity|field, value)`` tuples; its drawing modules
(which import pycairo/imageio at top level) are stubbed out, as only its
algorithms are used.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Set from --clock in the worker processes.
clock = time.process_time
sys.path.insert(0, str(HERE))

STEPS = ("ingest", "link", "group", "compare", "resolve", "report")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _size(s: str) -> int:
    s = s.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1], 1)
    return int(float(s.rstrip("km")) * mult)


def worker_recon(n: int, copies: bool = True) -> dict[str, object]:
    import data
    from recon.fast import reconcile_columns
    from recon.resolve import get_policy

    # Modules load before the clock starts, as the package's do: the default
    # policy and copy detection are imported on first use.
    get_policy(None)
    import recon.dependence  # noqa: F401

    d = data.make(n)
    out: dict[str, object] = {"input_mb": _rss_mb()}
    times: dict[str, float] = {}
    peaks: dict[str, float] = {}
    last = [clock()]

    def step(name: str) -> None:
        now = clock()
        times[name] = now - last[0]
        peaks[name] = _rss_mb()
        last[0] = now

    t0 = clock()
    report = reconcile_columns(
        d["source"], d["entity"], d["field"], d["value"],
        unit=d["unit"], qualifier=d["qualifier"], as_of=d["as_of"], on_step=step, detect_copies=copies,
    )  # fmt: skip
    out["total_s"] = clock() - t0
    out["times"], out["peaks"] = times, peaks
    out["peak_mb"] = _rss_mb()
    out["groups"] = len(report)
    out["status"] = report.status_counts()  # type: ignore[attr-defined]
    out["sources"] = len(report.sources)
    return out


def _import_truthdiscovery() -> types.ModuleType:
    # Its package __init__ imports the drawing modules (pycairo, imageio);
    # stub them: only the algorithms are benchmarked.
    for name in ("truthdiscovery.graphs",):
        sys.modules.setdefault(name, types.ModuleType(name))
    import truthdiscovery

    return truthdiscovery


def worker_td(n: int, truthfinder: bool) -> dict[str, object]:
    import data

    td = _import_truthdiscovery()
    d = data.make(n)
    var = [f"{e}|{f}" for e, f in zip(d["entity"].tolist(), d["field"].tolist(), strict=True)]
    tuples = list(zip(d["source"].tolist(), var, d["value"].tolist(), strict=True))
    del d, var
    out: dict[str, object] = {"input_mb": _rss_mb()}
    t0 = clock()
    ds = td.Dataset(tuples, allow_multiple=True)
    out["dataset_s"] = clock() - t0
    t1 = clock()
    td.MajorityVoting().run(ds)
    out["majority_s"] = clock() - t1
    out["dataset_majority_s"] = clock() - t0
    out["peak_mb"] = _rss_mb()
    if truthfinder:
        t2 = clock()
        td.TruthFinder().run(ds)
        out["truthfinder_s"] = clock() - t2
        out["peak_tf_mb"] = _rss_mb()
    return out


def _spawn(args: list[str], timeout: float) -> dict[str, object] | None:
    try:
        p = subprocess.run(
            [sys.executable, __file__, *args],
            check=False,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s"}
    if p.returncode != 0:
        return {
            "error": p.stderr.strip().splitlines()[-1]
            if p.stderr.strip()
            else f"exit {p.returncode}"
        }
    return json.loads(p.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="10k,100k,1M,3M")
    ap.add_argument("--no-truthdiscovery", action="store_true", help="skip the comparison package")
    ap.add_argument("--no-truthfinder", action="store_true", help="skip its (slow) TruthFinder")
    ap.add_argument("--truthfinder-max", default="1M", help="largest size to run TruthFinder on")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--repeat", type=int, default=1, help="runs per engine; the fastest is kept")
    ap.add_argument("--json", help="also write the raw figures to this file")
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--tf", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--no-copies", action="store_true", help="recon without copy detection")
    ap.add_argument(
        "--clock", choices=("cpu", "wall"), default="cpu", help="CPU seconds (default) or wall"
    )
    a = ap.parse_args()
    if a.worker:
        global clock
        clock = time.perf_counter if a.clock == "wall" else time.process_time
        engine, n = a.worker[0], int(a.worker[1])
        res = worker_recon(n, not a.no_copies) if engine == "recon" else worker_td(n, a.tf)
        print(json.dumps(res))
        return

    sizes = [_size(s) for s in a.sizes.split(",")]
    tf_max = _size(a.truthfinder_max)
    rows = []
    for n in sizes:
        print(f"… {n:,} claims", file=sys.stderr, flush=True)
        r = t = None
        for _ in range(max(a.repeat, 1)):
            # Alternate the engines, so that a busy spell on the machine
            # falls on both rather than on one.
            r = _fastest(
                r,
                _spawn(
                    [
                        "--worker",
                        "recon",
                        str(n),
                        "--clock",
                        a.clock,
                        *(["--no-copies"] if a.no_copies else []),
                    ],
                    a.timeout,
                ),
                "total_s",
            )
            if not a.no_truthdiscovery:
                tf = ["--tf"] if not a.no_truthfinder and n <= tf_max else []
                t = _fastest(
                    t,
                    _spawn(["--worker", "td", str(n), "--clock", a.clock, *tf], a.timeout),
                    "dataset_majority_s",
                )
        rows.append({"n": n, "recon": r, "truthdiscovery": t})
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=2))
    print(table(rows))


def _fastest(
    a: dict[str, object] | None, b: dict[str, object] | None, key: str
) -> dict[str, object] | None:
    """The run with the smaller ``key`` (a failed run only when both failed)."""
    if a is None or not isinstance(a.get(key), float):
        return b
    if b is None or not isinstance(b.get(key), float):
        return a
    return a if a[key] <= b[key] else b  # type: ignore[operator]


def _f(x: object, fmt: str = "{:.2f}") -> str:
    return fmt.format(x) if isinstance(x, (int, float)) else "–"


def table(rows: list[dict[str, object]]) -> str:
    """A Markdown table: recon's steps, totals and peaks; the package's; ratios."""
    head = ["claims", *(f"{s} s" for s in STEPS), "recon total s", "recon peak MB", "input MB",
            "td Dataset+MV s", "td peak MB", "td TruthFinder s", "speed-up vs MV", "bytes/claim (recon)"]  # fmt: skip
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        r = row["recon"] or {}
        t = row["truthdiscovery"] or {}
        assert isinstance(r, dict) and isinstance(t, dict)
        times = r.get("times", {})
        total, mv = r.get("total_s"), t.get("dataset_majority_s")
        ratio = mv / total if isinstance(total, float) and isinstance(mv, float) else None
        # What recon holds per claim beyond the input columns.
        per = (r["peak_mb"] - r["input_mb"]) * 2**20 / row["n"] if "peak_mb" in r else None  # type: ignore[operator]
        cells = [f"{row['n']:,}", *(_f(times.get(s)) for s in STEPS), _f(total), _f(r.get("peak_mb"), "{:.0f}"),
                 _f(r.get("input_mb"), "{:.0f}"), _f(mv), _f(t.get("peak_mb"), "{:.0f}"),
                 _f(t.get("truthfinder_s")), _f(ratio, "{:.1f}×"), _f(per, "{:.0f}")]  # fmt: skip
        if "error" in r or "error" in t:
            cells.append(f"({r.get('error') or t.get('error')})")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
