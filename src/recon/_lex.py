"""The word lists extraction reads, compiled once per language: :class:`Lex`.

The ``fields``, ``entities`` and ``qualifiers`` lexicons (``recon/lexicons/<lang>``)
become phrase sets and sets of matching forms here, so the readers of a
sentence (:mod:`recon.fields_ar`, :mod:`recon.entities_ar`, the cues, the
places) test a word with one look-up instead of normalising lists on every
call.  :func:`load_lex` is cached and forgotten whenever the lexicons are
reloaded (:func:`recon.lexicon.clear_cache`), so user overrides apply.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import attrs

from recon import lexicon
from recon.normalise import key_set, normalise_key
from recon.sentences import PhraseSet

__all__ = ["Lex", "load_lex"]


def _words(d: dict[str, Any], key: str) -> list[str]:
    v = d.get(key, [])
    return [str(x) for x in v] if isinstance(v, list) else []


def _table(d: dict[str, Any], key: str, *, strip: bool = True) -> PhraseSet:
    t = d.get(key, {})
    return PhraseSet(((w, str(k)) for k, ws in t.items() for w in ws), strip_suffixes=strip)


@attrs.frozen
class Lex:
    nouns: PhraseSet
    triggers: PhraseSet
    items: PhraseSet
    money: PhraseSet
    events: PhraseSet
    date_events: PhraseSet
    disease: PhraseSet
    unit_fields: dict[str, str]
    now: PhraseSet
    facility: PhraseSet
    adjectives: frozenset[str]
    starters: frozenset[str]
    breakers: frozenset[str]
    demonstratives: frozenset[str]
    preps: frozenset[str]
    place_preps: frozenset[str]
    affiliation: frozenset[str]
    appositive: frozenset[str]
    subset: PhraseSet
    country_anaphors: frozenset[str]
    openers: tuple[str, ...]
    relative_time: frozenset[str]
    generic: frozenset[str]
    place_heads: frozenset[str]
    named_place_heads: frozenset[str]
    place_anaphors: frozenset[str]
    titles: PhraseSet
    name_titles: PhraseSet
    given_names: frozenset[str]
    org_heads: PhraseSet
    speech_verbs: PhraseSet
    speaker_breakers: frozenset[str]
    source_nouns: frozenset[str]
    particles: frozenset[str]
    media: PhraseSet
    measure_words: dict[str, str]  # a word's key -> the measure it names (depth, height, …)
    rates: PhraseSet
    of_previous: frozenset[str]
    percent_subjects: PhraseSet
    share_words: frozenset[str]
    relative_dates: frozenset[str]
    complementizers: frozenset[str]
    apposition: frozenset[str]
    title_links: frozenset[str]
    anonymous: frozenset[str]
    force_heads: frozenset[str]
    force_links: frozenset[str]
    destination_verbs: frozenset[str]
    destination_preps: frozenset[str]
    departure_verbs: frozenset[str]
    departure_preps: frozenset[str]
    contrast: PhraseSet
    adjacent_triggers: frozenset[str]
    hedges_before: frozenset[str]
    hedges_after: frozenset[str]
    since_preps: frozenset[str]
    period_preps: frozenset[str]
    period_past: frozenset[str]
    period_words: frozenset[str]
    period_adverbs: frozenset[str]
    per_time: PhraseSet
    number_of: frozenset[str]
    short_words: frozenset[str]
    outlets: frozenset[str]
    source_persons: frozenset[str]
    office_preps: frozenset[str]
    office_heads: frozenset[str]
    office_stops: frozenset[str]
    according: frozenset[str]
    office_domains: frozenset[str]


@lru_cache(maxsize=4)
def load_lex(lang: str) -> Lex:
    f = lexicon.load("fields", lang)
    e = lexicon.load("entities", lang)
    q = lexicon.load("qualifiers", lang)
    quals = [t for t in q.values() if isinstance(t, dict)]

    def hedge(side: str) -> frozenset[str]:
        return key_set([w for t in quals for p in _words(t, side) for w in p.split() if w != "*"])

    return Lex(
        nouns=_table(f, "nouns"),
        triggers=_table(f, "triggers"),
        items=_table(f, "items"),
        money=_table(f, "money_objects"),
        events=_table(f, "events", strip=False),
        date_events=_table(f, "date_events", strip=False),
        disease=PhraseSet((w, "d") for w in _words(f, "disease_context")),
        unit_fields={str(k): str(v) for k, v in f.get("unit_fields", {}).items()},
        now=PhraseSet(
            ((w, "now") for w in f.get("as_of", {}).get("now", [])), strip_suffixes=False
        ),
        facility=PhraseSet(((w, w) for w in _words(e, "facility_nouns")), strip_suffixes=False),
        adjectives=key_set(_words(e, "facility_adjectives")),
        starters=key_set(_words(e, "name_starters")),
        breakers=key_set(_words(e, "name_breakers")),
        demonstratives=key_set(_words(e, "demonstratives")),
        preps=key_set(_words(e, "prepositions")),
        place_preps=key_set(_words(e, "place_prepositions")),
        affiliation=key_set(_words(e, "affiliation_heads")),
        force_heads=key_set(_words(e, "force_heads")),
        force_links=key_set(_words(e, "force_links")),
        appositive=key_set(_words(e, "appositive_markers")),
        subset=PhraseSet(((w, "s") for w in _words(e, "subset_markers")), strip_suffixes=False),
        country_anaphors=key_set(_words(e, "country_anaphors")),
        openers=tuple(normalise_key(w) for w in _words(e, "clause_openers")),
        relative_time=key_set(_words(f, "relative_time")),
        generic=key_set(_words(e, "generic_followers")),
        place_heads=key_set(_words(e, "place_heads")),
        named_place_heads=key_set(_words(e, "named_place_heads")),
        place_anaphors=key_set(_words(e, "place_anaphors")),
        titles=PhraseSet(((w, "t") for w in _words(e, "titles")), strip_suffixes=False),
        name_titles=PhraseSet(((w, "n") for w in _words(e, "name_titles")), strip_suffixes=False),
        given_names=key_set(_words(e, "given_names")),
        org_heads=PhraseSet(((w, "o") for w in _words(e, "org_heads")), strip_suffixes=False),
        speech_verbs=PhraseSet(((w, "v") for w in _words(e, "speech_verbs")), verbs=True),
        speaker_breakers=key_set(_words(e, "speaker_breakers")),
        source_nouns=key_set(_words(e, "source_nouns")),
        particles=key_set(_words(e, "name_particles") + _words(e, "name_starters")),
        media=PhraseSet(((w, "m") for w in _words(e, "media_prepositions")), strip_suffixes=False),
        measure_words={
            k: str(name) for name, ws in f.get("measure_words", {}).items() for k in key_set(ws)
        },
        rates=PhraseSet(((w, "r") for w in _words(f, "exchange_rate")), strip_suffixes=False),
        of_previous=key_set(_words(f, "share_of_previous")),
        percent_subjects=_table(f, "percent_subjects"),
        share_words=key_set(_words(f, "share_words")),
        relative_dates=key_set(_words(f, "relative_date_words")),
        complementizers=key_set(_words(e, "complementizers")),
        apposition=key_set(_words(f, "apposition_openers")),
        title_links=key_set(_words(e, "title_links")),
        anonymous=key_set(_words(e, "anonymous_sources")),
        destination_verbs=key_set(_words(e, "destination_verbs")),
        destination_preps=key_set(_words(e, "destination_prepositions")),
        departure_verbs=key_set(_words(e, "departure_verbs")),
        departure_preps=key_set(_words(e, "departure_prepositions")),
        adjacent_triggers=key_set(_words(f, "adjacent_triggers")),
        hedges_before=hedge("before"),
        hedges_after=hedge("after"),
        since_preps=key_set(_words(f, "since_prepositions")),
        period_preps=key_set(_words(f, "period_prepositions")),
        period_past=key_set(_words(f, "period_past")),
        period_words=key_set(_words(f, "period_words")),
        period_adverbs=key_set(_words(f, "period_adverbs")),
        per_time=PhraseSet(((w, "r") for w in _words(f, "rate_words")), strip_suffixes=False),
        number_of=key_set(_words(f, "number_of")),
        short_words=key_set(_words(e, "short_words")),
        outlets=key_set(_words(e, "outlet_names")),
        source_persons=key_set(_words(e, "source_persons")),
        office_preps=key_set(_words(e, "office_prepositions")),
        office_heads=key_set(_words(e, "office_heads")),
        office_stops=key_set(_words(e, "office_stops")),
        according=key_set(_words(e, "according_openers")),
        office_domains=key_set(_words(e, "office_domains")),
        contrast=PhraseSet(((w, "c") for w in _words(e, "contrast_openers")), strip_suffixes=False),
    )


lexicon.on_clear(load_lex.cache_clear)
