"""recon: multi-source claim reconciliation.

Several outlets report the same events with different figures; recon says who
says what, about which thing, and where they disagree.
"""

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
from recon.model import (
    Claim,
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

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "CorpusError",
    "DateValue",
    "Document",
    "Entity",
    "InputError",
    "InvalidClaimError",
    "InvalidValueError",
    "LexiconError",
    "Method",
    "OptionError",
    "Precision",
    "Qualifier",
    "Quantity",
    "ReconError",
    "SetValue",
    "Source",
    "Span",
    "Status",
    "TextValue",
    "UnitError",
    "__version__",
]
