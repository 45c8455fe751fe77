"""The country an article is about is the one it names, not the one its
people come from: "جمهورية النيجر" beats three "التشاديين" (a nisba says
whose, not where).  With no country named, the nisbas still decide
(recon.entities_ar.DocContext).  Sentences written for these tests."""

import recon
from recon.extract import _prepare


def country(text: str) -> str | None:
    doc = recon.Document(source=recon.Source(id="t", published="2026-04-01"), text=text)
    c = _prepare(doc, "ar").doc.country
    return None if c is None else c.key


def test_a_named_country_beats_nisbas() -> None:
    text = (
        "أفرجت جماعة مسلحة في جمهورية النيجر عن 6 عمال تشاديين، بينهم مهندسان تشاديان، "
        "وفق ما أعلنته الخارجية التشادية التي شكرت الوسطاء التشاديين."
    )
    assert country(text) == "ne"


def test_with_no_country_named_the_nisbas_decide() -> None:
    text = "أفرجت جماعة مسلحة عن 6 عمال تشاديين، وفق ما أعلنته الخارجية التشادية."
    assert country(text) == "td"
