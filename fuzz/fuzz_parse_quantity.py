"""atheris harness: recon.parse_quantity on arbitrary text."""

from _common import main, text_of

import recon


def one(data: bytes) -> None:
    q = recon.parse_quantity(text_of(data))
    assert q is None or isinstance(q, recon.Quantity)


if __name__ == "__main__":
    main(one)
