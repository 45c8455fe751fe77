"""Gazetteer names and administrative places of a sentence, as candidates.

For :class:`recon.entities_ar.DocContext`: each gazetteer mention becomes a
:class:`~recon._locate.Ref` with the preposition governing it, whether it is
a nisba ("عراقيا", "الأميركية") or follows an affiliation noun ("قوات
التحالف"), and whether it is a dateline or a wire's credit; a place the
gazetteer does not know is read after an administrative noun ("إقليم الحوز").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, Any, cast

import attrs

from recon import lexicon
from recon._locate import Ref, letters_to_offset
from recon._slots import setters
from recon._words import listed, word_memo
from recon.normalise import normalise_key
from recon.sentences import Token, stems, token_keys, token_starts

if TYPE_CHECKING:
    from recon.entities_ar import Lex

__all__ = ["counted_noun", "gaz_refs", "headed_places"]

_NISBA_ENDS = ("ي", "يه", "يا", "يون", "يين", "يات")


def _is_nisba(m: Any, after_number: bool) -> bool:
    return _nisba(m.alias, m.entry.aliases, after_number)


# Memoised: the same few names recur in every article, and each answer needs
# every alias of the entry normalised.
@lru_cache(maxsize=1 << 14)
def _nisba(alias: str, entry_aliases: tuple[str, ...], after_number: bool) -> bool:
    key = normalise_key(alias)
    aliases = [normalise_key(a) for a in entry_aliases]
    # Nisba forms are single words ("التشادية"); "مدينة كاي" is a name that
    # merely ends in ي.
    if not aliases or key == aliases[0] or " " in key:
        return False
    bare = key[2:] if key.startswith("ال") else key
    for end in _NISBA_ENDS:
        # "تشيكيا" is a country, "29 عراقيا" people: -يا is a nisba only after a figure.
        if end == "يا" and not after_number:
            continue
        if bare.endswith(end) and (bare[: len(bare) - len(end)] + "ي") in aliases:
            return True
    return False


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    from recon._numbers_lexicon import _NUM, _SCALE, _tables

    return frozenset(k for k, (_, w) in _tables("ar").words.items() if w.kind in (_NUM, _SCALE))


def counted_noun(text: str, toks: Sequence[Token], i: int) -> bool:
    """Whether word ``i`` is the noun a figure right before it counts.

    "في 11 محافظة وسطى", "عبر 2800 مركز إجراء", "أربع محافظات": the places
    or facilities counted are no named place ("محافظة وسطى" is no province's
    name), nor a reference back to one.
    """
    if i == 0 or text[toks[i - 1].end : toks[i].start].strip():
        return False
    key = toks[i - 1].key
    bare = key[1:] if key[:1] in "وفبل" and len(key) > 1 else key
    return bare.isdigit() or key in _number_words() or bare in _number_words()


_DASHES = ("–", "-", "ـ", "—")


def _agency_credit(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` near a sentence's start credits
    the wire that filed it: "بروكسل (رويترز) -", "الخرطوم/ الأناضول",
    "الرباط – الأناضول": who wrote the story, never what a figure is about."""
    before = text[max(0, start - 3) : start].rstrip(" \u200f")
    after = text[end : end + 4].lstrip(" \u200f")
    if before.endswith("(") and after.startswith(")"):
        return after[1:].lstrip(" \u200f")[:1] in _DASHES
    if before.endswith("/") or before.endswith(_DASHES):
        return after[:1] in ("", "\n", "\r", *_DASHES)
    return False


