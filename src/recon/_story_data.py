"""The story's containment data, loaded once: ``story.toml``, the
gazetteer's ``[within]`` table and its countries' nisba stems, for
:mod:`recon._story`."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import attrs

from recon import lexicon
from recon._story_close import Close, load_close
from recon.gazetteer import builtin_data, canon_token, matching_key
from recon.normalise import key_set, normalise_key

__all__ = ["Story", "load_story"]

_NISBA_ENDINGS = ("", "ة", "ا", "ون", "ين", "ات")


@attrs.frozen
class Story:
    within: dict[str, str]
    within_words: frozenset[str]
    locating: frozenset[str]
    near: frozenset[str]
    descriptors: frozenset[str]
    province_heads: frozenset[str]
    anaphors: dict[str, str]  # "المدينة" -> "city": refers to the article's city
    reach: int
    max_days: int
    nisba: dict[str, str]  # country nisba stem -> country id
    whole_scope: tuple[str, ...] = ()  # "في عموم البلاد": a figure of the whole
    # A country's nisba forms, which the gazetteer also indexes as its aliases.
    nisba_forms: frozenset[tuple[str, ...]] = frozenset()
    close: Close | None = None  # "على بعد 40 كيلومترا": a place that near is in the town's area


@lru_cache(maxsize=1)
def load_story() -> Story:
    """The containment data: ``story.toml``, the gazetteer's ``[within]``
    table and its countries' nisba stems (place names are looked up in the
    gazetteer's own index, :func:`_gazetteer_place`)."""
    s = lexicon.load("story")
    g = builtin_data()
    nisba: dict[str, str] = {}
    nisba_forms: set[tuple[str, ...]] = set()
    for e in g.get("entry", []):
        if str(e.get("kind", "unknown")) == "country":
            own = {tuple(matching_key(a).split()) for a in e.get("aliases", [])}
            for st in e.get("nisba", []):
                nisba[normalise_key(st)] = str(e["id"])
                for end in _NISBA_ENDINGS:
                    for w in (st.strip() + end, "ال" + st.strip() + end):
                        nisba_forms.add(tuple(matching_key(w).split()))
            nisba_forms -= own

    def multi(words: Iterable[str]) -> frozenset[str]:
        return frozenset(" ".join(canon_token(t) for t in w.split()) for w in key_set(words))

    return Story(
        within={str(k): str(v) for k, v in g.get("within", {}).items()},
        within_words=multi(s["within_words"]),
        locating=multi(s["locating_words"]),
        near=multi(s["near_words"]),
        descriptors=multi(
            [*s["descriptors"], *lexicon.load("entities").get("generic_followers", [])]
        ),
        province_heads=multi(s["province_heads"]),
        anaphors={
            canon_token(normalise_key(w)): str(kind)
            for kind, ws in s["anaphors"].items()
            for w in ws
        },
        reach=int(s["reach"]),
        max_days=int(s["max_days_apart"]),
        nisba=nisba,
        nisba_forms=frozenset(nisba_forms),
        close=load_close(s),
        whole_scope=tuple(sorted(multi(s.get("whole_scope", [])))),
    )


lexicon.on_clear(load_story.cache_clear)
