"""Joining the nodes of :func:`recon.link.link` into entities (private).

The rules between two nodes (``gazetteer``, ``exact``, ``gloss``,
``spacing``, ``translit``, ``fuzzy``) become edges in a content-sorted
order; single-linkage clusters are built from them with a union-find that
never merges two different gazetteer entries.  Bare surnames are resolved
inside their document (``surname``).  :mod:`recon.link` builds the nodes
and the entities; docs/linking.md explains the rules.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from recon._link_keys import _fuzzy_edges, _translit_edges, _words

if TYPE_CHECKING:
    from recon.link import Mention, _Node

__all__: list[str] = []

# A bare surname of fewer skeleton consonants is too likely an ordinary word.
_MIN_SURNAME_SKELETON = 2
_RULE_ORDER = {"gazetteer": 0, "exact": 1, "gloss": 2, "spacing": 3, "translit": 4, "fuzzy": 5}


def _compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a == b


def _nodes_compatible(u: _Node, v: _Node) -> bool:
    if u.anchor and v.anchor and u.anchor != v.anchor:
        return False
    return _compatible(u.cls, v.cls)


class _UnionFind:
    def __init__(self, nodes: Sequence[_Node]) -> None:
        self.parent = list(range(len(nodes)))
        self.anchor = [n.anchor for n in nodes]

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        ai, aj = self.anchor[ri], self.anchor[rj]
        if ai and aj and ai != aj:
            return False  # never merge two different gazetteer entries
        lo, hi = min(ri, rj), max(ri, rj)
        self.parent[hi] = lo
        self.anchor[lo] = ai or aj
        return True


_Edge = tuple[int, float, int, int, str]  # (rule order, -score, i, j, rule)


def _pairs(bucket: list[int]) -> Iterable[tuple[int, int]]:
    for x in range(len(bucket)):
        for y in range(x + 1, len(bucket)):
            yield bucket[x], bucket[y]


def _edges(
    nodes: Sequence[_Node], threshold: float, fuzzy: bool, glosses: Iterable[tuple[int, int]] = ()
) -> list[_Edge]:
    vowel = _words()["vowel"]
    edges: list[_Edge] = []

    def add(i: int, j: int, rule: str, score: float) -> None:
        if _nodes_compatible(nodes[i], nodes[j]):
            edges.append((_RULE_ORDER[rule], -score, i, j, rule))

    for i, j in glosses:
        if i != j:
            add(min(i, j), max(i, j), "gloss", 100.0)

    by: dict[str, dict[object, list[int]]] = {
        "anchor": defaultdict(list), "name": defaultdict(list),
        "compact": defaultdict(list), "joined": defaultdict(list),
        "skeleton": defaultdict(list),
    }  # fmt: skip
    for i, n in enumerate(nodes):
        if n.anchor:
            by["anchor"][n.anchor].append(i)
        by["name"][n.name].append(i)
        if n.compact:
            by["compact"][n.compact].append(i)
            by["joined"][n.joined].append(i)
        if fuzzy and n.skeleton and not n.common:
            by["skeleton"]["".join(n.skeleton)].append(i)
    for b in by["anchor"].values():
        for i, j in itertools.pairwise(b):
            add(i, j, "gazetteer", 100.0)
    for b in by["name"].values():
        for i, j in _pairs(b):
            add(i, j, "exact", 100.0)
    for b in (*by["compact"].values(), *by["joined"].values()):
        for i, j in _pairs(b):
            if nodes[i].name != nodes[j].name:
                add(i, j, "spacing", 100.0)
    for b in by["skeleton"].values():
        _translit_edges(nodes, b, vowel, add)
    if fuzzy:
        _fuzzy_edges(nodes, threshold, vowel, add)
    edges.sort()
    return edges


def _person_like(n: _Node) -> bool:
    return n.cls in ("", "person") and not n.common


def _by_doc(ms: Sequence[Mention]) -> list[list[int]]:
    """The indices of the mentions of each document (mentions with a ``doc``)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for k, m in enumerate(ms):
        if m.doc is not None:
            by_doc[m.doc].append(k)
    return list(by_doc.values())


