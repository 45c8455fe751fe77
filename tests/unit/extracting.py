"""Helpers shared by the extraction test modules (imported as a plain module,
like ``phrases_numbers``)."""

import recon
from recon.extract import extract


def extract_text(text, published):
    """The claims of one article with publication date ``published``."""
    doc = recon.Document(source=recon.Source(id="t", published=published), text=text)
    return extract(doc)


def only(cs, field):
    """The one claim of ``field`` among ``cs`` (fails, listing them all, otherwise)."""
    got = [c for c in cs if c.field == field]
    assert len(got) == 1, [(c.field, c.entity, c.value) for c in cs]
    return got[0]


def fields_of(text, published, prefix):
    """The fields of the claims of ``text`` that start with ``prefix``, in order."""
    return [c.field for c in extract_text(text, published) if c.field.startswith(prefix)]


def entities_of(text, published, field):
    """The entities of the claims of ``text`` whose field is ``field``, in order."""
    return [c.entity for c in extract_text(text, published) if c.field == field]


def gazetteer_entity(id_):
    """The built-in gazetteer's entry ``id_`` as a ``recon.Entity``."""
    from recon.gazetteer import Gazetteer

    e = Gazetteer.default().get(id_)
    assert e is not None, id_
    return recon.Entity(id=e.id, name=e.name, kind=e.kind, aliases=e.aliases)


def extracted_claim(doc, entity, value, quote, *, field, published, unit="person"):
    """A claim as extraction makes it: ``value`` of ``field`` about ``entity``,
    from document ``doc`` published on ``published``, with its sentence."""
    return recon.Claim(
        entity=entity.name,
        field=field,
        value=recon.Quantity(value=value, unit=unit),
        source=recon.Source(id=doc, published=published),
        quote=quote,
        method=recon.Method.EXTRACTED,
    )
