"""Entity linking: which mentions, across outlets and scripts, name one thing.

"مايلز كاغينز" and "مايلز كيغنز" are one spokesman; "K1", "ك 1" and
"قاعدة K1 الجوية" one base; "التحالف الدولي" and "الائتلاف" one coalition.
:func:`link` turns mentions into :class:`recon.model.Entity` objects.

Each mention is read into a :class:`MentionKey` (:mod:`recon._link_keys`):
the name part without proclitics, brackets, kind words (قاعدة/الجوية) and
titles (العقيد), which are kept as a *hint*, plus its compact form and Latin
skeleton (:mod:`recon.translit`).  Mentions with identical keys form *nodes*;
nodes are joined by rules, each a function of the two nodes only:

``gazetteer``   both resolve to the same gazetteer entry;
``exact``       same name key; ``spacing`` same name without spaces;
``gloss``       an Arabic name and the bracketed Latin name written beside
                it ("جوهر (Jowhar)");
``translit``    same skeleton: across scripts, long tokens differing in
                vowels, a foreign person's short given name spelt with an
                added long vowel beside an identical surname, or a place
                name with a long vowel added inside (جوهر/جوهار);
``fuzzy``       rapidfuzz ratio of the compact names over the threshold.

Three rules look at documents: ``surname`` puts a bare surname ("كاغينز") in
the entity of the only person-like full name ending in it in the same
document, ``short`` a facility's short name ("محطة الخور") in that of the
only longer facility name starting with it, and ``context`` gives a mention
of an entry standing for several places (bare طرابلس) the sense whose
country its sentence, else its document, names. Guards: a hint must agree
with the other side's kind, listed common nouns (القيادة) never join by
similarity, and two different gazetteer entries never merge. Clusters are
single-linkage components built from edges in a content-sorted order, so the
result depends on the *set* of mentions, not their order, and adding a
mention never splits an entity, except that a new mention can no longer
bridge two gazetteer entries, a new full name in a document takes over that
document's bare surnames (from the other bare mentions, or from another full
name that now shares them) and a new longer facility name its short names,
and a new mention naming a second country in a document leaves that
document's ambiguous names unresolved. docs/linking.md explains the rules
and the reasons.

This module reads mentions into nodes and nodes into entities; the edges
between nodes, the union-find and the surname rule are in the private
``recon._link_graph``.
"""

from __future__ import annotations

import hashlib
import weakref
from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs

from recon._link_graph import _compatible, _edges, _short_facilities, _surnames, _UnionFind
from recon._link_keys import (
    _KIND_CLASS,
    MentionKey,
    _context_hint_of,
    _context_senses,
    _words,
    mention_key,
)
from recon.errors import OptionError
from recon.gazetteer import Gazetteer, GazetteerEntry, slug
from recon.model import Entity, LinkReason
from recon.normalise import normalise_key
from recon.translit import _translit_ok

__all__ = ["DEFAULT_THRESHOLD", "Mention", "MentionKey", "link", "mention_key"]

#: Default similarity (rapidfuzz ratio, 0–100) for the ``fuzzy`` rule.
DEFAULT_THRESHOLD = 90.0
_CLASS_KIND = {"place": "place", "facility": "facility", "org": "organisation", "person": "person"}


@attrs.frozen(kw_only=True)
class Mention:
    """A name as a source wrote it, with optional document id, kind hint
    (facility / person / org / place) and the sentence around it."""

    text: str
    doc: str | None = None
    kind: str | None = None
    context: str | None = None


# --------------------------------------------------------------------------
# Nodes: the distinct (name key, hint, gazetteer anchor) triples.


@attrs.frozen(order=True, cache_hash=True)
class _Node:
    name: str
    hint: str
    anchor: str
    compact: str = attrs.field(eq=False, order=False)
    joined: str = attrs.field(eq=False, order=False)
    skeleton: tuple[str, ...] = attrs.field(eq=False, order=False)
    script: str = attrs.field(eq=False, order=False)
    cls: str = attrs.field(eq=False, order=False)  # anchor's class, else the hint
    kept: tuple[str, ...] = attrs.field(eq=False, order=False)  # name tokens as written
    common: bool = attrs.field(eq=False, order=False)
    anchor_alias: str = attrs.field(eq=False, order=False)
    anchor_score: float = attrs.field(eq=False, order=False)
    anchor_rule: str = attrs.field(eq=False, order=False)


