"""How long a lasting state has gone on, told by an ordinal.

"يواصل العمال إضرابهم لليوم الثالث على التوالي" and "يدخل الإضراب يومه
السادس" say the strike has lasted three and six days, as "منذ 72 ساعة"
does.  The number parser never reads ordinals ("ثالث قاعدة" counts nothing),
so these are found here, as figures of days, weeks or months, and
:mod:`recon._field_measure` gives them the field "duration:elapsed".

Only unambiguous forms are read (``fields.toml`` ``[elapsed_ordinals]``):
the unit noun with "ل" ("لليوم", "للشهر") or a possessive ("يومه",
"شهرها"), or any form followed by "على التوالي".  A bare "في اليوم الثالث
لإغلاق الجسر" names a day, not how long something has lasted.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from itertools import compress, count
from operator import itemgetter

from recon import lexicon
from recon._tokens import MAX_CHUNK_LEN, MAX_CHUNKS, Chunks, chunk_rows, chunks_of
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
    values = {tuple(normalise_key(str(k)).split()): int(v) for k, v in t.get("values", {}).items()}
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


def _holds_noun(nouns: dict[str, str], chunk: str) -> bool:
    return any(w[2] in nouns for w in _words(chunk))


def _chunk_words(chunk: str) -> tuple[tuple[int, int, str], ...]:
    words = _CHUNK_WORDS.get(chunk)
    if words is None:
        words = _words(chunk)
        if len(_CHUNK_WORDS) >= MAX_CHUNKS:
            _CHUNK_WORDS.clear()  # bounded memory over an open-ended vocabulary
        if len(chunk) <= MAX_CHUNK_LEN:
            _CHUNK_WORDS[chunk] = words
    return words


def ordinal_durations(
    norm: Normalised, lang: str = "ar", *, chunks: Chunks | None = None
) -> list[QuantityMatch]:
    """Every elapsed ordinal in ``norm`` (a document's normalised text) as a
    figure of days, weeks or months, with offsets into the original text.
    ``chunks`` are ``norm.text``'s (:func:`recon._tokens.chunks_of`), if
    already split.  One pass over the chunks, then a few words after each
    unit noun: linear in the text."""
    nouns, values, rows = _table(lang)
    if not nouns or not values:
        return []
    # \S+ never crosses the spaces and line breaks chunks are split on.
    parts, at = chunks or chunks_of(norm.text)
    table = _NOUN_CHUNKS.setdefault(lang, {})
    # Only a unit noun ("لليوم", "يومه") can start one: the chunks holding
    # one are found in one C-level pass, and only the words from there on
    # are laid out (no pass over every word of the article).
    hits = chunk_rows(parts, table, partial(_holds_noun, nouns))
    longest = max(len(v) for v in values)
    # Words a noun's ordinal and "على التوالي" after it may reach.
    reach = longest + max((len(r) for r in rows), default=0)
    out: list[QuantityMatch] = []
    for c in compress(count(), hits):
        own = _chunk_words(parts[c])
        words = [(at[c] + s, at[c] + e, k) for s, e, k in own]
        # The words of the chunks after it, until ``reach`` words follow the
        # chunk's last word (or the text ends).
        j = c + 1
        while len(words) - len(own) < reach and j < len(parts):
            words += [(at[j] + s, at[j] + e, k) for s, e, k in _chunk_words(parts[j])]
            j += 1
        keys = list(map(_KEY, words))
        for i in range(len(own)):
            key = keys[i]
            unit = nouns.get(key)
            if unit is None:
                continue
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
            start, stop = norm.span(words[i][0], words[end][1])
            o_start, o_stop = norm.span(words[i + 1][0], words[end][1])
            n_start, n_stop = norm.span(words[i][0], words[i][1])
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
    return out
