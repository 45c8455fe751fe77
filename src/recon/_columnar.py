"""The columnar report: a :class:`~recon.Report` whose groups are built on access.

Separate from :mod:`recon.fast` (which computes the columns) so that each
module keeps one job: this one only *presents* the columns — lazy groups,
records, JSON and pandas — without holding a Python object per claim.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from recon._latest import latest_note
from recon.group import group_id
from recon.model import (
    DEFAULT_APPROX_TOLERANCE,
    Claim,
    Entity,
    Method,
    Qualifier,
    Quantity,
    Source,
    Status,
)
from recon.report import (
    RECORD_KEYS,
    Candidate,
    Dependency,
    Group,
    Report,
    SourceTrust,
    trust_evidence,
)
from recon.resolve import Resolution, Votes

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["QUALIFIERS", "ColumnarReport", "Columns", "LazyGroups"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

_EPS = 1e-9
QUALIFIERS = tuple(q.value for q in Qualifier)
_Q = {q: i for i, q in enumerate(QUALIFIERS)}
_STATUS = (Status.SINGLE, Status.AGREE, Status.UPDATE, Status.CONFLICT)


def _uniq(x: IntArray) -> IntArray:
    """Sorted distinct values (numpy's own unique hashes, much slower on large ints)."""
    s = np.sort(x)
    keep = np.ones(s.size, dtype=bool)
    keep[1:] = s[1:] != s[:-1]
    return s[keep]


def _isin(a: IntArray, b: IntArray) -> BoolArray:
    """``np.isin`` by binary search (numpy's own calls its slow hashing unique)."""
    u = _uniq(b)
    if u.size == 0:
        return np.zeros(a.shape, dtype=bool)
    pos = np.minimum(np.searchsorted(u, a), u.size - 1)
    return np.asarray(u[pos] == a, dtype=bool)


def _stated_bounds(
    v: FloatArray, q: IntArray, tol: float, count: BoolArray | None = None
) -> tuple[FloatArray, FloatArray]:
    """The interval each figure stands for (recon.model's rules), in its own
    unit (``count``: rows counting people or things, approximate by one at least)."""
    d = np.abs(v) * tol
    if count is not None:
        d = np.where(count & (d < 1), 1.0, d)
    approx = q == _Q["approx"]
    up = (q == _Q["at_least"]) | (q == _Q["more_than"])
    down = (q == _Q["at_most"]) | (q == _Q["less_than"])
    lo = np.where(approx, v - d, np.where(down, np.where(v >= 0, 0.0, -np.inf), v))
    hi = np.where(approx, v + d, np.where(up, np.inf, v))
    return lo, hi


class Columns:
    """The claims as arrays, rows in claim order once grouped (internal)."""

    n: int
    src: IntArray
    mention: IntArray
    fld: IntArray
    unit: IntArray
    qual: IntArray
    value: FloatArray
    as_of: IntArray
    ent: IntArray
    source_ids: list[str]
    mentions: list[str]
    fields: list[str]
    unit_names: list[str]
    entity_ids: list[str]
    entities: list[Entity]
    dims: list[str]
    dim_of_unit: IntArray
    factor: FloatArray
    unit_count: BoolArray  # recon.units.Unit.count, per unit
    factor_low: FloatArray  # recon.units.Unit.low_factor, per unit
    factor_high: FloatArray
    row_group: IntArray
    row_cand: IntArray
    g_ent: IntArray
    g_fld: IntArray
    g_start: IntArray
    g_status: npt.NDArray[np.int8]
    g_nsrc: IntArray
    c_group: IntArray
    c_rep: IntArray
    c_start: IntArray
    compat_i: IntArray
    compat_j: IntArray
    notes: dict[int, list[str]]

    def take(self, order: IntArray) -> None:
        for name in ("src", "mention", "fld", "unit", "qual", "value", "as_of", "ent"):
            setattr(self, name, getattr(self, name)[order])


def _plain_num(x: float) -> float | int:
    return int(x) if x.is_integer() and abs(x) < 2**53 else x


class LazyGroups(Sequence[Group]):
    """A read-only sequence of groups, each built when accessed."""

    def __init__(self, report: ColumnarReport, index: IntArray) -> None:
        self._r, self._ix = report, index

    def __len__(self) -> int:
        return int(self._ix.size)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return tuple(self._r.make_group(int(g)) for g in self._ix[i].tolist())
        return self._r.make_group(int(self._ix[i]))

    def __iter__(self) -> Iterator[Group]:
        for g in self._ix.tolist():
            yield self._r.make_group(g)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{len(self)} groups>"


class _JsonList(list[Any]):
    """A list that json's pure-Python encoder iterates lazily (for streaming)."""

    def __init__(self, n: int, items: Callable[[], Iterator[Any]]) -> None:
        super().__init__()
        self._n, self._items = n, items

    def __len__(self) -> int:
        return self._n

    def __bool__(self) -> bool:
        return self._n > 0

    def __iter__(self) -> Iterator[Any]:
        return self._items()


class ColumnarReport(Report):
    """A :class:`~recon.Report` kept as columns; groups and claims are built on access.

    ``groups``, ``conflicts``, ``agreements`` and ``updates`` are lazy
    sequences; :meth:`iter_records`, :meth:`write_json` and :meth:`to_pandas`
    stream from the columns without building claim objects.
    """

    __slots__ = ("_c", "_conf", "_cons", "_gid_list", "_order", "_score", "_src_objs")
    _c: Columns
    _cons: IntArray
    _conf: FloatArray
    _gid_list: list[str] | None
    _order: IntArray
    _score: FloatArray
    _src_objs: tuple[Source, ...]

    @classmethod
    def build(
        cls, c: Columns, votes: Votes, res: Resolution, policy: str, deps: tuple[Dependency, ...]
    ) -> ColumnarReport:
        self = object.__new__(cls)
        put = object.__setattr__
        from recon.fast import consensus

        cons, conf, order = consensus(c, votes, res)
        sources = tuple(Source(id=s) for s in c.source_ids)
        for k, v in (
            ("_c", c),
            ("_cons", cons),
            ("_conf", conf),
            ("_order", order),
            ("_score", np.asarray(res.candidate_score, dtype=np.float64)),
            ("_src_objs", sources),
            ("sources", sources),
            ("policy", policy),
            ("entities", tuple(sorted(c.entities, key=lambda e: e.id))),
            ("dependencies", deps),
            ("skipped", ()),
            ("_gid_list", None),
        ):
            put(self, k, v)
        put(self, "trust", self._trust(votes, res))
        return self

    @property
    def _gids(self) -> list[str]:
        """Group ids in report order, hashed on first use (a report may never need them)."""
        if self._gid_list is None:
            c = self._c
            ids = [
                group_id(c.entity_ids[e], c.fields[f])
                for e, f in zip(c.g_ent.tolist(), c.g_fld.tolist(), strict=True)
            ]
            object.__setattr__(self, "_gid_list", ids)
            return ids
        return self._gid_list

    def _trust(self, votes: Votes, res: Resolution) -> tuple[SourceTrust, ...]:
        c = self._c
        ns, n_g = len(c.source_ids), c.g_ent.size
        total = np.bincount(c.src, minlength=ns)
        gs = _uniq(c.row_group * ns + c.src)
        g, s = gs // ns, gs % ns
        cons = self._cons[g]
        counted = (c.g_nsrc[g] >= 2) & (cons >= 0) if n_g else np.zeros(0, dtype=bool)
        said = _isin(cons * ns + s, _uniq(c.row_cand * ns + c.src))
        # An update's earlier figures were superseded, not contradicted.
        agreed_row = counted & ((c.g_status[g] == 1) | (c.g_status[g] == 2) | said)
        agreed = np.bincount(s[agreed_row], minlength=ns)
        disagreed = np.bincount(s[counted & ~agreed_row], minlength=ns)
        out = []
        for i, src in enumerate(self._src_objs):
            a, d = int(agreed[i]), int(disagreed[i])
            ev = trust_evidence(a, d, float(votes.weight[i]))
            out.append(
                SourceTrust(
                    source=src,
                    trust=round(float(res.source_trust[i]), 6),
                    claims=int(total[i]),
                    agreed=a,
                    disagreed=d,
                    evidence=ev,
                )
            )
        return tuple(out)

    # -- lazy views ----------------------------------------------------------
    def _claim(self, r: int, field: str) -> Claim:
        c = self._c
        t = int(c.as_of[r])
        return Claim(
            entity=c.mentions[c.mention[r]],
            field=field,
            source=self._src_objs[c.src[r]],
            value=Quantity(
                value=_plain_num(float(c.value[r])),
                unit=c.unit_names[c.unit[r]],
                qualifier=QUALIFIERS[c.qual[r]],
            ),
            method=Method.GIVEN,
            as_of=dt.date.fromordinal(t) if t > 0 else None,
        )

    def make_group(self, g: int) -> Group:
        """Build group ``g`` (in report order) as a :class:`~recon.Group`."""
        c = self._c
        r0, r1 = int(c.g_start[g]), int(c.g_start[g + 1])
        field = c.fields[c.g_fld[g]]
        claims = tuple(self._claim(r, field) for r in range(r0, r1))
        rc = c.row_cand[r0:r1]
        cands = tuple(
            Candidate(
                value=claims[c.c_rep[k] - r0].value,
                claims=tuple(claims[m] for m in np.flatnonzero(rc == k).tolist()),
                score=round(float(self._score[k]), 6),
            )
            for k in self._order[c.c_start[g] : c.c_start[g + 1]].tolist()
        )
        cons = int(self._cons[g])
        notes = tuple(c.notes.get(g, ()))
        if c.g_status[g] == 2:
            notes += (latest_note(int(c.as_of[r0:r1][rc == cons].max()), False),)
        return Group(
            id=self._gids[g],
            entity=c.entities[c.g_ent[g]],
            field=field,
            status=_STATUS[c.g_status[g]],
            claims=claims,
            candidates=cands,
            consensus=claims[c.c_rep[cons] - r0].value if cons >= 0 else None,
            confidence=float(self._conf[g]),
            notes=notes,
        )

    def _where(self, status: int | None) -> LazyGroups:
        n_g = self._c.g_ent.size
        ix = np.arange(n_g) if status is None else np.flatnonzero(self._c.g_status == status)
        return LazyGroups(self, ix)

    @property
    def groups(self) -> LazyGroups:  # type: ignore[override]
        return self._where(None)

    @property
    def conflicts(self) -> LazyGroups:  # type: ignore[override]
        return self._where(3)

    @property
    def agreements(self) -> LazyGroups:  # type: ignore[override]
        return self._where(1)

    @property
    def updates(self) -> LazyGroups:  # type: ignore[override]
        return self._where(2)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(cl for g in self.groups for cl in g.claims)

    def __len__(self) -> int:
        return int(self._c.g_ent.size)

    def status_counts(self) -> dict[str, int]:
        """How many groups have each status, without building any group."""
        n = np.bincount(self._c.g_status.astype(np.int64), minlength=4)
        return {s.value: int(n[i]) for i, s in enumerate(_STATUS)}

    def group(self, entity: str, field: str) -> Group | None:
        c = self._c
        for g in np.flatnonzero(np.asarray(c.fields, dtype=object)[c.g_fld] == field).tolist():
            e = c.entities[c.g_ent[g]]
            if entity in (e.id, e.name) or entity in e.aliases:
                return self.make_group(g)
        return None

    # -- plain forms ---------------------------------------------------------
    def iter_records(self) -> Iterator[dict[str, Any]]:
        """The records of :meth:`to_records`, one at a time."""
        c = self._c
        lo, hi = _stated_bounds(c.value, c.qual, DEFAULT_APPROX_TOLERANCE, c.unit_count[c.unit])
        names = [e.name for e in c.entities]
        for g in range(c.g_ent.size):
            name, field, gid = names[c.g_ent[g]], c.fields[c.g_fld[g]], self._gids[g]
            status = _STATUS[c.g_status[g]].value
            for r in range(int(c.g_start[g]), int(c.g_start[g + 1])):
                yield {
                    "doc": c.source_ids[c.src[r]],
                    "entity": name,
                    "mention": c.mentions[c.mention[r]],
                    "field": field,
                    "value": _plain_num(float(c.value[r])),
                    "low": float(lo[r]),
                    "high": float(hi[r]),
                    "unit": c.unit_names[c.unit[r]],
                    "qualifier": QUALIFIERS[c.qual[r]],
                    "start": None,
                    "end": None,
                    "quote": None,
                    "speaker": None,
                    "cue": None,
                    "group": gid,
                    "status": status,
                }

    def to_records(self) -> list[dict[str, Any]]:
        return list(self.iter_records())

    def to_pandas(self) -> pd.DataFrame:
        """The records as a DataFrame, built column by column."""
        import pandas as pd

        c = self._c
        lo, hi = _stated_bounds(c.value, c.qual, DEFAULT_APPROX_TOLERANCE, c.unit_count[c.unit])

        def obj(xs: Sequence[Any]) -> npt.NDArray[np.object_]:
            return np.asarray(xs, dtype=object)

        g = c.row_group
        none = np.full(c.n, None, dtype=object)
        cols = {
            "doc": obj(c.source_ids)[c.src],
            "entity": obj([e.name for e in c.entities])[c.g_ent[g]],
            "mention": obj(c.mentions)[c.mention],
            "field": obj(c.fields)[c.g_fld[g]],
            "value": c.value,
            "low": lo,
            "high": hi,
            "unit": obj(c.unit_names)[c.unit],
            "qualifier": obj(QUALIFIERS)[c.qual],
            "start": none,
            "end": none,
            "quote": none,
            "speaker": none,
            "cue": none,
            "group": obj(self._gids)[g],
            "status": obj([s.value for s in _STATUS])[c.g_status[g]],
        }
        frame: pd.DataFrame = pd.DataFrame(cols, columns=list(RECORD_KEYS))
        return frame

    def to_dict(self) -> dict[str, Any]:
        """As :meth:`Report.to_dict`, with the groups listed lazily."""
        base = Report(
            entities=self.entities,
            sources=self.sources,
            trust=self.trust,
            dependencies=self.dependencies,
            skipped=self.skipped,
            policy=self.policy,
        ).to_dict()

        def groups() -> Iterator[dict[str, Any]]:
            for g in range(len(self)):
                yield Report(groups=(self.make_group(g),)).to_dict()["groups"][0]

        base["groups"] = _JsonList(len(self), groups)
        return base

    def write_json(self, fp: IO[str], *, indent: int | None = 2) -> None:
        """Write :meth:`to_json`'s text to ``fp`` piece by piece (constant memory)."""
        enc = json.JSONEncoder(ensure_ascii=False, indent=indent, sort_keys=True, allow_nan=False)
        for chunk in enc.iterencode(self.to_dict()):
            fp.write(chunk)

    def to_json(self, *, indent: int | None = 2) -> str:
        buf = io.StringIO()
        self.write_json(buf, indent=indent)
        return buf.getvalue()

    def __repr__(self) -> str:
        n = self.status_counts()
        return (
            f"<ColumnarReport: {len(self)} groups, {n['conflict']} conflicts, "
            f"{len(self.sources)} sources, {self._c.n} claims, policy={self.policy!r}>"
        )
