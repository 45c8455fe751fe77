"""Places that only locate another place, and where an article's story happens.

"محافظة اللاذقية في غرب سوريا", "ولاية سنار جنوب شرقي السودان", "سنار
(Sennar) السودانية", "طرفاية في جنوب المغرب": the wider place is named so
the reader can find the first one on a map.  A figure of the sentence is
about the more specific place, and so is an article that introduces its
place this way: its unplaced figures ("أنقذت 19 منهم") belong there rather
than to the country it names more often.

Also here, as they concern the same question (which named thing may own a
figure): the candidate :class:`Ref`, a facility's name used again without
its noun ("غادروا جوهر" after "قاعدة جوهر"), and the force a counted noun
belongs to ("4000 جندي من قوات البعثة الأفريقية").  Destination phrases
("نقلوا إلى مستشفى X": where people were taken never owns a figure) are
found by :mod:`recon._destinations`, which marks the candidates inside them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

import attrs

from recon import lexicon
from recon._dateline import country_of
from recon.normalise import normalise_key
from recon.sentences import Token, token_keys, token_starts

if TYPE_CHECKING:
    from recon.entities_ar import Lex, Tokenised
    from recon.fields_ar import Sentence

__all__ = [
    "FORCES_BACK",
    "PLACE_KINDS",
    "Ref",
    "bare_facilities",
    "force_after",
    "gazetteer_aliases",
    "is_latin_name",
    "letters_to_offset",
    "located_in",
    "locators",
    "named_force",
    "story_place",
]

PLACE_KINDS = frozenset({"country", "city", "province", "region"})
_GAP = 3  # direction words and a preposition between a place and its locator


@attrs.frozen
class Ref:
    """A candidate entity: ``surface`` at ``[start, end)``; ``key`` groups repeats."""

    surface: str
    start: int
    end: int
    kind: str  # "facility", "anaphor", or a gazetteer kind
    key: str
    noun: str = ""  # a facility's noun (matching form)
    prep: str = ""  # preposition governing the mention, if any
    nisba: bool = False
    affiliation: bool = False
    dateline: bool = False
    # The more specific place this one only locates ("اللاذقية في غرب سوريا",
    # "سنار السودانية"): a figure attached here belongs to ``inner``.
    inner: Ref | None = None
    # Where people were taken or headed ("نقلوا إلى مستشفى X"): never the entity.
    dest: bool = False


def letters_to_offset(text: str, start: int, n: int) -> int:
    """The original offset after ``n`` base letters from ``start`` (skipping marks)."""
    i = start
    while n > 0 and i < len(text):
        if not ("\u064b" <= text[i] <= "\u065f" or text[i] in "\u0670\u0640"):
            n -= 1
        i += 1
    return i


def bare_facilities(
    text: str,
    sents: Sequence[Tokenised],
    facs: list[list[Ref]],
    lx: Lex,
    known: set[int],
    *,
    keys: Sequence[list[str]] | None = None,
    starts: Sequence[list[int]] | None = None,
) -> None:
    """Add to ``facs`` each later use of a named facility's name without its
    noun ("سلم قاعدة جوهر …" then "250 جنديا غادروا جوهر"): the article
    has told the reader what the name is.  A name the gazetteer knows
    ("مطار بغداد" then "بغداد") names that place, not the facility.
    ``keys`` and ``starts``: each sentence's word keys and offsets, if known."""

    def known_at(t: Token) -> bool:
        return any(o in known for o in range(t.start, t.end))

    names: dict[str, dict[tuple[str, ...], Ref]] = {}  # by first word
    for k, (s, fs) in enumerate(zip(sents, facs, strict=True)):
        if not fs:
            continue
        t_starts = token_starts(s.toks) if starts is None else starts[k]
        for f in fs:
            if f.kind != "facility":
                continue
            # The words after the noun: a bisection, not a scan of the sentence.
            inside = s.toks[bisect_right(t_starts, f.start) : bisect_left(t_starts, f.end)]
            words = tuple(
                t.key for t in inside if not is_latin_name(t) and t.key not in lx.adjectives
            )
            if (
                words
                and not any(map(known_at, inside))
                and all(len(w) > 2 and not w.startswith("ال") for w in words)
            ):
                names.setdefault(words[0], {}).setdefault(words, f)
    if not names:
        return
    # Every word form that can open a later use (a name's first word, bare or
    # behind و ب ف ل): one C-level pass per sentence finds them.
    opens = set(names).union(*({p + w for w in names} for p in "وبفل"))
    for at, (s, fs) in enumerate(zip(sents, facs, strict=True)):
        toks = s.toks
        hits = list(map(opens.__contains__, token_keys(toks) if keys is None else keys[at]))
        if not any(hits):
            continue
        # A sentence's facilities do not overlap: the one starting last at
        # or before a word is the only one that can hold it.
        f_starts = [f.start for f in fs]
        added = []
        for i in compress(range(len(hits)), hits):
            t = toks[i]
            key = t.key if t.key in names else t.key[1:] if t.key[:1] in "وبفل" else ""
            if key not in names or known_at(t):
                continue
            k = bisect_right(f_starts, t.start) - 1
            if k >= 0 and t.start < fs[k].end:
                continue
            for words, f in names[key].items():
                n = len(words)
                if f.start > t.start:
                    continue  # "مؤسسة حمد الطبية" before "مستشفى حمد": not yet a name
                if tuple(x.key for x in toks[i + 1 : i + n]) == words[1:]:
                    start = letters_to_offset(text, t.start, len(t.key) - len(key))
                    end = toks[i + n - 1].end
                    added.append(Ref(text[start:end], start, end, "facility", f.key, f.noun))
                    break
        if added:
            fs.extend(added)
            fs.sort(key=lambda r: r.start)


