"""A gazetteer of known places, forces, organisations and people.

Entries come from ``lexicons/ar/gazetteer.toml`` (merged with user lexicon
folders like every lexicon), from a user TOML/JSON file
(:meth:`Gazetteer.from_file`) or from code (:meth:`Gazetteer.add`).

Matching works on *tokens* of the matching-normalised text
(:func:`recon.normalise.normalise` with ``for_matching``): diacritics,
tatweel, hamza seats, ta marbuta and alef maqsura never matter.  Every token
is reduced to a canonical form without the definite article, and the first
token of a name may carry attached proclitics (و ف ب ك ل, لل), so
"وبالعراق", "للعراق" and "العراقَ" all meet the alias "العراق".  Names are
found in a whole article with a token trie in one left-to-right pass.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

import attrs

from recon import lexicon
from recon._gaz_index import (
    _ARTICLE,
    TOKEN_RE,
    _Index,
    _Terminal,
    canon_token,
    matching_key,
    proclitic_variants,
    tokens,
)
from recon._slots import setters
from recon._tokens import chunk_rows, chunk_starts, laid_out, split_chunks
from recon.errors import LexiconError
from recon.normalise import Normalised, normalise

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

__all__ = [
    "TOKEN_RE",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerMatch",
    "builtin_data",
    "canon_token",
    "matching_key",
    "proclitic_variants",
    "slug",
    "tokens",
]

_ROW_HEADS = itemgetter(3)
_NISBA_SUFFIXES = ("", "ه", "ا", "ون", "ين", "ات")


def _str_tuple(v: Iterable[str]) -> tuple[str, ...]:
    return tuple(v)


@attrs.frozen(kw_only=True)
class GazetteerEntry:
    """One known thing: a stable ``id``, an English display ``name``, its
    ``kind`` and every surface form (``aliases``) it is written with."""

    id: str
    name: str
    kind: str = "unknown"
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    # Names that are also common words ("مالي": Mali, "financial"): found in a
    # text only bare and right after a word that introduces a place ("في
    # مالي", "شمال مالي"; the file's ``[guarded] after``), looked up always.
    guarded: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)


@attrs.frozen(kw_only=True)
class GazetteerMatch:
    """An occurrence of an entry in a text; offsets index the original text."""

    start: int
    end: int
    entry: GazetteerEntry
    surface: str
    alias: str


_NEW = object.__new__
_GM_START, _GM_END, _GM_ENTRY, _GM_SURFACE, _GM_ALIAS = setters(
    GazetteerMatch, ("start", "end", "entry", "surface", "alias")
)


def _gazetteer_match(
    start: int, end: int, entry: GazetteerEntry, surface: str, alias: str
) -> GazetteerMatch:
    """``GazetteerMatch(start=..., end=..., entry=..., surface=..., alias=...)``
    without attrs' keyword-call machinery (recon._slots)."""
    m = _NEW(GazetteerMatch)
    _GM_START(m, start)
    _GM_END(m, end)
    _GM_ENTRY(m, entry)
    _GM_SURFACE(m, surface)
    _GM_ALIAS(m, alias)
    return m


