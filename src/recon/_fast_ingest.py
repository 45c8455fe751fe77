"""The columnar fast path's first steps: read the columns into codes, link entities.

Private to :mod:`recon.fast`: strings become codes into sorted lists of their
distinct forms, checked as :func:`recon.reconcile` checks its rows; entities
are linked exactly on the normalised key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from typing import Any

import numpy as np
import numpy.typing as npt

from recon._columnar import _Q, Columns, _uniq
from recon.errors import InvalidValueError, UnitError
from recon.model import Entity, Qualifier
from recon.normalise import normalise_key
from recon.units import UNITS

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
        items = (
            list(col) if isinstance(col, (list, tuple)) else np.asarray(col, dtype=object).tolist()
        )
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
    # An entity's surface forms are its mentions (a mention has one entity).
    cnt_m = np.bincount(c.mention, minlength=n_m)
    seen = np.flatnonzero(cnt_m)
    by_ent = np.lexsort((seen, mention_ent[seen])) if seen.size else seen
    pm = seen[by_ent]
    pe, cnt = mention_ent[pm], cnt_m[pm]
    # Commonest surface form, ties to the smallest string (mention codes are sorted).
    o = np.lexsort((pm, -cnt, pe))
    first = np.ones(o.size, dtype=bool)
    first[1:] = pe[o][1:] != pe[o][:-1]
    name = np.empty(n_ent, dtype=np.int64)
    name[pe[o][first]] = pm[o][first]
    docs = _uniq(c.ent * len(c.source_ids) + c.src)
    doc_e, doc_s = docs // max(len(c.source_ids), 1), docs % max(len(c.source_ids), 1)
    dsplit = np.searchsorted(doc_e, np.arange(n_ent + 1)).tolist()
    asplit = np.searchsorted(pe, np.arange(n_ent + 1)).tolist()
    forms = list(map(c.mentions.__getitem__, pm.tolist()))
    docs_named = list(map(c.source_ids.__getitem__, doc_s.tolist()))
    c.entities = [
        Entity(
            id=c.entity_ids[e],
            name=c.mentions[int(name[e])],
            aliases=tuple(forms[asplit[e] : asplit[e + 1]]),
            documents=tuple(docs_named[dsplit[e] : dsplit[e + 1]]),
        )
        for e in range(n_ent)
    ]
