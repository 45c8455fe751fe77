"""Round 11: a place's figure many times (four or more) every figure its only
part gave is the whole's own, not the part's: "نحو 11 مليون شجرة زيتون في
فلسطين" stays Palestine's beside Jenin's 1.2 million.  A figure near the
part's (a count that rose between reports) still moves to the part.  Claims
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import extracted_claim, gazetteer_entity

from recon._story import refine
from recon.gazetteer import Gazetteer
from recon.model import Claim, Entity

DAY = dt.date(2026, 10, 20)


def _claim(doc: str, entity: Entity, value: float, quote: str) -> Claim:
    return extracted_claim(
        doc, entity, value, quote, field="count:tree", published=DAY, unit=""
    )


def _ids() -> tuple[Entity, Entity]:
    g = Gazetteer.default()
    ps = g.lookup("فلسطين")
    jenin = g.lookup("محافظة جنين")
    assert ps is not None and jenin is not None
    return gazetteer_entity(ps.id), gazetteer_entity(jenin.id)


def test_a_figure_many_times_the_parts_stays_the_wholes() -> None:
    ps, jenin = _ids()
    a = _claim("d1", jenin, 1_200_000, "تضم محافظة جنين أكثر من 1.2 مليون شجرة زيتون")
    b = _claim("d2", ps, 11_000_000, "ويقدر عدد أشجار الزيتون في فلسطين بنحو 11 مليون شجرة")
    assert [e.id for e in refine([a, b], [jenin, ps])] == [jenin.id, ps.id]


@pytest.mark.parametrize("value", [1_200_000, 1_500_000, 4_000_000])
def test_a_figure_near_the_parts_moves_to_it(value: float) -> None:
    ps, jenin = _ids()
    a = _claim("d1", jenin, 1_200_000, "تضم محافظة جنين أكثر من 1.2 مليون شجرة زيتون")
    b = _claim("d2", ps, value, "فلسطين: تضرر أشجار الزيتون")
    assert [e.id for e in refine([a, b], [jenin, ps])] == [jenin.id, jenin.id]