def slug(name: str) -> str:
    """A stable ASCII id for ``name`` (a hash when it has no Latin letters)."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = "-".join(re.findall(r"[a-z0-9]+", ascii_.lower()))
    if s:
        return s
    return "x-" + hashlib.sha1(matching_key(name).encode("utf-8")).hexdigest()[:10]


# "أبو حمد" and "أبوحمد", "أبو ظبي" and "أبوظبي": a name opening with أبو is
# written both spaced and joined, so each such alias gets the other form.
_KUNYA = ("أبو", "ابو")


def _kunya_variants(alias: str) -> list[str]:
    for k in _KUNYA:
        if not alias.startswith(k):
            continue
        rest = alias[len(k) :]
        if rest.startswith(" ") and " " not in rest[1:]:
            return [k + rest[1:]]
        if len(rest) > 2 and " " not in rest:
            return [k + " " + rest]
    return []


def _entry_from_data(d: Any, where: str) -> GazetteerEntry:
    if not isinstance(d, Mapping):
        raise LexiconError("a gazetteer entry must be a table", path=where, entry=d)
    name = d.get("name")
    if not isinstance(name, str) or not name.strip():
        raise LexiconError("gazetteer entry needs a non-empty 'name'", path=where, entry=d)
    kind = d.get("kind", "unknown")
    eid = d.get("id", slug(name))
    aliases = d.get("aliases", [])
    nisba = d.get("nisba", [])
    guarded = d.get("guarded", [])
    for label, v in (("aliases", aliases), ("nisba", nisba), ("guarded", guarded)):
        if not isinstance(v, list) or not all(isinstance(a, str) and a.strip() for a in v):
            raise LexiconError(
                f"'{label}' must be a list of non-empty strings", path=where, entry=d
            )
    if not isinstance(kind, str) or not isinstance(eid, str) or not eid:
        raise LexiconError("'kind' and 'id' must be non-empty strings", path=where, entry=d)
    unknown = set(d) - {"id", "name", "kind", "aliases", "nisba", "guarded"}
    if unknown:
        raise LexiconError(f"unknown keys {sorted(unknown)}", path=where, entry=d)
    forms = list(aliases)
    forms += [v for a in aliases for v in _kunya_variants(a)]
    for raw_stem in nisba:
        # Nisba adjectives: masc., fem., accusative, plurals, each with and without ال.
        stem = raw_stem.strip()
        for suf in _NISBA_SUFFIXES:
            w = stem + ("ة" if suf == "ه" else suf)
            forms += [w, _ARTICLE + w]
    return GazetteerEntry(
        id=eid, name=name, kind=kind, aliases=tuple(dict.fromkeys(forms)), guarded=guarded
    )


def _parse(data: Any, where: str) -> tuple[list[GazetteerEntry], set[str]]:
    if isinstance(data, list):
        data = {"entry": data}
    if not isinstance(data, Mapping):
        raise LexiconError("a gazetteer file must hold a table or a list", path=where)
    raw = data.get("entry", data.get("entries", []))
    if not isinstance(raw, list):
        raise LexiconError("'entry' must be a list of tables", path=where)
    common = data.get("common", {})
    words = common.get("words", []) if isinstance(common, Mapping) else common
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise LexiconError("'common.words' must be a list of strings", path=where)
    entries = [_entry_from_data(d, where) for d in raw]
    return entries, {matching_key(w) for w in words if matching_key(w)}


class Gazetteer:
    """A set of :class:`GazetteerEntry` with fast lookup and text scanning.

    ``common_nouns`` holds the matching keys of common words that look like
    names (القيادة "the command"); the linker never fuzzy-links them.
    """

    def __init__(
        self, entries: Iterable[GazetteerEntry] = (), *, common_nouns: Iterable[str] = ()
    ) -> None:
        self._entries: dict[str, GazetteerEntry] = {}
        for e in entries:
            self._put(e)
        self.common_nouns: frozenset[str] = frozenset(common_nouns)
        self._index: _Index | None = None

    def _put(self, e: GazetteerEntry) -> None:
        old = self._entries.get(e.id)
        if old is not None:
            aliases = tuple(dict.fromkeys((*old.aliases, *e.aliases)))
            guarded = tuple(dict.fromkeys((*old.guarded, *e.guarded)))
            e = attrs.evolve(e, aliases=aliases, guarded=guarded)
        self._entries[e.id] = e

    @classmethod
    def default(cls) -> Gazetteer:
        """The built-in gazetteer (with user lexicon folders merged over it)."""
        entries, common, index = _default_data()
        g = cls(entries, common_nouns=common)
        g._index = index
        return g

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Read a gazetteer from a TOML or JSON file (the built-in schema:
        ``[[entry]]`` tables with ``name``, ``id``, ``kind``, ``aliases``,
        ``nisba``; optional ``[common] words``)."""
        p = Path(path)
        try:
            raw = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise LexiconError(f"cannot read gazetteer: {e}", path=p) from None
        try:
            data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw)
        except (ValueError, tomllib.TOMLDecodeError) as e:
            raise LexiconError(f"malformed gazetteer file: {e}", path=p) from None
        entries, common = _parse(data, str(p))
        return cls(entries, common_nouns=common)

    def add(
        self,
        name: str,
        *,
        aliases: Iterable[str] = (),
        kind: str = "unknown",
        id: str | None = None,
    ) -> GazetteerEntry:
        """Add (or extend, when ``id`` exists) an entry and return it."""
        entry = _entry_from_data(
            {"name": name, "aliases": list(aliases), "kind": kind, "id": id or slug(name)},
            "Gazetteer.add",
        )
        self._put(entry)
        self._index = None
        return self._entries[entry.id]

    def merged(self, other: Gazetteer) -> Gazetteer:
        """A new gazetteer: this one's entries, then ``other``'s (which win on
        id clashes, their aliases unioned, and on alias clashes)."""
        g = Gazetteer(self, common_nouns=self.common_nouns | other.common_nouns)
        for theirs in other:
            # Re-inserting moves the entry last, so its aliases win clashes in the index.
            old = g._entries.pop(theirs.id, None)
            new = theirs
            if old is not None:
                new = attrs.evolve(
                    theirs,
                    aliases=tuple(dict.fromkeys((*theirs.aliases, *old.aliases))),
                    guarded=tuple(dict.fromkeys((*theirs.guarded, *old.guarded))),
                )
            g._entries[new.id] = new
        return g

    def _idx(self) -> _Index:
        if self._index is None:
            self._index = _Index(self._entries.values(), *_guarded())
        return self._index

    def is_common(self, key: str) -> bool:
        """Whether matching key ``key`` is a listed common noun."""
        return key in self.common_nouns

    def lookup(self, mention: str) -> GazetteerEntry | None:
        """The entry whose alias has the same matching key as ``mention``
        (attached proclitics on its first word allowed), else None."""
        return self.lookup_tokens(tokens(mention), mention)

    def lookup_tokens(self, toks: Sequence[str], surface: str) -> GazetteerEntry | None:
        """:meth:`lookup` for an already tokenised mention (``surface`` is its
        text, used for case-sensitive acronyms)."""
        if not toks:
            return None
        idx = self._idx()
        rest = [canon_token(t) for t in toks[1:]]
        for _, first in proclitic_variants(toks[0]):
            term = idx.keys.get(" ".join([first, *rest]))
            if term is not None and (not term.exact or surface.strip() == term.alias):
                return term.entry
        return None

    def find_mentions(self, text: str) -> list[GazetteerMatch]:
        """Every alias occurrence in ``text``: whole words, leftmost-longest,
        without overlaps, sorted by start; offsets index ``text`` itself."""
        return self.mentions_in(normalise(text, for_matching=True))

    def mentions_in(
        self, norm: Normalised, *, starts: Sequence[int] | None = None
    ) -> list[GazetteerMatch]:
        """:meth:`find_mentions` on a text already normalised for matching
        (``normalise(text, for_matching=True)`` or :func:`~recon.normalise.matching`);
        ``starts``: where its chunks between spaces start, if known."""
        text = norm.original
        idx = self._idx()
        # Each distinct chunk between spaces is cut into words, and its
        # words' trie heads found, once (recon._tokens).
        parts = split_chunks(norm.text)
        rows = chunk_rows(parts, idx.chunks, idx.chunk_words)
        flat, ws, we = laid_out(rows, chunk_starts(parts) if starts is None else starts)
        heads = list(map(_ROW_HEADS, flat))
        depth, n_words = idx.depth, len(flat)
        out: list[GazetteerMatch] = []
        nxt = 0
        # Only words with a reading that starts an alias are visited.
        for i in compress(range(n_words), heads):
            if i < nxt:
                continue
            best: tuple[int, int, _Terminal] | None = None  # (end token, stripped, term)
            for stripped, head in heads[i]:
                j = i
                node: dict[str, Any] | None = head
                while node is not None:
                    term = node.get("")
                    # Only a case-sensitive alias needs its original span here.
                    if (
                        term is not None
                        and (best is None or j > best[0] or (j == best[0] and stripped < best[1]))
                        and (
                            not term.exact
                            or self._exact_at(text, norm, ws[i] + stripped, we[j], term.alias)
                        )
                        and (not term.guarded or _guard_met(flat, i, stripped, term, idx))
                        and not _common_after(flat, i, term, idx)
                    ):
                        best = (j, stripped, term)
                    j += 1
                    if j >= n_words or j - i >= depth:
                        break
                    node = node.get(flat[j][4])
            if best is None:
                continue
            j, stripped, term = best
            if _article_differs(norm.text, ws[i], stripped, idx.first_word(term.alias), j > i):
                continue  # "فرقة" is a team, not ف + (ال)رقة; "المدينة الجديدة" no El Jadida
            s, e = self._span(norm, ws[i] + stripped, we[j])
            out.append(_gazetteer_match(s, e, term.entry, text[s:e], term.alias))
            nxt = j + 1
        return out

    @classmethod
    def _exact_at(cls, text: str, norm: Any, start: int, end: int, alias: str) -> bool:
        s, e = cls._span(norm, start, end)
        return text[s:e] == alias

    @staticmethod
    def _span(norm: Any, start: int, end: int) -> tuple[int, int]:
        s, e = norm.span(start, end)
        # Take in the diacritics/tatweel that follow the last letter (dropped in norm).
        nxt = norm.offsets[end] if end < len(norm.offsets) else len(norm.original)
        if nxt <= e:  # the usual case: nothing was dropped after the name
            return s, e
        return s, max(e, nxt if _only_marks(norm.original[e:nxt]) else e)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(list(self._entries.values()))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, id: object) -> bool:
        return id in self._entries

    def get(self, id: str) -> GazetteerEntry | None:
        """The entry with this id, if any."""
        return self._entries.get(id)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} entries)"


