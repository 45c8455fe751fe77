"""An office named in construct with its place ("مديرية صحة دير الزور",
"مديرية تربية حلب") is no place of its own: the place is the one after it,
as for "مديرية الصحة" (entities.toml office_domains, read with or without
the article).  A district named so ("مديرية الضحي") still is one.
Sentences written for these tests."""

from __future__ import annotations

import recon
from recon.extract import extract_mentions


def _mentions(text: str) -> list[tuple[str, str]]:
    doc = recon.Document(source=recon.Source(id="t"), text=text)
    return [(m.text, m.kind) for m in extract_mentions(doc)]


def test_an_office_in_construct_with_its_place_is_no_place() -> None:
    assert _mentions("وأفادت مديرية صحة دير الزور بتسجيل 86 حالة") == [("دير الزور", "city")]
    assert _mentions("وقالت مديرية تربية حلب إن المدارس أغلقت") == [("حلب", "city")]


def test_a_district_named_after_the_noun_is_still_a_place() -> None:
    got = _mentions("في مديرية الضحي بمحافظة الحديدة")
    assert ("مديرية الضحي", "region") in got


def test_a_directorate_of_a_trade_is_no_place() -> None:
    got = _mentions("وقالت مديرية البيطرة في دهوك إن الخسائر بلغت ملياري دينار")
    assert ("دهوك", "city") in got
    assert not [t for t, k in got if t.startswith("مديرية") and k == "region"]
