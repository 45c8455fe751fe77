"""Turning whatever the user hands :func:`recon.reconcile` into claims.

Accepted items, freely mixed: :class:`~recon.Document` and plain strings
(articles, extracted), :class:`~recon.Claim`, tuples ``(source, entity,
field, value)`` with an optional fifth element, the as-of date (the shape
truth-discovery libraries use), mappings with those keys (JSON Lines, CSV
rows), and pandas DataFrames with those columns.

A bad item never stops the others: its error is collected with the item's
index, and the caller decides whether to raise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from recon.errors import InputError, InvalidClaimError, InvalidValueError, ReconError
from recon.model import (
    Claim,
    Cue,
    DateValue,
    Document,
    Method,
    Quantity,
    SetValue,
    Source,
    TextValue,
    Value,
)
from recon.report import Skipped
from recon.serialise import value_from_dict

__all__ = ["Ingested", "coerce_value", "ingest", "text_document"]


@attrs.define
class Ingested:
    """Claims gathered from the input, the documents read, and what went wrong."""

    claims: list[Claim] = attrs.Factory(list)
    documents: list[Document] = attrs.Factory(list)
    sources: dict[str, Source] = attrs.Factory(dict)
    skipped: list[Skipped] = attrs.Factory(list)
    errors: list[ReconError] = attrs.Factory(list)
    mentions: list[Any] = attrs.Factory(list)  # recon.link.Mention: names seen in documents


def text_document(text: str) -> Document:
    """A document for a bare string, its id derived from its content (order-free)."""
    h = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    return Document(source=Source(id=f"text-{h}"), text=text)


def coerce_value(v: object, *, unit: str | None = None, qualifier: str | None = None) -> Value:
    """The typed value for a plain Python one: numbers become quantities,
    dates date values, strings text values, collections sets."""
    if isinstance(v, (Quantity, DateValue, TextValue, SetValue)):
        return v
    if isinstance(v, bool):
        return TextValue(value=str(v).lower())
    if isinstance(v, (int, float)):
        if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
            raise InvalidValueError(f"value must be a finite number, got {v!r}", item=v)
        return Quantity(value=v, unit=unit or "", qualifier=qualifier or "exact")
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):  # numpy scalar
        return coerce_value(v.item(), unit=unit, qualifier=qualifier)
    if isinstance(v, dt.datetime):
        return DateValue(value=v.date())
    if isinstance(v, dt.date):
        return DateValue(value=v)
    if isinstance(v, str):
        if unit:
            try:
                num = float(v.replace(",", ""))
            except ValueError:
                raise InvalidValueError(
                    f"value {v!r} is not a number but unit {unit!r} was given", item=v
                ) from None
            return coerce_value(num, unit=unit, qualifier=qualifier)
        return TextValue(value=v)
    if isinstance(v, Mapping) and "kind" in v:
        return value_from_dict(v)
    if isinstance(v, (list, tuple, set, frozenset)):
        return SetValue(value=tuple(sorted(str(x) for x in v)))
    raise InvalidValueError(f"cannot use {type(v).__name__} {v!r} as a claim value", item=v)


def _source(s: object) -> Source:
    if isinstance(s, Source):
        return s
    if isinstance(s, Mapping):
        from recon.serialise import source_from_dict

        return source_from_dict(s)
    if s is None or (isinstance(s, float) and math.isnan(s)):
        raise InvalidValueError("claim has no source", item=s)
    return Source(id=str(s))


def _from_tuple(t: tuple[Any, ...] | list[Any]) -> Claim:
    if len(t) not in (4, 5):
        raise InvalidClaimError(
            f"a claim tuple is (source, entity, field, value[, as_of]); got {len(t)} items",
            claim=t,
        )
    as_of = t[4] if len(t) == 5 else None
    return Claim(
        source=_source(t[0]),
        entity=str(t[1]),
        field=str(t[2]),
        value=coerce_value(t[3]),
        method=Method.GIVEN,
        as_of=as_of,
    )


def _from_mapping(m: Mapping[str, Any]) -> Claim:
    if (
        "value" in m
        and isinstance(m["value"], Mapping)
        and "source" in m
        and isinstance(m["source"], Mapping)
    ):
        from recon.serialise import claim_from_dict

        return claim_from_dict(m)
    missing = [k for k in ("source", "entity", "field", "value") if k not in m]
    if missing:
        raise InvalidClaimError(f"missing {', '.join(missing)}", claim=dict(m))
    unit = m.get("unit") or None
    qual = m.get("qualifier") or None
    value = coerce_value(m["value"], unit=unit, qualifier=qual)
    if isinstance(value, Quantity) and ("low" in m or "high" in m):
        lo, hi = m.get("low"), m.get("high")
        value = attrs.evolve(
            value,
            low=value.low if lo is None or lo == "" else float(lo),
            high=value.high if hi is None or hi == "" else float(hi),
        )
    src = m["source"]
    if not isinstance(src, (Source, Mapping)) and m.get("outlet"):
        src = Source(id=str(src), outlet=str(m["outlet"]), published=m.get("published") or None)
    return Claim(
        source=_source(src),
        entity=str(m["entity"]),
        field=str(m["field"]),
        value=value,
        quote=m.get("quote") or None,
        speaker=m.get("speaker") or None,
        as_of=m.get("as_of") or None,
        role=m.get("role") or None,
        method=Method.GIVEN,
        cue=_cue(m.get("cue"), m),
    )


def _cue(x: object, m: Mapping[str, Any]) -> Cue | None:
    """A cue column's value ("rise", "revised", "disputed"; empty: none)."""
    if x is None or x == "" or (isinstance(x, float) and math.isnan(x)):
        return None
    try:
        return Cue(x)
    except ValueError:
        choices = ", ".join(c.value for c in Cue)
        raise InvalidClaimError(
            f"cue must be one of {choices} or empty, got {x!r}", claim=dict(m)
        ) from None


