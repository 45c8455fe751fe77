"""recon: multi-source claim reconciliation.

Several outlets report the same events with different figures; recon says who
says what, about which thing, and where they disagree.
"""

import datetime as _dt

from recon.compare import Comparator
from recon.corpus import Corpus, load_corpus
from recon.errors import (
    CorpusError,
    InputError,
    InvalidClaimError,
    InvalidValueError,
    LexiconError,
    OptionError,
    ReconError,
    UnitError,
)
from recon.gazetteer import Gazetteer
from recon.link import Mention, link
from recon.model import (
    Claim,
    Cue,
    DateValue,
    Document,
    Entity,
    Method,
    Precision,
    Qualifier,
    Quantity,
    SetValue,
    Source,
    Span,
    Status,
    TextValue,
)
from recon.pipeline import reconcile
from recon.report import Candidate, Dependency, Group, Report, Skipped, SourceTrust

__version__ = "0.1.0"


def parse_quantity(text: str, *, lang: str = "ar") -> Quantity | None:
    """The quantity stated in ``text`` ("نحو 1.1 مليون دولار"), or ``None``."""
    from recon.numbers import parse_quantity as _parse

    return _parse(text, lang=lang)


def parse_date(
    text: str, *, published: _dt.date | None = None, lang: str = "ar"
) -> DateValue | None:
    """The date stated in ``text`` ("أواخر كانون الأول"), resolved against
    ``published`` when the text leaves the year or the day relative; or ``None``."""
    from recon.dates import parse_date as _parse

    return _parse(text, published=published, lang=lang)


__all__ = [
    "Candidate",
    "Claim",
    "Comparator",
    "Corpus",
    "CorpusError",
    "Cue",
    "DateValue",
    "Dependency",
    "Document",
    "Entity",
    "Gazetteer",
    "Group",
    "InputError",
    "InvalidClaimError",
    "InvalidValueError",
    "LexiconError",
    "Mention",
    "Method",
    "OptionError",
    "Precision",
    "Qualifier",
    "Quantity",
    "ReconError",
    "Report",
    "SetValue",
    "Skipped",
    "Source",
    "SourceTrust",
    "Span",
    "Status",
    "TextValue",
    "UnitError",
    "__version__",
    "link",
    "load_corpus",
    "parse_date",
    "parse_quantity",
    "reconcile",
]
