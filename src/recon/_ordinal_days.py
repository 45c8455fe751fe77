"""How long a lasting state has gone on, told by an ordinal.

"يواصل العمال إضرابهم لليوم الثالث على التوالي" and "يدخل الإضراب يومه
السادس" say the strike has lasted three and six days, as "منذ 72 ساعة"
does.  The number parser never reads ordinals ("ثالث قاعدة" counts nothing),
so these are found here, as figures of days, weeks or months, and
:mod:`recon._field_measure` gives them the field "duration:elapsed".

Only unambiguous forms are read (``fields.toml`` ``[elapsed_ordinals]``,
the ordinals of ``numbers.toml`` ``[definite_ordinals]``):
the unit noun with "ل" ("لليوم", "للشهر") or a possessive ("يومه",
"شهرها"), or any form followed by "على التوالي".  A bare "في اليوم الثالث
لإغلاق الجسر" names a day, not how long something has lasted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from itertools import compress, count
from operator import itemgetter
from typing import Any

from recon import lexicon
from recon._tokens import Chunks, chunk_rows, chunks_of, laid_out
from recon.model import Quantity
from recon.normalise import Normalised, normalise_key
from recon.numbers import QuantityMatch

__all__ = ["is_ordinal_duration", "ordinal_durations"]

_WORD = re.compile(r"\S+")
_KEY = itemgetter(2)
_UNITS = ("day", "week", "month")
_LEMMAS = {"day": "يوم", "week": "أسبوع", "month": "شهر"}
_PUNCT = "،,.:;!؟?\"'«»()"


@lru_cache(maxsize=2)
def _table(
    lang: str,
) -> tuple[dict[str, str], dict[tuple[str, ...], int], tuple[tuple[str, ...], ...]]:
    """(unit noun form → unit, ordinal words → value, "in a row" phrases)."""
    t = lexicon.load("fields", lang).get("elapsed_ordinals", {})
    nouns = {normalise_key(str(w)): u for u in _UNITS for w in t.get(u, [])}
    ordinals = lexicon.load("numbers", lang).get("definite_ordinals", {})
    values = {tuple(normalise_key(str(k)).split()): int(v) for k, v in ordinals.items()}
    rows = tuple(tuple(normalise_key(str(p)).split()) for p in t.get("in_a_row", []))
    return nouns, values, rows


lexicon.on_clear(_table.cache_clear)


def _bare(key: str) -> bool:
    # "اليوم"/"يوم" need "على التوالي"; "لليوم", "يومه" do not.
    return not key.startswith("ل") and not key.endswith(("ه", "ها", "هم", "هما"))


def is_ordinal_duration(q: QuantityMatch) -> bool:
    """Whether figure ``q`` is one :func:`ordinal_durations` found: its unit
    noun stands before its number ("لليوم الثالث")."""
    return (
        q.noun_start is not None
        and q.noun_end is not None
        and q.noun_start == q.start
        and q.number_start >= q.noun_end
    )


def _words(chunk: str) -> tuple[tuple[int, int, str], ...]:
    """The words of ``chunk`` (start, end, key) with the punctuation glued to
    them ("التوالي،") cut off."""
    out = []
    for m in _WORD.finditer(chunk):
        w = m.group()
        lead = len(w) - len(w.lstrip(_PUNCT))
        body = w.strip(_PUNCT)
        if body:
            out.append((m.start() + lead, m.start() + lead + len(body), normalise_key(body)))
    return tuple(out)


# Chunk -> its words (recon._tokens): news text repeats its chunks, and
# keying every word of every article anew cost more than the rest of the
# search.
_CHUNK_WORDS: dict[str, tuple[tuple[int, int, str], ...]] = {}
# Per language, chunk -> whether one of its words is a unit noun ("لليوم"):
# only those chunks can start an elapsed ordinal, and few chunks are.
_NOUN_CHUNKS: dict[str, dict[str, bool]] = {}
lexicon.on_clear(_NOUN_CHUNKS.clear)
# A text with more than one chunk holding a unit noun per _SPARSE non-empty
# chunks is laid out whole, once (the nouns' windows would overlap); a
# sparser one is read in a window per noun.
_SPARSE = 32
_WINDOW = 64  # chunks a noun's window may span


def _holds_noun(nouns: dict[str, str], chunk: str) -> bool:
    return any(w[2] in nouns for w in _words(chunk))


def _window(parts: list[str], at: list[int], c: int, reach: int) -> tuple[Any, ...] | None:
    """The words of chunks ``c`` onward until ``reach`` words follow chunk
    ``c``'s own (or the text ends): their keys, starts and ends, and how many
    are chunk ``c``'s.  Each try is C-level passes over a slice, its size
    doubled until enough; None past :data:`_WINDOW` chunks (a long run of
    chunks without words: the text is then laid out whole instead)."""
    size = reach + 1
    while size <= _WINDOW:
        rows = chunk_rows(parts[c : c + size], _CHUNK_WORDS, _words)
        words, ws, we = laid_out(rows, at[c : c + size])
        if len(words) - len(rows[0]) >= reach or c + size >= len(parts):
            return list(map(_KEY, words)), ws, we, len(rows[0])
        size *= 2
    return None


def ordinal_durations(
    norm: Normalised, lang: str = "ar", *, chunks: Chunks | None = None
) -> list[QuantityMatch]:
    """Every elapsed ordinal in ``norm`` (a document's normalised text) as a
    figure of days, weeks or months, with offsets into the original text.
    ``chunks`` are ``norm.text``'s (:func:`recon._tokens.chunks_of`), if
    already split.  One pass over the chunks, then the words from each unit
    noun on: linear in the text."""
    nouns, values, rows = _table(lang)
    if not nouns or not values:
        return []
    # \S+ never crosses the spaces and line breaks chunks are split on.
    parts, at = chunks or chunks_of(norm.text)
    # Only a unit noun ("لليوم", "يومه") can start one: the chunks holding
    # one are found in one C-level pass, and usually only the few words
    # after each are laid out (no pass over every word of the article).
    hits = chunk_rows(parts, _NOUN_CHUNKS.setdefault(lang, {}), partial(_holds_noun, nouns))
    n_hits = hits.count(True)
    if not n_hits:
        return []
    longest = max(len(v) for v in values)
    # Words a noun's ordinal and "على التوالي" after it may reach.
    reach = longest + max((len(r) for r in rows), default=0)
    out: list[QuantityMatch] = []
    # (Empty chunks, between repeated spaces, hold no word: not counted.)
    if n_hits * _SPARSE <= len(parts) - parts.count(""):
        for c in compress(count(), hits):
            found = _window(parts, at, c, reach)
            if found is None:
                out.clear()  # read anew below, from the whole text
                break
            keys, ws, we, own = found
            sel = (i for i in range(own) if keys[i] in nouns)
            _read(norm, keys, ws, we, sel, out=out, lang=lang)
        else:
            return out
    words, ws, we = laid_out(chunk_rows(parts, _CHUNK_WORDS, _words), at)
    keys = list(map(_KEY, words))
    _read(norm, keys, ws, we, compress(count(), map(nouns.__contains__, keys)), out=out, lang=lang)
    return out


def _read(
    norm: Normalised,
    keys: list[str],
    w_start: Sequence[int],
    w_end: Sequence[int],
    at: Iterable[int],
    *,
    out: list[QuantityMatch],
    lang: str,
) -> None:
    """The elapsed ordinals starting at the unit nouns ``at`` (indexes into
    ``keys``, with the words' offsets in ``norm``), appended to ``out``."""
    nouns, values, rows = _table(lang)
    longest = max(len(v) for v in values)
    for i in at:
        key = keys[i]
        unit = nouns[key]
        for n in range(longest, 0, -1):
            value = values.get(tuple(keys[i + 1 : i + 1 + n]))
            if value is not None and i + n < len(keys):
                break
        else:
            continue
        end = i + n  # the ordinal's last word
        in_a_row = any(tuple(keys[end + 1 : end + 1 + len(r)]) == r for r in rows)
        if _bare(key) and not in_a_row:
            continue
        start, stop = norm.span(w_start[i], w_end[end])
        o_start, o_stop = norm.span(w_start[i + 1], w_end[end])
        n_start, n_stop = norm.span(w_start[i], w_end[i])
        out.append(
            QuantityMatch(
                start=start,
                end=stop,
                quantity=Quantity(value=value, unit=unit, raw=norm.original[start:stop]),
                number_start=o_start,
                number_end=o_stop,
                noun=_LEMMAS[unit],
                noun_start=n_start,
                noun_end=n_stop,
            )
        )
