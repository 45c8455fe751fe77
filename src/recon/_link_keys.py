"""Mention keys and candidate edges for :mod:`recon.link`.

:func:`mention_key` reads one written name: it strips proclitics, titles and
kind words, keeps the kind they imply as a hint, and gives the name's
canonical, compact and Latin-skeleton forms, plus the key of a bracketed
Latin gloss ("جوهر (Jowhar)"), an alias of the same name.  The
word classes (facility, title, org, place and vowel-sensitive words) and the
entries standing for several places (``senses``) come from the ``link``
table of the gazetteer lexicon.  The candidate searches at the end (skeleton
buckets, fuzzy ratio) propose edges; whether two names spell one name is
decided by the pairwise rules of :mod:`recon.translit`.  Clustering lives in
:mod:`recon.link`, which re-exports :class:`MentionKey` and
:func:`mention_key`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

import attrs
import numpy as np
from rapidfuzz import fuzz, process

from recon import lexicon
from recon.gazetteer import TOKEN_RE, Gazetteer, canon_token, proclitic_variants
from recon.normalise import Normalised, normalise, normalise_key
from recon.translit import (
    _MIN_VARIANT_SKELETON,
    _Keyed,
    _translit_ok,
    _variant_block,
    is_arabic,
    is_latin,
    skeleton_token,
)

__all__ = ["MentionKey", "mention_key"]

# Names shorter than this (compact letters) never join by ratio alone.
_MIN_FUZZY_LEN = 8

_KIND_CLASS = {
    "country": "place", "city": "place", "province": "place", "region": "place",
    "place": "place", "town": "place", "village": "place", "district": "place",
    "facility": "facility", "base": "facility", "airport": "facility",
    "organisation": "org", "organization": "org", "org": "org", "armed_force": "org",
    "group": "org", "agency": "org", "ministry": "org", "person": "person",
}  # fmt: skip


@attrs.frozen(kw_only=True)
class MentionKey:
    """How a mention is matched: ``name`` (canonical tokens of the name part),
    ``hint`` (kind class read from kind words or given), ``compact`` (name
    without spaces), ``skeleton`` (per-token Latin skeletons), ``display``
    (the name part as written) and ``gloss`` (the key of a bracketed name in
    the other script written beside it: "جوهر (Jowhar)")."""

    name: str
    hint: str | None
    compact: str
    skeleton: tuple[str, ...]
    display: str
    joined: str = ""
    tokens: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    script: str = ""
    gloss: MentionKey | None = None


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = lexicon.load("gazetteer").get("link", {})

    def keys(name: str) -> frozenset[str]:
        return frozenset(canon_token(normalise_key(w)) for w in data.get(name, []))

    return {
        "facility": keys("facility_words"),
        "epithet": keys("facility_epithets"),
        "descriptor": keys("facility_descriptors"),
        "facility_noun": frozenset(
            canon_token(normalise_key(w))
            for w in lexicon.load("entities").get("facility_nouns", [])
        ),
        "title": keys("title_words"),
        "org": keys("org_words"),
        "place": keys("place_words"),
        "vowel": keys("vowel_sensitive"),
    }


lexicon.on_clear(_words.cache_clear)


@lru_cache(maxsize=1)
def _senses() -> dict[str, dict[str, frozenset[str]]]:
    """Gazetteer entries that stand for several places of one name (bare
    طرابلس), from ``[link.senses]``: entry id → {sense entry id: the entries
    (its country) whose mention near it picks that sense}."""
    data = lexicon.load("gazetteer").get("link", {}).get("senses", {})
    out: dict[str, dict[str, frozenset[str]]] = {}
    for eid, table in data.items():
        if isinstance(table, dict):
            out[str(eid)] = {str(k): frozenset(map(str, v)) for k, v in table.items()}
    return out


lexicon.on_clear(_senses.cache_clear)


class _Placed(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def doc(self) -> str | None: ...
    @property
    def context(self) -> str | None: ...


def _context_senses(
    gaz: Gazetteer, ms: Sequence[_Placed], anchors: Sequence[str]
) -> dict[int, str]:
    """Mention index → sense, for mentions anchored to an entry that stands
    for several places (bare طرابلس): the one sense named in full or by a
    cue entry (its country, nisbas included) in the mention's sentence, else in its
    document (the names and sentences of that document's mentions).  With
    both or neither named the mention keeps the ambiguous entry, which never
    merges with a sense."""
    senses = _senses()
    if not any(a in senses for a in anchors):
        return {}
    seen: dict[str, frozenset[str]] = {}

    def cues(s: str | None) -> frozenset[str]:
        if not s:
            return frozenset()
        got = seen.get(s)
        if got is None:
            from recon._dateline import country_of

            ids = {x.entry.id for x in gaz.find_mentions(s)}
            # A place of a sense's country ("مصراتة") is that country's cue too.
            got = seen[s] = frozenset(ids | {c for c in map(country_of, ids) if c is not None})
        return got

    by_doc: dict[str, list[int]] = defaultdict(list)
    for k, m in enumerate(ms):
        if m.doc is not None:
            by_doc[m.doc].append(k)
    docs: dict[str, frozenset[str]] = {}

    def doc_cues(doc: str) -> frozenset[str]:
        if doc not in docs:
            from recon._dateline import country_of

            ks = by_doc[doc]
            named = {anchors[k] for k in ks}
            named |= {c for c in map(country_of, named) if c is not None}
            docs[doc] = frozenset(named.union(*(cues(ms[k].context) for k in ks)))
        return docs[doc]

    out: dict[int, str] = {}
    for k, anchor in enumerate(anchors):
        options = {s: cs for s, cs in senses.get(anchor, {}).items() if s in gaz}
        if not options:
            continue
        m = ms[k]
        pick = _one_sense(options, cues(m.context) | cues(m.text))
        if pick is None and m.doc is not None:
            pick = _one_sense(options, doc_cues(m.doc))
        if pick is not None:
            out[k] = pick
    return out


def _one_sense(options: dict[str, frozenset[str]], cues: frozenset[str]) -> str | None:
    # A sense named in full ("طرابلس الليبية") is its own cue.
    hits = [sense for sense, cs in sorted(options.items()) if sense in cues or cs & cues]
    return hits[0] if len(hits) == 1 else None


def _word_class(tok: str, cls: str) -> bool:
    return cls in _token_classes(tok)


@lru_cache(maxsize=131072)
def _token_classes(tok: str) -> frozenset[str]:
    """The word classes a token belongs to under any proclitic reading
    (cached: tokens repeat far more than texts do)."""
    variants = [v for _, v in proclitic_variants(tok)]
    return frozenset(c for c, ws in _words().items() if any(v in ws for v in variants))


lexicon.on_clear(_token_classes.cache_clear)


def _kind_word(tok: str) -> bool:
    return bool(_token_classes(tok) & {"facility", "title", "place"})


def _hint_of(kind: str | None) -> str | None:
    return _KIND_CLASS.get(kind.strip().lower()) if kind else None


def _strip_proclitics(tok: str) -> str:
    """The first word without attached و ف ب ك ل when they precede the article
    ("والقيارة" → "القيارة"); any other leading letter may be part of the name
    (بوتين، والاس), so it stays."""
    i = 1 if tok[:1] in "وف" else 0
    if tok[i : i + 2] == "لل" and len(tok) - i - 2 >= 3:
        return "ال" + tok[i + 2 :]
    j = i + 1 if tok[i : i + 1] in "بكل" else i
    if j and tok[j : j + 2] == "ال" and len(tok) - j - 2 >= 3:
        return tok[j:]
    return tok


_OPEN = "(["
_CLOSE = ")]"


def _bracket_depths(text: str, spans: Sequence[tuple[int, int, str]]) -> list[bool]:
    """Per token, whether it stands inside brackets; an opening bracket that
    is never closed ("جوهر (Jowhar") runs to the end, a stray closing one
    is ignored."""
    inside: list[bool] = []
    depth, pos = 0, 0
    for s, _, _ in spans:
        for c in text[pos:s]:
            if c in _OPEN:
                depth += 1
            elif c in _CLOSE and depth:
                depth -= 1
        inside.append(depth > 0)
        pos = s
    return inside


@lru_cache(maxsize=200_000)
def mention_key(text: str, kind: str | None = None) -> MentionKey:
    """Read a mention into its matching key (see :class:`MentionKey`).

    A bracketed Latin name beside an Arabic one ("قاعدة جوهر (Jowhar)
    العسكرية", also with the bracket glued on or never closed) is a gloss:
    the key reads the name outside the brackets, and ``gloss`` holds the key
    of the bracketed part, an alias of the same thing."""
    norm = normalise(text, for_matching=True)
    spans = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(norm.text)]
    inside = _bracket_depths(norm.text, spans)
    out = [sp for sp, b in zip(spans, inside, strict=True) if not b]
    # Kind words alone outside ("معسكر (K1)") leave the bracket as the name.
    if any(inside) and not all(_kind_word(t) for _, _, t in out):
        outer = _key_of(text, norm, out, kind)
        inner = _key_of(text, norm, [sp for sp, b in zip(spans, inside, strict=True) if b], kind)
        # Only a Latin gloss of an Arabic name: Arabic in brackets after a
        # Latin name ("K1 (كركوك)") as often says where the thing is.
        if outer.name and inner.name and (outer.script, inner.script) == ("ar", "la"):
            return attrs.evolve(outer, gloss=attrs.evolve(inner, hint=inner.hint or outer.hint))
    return _key_of(text, norm, spans, kind)


def _key_of(
    text: str, norm: Normalised, spans: list[tuple[int, int, str]], kind: str | None
) -> MentionKey:
    """The key of the tokens ``spans`` of ``text`` (see :func:`mention_key`)."""
    raw = list(spans)
    if spans:
        s0, e0, t0 = spans[0]
        t1 = _strip_proclitics(t0)
        spans[0] = (s0 + len(t0) - len(t1) if t0.endswith(t1) else s0, e0, t1)
    hint = _hint_of(kind)
    keep = list(range(len(spans)))
    # Leading titles (العقيد، الكولونيل، المتحدث باسم) mark a person.
    n = 0
    while n < len(keep) - 1 and _word_class(spans[keep[n]][2], "title"):
        n += 1
    if n:
        keep = keep[n:]
        hint = hint or "person"
    fac = [i for i in keep if _word_class(spans[i][2], "facility")]
    if fac and len(fac) < len(keep):
        keep = [i for i in keep if i not in fac]
        hint = hint or "facility"
    # "سجن زحلة المركزي" is سجن زحلة: a describing adjective ends no name.
    facility = hint == "facility" or (spans and _word_class(spans[0][2], "facility_noun"))
    while facility and len(keep) > 1 and _word_class(spans[keep[-1]][2], "epithet"):
        keep = keep[:-1]
    if len(keep) > 1 and _word_class(spans[keep[0]][2], "place"):
        keep = keep[1:]
        hint = hint or "place"
    if hint is None and keep and _word_class(spans[keep[0]][2], "org"):
        hint = "org"
    canon = [canon_token(spans[i][2]) for i in keep]
    display = text.strip()
    if keep:
        s, _ = norm.span(spans[keep[0]][0], spans[keep[0]][1])
        _, e = norm.span(spans[keep[-1]][0], spans[keep[-1]][1])
        display = text[s:e]
    return MentionKey(
        name=" ".join(canon),
        hint=hint,
        compact="".join(canon),
        joined="".join(spans[i][2] for i in keep),
        tokens=tuple(t for _, _, t in raw),
        kept=tuple(spans[i][2] for i in keep),
        script=_script(" ".join(canon)),
        skeleton=tuple(sk for sk in (skeleton_token(t) for t in canon) if sk),
        display=display,
    )


@lru_cache(maxsize=65536)
def _context_hint_of(text: str, context: str) -> str | None:
    ctx = [m.group() for m in TOKEN_RE.finditer(normalise_key(context))]
    own = [m.group() for m in TOKEN_RE.finditer(normalise_key(text))]
    if not own:
        return None
    for i in range(1, len(ctx) - len(own) + 1):
        if ctx[i : i + len(own)] == own:
            prev = ctx[i - 1]
            if _word_class(prev, "facility"):
                return "facility"
            if _word_class(prev, "title"):
                return "person"
            return None
    return None


def _script(s: str) -> str:
    return ("ar" if is_arabic(s) else "") + ("la" if is_latin(s) else "")


# --------------------------------------------------------------------------
# Pairwise spelling rules: whether two keys (or linker nodes) spell one name.


_Add = Callable[[int, int, str, float], None]


class _Fuzzable(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def compact(self) -> str: ...
    @property
    def common(self) -> bool: ...


def _differing_tokens_ok(a: str, b: str, vowel: frozenset[str], min_ratio: float) -> bool:
    """Every pair of differing tokens is a plausible spelling variant: not a
    vowel-sensitive Arabic name, long enough, similar enough."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    for x, y in zip(ta, tb, strict=True):
        if x == y:
            continue
        if x in vowel or y in vowel:
            return False
        if min(len(x), len(y)) < _MIN_VARIANT_SKELETON + 1:
            return False
        if min_ratio and fuzz.ratio(x, y, processor=None) < min_ratio:
            return False
    return True


def _fuzzy_edges(
    nodes: Sequence[_Fuzzable], threshold: float, vowel: frozenset[str], add: _Add
) -> None:
    """Rapidfuzz ratio over compact names, blocked by 3-letter prefix and suffix."""
    by_compact: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        if len(n.compact) >= _MIN_FUZZY_LEN and not n.common:
            by_compact[n.compact].append(i)
    keys = sorted(by_compact)
    blocks: dict[tuple[int, str], list[str]] = defaultdict(list)
    for k in keys:
        blocks[0, k[:3]].append(k)
        blocks[1, k[-3:]].append(k)
    seen: set[tuple[str, str]] = set()
    for block in blocks.values():
        if len(block) < 2:
            continue
        for lo in range(0, len(block), 512):
            rows = block[lo : lo + 512]
            m = process.cdist(
                rows, block, scorer=fuzz.ratio, processor=None,
                score_cutoff=threshold, dtype=np.uint8, workers=1,
            )  # fmt: skip
            for r, c in zip(*np.nonzero(m), strict=True):
                a, b = rows[int(r)], block[int(c)]
                if a >= b or (a, b) in seen:
                    continue
                seen.add((a, b))
                score = float(m[r, c])
                na, nb = nodes[by_compact[a][0]].name, nodes[by_compact[b][0]].name
                n_tokens_differ = len(na.split()) != len(nb.split())
                if n_tokens_differ and score < max(threshold, 95.0):
                    continue
                if not n_tokens_differ and not _differing_tokens_ok(na, nb, vowel, 75.0):
                    continue
                for i in by_compact[a]:
                    for j in by_compact[b]:
                        add(i, j, "fuzzy", score)


class _Bucketed(_Keyed, Protocol):
    """A linker node as the bucket rules see it."""

    @property
    def cls(self) -> str: ...
    @property
    def anchor(self) -> str: ...
    @property
    def compact(self) -> str: ...


def _translit_edges(
    nodes: Sequence[_Bucketed], bucket: list[int], vowel: frozenset[str], add: _Add
) -> None:
    """``translit`` edges inside one skeleton bucket: names of one script only
    within their :func:`_variant_block`, names of different scripts through
    :func:`_cross_script_edges` (their skeleton is all the evidence there is)."""
    # Grouped by kind as well as name: the verdict may depend on the hint
    # (foreign person, place), so each hint of a name is judged on its own.
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i in bucket:
        groups[nodes[i].name, nodes[i].hint or "", nodes[i].cls].append(i)
    if len({g[0] for g in groups}) < 2:
        return
    blocks: dict[tuple[str, ...], list[tuple[str, str, str]]] = defaultdict(list)
    scripts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for g in sorted(groups):
        first = nodes[groups[g][0]]
        blocks[_variant_block(first)].append(g)
        scripts[first.script].append(g)
    pairs: list[tuple[tuple[str, str, str], tuple[str, str, str]]] = []
    for names in blocks.values():
        pairs += [
            (x, y)
            for k, x in enumerate(names)
            for y in names[k + 1 :]
            if x[0] != y[0] and _translit_ok(nodes[groups[x][0]], nodes[groups[y][0]], vowel)
        ]
    for x, y in pairs:
        gx, gy = groups[x], groups[y]
        score = float(fuzz.ratio(nodes[gx[0]].compact, nodes[gy[0]].compact, processor=None))
        for i in gx:
            for j in gy:
                add(min(i, j), max(i, j), "translit", score)
    if len(scripts) > 1:
        _cross_script_edges(nodes, bucket, scripts=scripts, groups=groups, vowel=vowel, add=add)


def _cross_script_edges(
    nodes: Sequence[_Bucketed],
    bucket: list[int],
    *,
    scripts: dict[str, list[tuple[str, str, str]]],
    groups: dict[tuple[str, str, str], list[int]],
    vowel: frozenset[str],
    add: _Add,
) -> None:
    """Across scripts every compatible pair in a skeleton bucket would join
    (the verdict depends on the shared skeleton alone), so instead of all
    pairs each node is joined to one *hub* per (script, kind, anchor) class:
    the same components, with edges linear in the bucket."""
    sa, sb = sorted(scripts)[:2]
    if not _translit_ok(nodes[groups[scripts[sa][0]][0]], nodes[groups[scripts[sb][0]][0]], vowel):
        return
    hubs: dict[tuple[str, str, str], int] = {}
    for i in sorted(bucket):
        n = nodes[i]
        hubs.setdefault((n.script, n.cls, n.anchor), i)
    for i in bucket:
        n = nodes[i]
        for (script, _, _), h in hubs.items():
            if script != n.script:
                score = float(fuzz.ratio(n.compact, nodes[h].compact, processor=None))
                add(min(i, h), max(i, h), "translit", score)