def _context_hint(mention: Mention) -> str | None:
    """A kind word right before the name in its sentence ("قاعدة K1")."""
    return _context_hint_of(mention.text, mention.context) if mention.context else None


_ALIAS_SKELETONS: weakref.WeakKeyDictionary[object, dict[str, list[tuple[str, str]]]] = (
    weakref.WeakKeyDictionary()
)


class _Linker:
    def __init__(self, gaz: Gazetteer, threshold: float, fuzzy: bool) -> None:
        self.gaz = gaz
        self.threshold = threshold
        self.fuzzy = fuzzy
        self._nodes: dict[tuple[str, str | None], tuple[_Node, str, _Node | None]] = {}
        self._places: dict[str, bool] = {}

    # ---- anchoring a node to the gazetteer (a function of the node alone)
    def _anchor(self, text: str, key: MentionKey) -> tuple[str, str, float, str]:
        entry = self.gaz.lookup_tokens(key.tokens, text)
        if entry is not None and _compatible(key.hint, _KIND_CLASS.get(entry.kind)):
            return entry.id, text, 100.0, "gazetteer"
        if key.kept and key.kept != key.tokens:
            entry = self.gaz.lookup_tokens(key.kept, key.display)
            if entry is not None and _compatible(key.hint, _KIND_CLASS.get(entry.kind)):
                return entry.id, key.display, 100.0, "gazetteer"
        if self.fuzzy and key.name and not self.gaz.is_common(key.name):
            return self._snap(key)
        return "", "", 0.0, ""

    def _aliases(self) -> dict[str, list[tuple[str, str]]]:
        # Cached per compiled gazetteer index, so repeated link() calls share it.
        idx = self.gaz._idx()
        got = _ALIAS_SKELETONS.get(idx)
        if got is None:
            got = defaultdict(list)
            for e in self.gaz:
                for a in (e.name, *e.aliases):
                    k = mention_key(a)
                    if k.skeleton:
                        got["".join(k.skeleton)].append((e.id, a))
            _ALIAS_SKELETONS[idx] = got
        return got

    def _snap(self, key: MentionKey) -> tuple[str, str, float, str]:
        hits: dict[str, str] = {}
        for eid, alias in self._aliases().get("".join(key.skeleton), ()):
            entry = self.gaz.get(eid)
            if entry is None or not _compatible(key.hint, _KIND_CLASS.get(entry.kind)):
                continue
            ak = mention_key(alias)
            ak = attrs.evolve(ak, hint=ak.hint or _KIND_CLASS.get(entry.kind))
            # An entry written in the mention's script is judged on those
            # spellings: سمير is not سامراء even though both skeletons read
            # "smr" like the Latin Samarra.
            if ak.script != key.script and key.script in _scripts(entry):
                continue
            if _translit_ok(key, ak, self._vowel):
                hits.setdefault(eid, alias)
        if len(hits) == 1:
            eid, alias = next(iter(hits.items()))
            return eid, alias, 100.0, "gazetteer-translit"
        return "", "", 0.0, ""

    @property
    def _vowel(self) -> frozenset[str]:
        return _words()["vowel"]

    def node(self, m: Mention) -> tuple[_Node, str, _Node | None]:
        """The node of a mention, the display form of its name and the node
        of its bracketed gloss ("Jowhar" in "جوهر (Jowhar)"), if any."""
        hint = m.kind or _context_hint(m)
        if hint == "facility" and not m.kind and self._place_name(m.text):
            # "جمارك في ميناء جدة الإسلامي" with the claim's entity "جدة": the
            # reader chose the city inside the facility's name, not the facility.
            hint = None
        got = self._nodes.get((m.text, hint))
        if got is None:
            got = self._nodes[m.text, hint] = self._make_node(m.text, hint)
        return got

    def _place_name(self, text: str) -> bool:
        """Whether ``text`` alone is a place the gazetteer knows (of the
        ``place`` class: a city, a province, a country), remembered per text."""
        found = self._places.get(text)
        if found is None:
            anchor = self._anchor(text, mention_key(text, None))[0]
            entry = self.gaz.get(anchor) if anchor else None
            found = entry is not None and _KIND_CLASS.get(entry.kind) == "place"
            self._places[text] = found
        return found

    def _make_node(self, text: str, hint: str | None) -> tuple[_Node, str, _Node | None]:
        key = mention_key(text, hint)
        gloss = None
        if key.gloss is not None:
            gloss = self._node_of(key.gloss, key.gloss.display)
            text = key.display
        return self._node_of(key, text), key.display or text.strip(), gloss

    def _node_of(self, key: MentionKey, text: str) -> _Node:
        anchor, alias, score, rule = self._anchor(text, key)
        entry = self.gaz.get(anchor) if anchor else None
        cls = _KIND_CLASS.get(entry.kind, "") if entry is not None else (key.hint or "")
        return _Node(
            key.name or normalise_key(text),
            key.hint or "",
            anchor,
            compact=key.compact,
            joined=key.joined,
            skeleton=key.skeleton,
            script=key.script,
            cls=cls,
            kept=key.kept,
            common=self.gaz.is_common(key.name),
            anchor_alias=alias,
            anchor_score=score,
            anchor_rule=rule,
        )

    def resolve_senses(self, ms: Sequence[Mention], node_of: list[_Node]) -> None:
        """Anchor mentions of an entry standing for several places to the
        sense their context picks (:func:`recon._link_keys._context_senses`)."""
        picks = _context_senses(self.gaz, ms, [n.anchor for n in node_of])
        for k, sense in picks.items():
            entry = self.gaz.get(sense)
            if entry is not None:
                node_of[k] = attrs.evolve(
                    node_of[k],
                    anchor=sense,
                    cls=_KIND_CLASS.get(entry.kind, ""),
                    anchor_rule="context",
                )


