"""What every rendering of a report shares: status labels, plurals, folding
repeated claims, and finding the claimed figure in its quote (private; the
public names are re-exported by :mod:`recon.render`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from recon.model import Claim, DateValue, Quantity, Status

if TYPE_CHECKING:
    from recon.report import Group, Report

__all__ = ["claim_figure", "highlight", "is_rtl"]

_STATUS_LABEL = {
    Status.CONFLICT: "conflict",
    Status.AGREE: "agree",
    Status.UPDATE: "update",
    Status.SINGLE: "single source",
}


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def is_rtl(text: str) -> bool:
    """True when most of the letters in ``text`` are Arabic or Hebrew."""
    strong = [c for c in text if c.isalpha()]
    if not strong:
        return False
    rtl = sum(1 for c in strong if "\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufefc")
    return rtl * 2 >= len(strong)


def _find(text: str, needle: str) -> int:
    """First occurrence of ``needle`` not inside a longer number ("7" is not in "2750")."""
    at = text.find(needle)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + len(needle) : at + len(needle) + 1]
        clash = (needle[0].isdigit() and (before.isdigit() or before in ".,")) or (
            needle[-1].isdigit() and after.isdigit()
        )
        if not clash:
            return at
        at = text.find(needle, at + 1)
    return -1


def highlight(quote: str, raw: str) -> tuple[int, int] | None:
    """Where the claimed figure ``raw`` sits in ``quote``, as ``(start, end)``.

    Tries the verbatim text first, then the normalised forms of both (so that
    "٣٠٠" is found in a quote that writes "300", and diacritics or tatweel in
    either side do not matter), mapping the match back to ``quote``.  A
    number is never found inside a longer one.
    """
    raw = raw.strip()
    if not raw or not quote:
        return None
    at = _find(quote, raw)
    if at >= 0:
        return at, at + len(raw)
    from recon.normalise import normalise

    nq = normalise(quote)
    nr = normalise(raw).text.strip()
    if not nr:
        return None
    at = _find(nq.text, nr)
    if at < 0:
        return None
    return nq.span(at, at + len(nr))


def _forms(c: Claim) -> list[str]:
    """The ways the claimed value may be written in its quote, most specific first."""
    v = c.value
    if v.raw:
        return [v.raw]
    if isinstance(v, Quantity):
        x = v.value
        plain = str(int(x)) if float(x).is_integer() else repr(float(x))
        return [f"{x:,.0f}" if float(x).is_integer() else plain, plain]
    if isinstance(v, DateValue):
        return [v.value.isoformat()]
    return [str(v)]


def claim_figure(c: Claim, quote: str | None = None) -> tuple[int, int] | None:
    """Where ``c``'s value is written in ``quote`` (default: the claim's own quote)."""
    q = c.quote or "" if quote is None else quote
    for form in _forms(c):
        hit = highlight(q, form)
        if hit:
            return hit
    return None


def _distinct(claims: Sequence[Claim]) -> list[tuple[Claim, int]]:
    """Claims with repeats folded: an article that prints its body twice shows
    each quote once, with the number of times it was stated."""
    seen: dict[tuple[str, str | None, str | None], int] = {}
    out: list[tuple[Claim, int]] = []
    for c in claims:
        key = (c.source.id, c.quote, c.speaker)
        if key in seen:
            i = seen[key]
            out[i] = (out[i][0], out[i][1] + 1)
        else:
            seen[key] = len(out)
            out.append((c, 1))
    return out


def _summary(r: Report) -> str:
    return (
        f"{_n(len(r.groups), 'group')}, {_n(len(r.conflicts), 'conflict')}, "
        f"{_n(len(r.agreements), 'agreement')}, {_n(len(r.updates), 'update')}, "
        f"{_n(len(r.sources), 'source')}"
    )


def _singles(r: Report) -> list[Group]:
    return [g for g in r.groups if g.status is Status.SINGLE]
