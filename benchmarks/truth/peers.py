"""The same claims through the ``truthdiscovery`` package (an established peer).

``truthdiscovery`` imports its drawing code (pycairo, imageio, matplotlib) at
top level although the algorithms need only numpy, scipy and bidict.  It is
installed with ``pip install --no-deps truthdiscovery bidict`` and, before it
is imported, an empty module stands in for ``truthdiscovery.graphs`` so the
drawing back-ends are never loaded.  Nothing of the package is changed.
"""

from __future__ import annotations

import sys
import types
from typing import Any

import pandas as pd

ALGORITHMS = (
    "MajorityVoting",
    "Sums",
    "AverageLog",
    "Investment",
    "PooledInvestment",
    "TruthFinder",
)


def _import() -> Any:
    if "truthdiscovery.graphs" not in sys.modules:
        stub = types.ModuleType("truthdiscovery.graphs")
        stub.__all__ = []  # type: ignore[attr-defined]
        sys.modules["truthdiscovery.graphs"] = stub
    import truthdiscovery

    return truthdiscovery


def version() -> str:
    from importlib.metadata import version as v

    return v("truthdiscovery")


def run(name: str, df: pd.DataFrame) -> dict[tuple[str, str], tuple[Any, float]]:
    """Most believed value per (entity, field); ties resolved by the smallest repr."""
    td = _import()
    triples = zip(df.source, zip(df.entity, df.field, strict=True), df.value, strict=True)
    data = td.Dataset(triples, allow_multiple=True)
    res = getattr(td, name)().run(data)
    out: dict[tuple[str, str], tuple[Any, float]] = {}
    for var, beliefs in res.belief.items():
        best = max(beliefs.values())
        top = sorted((v for v, b in beliefs.items() if b == best), key=repr)
        out[var] = (top[0], float("nan"))
    return out
