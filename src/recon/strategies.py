"""Hypothesis strategies for recon's types, for your own property-based tests.

    from hypothesis import given
    from recon import strategies as rst

    @given(rst.claim_batches(max_sources=4))
    def test_my_pipeline_never_loses_a_claim(claims):
        report = recon.reconcile(claims)
        assert sum(len(g.claims) for g in report.groups) == len(claims)

The strategies follow hypothesis's own conventions: plural names, keyword-only
``min_*``/``max_*`` arguments, :class:`hypothesis.errors.InvalidArgument` for
bad arguments.  Installing recon registers them with
``st.from_type``, so ``st.from_type(recon.Claim)`` works.

This module needs hypothesis (``pip install 'recon[strategies]'``); the rest
of recon does not import it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError("recon.strategies needs hypothesis: pip install 'recon[strategies]'") from e

from recon.model import (
    Claim,
    DateValue,
    Document,
    Method,
    Precision,
    Qualifier,
    Quantity,
    SetValue,
    Source,
    Span,
    TextValue,
    Value,
)
from recon.units import UNITS

__all__ = [
    "claim_batches",
    "claims",
    "dates",
    "documents",
    "quantities",
    "set_values",
    "sources",
    "text_values",
    "values",
]

_MIN_DATE = dt.date(1990, 1, 1)
_MAX_DATE = dt.date(2035, 12, 31)
_ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى"
_OUTLETS = ("AFP", "Reuters", "AP", "Anadolu", "INA", "Al Jazeera", "BBC Arabic", None)


def _check(cond: bool, msg: str) -> None:
    if not cond:
        raise InvalidArgument(msg)


@st.composite
def sources(
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str] | None = None,
    min_published: dt.date = _MIN_DATE,
    max_published: dt.date = _MAX_DATE,
) -> Source:
    """A :class:`~recon.Source` with an id, maybe an outlet and a publication date."""
    _check(min_published <= max_published, "min_published must be <= max_published")
    sid = draw(ids if ids is not None else st.from_regex(r"\A[a-z][a-z0-9_-]{0,11}\Z"))
    return Source(
        id=sid,
        outlet=draw(st.sampled_from(_OUTLETS)),
        published=draw(st.none() | st.dates(min_published, max_published)),
        language=draw(st.sampled_from(("ar", "en"))),
    )


def quantities(
    *,
    units: Sequence[str] | None = None,
    qualifiers: Sequence[Qualifier | str] | None = None,
    min_value: float = 0,
    max_value: float = 10**9,
    integers: bool = True,
) -> st.SearchStrategy[Quantity]:
    """A :class:`~recon.Quantity`; ``units`` and ``qualifiers`` restrict the draw.

    Counts (people, items) are never negative whatever ``min_value`` says.
    """
    _check(min_value <= max_value, "min_value must be <= max_value")
    unit_list = list(units) if units is not None else sorted(UNITS)
    for u in unit_list:
        _check(u in UNITS, f"unknown unit {u!r}")
    _check(bool(unit_list), "units must not be empty")
    quals = [Qualifier(q) for q in (qualifiers or list(Qualifier))]
    _check(bool(quals), "qualifiers must not be empty")

    @st.composite
    def build(draw: st.DrawFn) -> Quantity:
        u = draw(st.sampled_from(unit_list))
        lo_bound = max(min_value, 0) if UNITS[u].count else min_value
        lo_bound = min(lo_bound, max_value)
        if integers:
            num: float = draw(st.integers(int(_ceil(lo_bound)), int(max_value)))
        else:
            num = draw(st.floats(lo_bound, max_value, allow_nan=False, allow_infinity=False))
        q = draw(st.sampled_from(quals))
        if q in (Qualifier.RANGE, Qualifier.VAGUE):
            hi = draw(st.integers(int(_ceil(num)), int(max_value))) if integers else num * 2
            hi = max(hi, num)
            mid = (num + hi) / 2
            return Quantity(value=mid, unit=u, qualifier=q, low=num, high=hi, raw="")
        return Quantity(value=num, unit=u, qualifier=q)

    return build()


def _ceil(x: float) -> float:
    i = int(x)
    return i if i >= x else i + 1


def dates(
    *,
    min_value: dt.date = _MIN_DATE,
    max_value: dt.date = _MAX_DATE,
    precisions: Sequence[Precision | str] | None = None,
) -> st.SearchStrategy[DateValue]:
    """A :class:`~recon.DateValue` of day, month or year precision."""
    _check(min_value <= max_value, "min_value must be <= max_value")
    precs = [Precision(p) for p in (precisions or (Precision.DAY, Precision.MONTH, Precision.YEAR))]
    for p in precs:
        _check(p in (Precision.DAY, Precision.MONTH, Precision.YEAR), f"unsupported precision {p}")

    @st.composite
    def build(draw: st.DrawFn) -> DateValue:
        d = draw(st.dates(min_value, max_value))
        p = draw(st.sampled_from(precs))
        if p is Precision.DAY:
            return DateValue(value=d)
        if p is Precision.MONTH:
            start = d.replace(day=1)
            nxt = (start + dt.timedelta(days=32)).replace(day=1)
            return DateValue(value=start, low=start, high=nxt - dt.timedelta(days=1), precision=p)
        start = d.replace(month=1, day=1)
        return DateValue(value=start, low=start, high=d.replace(month=12, day=31), precision=p)

    return build()


def text_values(*, min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[TextValue]:
    """A categorical :class:`~recon.TextValue` (Latin and Arabic letters, digits)."""
    _check(1 <= min_size <= max_size, "need 1 <= min_size <= max_size")
    alphabet = "ABCDEFGHabcdefgh0123456789 " + _ARABIC_LETTERS
    return (
        st.text(alphabet, min_size=min_size, max_size=max_size)
        .filter(lambda s: s.strip() != "")
        .map(lambda s: TextValue(value=s))
    )


def set_values(*, min_size: int = 0, max_size: int = 5) -> st.SearchStrategy[SetValue]:
    """A multi-valued :class:`~recon.SetValue` (e.g. an author list)."""
    _check(0 <= min_size <= max_size, "need 0 <= min_size <= max_size")
    member = st.text("abcdefgh ", min_size=1, max_size=8).filter(lambda s: s.strip() != "")
    return st.lists(member, min_size=min_size, max_size=max_size).map(
        lambda xs: SetValue(value=tuple(xs))
    )


def values() -> st.SearchStrategy[Value]:
    """Any kind of claim value."""
    return st.one_of(quantities(), dates(), text_values(), set_values())


_ENTITIES = ("K1", "القيارة", "فرنسا", "Iraq", "التحالف الدولي", "Mosul", "بغداد")
_FIELDS = ("personnel", "killed", "money:equipment", "distance", "date:handover", "gate")


@st.composite
def claims(
    draw: st.DrawFn,
    *,
    sources: st.SearchStrategy[Source] | None = None,
    entities: st.SearchStrategy[str] | None = None,
    fields: st.SearchStrategy[str] | None = None,
    values: st.SearchStrategy[Value] | None = None,
) -> Claim:
    """A given (structured) :class:`~recon.Claim`; every part can be constrained."""
    src = draw(sources if sources is not None else _default_sources())
    return Claim(
        entity=draw(entities if entities is not None else st.sampled_from(_ENTITIES)),
        field=draw(fields if fields is not None else st.sampled_from(_FIELDS)),
        value=draw(values if values is not None else _default_values()),
        source=src,
        speaker=draw(st.none() | st.sampled_from(("مايلز كاغينز", "Reuters source"))),
        method=Method.GIVEN,
        as_of=draw(st.none() | st.dates(_MIN_DATE, _MAX_DATE)),
    )


def _default_sources() -> st.SearchStrategy[Source]:
    return sources()


def _default_values() -> st.SearchStrategy[Value]:
    return values()


@st.composite
def claim_batches(
    draw: st.DrawFn,
    *,
    min_size: int = 0,
    max_size: int = 30,
    max_sources: int = 5,
    max_entities: int = 3,
    max_fields: int = 3,
    values: st.SearchStrategy[Value] | None = None,
) -> list[Claim]:
    """A list of claims drawn from a few sources, entities and fields, so that
    groups with several sources (and conflicts) are common."""
    _check(0 <= min_size <= max_size, "need 0 <= min_size <= max_size")
    for name, n in (
        ("max_sources", max_sources),
        ("max_entities", max_entities),
        ("max_fields", max_fields),
    ):
        _check(n >= 1, f"{name} must be at least 1")
    srcs = draw(st.lists(sources(), min_size=1, max_size=max_sources, unique_by=lambda s: s.id))
    ents = list(_ENTITIES[:max_entities])
    flds = ["personnel", "money", "gate"][:max_fields]
    field_values: dict[str, st.SearchStrategy[Value]] = {
        "personnel": quantities(units=["person"], max_value=50),
        "money": quantities(units=["USD"], max_value=50),
        "gate": text_values(max_size=2),
    }

    @st.composite
    def one(draw: st.DrawFn) -> Claim:
        f = draw(st.sampled_from(flds))
        return Claim(
            entity=draw(st.sampled_from(ents)),
            field=f,
            value=draw(values if values is not None else field_values[f]),
            source=draw(st.sampled_from(srcs)),
            method=Method.GIVEN,
        )

    return draw(st.lists(one(), min_size=min_size, max_size=max_size))


@st.composite
def documents(
    draw: st.DrawFn, *, min_size: int = 0, max_size: int = 400, alphabet: str | None = None
) -> Document:
    """A :class:`~recon.Document` of mostly-Arabic text with numbers in it."""
    _check(0 <= min_size <= max_size, "need 0 <= min_size <= max_size")
    chars = alphabet or (_ARABIC_LETTERS + " ،.0123456789٠١٢٣٤٥٦٧٨٩")
    text = draw(st.text(chars, min_size=min_size, max_size=max_size))
    return Document(source=draw(sources()), text=text)


def spans(*, max_end: int = 10_000) -> st.SearchStrategy[Span]:
    """A valid :class:`~recon.Span` ``[start, end)``."""
    _check(max_end >= 1, "max_end must be at least 1")
    return st.integers(0, max_end - 1).flatmap(
        lambda s: st.integers(s + 1, max_end).map(lambda e: Span(s, e))
    )


def _hypothesis_setup_hook() -> None:
    """Entry point run by hypothesis at start-up: lets ``st.from_type`` build recon types."""
    registry: dict[type, Any] = {
        Source: sources(),
        Quantity: quantities(),
        DateValue: dates(),
        TextValue: text_values(),
        SetValue: set_values(),
        Claim: claims(),
        Document: documents(),
        Span: spans(),
    }
    for t, strat in registry.items():
        st.register_type_strategy(t, strat)
