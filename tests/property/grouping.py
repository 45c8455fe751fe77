"""Helpers shared by the property tests of group splits (imported as a plain
module, like ``tests/unit/extracting.py``)."""

from recon.compare import default_comparator
from recon.group import group_claims, judge
from recon.model import Claim, Quantity, Source


def claim(entity, doc, value, method, *, field, published, unit="person", **more):  # type: ignore[no-untyped-def]
    """A claim of ``value`` ``unit`` for ``field`` about ``entity``, from
    article ``doc`` published on ``published``; ``more``: any other claim
    attribute a split reads (``role``, ``cue`` …)."""
    return Claim(
        entity=entity.name,
        field=field,
        value=Quantity(value=value, unit=unit),
        source=Source(id=doc, published=published),
        method=method,
        **more,
    )


def partition(claims, entity):  # type: ignore[no-untyped-def]
    """The judged drafts of ``claims``, all about ``entity``."""
    drafts = group_claims(claims, [entity] * len(claims))
    for d in drafts:
        judge(d, default_comparator())
    return drafts


def assert_one_group_each_whatever_the_order(claims, entity, rnd) -> None:  # type: ignore[no-untyped-def]
    """Every claim lands in exactly one draft, and shuffling the claims
    changes neither the drafts nor their verdicts."""
    drafts = partition(claims, entity)
    assert sorted(id(c) for d in drafts for c in d.claims) == sorted(map(id, claims))
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    again = partition(shuffled, entity)
    key = lambda ds: sorted((d.id, d.status, sorted(map(id, d.claims))) for d in ds)  # noqa: E731
    assert key(drafts) == key(again)
    assert len({d.id for d in drafts}) == len(drafts)
