"""One story, several names: a place's figure goes to its only named part.

Outlets name the subject of one story at different scales: the building, the
district, the city, the governorate, the country ("انهيار عقار بالعصافرة",
"انهيار مبنى في الإسكندرية", "مصر: ارتفاع حصيلة …").  Linking rightly keeps
those apart, so the same death toll lands in one group per name.  After
linking, :func:`refine` moves a claim from a place to a part of it when
that part is the *only* entity under the place with a figure of the same
field: then the outlet that said "Egypt" and the one that said "the building
in al-Asafra" report one thing.  Two parts with figures of that field (two
bases in one country: K1 and Qayyarah) leave the place's figures where they
are, except a toll that exactly one part gave too ("19 killed in Sudan" and
"19 killed in Abu Hamad": ``recon._story_parts``); a document that itself
gives the field for a part and for the whole keeps them apart (it told the
reader they differ).

Which entity lies in which comes from three places, all data or text:

* the gazetteer's ``[within]`` table (a city in its governorate or country);
* a facility's own name: "مستشفى معان الحكومي" is in معان;
* the words right after a name in a claim's sentence: "بمنطقة العصافرة في
  الإسكندرية", "مدينة جرادة (شرق المغرب)", "جرادة المغربية", "بلدة X التابعة
  لمحافظة Y"; a facility "قرب مدينة جرادة" is in Jerada (``story.toml``).

The work is linear in claims: each entity's ancestors are read once, and
each (field, ancestor) pair indexes the entities below it; no pair of
entities is ever compared.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial

from recon._dateline import country_of, seat_of
from recon._story_close import close_by
from recon._story_corroborate import corroborated
from recon._story_data import Story, load_story
from recon._story_divisions import divisions_apart
from recon._story_parts import parts_to_move_to, place_claims_for
from recon._story_same import same_facilities
from recon.gazetteer import (
    GazetteerEntry,
    builtin_alias,
    canon_token,
    matching_key,
    tokens,
)
from recon.gazetteer import proclitic_variants as _proclitic_variants
from recon.model import Claim, Entity, Method, Quantity

__all__ = ["refine"]

# How broad a kind of place is: a container is always broader than what it holds.
_RANK = {
    "facility": 0,
    "place": 1,
    "unknown": 1,
    "city": 2,
    "region": 3,
    "province": 3,
    "country": 4,
}
_PLACES = frozenset({"place", "city", "region", "province", "country"})
_INNER = _PLACES - {"country"} | {"facility"}
_ANAPHOR_KINDS = {
    "city": frozenset({"city", "place"}),
    "province": frozenset({"province", "region", "place"}),
    "country": frozenset({"country"}),
}
# The endings a nisba stem takes in the gazetteer's generated aliases.
# Kinds of place a town at a short distance holds (not a city of the gazetteer).
_CLOSE_KINDS = frozenset({"place", "unknown", "facility"})
_MAX_NAME = 4  # words of the longest container name looked up
_MAX_DEPTH = 6  # steps up the containment chain (guards against cycles in user data)


@lru_cache(maxsize=1 << 16)
def proclitic_variants(tok: str) -> tuple[tuple[int, str], ...]:
    """:func:`recon.gazetteer.proclitic_variants`, remembered per word form
    (the same words recur in every sentence read)."""
    return tuple(_proclitic_variants(tok))


def _of_the_whole(quote: str, st: Story) -> bool:
    """Whether the sentence says its figure covers the whole place ("في عموم
    البلاد", "على المستوى الوطني"): such a total is never one part's."""
    if not st.whole_scope:
        return False
    text = " ".join(canon_token(t) for t in tokens(quote))
    return any(p in text for p in st.whole_scope)


def _nisba_of(tok: str, st: Story) -> str | None:
    # "المغربية" -> "مغربي": a country's adjective right after a place.
    t = tok[2:] if tok.startswith("ال") else tok
    for end in ("يه", "ي"):
        if t.endswith(end):
            found = st.nisba.get(t[: len(t) - len(end)] + "ي")
            if found is not None:
                return found
    return None


def _gazetteer_place(key: tuple[str, ...], st: Story) -> tuple[str, str] | None:
    """(id, kind) of the gazetteer place one of whose aliases has these
    matching words.  English display names and a country's nisba forms are
    not container names: "جرادة المغربية" is read by :func:`_nisba_of`."""
    hit = builtin_alias(" ".join(key))
    if hit is None:
        return None
    entry, alias = hit
    if entry.kind not in _PLACES or key in st.nisba_forms:
        return None
    if alias == entry.name and not _has_alias(entry, " ".join(key)):
        return None
    return entry.id, entry.kind


@lru_cache(maxsize=1 << 10)
def _has_alias(entry: GazetteerEntry, key: str) -> bool:
    return any(matching_key(a) == key for a in entry.aliases)


class _Places:
    """Container names: the gazetteer's places, then the corpus's place entities."""

    def __init__(self, st: Story, entities: Iterable[Entity]) -> None:
        self.st = st
        self.names: dict[tuple[str, ...], tuple[str, str]] = {}
        for e in entities:
            if e.kind not in _PLACES:
                continue
            for a in {e.name, *e.aliases}:
                k = tuple(matching_key(a).split())
                if 0 < len(k) <= _MAX_NAME:
                    self.names.setdefault(k, (e.id, e.kind))

    def get(self, key: tuple[str, ...]) -> tuple[str, str] | None:
        """(id, kind) of the place named by exactly these matching words."""
        return _gazetteer_place(key, self.st) or self.names.get(key)

    def at(self, toks: Sequence[str], j: int) -> tuple[str, str, int, bool] | None:
        """The container named from word ``j``: (id, kind, words, glued ب/ل/في)."""
        for n, first in proclitic_variants(toks[j]):
            for size in range(min(_MAX_NAME, len(toks) - j), 0, -1):
                key = (first, *(canon_token(t) for t in toks[j + 1 : j + size]))
                hit = self.get(key)
                if hit is not None:
                    glued = n > 0 and toks[j][:n].lstrip("وف") != ""
                    return hit[0], hit[1], size, glued
        return None


def _word(tok: str, words: frozenset[str]) -> bool:
    if canon_token(tok) in words:
        return True
    return any(v in words for _, v in proclitic_variants(tok)[1:])


Resolve = Callable[[str, str], "str | None"]


def _parents_in(
    toks: list[str], inner: Entity, names: _Places, st: Story, resolve: Resolve
) -> Iterable[tuple[str, str]]:
    """(id, kind) of each place that the words after ``inner``'s name say holds it."""
    firsts = _surfaces(inner)
    for j, tok in enumerate(toks):
        for _, v in proclitic_variants(tok):
            for sfc in firsts.get(v, ()):
                n = len(sfc)
                if j + n > len(toks):
                    continue
                if tuple(canon_token(t) for t in toks[j + 1 : j + n]) != sfc[1:]:
                    continue
                yield from _after(toks, j + n, inner, names, st, resolve=resolve)


@lru_cache(maxsize=1 << 12)
def _surfaces(inner: Entity) -> dict[str, list[tuple[str, ...]]]:
    """An entity's names as canonical words, by first word."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for a in {inner.name, *inner.aliases}:
        sfc = tuple(matching_key(a).split())
        if sfc and sfc not in out[sfc[0]]:
            out[sfc[0]].append(sfc)
    return dict(out)


def _after(
    toks: list[str], end: int, inner: Entity, names: _Places, st: Story, *, resolve: Resolve
) -> Iterable[tuple[str, str]]:
    if end < len(toks):
        nis = _nisba_of(toks[end], st)
        if nis is not None:
            yield nis, "country"
            return
    said_in = said_near = said_close = province = False
    k = end
    skipped = 0  # words of a distance phrase, not counted in the reach
    while k < len(toks) and k - end - skipped < st.reach:
        hit = names.at(toks, k)
        if hit is not None:
            cid, kind, _size, glued = hit
            is_in = said_in or glued or (k > end and not said_near)
            if said_near and inner.kind == "facility":
                is_in = True
            if said_close and inner.kind in _CLOSE_KINDS:
                is_in = True  # "بلدة الحسينية، على بعد 40 كيلومترا شمال مدينة معان"
            ok = _RANK.get(kind, 1) > _RANK.get(inner.kind, 1) or (
                kind == "place" and inner.kind in ("place", "unknown", "facility") and province
            )
            if is_in and ok and cid != inner.id:
                yield cid, kind
            return
        close = close_by(toks, k, st.close)
        if close is not None:
            said_close, skipped, k = True, skipped + close - k, close
            continue
        t = toks[k]
        ana = _anaphor(t, st)
        if ana is not None:
            # "في منطقة العصافرة شرق المدينة": the article's own city.
            meant = resolve(ana, inner.id)
            if meant is not None and meant != inner.id and _RANK[ana] > _RANK.get(inner.kind, 1):
                yield meant, ana
            return
        two = " ".join(canon_token(x) for x in toks[k : k + 2]) if k + 1 < len(toks) else ""
        if two in st.locating or two in st.near:
            province = province or two in st.province_heads
            said_near = said_near or two in st.near
            k += 2
            continue
        if _word(t, st.within_words):
            said_in = True
        elif _word(t, st.near):
            said_near = True
        elif _word(t, st.descriptors) and k - end < 2:
            pass  # "منجم فحم عشوائي قرب …": the facility described, not yet located
        elif _word(t, st.locating):
            province = province or _word(t, st.province_heads)
            if proclitic_variants(t)[1:] and t[:1] in "بل":
                said_in = True  # "بمحافظة", "لجهة"
        else:
            return
        k += 1


def _anaphor(tok: str, st: Story) -> str | None:
    """The kind of place a defined head noun refers back to ("المدينة"), if any."""
    for n, v in proclitic_variants(tok):
        if tok[n:].startswith("ال") and v in st.anaphors:
            return st.anaphors[v]
    return None


def _proper_parts(name: str) -> Iterable[tuple[str, ...]]:
    """Every run of up to ``_MAX_NAME`` matching words of ``name`` that is
    not the whole name ("معان" and "معان الحكومي" in "مستشفى معان الحكومي")."""
    toks = matching_key(name).split()
    for i in range(len(toks)):
        for j in range(i + 1, min(len(toks), i + _MAX_NAME) + 1):
            if j - i != len(toks):
                yield tuple(toks[i:j])


def _name_parents(inner: Entity, names: _Places) -> Iterable[tuple[str, str]]:
    """Places named inside a facility's own name ("مستشفى معان الحكومي")."""
    if inner.kind != "facility":
        return
    for a in {inner.name, *inner.aliases}:
        for part in _proper_parts(a):
            hit = names.get(part)
            if hit is not None and hit[0] != inner.id:
                yield hit


def _bare_facilities(entities: Iterable[Entity]) -> Iterable[tuple[str, str]]:
    """(short, full) for a facility linked under a bare part of another
    facility's name ("الكويت" after "مطار الكويت الدولي"): the same facility,
    named less precisely, so its figures go to the full name's group."""
    facs = [e for e in entities if e.kind == "facility"]
    short: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for e in facs:
        for a in {e.name, *e.aliases}:
            short[tuple(matching_key(a).split())].append(e.id)
    for e in facs:
        for a in {e.name, *e.aliases}:
            for part in _proper_parts(a):
                for sid in short.get(part, ()):
                    if sid != e.id:
                        yield sid, e.id


def _places_in(names: _Places, quote: str) -> Iterable[str]:
    """The ids of the places named in a sentence, for ``recon._story_divisions``."""
    toks = tokens(quote)
    return (hit[0] for j in range(len(toks)) if (hit := names.at(toks, j)) is not None)


def refine(claims: Sequence[Claim], entities: Sequence[Entity]) -> list[Entity]:
    """Each claim's entity, a place's claim moved to its only part that has
    claims of the same field (see the module's docstring).  A figure of none
    read from text ("دون تسجيل إصابات") is often another event's, told in
    passing: it keeps the name its sentence gave and takes no part in moving
    other figures."""
    keep = [k for k, c in enumerate(claims) if not _none(c)]
    if len(keep) == len(claims):
        return _refine(claims, entities)
    out = list(entities)
    moved = _refine([claims[k] for k in keep], [entities[k] for k in keep])
    for k, e in zip(keep, moved, strict=True):
        out[k] = e
    return out


def _none(c: Claim) -> bool:
    """Whether ``c`` is a figure of none read from text."""
    return c.method is Method.EXTRACTED and isinstance(c.value, Quantity) and c.value.value == 0


def _refine(claims: Sequence[Claim], entities: Sequence[Entity]) -> list[Entity]:
    """:func:`refine` on figures of something."""
    out = list(entities)
    original = out[:]  # what each document said, for the last pass's guard
    by_id = {e.id: e for e in entities}
    if len(by_id) < 2:
        return out
    st = load_story()
    names = _Places(st, by_id.values())
    parents: dict[str, set[str]] = defaultdict(set)
    kinds = {i: e.kind for i, e in by_id.items()}  # and of the places read as parents
    named_after: dict[str, set[str]] = defaultdict(set)  # "مصنع شبرا الخيمة": its town
    for e in by_id.values():
        for pid, kind in _name_parents(e, names):
            parents[e.id].add(pid)
            named_after[e.id].add(pid)
            kinds.setdefault(pid, kind)
    for short, full in _bare_facilities(by_id.values()):
        parents[full].add(short)
    # The article's main place of each kind, for "شرق المدينة", "في البلاد".
    per_doc: dict[str, Counter[str]] = defaultdict(Counter)
    for c, e in zip(claims, entities, strict=True):
        per_doc[c.source.id][e.id] += 1
    seen: set[tuple[str, str]] = set()
    for c, e in zip(claims, entities, strict=True):
        if not c.quote or c.method is not Method.EXTRACTED or e.kind not in _INNER:
            continue  # only an extracted claim's sentence was read for its place
        if (e.id, c.quote) in seen:
            continue
        seen.add((e.id, c.quote))
        counts = per_doc[c.source.id]

        def resolve(kind: str, inner: str, counts: Counter[str] = counts) -> str | None:
            kinds = _ANAPHOR_KINDS[kind]
            ranked = [(n, i) for i, n in counts.items() if by_id[i].kind in kinds and i != inner]
            ranked.sort(reverse=True)
            if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
                return None
            return ranked[0][1]

        for pid, kind in _parents_in(tokens(c.quote), e, names, st, resolve):
            parents[e.id].add(pid)
            kinds.setdefault(pid, kind)

    # One facility named two ways by two outlets: its claims go under one name.
    same = same_facilities(
        claims, entities, by_id, parents=parents, kinds=kinds, named_after=named_after
    )
    if same:
        for drop, keep in same.items():
            parents[keep] |= parents.pop(drop, set())
        entities = [by_id[same[e.id]] if e.id in same else e for e in entities]
        out = list(entities)

    anc_memo: dict[str, frozenset[str]] = {}

    def up(eid: str) -> set[str]:
        got = parents.get(eid, set())
        w = st.within.get(eid)
        if w is None:
            return got
        # "المنيا" names the governorate as often as its seat: a town of the
        # governorate lies in the seat's name too ("ملوي" in "المنيا").
        seat = seat_of(w)
        if seat is not None and seat[0] != eid:
            return got | {w, seat[0]}
        return got | {w}

    def ancestors(eid: str) -> frozenset[str]:
        found = anc_memo.get(eid)
        if found is None:
            acc: set[str] = set()
            frontier = set(up(eid))
            for _ in range(_MAX_DEPTH):
                frontier -= acc | {eid}
                if not frontier:
                    break
                acc |= frontier
                frontier = {p for f in frontier for p in up(f)}
            found = anc_memo[eid] = frozenset(acc)
        return found

    # Read once per sentence: outlets repeat sentences (wire copy), and one
    # place's claims are read again for each of its parts.
    whole_memo: dict[str, bool] = {}

    def of_the_whole(quote: str) -> bool:
        found = whole_memo.get(quote)
        if found is None:
            found = whole_memo[quote] = _of_the_whole(quote, st)
        return found

    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, (c, e) in enumerate(zip(claims, entities, strict=True)):
        groups[c.field][e.id].append(i)
    for field, field_groups in groups.items():
        if len(field_groups) < 2:
            continue
        below: dict[str, set[str]] = defaultdict(set)
        for eid in field_groups:
            for a in ancestors(eid):
                if a in field_groups:
                    below[a].add(eid)
        for a, ds in below.items():
            inner = set().union(*(ancestors(d) for d in ds))
            most = ds - inner
            for target, only in parts_to_move_to(claims, field_groups, most, field):
                # The documents that gave the field for this part, or for a
                # place between it and the whole, told them apart.
                line = {target} | (ds & ancestors(target))
                told = {claims[i].source.id for d in line for i in field_groups[d]}
                for i in place_claims_for(
                    claims,
                    field_groups,
                    (a, target),
                    told=told,
                    of_the_whole=of_the_whole,
                    max_days=st.max_days,
                    only=only,
                ):
                    out[i] = by_id[target]

    return corroborated(
        claims,
        out,
        country_of=country_of,
        apart=divisions_apart(
            claims, out, ancestors=ancestors, places_in=partial(_places_in, names)
        ),
        max_days=st.max_days,
        before=original,
    )
