"""How entity linking scales: 10k / 30k / 100k synthetic mentions on one core.

Mentions are drawn from synthetic name families with realistic variation:
long-vowel spelling variants (كاغينز/كيغنز), attached proclitics (و ب ل),
kind words (قاعدة … الجوية), Latin-script renderings, code names (K12 / ك 12),
and gazetteer names.  Prints the time (untraced run), the time under tracemalloc and the peak Python memory (tracemalloc) per
size and the time per 10k mentions, which stays flat when nothing is
quadratic.  Run:  python benchmarks/link_scale.py [sizes...]
"""

from __future__ import annotations

import random
import sys
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


def main(sizes: list[int]) -> None:
    link(make(1000))  # warm caches (lexicons, gazetteer index)
    print(
        f"{'mentions':>9} {'entities':>9} {'wall s':>8} {'cpu s':>7} {'cpu/10k':>8} {'traced s':>9} {'peak MB':>8}"
    )
    for n in sizes:
        ms = make(n, seed=n)
        t, c = time.perf_counter(), time.process_time()
        link(ms)
        plain, cpu = time.perf_counter() - t, time.process_time() - c
        ms = make(n, seed=n + 1)  # fresh texts: per-text caches must not help
        tracemalloc.start()
        t = time.perf_counter()
        ents = link(ms)
        dt = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        print(
            f"{n:>9} {len({e.id for e in ents}):>9} {plain:>8.2f} {cpu:>7.2f} {cpu / n * 1e4:>8.2f}"
            f" {dt:>9.2f} {peak:>8.1f}"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 30_000, 100_000])
