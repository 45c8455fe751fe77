"""Run every recon policy and the peer algorithms on the truth-discovery benchmarks.

    python benchmarks/truth/run.py            # all datasets, all 31 days of Flight
    python benchmarks/truth/run.py --quick    # 3 days of Flight, for iteration

Prints one table: dataset, policy, path (``api``: the public
``recon.reconcile(tuples, policy=..., link="exact")``; ``votes``: the same
grouping built directly as :class:`recon.resolve.Votes` from the loader, used
where the object pipeline is too slow), accuracy or MAE on the gold cells,
calibration error (ECE of the stated confidence), time and peak extra memory.
Each run happens in a forked child so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loaders as L  # noqa: N812
import peers

from recon.dependence import apply_dependence, detect_dependence
from recon.resolve import Votes, field_codes, get_policy, partial_pairs

POLICIES: tuple[str, ...] = (
    "auto",
    "auto-t0.5",
    "majority",
    "truthfinder",
    "accu",
    "accusim",
    "crh",
    "accucopy",
    "hybrid",
)


def _policy(name: str) -> Any:
    # "auto-t0.5": the default with its ACCU scores tempered (τ = 0.5) for calibration.
    if name == "auto-t0.5":
        from recon.truth_copy import auto_policy

        return attrs.evolve(auto_policy(0.5), name=name)
    return name


Pred = dict[tuple[str, str], tuple[Any, float]]  # (entity, field) -> (value or None, confidence)

#: Datasets small enough for the full object pipeline through the public API.
API_MAX_CLAIMS = 60_000


# -- memory/time measurement ----------------------------------------------------


def _status(key: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    return 0


def _child(fn: Callable[[], Any], conn: Any) -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # reset the peak-RSS mark: measure this run only
    except OSError:
        pass
    base = _status("VmRSS:")
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    conn.send((out, dt, max(_status("VmHWM:") - base, 0)))
    conn.close()


def measure(fn: Callable[[], Any]) -> tuple[Any, float, int]:
    """Run ``fn`` in a forked child: (result, seconds, peak extra bytes)."""
    ctx = mp.get_context("fork")
    rx, tx = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_child, args=(fn, tx))
    p.start()
    out = rx.recv()
    p.join()
    return out  # type: ignore[no-any-return]


# -- recon through the public API -----------------------------------------------


def _plain(v: Any) -> Any:
    from recon.model import Quantity, SetValue, TextValue

    if v is None:
        return None
    if isinstance(v, Quantity):
        return v.value
    if isinstance(v, TextValue):
        return v.value
    if isinstance(v, SetValue):
        return tuple(sorted(v.value))
    return v


def recon_api(bench: L.Bench, policy: str) -> Pred:
    from recon.pipeline import reconcile

    df = bench.claims
    tuples = [
        (s, e, f, list(v) if isinstance(v, tuple) else v)
        for s, e, f, v in zip(df.source, df.entity, df.field, df.value, strict=True)
    ]
    rep = reconcile(tuples, policy=_policy(policy), link="exact")
    # Scored on the top-ranked candidate: an "undecided" group (a tie) still
    # ranks its candidates, and the peers break ties too.
    return {
        (g.entity.name, g.field): (
            _plain(
                g.consensus
                if g.consensus is not None or not g.candidates
                else g.candidates[0].value
            ),
            g.confidence,
        )
        for g in rep.groups
    }


# -- recon on Votes built directly ---------------------------------------------


def _key(v: Any) -> str:
    return "\x1e".join(v) if isinstance(v, tuple) else repr(v)


def build_votes(df: pd.DataFrame) -> tuple[Votes, list[tuple[str, str]], list[Any]]:
    """Votes with recon's grouping: group = (entity, field), candidate = distinct value."""
    gkey = df.entity.astype(str) + "\x1f" + df.field.astype(str)
    g, groups = pd.factorize(gkey, sort=True)
    vk = df.value.map(_key)
    ck = pd.Series(g).astype(str) + "\x1f" + vk.values
    c, cands = pd.factorize(ck, sort=True)
    s, sources = pd.factorize(df.source, sort=True)
    n_c = len(cands)
    first = np.full(n_c, -1, dtype=np.int64)
    first[c[::-1]] = np.arange(len(c))[::-1]
    cand_group = g[first].astype(np.int64)
    cand_value = [df.value.iat[i] for i in first]
    num = np.array(
        [float(v) if isinstance(v, (int, float)) else np.nan for v in cand_value], dtype=np.float64
    )
    pair = np.unique(s.astype(np.int64) * n_c + c)
    ns = len(sources)
    # Tuples are sets (author lists), as recon.group.build_votes reads SetValues.
    partial, grade = partial_pairs(
        [frozenset(v) if isinstance(v, tuple) else None for v in cand_value], cand_group
    )
    votes = Votes(
        sources=tuple(str(x) for x in sources),
        candidate_group=cand_group,
        vote_source=(pair // n_c).astype(np.int64),
        vote_candidate=(pair % n_c).astype(np.int64),
        vote_time=np.full(pair.shape[0], np.nan),
        compatible=np.zeros((0, 2), dtype=np.int64),
        candidate_numeric=num,
        prior=np.full(ns, 0.8),
        weight=np.ones(ns),
        n_groups=len(groups),
        partial=partial,
        partial_grade=grade,
    )
    names = [tuple(x.split("\x1f", 1)) for x in groups]
    votes = attrs.evolve(votes, group_field=field_codes([f for _, f in names]))
    return votes, names, cand_value  # type: ignore[return-value]


def recon_votes(
    votes: Votes, names: list[tuple[str, str]], values: list[Any], policy: str, copies: bool = True
) -> Pred:
    if copies:
        # As recon.pipeline and recon.fast do: source weights and group-local
        # per-vote weights where only a known copier is discounted.
        w, deps = detect_dependence([], [], votes)
        votes = apply_dependence(votes, w, deps)
    res = get_policy(_policy(policy))(votes)
    sc = res.candidate_score
    g = votes.candidate_group
    order = np.lexsort((np.arange(sc.size), -sc, g))
    first = np.r_[True, g[order][1:] != g[order][:-1]]
    # The top-ranked candidate (ties: the lower candidate index), as Group.candidates[0].
    return {names[int(g[c])]: (values[c], float(sc[c])) for c in order[first].tolist()}


# -- scoring --------------------------------------------------------------------


def _same(v: Any, gold: Any) -> bool:
    if v is None:
        return False
    if isinstance(gold, float) and isinstance(v, (int, float)):
        return abs(float(v) - gold) < 1e-9
    return bool(v == gold)


def score(bench: L.Bench, pred: Pred) -> tuple[float, float, int]:
    """(accuracy or MAE, expected calibration error, cells scored)."""
    errs, conf, hit = [], [], []
    for k, gold in bench.gold.items():
        if k not in pred:
            continue
        v, c = pred[k]
        if bench.metric == "mae":
            if v is not None:
                errs.append(abs(float(v) - float(gold)))  # type: ignore[arg-type]
            else:
                errs.append(abs(float(gold)))  # type: ignore[arg-type]
        ok = _same(v, gold)
        hit.append(ok)
        conf.append(c)
    n = len(hit)
    if not n:
        return float("nan"), float("nan"), 0
    h, cf = np.array(hit, float), np.array(conf, float)
    ece = 0.0
    bins = np.minimum((np.nan_to_num(cf) * 10).astype(int), 9)
    for b in range(10):
        m = bins == b
        if m.any():
            ece += m.sum() / n * abs(h[m].mean() - cf[m].mean())
    val = float(np.mean(errs)) if bench.metric == "mae" else float(h.mean())
    return val, ece, n


def reliability(bench: L.Bench, pred: Pred) -> list[tuple[str, int, float, float]]:
    """Buckets of stated confidence: (range, cells, mean confidence, accuracy)."""
    rows = []
    cf, h = [], []
    for k, gold in bench.gold.items():
        if k in pred:
            v, c = pred[k]
            cf.append(c)
            h.append(_same(v, gold))
    cfa, ha = np.array(cf), np.array(h, float)
    edges = [0.0, 0.5, 0.7, 0.9, 0.99, 1.0001]
    for lo, hi in itertools.pairwise(edges):
        m = (cfa >= lo) & (cfa < hi)
        if m.any():
            rows.append(
                (
                    f"[{lo:.2f},{min(hi, 1):.2f}]",
                    int(m.sum()),
                    float(cfa[m].mean()),
                    float(ha[m].mean()),
                )
            )
    return rows


# -- main -----------------------------------------------------------------------


def _fmt(
    bench: L.Bench, name: str, path: str, val: float, ece: float, n: int, t: float, mem: int
) -> str:
    metric = f"MAE {val:,.0f}" if bench.metric == "mae" else f"{val:.3f}"
    e = "" if np.isnan(ece) else f"{ece:.3f}"
    return (
        f"| {bench.name} | {name} | {path} | {metric} | {e} | {n} | {t:.1f} | {mem / 2**20:.0f} |"
    )


def run_bench(
    bench: L.Bench,
    *,
    api: bool,
    peer_list: list[str],
    rel: bool,
    policies: tuple[str, ...] = POLICIES,
) -> None:
    votes, names, values = build_votes(bench.claims)
    for pol in policies:
        if api:
            pred, t, mem = measure(lambda pol=pol: recon_api(bench, pol))
            path = "api"
        else:
            pred, t, mem = measure(lambda pol=pol: recon_votes(votes, names, values, pol))
            path = "votes"
        val, ece, n = score(bench, pred)
        print(_fmt(bench, pol, path, val, ece, n, t, mem), flush=True)
        if rel and pol in ("auto", "auto-t0.5"):
            for r in reliability(bench, pred):
                print(
                    f"|   reliability {pol} {r[0]} | cells {r[1]} | conf {r[2]:.3f} | acc {r[3]:.3f} |"
                )
    pred, t, mem = measure(lambda: recon_votes(votes, names, values, "majority", copies=False))
    val, ece, n = score(bench, pred)
    print(_fmt(bench, "majority, no copy detection", "votes", val, ece, n, t, mem), flush=True)
    for alg in peer_list:
        pred, t, mem = measure(lambda alg=alg: peers.run(alg, bench.claims))
        val, ece, n = score(bench, pred)
        print(
            _fmt(bench, f"peer: {alg}", "truthdiscovery", val, float("nan"), n, t, mem), flush=True
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="3 days of Flight only")
    ap.add_argument("--only", nargs="*", help="dataset names to run")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--reliability", action="store_true", help="print reliability buckets")
    ap.add_argument("--policies", nargs="*", help="recon policies to run (default: all)")
    ap.add_argument("--peers", nargs="*", help="peer algorithms to run (default: all)")
    args = ap.parse_args()
    peer_list = [] if args.no_peers else list(args.peers or peers.ALGORITHMS)
    policies = tuple(args.policies or POLICIES)
    print(
        f"cores: {os.cpu_count()}; peers: {'truthdiscovery ' + peers.version() if peer_list else 'none'}"
    )
    print("| dataset | policy | path | accuracy / MAE | ECE | gold cells | time s | peak MiB |")
    print("|---|---|---|---|---|---|---|---|")
    days = 3 if args.quick else None
    benches: list[tuple[str, Callable[[], L.Bench]]] = [
        ("flight", lambda: L.flight(days)),
        ("flight-noairline", lambda: L.flight(days, without_gold_sources=True)),
        *L.LOADERS.items(),
    ]
    for name, load in benches:
        if args.only and name not in args.only:
            continue
        bench = load()
        api = len(bench.claims) <= API_MAX_CLAIMS
        run_bench(bench, api=api, peer_list=peer_list, rel=args.reliability, policies=policies)


if __name__ == "__main__":
    main()
