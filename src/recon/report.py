"""The reconciliation report: groups, verdicts, sources, and their plain forms.

A :class:`Report` is an immutable result.  It renders itself as text
(``str(report)``), Markdown, HTML (``report.to_html()`` and in Jupyter), JSON
(``to_json``/``Report.from_json``), records (one dict per claim) and pandas.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from recon.errors import InvalidValueError
from recon.model import Claim, DateValue, Entity, LinkReason, Quantity, Source, Status, Value
from recon.serialise import (
    claim_from_dict,
    claim_to_dict,
    plain_number,
    source_from_dict,
    source_to_dict,
    value_from_dict,
    value_to_dict,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RECORD_KEYS", "Candidate", "Dependency", "Group", "Report", "Skipped", "SourceTrust"]

#: The keys of every dict :meth:`Report.to_records` returns, in order.
RECORD_KEYS = (
    "doc", "entity", "mention", "field", "value", "low", "high", "unit", "qualifier",
    "start", "end", "quote", "speaker", "cue", "group", "status",
)  # fmt: skip


@attrs.frozen(kw_only=True)
class Candidate:
    """One competing value in a group, the claims stating it and its support."""

    value: Value
    claims: tuple[Claim, ...]
    score: float = 0.0

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the distinct sources stating this value, sorted."""
        return tuple(sorted({c.source.id for c in self.claims}))


@attrs.frozen(kw_only=True)
class Group:
    """All claims about one entity's one field, and the verdict on them."""

    id: str
    entity: Entity
    field: str
    status: Status
    claims: tuple[Claim, ...]
    candidates: tuple[Candidate, ...]
    consensus: Value | None
    confidence: float
    notes: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({c.source.id for c in self.claims}))

    @property
    def is_conflict(self) -> bool:
        return self.status is Status.CONFLICT

    def _repr_html_(self) -> str:
        from recon.render import group_html

        return group_html(self)

    def __str__(self) -> str:
        from recon.render import group_text

        return group_text(self)


@attrs.frozen(kw_only=True)
class SourceTrust:
    """How far a source is trusted, and the evidence behind the figure."""

    source: Source
    trust: float
    claims: int
    agreed: int
    disagreed: int
    evidence: str = ""


def trust_evidence(agreed: int, disagreed: int, weight: float) -> str:
    """The plain-words evidence behind a source's trust score."""
    ev = (
        f"agreed with the consensus in {agreed} of {agreed + disagreed} contested groups"
        if agreed + disagreed
        else "no group with another source to compare against: prior trust"
    )
    if weight < 1:
        ev += f"; votes discounted to {weight:.2f} as a dependent source"
    return ev


@attrs.frozen(kw_only=True)
class Dependency:
    """Two sources judged to copy one another (or a common origin)."""

    a: str
    b: str
    score: float
    evidence: str
    copier: str | None = None  # which of a/b copies, when the evidence says (None: unknown)


@attrs.frozen(kw_only=True)
class Skipped:
    """An input that produced no claim: unreadable, rejected, or simply empty."""

    item: str
    reason: str


def _entity_to_dict(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "aliases": list(e.aliases),
        "documents": list(e.documents),
        "reasons": [attrs.asdict(r) for r in e.reasons],
    }


def _entity_from_dict(d: dict[str, Any]) -> Entity:
    return Entity(
        id=d["id"],
        name=d["name"],
        kind=d.get("kind", "unknown"),
        aliases=tuple(d.get("aliases", ())),
        documents=tuple(d.get("documents", ())),
        reasons=tuple(LinkReason(**r) for r in d.get("reasons", ())),
    )


def _plain(v: Value, which: str) -> Any:
    x = getattr(v, which, None)
    if x is None:
        return str(v) if which == "value" else None
    if isinstance(v, DateValue):
        return x.isoformat()
    if isinstance(v, Quantity):
        return x if which != "value" else (int(x) if float(x).is_integer() else x)
    if which == "value":
        return str(v)
    return None


