"""Shared set-up for the atheris harnesses: what counts as a crash.

A harness feeds bytes to one recon entry point.  ReconError subclasses are
refusals, not crashes; any other exception, a span outside the text, or a
span that does not cover the value's raw text is a crash.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import atheris

with atheris.instrument_imports():
    import recon  # noqa: F401
    from recon.errors import ReconError


def text_of(data: bytes) -> str:
    """Mostly valid text, sometimes with lone surrogates (as str allows)."""
    fdp = atheris.FuzzedDataProvider(data)
    return (
        fdp.ConsumeUnicodeNoSurrogates(len(data))
        if len(data) % 7
        else fdp.ConsumeUnicode(len(data))
    )


def refusing(fn: Callable[[bytes], None]) -> Callable[[bytes], None]:
    """Run ``fn``; a ReconError is an accepted outcome."""

    def one(data: bytes) -> None:
        try:
            fn(data)
        except ReconError:
            pass

    return one


def main(fn: Callable[[bytes], None]) -> None:
    atheris.Setup(sys.argv, refusing(fn))
    atheris.Fuzz()
