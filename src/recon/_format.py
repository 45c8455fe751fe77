"""Human-readable forms of values, shared by the text, Markdown and HTML reports."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from recon.units import UNITS

if TYPE_CHECKING:
    from recon.model import DateValue, Quantity

_QUAL_PREFIX = {
    "exact": "",
    "approx": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
    "less_than": "less than ",
    "range": "",
    "vague": "",
}


def format_number(x: float) -> str:
    """12 → "12", 1100000.0 → "1,100,000", 2.5 → "2.5"."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.2f}"


def format_quantity(q: Quantity) -> str:
    u = UNITS.get(q.unit)
    label = u.label if u else q.unit
    if (
        u is not None
        and u.singular
        and q.value == 1
        and q.qualifier.value not in ("range", "vague")
    ):
        label = u.singular
    currency = u is not None and u.dimension.startswith("currency:")
    if q.qualifier.value in ("range", "vague"):
        num = f"{format_number(q.low)}–{format_number(q.high)}"
    else:
        num = format_number(q.value)
    if currency:
        text = f"{num} {label}"
    elif label in ("%",):
        text = f"{num}%"
    else:
        text = f"{num} {label}".strip()
    return _QUAL_PREFIX[q.qualifier.value] + text


def format_date(d: DateValue) -> str:
    prefix = _QUAL_PREFIX.get(d.qualifier.value, "")
    if d.low == d.high:
        return prefix + d.low.isoformat()
    return f"{prefix}{d.low.isoformat()}…{d.high.isoformat()}"
