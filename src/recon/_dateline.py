"""Places that are not where a story happens: a dateline abroad, a place
inside a person's name.

An article's dateline may be abroad: written in one country about
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

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon._words import listed
from recon.gazetteer import builtin_data

if TYPE_CHECKING:
    from recon._locate import Ref

__all__ = [
    "containers",
    "country_of",
    "dateline_abroad",
    "loose_dateline",
    "not_nasab",
    "seat_of",
    "story_country",
]

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


def containers(eid: str) -> list[str]:
    """``eid`` and the gazetteer entries holding it, innermost first, as
    the ``[within]`` table says (at most :data:`_MAX_DEPTH` steps up)."""
    within, _ = _tables()
    out = [eid]
    for _ in range(_MAX_DEPTH):
        up = within.get(out[-1])
        if up is None:
            break
        out.append(up)
    return out


@lru_cache(maxsize=1)
def _divisions() -> frozenset[str]:
    """The first-level divisions: provinces the gazetteer puts directly in a country."""
    g = builtin_data()
    within, countries = _tables()
    return frozenset(
        str(e["id"])
        for e in g.get("entry", [])
        if str(e.get("kind", "")) == "province" and within.get(str(e["id"])) in countries
    )


lexicon.on_clear(_divisions.cache_clear)


def division_of(eid: str) -> str | None:
    """The first-level division (governorate, wilaya, region …) gazetteer
    entry ``eid`` lies in (itself if one), if the ``[within]`` table says."""
    divisions = _divisions()
    return next((e for e in containers(eid)[:_MAX_DEPTH] if e in divisions), None)


@lru_cache(maxsize=1)
def _seats() -> dict[str, tuple[str, str, str]]:
    """Province id → (its seat's id, kind and Arabic name), for a province
    named like its seat ("ولاية القصرين" and "القصرين" in it)."""
    g = builtin_data()
    within, _ = _tables()
    names: dict[str, list[tuple[str, str, str]]] = {}
    for e in g.get("entry", []):
        if str(e.get("kind", "")) == "city":
            for a in e.get("aliases", []):
                names.setdefault(str(a), []).append((str(e["id"]), "city", str(a)))
    out: dict[str, tuple[str, str, str]] = {}
    for e in g.get("entry", []):
        if str(e.get("kind", "")) != "province":
            continue
        pid = str(e["id"])
        for a in e.get("aliases", []):
            head, _, rest = str(a).partition(" ")
            seat = next((c for c in names.get(rest, []) if within.get(c[0]) == pid), None)
            if rest and head and seat is not None:
                out[pid] = seat
                break
    return out


lexicon.on_clear(_seats.cache_clear)


def seat_of(eid: str) -> tuple[str, str, str] | None:
    """The city a province named like it is the seat of ("ولاية القصرين" →
    القصرين), as (id, kind, Arabic name), if the gazetteer says."""
    return _seats().get(eid)


def country_of(eid: str) -> str | None:
    """The country gazetteer entry ``eid`` is in (itself if a country), if
    the ``[within]`` table says."""
    _, countries = _tables()
    return next((e for e in containers(eid)[:_MAX_DEPTH] if e in countries), None)


def dateline_abroad(dateline_key: str, story_country: str | None) -> bool:
    """Whether a dateline (a gazetteer id) is in a known country other than
    the article's main country."""
    if story_country is None:
        return False
    home = country_of(dateline_key)
    return home is not None and home != story_country


def story_country(country: str | None, places: Sequence[Ref]) -> str | None:
    """The country an article's story happens in, to tell whether its
    dateline is abroad: ``country`` (the one it names most), else the
    country most of its places lie in ("قرب مدينة كاي" is in Mali even when
    the article never names Mali as the gazetteer knows it)."""
    if country is not None:
        return country
    named = Counter(k for k in (country_of(p.key) for p in places) if k is not None)
    if not named:
        return None
    top = max(named.values())
    return next(k for k in named if named[k] == top)  # the first named on a tie


def not_nasab(refs: list[Ref], keys: Sequence[str], starts: Sequence[int]) -> list[Ref]:
    """``refs`` less the places named right after "ابن" or "بن" ("مستشفى ابن
    سينا"): part of a person's name, not a place."""
    nasab = lexicon.word_set("entities", "nasab_words")
    out = []
    for r in refs:
        k = bisect_right(starts, r.start) - 1
        if k > 0 and starts[k] == r.start and keys[k - 1] in nasab:
            continue
        out.append(r)
    return out


_LOOSE_WORDS = 3  # words of a dateline's place name
_LOOSE_SENTENCES = 3  # the title, a byline, the body's first sentence
_DASHES = ("–", "-", "ـ", "—", "(", "/")


def loose_dateline(text: str, sents: Sequence[Any], lx: Any) -> Ref | None:
    """A dateline the gazetteer does not know ("البيضاء - أعلنت مصلحة الطرق
    …", "نزوى، 6 فبراير (العمانية) -"): up to three words opening one of an
    article's first sentences, before a dash, a wire's credit or a dated
    credit, that are no page label, outlet or function word.  A place of
    last resort: only a figure nothing else places is put there."""
    from recon._gaz_refs import _dated_credit
    from recon._locate import Ref

    labels = lexicon.word_set("entities", "dateline_labels")
    function = lx.breakers | lx.preps | lx.speaker_breakers | labels
    said = lexicon.word_set("entities", "speech_verbs")
    for s in sents[:_LOOSE_SENTENCES]:
        toks = s.toks
        first = 0
        for m in range(min(len(toks) - 1, first + _LOOSE_WORDS + 2)):
            t = toks[m]
            if not t.text[:1].isalpha() or t.text[:1].isascii():
                break
            gap = text[t.end : toks[m + 1].start].strip()
            if not gap and m - first < _LOOSE_WORDS - 1:
                continue
            if not gap.startswith(_DASHES) and not _dated_credit(text, t.end):
                break
            words = [w.key for w in toks[first : m + 1]]
            if len(words) == 1 and words[0] in labels:
                first = m + 1  # "وطنية - زحلة -": the wire's credit, then the place
                continue
            # "وقال", "فأعلن": a statement verb behind a conjunction is no place name.
            if any(w in function or listed(w, said) for w in words):
                break
            start, end = toks[first].start, t.end
            key = "place:" + " ".join(words)
            return Ref(text[start:end], start, end, "city", key, dateline=True)
    return None
