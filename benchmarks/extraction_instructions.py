"""Instructions ``extract()`` executes on a fixed corpus (a script, not a test).

Wall time on the shared 2-core machine moves by ±30 % with the neighbours;
the number of instructions does not.  This runs itself twice under
``valgrind --tool=callgrind`` — once extracting the corpus one time (the
warm-up: imports, lexicons, memo tables), once extracting it twice — and
prints the difference: the cost of one warm pass of ``extract()``::

    python benchmarks/extraction_instructions.py            # ~2 min
    python benchmarks/extraction_instructions.py --passes 1 # (internal) one run

The corpus is the seed articles and ``tests/data/unseen/*.txt`` (sorted by
name) plus the sentences of ``extraction_throughput.py``, each extracted as
its own document, published 2020-03-26.  The interpreter is the real binary
(not a pyenv shim, which valgrind would measure too) with
``PYTHONHASHSEED=0``: the per-run hash seed alone moves the count by ~1 %.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = "/root/.pyenv/versions/3.11.7/bin/python3.11"
_PUB = dt.date(2020, 3, 26)


def corpus() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extraction_throughput import SENTENCES

    files = sorted((ROOT / "seeds").glob("*.txt"))
    files += sorted((ROOT / "tests" / "data" / "unseen").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files] + SENTENCES


def run(passes: int) -> None:
    from recon.extract import extract
    from recon.model import Document, Source

    docs = [
        Document(source=Source(id=f"d{k}", published=_PUB), text=t) for k, t in enumerate(corpus())
    ]
    for _ in range(passes):
        for d in docs:
            extract(d)


def collected(passes: int) -> int:
    # A virtual environment's python is the real binary (a link, not a pyenv
    # shim) and the one that has recon's dependencies: measure with it.
    in_venv = sys.prefix != sys.base_prefix
    python = sys.executable if in_venv or not Path(PYTHON).exists() else PYTHON
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/cg.out",
                python,
                __file__,
                "--passes",
                str(passes),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise SystemExit(out.stderr)
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, help="(internal) extract the corpus this many times")
    args = ap.parse_args()
    if args.passes is not None:
        run(args.passes)
        return
    size = sum(len(t.encode("utf-8")) for t in corpus())
    one, two = collected(1), collected(2)
    print(
        f"corpus {size / 1000:.1f} KB; one pass {one / 1e6:,.2f} M, two passes {two / 1e6:,.2f} M"
    )
    print(f"extract() warm pass: {(two - one) / 1e6:,.2f} M instructions")


if __name__ == "__main__":
    main()
