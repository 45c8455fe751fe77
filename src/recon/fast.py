"""A columnar fast path for structured claims: millions of rows, one machine.

:func:`reconcile_columns` takes the claims as columns (lists, numpy arrays or
pandas columns) and runs the same steps as :func:`recon.reconcile` — exact
entity linking on the normalised key, grouping by (entity, field), candidates
by canonical value, pairwise verdicts of the default comparator, the same
:class:`~recon.resolve.Votes` and policies — with numpy instead of one Python
object per claim.  The result is a :class:`ColumnarReport`: a
:class:`~recon.Report` whose groups and claims are built on access, so a
million claims never sit in memory as a million objects.

For numeric values the verdicts are exactly those of the object pipeline
(``tests/unit/test_fast.py`` checks that on random input); any other kind of
value (text, dates, strings with units) falls back to :func:`recon.reconcile`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from recon._columnar import (
    _EPS,
    _Q,
    QUALIFIERS,
    ColumnarReport,
    Columns,
    LazyGroups,
    _isin,
    _stated_bounds,
    _uniq,
)
from recon.compare import dimensions_meet
from recon.errors import InvalidValueError, OptionError, UnitError
from recon.group import TIME_VARYING
from recon.model import (
    DEFAULT_APPROX_TOLERANCE,
    Entity,
    Qualifier,
)
from recon.normalise import normalise_key
from recon.pipeline import UNDECIDED_MARGIN
from recon.report import Dependency, Report
from recon.resolve import Resolution, Votes, get_policy, priors_array
from recon.units import UNITS

if TYPE_CHECKING:
    pass

__all__ = ["ColumnarReport", "LazyGroups", "reconcile_columns"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def _factorise(col: object, missing: str = "None") -> tuple[IntArray, list[str]]:
    """Codes into the *sorted* distinct string forms of a column.

    Missing entries (None, NaN) take the form ``missing``.
    """
    if isinstance(col, str) or col is None:
        return np.zeros(0, dtype=np.int64), [col or missing]
    if hasattr(col, "cat") and hasattr(col, "array"):  # a pandas categorical Series
        codes = np.asarray(col.cat.codes, dtype=np.int64)
        forms = [str(u) if u != "" else missing for u in col.cat.categories]
        if codes.size and codes.min() < 0:
            forms.append(missing)
            codes = np.where(codes < 0, len(forms) - 1, codes)
    else:
        # dict.fromkeys and map run at C speed; no pandas needed.
        items = np.asarray(col, dtype=object).tolist()
        index = {k: i for i, k in enumerate(dict.fromkeys(items))}
        codes = np.fromiter(map(index.__getitem__, items), np.int64, len(items))
        forms = [missing if _missing(u) else str(u) for u in index]
    names = sorted(set(forms))
    rank = {s: i for i, s in enumerate(names)}
    remap = np.asarray([rank[s] for s in forms], dtype=np.int64)
    return (remap[codes] if codes.size else codes), names


def _missing(u: object) -> bool:
    return u is None or u == "" or (isinstance(u, float) and math.isnan(u))


def _broadcast(codes: IntArray, n: int) -> IntArray:
    """Codes of a one-value column (given as a single string) repeated ``n`` times."""
    return codes if codes.size == n else np.zeros(n, dtype=np.int64)


def _uniq_inv(x: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], IntArray]:
    """Sorted distinct values and, for each element, the index of its value."""
    o = np.argsort(x, kind="stable")
    s = x[o]
    new = np.ones(s.size, dtype=bool)
    new[1:] = s[1:] != s[:-1]
    inv = np.empty(s.size, dtype=np.int64)
    inv[o] = np.cumsum(new) - 1
    return s[new], inv


def _first_of(codes: IntArray, k: int) -> IntArray:
    """For each code 0..k-1, the first position where it occurs."""
    o = np.argsort(codes, kind="stable")
    new = np.ones(o.size, dtype=bool)
    new[1:] = codes[o][1:] != codes[o][:-1]
    out = np.full(k, codes.size, dtype=np.int64)
    out[codes[o][new]] = o[new]
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


def _as_ordinals(col: object, n: int) -> IntArray:
    """As-of dates as day ordinals, -1 when missing."""
    if col is None:
        return np.full(n, -1, dtype=np.int64)
    arr = np.asarray(col)
    if arr.dtype.kind == "M":
        days = arr.astype("datetime64[D]").astype(np.int64) + dt.date(1970, 1, 1).toordinal()
        return np.where(np.isnat(arr), -1, days).astype(np.int64)
    codes, _ = _factorise(arr)
    forms: dict[str, int] = {}
    uniq_objs: dict[int, object] = {}
    for i, x in zip(codes.tolist(), arr.tolist(), strict=True):
        uniq_objs.setdefault(i, x)
    table = np.full(len(uniq_objs) + 1, -1, dtype=np.int64)
    for i, x in uniq_objs.items():
        table[i] = _ordinal(x, forms)
    return table[codes]


def _ordinal(x: object, cache: dict[str, int]) -> int:
    if x is None or x == "" or (isinstance(x, float) and math.isnan(x)):
        return -1
    if isinstance(x, dt.datetime):
        return x.date().toordinal()
    if isinstance(x, dt.date):
        return x.toordinal()
    if isinstance(x, str):
        try:
            return dt.date.fromisoformat(x[:10]).toordinal()
        except ValueError:
            raise InvalidValueError(f"not an ISO date: {x!r}", item=x) from None
    raise InvalidValueError(f"not a date: {x!r}", item=x)


def _first_bad(mask: BoolArray) -> int:
    return int(np.flatnonzero(mask)[0])


def _numeric(value: object) -> FloatArray | None:
    arr = np.asarray(value)
    if arr.dtype.kind in "iuf":
        return arr.astype(np.float64, copy=False)
    if (
        arr.dtype.kind == "O"
        and arr.size
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in arr.tolist())
    ):
        return arr.astype(np.float64)
    if arr.size == 0:
        return np.zeros(0)
    return None


def reconcile_columns(
    source: Sequence[Any] | npt.ArrayLike,
    entity: Sequence[Any] | npt.ArrayLike,
    field: Sequence[Any] | npt.ArrayLike,
    value: Sequence[Any] | npt.ArrayLike,
    *,
    unit: Sequence[Any] | npt.ArrayLike | str | None = None,
    qualifier: Sequence[Any] | npt.ArrayLike | str | None = None,
    as_of: Sequence[Any] | npt.ArrayLike | None = None,
    policy: str | Callable[[Votes], Resolution] | None = None,
    tolerance: float = DEFAULT_APPROX_TOLERANCE,
    relative_tolerance: float = 0.0,
    priors: Mapping[str, float] | None = None,
    default_prior: float = 0.8,
    time_varying: Collection[str] | None = None,
    detect_copies: bool = True,
    on_step: Callable[[str], None] | None = None,
) -> Report:
    """Reconcile structured claims given as columns of equal length.

    Row ``i`` is the claim "``source[i]`` says ``entity[i]``'s ``field[i]`` is
    ``value[i]``" with optional ``unit[i]``, ``qualifier[i]`` (``"exact"``,
    ``"approx"``, ``"at_least"``, …) and ``as_of[i]`` (a date); ``unit`` and
    ``qualifier`` may also be one string for every row.  The options mean what
    they mean for :func:`recon.reconcile` with ``link="exact"``; the report
    is the same as that call's on the same rows.  ``on_step(name)`` is called
    after each step ("ingest", "link", "group", "compare", "resolve",
    "report"), for profiling.

    Invalid rows raise :class:`~recon.InvalidValueError` naming the row.
    Non-numeric values are reconciled by :func:`recon.reconcile` instead.
    """
    if not 0 <= tolerance < 1:
        raise OptionError(f"tolerance must be in [0, 1), got {tolerance!r}")
    if not 0 < default_prior < 1:
        raise OptionError(f"default_prior must be strictly between 0 and 1, got {default_prior!r}")
    step = on_step or (lambda _name: None)
    policy_fn = get_policy(policy)
    tv = TIME_VARYING if time_varying is None else frozenset(time_varying)
    cols = [source, entity, field, value]
    n = len(np.asarray(value, dtype=object)) if not hasattr(value, "__len__") else len(value)  # type: ignore[arg-type]
    unit_col = unit
    qual_col = qualifier
    for name, c in (
        ("source", source),
        ("entity", entity),
        ("field", field),
        ("unit", unit_col),
        ("qualifier", qual_col),
        ("as_of", as_of),
    ):
        if c is not None and not isinstance(c, str) and len(c) != n:  # type: ignore[arg-type]
            raise OptionError(f"column {name!r} has {len(c)} rows, 'value' has {n}")  # type: ignore[arg-type]
    num = _numeric(value)
    if num is None:
        return _fallback(
            cols,
            unit=unit_col,
            qual=qual_col,
            as_of=as_of,
            n=n,
            policy=policy_fn,
            tolerance=tolerance,
            rel=relative_tolerance,
            priors=priors,
            default_prior=default_prior,
            tv=tv,
            detect_copies=detect_copies,
        )

    cols_ = _ingest(source, entity, field, num, unit=unit_col, qual=qual_col, as_of=as_of)
    step("ingest")
    _link(cols_)
    step("link")
    _group(cols_)
    step("group")
    _compare(cols_, tolerance, relative_tolerance, tv)
    step("compare")
    votes = _votes(cols_, priors, default_prior)
    deps: list[Dependency] = []
    if detect_copies and len(cols_.source_ids) > 1:
        from recon.dependence import apply_dependence, detect_dependence

        weight, deps = detect_dependence((), (), votes)
        votes = apply_dependence(votes, weight, deps)
    res = policy_fn(votes)
    step("resolve")
    name = getattr(policy_fn, "name", getattr(policy_fn, "__name__", "custom"))
    report = ColumnarReport.build(cols_, votes, res, name, tuple(deps))
    step("report")
    return report


def _fallback(
    cols: list[Any],
    *,
    unit: Any,
    qual: Any,
    as_of: Any,
    n: int,
    policy: Any,
    tolerance: float,
    rel: float,
    priors: Any,
    default_prior: float,
    tv: Collection[str],
    detect_copies: bool,
) -> Report:
    from recon.pipeline import reconcile

    src, ent, fld, val = (list(c) for c in cols)
    units = [unit] * n if isinstance(unit, str) or unit is None else list(unit)
    quals = [qual] * n if isinstance(qual, str) or qual is None else list(qual)
    dates = list(as_of) if as_of is not None else [None] * n
    rows = [
        {
            "source": src[i],
            "entity": ent[i],
            "field": fld[i],
            "value": val[i],
            "unit": units[i],
            "qualifier": quals[i],
            "as_of": dates[i],
        }
        for i in range(n)
    ]
    return reconcile(
        rows,
        policy=policy,
        tolerance=tolerance,
        relative_tolerance=rel,
        link="exact",
        priors=priors,
        default_prior=default_prior,
        time_varying=tv,
        detect_copies=detect_copies,
    )


def _ingest(
    source: Any, entity: Any, field: Any, num: FloatArray, *, unit: Any, qual: Any, as_of: Any
) -> Columns:
    c = Columns()
    c.n = n = int(num.shape[0])
    c.src, c.source_ids = _factorise(source)
    for i, s in enumerate(c.source_ids):
        if s in ("None", "nan", ""):
            row = _first_bad(c.src == i)
            raise InvalidValueError(f"row {row}: claim has no source", item=s)
    c.mention, c.mentions = _factorise(entity)
    c.fld, c.fields = _factorise(field)
    for names, codes, what in ((c.mentions, c.mention, "entity"), (c.fields, c.fld, "field")):
        for i, s in enumerate(names):
            if not s.strip():
                raise InvalidValueError(
                    f"row {_first_bad(codes == i)}: claim {what} must be a non-empty string, "
                    f"got {s!r}",
                    item=s,
                )
    ucodes, unames = _factorise(unit, "")
    c.unit_names = [("" if u in ("None", "nan") else u) for u in unames]
    for u in c.unit_names:
        if u not in UNITS:
            known = ", ".join(sorted(x for x in UNITS if x))
            raise UnitError(f"unknown unit {u!r}; known units: {known}", item=u)
    c.unit = _broadcast(ucodes, n)
    qcodes, qnames = _factorise(qual, "exact")
    qcodes = _broadcast(qcodes, n)
    try:
        qmap = np.asarray([_Q[Qualifier(q).value] for q in qnames], dtype=np.int64)
    except ValueError as e:
        raise InvalidValueError(f"unknown qualifier: {e}", item=str(e)) from None
    c.qual = qmap[qcodes] if n else qcodes
    c.value = np.where(num == 0, 0.0, num)  # -0.0 and 0.0 are one key
    bad = ~np.isfinite(c.value)
    if bad.any():
        i = _first_bad(bad)
        raise InvalidValueError(
            f"row {i}: value must be a finite number, got {num[i]!r}", item=num[i]
        )
    counts = np.asarray([UNITS[u].count for u in c.unit_names], dtype=bool)
    neg = counts[c.unit] & (c.value < 0) if n else np.zeros(0, dtype=bool)
    if neg.any():
        i = _first_bad(neg)
        raise InvalidValueError(f"row {i}: a count cannot be negative: {num[i]}", item=num[i])
    c.as_of = _as_ordinals(as_of, n)
    return c


def _link(c: Columns) -> None:
    """Exact linking: one entity per normalised key, named by its commonest form."""
    keys = [normalise_key(m) or m for m in c.mentions]
    kcodes, knames = _factorise(keys)
    ids = ["e-" + hashlib.blake2b(k.encode(), digest_size=6).hexdigest() for k in knames]
    # Groups are ordered by entity id (as the object pipeline does): rank keys by id.
    order = sorted(range(len(ids)), key=ids.__getitem__)
    rank = np.empty(len(ids), dtype=np.int64)
    rank[order] = np.arange(len(ids))
    c.entity_ids = [ids[i] for i in order]
    mention_ent = rank[kcodes] if kcodes.size else kcodes
    c.ent = mention_ent[c.mention] if c.n else c.mention
    n_ent, n_m = len(ids), len(c.mentions)
    pair, pinv = _uniq_inv(c.ent * n_m + c.mention)
    cnt = np.bincount(pinv, minlength=pair.size)
    pe, pm = pair // max(n_m, 1), pair % max(n_m, 1)
    # Commonest surface form, ties to the smallest string (mention codes are sorted).
    o = np.lexsort((pm, -cnt, pe))
    first = np.ones(o.size, dtype=bool)
    first[1:] = pe[o][1:] != pe[o][:-1]
    name = np.empty(n_ent, dtype=np.int64)
    name[pe[o][first]] = pm[o][first]
    docs = _uniq(c.ent * len(c.source_ids) + c.src)
    doc_e, doc_s = docs // max(len(c.source_ids), 1), docs % max(len(c.source_ids), 1)
    dsplit = np.searchsorted(doc_e, np.arange(n_ent + 1))
    asplit = np.searchsorted(pe, np.arange(n_ent + 1))
    c.entities = [
        Entity(
            id=c.entity_ids[e],
            name=c.mentions[int(name[e])],
            aliases=tuple(map(c.mentions.__getitem__, pm[asplit[e] : asplit[e + 1]].tolist())),
            documents=tuple(
                map(c.source_ids.__getitem__, doc_s[dsplit[e] : dsplit[e + 1]].tolist())
            ),
        )
        for e in range(n_ent)
    ]


def _group(c: Columns) -> None:
    """Groups by (entity id, field); rows in the object pipeline's claim order."""
    nf = max(len(c.fields), 1)
    gkey = c.ent * nf + c.fld
    dims = sorted({UNITS[u].dimension for u in c.unit_names})
    factor = np.asarray([UNITS[u].factor for u in c.unit_names], dtype=np.float64)
    dim_of_unit = np.asarray([dims.index(UNITS[u].dimension) for u in c.unit_names], dtype=np.int64)
    # Keys are computed once per distinct (unit, qualifier, figure) triple.
    tord = np.lexsort((c.value, c.unit * len(QUALIFIERS) + c.qual))
    tu, tq, tv = c.unit[tord], c.qual[tord], c.value[tord]
    new = np.ones(c.n, dtype=bool)
    new[1:] = (tu[1:] != tu[:-1]) | (tq[1:] != tq[:-1]) | (tv[1:] != tv[:-1])
    tinv = np.empty(c.n, dtype=np.int64)
    tinv[tord] = np.cumsum(new) - 1
    tu, tq, tv = tu[new], tq[new], tv[new]
    f = factor[tu]
    lo, hi = _stated_bounds(tv, tq, DEFAULT_APPROX_TOLERANCE)
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
    order = np.lexsort((c.as_of, key * nm + c.mention, gkey * ns + c.src))
    c.take(order)
    key, gkey = key[order], gkey[order]
    c.dims, c.dim_of_unit, c.factor = dims, dim_of_unit, factor
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
    lo, hi = _stated_bounds(v, q, tol)
    lo, hi = lo * f, hi * f
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
    o = np.lexsort((rc, ra, rg))
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


