"""Mention keys for :mod:`recon.link`: how one written name is read for matching.

:func:`mention_key` strips proclitics, titles and kind words from a name,
keeps the kind they imply as a hint, and gives the name's canonical,
compact and Latin-skeleton forms; the word classes (facility, title, org,
place and vowel-sensitive words) come from the ``link`` table of the
gazetteer lexicon.  Reading a key looks at one mention only, so it lives
apart from the clustering and the join rules in :mod:`recon.link`, which
re-exports :class:`MentionKey` and :func:`mention_key`.
"""

from __future__ import annotations

from functools import lru_cache

import attrs

from recon import lexicon
from recon.gazetteer import TOKEN_RE, canon_token, proclitic_variants
from recon.normalise import normalise, normalise_key
from recon.translit import is_arabic, is_latin, skeleton_token

__all__ = ["MentionKey", "mention_key"]

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
    ws = _words()[cls]
    return any(v in ws for _, v in proclitic_variants(tok))


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
