"""A coarse Latin consonant skeleton where Arabic and Latin spellings meet.

Names cross scripts in the news: "K1" is "ك 1" or "كي وان", "Caggins" is
"كاغينز" or "كيغنز", "Trump" is "ترامب" or "ترمب".  Exact transliteration
is hopeless (Arabic rarely writes short vowels; each outlet renders foreign
sounds its own way), so both scripts are reduced to the same *skeleton*:

* consonants folded into classes that transliterations confuse:
  ك ق خ k q c(+a/o/u) kh → ``k``; غ ج گ g j gh → ``g``; س ص ش ز s z sh ch
  → ``s``; ت ط ث t th → ``t``; د ض ذ ظ d dh → ``d``; ح ه h → ``h``;
  ب پ b p → ``b``; ف ڤ f v ph → ``f``;
* vowels dropped (ا ى ة ع ء and a e i o u; و ي w y except word-initially),
  and a word-final ه, which is a vowel marker or a folded ta marbuta;
* doubled letters collapsed;
* numbers spelled out in either script ("وان", "one") read as digits (the
  words come from the ``[link] spelled_digits`` table of the gazetteer
  lexicon).

The skeleton is a *blocking and scoring* device, never a display form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from recon import lexicon
from recon.gazetteer import tokens
from recon.normalise import normalise_key

__all__ = ["is_arabic", "is_latin", "skeleton", "skeleton_token", "spelled_digits"]

# Classes of letters that transliteration confuses (see module docstring).
_AR = {
    "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ج": "g", "چ": "s", "ح": "h", "خ": "k",
    "د": "d", "ذ": "d", "ر": "r", "ز": "s", "س": "s", "ش": "s", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "d", "غ": "g", "ف": "f", "ڤ": "f", "ق": "k", "ك": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
_AR_VOWELS = frozenset("اىةعءوي")
_LATIN_DIGRAPHS = (
    ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"),
    ("ph", "f"), ("ck", "k"), ("ou", "u"), ("ee", "i"), ("oo", "u"),
)  # fmt: skip
_LATIN = {
    "q": "k", "x": "ks", "j": "g", "v": "f", "p": "b", "z": "s",
}  # fmt: skip
_LATIN_VOWELS = frozenset("aeiouyw")
# Latin article tokens ("al-Asad", "el-Sisi") carry no name.
_LATIN_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an", "az", "at", "ath"})


_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_LATIN_RE = re.compile("[A-Za-z]")


def is_arabic(s: str) -> bool:
    """Whether ``s`` holds any Arabic letter."""
    return _ARABIC_RE.search(s) is not None


def is_latin(s: str) -> bool:
    """Whether ``s`` holds any ASCII letter."""
    return _LATIN_RE.search(s) is not None


def spelled_digits() -> dict[str, str]:
    """Spelled-out numbers (matching keys) → digit strings, from the lexicon."""
    return _spelled()


@lru_cache(maxsize=1)
def _spelled() -> dict[str, str]:
    table = lexicon.load("gazetteer").get("link", {}).get("spelled_digits", {})
    return {normalise_key(k): str(v) for k, v in table.items()}


lexicon.on_clear(_spelled.cache_clear)


def _collapse(chars: list[str]) -> str:
    out: list[str] = []
    for c in chars:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=65536)
def skeleton_token(tok: str) -> str:
    """The skeleton of one matching-normalised token (see module docstring)."""
    if tok.isdigit():
        return str(int(tok)) if len(tok) < 30 else tok
    digit = _spelled().get(tok)
    if digit is not None:
        return digit
    if is_arabic(tok):
        if tok.startswith("ال") and len(tok) > 3:
            tok = tok[2:]
        out: list[str] = []
        last = len(tok) - 1
        for i, c in enumerate(tok):
            if c in _AR_VOWELS:
                if i == 0 and c in "وي":
                    out.append("w" if c == "و" else "y")
                continue
            if c == "ه" and i == last and i > 0:
                continue
            out.append(_AR.get(c, c))
        return _collapse(out)
    # Latin accents (Erdoğan, Guterres/Guterrés) are spelling, not sound classes.
    t = unicodedata.normalize("NFKD", tok.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    if t in _LATIN_ARTICLES:
        return ""
    for a, b in _LATIN_DIGRAPHS:
        t = t.replace(a, b)
    if len(t) > 2 and t.endswith("h") and t[-2] in "aeiou":
        t = t[:-1]  # Fallujah, Sadah: a final h only marks the vowel.
    res: list[str] = []
    for i, c in enumerate(t):
        if c == "c":
            res.append("s" if i + 1 < len(t) and t[i + 1] in "eiy" else "k")
        elif c in _LATIN_VOWELS:
            if i == 0 and c in "wy":
                res.append(c)
        else:
            res.extend(_LATIN.get(c, c))
    return _collapse(res)


def skeleton(text: str) -> str:
    """The skeleton of a name: one skeleton per token, joined by spaces
    (empty tokens, such as Latin articles, dropped)."""
    return " ".join(s for s in (skeleton_token(t) for t in tokens(text)) if s)
