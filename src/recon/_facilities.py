"""Facilities named in a sentence, and facility nouns standing alone as anaphors.

A facility is a facility noun followed by a name ("قاعدة K1 الجوية",
"معسكر (K1)", "مطار بغداد الدولي", "معسكر بسماية", "طريق الرياض - القصيم"),
or the noun alone referring to one named elsewhere ("القاعدة", "هذا
المعسكر", "قاعدة عسكرية").  A figure right after the noun ("تنتج المحطة 500
طن"), a verbal noun spelled like one ("لسد فجوة التمويل"), a road that is
only a way ("عن طريق الوسطاء") and "another" one ("في محطة أخرى") name no
facility of the story.  :class:`recon.entities_ar.DocContext` reads every
sentence with :func:`find_facilities`; words come from ``entities.toml``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from recon import lexicon
from recon._gaz_refs import _DASHES, counted_noun
from recon._locate import Ref, is_latin_name, letters_to_offset
from recon.normalise import fold_digits, key_set, normalise_key
from recon.sentences import Token, token_keys

if TYPE_CHECKING:
    from recon._lex import Lex

__all__ = ["find_facilities", "media_words"]

_MAX_NAME = 4  # words in a facility's name
_ROAD = "طريق"
_BY_WAY_OF = frozenset({"عن", "وعن"})


def _figure_after(text: str, toks: list[Token], j: int, lx: Lex) -> bool:
    """Whether token ``j``, right after a facility noun, is a figure with its
    counted noun ("المحطة 500 طن", "معبر 150 دولاراً") rather than a number
    naming the facility ("قاعدة 101 الجوية", "مستشفى 57357 للأطفال")."""
    t = toks[j]
    if not fold_digits(t.text).isdigit() or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return (
        not text[t.end : nxt.start].strip()
        and nxt.text[:1].isalpha()
        and not nxt.text[:1].isascii()
        and not nxt.key.startswith(("ال", "لل"))
        and nxt.key not in lx.adjectives
    )


def _verbal_noun(noun: str, nxt: str) -> bool:
    """Whether facility noun ``noun`` before the word ``nxt`` is a verbal noun
    spelled like it ("سد" before "الاحتياجات": meeting the needs), by the
    lexicon's ``[verbal_noun_objects]``."""
    objs = _verbal_noun_objects().get(noun)
    return objs is not None and nxt in objs


@lru_cache(maxsize=1)
def _verbal_noun_objects() -> dict[str, frozenset[str]]:
    """``[verbal_noun_objects]`` in matching form, read once."""
    table = lexicon.load("entities").get("verbal_noun_objects", {})
    return {normalise_key(k): key_set(v) for k, v in table.items()}


lexicon.on_clear(_verbal_noun_objects.cache_clear)


@lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    """``entities.toml`` ``media_prepositions`` that name a kind of outlet
    ("لإذاعة", "لقناة"; not "لـ" nor "عبر", which come before anything), in
    matching form."""
    words = lexicon.load("entities").get("media_prepositions", [])
    return key_set(w for w in words if " " not in w and w.startswith("ل") and len(w) > 3)


lexicon.on_clear(media_words.cache_clear)


