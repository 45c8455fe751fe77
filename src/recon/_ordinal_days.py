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
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from recon import lexicon
from recon._tokens import Chunks, chunk_rows, chunks_of, laid_out
from recon.model import Quantity
from recon.normalise import Normalised, normalise_key
from recon.numbers import QuantityMatch

__all__ = ["is_ordinal_duration", "ordinal_durations"]

_WORD = re.compile(r"\S+")
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
_KEY = itemgetter(2)


def ordinal_durations(
    norm: Normalised, lang: str = "ar", *, chunks: Chunks | None = None
) -> list[QuantityMatch]:
    """Every elapsed ordinal in ``norm`` (a document's normalised text) as a
    figure of days, weeks or months, with offsets into the original text.
    ``chunks`` are ``norm.text``'s (:func:`recon._tokens.chunks_of`), if
    already split.  One pass over the words: linear in the text."""
    nouns, values, rows = _table(lang)
    if not nouns or not values:
        return []
    # \S+ never crosses the spaces and line breaks chunks are split on.
    chunks = chunks or chunks_of(norm.text)
    words, w_start, w_end = laid_out(chunk_rows(chunks.parts, _CHUNK_WORDS, _words), chunks.starts)
    keys = list(map(_KEY, words))
    longest = max(len(v) for v in values)
    out: list[QuantityMatch] = []
    # Only a unit noun ("لليوم", "يومه") can start one: found in one C-level pass.
    for i in compress(count(), map(nouns.__contains__, keys)):
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
    return out