def _votes(c: Columns, priors: Mapping[str, float] | None, default: float) -> Votes:
    """The columnar votes recon.group.build_votes would build from the same groups."""
    ns = len(c.source_ids)
    t = np.where(c.as_of >= 0, c.as_of.astype(np.float64), np.nan)
    o = np.lexsort((c.src, c.row_cand))
    code = c.row_cand[o] * ns + c.src[o]
    first = np.ones(o.size, dtype=bool)
    first[1:] = code[1:] != code[:-1]
    starts = np.flatnonzero(first)
    vt = np.fmax.reduceat(t[o], starts) if o.size else np.zeros(0)
    if priors:
        for k, val in priors.items():
            if not isinstance(val, (int, float)) or not 0 < float(val) < 1:
                raise OptionError(
                    f"prior trust for {k!r} must be strictly between 0 and 1, got {val!r}"
                )
    r = c.c_rep
    sources = tuple(c.source_ids)
    return Votes(
        sources=sources,
        candidate_group=c.c_group.astype(np.int64),
        vote_source=c.src[o][starts].astype(np.int64),
        vote_candidate=c.row_cand[o][starts].astype(np.int64),
        vote_time=np.asarray(vt, dtype=np.float64),
        compatible=np.stack([c.compat_i, c.compat_j], axis=1).astype(np.int64).reshape(-1, 2),
        candidate_numeric=c.value[r] * c.factor[c.unit[r]],
        prior=priors_array(sources, dict(priors or {}), default),
        weight=np.ones(ns),
        n_groups=int(c.g_ent.size),
    )