def find_facilities(
    text: str, toks: list[Token], lx: Lex, gaz_at: dict[int, int], keys: list[str] | None = None
) -> list[Ref]:
    """Named facilities and facility anaphors among ``toks`` (``keys``: their
    matching forms, if the caller has them)."""
    out: list[Ref] = []
    live = lx.facility.starts(token_keys(toks) if keys is None else keys)
    nxt = 0  # the first token not yet inside a facility's name
    # Only the tokens that may start a facility noun are visited.
    for i in compress(range(len(live)), live):
        if i < nxt:
            continue
        m = lx.facility.match_start(toks, i, live[i])
        if m is None or counted_noun(text, toks, i):
            continue
        if i + 1 < len(toks) and _verbal_noun(normalise_key(m.phrase), toks[i + 1].key):
            continue  # "لسد فجوة التمويل": "to fill the gap", no dam
        road = m.phrase == _ROAD
        if road and i > 0 and toks[i - 1].key in _BY_WAY_OF:
            continue  # "عن طريق الوسطاء": by way of, no road
        if i > 0 and toks[i - 1].key in media_words():
            continue  # "في تصريح لإذاعة عقبة أف أم": an outlet's name, no place
        noun = normalise_key(m.phrase)
        tok = toks[i]
        prefix = len(tok.key) - len(noun)
        pre = tok.key[:prefix]
        definite = "ال" in pre or pre.endswith("لل")
        start = letters_to_offset(text, tok.start, prefix)
        j, end, named, ends = i + 1, tok.end, 0, 0
        while j < len(toks) and named < _MAX_NAME:
            t = toks[j]
            gap = text[toks[j - 1].end : t.start]
            if road and named and gap.strip() in _DASHES and t.start in gaz_at:
                ends = 2  # "طريق الرياض - القصيم": a road runs between its two ends
            elif gap.strip() not in ("", "(") or t.key in lx.breakers:
                break
            if named and t.text.isdigit() and len(toks[j - 1].key) > 1:
                break  # "ميناء العقبة 3 ملايين حبة": a figure; "قاعدة ك 1" is a name
            if not named and _figure_after(text, toks, j, lx):
                break  # "تنتج المحطة 500 طن": a figure; "قاعدة 101 الجوية" is a name
            if named and t.key in lx.adjectives:
                end = t.end
                j += 1
                break
            ok = is_latin_name(t) or (
                len(t.key) == 1 and j + 1 < len(toks) and toks[j + 1].text.isdigit()
            )
            if not definite:
                ok = ok or (t.key.startswith("ال") and t.key not in lx.adjectives)
                ok = ok or t.key in lx.starters or (t.start in gaz_at and named == 0)
                ok = ok or (named > 0 and toks[j - 1].key in lx.starters)
                # "قاعدة بلد وين": a short و-word that is not و + a particle
                # ("ولم", "وقد") goes on with the name.
                ok = ok or (
                    named > 0
                    and t.key.startswith("و")
                    and len(t.key) <= 3
                    and t.key[1:] not in lx.short_words
                )
                # An unknown indefinite word names the facility ("معسكر بسماية")
                # unless it describes it ("قاعدة عسكرية") or is a verb with
                # an object ("قاعدة تغادرها").
                ok = ok or (
                    named == 0
                    and t.text[:1].isalpha()
                    and not t.text[:1].isascii()
                    and t.key not in lx.generic
                    and not t.key.endswith(("ها", "هم"))
                    and not t.key.startswith(("بال", "لل", "كال", "وال", "ال"))
                    and t.start not in gaz_at
                )
            if not ok:
                break
            end = t.end
            named += 1
            j += 1
        if road and ends < 2:
            # Only a road named by its two ends is a place of its own: "طريق
            # المحيط الأطلسي" is a migrants' route, "الطريق" any road.  A
            # facility may follow it ("طريق عقبة شعار", "طريق مطار بغداد").
            nxt = i + 1
            continue
        if named:
            if end < len(text) and text[end] == ")" and "(" in text[start:end]:
                end += 1
            name_key = normalise_key(text[toks[i + 1].start : end]).strip("() ")
            out.append(Ref(text[start:end], start, end, "facility", name_key, noun))
            nxt = j
            continue
        # "القاعدة", "هذا المعسكر", and "قاعدة عسكرية" (a base the article
        # is about but does not name here) all refer to a facility named elsewhere.
        if i + 1 < len(toks) and toks[i + 1].key in lexicon.word_set("entities", "other_followers"):
            continue  # "في محطة أخرى جنوب الدوحة": not the one the story is about
        if tok.key not in lx.breakers:
            out.append(Ref(text[start : tok.end], start, tok.end, "anaphor", noun, noun))
    return out
