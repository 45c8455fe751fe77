"""Arabic numbers and quantities: "لا يقل عن 1.1 مليون دولار" → at least $1,100,000.

:func:`find_quantities` finds every figure in an article, :func:`parse_quantity`
reads a phrase holding one.  The grammar is driven by the lexicons
``numbers``, ``units`` and ``qualifiers`` (see ``recon/lexicons/ar``).

The text is normalised once, tokenised once with a regex that cannot
backtrack, and walked left to right.  At each anchor (a digit run, a number
word, a dual noun) a number chain is read; a chain is bounded (scales must
fall, each slot of a group fills once), and qualifiers, ranges and the
counted noun are looked for within a bounded number of tokens around it, so
the work is linear in the length of the text.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import partial
from itertools import compress
from operator import itemgetter
from typing import Any

import attrs

from recon._fast_values import _quantity
from recon._numbers_chain import _chain, _digit_ok, _Num
from recon._numbers_lexicon import (
    _FRAC,
    _V,
    _after,
    _before,
    _chunk_tokens,
    _Cx,
    _isdigit,
    _isword,
    _out,
    _plen,
    _tables,
)
from recon._tokens import Chunks, chunk_rows, chunks_of, laid_out
from recon.errors import InputError
from recon.model import Qualifier, Quantity
from recon.normalise import Normalised, normalise, normalise_key
from recon.units import UNITS

__all__ = ["QuantityMatch", "find_quantities", "parse_quantity"]

_SPLIT = re.compile(r"(\d+(?:[.,]\d+)*|[^\W\d_]+|\S)")
_MARKS = frozenset("\u0640" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670")


@attrs.frozen(kw_only=True)
class QuantityMatch:
    """One quantity found in a text; every offset points into the original text.

    ``start``/``end`` cover qualifier, number and counted noun;
    ``number_start``/``number_end`` the figure alone; ``noun`` is the lexicon
    lemma of the counted noun or unit word ("جندي", "دولار", "وفاة") with its
    span, or None when the figure counts nothing named.  ``field`` is the
    field the figure's own words say, when they say one (a figure of none:
    "دون تسجيل إصابات" is no one injured; :mod:`recon._zero_figures`).
    """

    start: int
    end: int
    quantity: Quantity
    number_start: int
    number_end: int
    noun: str | None = None
    noun_start: int | None = None
    noun_end: int | None = None
    field: str | None = None


def _unit(cx: _Cx, j: int, allow_def: bool) -> tuple[str, str, int, int, int] | None:
    """The counted noun or unit at token ``j``: (lemma, unit, first, end, particle length)."""
    toks, t = cx.toks, cx.t
    w = cx.tok(j)
    if w in t.symbols:
        return w, t.symbols[w], j, j + 1, 0
    k = j + 1 if w == "من" else j
    for p, rest, noun in t.nouns.get(cx.tok(k), ()):
        if p and not (p in t.sets["definite"] and (allow_def or k > j)):
            continue
        e = k + 1 + len(rest)
        if tuple(toks[k + 1 : e]) == rest:
            unit = noun.unit_in(cx.country)
            adj = cx.tok(e)
            if adj in noun.adjectives:
                unit, e = noun.adjectives[adj], e + 1
            return noun.lemma, unit, k, e, _plen(p)
    if k == j and len(w) >= t.nisba_min and w not in t.sets["not_nisba"]:
        for suf in t.nisba:
            if w.endswith(suf):
                return normalise(w[: -len(suf)] + "ي").text, "person", j, j + 1, 0
    return None


def _scaled(cx: _Cx, j: int) -> tuple[tuple[str, str, int, int, int], int] | None:
    """A scale and a noun abbreviated at token ``j`` ("م.د"): the noun as
    :func:`_unit` gives it, and the scale."""
    for ab, scale, noun_tok in cx.t.scaled.get(cx.tok(j), ()):
        if tuple(cx.toks[j : j + len(ab)]) != ab:
            continue
        for p, rest, noun in cx.t.nouns.get(noun_tok, ()):
            if not p and not rest:
                return (noun.lemma, noun.unit_in(cx.country), j, j + len(ab), 0), scale
    return None


def _range(cx: _Cx, c1: _Num, pb: int) -> tuple[_Num, _Num] | None:
    """A second figure making ``c1`` a range (بين 10 و20, من 10 إلى 20, 10-20)."""
    sets, j = cx.t.sets, c1.end
    w = cx.tok(j)
    between = cx.tok(pb) in sets["between"]
    if w == "و" or (between and w.startswith("و") and cx.t.words.get(w, ("",))[0] == "و"):
        if not between:
            return None
        k = j + 1 if w == "و" else j
    elif w in sets["range_to"]:
        k = j + 1
        if w != "-" and any(cx.tok(m) in sets["change_words"] for m in range(pb - 4, pb + 1)):
            return None  # ارتفع من 300 إلى 363: a change, not a range
    else:
        return None
    c2 = _chain(cx, k, "و" if k == j else "")
    if c2 is None or c2.low is not None or c2.noun or c2.frac_only:
        return None
    if w == "-" and not (c1.digits and c2.digits):
        return None
    if c2.scale and not c1.scale and c1.value * c2.scale <= c2.value:
        c1 = attrs.evolve(c1, value=c1.value * c2.scale)  # بين 2 و3 ملايين
    return (c1, c2) if c1.value < c2.value else None


# Dimensions whose units nest by whole factors: "ساعتان و15 دقيقة",
# "كيلومتر و200 متر" are one figure in the smaller unit.
_NESTED = frozenset({"duration", "length", "mass"})


def _ratio(big: str, small: str) -> int | None:
    """How many ``small`` units make one ``big`` one, when a whole number > 1."""
    a, b = UNITS.get(big), UNITS.get(small)
    if a is None or b is None or a.dimension != b.dimension or a.dimension not in _NESTED:
        return None
    r = a.factor / b.factor
    n = round(r)
    return n if n > 1 and abs(r - n) < 1e-9 * r else None


def _smaller_part(cx: _Cx, j: int, unit: str) -> tuple[int, _V, str, int] | None:
    """A figure in a smaller unit joined by و at token ``j`` ("ساعتين و15
    دقيقة"): how many make one ``unit``, its value, its unit, its end token."""
    w = cx.tok(j)
    if w == "و":
        k, p = j + 1, ""
    elif cx.t.words.get(w, ("",))[0] == "و":
        k, p = j, "و"
    else:
        return None
    c2 = _chain(cx, k, p)
    if c2 is None or c2.low is not None or c2.frac_only or c2.construct:
        return None
    if c2.noun is not None:
        small, end = c2.noun.unit_in(cx.country), c2.end
    else:
        u2 = _unit(cx, c2.end, False)
        if u2 is None:
            return None
        small, end = u2[1], u2[3]
    n = _ratio(unit, small)
    return None if n is None else (n, c2.value, small, end)


def _thousandth(tok: str) -> bool:
    """Whether digits ``tok`` are a number of one or two digits, one comma and
    three digits ("2,620"): a decimal where the press writes a decimal comma."""
    head, comma, tail = tok.partition(",")
    return bool(comma) and 1 <= len(head) <= 2 and len(tail) == 3 and tail.isdigit()


def _counted_before(prev: str, c: Any, t: Any) -> bool:
    """Whether a definite cardinal of three to nineteen follows the definite
    plural it counts, an adjective, as a figure: people ("إنقاذ الناجين
    الثمانية", "المعتقلين الخمسة عشر", "البحارة الاثنا عشر") or things
    the units list ("القوارب الستة"), a sound feminine plural ("الحاويات
    الثلاث") or a broken plural of ``[counted_forms]`` ("الأبراج الأربعة
    عشر").  Days and measures ("الأيام الثلاثة", "الكيلومترات العشرة") and
    plurals of unknown sense ("الأحزاب السبعة") are not read so."""
    if not (3 <= c.value <= 19 and c.low is None and prev.startswith("ال")):
        return False
    if prev.endswith(("ين", "ون")) and len(prev) >= _PLURAL_MIN:
        return True
    units = [n.unit for p, rest, n in t.nouns.get(prev, ()) if p == "ال" and not rest]
    if units:
        return "person" in units or "item" in units
    return (prev.endswith("ات") and len(prev) >= _PLURAL_MIN) or prev in t.sets["counted_plurals"]


_PLURAL_MIN = 6  # "الناجين": the article, a stem, the plural ending


def _dotted_thousands(tok: str) -> bool:
    """Whether digits ``tok`` are one to three digits, one dot and three
    digits ("45.100"): thousands where the press writes a decimal comma."""
    head, dot, tail = tok.partition(".")
    return bool(dot) and 1 <= len(head) <= 3 and len(tail) == 3 and tail.isdigit()


def _lead_unit(cx: _Cx, k: int) -> tuple[str, str] | None:
    """The unit noun in the singular at token ``k``, which counts one of its
    unit before "و" and a figure ("ساعة و40 دقيقة", "ساعة ونصف"): its lemma and unit."""
    w = cx.tok(k)
    for p, rest, noun in cx.t.nouns.get(w, ()):
        if not p and not rest and normalise_key(noun.lemma) == w:
            return noun.lemma, noun.unit_in(cx.country)
    return None


def _marker(cx: _Cx, k: int, word: bool) -> bool:
    """Whether token ``k`` before digits is a definite unit of length ("عند
    الكيلومتر 60"): the figure is a marker along a road, a distance."""
    if word:
        return False
    for p, rest, noun in cx.t.nouns.get(cx.tok(k), ()):
        if p and not rest and noun.unit in UNITS and UNITS[noun.unit].dimension == "length":
            return True
    return False


_Found = tuple[int, int, dict[str, Any], int, int, "str | None", int, int]


def _match(cx: _Cx, i: int) -> tuple[_Found | None, int]:
    """The quantity anchored at token ``i`` (in normalised offsets) and where to go on."""
    toks, ts, te, sets = cx.toks, cx.ts, cx.te, cx.t.sets
    prefix, pb = "", i - 1
    if _isdigit(toks[i]):
        ok, prefix, pb = _digit_ok(cx, i)
        if not ok:
            return None, i + 1
    c = _chain(cx, i, prefix)
    if c is None:
        return None, i + 1
    fail = None, c.end
    word = not _isdigit(toks[i])
    definite = c.prefix in sets["definite"]
    prev = cx.tok(pb)
    # "having" before a definite cardinal and its noun ("الفندق ذي الأربعة عشر طابقاً")
    definite_ok = _counted_before(prev, c, cx.t) or prev in sets["possessing"]
    # "الحادي عشر": a number word after an ordinal continues it; digits do not
    # ("خلال الأسبوع الأول 21 ألف شخص").
    if (word and definite and not c.plural and not definite_ok) or (
        word and prev in sets["ordinals"]
    ):
        return fail
    # "الطريق 6", "المادة 140": a label; "إغلاق الطريق 3 أيام" counts days (below).
    labelled = prev in sets["id_cues"]
    # An offset is worked out when read (recon._tokens.Offsets): read once.
    sb, sb_len = i, _plen(c.prefix) if word else 0
    nstart = ts[i] + sb_len
    lo = hi = None
    rng = _range(cx, c, pb)
    if rng is not None and c.low is None and not c.noun:
        c, c2 = rng
        value: _V = Fraction(c.value + c2.value) / 2
        lo, hi, nend_tok = c.value, c2.value, c2.end
        if prev in sets["between"] or prev in sets["range_from"]:
            sb, sb_len = pb, len(prev) - (3 if prev.endswith("بين") else 2)
            if prev in sets["between"] and cx.tok(pb - 1) == "ما":
                sb, sb_len = pb - 1, 0
    else:
        rng = None
        value, nend_tok = c.value, c.end
        if c.low is not None:
            lo, hi = c.low, c.high
    nend = te[nend_tok - 1]
    fail = None, nend_tok
    y0, y1 = cx.t.year
    mark = cx.tok(nend_tok)
    if c.digits and mark in sets["year_markers"] and (mark != "م" or y0 <= value <= y1):
        return fail  # 2011م, 1441 هـ
    lemma: str | None = None
    unit, e, ns, ne = "", nend_tok, 0, 0
    if c.noun is not None:
        nxt = cx.tok(i + 1)
        if c.construct and (
            not _isword(nxt)
            or nxt in sets["not_after_construct"]
            or nxt.endswith("يا")
            or nxt in cx.t.words
            # Two people in construct govern a definite noun ("طالبا الجامعة");
            # "طالبا عدم كشف اسمه" is an accusative participle, "requesting".
            # Things may govern a bare name ("صاروخا كاتيوشا").
            or (c.noun.unit == "person" and not nxt.startswith("ال"))
        ):
            return fail
        lemma, unit, ns, ne = c.noun.lemma, c.noun.unit_in(cx.country), nstart, te[i]
    else:
        u: tuple[str, str, int, int, int] | None
        sc = _scaled(cx, nend_tok) if not word and rng is None and c.low is None else None
        if sc is not None:
            u, scale = sc
            value = value * scale  # "150 م.د": 150 million dinars
        else:
            u = _unit(cx, nend_tok, c.plural or definite or c.low is not None)
        sym = cx.tok(i - 1) if not prefix and cx.adjacent(i) else ""
        if u is None and not word and sym in cx.t.symbols and not _isdigit(cx.tok(i - 2)):
            u, sb, sb_len = (sym, cx.t.symbols[sym], i - 1, i, 0), i - 1, 0  # $100, %5
        if u is None and cx.tok(pb) in cx.t.nouns and (c.weak or _marker(cx, pb, word)):
            # "عند الكيلومتر 60": a road's marker, so many km along it.
            for p, rest, noun in cx.t.nouns[cx.tok(pb)]:
                if not rest and (not p or p in sets["definite"]):
                    u = (noun.lemma, noun.unit_in(cx.country), pb, pb + 1, _plen(p))
                    sb, sb_len = pb, _plen(p)
                    break
        if u is not None:
            lemma, unit = u[0], u[1]
            ns, ne = ts[u[2]] + u[4], te[u[3] - 1]
            e = max(e, u[3])
    if (
        lemma is not None
        and c.digits
        and cx.country in cx.t.decimal_comma
        and _thousandth(toks[i])
        and unit in UNITS
        and UNITS[unit].dimension.startswith("currency:")
    ):
        value = Fraction(value) / 1000  # "2,620 دينار" in a Tunisian story: 2.620 dinars
    elif (
        c.digits
        and rng is None
        and c.low is None
        and c.end == i + 1
        and cx.country in cx.t.decimal_comma
        and _dotted_thousands(toks[i])
        and unit not in cx.t.millesimal
    ):
        value = Fraction(value) * 1000  # "45.100 طن" in a Moroccan story: 45,100 tonnes
    if labelled and lemma is None:
        return fail
    joined = (c.prefix if word else prefix) == "و"
    lead = _lead_unit(cx, pb) if joined else None
    led = False  # the figure starts at a unit noun before its number ("ساعة و40")
    if lead is not None and c.frac_only and lemma is None and _ratio(lead[1], "second"):
        # "ساعة ونصف": one of the unit and the fraction.
        lemma, unit, value = lead[0], lead[1], 1 + value
        ns, ne, nstart, sb, sb_len, led = ts[pb], te[pb], ts[pb], pb, 0, True
    elif lead is not None and lemma is not None and rng is None and c.low is None:
        n = _ratio(lead[1], unit)
        if n is not None:  # "ساعة و40 دقيقة": 100 minutes
            value, nstart, sb, sb_len, led = n + value, ts[pb], pb, 0, True
    if c.noun is None and lemma is None:
        after = cx.tok(nend_tok)
        weak = (
            c.weak
            and toks[i] not in sets["standalone_numbers"]
            and after not in sets["weak_of_them"]
        )
        if c.frac_only or (not word and definite) or (weak and _isword(prev) and i > 0):
            return fail
        if after in sets["months"] or (after == "من" and cx.tok(nend_tok + 1) in sets["months"]):
            return fail
        if (prev in sets["months"] and prev not in sets["possessing"]) or (
            prev == "/" and cx.tok(pb - 1) in sets["months"]
        ):
            return fail
        if after in sets["time_markers"]:
            return fail
        years = [v for v in ((lo, hi) if rng else (value,)) if v is not None]
        if (
            not word
            and all(v.denominator == 1 and y0 <= v <= y1 for v in years)
            and (rng or prev in sets["year_cues"])
        ):
            return fail
    if lemma is not None and unit and rng is None and c.low is None:
        fr = cx.t.words.get(cx.tok(e))
        if fr and fr[0] == "و" and fr[1].kind == _FRAC:  # ساعتين ونصف
            value, e = value + fr[1].value, e + 1
        elif (part := _smaller_part(cx, e, unit)) is not None:  # "ساعتين و15 دقيقة": 135 minutes
            value, unit, e = value * part[0] + part[1], part[2], part[3]
    qual = Qualifier.EXACT
    q_start = ts[sb] + sb_len
    pre = _before(cx, sb, "" if led else c.prefix if word else prefix)
    post = _after(cx, e)
    if pre is not None and pre[0] is not Qualifier.EXACT:
        qual, q_start = pre[0], ts[pre[1]] + pre[2]
    elif post is not None:
        qual = post[0]
    if post is not None:
        e = post[1]
    end = max(te[e - 1], nend)
    kw: dict[str, Any] = {"value": _out(value), "unit": unit, "qualifier": qual}
    if lo is not None and hi is not None:
        kw.update(
            qualifier=Qualifier.RANGE if rng else Qualifier.VAGUE, low=_out(lo), high=_out(hi)
        )
    return (q_start, end, kw, nstart, nend, lemma, ns, ne), e


def _ext(text: str, s: int, e: int) -> tuple[int, int]:
    while e < len(text) and text[e] in _MARKS:  # keep trailing diacritics in the span
        e += 1
    return s, e


def find_quantities(
    text: str, *, lang: str = "ar", country: str | None = None
) -> list[QuantityMatch]:
    """Every quantity in ``text``, in order, with spans into the original text.

    Years, days of the month, clock times, ordinals, phone numbers and
    figures inside names (K1, F-16, كوفيد-19) are not quantities.

    ``country`` is the ISO 3166 alpha-2 code of the country the text is about
    (the gazetteer's country id, e.g. ``"sy"``), when known: a currency noun
    without an adjective then means that country's currency ("500 ليرة" in a
    Syrian story is SYP, "20 درهما" in a Moroccan one MAD), per the
    ``currency_by_country`` table of the ``units`` lexicon.  Without it a bare
    noun keeps its own unit (دينار → IQD, درهم → AED, ليرة → none).
    :func:`recon.extract.extract` passes the article's main country.
    """
    if not isinstance(text, str):
        raise InputError(f"find_quantities needs a str, got {type(text).__name__}", item=text)
    if not isinstance(lang, str):
        raise InputError(f"lang must be a str, got {lang!r}", item=lang)
    if country is not None and not isinstance(country, str):
        raise InputError(f"country must be a str code or None, got {country!r}", item=country)
    return quantities_in(normalise(text), lang=lang, country=country)


_ROW_TOKEN, _ROW_ANCHOR = itemgetter(2), itemgetter(3)


def quantities_in(
    norm: Normalised,
    *,
    lang: str = "ar",
    country: str | None = None,
    chunks: Chunks | None = None,
) -> list[QuantityMatch]:
    """:func:`find_quantities` on a text already normalised (checked
    arguments): :func:`recon.extract.extract` normalises an article once for
    its figures and its dates, and splits it once (``chunks``, of ``norm.text``)."""
    text = norm.original
    t = _tables(lang)
    # C-level passes only: these see every token of the text; each distinct
    # chunk between spaces is cut once (recon._tokens).
    parts, at = chunks if chunks is not None else chunks_of(norm.text)
    rows = chunk_rows(parts, t.chunks, partial(_chunk_tokens, t))
    flat, ts, te = laid_out(rows, at)
    toks = list(map(_ROW_TOKEN, flat))
    cx = _Cx(t, toks, ts, te, flat, country.lower() if country else None)
    anchors = list(compress(range(len(toks)), map(_ROW_ANCHOR, flat)))
    out: list[QuantityMatch] = []
    i = 0
    for a in anchors:
        if a < i:
            continue
        found, i = _match(cx, a)
        if found is None:
            continue
        s, e, kw, a, b, lemma, ns, ne = found
        s, e = _ext(text, *norm.span(s, e))
        a, b = _ext(text, *norm.span(a, b))
        nspan = _ext(text, *norm.span(ns, ne)) if lemma is not None else (None, None)
        out.append(
            QuantityMatch(
                start=s,
                end=e,
                quantity=_quantity(raw=text[s:e], **kw),
                number_start=a,
                number_end=b,
                noun=lemma,
                noun_start=nspan[0],
                noun_end=nspan[1],
            )
        )
    return out


def parse_quantity(text: str, *, lang: str = "ar", country: str | None = None) -> Quantity | None:
    """The quantity in a phrase ("نحو 200 عسكري" → about 200 persons), or None.

    When the phrase holds several, the first is returned; ``country`` is as
    for :func:`find_quantities`.
    """
    found = find_quantities(text, lang=lang, country=country)
    return found[0].quantity if found else None