def _scripts(entry: GazetteerEntry) -> frozenset[str]:
    return frozenset(mention_key(a).script for a in (entry.name, *entry.aliases))


# --------------------------------------------------------------------------
# Public entry point.


def link(
    mentions: Sequence[str | Mention],
    *,
    gazetteer: Gazetteer | None = None,
    threshold: float | None = None,
    fuzzy: bool = True,
) -> list[Entity]:
    """Link ``mentions`` to entities: one :class:`~recon.model.Entity` per
    mention, in input order; mentions of one thing get equal entities.

    ``gazetteer`` defaults to :meth:`Gazetteer.default` (to extend it, pass
    ``Gazetteer.default().merged(yours)``); ``threshold`` (0–100, default
    :data:`DEFAULT_THRESHOLD`) is the rapidfuzz ratio the ``fuzzy`` rule
    needs; ``fuzzy=False`` keeps only gazetteer, exact and spacing matches.
    """
    thr = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    if not 0.0 < thr <= 100.0:
        raise OptionError(f"link threshold must be in (0, 100], got {threshold!r}")
    gaz = Gazetteer.default() if gazetteer is None else gazetteer
    if not isinstance(gaz, Gazetteer):
        raise OptionError(f"gazetteer must be a recon.Gazetteer, got {type(gaz).__name__}")
    ms = [m if isinstance(m, Mention) else Mention(text=str(m)) for m in mentions]
    for i, m in enumerate(ms):
        if not isinstance(m.text, str) or not m.text.strip():
            raise OptionError(f"mention {i} has no text: {m!r}")
    linker = _Linker(gaz, thr, fuzzy)
    got = [linker.node(m) for m in ms]
    node_of = [g[0] for g in got]
    display_of = [g[1] for g in got]
    # A gloss names what its own mention names, resolved in the same context.
    glossed = [(k, g) for k, (_, _, g) in enumerate(got) if g is not None]
    gloss_of = [*node_of]
    for k, g in glossed:
        gloss_of[k] = g
    linker.resolve_senses(ms, node_of)
    linker.resolve_senses(ms, gloss_of)
    pairs = {(node_of[k], gloss_of[k]) for k, _ in glossed}
    surname = _surnames(ms, node_of) if fuzzy else {}
    short = _short_facilities(ms, node_of) if fuzzy else {}
    # A full name must keep a mention of its own, or its entity has no name.
    named = {node_of[k] for k in range(len(ms)) if k not in short and k not in surname}
    short = {k: v for k, v in short.items() if v[0] in named}
    surname = {k: v for k, v in surname.items() if v[0] in named}
    rule_of = {**dict.fromkeys(short, "short"), **dict.fromkeys(surname, "surname")}
    surname = {**short, **surname}
    for k, (full, _) in surname.items():
        node_of[k] = full
    nodes = sorted(set(node_of).union(*pairs), key=lambda n: (n.name, n.hint, n.anchor))
    index = {n: i for i, n in enumerate(nodes)}
    uf = _UnionFind(nodes)
    via: dict[int, tuple[str, float, str]] = {}
    forced = [(index[a], index[b]) for a, b in pairs]
    for _, neg, i, j, rule in _edges(nodes, thr, fuzzy, forced):
        if uf.union(i, j):
            via.setdefault(i, (nodes[j].name, -neg, rule))
            via.setdefault(j, (nodes[i].name, -neg, rule))
    members: dict[int, list[int]] = defaultdict(list)
    for k, n in enumerate(node_of):
        members[uf.find(index[n])].append(k)
    made: dict[int, Entity] = {}
    for root, ks in members.items():
        made[root] = _entity(
            gaz=gaz,
            nodes=nodes,
            index=index,
            ks=ks,
            ms=ms,
            node_of=node_of,
            display_of=display_of,
            surname=surname,
            rule_of=rule_of,
            via=via,
            root=root,
            uf=uf,
        )
    return [made[uf.find(index[n])] for n in node_of]


