"""One scene, two names, told by the figures: for :mod:`recon._story`.

Outlets place one story's figures at whatever name is nearest in their
sentence: one says the helicopters flew "from Ad Dakhiliyah", another that
they landed "2 km from al-Khutaym".  When the gazetteer and the text do not
say how the two names nest, the parts rule of :mod:`recon._story` cannot join
them, and each figure lands in a group of its own.

The figures themselves are evidence, as in record linkage: when what one
document says about X and what another says about Y agree on *several*
fields (60 rescuers and 3 helicopters in both), X and Y name one scene in
those two documents.  Then that document's claims about the lesser-used name
go to the name the corpus uses most: each claim whose field the target
has no figure for, or the same figure.  A figure that disagrees with the
target's stays where it was: the agreement is no evidence about it, and it
may be another event's figure the sentence put at that name.

The unit is an entity *as one document uses it*: only that document's claims
move, never every claim of a place across the corpus (a country's national
figures stay the country's).  Guards, each a way two names are told apart:

* a document that gives one field for both names keeps them apart;
* a figure shared by many names is no evidence (``_MAX_SHARED``): in a large
  corpus "3 killed" is everywhere;
* the two documents are published at most ``max_days`` apart;
* two places the gazetteer puts in different countries are never one scene;
* nor, by ``apart`` (``recon._story_divisions``), two towns of two
  provinces when neither document names the other's province;
* a structured (given) claim never moves and is no evidence: its entity is
  the user's own statement.

A second, narrower pass reads one figure at a time: two documents that
agree on two figures, wherever they put them, tell one story; one figure
they share in a field neither gives for the other's name is then one thing
named twice, and goes to the name the corpus uses most (only that claim
moves).  A figure whose sentence dates an earlier year ("مطلع عام 2025، حين
سجلت … نفوق نحو 870 رأساً") is no evidence: an earlier event's figure may
repeat this one's by chance.

The work is linear in claims: figures are bucketed by (field, value), and
only a few documents of the few names that share a bucket are compared.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from recon import lexicon
from recon._story_divisions import Apart
from recon.dates import find_dates
from recon.errors import UnitError
from recon.model import Claim, DateValue, Entity, Method, Quantity
from recon.units import unit as _unit

__all__ = ["corroborated"]

_MIN_FIELDS = 2  # agreeing fields that make two names one scene
_MAX_SHARED = 3  # names sharing one (field, value) beyond which it tells nothing
_MAX_DOCS = 8  # documents per name and figure read as evidence
_SCENE_KINDS = frozenset({"facility", "place", "unknown", "city", "region", "province", "country"})

Node = tuple[str, str]  # (entity id, document id)


def _figure(c: Claim) -> tuple[object, ...] | None:
    """A claim's field and value, with format and qualifier set aside
    ("نحو 60" and "60" agree as evidence of one scene)."""
    v = c.value
    if isinstance(v, Quantity):
        try:
            u = _unit(v.unit)
        except UnitError:  # an unknown unit is just no evidence
            return None
        return (c.field, u.dimension, float(f"{v.value * u.factor:.12g}"))
    if isinstance(v, DateValue):
        if _recalled(c):
            return None
        return (c.field, "date", v.low.toordinal(), v.high.toordinal())
    return None


def _recalled(c: Claim) -> bool:
    """Whether ``c`` is the date of an event an article is apt to recall from
    another story ("date:robbery", "date:robbery:2019"): neither evidence of
    one scene nor a use of its name."""
    return c.field.startswith("date:") and (
        c.field.partition(":")[2].partition(":")[0] in _recalled_events()
    )


@lru_cache(maxsize=1)
def _recalled_events() -> frozenset[str]:
    """Events whose day an article is apt to recall from another story
    (``fields.toml [date_events]``): their dates are no evidence of one scene."""
    return frozenset(str(k) for k in lexicon.load("fields").get("date_events", {}))


lexicon.on_clear(_recalled_events.cache_clear)


def _days_apart(a: int | None, b: int | None, days: int) -> bool:
    """Whether two known publication days are more than ``days`` apart."""
    return a is not None and b is not None and abs(a - b) > days


def _countries_apart(a: str | None, b: str | None) -> bool:
    """Whether two names lie in two known countries."""
    return a is not None and b is not None and a != b


def corroborated(
    claims: Sequence[Claim],
    entities: Sequence[Entity],
    *,
    country_of: Callable[[str], str | None],
    apart: Apart = lambda _x, _a, _y, _b: False,
    max_days: int,
    before: Sequence[Entity] | None = None,
) -> list[Entity]:
    """Each claim's entity, with a document's use of a name moved to the name
    another document's agreeing figures give the same scene (``before``:
    the entities the claims had before any earlier pass moved them)."""
    out = list(entities)
    # Each claim's figure, read once for both passes (None: no evidence).
    figs_of = [_figure(c) if c.method is Method.EXTRACTED else None for c in claims]
    nodes_of_figure: dict[tuple[object, ...], set[Node]] = defaultdict(set)
    fields: dict[Node, set[str]] = defaultdict(set)
    published: dict[str, int | None] = {}
    uses: Counter[str] = Counter()
    by_id: dict[str, Entity] = {}
    for c, e, fig in zip(claims, entities, figs_of, strict=True):
        uses[e.id] += not _recalled(c)
        by_id[e.id] = e
        if e.kind not in _SCENE_KINDS or c.method is not Method.EXTRACTED:
            continue  # a given claim's entity is the user's own choice
        node = (e.id, c.source.id)
        fields[node].add(c.field)
        pub = c.source.published
        published[c.source.id] = pub.toordinal() if pub is not None else None
        if fig is not None:
            nodes_of_figure[fig].add(node)

    def told_apart(a: Node, b: Node) -> bool:
        # A document naming both with one field has told the reader they differ.
        for x, y in ((a, b), (b, a)):
            twin = (y[0], x[1])
            if twin in fields and fields[twin] & fields[x]:
                return True
        return False

    evidence: dict[tuple[Node, Node], set[object]] = defaultdict(set)
    for fig, nodes in nodes_of_figure.items():
        if len(nodes) < 2 or not 2 <= len({n[0] for n in nodes}) <= _MAX_SHARED:
            continue
        per_name: dict[str, list[Node]] = defaultdict(list)
        for n in sorted(nodes):
            per_name[n[0]].append(n)
        # A few documents per name carry the evidence; more would only
        # repeat it, at a cost quadratic in the documents.
        ordered = [n for ns in per_name.values() for n in ns[:_MAX_DOCS]]
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if a[0] != b[0] and a[1] != b[1]:
                    evidence[(a, b)].add(fig[0])
    parent: dict[Node, Node] = {}
    # Per scene being built: (document, field) -> the names it was given under.
    said: dict[Node, dict[tuple[str, str], set[str]]] = {}

    def said_of(n: Node) -> dict[tuple[str, str], set[str]]:
        if n not in said:
            said[n] = {(n[1], f): {n[0]} for f in fields[n]}
        return said[n]

    def find(n: Node) -> Node:
        root = n
        while parent.get(root, root) != root:
            root = parent[root]
        while n != root:  # path compression: every later look-up is short
            parent[n], n = root, parent[n]
        return root

    def unite(ra: Node, rb: Node) -> bool:
        # Joining two scenes must not give one document's field two names
        # in one scene: that document told the reader they are two things.
        small, big = sorted((said_of(ra), said_of(rb)), key=len)
        if any(k in big and big[k] != names for k, names in small.items()):
            return False
        for k, names in small.items():
            big.setdefault(k, set()).update(names)
        keep, drop = min(ra, rb), max(ra, rb)
        parent[drop] = keep
        said[keep] = big
        del said[drop]
        return True

    for (a, b), fs in sorted(evidence.items()):
        if len(fs) < _MIN_FIELDS or told_apart(a, b):
            continue
        if _days_apart(published.get(a[1]), published.get(b[1]), max_days):
            continue
        if _countries_apart(country_of(a[0]), country_of(b[0])):
            continue
        if apart(a[0], a[1], b[0], b[1]):
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            unite(ra, rb)
    # What each document said under which name before any move: a later
    # move must not put a figure under a name its document gave that field.
    given = {
        (c.source.id, e.id, c.field)
        for c, e in zip(claims, before if before is not None else entities, strict=True)
        if c.method is Method.EXTRACTED
    }

    def second_pass() -> list[Entity]:
        return _single_figures(
            claims,
            out,
            figs_of,
            uses,
            published,
            given=given,
            country_of=country_of,
            apart=apart,
            max_days=max_days,
        )

    if not parent:
        return second_pass()
    members: dict[Node, list[Node]] = defaultdict(list)
    for n in fields:
        members[find(n)].append(n)
    rename: dict[Node, Entity] = {}
    for group in members.values():
        if len(group) < 2:
            continue
        # The name the corpus uses most keeps its claims; ties go to the id.
        target = min({n[0] for n in group}, key=lambda i: (-uses[i], i))
        for n in group:
            twin = (target, n[1])
            if n[0] != target and not (twin not in group and fields.get(twin, set()) & fields[n]):
                rename[n] = by_id[target]
    # What the target already says, per field: a figure that disagrees stays put.
    figs: dict[tuple[str, str], set[object]] = defaultdict(set)
    for c, e, fig in zip(claims, entities, figs_of, strict=True):
        figs[(e.id, c.field)].add(fig)
    for k, (c, e) in enumerate(zip(claims, entities, strict=True)):
        moved = rename.get((e.id, c.source.id))
        if moved is None:
            continue
        there = figs.get((moved.id, c.field))
        if there and figs_of[k] not in there:
            continue
        out[k] = moved
    return second_pass()


_MAX_STORY_DOCS = 8  # documents sharing a figure beyond which it tells no story apart


def _single_figures(
    claims: Sequence[Claim],
    entities: list[Entity],
    figs_of: list[tuple[object, ...] | None],
    uses: Counter[str],
    pub: dict[str, int | None],
    *,
    given: set[tuple[str, str, str]],
    country_of: Callable[[str], str | None],
    apart: Apart,
    max_days: int,
) -> list[Entity]:
    """One figure two documents of one story give under two names goes under
    the name the corpus uses most.

    Two documents tell one story when they agree on two figures or more,
    whatever names they put them under; then one more figure they share,
    in a field neither gives for the other's name, is one thing named twice."""
    at: dict[tuple[object, ...], list[int]] = defaultdict(list)
    doc_fields: set[tuple[str, str, str]] = set()  # (document, entity, field)
    for k, (c, e) in enumerate(zip(claims, entities, strict=True)):
        if e.kind not in _SCENE_KINDS or c.method is not Method.EXTRACTED:
            continue
        doc_fields.add((c.source.id, e.id, c.field))
        fig = figs_of[k]
        if fig is not None:
            at[fig].append(k)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ks in at.values():
        docs = sorted({claims[k].source.id for k in ks})
        if 2 <= len(docs) <= _MAX_STORY_DOCS:
            for i, a in enumerate(docs):
                for b in docs[i + 1 :]:
                    shared[(a, b)] += 1
    # Each document's partners: the documents it agrees with on two figures
    # or more (most have none, and then none of their claims is looked at).
    partners: dict[str, set[str]] = defaultdict(set)
    for (a, b), n in shared.items():
        if n >= _MIN_FIELDS:
            partners[a].add(b)
            partners[b].add(a)
    out = list(entities)
    memo: dict[tuple[str, int], bool] = {}

    def past(c: Claim, days: int) -> bool:
        """Whether the claim's sentence dates an earlier year ("مطلع عام 2025،
        حين سجلت … نفوق نحو 870 رأساً"): an earlier event's figure may
        repeat this one's by chance, and is no evidence of it."""
        p = c.source.published
        if p is None or not c.quote:
            return False
        key = (c.quote, p.toordinal())
        if key not in memo:
            dates = [m.value.high for m in find_dates(c.quote, published=p)]
            if c.as_of is not None:
                dates.append(c.as_of)
            # An earlier year's, not a story's own weeks ("اختطفوا في 20 يناير").
            memo[key] = any(d.year < p.year and (p - d).days > days for d in dates)
        return memo[key]

    for _fig, ks in sorted(at.items(), key=lambda kv: repr(kv[0])):
        names = {entities[k].id for k in ks}
        if not 2 <= len(names) <= _MAX_SHARED:
            continue
        target = min(names, key=lambda i: (-uses[i], i))
        tk = [k for k in ks if entities[k].id == target]
        for k in ks:
            c, e = claims[k], entities[k]
            if e.id == target:
                continue
            a = c.source.id
            near = partners.get(a)
            if not near:
                continue
            for j in tk:
                b = claims[j].source.id
                if b not in near:
                    continue
                if _days_apart(pub.get(a), pub.get(b), max_days):
                    continue
                if (a, target, c.field) in doc_fields or (b, e.id, c.field) in doc_fields:
                    continue  # a document gave this field for both names
                if (a, target, c.field) in given:
                    continue  # … or did before the first pass moved it
                if past(c, max_days) or past(claims[j], max_days):
                    continue
                if _countries_apart(country_of(e.id), country_of(target)):
                    continue
                if apart(e.id, a, target, b):
                    continue
                out[k] = entities[j]
                break
    return out