def is_latin_name(tok: Token) -> bool:
    """Whether ``tok`` is a Latin or numbered name ("K1", "Sennar")."""
    return _latin(tok.text)


@lru_cache(maxsize=1 << 14)  # per word form: the same words recur
def _latin(word: str) -> bool:
    return any(c.isdigit() for c in word) or (word[:1].isascii() and word[:1].isalpha())


def locators(text: str, toks: list[Token], refs: list[Ref], lx: Lex) -> list[Ref]:
    """``refs`` with each wider place that only locates the place just before
    it pointing at that more specific place (``inner``)."""
    out = list(refs)
    if len(refs) < 2:  # most sentences: no pair of places to relate
        return out
    starts: list[int] | None = None  # the words' offsets, on first need
    order = sorted(range(len(refs)), key=lambda i: refs[i].start)
    prev: Ref | None = None
    for i in order:
        r = refs[i]
        if r.kind not in PLACE_KINDS:
            prev = None if r.kind == "facility" else prev
            continue
        if r.dest:
            # "مع سوريا في ناحية ربيعة": across a border, never inside what follows.
            prev = None
            continue
        if prev is not None and prev.end <= r.start:
            if starts is None:
                starts = token_starts(toks)
            if _only_locating(text, toks, starts, inner=prev, outer=r, lx=lx):
                out[i] = attrs.evolve(r, inner=prev.inner or prev)
        if not r.nisba:
            prev = r
    return out


def _between_words(
    text: str, toks: list[Token], starts: list[int], end: int, start: int
) -> list[Token] | None:
    """The words between a place ending at ``end`` and one starting at
    ``start``, or None if they are too far apart or a comma or a glued
    preposition separates them."""
    a = bisect_left(starts, end)
    b = bisect_left(starts, start)
    if b - a > _GAP or text[end:start].strip(" ()").count("،"):
        return None
    glued = normalise_key(text[toks[b].start : start]) if b < len(toks) else ""
    if glued.strip("و"):
        return None
    return [t for t in toks[a:b] if not is_latin_name(t)]


def _directions_only(words: Sequence[Token], lx: Lex) -> bool:
    # A place preposition with direction words ("في غرب", "جنوب شرقي").
    for n, t in enumerate(words):
        if n == 0 and t.key in lx.place_preps:
            continue
        if t.key not in lx.place_heads or t.key in lx.named_place_heads:
            return False
    return bool(words)


def _only_locating(
    text: str, toks: list[Token], starts: list[int], *, inner: Ref, outer: Ref, lx: Lex
) -> bool:
    words = _between_words(text, toks, starts, inner.end, outer.start)
    if words is None:
        return False
    if outer.nisba:
        return not words
    return _directions_only(words, lx)


def located_in(
    text: str,
    toks: list[Token],
    refs: Sequence[Ref],
    lx: Lex,
    *,
    country: str | None,
    facs: Sequence[Ref] = (),
    starts: list[int] | None = None,
) -> list[tuple[str, str]]:
    """``(inner key, outer key)`` for every place of a sentence that another
    place, or the country anaphor ("ولاية سنار جنوب شرقي البلاد": the
    article's ``country``), only locates.  A place that itself only locates
    a facility before it ("قاعدة بلدوين في إقليم هيران وسط البلاد") is a
    locator too, never the inner place.  ``starts``: the words' offsets, if known."""
    if not refs or _dated_background(toks):  # most sentences name no place
        return []
    if starts is None:
        starts = token_starts(toks)
    fac_ends = sorted(f.end for f in facs if f.kind == "facility")

    def locates_a_facility(r: Ref) -> bool:
        n = bisect_right(fac_ends, r.start)
        if n == 0:
            return False
        words = _between_words(text, toks, starts, fac_ends[n - 1], r.start)
        return words is not None and (not words or _directions_only(words, lx))

    out = []
    for r in locators(text, toks, list(refs), lx):
        inner = r.inner
        if (
            inner is not None
            and inner.kind != "country"
            and inner.key != r.key
            and not locates_a_facility(inner)
        ):
            out.append((inner.key, r.key))
    if country is None:
        return out
    for r in refs:
        if r.kind not in PLACE_KINDS or r.kind == "country" or r.nisba:
            continue
        i = bisect_left(starts, r.end)
        for j in range(i, min(len(toks), i + _GAP + 1)):
            if toks[j].key in lx.country_anaphors:
                words = _between_words(text, toks, starts, r.end, toks[j].start)
                if words is not None and _directions_only(words, lx) and not locates_a_facility(r):
                    out.append((r.key, country))
                break
    return out