@attrs.frozen(kw_only=True)
class Report:
    """What recon found: every group with its verdict, the entities, the sources.

    ``groups`` are sorted by entity and field; ``conflicts`` is the subset
    whose status is ``conflict``.  ``skipped`` lists inputs that yielded no
    claim, with the reason, so nothing handed to :func:`recon.reconcile` goes
    unaccounted for.
    """

    groups: tuple[Group, ...] = ()
    entities: tuple[Entity, ...] = ()
    sources: tuple[Source, ...] = ()
    trust: tuple[SourceTrust, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    policy: str = ""

    # -- views -------------------------------------------------------------
    @property
    def conflicts(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.status is Status.CONFLICT)

    @property
    def agreements(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.status is Status.AGREE)

    @property
    def updates(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.status is Status.UPDATE)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for g in self.groups for c in g.claims)

    def __iter__(self) -> Iterator[Group]:
        return iter(self.groups)

    def __len__(self) -> int:
        return len(self.groups)

    def group(self, entity: str, field: str) -> Group | None:
        """The group for an entity (id, name or alias) and field, if any."""
        for g in self.groups:
            e = g.entity
            if g.field == field and (entity in (e.id, e.name) or entity in e.aliases):
                return g
        return None

    def trust_of(self, source_id: str) -> float | None:
        for t in self.trust:
            if t.source.id == source_id:
                return t.trust
        return None

    # -- plain forms -------------------------------------------------------
    def to_records(self) -> list[dict[str, Any]]:
        """One dict per claim, keys :data:`RECORD_KEYS` (numbers plain, dates ISO)."""
        out: list[dict[str, Any]] = []
        for g in self.groups:
            for c in g.claims:
                v = c.value
                out.append(
                    {
                        "doc": c.source.id,
                        "entity": g.entity.name,
                        "mention": c.entity,
                        "field": g.field,
                        "value": _plain(v, "value"),
                        "low": _plain(v, "low"),
                        "high": _plain(v, "high"),
                        "unit": v.unit,
                        "qualifier": getattr(getattr(v, "qualifier", None), "value", None),
                        "start": c.span.start if c.span else None,
                        "end": c.span.end if c.span else None,
                        "quote": c.quote,
                        "speaker": c.speaker,
                        "cue": c.cue.value if c.cue is not None else None,
                        "group": g.id,
                        "status": g.status.value,
                    }
                )
        return out

    def to_dict(self) -> dict[str, Any]:
        """The whole report as plain data (what :meth:`to_json` writes)."""
        return {
            "policy": self.policy,
            "groups": [
                {
                    "id": g.id,
                    "entity": g.entity.id,
                    "field": g.field,
                    "status": g.status.value,
                    "consensus": value_to_dict(g.consensus) if g.consensus is not None else None,
                    "confidence": round(g.confidence, 6),
                    "notes": list(g.notes),
                    "claims": [claim_to_dict(c) for c in g.claims],
                    "candidates": [
                        {
                            "value": value_to_dict(k.value),
                            "score": round(k.score, 6),
                            "claims": [g.claims.index(c) for c in k.claims],
                        }
                        for k in g.candidates
                    ],
                }
                for g in self.groups
            ],
            "entities": [_entity_to_dict(e) for e in self.entities],
            "sources": [source_to_dict(s) for s in self.sources],
            "trust": [
                {
                    "source": t.source.id,
                    "trust": round(t.trust, 6),
                    "claims": t.claims,
                    "agreed": t.agreed,
                    "disagreed": t.disagreed,
                    "evidence": t.evidence,
                }
                for t in self.trust
            ],
            "dependencies": [attrs.asdict(d) for d in self.dependencies],
            "skipped": [attrs.asdict(s) for s in self.skipped],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON: the same report always gives the same bytes."""
        return json.dumps(
            self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=True, allow_nan=False
        )

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        try:
            entities = {e["id"]: _entity_from_dict(e) for e in d.get("entities", [])}
            sources = tuple(source_from_dict(s) for s in d.get("sources", []))
            by_id = {s.id: s for s in sources}
            groups = []
            for g in d.get("groups", []):
                claims = tuple(claim_from_dict(c) for c in g["claims"])
                cands = tuple(
                    Candidate(
                        value=value_from_dict(k["value"]),
                        claims=tuple(claims[i] for i in k["claims"]),
                        score=float(k["score"]),
                    )
                    for k in g["candidates"]
                )
                groups.append(
                    Group(
                        id=g["id"],
                        entity=entities[g["entity"]],
                        field=g["field"],
                        status=Status(g["status"]),
                        claims=claims,
                        candidates=cands,
                        consensus=value_from_dict(g["consensus"]) if g.get("consensus") else None,
                        confidence=float(g["confidence"]),
                        notes=tuple(g.get("notes", ())),
                    )
                )
            trust = tuple(
                SourceTrust(
                    source=by_id[t["source"]],
                    trust=float(t["trust"]),
                    claims=int(t["claims"]),
                    agreed=int(t["agreed"]),
                    disagreed=int(t["disagreed"]),
                    evidence=t.get("evidence", ""),
                )
                for t in d.get("trust", [])
            )
            return cls(
                groups=tuple(groups),
                entities=tuple(entities.values()),
                sources=sources,
                trust=trust,
                dependencies=tuple(Dependency(**x) for x in d.get("dependencies", [])),
                skipped=tuple(Skipped(**x) for x in d.get("skipped", [])),
                policy=d.get("policy", ""),
            )
        except (KeyError, TypeError, IndexError) as e:
            raise InvalidValueError(f"not a recon report: {e!r}") from None

    @classmethod
    def from_json(cls, text: str) -> Report:
        """Read a report written by :meth:`to_json`."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise InvalidValueError(f"report JSON is malformed: {e}") from None
        if not isinstance(data, dict):
            raise InvalidValueError("report JSON must be an object")
        return cls.from_dict(data)

    def to_pandas(self) -> pd.DataFrame:
        """The records as a DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError(
                "Report.to_pandas needs pandas: pip install 'recon[pandas]'"
            ) from None
        frame: pd.DataFrame = pd.DataFrame(self.to_records(), columns=list(RECORD_KEYS))
        return frame

    def trust_table(self) -> pd.DataFrame:
        """Source trust as a DataFrame (needs the ``pandas`` extra)."""
        import pandas as pd

        frame: pd.DataFrame = pd.DataFrame(
            [
                {
                    "source": t.source.id,
                    "outlet": t.source.outlet,
                    "trust": t.trust,
                    "claims": t.claims,
                    "agreed": t.agreed,
                    "disagreed": t.disagreed,
                    "evidence": t.evidence,
                }
                for t in self.trust
            ]
        )
        return frame

    # -- rendering -----------------------------------------------------------
    def __str__(self) -> str:
        from recon.render import report_text

        return report_text(self)

    def to_text(self, *, only_conflicts: bool = False) -> str:
        from recon.render import report_text

        return report_text(self, only_conflicts=only_conflicts)

    def to_markdown(self, *, only_conflicts: bool = False) -> str:
        from recon.render import report_markdown

        return report_markdown(self, only_conflicts=only_conflicts)

    def to_html(self, *, only_conflicts: bool = False) -> str:
        """A self-contained HTML page (no external assets)."""
        from recon.render import report_page

        return report_page(self, only_conflicts=only_conflicts)

    def _repr_html_(self) -> str:
        from recon.render import report_html

        return report_html(self)

    def __repr__(self) -> str:
        return (
            f"<Report: {len(self.groups)} groups, {len(self.conflicts)} conflicts, "
            f"{len(self.sources)} sources, policy={self.policy!r}>"
        )


def plain(x: float) -> float | int | None:
    """Re-exported for renderers."""
    return plain_number(x)
