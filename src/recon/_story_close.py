"""A place said to lie a short distance from a town, for :mod:`recon._story`.

"قرب بلدة الحسينية، على بعد نحو 40 كيلومترا شمال مدينة معان": the village is
placed by the town, as a facility "قرب مدينة جرادة" is; an outlet that says
only "Ma'an" reports the same story.  A distance phrase right after a name
(``story.toml`` ``close_openers``, a figure in digits within ``close_km``
kilometres, a unit) lets the place named after it hold the first one, for a
village, a district or a facility only; a gazetteer city is never put in
another ("وجدة، على بعد 60 كيلومترا من جرادة" relates nothing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from recon.gazetteer import canon_token
from recon.normalise import key_set

__all__ = ["Close", "close_by", "load_close"]

_HEDGES = 2  # hedge words between the opener and the figure ("نحو", "حوالي")


@attrs.frozen
class Close:
    openers: frozenset[str]  # "على بعد" as canonical words joined by a space
    hedges: frozenset[str]
    units: frozenset[str]
    km: float


def load_close(s: Mapping[str, Any]) -> Close | None:
    """The distance-phrase words of ``story.toml``, if any."""
    if not s.get("close_openers"):
        return None

    def multi(ws: Any) -> frozenset[str]:
        return frozenset(" ".join(canon_token(t) for t in w.split()) for w in key_set(ws))

    return Close(
        openers=multi(s["close_openers"]),
        hedges=multi(s.get("close_hedges", [])),
        units=multi(s.get("close_units", [])),
        km=float(s.get("close_km", 0)),
    )


def close_by(toks: Sequence[str], k: int, close: Close | None) -> int | None:
    """The index after a short distance phrase starting at word ``k``
    ("على بعد نحو 40 كيلومترا"), or None."""
    if close is None or k + 3 > len(toks):
        return None
    if " ".join(canon_token(t) for t in toks[k : k + 2]) not in close.openers:
        return None
    j = k + 2
    while j < len(toks) and j - k - 2 < _HEDGES and canon_token(toks[j]) in close.hedges:
        j += 1
    if j + 1 >= len(toks) or not toks[j].isdigit() or float(toks[j]) > close.km:
        return None
    if canon_token(toks[j + 1]) not in close.units:
        return None
    return j + 2
