"""Extraction throughput on one core (a script, not a test).

Part 1, the whole of :func:`recon.extract.extract`: Arabic news text of 1, 2,
4 and 8 MB (UTF-8), built from the seed articles, the unseen test articles
and news-style sentences, is extracted (a) as many documents of 5–30 KB and
(b) as one large document; each row prints MB/s and the ratio of time to the
first size (linear scaling: ratios ≈ 1, 2, 4, 8).  Pathological documents
follow.

Then each stage of extract() alone (sentences, words, gazetteer names, dates,
figures, entity context, attributions) on the same kind of articles, as MB/s
and share of the whole; what is left is the per-claim work (fields, entity
choice, speakers).

Part 2, :func:`recon.numbers.find_quantities` alone on the same sizes, then
pathological inputs (long digit runs, "1,1,1…", "مليون مليون …", "و و و",
100k "ألف"), printed as seconds per MB next to normal text's: every input
must stay linear.

Times are CPU seconds of this process (time.process_time): on a shared
machine wall time mostly measures the neighbours.  Run it niced::

    nice python benchmarks/extraction_throughput.py            # 1, 2, 4, 8 MB
    nice python benchmarks/extraction_throughput.py --quick    # 0.25 … 2 MB
    nice python benchmarks/extraction_throughput.py --adversarial [--quick]
    nice python benchmarks/extraction_throughput.py --stages [--quick]   # per stage

Part 1 ends with adversarial documents at 1 and 10 MB (0.1 and 1 MB with
``--quick``): one sentence of thousands of figures, names, speakers or
dates, and long runs of number words, digits and separators; the time ratio
printed beside the size ratio shows whether extraction stays linear.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

from recon.extract import extract
from recon.model import Document, Source
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
    seeds += sorted((ROOT / "tests" / "data" / "unseen").glob("*.txt"))
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


def documents(size: int, rng: random.Random) -> list[str]:
    """News text of about ``size`` bytes as articles of 5–30 KB."""
    base = _seed_text().split("\n")
    docs: list[str] = []
    total = 0
    while total < size:
        want = rng.randint(5_000, 30_000)
        lines: list[str] = []
        n = 0
        while n < want:
            line = rng.choice(base)
            lines.append(line)
            n += len(line.encode("utf-8")) + 1
        docs.append("\n".join(lines))
        total += n
    return docs


_PUB = dt.date(2020, 3, 26)


def extract_cpu(texts: list[str]) -> tuple[float, int]:
    """CPU seconds to extract every text as a document, and the claims found."""
    docs = [
        Document(source=Source(id=f"d{k}", published=_PUB), text=t) for k, t in enumerate(texts)
    ]
    t0 = time.process_time()
    n = sum(len(extract(d)) for d in docs)
    return time.process_time() - t0, n


def extract_section(sizes: tuple[float, ...]) -> None:
    """Part 1: the whole extract(), many articles and one large document."""
    extract(Document(source=Source(id="warm", published=_PUB), text=_seed_text()))  # lexicons
    print("extract() throughput (one core, CPU seconds)")
    print(f"{'input':<26} {'size':>6} {'seconds':>8} {'MB/s':>6} {'ratio':>6} {'claims':>7}")
    for label, many in (("articles of 5-30 KB", True), ("one document", False)):
        rng = random.Random(1)
        first = None
        for mb in sizes:
            texts = documents(int(mb * MB), rng) if many else [build(int(mb * MB), rng)]
            size = sum(len(t.encode("utf-8")) for t in texts) / MB
            secs, n = extract_cpu(texts)
            first = first or secs / size * sizes[0]
            name = f"{label} (x{len(texts)})" if many else label
            print(
                f"{name:<26} {size:5.2f}M {secs:8.2f} {size / secs:6.2f} {secs / first:6.2f} {n:7d}"
            )
    print()
    print("extract() on pathological documents (CPU seconds per MB, x1 then x2)")
    for name, text in _pathological().items():
        for mult in (1, 2):
            t = text if mult == 1 else (text + " ") * mult
            size = len(t.encode("utf-8")) / MB
            secs, n = extract_cpu([t])
            print(f"  {name:<26} x{mult}: {size:6.2f} MB {secs:7.3f} s {secs / size:7.3f} s/MB")
    print()


def stage_section(mb: float) -> None:
    """Each stage of extract() on its own, on articles of 5-30 KB (about
    ``mb`` MB in all): MB/s per core and its share of the whole."""
    from recon.attribution import find_attributions
    from recon.dates import find_dates
    from recon.entities_ar import DocContext, load_lex
    from recon.fields_ar import Sentence
    from recon.gazetteer import shared_default
    from recon.sentences import split_sentences

    texts = documents(int(mb * MB), random.Random(1))
    size = sum(len(t.encode("utf-8")) for t in texts) / MB
    lx = load_lex("ar")
    gaz = shared_default()
    segs = [split_sentences(t) for t in texts]
    sents = [[Sentence(t, seg, lx) for seg in ss] for t, ss in zip(texts, segs, strict=True)]
    ments = [gaz.find_mentions(t) for t in texts]
    dates = [find_dates(t, published=_PUB) for t in texts]
    rows = {
        "split_sentences": lambda: [split_sentences(t) for t in texts],
        "sentence words (tokenize)": lambda: [
            [Sentence(t, seg, lx) for seg in ss] for t, ss in zip(texts, segs, strict=True)
        ],
        "gazetteer names": lambda: [gaz.find_mentions(t) for t in texts],
        "find_dates": lambda: [find_dates(t, published=_PUB) for t in texts],
        "find_quantities": lambda: [find_quantities(t) for t in texts],
        "entity context (DocContext)": lambda: [
            DocContext(t, s, m, lx) for t, s, m in zip(texts, sents, ments, strict=True)
        ],
        "attributions": lambda: [
            find_attributions(
                t,
                ss,
                stops=[d.start for d in ds],
                entities=[(m.start, m.end) for m in ms],
                tokens=[x.toks for x in st],
            )
            for t, ss, ds, ms, st in zip(texts, segs, dates, ments, sents, strict=True)
        ],
        "whole extract()": lambda: extract_cpu(texts),
    }
    secs = {}
    for name, run in rows.items():
        best = float("inf")
        for _ in range(3):  # the least of three: neighbours only ever add time
            t0 = time.process_time()
            run()
            best = min(best, time.process_time() - t0)
        secs[name] = best
    whole = secs["whole extract()"]
    print(f"extract() stages on {len(texts)} articles, {size:.2f} MB (one core, CPU seconds)")
    print(f"{'stage':<28} {'seconds':>8} {'MB/s':>7} {'share':>6}")
    for name, v in secs.items():
        print(f"{name:<28} {v:8.3f} {size / v:7.2f} {v / whole:6.0%}")
    rest = whole - sum(v for k, v in secs.items() if k != "whole extract()")
    print(f"{'(claims: fields, entities)':<28} {rest:8.3f} {'':>7} {rest / whole:6.0%}")
    print()


def _adversarial(size: int) -> dict[str, str]:
    """Documents of about ``size`` bytes built to defeat linear time: one
    sentence of figures and names, one of speakers, one of dates, one of
    victims told by a noun, one of figures of none and lone units of time,
    and runs of number words, digits and separators."""
    pieces = {
        "one sentence, figures+names": "قتل 5 أشخاص في بغداد و",
        "one sentence, speakers": "وقال الوزير أحمد إن 5 جنود قتلوا في دمشق، وأضاف أحمد و",
        "one sentence, dates": "قتل 5 جنود يوم 3 آذار في الهجوم على قاعدة K1 و",
        "speakers, many sentences": "وأضاف زيد أن 5 جنود قتلوا في حلب. قال مصدر إن 3 أصيبوا.",
        "number words": "ألف ومئتان وثلاثة وعشرون مليون",
        "digits and separators": "1,234.5 ١٢٣٬٤٥٦٫٧ 12-3 ,,, ...",
        "names and facilities": "قاعدة K1 الجوية في كركوك ومعسكر التاجي وبغداد وسوريا",
        # A victim told by a noun beside a figure: each checked against the figures.
        "singular victims": "وفاة شخص وإصابة 5 آخرين ومقتل جندي و",
        # Each figure's denial is read back over its sentence (recon._denial).
        "one sentence, denials": "نفى الجيش مقتل 5 جنود في دمشق وأكد مقتل 3 و",
        # Figures of none and lone units of time (recon._zero_figures,
        # recon._implied_one): openers whose phrase never closes, and spans.
        "none and spans": "لم يسفر الحادث عن دون تسجيل لمدة شهر نحو أسبوع دون إصابات و",
    }
    out = {}
    for name, piece in pieces.items():
        reps = max(1, size // len(piece.encode("utf-8")))
        out[name] = " ".join([piece] * reps)
    return out


def adversarial_section(small: float, big: float) -> None:
    """Adversarial documents at ``small`` and ``big`` MB: the time ratio must
    stay near the size ratio."""
    print(f"extract() on adversarial documents, {small:g} MB vs {big:g} MB (CPU seconds)")
    print(f"{'input':<30} {'small s':>8} {'big s':>8} {'time ratio':>10} {'size ratio':>10}")
    lo, hi = _adversarial(int(small * MB)), _adversarial(int(big * MB))
    for name in lo:
        a, _ = extract_cpu([lo[name]])
        b, _ = extract_cpu([hi[name]])
        ratio = len(hi[name]) / len(lo[name])
        print(f"{name:<30} {a:8.2f} {b:8.2f} {b / max(a, 1e-9):10.2f} {ratio:10.2f}", flush=True)
    print()


def _pathological() -> dict[str, str]:
    return {
        "100,000 digits": "1" * 100_000,
        "1,1,1,1… (100k)": ",".join(["1"] * 50_000),
        "مليون × 100k": " ".join(["مليون"] * 100_000),
        "و و و (100k)": " ".join(["و"] * 100_000),
        "ألف × 100k": " ".join(["ألف"] * 100_000),
        "ألف وألف وألف (50k)": " و".join(["ألف"] * 50_000),
        "digits and spaces (100k)": " ".join(["12"] * 50_000),
        "بين 1 و بين 2 (30k)": " ".join(["بين 1 و"] * 30_000),
        "قال قال قال (50k)": " ".join(["قال"] * 50_000),
        "one 20 KB sentence": " ".join(["قتل 5 أشخاص في بغداد و"] * 800),
    }


def timed(text: str) -> tuple[float, int]:
    # CPU time of this process: on a shared 2-core machine wall time mostly
    # measures the neighbours.
    t0 = time.process_time()
    found = find_quantities(text)
    return time.process_time() - t0, len(found)


def main() -> None:
    quick = "--quick" in sys.argv[1:]
    sizes = (0.25, 0.5, 1.0, 2.0) if quick else (1.0, 2.0, 4.0, 8.0)
    if "--adversarial" in sys.argv[1:]:
        adversarial_section(0.1, 1.0) if quick else adversarial_section(1.0, 10.0)
        return
    if "--stages" in sys.argv[1:]:
        stage_section(0.5 if quick else 2.0)
        return
    extract_section(sizes)
    stage_section(0.5 if quick else 2.0)
    adversarial_section(0.1, 1.0) if quick else adversarial_section(1.0, 10.0)
    rng = random.Random(0)
    print("find_quantities throughput (one core, CPU seconds; 'normalise s' is the share of")
    print("recon.normalise.normalise, which find_quantities calls first)")
    print(
        f"{'size':>6} {'seconds':>8} {'MB/s':>7} {'time ratio':>10} {'found':>8} {'normalise s':>11}"
    )
    first = None
    per_mb_normal = 0.0
    for mb in sizes:
        text = build(int(mb * MB), rng)
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
    for name, text in _pathological().items():
        for mult in (1, 2):
            t = text * mult if mult == 1 else (text + " ") * mult
            size = len(t.encode("utf-8")) / MB
            secs, found = timed(t)
            print(
                f"  {name:<26} x{mult}: {size:6.2f} MB {secs:7.3f} s {secs / size:7.3f} s/MB  ({found} found)"
            )


if __name__ == "__main__":
    main()
