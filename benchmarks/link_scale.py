"""How entity linking scales: 10k / 30k / 100k synthetic mentions on one core.

Mentions are drawn from synthetic name families with realistic variation:
long-vowel spelling variants (كاغينز/كيغنز), attached proclitics (و ب ل),
kind words (قاعدة … الجوية), Latin-script renderings, code names (K12 / ك 12),
and gazetteer names.  For each size it prints the best wall and CPU time of
``--repeat`` untraced runs (the best is the fairest figure on a shared
machine: other processes only ever add time), the CPU time per 10k mentions
(flat when nothing is quadratic), and the peak Python memory of one run
under tracemalloc (``--no-trace`` skips it; tracing is slow).  The load
average is printed first so a reader can judge how busy the machine was.

Run:  nice -n -5 python benchmarks/link_scale.py [--repeat N] [--no-trace] [sizes...]
"""

from __future__ import annotations

import argparse
import os
import random
import time
import tracemalloc

from recon.gazetteer import Gazetteer
from recon.link import Mention, link

CONS_AR = "بتجدرزسشصطعغفقكلمنه"
LAT = {"ب": "b", "ت": "t", "ج": "j", "د": "d", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
       "ط": "t", "ع": "", "غ": "g", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h"}  # fmt: skip
VOWELS = ["ا", "ي", "و", ""]
LAT_V = {"ا": "a", "ي": "i", "و": "o", "": "e"}


def family(rng: random.Random) -> list[str]:
    """One synthetic foreign-style name and its variant spellings."""
    cons = [rng.choice(CONS_AR) for _ in range(rng.randint(3, 5))]
    vows = [rng.choice(VOWELS) for _ in cons]
    base = "".join(c + v for c, v in zip(cons, vows, strict=True))
    alt = "".join(
        c + (rng.choice(VOWELS) if rng.random() < 0.4 else v)
        for c, v in zip(cons, vows, strict=True)
    )
    latin = "".join(LAT[c] + LAT_V[v] for c, v in zip(cons, vows, strict=True)).capitalize()
    return [base, alt, "و" + base if base[0] != "ا" else base, latin]


def make(n: int, seed: int = 7) -> list[Mention]:
    rng = random.Random(seed)
    gaz_names = [a for e in list(Gazetteer.default())[:200] for a in e.aliases[:3]]
    fams = [family(rng) for _ in range(max(50, n // 6))]
    out: list[Mention] = []
    for i in range(n):
        r = rng.random()
        doc = f"d{rng.randrange(n // 20 + 1)}"
        if r < 0.25:
            text = rng.choice(gaz_names)
        elif r < 0.35:
            k = rng.randrange(1, 200)
            text = rng.choice([f"K{k}", f"ك {k}", f"قاعدة K{k} الجوية", f"معسكر (K{k})"])
        else:
            f = rng.choice(fams)
            text = rng.choice(f)
            if rng.random() < 0.15:
                text = "قاعدة " + text
            elif rng.random() < 0.1:
                text = "الكولونيل " + text
        out.append(Mention(text=text, doc=doc))
        del i
    return out


def main(sizes: list[int], repeat: int = 3, trace: bool = True) -> None:
    link(make(1000))  # warm caches (lexicons, gazetteer index)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; best of {repeat}")
    print(
        f"{'mentions':>9} {'entities':>9} {'wall s':>8} {'cpu s':>7} {'cpu/10k':>8}"
        f" {'traced s':>9} {'peak MB':>8}"
    )
    for n in sizes:
        walls, cpus = [], []
        for r in range(repeat):
            ms = make(n, seed=n + 2 * r)  # fresh texts: per-text caches must not help
            t, c = time.perf_counter(), time.process_time()
            ents = link(ms)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        wall, cpu = min(walls), min(cpus)
        dt, peak = float("nan"), float("nan")
        if trace:
            ms = make(n, seed=n + 1)
            tracemalloc.start()
            t = time.perf_counter()
            ents = link(ms)
            dt = time.perf_counter() - t
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
        print(
            f"{n:>9} {len({e.id for e in ents}):>9} {wall:>8.2f} {cpu:>7.2f}"
            f" {cpu / n * 1e4:>8.2f} {dt:>9.2f} {peak:>8.1f}",
            flush=True,
        )


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 30_000, 100_000])
    ap.add_argument("--repeat", type=int, default=3, help="untraced runs per size (best kept)")
    ap.add_argument("--no-trace", action="store_true", help="skip the tracemalloc run")
    a = ap.parse_args()
    main(a.sizes, repeat=max(1, a.repeat), trace=not a.no_trace)