def _expand(items: Iterable[object]) -> Iterator[object]:
    for item in items:
        if hasattr(item, "to_dict") and hasattr(item, "columns"):  # a pandas DataFrame
            yield from item.to_dict("records")
        else:
            yield item


def ingest(items: Iterable[object], *, extract: bool = True, lang: str = "ar") -> Ingested:
    """Read every item; collect errors instead of stopping at the first."""
    out = Ingested()
    skipped = getattr(items, "skipped", None)
    if skipped:
        out.skipped.extend(Skipped(item=str(p), reason=str(r)) for p, r in skipped)
    if isinstance(items, (str, Document, Claim)) or (
        hasattr(items, "to_dict") and hasattr(items, "columns")
    ):
        items = [items]
    for i, item in enumerate(_expand(items)):
        try:
            if isinstance(item, Claim):
                out.claims.append(item)
                out.sources.setdefault(item.source.id, item.source)
            elif isinstance(item, (Document, str)):
                doc = item if isinstance(item, Document) else text_document(item)
                _read_document(doc, out, extract=extract, lang=lang)
            elif isinstance(item, (tuple, list)):
                c = _from_tuple(item)
                out.claims.append(c)
                out.sources.setdefault(c.source.id, c.source)
            elif isinstance(item, Mapping):
                c = _from_mapping(item)
                out.claims.append(c)
                out.sources.setdefault(c.source.id, c.source)
            else:
                raise InputError(
                    f"cannot reconcile a {type(item).__name__}; give Documents, strings, "
                    "Claims, (source, entity, field, value) tuples or mappings",
                    item=item,
                )
        except ReconError as e:
            out.errors.append(_located(e, i, item))
            out.skipped.append(Skipped(item=f"item {i}", reason=str(e)))
    return out


def _located(e: ReconError, i: int, item: object) -> ReconError:
    """Name the item's position in the error's message (once)."""
    if not str(e).startswith("item "):
        e.args = (f"item {i}: {e}", *e.args[1:])
    if isinstance(e, InputError):
        e.index = i
        e.item = item
    return e


def _read_document(doc: Document, out: Ingested, *, extract: bool, lang: str) -> None:
    import recon.extract as extract_module
    from recon.extract import extract as extract_claims
    from recon.extract import extract_credits

    source = doc.source
    if source.outlet is None:
        credits = extract_credits(doc.text)
        if credits:
            source = attrs.evolve(source, outlet=credits[0])
            doc = attrs.evolve(doc, source=source)
    out.documents.append(doc)
    out.sources.setdefault(source.id, source)
    if not extract:
        return
    claims = extract_claims(doc, lang=lang)
    find_mentions = getattr(extract_module, "extract_mentions", None)
    if find_mentions is not None:
        out.mentions.extend(find_mentions(doc, lang=lang))
    if not claims:
        out.skipped.append(Skipped(item=doc.id, reason="no claims found in the text"))
    out.claims.extend(claims)