_BACKGROUND_YEAR_WORDS = 5  # "وفي مارس آذار 2021": the year within the first words


def _dated_background(toks: list[Token]) -> bool:
    """Whether a sentence opens by setting itself in a year ("وفي مارس آذار
    2021 أودى حريق … بمدينة العبور شرقي القاهرة", "وخلال عام 2019"): a
    paragraph of background, whose places locate an earlier event, never the
    story's place.  The story's own day is told by a weekday or "أمس", rarely
    by a year at the head of a sentence."""
    if not toks or toks[0].key not in lexicon.word_set("story", "background_openers"):
        return False
    for t in toks[1 : _BACKGROUND_YEAR_WORDS + 1]:
        k = t.key
        if len(k) == 4 and k.isdigit() and k[:2] in ("19", "20"):
            return True
    return False


def story_place(
    place: Ref | None,
    places: Sequence[Ref],
    located: Sequence[tuple[str, str]],
    lead_end: int | None = None,
) -> Ref | None:
    """Where the article's story happens: ``place`` (the place it names
    most), unless the article locates a more specific place by it, which then wins
    (the one of those named most, the first on a tie).  With ``lead_end``,
    only a place the lead names (text before that offset) wins: "وفي قرية
    برقين غرب جنين، قالت المزارعة …" deep in a story about Jenin is an
    anecdote's village, not where the story happens."""
    if place is None:
        return None
    if lead_end is not None:
        lead = {r.key for r in places if r.start < lead_end}
        located = [(i, o) for i, o in located if i in lead]
    order: dict[str, int] = {}
    home = country_of(place.key)
    for i, o in located:
        # "سهل عكار جنوبي طرطوس": a place the gazetteer puts in another
        # country than the story place's lies beside it, never inside it.
        if o == place.key and (home is None or country_of(i) in (None, home)):
            order.setdefault(i, len(order))
    counts = Counter(r.key for r in places if r.key in order)
    if not counts:
        return place
    key = max(counts, key=lambda k: (counts[k], -order[k]))
    return next(r for r in places if r.key == key)


FORCES_BACK = 8  # armed forces named before a force phrase that it may refer to


def _name_words(text: str) -> set[str]:
    # "البعثة الأفريقية" ~ "بعثة الاتحاد الأفريقي": without ال and a
    # feminine or nisba ending, the words of a name compare.
    out = set()
    for w in normalise_key(text).split():
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        out.add(w.rstrip("ه"))
    return out


def named_force(
    phrase: Ref, forces: Sequence[Ref], aliases: Callable[[str], Sequence[str]]
) -> Ref | None:
    """The armed force named earlier in the article (``forces``, in text
    order) that a force phrase after a figure refers to: "سحب 4000 جندي من
    قوات البعثة الأفريقية" after "بعثة الاتحاد الأفريقي (أتميس)".  Every word
    of the phrase's name (after its head, قوة/قوات) must be a word of one of
    the force's names, and only one force may fit."""
    words = _name_words(phrase.surface)
    head = phrase.surface.split()[0] if phrase.surface.split() else ""
    words -= _name_words(head)
    if not words:
        return None
    fits: dict[str, Ref] = {}
    for f in reversed(forces[-FORCES_BACK:]):
        if f.key in fits:
            continue
        if any(words <= _name_words(a) for a in aliases(f.key)):
            fits[f.key] = f
    return next(iter(fits.values())) if len(fits) == 1 else None


_FORCE_NAME = 3  # words naming a force after its head noun


def gazetteer_aliases(entry_id: str) -> tuple[str, ...]:
    """Every name the built-in gazetteer knows the entry ``entry_id`` by."""
    from recon.gazetteer import shared_default

    e = shared_default().get(entry_id)
    return () if e is None else e.aliases


def force_after(s: Sentence, lx: Lex, after: int) -> Ref | None:
    """The force right after a counted noun ("من قوات البعثة الأفريقية"), if any."""
    i = s.tok(after)
    toks = s.toks
    if i + 2 >= len(toks) or toks[i].key not in lx.force_links:
        return None
    head = toks[i + 1]
    if head.key not in lx.force_heads:
        return None
    end = i + 2
    while end < len(toks) and end - i - 2 < _FORCE_NAME:
        t = toks[end]
        gap = s.text[toks[end - 1].end : t.start]
        if gap.strip() or t.key in lx.preps or t.key in lx.speaker_breakers:
            break
        if any(c.isdigit() for c in t.text) or (end > i + 2 and not t.key.startswith("ال")):
            break  # a name goes on with defined words: "البعثة الأفريقية", not "قبل"
        end += 1
    if end == i + 2:
        return None
    last = toks[end - 1]
    surface = s.text[head.start : last.end]
    return Ref(surface, head.start, last.end, "org", normalise_key(surface))
