"""An article naming its own outlet (recon._own_outlet): a place inside
the outlet's name ("بوابة المنيا ترصد …") is never what a figure is about."""

import datetime as dt

import recon
from recon.extract import extract

TEXT = (
    "بوابة المنيا ترصد تفاصيل حادث قطار ملوى: ثلاثة قتلى و41 مصابا\n\n"
    "قال مصدر طبي لـ«بوابة المنيا» إن المستشفى استقبل معظم الحالات."
)


def _entities(outlet: str | None) -> set[str]:
    src = recon.Source(id="a4", outlet=outlet, published=dt.date(2025, 1, 19))
    return {c.entity for c in extract(recon.Document(source=src, text=TEXT))}


def test_the_place_in_the_article_s_own_outlet_name_is_not_its_subject() -> None:
    assert "المنيا" in _entities(None)  # without the metadata it reads as the city
    assert "المنيا" not in _entities("بوابة المنيا")
    assert "المنيا" not in _entities("بوابة المنيا (regional news website)")


def test_a_one_word_outlet_is_also_its_city_and_is_not_masked() -> None:
    assert "المنيا" in _entities("المنيا")
