"""Round 12: a revision is dated by the claims that say so, not by other
claims of the same figure.  Claims written for these tests, with negative cases."""

import datetime as dt

from recon.compare import default_comparator
from recon.group import group_claims, judge
from recon.model import Claim, Cue, Entity, Method, Quantity, Source, Status

TOMBS = Entity(id="tombs", name="ذراع أبو النجا", kind="place")


def claim(doc, value, published, *, as_of=None, cue=None):
    return Claim(
        entity="ذراع أبو النجا",
        field="count:تابوت",
        value=Quantity(value=value, unit="item"),
        source=Source(id=doc, published=published),
        method=Method.EXTRACTED,
        as_of=as_of,
        cue=cue,
    )


def status(claims):
    (d,) = group_claims(claims, [TOMBS] * len(claims))
    judge(d, default_comparator())
    return d.status


def test_a_rise_told_later_is_an_update_whatever_another_claim_of_it_is_dated() -> None:
    got = status(
        [
            claim("a", 24, "2026-02-15"),
            claim("b", 31, "2026-02-16", cue=Cue.RISE),
            claim("c", 31, "2026-02-16", as_of=dt.date(2026, 2, 10)),  # dated by the find
        ]
    )
    assert got is Status.UPDATE


def test_a_rise_told_before_the_smaller_figure_is_no_revision_of_it() -> None:
    got = status(
        [
            claim("a", 24, "2026-02-15"),
            claim("b", 31, "2026-02-14", cue=Cue.RISE),
        ]
    )
    assert got is Status.CONFLICT
