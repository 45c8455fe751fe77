"""A digest of everything extraction produces (a script, not a test).

Performance work on the extractor must not change what it finds.  Run this
before and after a change and compare the last line::

    python benchmarks/extraction_digest.py            # prints one sha256
    python benchmarks/extraction_digest.py --lines out.txt  # and a hash per article

It extracts claims (``extract``) and mentions (``extract_mentions``) from
every article under ``seeds/`` and ``tests/data/`` plus a reproducible
shuffled corpus of their lines, and hashes their full ``repr`` (every
attribute: value, span, quote, entity, speaker, field, cue, as_of ...).
With ``--lines FILE`` it writes one hash per article to FILE so that two
runs can be compared article by article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
from pathlib import Path

from recon.extract import extract, extract_mentions
from recon.model import Document, Source

ROOT = Path(__file__).resolve().parent.parent
_PUB = dt.date(2020, 3, 26)


def articles() -> list[tuple[str, str]]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data").rglob("*.txt")
    )
    out = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in files]
    lines = [ln for _, t in out for ln in t.split("\n") if ln.strip()]
    rng = random.Random(20261122)
    for k in range(40):
        out.append((f"shuffled-{k}", "\n".join(rng.sample(lines, min(len(lines), 60)))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=Path, help="write one hash per article here")
    args = ap.parse_args()
    whole = hashlib.sha256()
    rows = []
    for name, text in articles():
        doc = Document(source=Source(id=name, published=_PUB), text=text)
        h = hashlib.sha256(repr((extract(doc), extract_mentions(doc))).encode("utf-8")).hexdigest()
        rows.append(f"{h[:16]}  {name}")
        whole.update(h.encode())
    if args.lines:
        args.lines.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(len(rows), "articles", whole.hexdigest())


if __name__ == "__main__":
    main()
