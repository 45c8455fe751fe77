"""atheris harness: recon.parse_date on arbitrary text, with and without a publication date."""

import datetime as dt

from _common import main, text_of

import recon


def one(data: bytes) -> None:
    pub = dt.date(2024, 1, 2) if data[:1] == b"p" else None
    d = recon.parse_date(text_of(data[1:]), published=pub)
    assert d is None or isinstance(d, recon.DateValue)


if __name__ == "__main__":
    main(one)