def consensus(c: Columns, votes: Votes, res: Resolution) -> tuple[IntArray, FloatArray, IntArray]:
    """Per group: the consensus candidate (-1: undecided), its confidence, and
    the display order of all candidates (score descending)."""
    s = np.asarray(res.candidate_score, dtype=np.float64)
    k = s.size
    # Ties as the object pipeline sees them (it orders by round(score, 12)).
    rounded = np.round(s, 12)
    order = np.lexsort((np.arange(k), -rounded, c.c_group))
    n_g = c.g_ent.size
    top = order[c.c_start[:-1]] if n_g else np.zeros(0, np.int64)
    best = s[top]
    close = (best[c.c_group] - s <= UNDECIDED_MARGIN) & (np.arange(k) != top[c.c_group])
    lo_, hi_ = np.minimum(np.arange(k), top[c.c_group]), np.maximum(np.arange(k), top[c.c_group])
    compat = _isin(lo_ * k + hi_, c.compat_i * k + c.compat_j)
    undecided = np.bincount(c.c_group[close & ~compat], minlength=n_g) > 0
    cons = np.where(undecided, -1, top)
    ncand = np.diff(c.c_start)
    agree = (c.g_status == 1) & (ncand > 1) & ~undecided
    if agree.any():
        r = c.c_rep
        lo, hi = _stated_bounds(c.value[r], c.qual[r], DEFAULT_APPROX_TOLERANCE)
        width = hi - lo
        narrow = np.lexsort((np.arange(k), -s, width, c.c_group))
        first = narrow[c.c_start[:-1]]
        cons = np.where(agree, first, cons)
    conf = np.asarray([round(x, 6) for x in best.tolist()], dtype=np.float64)
    return cons, conf, order