def _entity(
    *,
    gaz: Gazetteer,
    nodes: Sequence[_Node],
    index: dict[_Node, int],
    ks: list[int],
    ms: Sequence[Mention],
    node_of: Sequence[_Node],
    display_of: Sequence[str],
    surname: dict[int, tuple[_Node, _Node]],
    rule_of: dict[int, str],
    via: dict[int, tuple[str, float, str]],
    root: int,
    uf: _UnionFind,
) -> Entity:
    entry = gaz.get(uf.anchor[root]) if uf.anchor[root] else None
    reasons = set()
    displays: Counter[str] = Counter()
    hints: Counter[str] = Counter()
    for k in ks:
        n = node_of[k]
        if k in surname:
            # A bare surname (a facility's short name) names the entity only
            # through its full name.
            full, bare = surname[k]
            reasons.add((ms[k].text, bare.name, full.name, 100.0, rule_of[k]))
            continue
        displays[display_of[k]] += 1
        if n.hint:
            hints[n.hint] += 1
        if n.anchor:
            reasons.add((ms[k].text, n.name, n.anchor_alias, n.anchor_score, n.anchor_rule))
        elif index[n] in via:
            matched, score, rule = via[index[n]]
            reasons.add((ms[k].text, n.name, matched, score, rule))
        else:
            reasons.add((ms[k].text, n.name, n.name, 100.0, "self"))
    if entry is not None:
        eid, name, kind = entry.id, entry.name, entry.kind
    else:
        best = min(displays.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
        name = best[0]
        top = min(hints.items(), key=lambda kv: (-kv[1], kv[0]))[0] if hints else ""
        kind = _CLASS_KIND.get(top, "unknown")
        first = nodes[root]
        digest = hashlib.sha1(f"{first.name}|{first.hint}".encode()).hexdigest()[:8]
        base = slug(first.name)
        eid = f"{base}-{digest}" if not base.startswith("x-") else f"e-{digest}"
    return Entity(
        id=eid,
        name=name,
        kind=kind,
        aliases=tuple(sorted({ms[k].text.strip() for k in ks})),
        documents=tuple(sorted({d for k in ks if (d := ms[k].doc) is not None})),
        reasons=tuple(
            LinkReason(mention=r[0], key=r[1], matched=r[2], score=r[3], rule=r[4])
            for r in sorted(reasons)
        ),
    )
