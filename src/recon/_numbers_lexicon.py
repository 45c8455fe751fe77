"""Lexicon tables for :mod:`recon.numbers`: what a single token means.

The ``numbers``, ``units`` and ``qualifiers`` lexicons are compiled here into
lookup dicts keyed by folded token (every number word with its proclitic and
article forms, the counted nouns with their duals and plurals, the qualifier
phrases indexed by their last token), next to the value of a digit token.
Building the tables is a one-off job per language, separate from the
left-to-right scan in :mod:`recon.numbers` that uses them; the compiled
tables are cached and dropped whenever :func:`recon.lexicon.clear_cache` runs.
The scan's token view (:class:`_Cx`) and its qualifier look-ups sit at the
end, so :mod:`recon.numbers` holds the grammar alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from itertools import accumulate
from typing import Any, TypeAlias

import attrs

from recon import lexicon
from recon.errors import LexiconError
from recon.model import Qualifier
from recon.normalise import normalise
from recon.units import UNITS

# Digit runs (with inner separators), letter runs, or any other single char.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")
_SPLIT_RE = re.compile("(" + _TOKEN.pattern + ")")
# Lookup form on top of normalise(): ة/ه and ى/ي are written interchangeably.
_FOLD = str.maketrans({"ة": "ه", "ى": "ي"})
_NUM, _SCALE, _FRAC, _FRACPL, _VAGUE, _DUAL = range(6)
_SG, _DU, _DUACC, _PL = range(4)  # forms of a scale word
_U, _T, _H, _ALL = 1, 2, 4, 7  # slots of a group: units, tens, hundreds
# Figures stay exact: ints, or Fractions once a decimal or fraction is involved.
_V: TypeAlias = "int | Fraction"
_F0: _V = 0
_MAX_DIGITS = 12  # longer digit runs are phone numbers or identifiers


@attrs.frozen(eq=False)
class _Noun:
    lemma: str
    unit: str
    adjectives: dict[str, str]
    by_country: dict[str, str] = attrs.Factory(dict)  # country code → currency

    def unit_in(self, country: str | None) -> str:
        """The unit this noun stands for in an article about ``country``."""
        if country is not None:
            return self.by_country.get(country, self.unit)
        return self.unit


@attrs.frozen
class _Word:
    kind: int
    value: _V = _F0
    slot: int = 0
    form: int = 0  # scale form; for a cardinal 1 = only as first half of a teen
    low: _V = _F0
    high: _V = _F0
    noun: _Noun | None = None
    construct: bool = False  # dual spelled like an accusative singular (صاروخا)


@attrs.define
class _Tables:
    words: dict[str, tuple[str, _Word]] = attrs.Factory(dict)
    nouns: dict[str, list[tuple[str, tuple[str, ...], _Noun]]] = attrs.Factory(dict)
    before: dict[str, list[tuple[tuple[str, ...], frozenset[str], Qualifier, bool]]] = (
        attrs.Factory(dict)
    )
    after: dict[str, list[tuple[tuple[str, ...], Qualifier]]] = attrs.Factory(dict)
    sets: dict[str, frozenset[str]] = attrs.Factory(dict)
    symbols: dict[str, str] = attrs.Factory(dict)
    fracpl: dict[str, Fraction] = attrs.Factory(dict)
    year: tuple[int, int] = (1900, 2100)
    decimal_comma: frozenset[str] = frozenset()  # countries writing "2,620" for 2.62
    millesimal: frozenset[str] = frozenset()  # currencies of a thousand parts ("2.620 دينار")
    nisba: tuple[str, ...] = ()
    nisba_min: int = 5
    # A scale and a noun abbreviated after a figure ("150 م.د": million
    # dinars), by first token: (tokens, scale, the noun's first token).
    scaled: dict[str, list[tuple[tuple[str, ...], int, str]]] = attrs.Factory(dict)
    # Per distinct chunk between spaces, its tokens (recon.numbers._chunk_tokens).
    chunks: dict[str, tuple[tuple[int, int, str, bool, bool], ...]] = attrs.Factory(dict)


def _key(s: str) -> str:
    return normalise(s).text.translate(_FOLD)


def _toks(s: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(_key(s)))


def _strs(data: dict[str, Any], name: str, where: str) -> list[str]:
    v = data.get(name, [])
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise LexiconError(f"'{name}' must be a list of strings", path=where)
    return v


def _build(lang: str) -> _Tables:
    num = lexicon.load("numbers", lang)
    uni = lexicon.load("units", lang)
    qua = lexicon.load("qualifiers", lang)
    t = _Tables()
    procl = [_key(p) for p in _strs(num, "proclitics", "numbers")]
    defin = [_key(p) for p in _strs(num, "definite", "numbers")]
    for name in (
        "year_cues",
        "year_markers",
        "months",
        "id_cues",
        "time_markers",
        "ordinals",
        "digit_prefixes",
        "change_words",
        "range_from",
        "range_to",
        "teen_marker",
        "hundred",
        "not_numbers",
        "not_after_construct",
        "standalone_numbers",
        "weak_of_them",
        "possessing",
    ):
        forms = {_key(w) for w in _strs(num, name, "numbers")}
        if name in ("year_cues", "id_cues", "ordinals", "months", "range_from"):
            forms |= {p + w for w in forms for p in procl + defin}
        t.sets[name] = frozenset(forms)
    t.sets["between"] = frozenset(
        p + w for w in (_toks(b)[-1] for b in num.get("range_between", [])) for p in ["", *procl]
    )
    t.sets["definite"] = frozenset(defin)
    # Broken plurals of counted things (fields.toml [counted_forms]): a
    # definite cardinal after one counts them ("الأبراج الأربعة عشر").
    forms = lexicon.load("fields", lang).get("counted_forms", {})
    t.sets["counted_plurals"] = frozenset(
        "ال" + _key(f) for fs in forms.values() if isinstance(fs, list) for f in fs
    )
    pending: list[tuple[int, str, str, _Word]] = []

    def add(form: str, w: _Word, prefixes: bool = True) -> None:
        k = _key(form)
        pending.append((0, k, "", w))
        for p in (procl + defin) if prefixes else []:
            pending.append((len(p), p + k, p, w))
            if p.endswith("لل") and k.startswith("ل"):
                pending.append((len(p), p + k[1:], p, w))

    try:
        for v, forms in num.get("cardinals", {}).items():
            val = int(v)
            slot = _U if val < 10 else _T if val < 100 else _H
            for f in forms:
                add(f, _Word(_NUM, val, slot))
        for v, forms in num.get("teen_only", {}).items():
            for f in forms:
                add(f, _Word(_NUM, int(v), _U, 1))
        for sc in num.get("scale", []):
            sval = int(sc["value"])
            lo, hi = (int(x) for x in sc["vague"])
            for form, name in (
                (_SG, "singular"),
                (_DU, "dual"),
                (_DUACC, "dual_or_accusative"),
                (_PL, "plural"),
            ):
                for f in sc.get(name, []):
                    add(f, _Word(_SCALE, sval, 0, form, lo, hi))
        for v, forms in num.get("fractions", {}).items():
            for f in forms:
                add(f, _Word(_FRAC, Fraction(v)))
        for v, forms in num.get("fraction_plurals", {}).items():
            for f in forms:
                t.fracpl[_key(f)] = Fraction(v)
        for vg in num.get("vague", []):
            w = _Word(
                _VAGUE,
                int(vg.get("base", 1)),
                0,
                0,
                int(vg["low"]),
                int(vg["high"]),
            )
            for f in vg["forms"]:
                add(f, w)
        for form, (scale, noun) in num.get("scaled_abbreviations", {}).items():
            ab = _toks(form)
            t.scaled.setdefault(ab[0], []).append((ab, int(scale), _key(str(noun))))
        t.year = (int(num["year_range"][0]), int(num["year_range"][1]))
        t.decimal_comma = frozenset(str(c).lower() for c in num.get("decimal_comma_countries", []))
        t.millesimal = frozenset(str(c) for c in num.get("millesimal_currencies", []))
        _nouns(t, uni, procl, defin, add)
        _quals(t, qua, procl)
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError) as e:
        raise LexiconError(f"malformed number/unit lexicon for {lang!r}: {e!r}") from None
    for _, k, p, w in sorted(pending, key=lambda x: x[0]):
        if k not in t.sets["not_numbers"]:
            t.words.setdefault(k, (p, w))
    return t


def _nouns(t: _Tables, uni: dict[str, Any], procl: list[str], defin: list[str], add: Any) -> None:
    t.symbols = {_key(k): v for k, v in uni.get("symbols", {}).items()}
    adjs = uni.get("currency_adjectives", {})
    by_country = uni.get("currency_by_country", {})
    rows: list[tuple[tuple[str, ...], _Noun]] = []
    for code, table in uni.get("nouns", {}).items():
        unit = code if code in UNITS else ""
        for lemma, forms in table.items():
            adj: dict[str, str] = {}
            for a, c in adjs.get(lemma, {}).items():
                ka = _key(a)
                for end in ("", "ا", "ه", "ين", "ون", "يه", "يين"):
                    for p in ("", "ال"):
                        adj[p + ka + end] = c
            ctx = {
                str(c).lower(): str(v) if str(v) in UNITS else ""
                for c, v in by_country.get(lemma, {}).items()
            }
            noun = _Noun(lemma, unit, adj, ctx)
            lk = _toks(lemma)
            plurals = {_toks(f) for f in forms}
            rows += [(f, noun) for f in {lk, *plurals}]
            if all(w[-1] not in "هاو" for w in lk):
                rows.append((tuple(w + "ا" for w in lk), noun))
            # A singular spelled another way takes the accusative too ("شيقلاً"
            # beside "شيكلاً"); plurals and abbreviations ("كم", not "كما") do not.
            rows += [
                ((f[0] + "ا",), noun)
                for f in plurals
                if len(f) == 1
                and len(f[0]) >= 4
                and f[0][-1] not in "هاوي"
                and f[0][-2:] != "ات"
                and (f[0] + "ا",) not in plurals
            ]
            # A feminine singular listed beside the lemma ("سيدة" under امرأة,
            # "طفلة" under طفل) has a dual of its own: "وتوفيت سيدتان".
            feminine = [f[0] for f in plurals if len(f) == 1 and f[0].endswith("ه")]
            for word in feminine:
                stem = word[:-1] + "ت"
                for d in (stem + "ان", stem + "ين"):
                    if (d,) not in plurals:
                        rows.append(((d,), noun))
                        add(d, _Word(_DUAL, 2, noun=noun))
                add(stem + "ي", _Word(_DUAL, 2, noun=noun))
            if len(lk) != 1 or lk[0][-1] in "او":
                continue
            stem, fem = (lk[0][:-1] + "ت", True) if lk[0].endswith("ه") else (lk[0], False)
            for d in (stem + "ان", stem + "ين"):
                if (d,) not in plurals:
                    rows.append(((d,), noun))
                    add(d, _Word(_DUAL, 2, noun=noun))
            add(stem + "ا", _Word(_DUAL, 2, noun=noun, construct=not fem))
            if fem:
                # The genitive construct of a feminine dual: "انتشال جثتي بحارين".
                add(stem + "ي", _Word(_DUAL, 2, noun=noun))
    for toks, noun in rows:
        first, rest = toks[0], toks[1:]
        for p in ["", *procl, *defin]:
            t.nouns.setdefault(p + first, []).append((p, rest, noun))
    for lst in t.nouns.values():
        lst.sort(key=lambda r: -len(r[1]))
    ns = uni.get("nisba", {})
    t.nisba = tuple(_key(s) for s in ns.get("suffixes", []))
    t.nisba_min = int(ns.get("min_length", 5))
    t.sets["not_nisba"] = frozenset(_key(w) for w in ns.get("not_nisba", []))


def _quals(t: _Tables, qua: dict[str, Any], procl: list[str]) -> None:
    for name, table in qua.items():
        q = Qualifier(name)
        for ph in table.get("before", []):
            toks = _toks(ph)
            needs_b = len(toks) > 1 and toks[-1] == "ب"
            toks = toks[:-1] if needs_b else toks
            firsts = frozenset([toks[0], *(p + toks[0] for p in procl)])
            for last in firsts if len(toks) == 1 else (toks[-1],):
                t.before.setdefault(last, []).append((toks, firsts, q, needs_b))
        for ph in table.get("after", []):
            toks = _toks(ph)
            t.after.setdefault(toks[0], []).append((toks, q))
    for d in (t.before, t.after):
        for lst in d.values():
            lst.sort(key=lambda r: -len(r[0]))


def _chunk_tokens(t: _Tables, chunk: str) -> tuple[tuple[int, int, str, bool, bool], ...]:
    """The tokens of one chunk without spaces: (start, end, token, whether it
    can anchor a figure: a digit run or a number word, whether it touches the
    token before it) within the chunk."""
    folded = chunk.replace("ة", "ه").replace("ى", "ي")
    if folded.isalpha():
        # Letters alone (most chunks): one letter run, the chunk itself.
        return ((0, len(folded), folded, folded in t.words, False),)
    # Tokens and the white space between them alternate in the split, so
    # offsets are running sums of lengths: token k is [at[2k + 1], at[2k + 2]).
    parts = _SPLIT_RE.split(folded)
    at = list(accumulate(map(len, parts), initial=0))
    toks = parts[1::2]
    return tuple(
        (s, e, w, w in t.words or "0" <= w[0] <= "9", k > 0 and not parts[2 * k])
        for k, (s, e, w) in enumerate(zip(at[1:-1:2], at[2::2], toks, strict=True))
    )


_CACHE: dict[str, _Tables] = {}
lexicon.on_clear(_CACHE.clear)


def _tables(lang: str) -> _Tables:
    t = _CACHE.get(lang)
    if t is None:
        t = _CACHE[lang] = _build(lang)
    return t


def _digits(w: str, scale_next: bool) -> _V | None:
    """The value of a digit token, or None for what is no plain figure (1,1,1; 05)."""
    if len(w) > 2 * _MAX_DIGITS:
        return None
    head, dot, frac = w.partition(".")
    if "." in frac or "," in frac:
        return None
    if "," in head:
        parts = head.split(",")
        if 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
            head = "".join(parts)
        elif len(parts) == 2 and not dot and len(parts[1]) <= 2 and scale_next:
            head, dot, frac = parts[0], ".", parts[1]  # Maghrebi decimal comma: 1,5 مليار
        else:
            return None
    if len(head) > _MAX_DIGITS or (len(head) > 1 and head[0] == "0"):
        return None
    return Fraction(f"{head}.{frac}") if dot else int(head)


# -- token helpers of the scan in recon.numbers ---------------------------


@attrs.define
class _Cx:
    t: _Tables
    toks: list[str]
    # Sequences of offsets (recon._tokens.Offsets: worked out when read).
    ts: Sequence[int]
    te: Sequence[int]
    # The tokens' rows (recon.numbers._chunk_tokens): each says whether it
    # touches the token before it, so adjacency needs no offsets (tokens of
    # two chunks never touch: a space lies between them).
    rows: Sequence[tuple[int, int, str, bool, bool]]
    country: str | None = None  # the article's country: what a bare "ليرة" is

    def tok(self, k: int) -> str:
        return self.toks[k] if 0 <= k < len(self.toks) else ""

    def adjacent(self, k: int) -> bool:  # token k touches token k-1
        return 0 < k < len(self.toks) and self.rows[k][4]


def _isdigit(w: str) -> bool:
    return "0" <= w[:1] <= "9"


def _isword(w: str) -> bool:
    return w[:1].isalpha()


def _before(cx: _Cx, sb: int, prefix: str) -> tuple[Qualifier, int, int] | None:
    """The qualifier phrase ending right before token ``sb``: (qualifier, token, particle len)."""
    toks, before = cx.toks, cx.t.before
    tries = [(sb - 1, prefix.endswith("ب"))]
    if cx.tok(sb - 1) == "ب":
        tries.append((sb - 2, True))
    for pos, has_b in tries:
        if pos < 0:
            continue
        for ph, firsts, q, needs_b in [*before.get(toks[pos], ()), *before.get("*", ())]:
            s = pos - len(ph) + 1
            if (needs_b and not has_b) or s < 0 or toks[s] not in firsts:
                continue
            # A loop, not all() over a generator: most tries fail at once.
            for m in range(1, len(ph)):
                w = toks[s + m]
                if ph[m] != w and not (ph[m] == "*" and _isword(w)):
                    break
            else:
                return q, s, len(toks[s]) - len(ph[0])
    return None


def _after(cx: _Cx, e: int) -> tuple[Qualifier, int] | None:
    for ph, q in cx.t.after.get(cx.tok(e), ()):
        if tuple(cx.toks[e : e + len(ph)]) == ph:
            return q, e + len(ph)
    return None


def _plen(p: str) -> int:
    """How much of an attached prefix to leave out of a span: particles, not the article."""
    return len(p) - 2 if p.endswith("ال") else len(p)


def _out(v: _V) -> float:
    if isinstance(v, int):
        return v
    return int(v) if v.denominator == 1 else float(v)
