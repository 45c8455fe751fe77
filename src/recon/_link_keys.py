"""Mention keys and spelling rules for :mod:`recon.link`.

:func:`mention_key` reads one written name: it strips proclitics, titles and
kind words, keeps the kind they imply as a hint, and gives the name's
canonical, compact and Latin-skeleton forms; the word classes (facility,
title, org, place and vowel-sensitive words) come from the ``link`` table of
the gazetteer lexicon.  The pairwise rules below (:func:`_translit_ok` and
helpers) decide whether two keys are spellings of one name; they look at the
two keys only.  Clustering lives in :mod:`recon.link`, which re-exports
:class:`MentionKey` and :func:`mention_key`.
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
from recon.gazetteer import TOKEN_RE, canon_token, proclitic_variants
from recon.normalise import normalise, normalise_key
from recon.translit import is_arabic, is_latin, skeleton_token

__all__ = ["MentionKey", "mention_key"]

# Names shorter than this (compact letters) never join by ratio alone.
_MIN_FUZZY_LEN = 8
# Below this many skeleton consonants a spelling difference is more likely
# another word (see :func:`_spelling_variant`).
_MIN_VARIANT_SKELETON = 4
# An identical token vouches for a short variant beside it from this length.
_MIN_NAME_SKELETON = 3
# Long-vowel letters of matching-normalised Arabic (ى, آ/أ/إ are folded already).
_LONG_VOWELS = frozenset("اوي")

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
    without spaces), ``skeleton`` (per-token Latin skeletons) and ``display``
    (the name part as written)."""

    name: str
    hint: str | None
    compact: str
    skeleton: tuple[str, ...]
    display: str
    joined: str = ""
    tokens: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    script: str = ""


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = lexicon.load("gazetteer").get("link", {})

    def keys(name: str) -> frozenset[str]:
        return frozenset(canon_token(normalise_key(w)) for w in data.get(name, []))

    return {
        "facility": keys("facility_words"),
        "title": keys("title_words"),
        "org": keys("org_words"),
        "place": keys("place_words"),
        "vowel": keys("vowel_sensitive"),
    }


lexicon.on_clear(_words.cache_clear)


@lru_cache(maxsize=1)
def _native_letters() -> frozenset[str]:
    """Letters of Arabic sounds that foreign names are not written with; a name
    holding one is read as an Arabic name, where long vowels tell names apart."""
    data = lexicon.load("gazetteer").get("link", {})
    return frozenset(normalise_key(str(data.get("native_letters", ""))).replace(" ", ""))


lexicon.on_clear(_native_letters.cache_clear)


def _word_class(tok: str, cls: str) -> bool:
    return cls in _token_classes(tok)


@lru_cache(maxsize=131072)
def _token_classes(tok: str) -> frozenset[str]:
    """The word classes a token belongs to under any proclitic reading
    (cached: tokens repeat far more than texts do)."""
    variants = [v for _, v in proclitic_variants(tok)]
    return frozenset(c for c, ws in _words().items() if any(v in ws for v in variants))


lexicon.on_clear(_token_classes.cache_clear)


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


@lru_cache(maxsize=200_000)
def mention_key(text: str, kind: str | None = None) -> MentionKey:
    """Read a mention into its matching key (see :class:`MentionKey`)."""
    norm = normalise(text, for_matching=True)
    spans = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(norm.text)]
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


