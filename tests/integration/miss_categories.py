"""Why the event sets' required groups are missed, as counts only.

    python tests/integration/miss_categories.py [SET ...]

For every required group of ``expected.json``, one category: right; or,
counted once per figure, a figure of it makes no claim (its number is parsed but no field
was given, or it is not parsed at all); its claims are split across groups
by base field, field suffix (``:part``, ``:period``, …), entity (with the
kinds of the entities, e.g. ``city+facility``) or something else (once per group); or it is whole but has the wrong verdict, with or without a claim that
the expected group does not hold (an intruder).

It prints counts, never sentences or group names, so it may be run on the
held-out sets: it says which step of the pipeline loses held-out groups
without showing what to tune on.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import recon
from recon.numbers import find_quantities

sys.path.insert(0, str(Path(__file__).parent))
import test_event_corpora as corpora


def _parsed(folder: Path, doc: str, want: Any) -> bool:
    if not isinstance(want, int | float):
        return False
    text = next((p for p in folder.glob("*.txt") if p.stem == doc), None)
    if text is None:
        return False
    return any(
        corpora._close(float(q.quantity.value), float(want))
        for q in find_quantities(text.read_text(encoding="utf-8"))
    )


_SUFFIXES = frozenset(
    {
        "period",
        "rate",
        "part",
        "whole",
        "still",
        "earlier",
        "expected",
        "elapsed",
        "penalty",
        "change",
        "spread",
        "capacity",
        "per_unit",
        "dead",
    }
)


def _suffix(field: str) -> str:
    """A field's suffixes as labels: the listed ones, a year as "<year>"."""
    parts = field.split(":")[1:]
    out = [p if p in _SUFFIXES else "<year>" if p.isdigit() else "" for p in parts]
    return ":".join(p for p in out if p) or "-"


def _split_kind(found: list[list[dict[str, Any]]], kind_of: dict[str, str]) -> str:
    def common(key: Any) -> bool:
        return bool(set.intersection(*[{key(r) for r in rs} for rs in found]))

    if not common(lambda r: r["field"].split(":")[0]):
        return "split: base field differs"
    if not common(lambda r: r["field"]):
        # Which suffixes (":period", ":rate", a year as "<year>"), never the
        # counted nouns, which would tell what the articles say.
        tails = sorted({_suffix(rs[0]["field"]) for rs in found})
        return "split: field suffix differs (" + " vs ".join(tails) + ")"
    if not common(lambda r: (r["field"], str(r["entity"]))):
        # The kinds of the entities the group's figures went to (facility,
        # city, country …), never their names.
        kinds = sorted({kind_of.get(rs[0]["group"], "?") for rs in found})
        return "split: entity differs (" + "+".join(kinds) + ")"
    return "split: qualifier or other"


def categories(set_name: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for event in corpora.EVENTS[set_name]:
        folder = corpora.DATA_DIR / set_name / event
        exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        report = recon.reconcile(recon.load_corpus(folder))
        recs = report.to_records()
        kind_of = {grp.id: grp.entity.kind for grp in report.groups}
        for g in exp["groups"]:
            if g.get("optional"):
                continue
            found = [
                [
                    r
                    for r in recs
                    if r["doc"] == c["doc"] and corpora._same_value(r, c["value"], c.get("unit"))
                ]
                for c in g["claims"]
            ]
            if not all(found):
                for c, rs in zip(g["claims"], found, strict=True):
                    if not rs:
                        if isinstance(c["value"], str):
                            out["no claim: date"] += 1
                            continue
                        parsed = _parsed(folder, c["doc"], c["value"])
                        out["no claim: number parsed" if parsed else "no claim: other"] += 1
                continue
            common = set.intersection(*[{r["group"] for r in rs} for rs in found])
            if not common:
                out[_split_kind(found, kind_of)] += 1
                continue
            gid = sorted(common)[0]
            members = [r for r in recs if r["group"] == gid]
            status = members[0]["status"]
            want = g["verdict"]
            if status == want or (
                want == "conflict_or_update" and status in ("conflict", "update")
            ):
                out["right"] += 1
                continue
            own = {id(r) for rs in found for r in rs}
            intruder = any(id(r) not in own for r in members)
            out[f"verdict {want} -> {status}" + (" (intruder)" if intruder else "")] += 1
    return out


def main(argv: list[str]) -> None:
    for name in argv or corpora.SETS:
        counts = categories(name)
        print(f"{name}: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
