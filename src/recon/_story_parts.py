"""Which of a place's claims move to which part of it, for :func:`recon._story.refine`.

A place's figure goes to its part when that part is the only one under the
place with figures of the field.  With two or more such parts (two bases in
one country, a town and an earlier accident's town), a figure of the place
goes to a part only when exactly that part gave the same value elsewhere:
"19 killed in Sudan" in one outlet and "19 killed in Abu Hamad" in another
report one drowning, while a figure no part shares stays the place's.  Only
tolls (:data:`TIME_VARYING`) are matched so: their values are specific to
their event, where a duration of two days or a count of three is not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from recon.compare import canonical_key
from recon.model import Claim, Quantity
from recon.units import UNITS

__all__ = ["TIME_VARYING", "parts_to_move_to", "place_claims_for"]

#: Fields whose figures change over time (tolls, case counts): differing
#: figures dated differently are an ``update``, not a conflict.  Matched on the
#: field's first component (``killed`` matches ``killed:civilians``).
TIME_VARYING = frozenset(
    {"killed", "injured", "infected", "suspected", "recovered", "displaced", "arrested", "rescued",
     "missing", "cases", "deaths", "tested", "vaccinated", "refugees", "detained", "released",
     # how long a state has lasted so far grows by the day ("منذ 72 ساعة",
     # then "يومه السادس"); a planned length ("duration") does not
     "duration:elapsed"}
)  # fmt: skip

Groups = Mapping[str, list[int]]


def _time(c: Claim) -> int | None:
    d = c.as_of or c.source.published
    pub = c.source.published
    if d is not None and pub is not None and d > pub:
        # "24 ساعة أسبوعياً … حتى نهاية آب المقبل": a plan's end, not when the figure was told.
        d = pub
    return d.toordinal() if d else None


def _told_apart(claims: Sequence[Claim], whole: list[int], part: list[int]) -> set[object]:
    """The values a document gives for the place and not for its part, when it
    gives the field for both ("12 مليون دينار لخطة طوارئ" for Jordan, "3
    مليارات دولار" for a project in Aqaba: the 12 million are Jordan's)."""
    by_doc: dict[str, set[object]] = defaultdict(set)
    for i in part:
        by_doc[claims[i].source.id].add(canonical_key(claims[i].value))
    own: set[object] = set()
    for i in whole:
        d = claims[i].source.id
        if d in by_doc and (k := canonical_key(claims[i].value)) not in by_doc[d]:
            own.add(k)
    return own


def _values(claims: Sequence[Claim], idx: Iterable[int]) -> set[object]:
    return {canonical_key(claims[i].value) for i in idx}


# A place's figure this many times the largest of its part's is the whole's
# own ("نحو 11 مليون شجرة في فلسطين" beside "1.2 مليون شجرة" in Jenin), not the
# part's told at a larger scale; a rising count grows less between reports.
_WHOLE_RATIO = 4


def _size(c: Claim) -> tuple[str, float] | None:
    v = c.value
    if not isinstance(v, Quantity):
        return None
    u = UNITS.get(v.unit)
    return None if u is None else (u.dimension, v.value * u.factor)


def _much_larger(c: Claim, part: Sequence[tuple[str, float]]) -> bool:
    """Whether ``c``'s figure is many times every figure of the part (``part``:
    their dimensions and sizes in base units)."""
    size = _size(c)
    if size is None:
        return False
    same = [x for d, x in part if d == size[0]]
    return bool(same) and size[1] > _WHOLE_RATIO * max(same)


def parts_to_move_to(
    claims: Sequence[Claim], groups: Groups, most: set[str], field: str
) -> Iterator[tuple[str, set[object] | None]]:
    """Each part a place's figures of ``field`` may move to, with the only
    values that may move there (None: any value), from the most specific
    parts ``most``.  Between several parts only a toll's figure is matched
    by value: a bare "يومين" or "3" is too common a value to tell which
    part a country's figure is (Dhi Qar's two days off work are not the
    grid's two days to be restored)."""
    if len(most) == 1:
        yield next(iter(most)), None
        return
    if field.split(":", 1)[0] not in TIME_VARYING:
        return
    values = {d: _values(claims, groups[d]) for d in sorted(most)}
    for d, vs in values.items():
        others = set().union(*(v for e, v in values.items() if e != d))
        if vs - others:
            yield d, vs - others


def place_claims_for(
    claims: Sequence[Claim],
    groups: Groups,
    move: tuple[str, str],
    *,
    told: set[str],
    of_the_whole: Callable[[str], bool],
    max_days: int,
    only: set[object] | None,
) -> Iterator[int]:
    """The claims of the place that are the part's (``move``: place and
    part ids): not from a document
    that told them apart (``told``), not of the whole place, of a value the
    part gave (``only``, and once told apart, one of the part's values), and
    near in time to the part's figures."""
    whole, part = groups[move[0]], groups[move[1]]
    # A value a document gave for the place and not for its part is the
    # place's own figure, in every outlet that gives it.
    own = _told_apart(claims, whole, part)
    # Once a document has told the place's figure from its part's, only
    # a figure equal to one of the part's may be the part's in another
    # outlet ("إقليم كوردستان … نحو 4 آلاف ميغاواط" beside Iraq's 8
    # thousand: Iraq's 14 thousand elsewhere stay Iraq's).
    allowed = _values(claims, part) if own else None
    if only is not None:
        allowed = only if allowed is None else allowed & only
    times = [t for i in part if (t := _time(claims[i])) is not None]
    sizes = [z for i in part if (z := _size(claims[i])) is not None]
    for i in whole:
        c = claims[i]
        if c.source.id in told or (c.quote and of_the_whole(c.quote)):
            continue
        if _much_larger(c, sizes):
            continue
        key = canonical_key(c.value)
        if key in own or (allowed is not None and key not in allowed):
            continue
        t = _time(c)
        if t is not None and times and min(abs(t - u) for u in times) > max_days:
            continue
        yield i
