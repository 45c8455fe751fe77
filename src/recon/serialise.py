"""Plain-data forms of recon's values and claims (for JSON, CSV and pandas).

Every function here has an inverse: ``value_from_dict(value_to_dict(v)) == v``
and the same for claims and sources.  Infinite interval bounds are written as
``null`` in JSON (JSON has no infinity) and read back from the qualifier.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from recon.errors import InvalidValueError
from recon.model import (
    Claim,
    DateValue,
    Method,
    Quantity,
    SetValue,
    Source,
    Span,
    TextValue,
    Value,
)

__all__ = [
    "claim_from_dict",
    "claim_to_dict",
    "plain_number",
    "source_from_dict",
    "source_to_dict",
    "value_from_dict",
    "value_to_dict",
]


def plain_number(x: float) -> float | int | None:
    """A JSON-safe number: ints stay ints, infinities become ``None``."""
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return None
        if x.is_integer() and abs(x) < 2**53:
            return int(x)
    return x


def value_to_dict(v: Value) -> dict[str, Any]:
    if isinstance(v, Quantity):
        return {
            "kind": "quantity",
            "value": plain_number(v.value),
            "unit": v.unit,
            "qualifier": v.qualifier.value,
            "low": plain_number(v.low),
            "high": plain_number(v.high),
            "raw": v.raw,
        }
    if isinstance(v, DateValue):
        return {
            "kind": "date",
            "value": v.value.isoformat(),
            "low": v.low.isoformat(),
            "high": v.high.isoformat(),
            "precision": v.precision.value,
            "qualifier": v.qualifier.value,
            "raw": v.raw,
        }
    if isinstance(v, TextValue):
        return {"kind": "text", "value": v.value, "raw": v.raw}
    return {"kind": "set", "value": list(v.value), "raw": v.raw}


def _num(d: Mapping[str, Any], key: str, missing: float) -> float:
    x = d.get(key)
    return missing if x is None else float(x)


def value_from_dict(d: Mapping[str, Any]) -> Value:
    kind = d.get("kind")
    try:
        if kind == "quantity":
            value = d["value"]
            return Quantity(
                value=value,
                unit=d.get("unit", ""),
                qualifier=d.get("qualifier", "exact"),
                low=_num(d, "low", -math.inf),
                high=_num(d, "high", math.inf),
                raw=d.get("raw", ""),
            )
        if kind == "date":
            return DateValue(
                value=dt.date.fromisoformat(d["value"]),
                low=dt.date.fromisoformat(d.get("low") or d["value"]),
                high=dt.date.fromisoformat(d.get("high") or d["value"]),
                precision=d.get("precision", "day"),
                qualifier=d.get("qualifier", "exact"),
                raw=d.get("raw", ""),
            )
        if kind == "text":
            return TextValue(value=str(d["value"]), raw=d.get("raw", ""))
        if kind == "set":
            return SetValue(value=tuple(str(x) for x in d["value"]), raw=d.get("raw", ""))
    except (KeyError, TypeError, ValueError) as e:
        if isinstance(e, InvalidValueError):
            raise
        raise InvalidValueError(f"malformed {kind} value: {e}", item=dict(d)) from None
    raise InvalidValueError(f"unknown value kind {kind!r}", item=dict(d))


def source_to_dict(s: Source) -> dict[str, Any]:
    return {
        "id": s.id,
        "outlet": s.outlet,
        "url": s.url,
        "published": s.published.isoformat() if s.published else None,
        "language": s.language,
        "note": s.note,
    }


def source_from_dict(d: Mapping[str, Any]) -> Source:
    if "id" not in d:
        raise InvalidValueError("a source needs an 'id'", item=dict(d))
    return Source(
        id=d["id"],
        outlet=d.get("outlet"),
        url=d.get("url"),
        published=d.get("published"),
        language=d.get("language") or "ar",
        note=d.get("note"),
    )


def claim_to_dict(c: Claim) -> dict[str, Any]:
    d: dict[str, Any] = {
        "entity": c.entity,
        "field": c.field,
        "value": value_to_dict(c.value),
        "source": source_to_dict(c.source),
        "span": [c.span.start, c.span.end] if c.span else None,
        "quote": c.quote,
        "speaker": c.speaker,
        "method": c.method.value,
        "as_of": c.as_of.isoformat() if c.as_of else None,
        "role": c.role,
        "entity_span": [c.entity_span.start, c.entity_span.end] if c.entity_span else None,
    }
    if c.cue is not None:
        # Written only when set, so claims without one serialise as before.
        d["cue"] = c.cue.value
    return d


def claim_from_dict(d: Mapping[str, Any]) -> Claim:
    try:
        span = d.get("span")
        espan = d.get("entity_span")
        return Claim(
            entity=d["entity"],
            field=d["field"],
            value=value_from_dict(d["value"]),
            source=source_from_dict(d["source"]),
            span=Span(*span) if span else None,
            quote=d.get("quote"),
            speaker=d.get("speaker"),
            method=Method(d.get("method", "given")),
            as_of=d.get("as_of"),
            role=d.get("role"),
            entity_span=Span(*espan) if espan else None,
            cue=d.get("cue"),
        )
    except KeyError as e:
        raise InvalidValueError(f"claim is missing {e}", item=dict(d)) from None
