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

The private pairwise rules at the end (``_translit_ok`` and helpers) decide
whether two names of the linker (:mod:`recon.link`) spell one name: same
skeleton, and differences that are spelling (long tokens, long vowels added
to a foreign given name or inside a place name), not another word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Protocol

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


# --------------------------------------------------------------------------
# Pairwise spelling rules: whether two names (linker keys or nodes) spell one
# name.  They look at the two names only; recon.link clusters with them.

# Below this many skeleton consonants a spelling difference is more likely
# another word (see :func:`_spelling_variant`).
_MIN_VARIANT_SKELETON = 4
# An identical token vouches for a short variant beside it from this length.
_MIN_NAME_SKELETON = 3
# Long-vowel letters of matching-normalised Arabic (ى, آ/أ/إ are folded already).
_LONG_VOWELS = frozenset("اوي")


@lru_cache(maxsize=1)
def _native_letters() -> frozenset[str]:
    """Letters of Arabic sounds that foreign names are not written with; a name
    holding one is read as an Arabic name, where long vowels tell names apart."""
    data = lexicon.load("gazetteer").get("link", {})
    return frozenset(normalise_key(str(data.get("native_letters", ""))).replace(" ", ""))


lexicon.on_clear(_native_letters.cache_clear)


class _Keyed(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def hint(self) -> str | None: ...
    @property
    def skeleton(self) -> tuple[str, ...]: ...
    @property
    def script(self) -> str: ...
    @property
    def kept(self) -> tuple[str, ...]: ...


def _translit_ok(a: _Keyed, b: _Keyed, vowel: frozenset[str]) -> bool:
    """Same skeleton, and enough of it to be evidence (docs/linking.md, the
    ``translit`` rule)."""
    if a.name == b.name:
        return bool(a.name)
    if not a.skeleton or "".join(a.skeleton) != "".join(b.skeleton):
        return False
    letters = sum(len(t) for t in a.skeleton if not t.isdigit())
    digits = any(t.isdigit() for t in a.skeleton)
    if digits and letters >= 1:
        return True  # a code name (K1 = ك 1 = كي 1): the number carries it
    if a.script != b.script:
        # Across scripts the skeleton is the only evidence: two consonants
        # (القيارة = "kr" = Cairo) are too little.
        return letters >= 3
    if a.skeleton != b.skeleton:
        return False
    # Latin writes its vowels: Tramp is not Trump, Suleimani is Soleimani.
    if "ar" not in a.script and any(
        x != y and min(len(x), len(y)) < 6 for x, y in _zip_tokens(a.name, b.name)
    ):
        return False
    return _spelling_variant(a, b, vowel)


def _spelling_variant(a: _Keyed, b: _Keyed, vowel: frozenset[str]) -> bool:
    """Every differing token is a spelling variant: a long token (a skeleton of
    four or more consonants) that is not a vowel-sensitive Arabic name, or a
    short token of a foreign person's name spelt with more or fewer long
    vowels (وين/واين ماروتو, جيمس جيفري/جفري), see :func:`_foreign_person`;
    such short variants need as many identical tokens beside them."""
    ta, tb = a.name.split(), b.name.split()
    if len(ta) != len(tb):
        return False
    short, same = 0, 0
    for x, y in zip(ta, tb, strict=True):
        if x == y:
            same += len(skeleton_token(x)) >= _MIN_NAME_SKELETON
            continue
        if x in vowel or y in vowel:
            return False
        if min(len(skeleton_token(x)), len(skeleton_token(y))) >= _MIN_VARIANT_SKELETON:
            if _native_word(x, y):
                return False  # برقين is not البراكنة: an Arabic word keeps its letters
            continue
        if not _vowel_insertion(x, y):
            return False
        short += 1
    if not short:
        return True
    return (short <= same and _foreign_person(a, b)) or _place_variant(a, b)


def _native_word(x: str, y: str) -> bool:
    """Whether two long tokens in Arabic script are Arabic words (one holds a
    letter of an Arabic sound, ``native_letters``) that differ in more than
    their long vowels: then they are two words, not two spellings of one
    foreign name (غوتيريش/جوتيريش differ in a letter no native word needs)."""
    native = _native_letters()
    if native.isdisjoint(x) and native.isdisjoint(y):
        return False
    return _consonants(x) != _consonants(y)


def _consonants(word: str) -> str:
    return "".join(c for c in word if c not in _LONG_VOWELS)


def _place_variant(a: _Keyed, b: _Keyed) -> bool:
    """Whether two Arabic names of places spell one name with more or fewer
    long vowels inside its tokens (جوهر/جوهار، مقديشو/مقديشيو).

    Both sides must be known places or facilities (a kind word, a hint or a
    gazetteer anchor): an unhinted سمير may be a man, and Arabic given names
    use long vowels to tell names apart (سمر/سمير), so a bare name joins
    only through a hinted mention of its own spelling.  A vowel added before
    the first or after the last letter (مصر/مصري, a nisba) is another word."""
    if a.script != "ar" or b.script != "ar":
        return False
    if _place_kind(a) not in ("place", "facility") or _place_kind(a) != _place_kind(b):
        return False
    for x, y in zip(a.name.split(), b.name.split(), strict=True):
        if x == y or min(len(skeleton_token(x)), len(skeleton_token(y))) >= _MIN_VARIANT_SKELETON:
            continue
        s, lng = (x, y) if len(x) < len(y) else (y, x)
        if len(skeleton_token(s)) < _MIN_NAME_SKELETON or s[-1] != lng[-1]:
            return False
        if not _vowel_insertion(x, y):
            return False
    return True


def _place_kind(k: _Keyed) -> str:
    # A linker node carries its anchor's class as ``cls``; a bare key its hint.
    return str(getattr(k, "cls", "") or k.hint or "")


def _vowel_insertion(x: str, y: str) -> bool:
    """Whether the longer token is the shorter one with long-vowel letters
    added after its first letter (وين → واين), not a change of vowel (جون ≠
    جين, John is not Jane)."""
    s, lng = (x, y) if len(x) < len(y) else (y, x)
    if len(s) == len(lng) or not s:
        return False
    j = 0
    for i, c in enumerate(lng):
        if j < len(s) and c == s[j]:
            j += 1
        elif i == 0 or c not in _LONG_VOWELS:
            return False
    return j == len(s)


def _foreign_person(a: _Keyed, b: _Keyed) -> bool:
    """Whether two names look like renderings of one foreign person, so that
    their short tokens may differ in long vowels.

    Arabic names use long vowels to tell names apart (زيد/زايد، سمر/سمير), so
    the rule stays off when either name has an article-prefixed token
    (الجبوري) or a letter foreign names are not written with (ع ح ص ق…, the
    ``[link] native_letters`` of the gazetteer lexicon)."""
    if a.script != "ar":
        return False
    if (a.hint or "") not in ("", "person") or (b.hint or "") not in ("", "person"):
        return False
    native = _native_letters()
    for tok in (*a.kept, *b.kept):
        if tok.startswith("ال") or any(c in native for c in tok):
            return False
    return True


def _variant_block(n: _Keyed) -> tuple[str, ...]:
    """A key that two same-script nodes share whenever :func:`_translit_ok`
    can accept them: long tokens by skeleton, short ones without their long
    vowels, so a skeleton bucket is never compared all-pairs."""
    out = []
    for tok in n.name.split():
        sk = skeleton_token(tok)
        out.append(sk if len(sk) >= _MIN_VARIANT_SKELETON else _devowel(tok))
    return (n.script, *out)


def _devowel(tok: str) -> str:
    return tok[:1] + "".join(c for c in tok[1:] if c not in _LONG_VOWELS)


def _zip_tokens(a: str, b: str) -> list[tuple[str, str]]:
    ta, tb = a.split(), b.split()
    return list(zip(ta, tb, strict=True)) if len(ta) == len(tb) else [(a, "")]