def _common_after(
    flat: Sequence[tuple[int, int, str, Any, str]], i: int, term: _Terminal, idx: _Index
) -> bool:
    """Whether word ``i`` starts an alias that the word before it makes a
    common word ("قرب المغرب": near sunset; ``[guarded] not_after``)."""
    words = idx.not_after.get(term.alias)
    return words is not None and i > 0 and flat[i - 1][4] in words


def _guard_met(
    flat: Sequence[tuple[int, int, str, Any, str]],
    i: int,
    stripped: int,
    term: _Terminal,
    idx: _Index,
) -> bool:
    """Whether word ``i`` starts guarded name ``term`` as it is written (no
    proclitic, no article it lacks: "المالي" is "the financial") right after
    one of the index's guard words ("في مالي", "وشمال مالي")."""
    if stripped or i == 0 or flat[i][2] != idx.first_word(term.alias):
        return False
    prev, after = flat[i - 1][4], idx.guard_words
    return prev in after or (prev[:1] in "وف" and prev[1:] in after)


def _article_differs(text: str, at: int, stripped: int, alias_first: str, words: bool) -> bool:
    """Whether a name read past ``stripped`` proclitic letters at ``at``
    differs in the definite article from the first word of its alias
    (``alias_first``, in matching form; ``words``: the name has more than
    one).  و/ف/ب/ك keep the article ("والرقة", "بالرقة"), only ل merges with
    it ("للرقة"): "فرقة" is a team, not ف + (ال)رقة.  The head of a construct
    never takes it: "مدينة الجديدة" is El Jadida, "المدينة الجديدة" any "new
    city".  (A one-word nisba does: "العراقي".)"""
    has = text.startswith("ال", at + stripped) or (
        stripped > 0 and text.endswith("لل", at, at + stripped)
    )
    if alias_first.startswith("ال"):
        # A bare word lacking the article ("عقبة شعار", a mountain road, for
        # العقبة) is still read as the name: refusing it was measured to
        # cost more groups than it saved (docs/evaluation.md, round 15).
        return not has and stripped > 0
    return has and words


