"""atheris harness: extraction; every span must lie in the text and cover the raw value."""

from _common import main, text_of

from recon import Document, Source
from recon.extract import extract


def one(data: bytes) -> None:
    text = text_of(data)
    for c in extract(Document(source=Source(id="fuzz"), text=text)):
        assert c.span is not None and 0 <= c.span.start < c.span.end <= len(text), c
        assert c.value.raw in text[c.span.start : c.span.end], c


if __name__ == "__main__":
    main(one)
