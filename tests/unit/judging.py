"""A claim maker and a judge shared by the tests of group verdicts (imported
as a plain module, like ``extracting``)."""

import datetime as dt
from functools import partial

from recon.compare import default_comparator
from recon.group import Draft, judge
from recon.model import Claim, Entity, Quantity, Source


def _claim(entity, unit, month, src, value, day, *, cue=None, field, qualifier="exact"):
    return Claim(
        entity=entity,
        field=field,
        value=Quantity(value=value, unit=unit, qualifier=qualifier),
        source=Source(id=src, published=dt.date(month.year, month.month, day)),
        method="extracted",
        cue=cue,
    )


def claim_maker(entity, unit, month, field):
    """``claim(src, value, day, *, cue, field, qualifier)`` for claims about
    ``entity`` counted in ``unit``, published on ``day`` of ``month``."""
    return partial(_claim, entity, unit, month, field=field)


def judged(*claims, entity, field):
    """The group of ``claims`` after judging: (status, notes)."""
    d = Draft(entity=entity, field=field, claims=list(claims))
    judge(d, default_comparator())
    return d.status, d.notes


def judge_for(entity_id, name, kind, field):
    """``status(*claims, field=...)`` judging on one entity."""
    return partial(judged, entity=Entity(id=entity_id, name=name, kind=kind), field=field)
