"""Synthetic structured claims for the scale benchmarks (deterministic per seed).

Each (entity, field) group has a true figure and 3–5 candidate statements of
it: the figure itself, figures off by 5–20 % (misreports), a rounded
"about" figure and an "at least" lower bound; distances are sometimes given
in metres instead of kilometres.  Sources differ in reliability and in how
much they publish (a few wires say a lot, most outlets a little); some
statements carry an as-of date.
"""

from __future__ import annotations

import numpy as np

FIELDS = (
    ("killed", "person"),
    ("injured", "person"),
    ("displaced", "person"),
    ("cost", "USD"),
    ("distance", "km"),
)
CLAIMS_PER_GROUP = 20


def n_sources(n: int) -> int:
    """Hundreds of sources for small corpora, thousands for large ones."""
    return int(min(3000, max(200, n // 1000)))


def make(n: int, seed: int = 7) -> dict[str, np.ndarray]:
    """``n`` claims as columns: source, entity, field, value, unit, qualifier, as_of."""
    rng = np.random.default_rng(seed)
    n_groups = max(1, n // CLAIMS_PER_GROUP)
    n_ent = max(1, n_groups // len(FIELDS))
    ns = n_sources(n)
    # Each group: an entity, a field, a true figure and 3-5 candidate statements.
    g_ent = np.arange(n_groups) // len(FIELDS) % n_ent
    g_fld = np.arange(n_groups) % len(FIELDS)
    scale = np.where(g_fld == 3, 1e6, np.where(g_fld == 4, 50.0, 100.0))
    true = np.round(rng.lognormal(0.0, 1.0, n_groups) * scale)
    true = np.maximum(true, 1.0)
    g_k = rng.integers(3, 6, n_groups)
    # Candidate slot j of a group: 0 exact truth, 1 misreport up, 2 about (rounded),
    # 3 at least (a lower bound), 4 misreport down.
    slot_factor = np.array([1.0, 1.0, 1.0, 0.8, 1.0])
    slot_qual = np.array(["exact", "exact", "approx", "at_least", "exact"], dtype=object)
    # Which group and which source each claim comes from.
    grp = rng.integers(0, n_groups, n)
    weight = 1.0 / np.arange(1, ns + 1) ** 0.8  # a few prolific wires, a long tail
    src = rng.choice(ns, n, p=weight / weight.sum())
    reliability = rng.uniform(0.4, 0.95, ns)
    honest = rng.random(n) < reliability[src]
    slot = np.where(honest, rng.choice([0, 2, 3], n, p=[0.7, 0.2, 0.1]), rng.integers(1, 5, n))
    slot = np.minimum(slot, g_k[grp] - 1)
    noise = np.where(
        slot == 1,
        1 + rng.uniform(0.05, 0.2, n),
        np.where(slot == 4, 1 - rng.uniform(0.05, 0.2, n), 1.0),
    )
    # Misreports are stable within a group (everyone copying the same wrong figure).
    noise = np.where((slot == 1) | (slot == 4), 1 + (noise - 1).round(1), noise)
    value = np.round(true[grp] * slot_factor[slot] * noise)
    value = np.where(slot == 2, np.round(value, -int(np.log10(max(value.max(), 1))) + 2), value)
    fld = g_fld[grp]
    unit = np.array([u for _, u in FIELDS], dtype=object)[fld]
    metres = (fld == 4) & (rng.random(n) < 0.3)
    value = np.where(metres, value * 1000, value)
    unit = np.where(metres, "m", unit)
    qual = slot_qual[slot]
    day0 = np.datetime64("2024-01-01")
    dated = rng.random(n) < 0.3
    as_of = np.where(
        dated, day0 + rng.integers(0, 60, n).astype("timedelta64[D]"), np.datetime64("NaT")
    )
    src_names = np.array([f"outlet-{i:04d}" for i in range(ns)], dtype=object)
    ent_names = np.array([f"place {i}" for i in range(n_ent)], dtype=object)
    fld_names = np.array([f for f, _ in FIELDS], dtype=object)
    return {
        "source": src_names[src],
        "entity": ent_names[g_ent[grp]],
        "field": fld_names[fld],
        "value": value,
        "unit": unit.astype(object),
        "qualifier": qual,
        "as_of": as_of,
    }
