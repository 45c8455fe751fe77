"""The columnar fast path's comparison: the default comparator's verdicts, vectorised.

Private to :mod:`recon.fast`: pairwise verdicts between the candidates of a
group and each group's status, as :func:`recon.compare.judge` gives them.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import numpy.typing as npt

from recon._columnar import _EPS, _Q, Columns, _isin, _stated_bounds, _uniq
from recon._sorting import _lexorder
from recon.compare import dimensions_meet

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def _pairs(c_group: IntArray) -> tuple[IntArray, IntArray]:
    """Every pair (i < j) of candidates of one group, in lexicographic order."""
    k = c_group.size
    if k < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    counts = np.bincount(c_group)
    ii, jj = [], []
    for d in range(1, int(counts.max())):
        i = np.flatnonzero(c_group[: k - d] == c_group[d:])
        ii.append(i)
        jj.append(i + d)
    if not ii:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    a, b = np.concatenate(ii), np.concatenate(jj)
    o = np.lexsort((b, a))
    return a[o], b[o]


def _compare(c: Columns, tol: float, rel: float, tv: Collection[str]) -> None:
    """Pairwise verdicts of the default comparator, and each group's status."""
    r = c.c_rep
    v, q, f = c.value[r], c.qual[r], c.factor[c.unit[r]]
    ru = c.unit[r]
    # Which units meet (same dimension, or a bare number and a count): the
    # comparator's own rule, tabulated over the few units present.
    meet = np.asarray(
        [[dimensions_meet(a, b) for b in c.unit_names] for a in c.unit_names], dtype=bool
    ).reshape(len(c.unit_names), len(c.unit_names))
    pi, pj = _pairs(c.c_group)
    lo, hi = _stated_bounds(v, q, tol, c.unit_count[ru])
    lo, hi = lo * c.factor_low[ru], hi * c.factor_high[ru]
    lo_open, hi_open = q == _Q["more_than"], q == _Q["less_than"]
    ok = _overlap(
        (lo[pi], lo_open[pi], hi[pi], hi_open[pi]), (lo[pj], lo_open[pj], hi[pj], hi_open[pj])
    )
    if rel > 0:
        both = (q[pi] == _Q["exact"]) & (q[pj] == _Q["exact"])
        x, y = v[pi] * f[pi], v[pj] * f[pj]
        diff = np.abs(x - y)
        within = (diff <= 0.0 + _EPS) | (diff <= rel * np.maximum(np.abs(x), np.abs(y)) + _EPS)
        ok = np.where(both, within, ok)
    same_dim = meet[ru[pi], ru[pj]]
    ok &= same_dim
    c.compat_i, c.compat_j = pi[ok], pj[ok]
    n_g = c.g_ent.size
    c.notes = {}
    for a, b in zip(pi[~same_dim].tolist(), pj[~same_dim].tolist(), strict=True):
        ua, ub = c.unit_names[c.unit[r[a]]], c.unit_names[c.unit[r[b]]]
        note = f"values not comparable: cannot compare {ua or 'a number'} with {ub or 'a number'}"
        g = int(c.c_group[a])
        if note not in c.notes.setdefault(g, []):
            c.notes[g].append(note)
    # Distinct sources per group and per candidate.
    ns = len(c.source_ids)
    gs = _uniq(c.row_group * ns + c.src)
    g_nsrc = np.bincount(gs // ns, minlength=n_g)
    cs = _uniq(c.row_cand * ns + c.src)
    cs_c = cs // ns
    c_nsrc = np.bincount(cs_c, minlength=r.size)
    c_src1 = np.full(r.size, -1, dtype=np.int64)
    c_src1[cs_c] = cs % ns
    inc_i, inc_j = pi[~ok], pj[~ok]
    same_one = (c_nsrc[inc_i] == 1) & (c_nsrc[inc_j] == 1) & (c_src1[inc_i] == c_src1[inc_j])
    dis_i, dis_j = inc_i[~same_one], inc_j[~same_one]
    g_inc = np.bincount(c.c_group[inc_i], minlength=n_g)
    g_dis = np.bincount(c.c_group[dis_i], minlength=n_g)
    apart = _dated_apart(c, dis_i, dis_j)
    g_not_apart = np.bincount(c.c_group[dis_i[~apart]], minlength=n_g)
    fld_tv = np.asarray([f_ in tv or f_.split(":", 1)[0] in tv for f_ in c.fields], dtype=bool)
    status = np.full(n_g, 3, dtype=np.int8)
    status[(g_dis > 0) & fld_tv[c.g_fld] & (g_not_apart == 0)] = 2
    status[g_dis == 0] = 1
    status[g_nsrc == 1] = 0
    c.g_status = status
    for g in np.flatnonzero((g_inc > 0) & (status <= 1)).tolist():
        msg = (
            "the only source states differing figures"
            if status[g] == 0
            else "a source states differing figures"
        )
        c.notes.setdefault(g, []).append(msg)
    for g in np.flatnonzero(status == 2).tolist():
        msg = "figures differ with their dates: successive updates of a changing figure"
        c.notes.setdefault(g, []).append(msg)
    c.g_nsrc = g_nsrc


def _overlap(
    a: tuple[FloatArray, BoolArray, FloatArray, BoolArray],
    b: tuple[FloatArray, BoolArray, FloatArray, BoolArray],
) -> BoolArray:
    """recon.compare._overlap, element-wise on (low, low_open, high, high_open)."""
    alo, alo_o, ahi, ahi_o = a
    blo, blo_o, bhi, bhi_o = b
    lo = np.maximum(alo, blo)
    lo_o = np.where(alo != blo, np.where(alo > blo, alo_o, blo_o), alo_o | blo_o)
    hi = np.minimum(ahi, bhi)
    hi_o = np.where(ahi != bhi, np.where(ahi < bhi, ahi_o, bhi_o), ahi_o | bhi_o)
    with np.errstate(invalid="ignore"):
        fin = np.maximum(
            np.where(np.isinf(lo), 0.0, np.abs(lo)), np.where(np.isinf(hi), 0.0, np.abs(hi))
        )
        eps = _EPS * np.maximum(1.0, fin)
        touch = (np.abs(lo - hi) <= eps) & ~(lo_o | hi_o)
        return np.asarray((lo < hi - eps) | touch, dtype=bool)


def _dated_apart(c: Columns, di: IntArray, dj: IntArray) -> BoolArray:
    """For each disputed pair: are the two candidates' dates all known and disjoint?"""
    if di.size == 0:
        return np.zeros(0, dtype=bool)
    nodate = np.zeros(c.c_rep.size, dtype=bool)
    nodate[c.row_cand[c.as_of < 0]] = True
    dated = c.as_of >= 0
    rg, ra, rc = c.row_group[dated], c.as_of[dated], c.row_cand[dated]
    o = _lexorder((rc, ra, rg))
    ct = np.stack([rg[o], ra[o], rc[o]])
    keep = np.ones(ct.shape[1], dtype=bool)
    keep[1:] = (ct[:, 1:] != ct[:, :-1]).any(axis=0)
    ct = ct[:, keep]
    shared: list[IntArray] = []
    k = c.c_rep.size
    for d in range(1, ct.shape[1]):
        same = (ct[0, :-d] == ct[0, d:]) & (ct[1, :-d] == ct[1, d:])
        if not same.any():
            break
        shared.append(ct[2, :-d][same] * k + ct[2, d:][same])
    codes = _uniq(np.concatenate(shared)) if shared else np.zeros(0, np.int64)
    share = _isin(di * k + dj, codes)
    return np.asarray(~(nodate[di] | nodate[dj] | share), dtype=bool)
