"""A bare currency noun in an article that names no country, and whose main
place is in none the gazetteer knows, is in the country most of its places
are in (recon.extract): "لواء الرصيفة" and "محافظة الزرقاء" make a bare
دينار Jordanian, where it would otherwise be the noun's own unit (IQD).
Articles written for these tests."""

from __future__ import annotations

import datetime as dt

import recon
from recon.extract import extract

TEXT = (
    "عرس جماعي في مدينة الأمير محمد\n\n"
    "زف مساء أمس 150 عريسا في العرس الجماعي الذي أقيم في مدينة الأمير محمد للشباب، "
    "ويتحدر 45 من العرسان من لواء الرصيفة في محافظة الزرقاء. "
    "وبلغت كلفة العرس نحو ربع مليون دينار."
)


def _money_units(text: str, outlet: str | None = None) -> list[str]:
    src = recon.Source(id="t", published=dt.date(2025, 10, 11), outlet=outlet)
    return [c.value.unit for c in extract(recon.Document(source=src, text=text)) if c.field.startswith("money")]  # type: ignore[union-attr]


def test_a_bare_dinar_is_the_country_of_the_article_s_places() -> None:
    assert _money_units(TEXT) == ["JOD"]


def test_with_no_place_of_a_known_country_the_noun_keeps_its_unit() -> None:
    text = "عرس جماعي في مدينة الأمير محمد\n\nوبلغت كلفة العرس في مدينة الأمير محمد نحو ربع مليون دينار."
    assert _money_units(text) == ["IQD"]
