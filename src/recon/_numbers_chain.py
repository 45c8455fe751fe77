"""One number of an Arabic text: a chain of digits and number words joined
by و ("مليون و700 ألف", "ثلاثة وأربعين", "1.1 مليون"), read from one token.

:func:`_chain` reads it, :func:`_digit_ok` says whether a digit run can start
one at all (not a phone number, a date or a name such as "F-16").  Split from
:mod:`recon.numbers`, which finds the quantities these numbers start.
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from recon._numbers_lexicon import (
    _ALL,
    _DU,
    _DUACC,
    _DUAL,
    _F0,
    _FRAC,
    _H,
    _NUM,
    _PL,
    _SCALE,
    _SG,
    _T,
    _U,
    _V,
    _VAGUE,
    _Cx,
    _digits,
    _isdigit,
    _isword,
    _Noun,
    _Word,
)
from recon.units import UNITS


@attrs.define
class _Num:
    value: _V
    end: int
    prefix: str = ""
    low: _V | None = None
    high: _V | None = None
    scale: _V = _F0
    weak: bool = False
    frac_only: bool = False
    digits: bool = False
    plural: bool = False
    noun: _Noun | None = None
    construct: bool = False


def _vague(cx: _Cx, k: int, p: str, r: _Word, base: _V | None) -> _Num:
    lo, hi = r.low, r.high
    nxt = cx.t.words.get(cx.tok(k + 1))
    if base is not None and nxt and nxt[0] in ("", "ال"):
        w = nxt[1]
        if w.kind == _SCALE or (w.kind == _VAGUE and w.value > 1):
            lo, hi, k = lo * w.value, (hi + 1) * w.value - 1, k + 1
    return _Num(Fraction(lo + hi) / 2, k + 1, p, lo, hi, plural=True)


def _measured_next(cx: _Cx, k: int) -> bool:
    """Whether token ``k`` makes a figure before it a measure ("مليار", "%",
    "بالمائة", "كلم"), so that a comma and one or two digits in it are a
    decimal comma ("1,5 مليار", "37,08 بالمائة"): a list of figures ("1,5")
    is followed by none of these, and people are never counted in fractions."""
    w = cx.tok(k)
    hit = cx.t.words.get(w)
    if hit is not None and hit[1].kind == _SCALE and not hit[0]:
        return True
    if w in cx.t.symbols:
        return True
    for _p, rest, noun in cx.t.nouns.get(w, ()):
        unit = UNITS.get(noun.unit_in(cx.country))
        if (
            unit is not None
            and not unit.count
            and tuple(cx.toks[k + 1 : k + 1 + len(rest)]) == rest
        ):
            return True
    return False


def _tens_next(words: dict[str, tuple[str, _Word]], nx: str) -> bool:
    """Whether token ``nx`` is "و" glued to a tens word ("وعشرون", "وثلاثين"):
    after it, the first half of a teen ("أحد", "إحدى") counts one."""
    hit = words.get(nx)
    return hit is not None and hit[0] == "و" and hit[1].kind == _NUM and hit[1].slot == _T


def _chain(cx: _Cx, i: int, first_prefix: str) -> _Num | None:
    """Read the number starting at token ``i``: digits and words joined by و."""
    toks, words, sets, n = cx.toks, cx.t.words, cx.t.sets, len(cx.toks)
    total = group = scale = _F0
    slots = count = 0
    j = end = i
    prefix, digits, first_frac, weak, plural, stop = first_prefix, False, False, False, False, False
    group_from = -1  # where a group begun with و after a scale started (its و)
    while j < n and not stop:
        k, conj = j, False
        if count and toks[k] == "و":
            conj, k = True, k + 1
            if k >= n:
                break
        if scale and group == 0:
            group_from = j
        w, step = toks[k], 1
        if _isdigit(w):
            if count and (not conj or slots):
                break
            # Only a comma can make the digits a decimal ("1,5 مليار"): the
            # token after them is read for that alone.
            v = _digits(w, "," in w and _measured_next(cx, k + 1))
            if v is None:
                break
            group, slots, digits = v, _ALL, count == 0
        else:
            hit = words.get(w)
            if hit is None:
                break
            p, r = hit
            if count == 0:
                prefix = p
            elif p == "و" and not conj:
                conj = True
            elif p == "ال" and first_frac and not total and r.kind == _SCALE and r.form == _SG:
                pass  # "نصف المليون", "ثلاثة أرباع المليون": a fraction of the scale
            elif p:
                break
            nx = cx.tok(k + 1)
            if r.kind == _NUM:
                v, s = r.value, r.slot
                if s == _U and nx in sets["teen_marker"]:
                    v, s, step = v + 10, _U | _T, 2
                elif r.form == 1 and not _tens_next(words, nx):
                    break  # "إحدى" alone; "إحدى عشرة", "إحدى وعشرون" are figures
                elif s == _U and v >= 3 and nx in sets["hundred"]:
                    v, s, step = v * 100, _H, 2
                elif count == 0 and nx in cx.t.fracpl:
                    v, s, step, first_frac = v * cx.t.fracpl[nx], _ALL, 2, True
                if (count and not conj) or slots & s or (s == _H and slots):
                    break
                weak = count == 0 and step == 1 and v <= 2
                group += v
                slots |= s
            elif r.kind == _SCALE:
                if count == 0 and r.form == _PL:
                    return _vague(cx, k, p, r, None)
                if group == 0:
                    if (count and not conj) or r.form == _PL:
                        break
                    mult: _V = 2 if r.form in (_DU, _DUACC) else 1
                    if r.form == _DUACC and (nx == "و" or words.get(nx, ("",))[0] == "و"):
                        mult = 1  # خصص مليوناً و700 ألف: accusative, not dual
                else:
                    if conj or r.form == _DU:
                        break
                    mult = group
                if scale and r.value >= scale:
                    if group and group_from >= 0:
                        # "280 ألفا و300 ألف": the و begins a second figure
                        # with its own scale, not a lower group of this one.
                        end, group = group_from, _F0
                    break
                total, group, slots, scale = total + mult * r.value, _F0, 0, r.value
                plural, weak = r.form == _PL, False
            elif r.kind == _FRAC:
                if count == 0:
                    group, slots, first_frac = r.value, _ALL, True
                elif not conj:
                    break
                elif group == 0:
                    total += r.value * scale
                    stop = True
                    nxt = words.get(cx.tok(k + 1))
                    if nxt and nxt[0] == "ال" and nxt[1].kind == _SCALE and nxt[1].value == scale:
                        step = 2  # مليون ونصف المليون
                else:
                    group, slots, stop = group + r.value, _ALL, True
            elif count:
                break
            elif r.kind == _VAGUE:
                return _vague(cx, k, p, r, r.value)
            else:
                end = k + 1
                nxt = words.get(cx.tok(end))
                if nxt is not None and nxt[1].kind == _DUAL and not nxt[0]:
                    end += 1  # "جثتي بحارين": the two of two, one figure
                return _Num(r.value, end, p, noun=r.noun, construct=r.construct)
        count += 1
        j = end = k + step
    if count == 0:
        return None
    return _Num(
        total + group,
        end,
        prefix,
        scale=scale,
        weak=weak and count == 1,
        frac_only=first_frac and not scale,
        digits=digits and count == 1,
        plural=plural,
    )


def _digit_ok(cx: _Cx, i: int) -> tuple[bool, str, int]:
    """Whether digit token ``i`` can be a figure; its glued particle; the token before it."""
    sets = cx.t.sets
    prev, nxt = cx.tok(i - 1), cx.tok(i + 1)
    if _isdigit(prev) or _isdigit(nxt):  # phone numbers, IDs: "0770 123 4567"
        return False, "", i - 1
    if cx.adjacent(i + 1) and (
        (nxt in (":", "/", ".") and _isdigit(cx.tok(i + 2)))
        or (nxt.isascii() and nxt.isalpha())
        or (nxt == "-" and cx.adjacent(i + 2) and _isword(cx.tok(i + 2)))
    ):
        return False, "", i - 1  # 10:30, 29/3, 1st, 19-كوفيد
    if cx.adjacent(i) and (
        prev in ("+", "#")
        or (prev in (":", "/") and _isdigit(cx.tok(i - 2)))
        or (prev == "-" and cx.adjacent(i - 1) and _isword(cx.tok(i - 2)))
    ):
        return False, "", i - 1  # +964, F-16, كوفيد-19, إس-400
    if _isword(prev):
        if prev in sets["digit_prefixes"] and (cx.adjacent(i) or prev in ("و", "ب", "ل", "ف")):
            return True, prev, i - 2
        if cx.adjacent(i) or len(prev) == 1:
            return False, "", i - 1  # K1, G20, "ك 1": a name
    return True, "", i - 1
