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

The steps live in private modules, one a step: ``_fast_ingest`` (columns to
codes, exact linking), ``_fast_group`` (groups and candidates, claim order),
``_fast_compare`` (verdicts and statuses); this module builds the votes,
resolves and hands the columns to :class:`ColumnarReport`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from recon._columnar import ColumnarReport, Columns, LazyGroups, _isin, _stated_bounds
from recon._fast_compare import _compare
from recon._fast_group import _group, _uniq_inv
from recon._fast_ingest import _ingest, _link, _numeric
from recon._latest import latest_of_columns
from recon._sorting import _lexorder
from recon.errors import OptionError
from recon.group import TIME_VARYING
from recon.model import DEFAULT_APPROX_TOLERANCE
from recon.pipeline import UNDECIDED_MARGIN
from recon.report import Dependency, Report
from recon.resolve import Resolution, Votes, field_codes, get_policy, priors_array

__all__ = ["ColumnarReport", "LazyGroups", "reconcile_columns"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


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


def _votes(c: Columns, priors: Mapping[str, float] | None, default: float) -> Votes:
    """The columnar votes recon.group.build_votes would build from the same groups."""
    ns = len(c.source_ids)
    t = np.where(c.as_of >= 0, c.as_of.astype(np.float64), np.nan)
    o = _lexorder((c.src, c.row_cand))
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
        group_field=field_codes(list(c.fields))[c.g_fld].astype(np.int64),
    )


def consensus(c: Columns, votes: Votes, res: Resolution) -> tuple[IntArray, FloatArray, IntArray]:
    """Per group: the consensus candidate (-1: undecided), its confidence, and
    the display order of all candidates (score descending)."""
    s = np.asarray(res.candidate_score, dtype=np.float64)
    k = s.size
    # Ties as the object pipeline sees them (it orders by round(score, 12)).
    rounded = np.round(s, 12)
    # Stable orders of dense ranks: numpy's lexsort of floats is several times slower.
    order = _lexorder((_uniq_inv(-rounded)[1], c.c_group))
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
        lo, hi = _stated_bounds(
            c.value[r], c.qual[r], DEFAULT_APPROX_TOLERANCE, c.unit_count[c.unit[r]]
        )
        width = hi - lo
        narrow = _lexorder((_uniq_inv(-s)[1], _uniq_inv(width)[1], c.c_group))
        first = narrow[c.c_start[:-1]]
        cons = np.where(agree, first, cons)
    # As the object path: an update's consensus is its latest figure (recon._latest).
    update = c.g_status == 2
    cons = np.where(update, latest_of_columns(c, order, update), cons)
    backed = agree | update
    if backed.any():
        # As the object path: an agreement's or an update's consensus is backed by
        # every value compatible with it, summed in candidate order.
        cand = np.arange(k)
        tgt = cons[c.c_group]
        a_lo, a_hi = np.minimum(cand, tgt), np.maximum(cand, tgt)
        backs = backed[c.c_group] & (
            (cand == tgt) | _isin(a_lo * k + a_hi, c.compat_i * k + c.compat_j)
        )
        summed = np.bincount(c.c_group[backs], weights=s[backs], minlength=n_g)
        best = np.where(backed, summed, best)
    conf = np.asarray([round(x, 6) for x in best.tolist()], dtype=np.float64)
    return cons, conf, order
