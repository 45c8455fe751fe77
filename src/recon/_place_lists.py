"""Lists of places: "البصرة وميسان وذي قار والمثنى" names no one of them.

A figure next to a list of three or more places counts or ranks them all
("تراجع إلى 4 محافظات هي البصرة وميسان وذي قار والمثنى", "ولايات الجزائر
العاصمة ووهران وسطيف تصدرت القائمة"): it is about what holds them, the
country or province they share, not about the first or nearest member.
Two outlets of one story list different members, or none; the container is
what they have in common.  :func:`collapse_lists` replaces each such list of
a sentence's candidates by one candidate for that container.

Two places ("في البصرة والعمارة") are left as they are: a pair is as often
two separate sites as a set.  Countries are never collapsed (a list of
donors is a list of actors, each its own).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs

from recon._dateline import containers
from recon._locate import Ref
from recon.gazetteer import shared_default

__all__ = ["collapse_lists", "container_of"]

_MIN_MEMBERS = 3
# Between two members: spaces, a comma, and the و the gazetteer leaves out.
_JOINERS = frozenset(" \u00a0\u060c,و")


@lru_cache(maxsize=1 << 12)
def container_of(keys: tuple[str, ...]) -> str | None:
    """The most specific gazetteer entry holding every one of ``keys``
    (by the ``[within]`` table), if there is one."""
    chains = [containers(k) for k in keys]
    shared = set(chains[0]).intersection(*chains[1:])
    shared -= set(keys)  # a member is not its own list's container
    return next((e for e in chains[0] if e in shared), None)


def _runs(text: str, refs: Sequence[Ref]) -> list[list[Ref]]:
    """Maximal runs of ``refs`` (in text order) joined only by و and commas."""
    runs: list[list[Ref]] = []
    cur: list[Ref] = []
    for r in refs:
        listed = r.kind in ("city", "province", "region") and not (r.nisba or r.dest or r.dateline)
        if not listed:
            if len(cur) >= _MIN_MEMBERS:
                runs.append(cur)
            cur = []
            continue
        gap = text[cur[-1].end : r.start] if cur else ""
        if cur and gap and set(gap) <= _JOINERS and ("و" in gap or "،" in gap or "," in gap):
            cur.append(r)
            continue
        if len(cur) >= _MIN_MEMBERS:
            runs.append(cur)
        cur = [r]
    if len(cur) >= _MIN_MEMBERS:
        runs.append(cur)
    return runs


def _arabic_alias(eid: str) -> tuple[str, str] | None:
    e = shared_default().get(eid)
    if e is None:
        return None
    alias = next((a for a in e.aliases if a[:1].isalpha() and not a[:1].isascii()), None)
    return None if alias is None else (alias, e.kind)


def collapse_lists(text: str, per_sentence: list[list[Ref]], mentioned: Iterable[Ref]) -> None:
    """Replace, in place, each list of places in ``per_sentence`` by one
    candidate for their container.

    The candidate spans the list (so it is as near a figure as the list
    is); the claim it gives names the container as the article writes it
    elsewhere (``mentioned``: the first such mention, a nisba included),
    else by its gazetteer name with no span.
    """
    first: dict[str, Ref] = {}
    for r in mentioned:
        first.setdefault(r.key, r)
    for k, refs in enumerate(per_sentence):
        runs = _runs(text, sorted(refs, key=lambda r: r.start))
        if not runs:
            continue
        drop: set[int] = set()
        add: list[Ref] = []
        for run in runs:
            key = container_of(tuple(r.key for r in run))
            said = first.get(key) if key is not None else None
            if key is None:
                continue
            if said is None:
                found = _arabic_alias(key)
                if found is None:
                    continue
                said = Ref(found[0], -1, -1, found[1], key)
            drop.update(id(r) for r in run)
            a, b = run[0], run[-1]
            add.append(
                Ref(
                    text[a.start : b.end],
                    a.start,
                    b.end,
                    said.kind,
                    key,
                    prep=a.prep,
                    inner=attrs.evolve(said, nisba=False, dateline=False),
                )
            )
        if add:
            kept = [r for r in refs if id(r) not in drop]
            per_sentence[k] = sorted(kept + add, key=lambda r: r.start)
