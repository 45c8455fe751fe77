"""The gazetteer's matching core: tokens, their canonical forms and the
alias index (a dict of keys and a token trie) that :class:`recon.gazetteer.
Gazetteer` looks names up in.  Kept apart from the entry model and the data
loading so that each module stays small; everything here is re-exported by
:mod:`recon.gazetteer`, whose names are the ones to import."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from recon.normalise import normalise

if TYPE_CHECKING:
    from recon.gazetteer import GazetteerEntry

# Letters and digit runs are separate tokens, so "K1" and "K 1" tokenise alike.
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
_ARTICLE = "ال"
_CONJ = "وف"
_PREP = "بكل"
# A proclitic is only stripped when a name of at least this many letters remains.
_MIN_STEM = 2
_MAX_CACHED = 1 << 18  # distinct word forms the index remembers


def tokens(text: str) -> list[str]:
    """Matching-normalised tokens of ``text`` (letters and digit runs)."""
    return TOKEN_RE.findall(normalise(text, for_matching=True).text)


def canon_token(tok: str) -> str:
    """A token without its definite article (when a stem remains) and without
    the final hamza after alef that is often left out (كربلاء = كربلا)."""
    if tok.startswith(_ARTICLE) and len(tok) - 2 >= _MIN_STEM:
        tok = tok[2:]
    if tok.endswith("اء") and len(tok) > 3:
        tok = tok[:-1]
    return tok


def proclitic_variants(tok: str) -> list[tuple[int, str]]:
    """``(chars stripped, canonical token)`` for each reading of ``tok`` with
    its attached proclitics removed, the unstripped reading first."""
    out: list[tuple[int, str]] = [(0, canon_token(tok))]
    seen = {out[0][1]}

    def push(n: int, rest: str) -> None:
        if len(rest) >= _MIN_STEM:
            c = canon_token(rest)
            if c not in seen:
                seen.add(c)
                out.append((n, c))

    n = 0
    if len(tok) > _MIN_STEM and tok[0] in _CONJ:
        n = 1
        push(1, tok[1:])
    rest = tok[n:]
    if rest.startswith("لل") and len(rest) - 2 >= _MIN_STEM:
        # لل = ل + the article with its alef elided: للعراق → ل + العراق.
        push(n + 2, rest[2:])
    elif len(rest) > _MIN_STEM and rest[0] in _PREP:
        push(n + 1, rest[1:])
    return out


def matching_key(text: str) -> str:
    """The exact-match key of a name: canonical tokens joined by spaces."""
    return " ".join(canon_token(t) for t in tokens(text))


def _exact_case(alias: str) -> bool:
    # Short all-caps Latin acronyms (IS, US, UN) are English words in lower case.
    a = alias.strip()
    return a.isascii() and a.isupper() and len(a.replace(".", "")) <= 3


@attrs.frozen
class _Terminal:
    entry: GazetteerEntry
    alias: str
    exact: bool
    # A name that is also a common word ("مالي": Mali, "financial"): found in
    # a text only bare and right after one of ``_Index.guard_words``.
    guarded: bool = False


class _Index:
    """Alias keys → entries, as a dict of keys and a token trie."""

    def __init__(
        self,
        entries: Iterable[GazetteerEntry],
        guard_words: Iterable[str] = (),
        not_after: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.keys: dict[str, _Terminal] = {}
        self.trie: dict[str, Any] = {}
        self.depth = 1
        self.guard_words = frozenset(canon_token(w) for t in guard_words for w in tokens(t))
        # Per alias, words after which it is a common word ("بعد المغرب": after
        # sunset, not Morocco).
        self.not_after: dict[str, frozenset[str]] = {
            alias: frozenset(canon_token(w) for t in words for w in tokens(t))
            for alias, words in (not_after or {}).items()
        }
        for e in entries:
            # Guarded names first, so that a plain alias with the same key wins.
            forms = [(a, True) for a in e.guarded] + [(a, False) for a in (e.name, *e.aliases)]
            for alias, guarded in forms:
                toks = [canon_token(t) for t in tokens(alias)]
                if not toks:
                    continue
                term = _Terminal(e, alias, _exact_case(alias), guarded)
                key = " ".join(toks)
                old = self.keys.get(key)
                # A case-insensitive alias beats an exact-case one with the same key.
                if old is None or old.entry.id != e.id or (old.exact and not term.exact):
                    self.keys[key] = term
                node = self.trie
                for t in toks:
                    node = node.setdefault(t, {})
                prev = node.get("")
                if prev is None or prev.entry.id != e.id or (prev.exact and not term.exact):
                    node[""] = term
                self.depth = max(self.depth, len(toks))
        # Per word form, worked out once: the trie nodes its proclitic
        # readings start at, and its canonical token.
        self._heads: dict[str, tuple[tuple[int, dict[str, Any]], ...]] = {}
        self._canon: dict[str, str] = {}
        self._first: dict[str, str] = {}
        # Per distinct chunk between spaces: (start, end, word, heads, canonical
        # token) of its words.
        self.chunks: dict[str, tuple[tuple[int, int, str, Any, str], ...]] = {}

    def first_word(self, alias: str) -> str:
        """The first word of ``alias`` as a text's words are compared (with
        its article, if any)."""
        found = self._first.get(alias)
        if found is None:
            found = self._first[alias] = next(iter(tokens(alias)), "")
        return found

    def heads(self, word: str) -> tuple[tuple[int, dict[str, Any]], ...]:
        """``(chars stripped, trie node)`` per reading of ``word`` that starts an alias."""
        found = self._heads.get(word)
        if found is None:
            trie = self.trie
            found = tuple((n, trie[c]) for n, c in proclitic_variants(word) if c in trie)
            if len(self._heads) >= _MAX_CACHED:
                self._heads.clear()  # bounded memory over an open-ended vocabulary
            self._heads[word] = found
        return found

    def chunk_words(self, chunk: str) -> tuple[tuple[int, int, str, Any, str], ...]:
        """The words of one chunk without spaces with their :meth:`heads` and
        :meth:`canon` (what the scan follows the trie by), offsets within the chunk."""
        if chunk.isalpha():
            # Letters alone (most chunks): one word, the chunk itself.
            return ((0, len(chunk), chunk, self.heads(chunk), self.canon(chunk)),)
        return tuple(
            (m.start(), m.end(), w, self.heads(w), self.canon(w))
            for m in TOKEN_RE.finditer(chunk)
            for w in (m.group(),)
        )

    def canon(self, word: str) -> str:
        """:func:`canon_token` of ``word``, remembered."""
        found = self._canon.get(word)
        if found is None:
            found = canon_token(word)
            if len(self._canon) >= _MAX_CACHED:
                self._canon.clear()
            self._canon[word] = found
        return found
