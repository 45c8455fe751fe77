"""The columnar fast path's grouping: claims by (entity, field), candidates by canonical key.

Private to :mod:`recon.fast`; rows end in the object pipeline's claim order.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

from recon._columnar import QUALIFIERS, Columns, _stated_bounds
from recon._sorting import _lexorder, _packed_order
from recon.model import DEFAULT_APPROX_TOLERANCE
from recon.units import UNITS

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def _uniq_inv(x: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], IntArray]:
    """Sorted distinct values and, for each element, the index of its value."""
    # Which of equal values comes first does not matter here: no stable sort.
    o = _packed_order(x) if x.dtype.kind in "iu" else np.argsort(x)
    s = x[o]
    new = np.ones(s.size, dtype=bool)
    new[1:] = s[1:] != s[:-1]
    inv = np.empty(s.size, dtype=np.int64)
    inv[o] = np.cumsum(new) - 1
    return s[new], inv


def _first_of(codes: IntArray, k: int) -> IntArray:
    """For each code 0..k-1, the first position where it occurs."""
    o = _packed_order(codes)
    sc = codes[o]
    new = np.ones(o.size, dtype=bool)
    new[1:] = sc[1:] != sc[:-1]
    out = np.full(k, codes.size, dtype=np.int64)
    out[sc[new]] = o[new]
    return out


def _round12(x: float) -> float:
    # The same rounding as recon.compare.canonical_key, so keys match exactly.
    if math.isinf(x) or x == 0:
        return x
    return float(f"{x:.12g}")


def _repr_rank(x: FloatArray) -> IntArray:
    """Round every figure as canonical keys do; rank them by their repr string."""
    uniq, inv = _uniq_inv(x)
    rounded = np.asarray([_round12(v) for v in uniq.tolist()], dtype=np.float64)
    reps = [repr(v) for v in rounded.tolist()]
    order = sorted(range(len(reps)), key=reps.__getitem__)
    rank = np.empty(len(reps), dtype=np.int64)
    prev, r = None, -1
    for i in order:
        if reps[i] != prev:
            r, prev = r + 1, reps[i]
        rank[i] = r
    return rank[inv]


def _group(c: Columns) -> None:
    """Groups by (entity id, field); rows in the object pipeline's claim order."""
    nf = max(len(c.fields), 1)
    gkey = c.ent * nf + c.fld
    dims = sorted({UNITS[u].dimension for u in c.unit_names})
    factor = np.asarray([UNITS[u].factor for u in c.unit_names], dtype=np.float64)
    unit_count = np.asarray([UNITS[u].count for u in c.unit_names], dtype=bool)
    spread = np.asarray(
        [(UNITS[u].low_factor, UNITS[u].high_factor) for u in c.unit_names], dtype=np.float64
    ).reshape(-1, 2)
    dim_of_unit = np.asarray([dims.index(UNITS[u].dimension) for u in c.unit_names], dtype=np.int64)
    # Keys are computed once per distinct (unit, qualifier, figure) triple.
    uv, vinv = _uniq_inv(c.value)
    nv = max(int(uv.size), 1)
    trip, tinv = _uniq_inv((c.unit * len(QUALIFIERS) + c.qual) * nv + vinv)
    tv = uv[trip % nv]
    tu, tq = trip // nv // len(QUALIFIERS), trip // nv % len(QUALIFIERS)
    f = factor[tu]
    lo, hi = _stated_bounds(tv, tq, DEFAULT_APPROX_TOLERANCE, unit_count[tu])
    # Canonical key, element by element.  Comparing the reprs of the elements
    # one by one orders keys as comparing repr(canonical_key(v)) does: when one
    # float repr is a prefix of another, the next character of the longer one
    # (digit, '.', 'e', '-') sorts after the ', ' that follows the shorter.
    dim = dim_of_unit[tu]
    nt = tv.size
    ranks = _repr_rank(np.concatenate([tv * f, lo * f, hi * f]))
    vr, lr, hr = ranks[:nt], ranks[nt : 2 * nt], ranks[2 * nt :]
    qr = np.argsort(np.argsort(np.asarray(QUALIFIERS)))[tq]
    korder = np.lexsort((hr, lr, qr, vr, dim))
    kk = np.stack([dim, vr, qr, lr, hr])[:, korder]
    newk = np.ones(nt, dtype=bool)
    newk[1:] = (kk[:, 1:] != kk[:, :-1]).any(axis=0)
    tkey = np.empty(nt, dtype=np.int64)
    tkey[korder] = np.cumsum(newk) - 1
    key = tkey[tinv]
    # Claim order: source id, canonical key repr, mention, as-of date, input order.
    # (lexsort is stable: ties keep the input order, as list.sort does.)
    ns, nm = len(c.source_ids), max(len(c.mentions), 1)
    order = _lexorder((c.as_of, key * nm + c.mention, gkey * ns + c.src))
    c.take(order)
    key, gkey = key[order], gkey[order]
    c.dims, c.dim_of_unit, c.factor = dims, dim_of_unit, factor
    c.factor_low, c.factor_high = spread[:, 0], spread[:, 1]
    c.unit_count = unit_count
    gnew = np.ones(c.n, dtype=bool)
    gnew[1:] = gkey[1:] != gkey[:-1]
    ug, c.row_group = gkey[gnew], np.cumsum(gnew) - 1
    c.g_ent, c.g_fld = ug // nf, ug % nf
    c.g_start = np.searchsorted(c.row_group, np.arange(ug.size + 1))
    ncand_key = int(key.max()) + 1 if c.n else 1
    uc, c.row_cand = _uniq_inv(c.row_group * ncand_key + key)
    c.c_group = uc // ncand_key
    # The representative value of a candidate is its first claim in claim order.
    c.c_rep = _first_of(c.row_cand, uc.size)
    c.c_start = np.searchsorted(c.c_group, np.arange(ug.size + 1))