def _surnames(ms: Sequence[Mention], node_of: Sequence[_Node]) -> dict[int, tuple[_Node, _Node]]:
    """Bare surnames resolved inside their document: mention index → (the
    full-name node it stands for, its own node).

    "كاغينز" after "مايلز كاغينز" in one article is that man when the article
    has exactly one person-like name ending in those tokens; with two
    ("بشار الأسد" and "حافظ الأسد") the bare "الأسد" stays alone.  Only
    mentions with a ``doc`` take part and only names of that document count:
    across documents a bare surname is linked by the other rules alone (a
    famous bare surname belongs in the gazetteer, which anchors it).
    """
    out: dict[int, tuple[_Node, _Node]] = {}
    for ks in _by_doc(ms):
        ends: dict[tuple[str, ...], set[str]] = defaultdict(set)
        full: dict[str, list[_Node]] = defaultdict(list)
        for k in ks:
            n = node_of[k]
            toks = tuple(n.name.split())
            if len(toks) >= 2 and _person_like(n):
                full[n.name].append(n)
                for cut in range(1, len(toks)):
                    ends[toks[cut:]].add(n.name)
        if not ends:
            continue
        for k in ks:
            bare = node_of[k]
            names = ends.get(tuple(bare.name.split()))
            if (
                names is None
                or len(names) != 1
                or bare.anchor
                or bare.cls not in ("", "person")
                or len("".join(bare.skeleton)) < _MIN_SURNAME_SKELETON
            ):
                continue
            target = min(full[next(iter(names))])
            # A surname that is also a common word (الأسد "the lion") needs a
            # full name known to be a person (gazetteer or title).
            if bare.common and target.cls != "person":
                continue
            out[k] = (target, bare)
    return out


def _short_facilities(
    ms: Sequence[Mention], node_of: Sequence[_Node]
) -> dict[int, tuple[_Node, _Node]]:
    """A facility's short name resolved inside its document: mention index →
    (the full-name node it stands for, its own node).

    "محطة الخور" in an article that also names "محطة الخور الشمالية" is that
    station when the article names exactly one facility whose name starts
    with those words; with two ("… الشمالية", "… الجنوبية") the short name
    stays alone.  Names of other documents never count.
    """
    from recon._link_keys import _word_class

    out: dict[int, tuple[_Node, _Node]] = {}
    for ks in _by_doc(ms):
        heads: dict[tuple[str, ...], set[str]] = defaultdict(set)
        full: dict[str, list[_Node]] = defaultdict(list)
        for k in ks:
            n = node_of[k]
            toks = tuple(n.name.split())
            if len(toks) >= 3 and not n.anchor and _word_class(n.kept[0], "facility_noun"):
                full[n.name].append(n)
                for cut in range(2, len(toks)):
                    heads[toks[:cut]].add(n.name)
        if not heads:
            continue
        for k in ks:
            short = node_of[k]
            names = heads.get(tuple(short.name.split()))
            if names is None or len(names) != 1 or short.anchor:
                continue
            out[k] = (min(full[next(iter(names))]), short)
    _short_across(ms, node_of, out)
    return out


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _short_across(
    ms: Sequence[Mention], node_of: Sequence[_Node], out: dict[int, tuple[_Node, _Node]]
) -> None:
    """A facility's short name in one document ("مدرسة الريان") is the
    longer name another document gives it ("مدرسة بنات الريان الأساسية")
    when exactly one facility name of the corpus, of the same noun, holds
    its words in order.  The longer names are indexed by noun and word, and
    each distinct short name is looked up once: no pair of names is
    compared beyond those sharing the short name's first word."""
    from recon._link_keys import _word_class

    full: dict[str, list[_Node]] = defaultdict(list)
    by_word: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for k in range(len(ms)):
        n = node_of[k]
        toks = tuple(n.name.split())
        if k in out:
            continue  # already another name's short name in its document
        if len(toks) >= 3 and not n.anchor and _word_class(n.kept[0], "facility_noun"):
            full[n.name].append(n)
            for w in set(toks[1:]):
                by_word[(toks[0], w)].add(toks)
    if not full:
        return
    longer: dict[tuple[str, ...], str | None] = {}  # short name -> its one longer name

    def one_longer(toks: tuple[str, ...]) -> str | None:
        if toks not in longer:
            # "محطة كهرباء الخور": what the plant does is no part of its name
            # for a longer name that does not say it ("محطة الخور الشمالية").
            said = [w for w in toks[1:] if _word_class(w, "descriptor")]
            core = (toks[0], *(w for w in toks[1:] if w not in said))
            names = set()
            if len(core) >= 2:
                names = {
                    " ".join(t)
                    for t in by_word.get((core[0], core[1]), ())
                    if len(t) > len(core)
                    and t != toks
                    and _subsequence(core[1:], t[1:])
                    and (not said or not any(_word_class(w, "descriptor") for w in t[1:]))
                }
            longer[toks] = next(iter(names)) if len(names) == 1 else None
        return longer[toks]

    found: dict[int, str] = {}
    for k in range(len(ms)):
        if k in out:
            continue
        short = node_of[k]
        toks = tuple(short.name.split())
        if len(toks) < 2 or short.anchor or not _word_class(short.kept[0], "facility_noun"):
            continue
        if (name := one_longer(toks)) is not None:
            found[k] = name
    # A name that is itself another's short name is no full name: the chain
    # would leave its entity with no name of its own.
    shorts = {node_of[k].name for k in found} | {node_of[k].name for k in out}
    for k, name in found.items():
        if name not in shorts:
            out[k] = (min(full[name]), node_of[k])