class _Keyed(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def hint(self) -> str | None: ...
    @property
    def skeleton(self) -> tuple[str, ...]: ...
    @property
    def script(self) -> str: ...
    @property
    def kept(self) -> tuple[str, ...]: ...


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


def _translit_ok(a: _Keyed, b: _Keyed, vowel: frozenset[str]) -> bool:
    """Same skeleton, and enough of it to be evidence (see module docstring)."""
    if a.name == b.name:
        return bool(a.name)
    if not a.skeleton or "".join(a.skeleton) != "".join(b.skeleton):
        return False
    letters = sum(len(t) for t in a.skeleton if not t.isdigit())
    digits = any(t.isdigit() for t in a.skeleton)
    if digits and letters >= 1:
        return True  # a code name (K1 = ك 1 = كي 1): the number carries it
    if a.script != b.script:
        # Across scripts the skeleton is the only evidence: two consonants
        # (القيارة = "kr" = Cairo) are too little.
        return letters >= 3
    if a.skeleton != b.skeleton:
        return False
    # Latin writes its vowels: Tramp is not Trump, Suleimani is Soleimani.
    if "ar" not in a.script and any(
        x != y and min(len(x), len(y)) < 6 for x, y in _zip_tokens(a.name, b.name)
    ):
        return False
    return _spelling_variant(a, b, vowel)


def _spelling_variant(a: _Keyed, b: _Keyed, vowel: frozenset[str]) -> bool:
    """Every differing token is a spelling variant: a long token (a skeleton of
    four or more consonants) that is not a vowel-sensitive Arabic name, or a
    short token of a foreign person's name spelt with more or fewer long
    vowels (وين/واين ماروتو, جيمس جيفري/جفري), see :func:`_foreign_person`;
    such short variants need as many identical tokens beside them."""
    ta, tb = a.name.split(), b.name.split()
    if len(ta) != len(tb):
        return False
    short, same = 0, 0
    for x, y in zip(ta, tb, strict=True):
        if x == y:
            same += len(skeleton_token(x)) >= _MIN_NAME_SKELETON
            continue
        if x in vowel or y in vowel:
            return False
        if min(len(skeleton_token(x)), len(skeleton_token(y))) >= _MIN_VARIANT_SKELETON:
            continue
        if not _vowel_insertion(x, y):
            return False
        short += 1
    return not short or (short <= same and _foreign_person(a, b))


def _vowel_insertion(x: str, y: str) -> bool:
    """Whether the longer token is the shorter one with long-vowel letters
    added after its first letter (وين → واين), not a change of vowel (جون ≠
    جين, John is not Jane)."""
    s, lng = (x, y) if len(x) < len(y) else (y, x)
    if len(s) == len(lng) or not s:
        return False
    j = 0
    for i, c in enumerate(lng):
        if j < len(s) and c == s[j]:
            j += 1
        elif i == 0 or c not in _LONG_VOWELS:
            return False
    return j == len(s)


def _foreign_person(a: _Keyed, b: _Keyed) -> bool:
    """Whether two names look like renderings of one foreign person, so that
    their short tokens may differ in long vowels.

    Arabic names use long vowels to tell names apart (زيد/زايد، سمر/سمير), so
    the rule stays off when either name has an article-prefixed token
    (الجبوري) or a letter foreign names are not written with (ع ح ص ق…, the
    ``[link] native_letters`` of the gazetteer lexicon)."""
    if a.script != "ar":
        return False
    if (a.hint or "") not in ("", "person") or (b.hint or "") not in ("", "person"):
        return False
    native = _native_letters()
    for tok in (*a.kept, *b.kept):
        if tok.startswith("ال") or any(c in native for c in tok):
            return False
    return True


def _variant_block(n: _Keyed) -> tuple[str, ...]:
    """A key that two same-script nodes share whenever :func:`_translit_ok`
    can accept them: long tokens by skeleton, short ones without their long
    vowels, so a skeleton bucket is never compared all-pairs."""
    out = []
    for tok in n.name.split():
        sk = skeleton_token(tok)
        out.append(sk if len(sk) >= _MIN_VARIANT_SKELETON else _devowel(tok))
    return (n.script, *out)


def _devowel(tok: str) -> str:
    return tok[:1] + "".join(c for c in tok[1:] if c not in _LONG_VOWELS)


def _zip_tokens(a: str, b: str) -> list[tuple[str, str]]:
    ta, tb = a.split(), b.split()
    return list(zip(ta, tb, strict=True)) if len(ta) == len(tb) else [(a, "")]


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
