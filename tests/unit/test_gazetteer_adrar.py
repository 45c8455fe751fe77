"""Mauritania's Adrar region is in the gazetteer; bare "أدرار" and "ولاية
أدرار" name Algeria's or Mauritania's Adrar, and the country another place
of the document lies in picks the sense ([link.senses]).  "انشيري" is
Inchiri.  Mentions written for these tests, with the ambiguous case."""

from recon.gazetteer import shared_default
from recon.link import Mention, link


def ids(ms: list[Mention]) -> list[str]:
    return [e.id for e in link(ms)]


def test_adrar_beside_a_mauritanian_place_is_mauritania_s_region() -> None:
    ms = [Mention(text="ولاية أدرار", doc="a"), Mention(text="نواكشوط", doc="a")]
    assert ids(ms)[0] == "mr-adrar"


def test_adrar_beside_an_algerian_place_is_algeria_s_wilaya() -> None:
    ms = [Mention(text="أدرار", doc="a"), Mention(text="وهران", doc="a")]
    assert ids(ms)[0] == "dz-adrar-wilaya"


def test_adrar_alone_stays_ambiguous() -> None:
    assert ids([Mention(text="أدرار", doc="a")]) == ["adrar-region"]


def test_inchiri_spelt_without_hamza_or_ya() -> None:
    g = shared_default()
    for name in ("انشيري", "إنشيري", "إينشيري"):
        e = g.lookup(name)
        assert e is not None and e.id == "mr-inchiri", name
