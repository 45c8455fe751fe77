"""One hierarchy for everything recon refuses.

Every error names *what* was wrong and *where* (a claim, a file, a line, a
lexicon entry), so a user can fix their input without reading recon's code.
Catch :class:`ReconError` to handle them all.
"""

from __future__ import annotations

__all__ = [
    "CorpusError",
    "InputError",
    "InvalidClaimError",
    "InvalidValueError",
    "LexiconError",
    "OptionError",
    "ReconError",
    "UnitError",
]


class ReconError(Exception):
    """Base class of every error recon raises on purpose."""


class InputError(ReconError, ValueError):
    """An item handed to recon is not something recon can read."""

    def __init__(self, message: str, *, item: object = None, index: int | None = None) -> None:
        where = f"item {index}: " if index is not None else ""
        super().__init__(where + message)
        self.item = item
        self.index = index


class InvalidValueError(InputError):
    """A value is malformed for its kind (NaN, infinite, a negative count, …)."""


class InvalidClaimError(InputError):
    """A claim is malformed; ``.claim`` holds it and ``.reason`` says why."""

    def __init__(self, reason: str, *, claim: object = None, index: int | None = None) -> None:
        super().__init__(f"{reason} (in {claim!r})", item=claim, index=index)
        self.claim = claim
        self.reason = reason


class UnitError(InvalidValueError):
    """A unit recon does not know, or two units that cannot be compared."""


class CorpusError(ReconError, OSError):
    """A file or folder could not be read as a corpus; ``.path`` says which."""

    def __init__(self, message: str, *, path: object = None) -> None:
        super().__init__(f"{path}: {message}" if path is not None else message)
        self.path = path


class LexiconError(ReconError, ValueError):
    """A lexicon data file (built-in or user-supplied) is malformed."""

    def __init__(self, message: str, *, path: object = None, entry: object = None) -> None:
        where = f"{path}: " if path is not None else ""
        what = f" (entry {entry!r})" if entry is not None else ""
        super().__init__(where + message + what)
        self.path = path
        self.entry = entry


class OptionError(ReconError, ValueError):
    """An option passed to :func:`recon.reconcile` or the CLI is invalid."""
