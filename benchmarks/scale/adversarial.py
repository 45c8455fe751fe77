"""Linear time on hostile text: a 10 MB adversarial document vs a 1 MB one.

    python benchmarks/scale/adversarial.py            # 1 MB and 10 MB, every document
    python benchmarks/scale/adversarial.py --small 100k --large 1M --limit 15
    python benchmarks/scale/adversarial.py --documents claims speakers --small 50k --large 500k

Two sorts of document, each timed stage by stage at both sizes:

* ``pieces``: the pieces that make scanners backtrack or blow up — digit
  runs thousands long, chains of number words and hedges with no noun,
  nested quotes, bidi controls and combining marks between every
  character, one endless line with no sentence break.
* Documents of real structure with no sentence break, so that every
  per-sentence or per-clause pass sees one sentence of thousands of items:
  ``claims`` (figures that each make a claim: "قتل 12 شخصا وأصيب 30
  آخرون، …"), ``dates_places`` (dates, named places and facilities between
  the figures), ``speakers`` (a quoted speaker and a source per figure) and
  ``mixed`` (all of these and the pieces).  A rule that scans its sentence
  from every figure is quadratic here and nowhere else: random pieces
  rarely make claims.

Exit status 1 if any stage grows by more than ``--limit`` times the size
ratio (10 × 1.5 by default): time must stay linear.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

PIECES = [
    "9" * 3000, "٣" * 2000, "1,000,000,000,000,", "١٢٣٬٤٥٦٫٧٨٩", "ألف ألف ألف مليون مليار ",
    "أكثر من نحو حوالي ما لا يقل عن أقل من ", "«قال «إن «نحو 30 قتيلا» سقطوا»» ",
    "\u202e\u2067\u200f", "\u064b\u0651\u0652\u0301" * 50, "ـــــــــــــ", "بين 3 و 5 و 7 و 9 و ",
    "في 12 و13 و14 كانون الأول/ديسمبر وأواخر ومطلع ومنتصف ", "$$$ €€€ 30% 40٪ ",
    "الرئيس الأمير الشيخ اللواء العميد ", "مخيم معسكر قاعدة مطار ميناء ", "((((((((((", "'\"'\"'\"",
]  # fmt: skip


def document(size: int, seed: int = 3) -> str:
    """``size`` characters of adversarial text, on a single line."""
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        p = rng.choice(PIECES)
        out.append(p)
        n += len(p)
    return "".join(out)[:size]


# Units of one endless sentence: joined by "،" and "و", never a full stop.
CLAIMS = [
    "قتل {a} شخصا وأصيب {b} آخرون، ",
    "ولقي {a} مدنيا حتفهم ونزح {b} ألف شخص، ",
    "وفقد {a} صيادا وأنقذ {b} آخرون، ",
    "واعتقل {a} عنصرا وأفرج عن {b} موقوفين، ",
    "ودمر {a} منزلا بقيمة {b} مليون دولار، ",
]  # fmt: skip
DATES_PLACES = [
    "في {d} آذار/مارس {y} في مدينة حلب قرب مطار دمشق الدولي قتل {b} شخصا، ",
    "ويوم الأحد {d} كانون الأول في محافظة إدلب على بعد {b} كيلومترا من الحدود، ",
    "وفي قاعدة عين الأسد غرب الأنبار منذ {y} تمركز {b} جنديا، ",
    "وفي مستشفى الشفاء بغزة أواخر {y} عولج {b} مصابا، ",
]  # fmt: skip
SPEAKERS = [
    "قال العميد أحمد الحسن إن {a} جنديا قتلوا، ",
    "وأضاف مصدر أمني لرويترز أن {b} أصيبوا بحسب بيان وزارة الدفاع، ",
    "وأعلن المتحدث باسم الدفاع المدني أن {a} شخصا نقلوا إلى المستشفى وفق ما أفادت وكالة الأنباء، ",
    "ونقلت «الجزيرة» عن مسؤول محلي قوله إن «نحو {b} عائلة نزحت»، ",
]  # fmt: skip


def structured(units: list[str], size: int, seed: int = 3) -> str:
    """``size`` characters of ``units`` with varied figures, as one sentence."""
    rng = random.Random(seed)
    # A dateline gives the figures a place, so that they make claims.
    out: list[str] = ["حلب (رويترز) - "]
    n = len(out[0])
    while n < size:
        u = rng.choice(units).format(
            a=rng.randint(2, 999),
            b=rng.randint(2, 999),
            d=rng.randint(1, 28),
            y=rng.randint(1990, 2025),
        )
        out.append(u)
        n += len(u)
    return "".join(out)[:size]


DOCUMENTS: dict[str, Callable[[int], str]] = {
    "pieces": document,
    "claims": lambda n: structured(CLAIMS, n),
    "dates_places": lambda n: structured(DATES_PLACES, n),
    "speakers": lambda n: structured(SPEAKERS, n),
    "mixed": lambda n: structured(CLAIMS + DATES_PLACES + SPEAKERS + PIECES, n),
}


def stages() -> dict[str, Callable[[str], object]]:
    from recon import Document, Source
    from recon.normalise import normalise

    out: dict[str, Callable[[str], object]] = {"normalise": normalise}
    try:
        from recon.numbers import find_quantities

        out["find_quantities"] = find_quantities
    except ImportError:
        pass
    try:
        from recon.dates import find_dates

        out["find_dates"] = find_dates
    except ImportError:
        pass
    try:
        from recon.extract import extract

        out["extract"] = lambda t: extract(Document(source=Source(id="adv"), text=t))
    except ImportError:
        pass
    return out


def _size(s: str) -> int:
    s = s.lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1], 1)
    return int(float(s.rstrip("km")) * mult)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--small", default="1M")
    ap.add_argument("--large", default="10M")
    ap.add_argument("--limit", type=float, default=1.5, help="allowed excess over linear growth")
    ap.add_argument("--documents", nargs="+", choices=sorted(DOCUMENTS), default=list(DOCUMENTS))
    a = ap.parse_args()
    small, large = _size(a.small), _size(a.large)
    ratio = large / small
    print(
        f"| document | stage | {small:,} chars s | {large:,} chars s | growth | linear would be |"
    )
    print("|---|---|---|---|---|---|")
    bad = False
    for kind in a.documents:
        docs = {small: DOCUMENTS[kind](small), large: DOCUMENTS[kind](large)}
        for name, fn in stages().items():
            t = {}
            for n, text in docs.items():
                t0 = time.perf_counter()
                fn(text)
                t[n] = time.perf_counter() - t0
            growth = t[large] / max(t[small], 1e-9)
            flag = growth > ratio * a.limit
            bad |= flag
            print(
                f"| {kind} | {name} | {t[small]:.2f} | {t[large]:.2f} | {growth:.1f}× |"
                f" {ratio:.0f}×{' ⚠' if flag else ''} |"
            )
            sys.stdout.flush()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