def _only_marks(s: str) -> bool:
    return all(unicodedata.category(c) in ("Mn", "Cf") or c == "\u0640" for c in s)


# Lexicon files holding built-in entries, read in this order and merged.
_BUILTIN_FILES = ("gazetteer", "gazetteer_admin", "gazetteer_districts")


def builtin_data() -> dict[str, Any]:
    """The built-in gazetteer data: ``gazetteer.toml`` with the entries of
    ``gazetteer_admin.toml`` (administrative divisions) appended and its
    ``[within]`` table merged over the first one's."""
    base = lexicon.load(_BUILTIN_FILES[0])
    out = dict(base)
    for name in _BUILTIN_FILES[1:]:
        more = lexicon.load(name)
        out["entry"] = [*out.get("entry", []), *more.get("entry", [])]
        out["within"] = {**out.get("within", {}), **more.get("within", {})}
    return out


@lru_cache(maxsize=1)
def _default_data() -> tuple[tuple[GazetteerEntry, ...], frozenset[str], _Index]:
    data = builtin_data()
    entries, common = _parse(data, "recon/lexicons/ar/gazetteer.toml")
    g = Gazetteer(entries)  # merges duplicate ids coming from user 'extend' lists
    ents = tuple(g)
    return ents, frozenset(common), _Index(ents, *_guarded())


def _guarded() -> tuple[list[str], dict[str, list[str]]]:
    """The built-in gazetteer's ``[guarded]`` table (merged with user
    lexicon folders): the words after which a guarded name is a name
    (``after``), and per alias the words after which it is a common word
    (``not_after``)."""
    table = lexicon.load(_BUILTIN_FILES[0]).get("guarded", {})
    words = table.get("after", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise LexiconError("'guarded.after' must be a list of strings", path="gazetteer.toml")
    common = table.get("not_after", {})
    if not isinstance(common, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in common.values()
    ):
        raise LexiconError(
            "'guarded.not_after' must map names to lists of strings", path="gazetteer.toml"
        )
    return words, {str(k): v for k, v in common.items()}


lexicon.on_clear(_default_data.cache_clear)


@lru_cache(maxsize=1)
def shared_default() -> Gazetteer:
    """The built-in gazetteer the extractor's modules share (internal, read-only).

    Extraction only reads it, so one instance serves every article and rule,
    not :meth:`Gazetteer.default` per call (which re-merges every entry); it
    is rebuilt after :func:`recon.lexicon.clear_cache`, so user files apply."""
    return Gazetteer.default()


lexicon.on_clear(shared_default.cache_clear)


def builtin_alias(key: str) -> tuple[GazetteerEntry, str] | None:
    """The built-in entry that has a name or alias with matching key ``key``
    (see :func:`matching_key`), and that name, as the scanner's index holds
    them: for rules that read the text near a claim, without a second index."""
    t = _default_data()[2].keys.get(key)
    return None if t is None else (t.entry, t.alias)
