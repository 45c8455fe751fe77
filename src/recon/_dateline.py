"""Whether an article's dateline is abroad: written in one country about
another.

"نواكشوط، 09/03/2026 (وما) - ارتفع عدد سائقي الشاحنات المفرج عنهم في
جمهورية مالي": the reporter is in Nouakchott, the story in Mali.  The
dateline counts twice when :class:`recon.entities_ar.DocContext` picks where
the story happens, which is right when the dateline is in the story's
country (a wire from Baghdad about Baghdad, or about Mosul), and wrong when
it is another country's city: then every figure with no place of its own
goes to the reporter's city.  The country of a dateline is read from the
gazetteer's ``[within]`` table (city → province → country).
"""

from __future__ import annotations

from functools import lru_cache

from recon import lexicon
from recon.gazetteer import builtin_data

__all__ = ["dateline_abroad"]

_MAX_DEPTH = 6  # city → district → province → region → country, with room


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    g = builtin_data()
    within = {str(k): str(v) for k, v in g.get("within", {}).items()}
    countries = frozenset(
        str(e["id"]) for e in g.get("entry", []) if str(e.get("kind", "")) == "country"
    )
    return within, countries


lexicon.on_clear(_tables.cache_clear)


def country_of(eid: str) -> str | None:
    """The country gazetteer entry ``eid`` is in (itself if a country), if
    the ``[within]`` table says."""
    within, countries = _tables()
    for _ in range(_MAX_DEPTH):
        if eid in countries:
            return eid
        up = within.get(eid)
        if up is None:
            return None
        eid = up
    return None


def dateline_abroad(dateline_key: str, story_country: str | None) -> bool:
    """Whether a dateline (a gazetteer id) is in a known country other than
    the article's main country."""
    if story_country is None:
        return False
    home = country_of(dateline_key)
    return home is not None and home != story_country