# After a dateline's city, its date and then the wire's credit: "نواكشوط،
# 09/03/2026 (وما) -", "بغداد، 14 تموز (واع) -", "الجزائر في 3 جوان / وأج /".
# The comma or "في" is required, so a city followed by a figure and its noun
# is never read as one, and a credit between slashes must close, so "في 12
# حزيران/يونيو الماضي" is a date, not a dateline.  Anchored and bounded.
_DATED_CREDIT = re.compile(
    r"""
    [ \u200f]* (?: [،,] [ \u200f]* (?:في[ \u200f]+)? | في[ \u200f]+ )
    (?: \d{1,2} [/.-] \d{1,2} [/.-] \d{2,4}                     # 09/03/2026
      | \d{1,2} [ \u200f]+ [^\W\d_]+                              # 14 تموز
        (?: [ \u200f]* / [ \u200f]* [^\W\d_]+ )?                   # آذار/مارس
        (?: [ \u200f]+ \d{4} )? )                                 # 2026
    [ \u200f]*
    (?: [(–ـ—-] | / [ \u200f]* [^\W\d_][^/\n]{0,16} / )             # (واع) - | / وام /
    """,
    re.VERBOSE,
)
_DATED_REACH = 40  # characters from the city to its credit


def _dated_credit(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a dateline's date
    and the wire's credit (see ``_DATED_CREDIT``)."""
    return _DATED_CREDIT.match(text[end : end + _DATED_REACH]) is not None


_OPEN_QUOTES = '«"“('
_CLOSE_QUOTES = '»"”)'
_OPEN_QUOTE = re.compile("[" + re.escape(_OPEN_QUOTES) + "]")
# Kinds of gazetteer entry that report figures and never are what one is
# about: a news agency told ("لرويترز") or quoted ("بحسب وكالة الأناضول").
_REPORTERS = frozenset({"agency"})
_QUOTE_REACH = 24  # characters from a name to the quotation marks around an outlet's name


def _outlet(text: str, start: int, end: int, outlets: frozenset[str]) -> bool:
    """Whether the name at ``[start, end)`` is part of an outlet's name
    written between quotation marks ("«القدس العربي»", "لـ«الرياض»", "(كونا)")."""
    if not outlets:
        return False
    lo = max(0, start - _QUOTE_REACH)
    if _OPEN_QUOTE.search(text, lo, start) is None:
        return False  # the usual name: no quotation mark opens before it (one C-level look)
    o = max(text.rfind(q, lo, start) for q in _OPEN_QUOTES)
    if o < 0:
        return False
    hi = min(len(text), end + _QUOTE_REACH)
    found = [i for i in (text.find(q, end, hi) for q in _CLOSE_QUOTES) if i >= 0]
    if not found:
        return False
    return normalise_key(text[o + 1 : min(found)]) in outlets


_BYLINE_WORDS = 4  # words of a byline line: "هسبريس - من وجدة", "كتب فلان - من عمان"


def _byline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` ends a byline line of its own
    ("هسبريس - من وجدة"): where the writer filed from, not the story."""
    head = text[end : end + 16]
    nl = head.find("\n")
    if (head if nl < 0 else head[:nl]).strip():
        return False  # the usual name: words follow it on its line (no scan of the line)
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if text[end:le].strip() or not any(d in text[ls:start] for d in _DASHES):
        return False
    before = text[ls:start].split()
    return 0 < len(before) <= _BYLINE_WORDS and before[-1] == "من"


@lru_cache(maxsize=1 << 14)
def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


@lru_cache(maxsize=1 << 14)
def _affiliated(key: str, heads: frozenset[str]) -> bool:
    """Whether word ``key``, clitics and all, is one of the affiliation nouns ``heads``."""
    return any(v in heads for v in stems(key))


def gaz_refs(
    text: str,
    toks: list[Token],
    mentions: Sequence[Any],
    lx: Lex,
    starts: list[int] | None = None,
) -> list[Ref]:
    """The gazetteer ``mentions`` of a sentence as entity candidates
    (``starts``: the words' offsets, if the caller has them)."""
    if not mentions:
        return []
    if starts is None:
        starts = token_starts(toks)
    out: list[Ref] = []
    for m in mentions:
        k = bisect_left(starts, m.start + 1) - 1
        if k < 0 or _outlet(text, m.start, m.end, lx.outlets) or _byline(text, m.start, m.end):
            continue
        if m.entry.kind in _REPORTERS:
            continue  # "قال مسؤول لرويترز إن 150 عاملا …": the agency reports, owns nothing
        tok = toks[k]
        if tok.start == m.start and " " in m.alias and counted_noun(text, toks, k):
            continue  # "في 11 محافظة وسطى": eleven central provinces, not Oman's Al Wusta
        nisba = _is_nisba(m, k > 0 and _has_digit(toks[k - 1].text))
        prep = ""
        glued = normalise_key(text[tok.start : m.start])
        if glued.strip("وف"):
            prep = glued.strip("وف")[:1]
        head = k - 1 if nisba and k > 0 and toks[k - 1].key not in lx.preps else k
        before = toks[head - 1] if head > 0 else None
        if nisba and head != k:
            hkey = toks[head].key
            if (hkey[:1] in "بل" and hkey[1:3] == "ال") or hkey.startswith("لل"):
                prep = hkey[:1]
        back = head - 1
        while before is not None and before.key in lx.place_heads and back >= 1 and head - back < 3:
            back -= 1
            before = toks[back]  # "من محافظة إدلب", "من شمال غرب سوريا"
        if not prep and before is not None:
            prep = listed(before.key, lx.preps) or prep  # "وفي سوريا"
        aff = _affiliated(toks[k - 1].key, lx.affiliation) if k > 0 else False
        if aff and k > 1 and toks[k - 2].key in lx.preps:
            prep = prep or toks[k - 2].key
        tail = text[m.end : m.end + 3].strip()
        # A dateline ("أنقرة –") is where the story was filed, not its subject;
        # so is a country labelling a headline ("تونس: النيران تلتهم 1300
        # هكتار في جندوبة").
        label = tail[:1] == ":" and m.entry.kind == "country"
        dateline = (
            k == 0 and (tail[:1] in ("–", "-", "ـ", "(") or label or _dated_credit(text, m.end))
        ) or (k <= 3 and _agency_credit(text, m.start, m.end))
        out.append(
            _ref(
                m.surface,
                m.start,
                m.end,
                m.entry.kind,
                m.entry.id,
                prep=prep,
                nisba=nisba,
                affiliation=aff,
                dateline=dateline,
            )
        )
    return out


_NEW = object.__new__
try:
    # Ref is the entity module's: if it gains a field or a check, _ref
    # builds it by its constructor rather than an incomplete object.
    (
        _SURFACE,
        _START,
        _END,
        _KIND,
        _KEY,
        _NOUN,
        _PREP,
        _NISBA,
        _AFFILIATION,
        _DATELINE,
        _INNER,
        _DEST,
    ) = setters(
        Ref,
        (
            *("surface", "start", "end", "kind", "key", "noun", "prep"),
            *("nisba", "affiliation", "dateline", "inner", "dest"),
        ),
    )
    _FAST_REF = all(
        attrs.fields_dict(Ref)[name].default == d
        for name, d in (("noun", ""), ("inner", None), ("dest", False))
    )
except TypeError:
    _FAST_REF = False


def _ref(
    surface: str,
    start: int,
    end: int,
    kind: str,
    key: str,
    *,
    prep: str,
    nisba: bool,
    affiliation: bool,
    dateline: bool,
) -> Ref:
    """``Ref(surface, start, end, kind, key, prep=..., nisba=..., affiliation=...,
    dateline=...)`` without attrs' keyword-call machinery (recon._slots)."""
    if not _FAST_REF:
        return Ref(
            surface,
            start,
            end,
            kind,
            key,
            prep=prep,
            nisba=nisba,
            affiliation=affiliation,
            dateline=dateline,
        )
    r = _NEW(Ref)
    _SURFACE(r, surface)
    _START(r, start)
    _END(r, end)
    _KIND(r, kind)
    _KEY(r, key)
    _NOUN(r, "")
    _PREP(r, prep)
    _NISBA(r, nisba)
    _AFFILIATION(r, affiliation)
    _DATELINE(r, dateline)
    _INNER(r, None)
    _DEST(r, False)
    return r


def _place_head(key: str, heads: frozenset[str]) -> str:
    """The administrative noun word ``key`` ends in ("بمدينة" → "مدينة"), else ""."""
    head = next((v for v in stems(key) if v in heads), None)
    return head if head is not None and key.endswith(head) else ""


_HEADS_MEMO: dict[frozenset[str], dict[str, str]] = {}


def _place_heads(keys: list[str], heads: frozenset[str]) -> list[str]:
    """:func:`_place_head` of each of ``keys``: one C-level look-up of the
    whole sentence in a per-lexicon memo, each new word form computed once
    (and remembered only here: a cache keyed by word and set would hold a
    tuple per word the garbage collector walks)."""
    memo = word_memo(_HEADS_MEMO, heads)
    found = list(map(memo.get, keys))
    if None in found:
        for k in [k for k, h in enumerate(found) if h is None]:
            found[k] = memo[keys[k]] = _place_head(keys[k], heads)
    return cast("list[str]", found)


def _number_word(key: str) -> bool:
    """Whether ``key`` is a number word or a counted dual ("ساعتين", "ثلاث")."""
    from recon._numbers_lexicon import _tables

    return key in _tables("ar").words


def headed_places(
    text: str,
    toks: list[Token],
    lx: Lex,
    gaz_at: dict[int, int],
    keys: list[str] | None = None,
) -> list[Ref]:
    """Places the gazetteer does not know, named after an administrative noun
    ("إقليم الحوز", "مديرية الضحي", "بمدينة نيالا")."""
    out: list[Ref] = []
    # Most words are no administrative noun: one C-level pass over the
    # sentence (memoised per word form) leaves only those to look at.
    heads = _place_heads(token_keys(toks[:-1]) if keys is None else keys[:-1], lx.named_place_heads)
    for k in compress(range(len(heads)), heads):
        t, nxt = toks[k], toks[k + 1]
        head = heads[k]
        if counted_noun(text, toks, k):
            continue
        glued = t.key[: len(t.key) - len(head)]
        if "ال" in glued or glued.endswith("لل") or text[t.end : nxt.start].strip():
            continue  # "المدينة" refers back; it names nothing
        if (
            nxt.start in gaz_at
            or not nxt.text[:1].isalpha()
            or nxt.text[:1].isascii()
            or nxt.key in lx.breakers
            or nxt.key in lx.generic
            or nxt.key in lx.office_domains  # "مديرية الصحة" is an office
            or "ال" + nxt.key in lx.office_domains  # and so is "مديرية صحة دير الزور"
            or nxt.key in lx.adjectives
            or nxt.key in lx.place_heads
            or nxt.key in lx.preps
            or _number_word(nxt.key)  # "في كل منطقة ساعتين": a figure, no name
        ):
            continue
        prep = glued.strip("وف")[:1]
        if not prep and k > 0:
            prep = listed(toks[k - 1].key, lx.preps) or ""
        start = letters_to_offset(text, t.start, len(glued))
        key = nxt.key[2:] if nxt.key.startswith("ال") else nxt.key
        last = nxt
        if nxt.key in lexicon.word_set("entities", "name_prefixes") and k + 2 < len(toks):
            # "منطقة أبو نصير", "محافظة ذي قار": the name goes on past its first word.
            third = toks[k + 2]
            if third.text[:1].isalpha() and not text[nxt.end : third.start].strip():
                last, key = third, f"{key} {third.key}"
        out.append(
            Ref(text[start : last.end], start, last.end, "region", "place:" + key, prep=prep)
        )
    return out
