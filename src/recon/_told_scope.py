"""A total over a period that is the story's own figure.

Extraction gives a figure summed over a past period a field of its own
("killed:period": "توفي 14 طفلاً خلال الشهر الماضي", "90 مليار ليرة
سنوياً") so that a year's toll never joins one day's.  But a story can
itself last that long (a drought, an outbreak, a yearly contract): one
outlet's "since the start of the year" is another's plain figure.

So, after linking, a period figure joins its plain field when its own
article gives no plain figure of that field at all (an article that gives
both, of any entity, told the reader they differ) and another article's
plain figure of the same entity is near its own (:data:`SCOPE_NEAR`).  A
year's road toll of 300 beside a crash's 12 stays apart: the figures are
far from each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from recon.model import Claim, Entity, Method, Quantity
from recon.units import unit

__all__ = ["SCOPE_NEAR", "told_scope"]

_PERIOD = ":period"

#: A period figure this close to another article's plain figure of the same
#: thing (larger over smaller) is read as that figure: outlets round and
#: update ("أكثر من 85 ألف" and "أكثر من 90 ألف"), but a year's total is
#: rarely within half again of one event's.
SCOPE_NEAR = 1.5


def _size(c: Claim) -> tuple[str, float] | None:
    """A claim's figure as (dimension, value in its base unit): 38,600
    hectares and 386 km² are one size, 400 riyals and 400 dollars none."""
    v = c.value
    if not isinstance(v, Quantity) or not v.value > 0:
        return None
    u = unit(v.unit)
    return u.dimension, float(v.value) * u.factor


def told_scope(
    claims: Sequence[Claim], entities: Sequence[Entity], fields: Sequence[str]
) -> list[str]:
    """Each claim's field (``fields``, aligned with ``claims`` and their
    linked ``entities``), a period figure read as its plain field where its
    article gave no plain figure of that field and another article's plain
    figure of the same entity is within :data:`SCOPE_NEAR` of its own."""
    plain: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)
    told: set[tuple[str, str]] = set()
    for c, e, f in zip(claims, entities, fields, strict=True):
        if f.endswith(_PERIOD):
            continue
        told.add((c.source.id, f))
        if (figure := _size(c)) is not None:
            plain[(e.id, f)].append(figure)
    out = list(fields)
    if not plain:
        return out
    for i, (c, e, f) in enumerate(zip(claims, entities, fields, strict=True)):
        # A given claim's field is the user's own statement of what it is.
        if not f.endswith(_PERIOD) or c.method is not Method.EXTRACTED:
            continue
        if (size := _size(c)) is None:
            continue
        dim, x = size
        base = f[: -len(_PERIOD)]
        # Any plain figure of the entity is another article's: this one gave none.
        if (c.source.id, base) in told:
            continue
        near = (
            d == dim and max(x, y) <= SCOPE_NEAR * min(x, y) for d, y in plain.get((e.id, base), ())
        )
        if any(near):
            out[i] = base
    return out
