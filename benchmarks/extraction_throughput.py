"""Throughput of recon.numbers.find_quantities on one core (a script, not a test).

Builds Arabic text of 1, 2, 4 and 8 MB (UTF-8) by mixing the seed articles
with news-style sentences, times find_quantities on each, and prints MB/s
with the ratio of time to the 1 MB run (linear scaling: ratios ≈ 1, 2, 4, 8).
Then times pathological inputs (long digit runs, "1,1,1…", "مليون مليون …",
"و و و", 100k "ألف") and prints their seconds per MB next to normal text's:
every input must stay linear.  Run: python benchmarks/extraction_throughput.py
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from recon.normalise import normalise
from recon.numbers import find_quantities

ROOT = Path(__file__).resolve().parent.parent
MB = 1 << 20
SENTENCES = [
    "وقال مصدر عسكري إن نحو 200 عسكري فرنسي غادروا القاعدة بعد يوم واحد من تسليم قاعدة القيارة.",
    "أسفر القصف عن مقتل ١٢ مدنياً على الأقل وإصابة 35 آخرين، بحسب المرصد السوري.",
    "وخصصت الحكومة 1.1 مليون دولار لإعادة إعمار 300 منزل في المحافظة منذ عام 2017.",
    "ارتفع عدد الإصابات من 300 إلى 363 حالة، بينها 31 وفاة، في 26 آذار/مارس.",
    "ونزح عشرات الآلاف من المدنيين خلال ثلاثة أسابيع، وفق الأمم المتحدة.",
    "يبعد المعسكر 15 كيلومترا عن كركوك، وتبلغ مساحته ما بين 10 و12 كم2.",
    "بلغت نسبة التضخم ١٢٫٥٪ في أيار/مايو، مقابل 8 في المئة العام الماضي.",
]


def _seed_text() -> str:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    parts = [p.read_text(encoding="utf-8") for p in seeds] + SENTENCES
    return "\n".join(parts)


def build(size: int, rng: random.Random) -> str:
    base = _seed_text().split("\n")
    out: list[str] = []
    n = 0
    while n < size:
        line = rng.choice(base)
        out.append(line)
        n += len(line.encode("utf-8")) + 1
    return "\n".join(out)


def timed(text: str) -> tuple[float, int]:
    # CPU time of this process: on a shared 2-core machine wall time mostly
    # measures the neighbours.
    t0 = time.process_time()
    found = find_quantities(text)
    return time.process_time() - t0, len(found)


def main() -> None:
    rng = random.Random(0)
    print("find_quantities throughput (one core, CPU seconds; 'normalise s' is the share of")
    print("recon.normalise.normalise, which find_quantities calls first)")
    print(
        f"{'size':>6} {'seconds':>8} {'MB/s':>7} {'time ratio':>10} {'found':>8} {'normalise s':>11}"
    )
    first = None
    per_mb_normal = 0.0
    for mb in (1, 2, 4, 8):
        text = build(mb * MB, rng)
        size = len(text.encode("utf-8")) / MB
        t0 = time.process_time()
        normalise(text)
        tn = time.process_time() - t0
        secs, found = timed(text)
        first = first or secs
        per_mb_normal = secs / size
        print(
            f"{size:5.1f}M {secs:8.3f} {size / secs:7.2f} {secs / first:10.2f} {found:8d} {tn:11.3f}"
        )
    print()
    print(f"pathological inputs (CPU seconds per MB; normal text: {per_mb_normal:.3f} s/MB)")
    cases = {
        "100,000 digits": "1" * 100_000,
        "1,1,1,1… (100k)": ",".join(["1"] * 50_000),
        "مليون × 100k": " ".join(["مليون"] * 100_000),
        "و و و (100k)": " ".join(["و"] * 100_000),
        "ألف × 100k": " ".join(["ألف"] * 100_000),
        "ألف وألف وألف (50k)": " و".join(["ألف"] * 50_000),
        "digits and spaces (100k)": " ".join(["12"] * 50_000),
        "بين 1 و بين 2 (30k)": " ".join(["بين 1 و"] * 30_000),
    }
    for name, text in cases.items():
        for mult in (1, 2):
            t = text * mult if mult == 1 else (text + " ") * mult
            size = len(t.encode("utf-8")) / MB
            secs, found = timed(t)
            print(
                f"  {name:<26} x{mult}: {size:6.2f} MB {secs:7.3f} s {secs / size:7.3f} s/MB  ({found} found)"
            )


if __name__ == "__main__":
    main()
