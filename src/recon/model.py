"""recon's value types: sources, documents, claims and the values they state.

Every class here is a frozen, slotted attrs class with keyword-only
arguments.  Values carry *interval semantics*: a figure stated as "at least
1.1 million" is the interval ``[1.1e6, inf)``, "about 30" is ``[28.5, 31.5]``
with the default tolerance, "late December" is 21–31 December.  Comparisons
(:mod:`recon.compare`) work on those intervals.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
import unicodedata
from collections.abc import Iterable

import attrs

from recon.errors import InvalidValueError, UnitError
from recon.units import unit as _unit

__all__ = [
    "DEFAULT_APPROX_TOLERANCE",
    "Claim",
    "Cue",
    "DateValue",
    "Document",
    "Entity",
    "Method",
    "Precision",
    "Qualifier",
    "Quantity",
    "SetValue",
    "Source",
    "Span",
    "Status",
    "TextValue",
    "Value",
]

#: Relative half-width given to an approximate figure ("about 30" → ±5%).
#: Small enough that "about $1M" and "at least $1.1M" conflict; override per
#: call with ``reconcile(..., tolerance=...)``.  A count of people or things
#: is approximate by one at least ("about 15 workers" and "14 workers" agree).
DEFAULT_APPROX_TOLERANCE = 0.05


class Qualifier(str, enum.Enum):
    """How a figure is hedged in the text."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"

    def __str__(self) -> str:
        return self.value


class Precision(str, enum.Enum):
    """How precisely a date is stated."""

    DAY = "day"
    WEEK = "week"
    PART_OF_MONTH = "part_of_month"  # early / mid / late December
    MONTH = "month"
    PART_OF_YEAR = "part_of_year"  # early 2020, end of the year
    YEAR = "year"
    DECADE = "decade"

    def __str__(self) -> str:
        return self.value


class Method(str, enum.Enum):
    """How a claim was obtained."""

    EXTRACTED = "extracted"
    GIVEN = "given"

    def __str__(self) -> str:
        return self.value


class Cue(str, enum.Enum):
    """What an article's words say about how its figure stands to other
    reports of it (read from ``lexicons/<lang>/cues.toml``)."""

    #: a new total of a count that has grown ("ارتفعت الحصيلة إلى 15")
    RISE = "rise"
    #: a new count, up or down ("في حصيلة جديدة")
    REVISED = "revised"
    #: set against another source's figure ("يفوق ما أعلنته السلطات")
    DISPUTED = "disputed"

    def __str__(self) -> str:
        return self.value


class Status(str, enum.Enum):
    """A group's verdict."""

    AGREE = "agree"
    CONFLICT = "conflict"
    UPDATE = "update"
    SINGLE = "single"

    def __str__(self) -> str:
        return self.value


def _opt_date(v: object) -> _dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    if isinstance(v, str):
        try:
            return _dt.date.fromisoformat(v[:10])
        except ValueError:
            raise InvalidValueError(f"not an ISO date: {v!r}", item=v) from None
    raise InvalidValueError(f"not a date: {v!r}", item=v)


@attrs.frozen(kw_only=True)
class Source:
    """Where claims come from: one document, or one provider of structured data.

    ``id`` is unique per document (or per provider for tuple input); ``outlet``
    is the publisher or wire (AFP, Reuters, …) when known.
    """

    id: str = attrs.field(converter=str)
    outlet: str | None = None
    url: str | None = None
    published: _dt.date | None = attrs.field(default=None, converter=_opt_date)
    language: str = "ar"
    note: str | None = attrs.field(default=None, eq=False)

    @id.validator
    def _check_id(self, _a: object, v: str) -> None:
        if not v:
            raise InvalidValueError("a source needs a non-empty id", item=self)

    @property
    def label(self) -> str:
        """A short human label: the outlet if known, else the id."""
        return f"{self.id} ({self.outlet})" if self.outlet else self.id


@attrs.frozen(kw_only=True)
class Document:
    """An article: its source and its text (the title, if known, separately)."""

    source: Source
    text: str = attrs.field(repr=lambda t: repr(t[:40] + "…" if len(t) > 40 else t))
    title: str | None = None

    @property
    def id(self) -> str:
        return self.source.id


@attrs.frozen
class Span:
    """Character offsets ``[start, end)`` into the original document text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise InvalidValueError(f"bad span [{self.start}, {self.end})", item=self)


def _finite(name: str, v: float) -> None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise InvalidValueError(f"{name} must be a number, got {v!r}", item=v)
    if math.isnan(v):
        raise InvalidValueError(f"{name} is NaN", item=v)


def _bounds(
    value: float, q: Qualifier, tol: float = DEFAULT_APPROX_TOLERANCE, *, count: bool = False
) -> tuple[float, float]:
    """The interval a figure stands for, given its qualifier (``count``: a
    count of people or things, whose approximate figure is never closer than
    one: "نحو 15 عاملاً" and "14 عاملاً" agree)."""
    inf = math.inf
    if q is Qualifier.APPROX:
        d = abs(value) * tol
        if count and d < 1:
            d = 1.0
        return value - d, value + d
    if q in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return value, inf
    if q in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return (0.0 if value >= 0 else -inf), value
    return value, value


def _counts(code: str) -> bool:
    """Whether ``code`` is a unit of whole people or things."""
    try:
        return _unit(code).count
    except UnitError:
        return False


@attrs.frozen(kw_only=True)
class Quantity:
    """A number with a unit and a qualifier: "at least $1.1 million" →
    ``Quantity(value=1100000, unit="USD", qualifier=AT_LEAST)``.

    ``value`` is the figure as stated (for ranges and vague amounts, the
    midpoint); ``low``/``high`` its interval (derived from the qualifier unless
    given); ``raw`` the text it was read from.
    """

    value: float
    unit: str = ""
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=Qualifier)
    low: float = attrs.field()
    high: float = attrs.field()
    raw: str = attrs.field(default="", eq=False)

    @low.default
    def _low(self) -> float:
        return _bounds(self.value, self.qualifier, count=_counts(self.unit))[0]

    @high.default
    def _high(self) -> float:
        return _bounds(self.value, self.qualifier, count=_counts(self.unit))[1]

    def __attrs_post_init__(self) -> None:
        _finite("value", self.value)
        if math.isinf(self.value):
            raise InvalidValueError(f"value is infinite: {self.value!r}", item=self)
        _finite("low", self.low)
        _finite("high", self.high)
        if self.low > self.high:
            raise InvalidValueError(f"low {self.low} > high {self.high}", item=self)
        try:
            u = _unit(self.unit)
        except UnitError as e:
            raise UnitError(str(e), item=self) from None
        if u.count and self.value < 0:
            raise InvalidValueError(
                f"a count of {u.label} cannot be negative: {self.value}", item=self
            )

    def interval(self, tolerance: float = DEFAULT_APPROX_TOLERANCE) -> tuple[float, float]:
        """``(low, high)``, re-derived with ``tolerance`` for approximate figures."""
        if self.qualifier is Qualifier.APPROX:
            return _bounds(self.value, self.qualifier, tolerance, count=_counts(self.unit))
        return self.low, self.high

    def __str__(self) -> str:
        from recon._format import format_quantity

        return format_quantity(self)


@attrs.frozen(kw_only=True)
class DateValue:
    """A date, possibly imprecise: ``value`` is the stated day (the first day of
    the stated month or year), ``low``/``high`` the interval it stands for."""

    value: _dt.date
    low: _dt.date = attrs.field()
    high: _dt.date = attrs.field()
    precision: Precision = attrs.field(default=Precision.DAY, converter=Precision)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=Qualifier)
    raw: str = attrs.field(default="", eq=False)

    @low.default
    def _low(self) -> _dt.date:
        return self.value

    @high.default
    def _high(self) -> _dt.date:
        return self.value

    def __attrs_post_init__(self) -> None:
        for name in ("value", "low", "high"):
            v = getattr(self, name)
            if isinstance(v, _dt.datetime) or not isinstance(v, _dt.date):
                raise InvalidValueError(
                    f"date {name} must be a datetime.date, got {v!r}", item=self
                )
        if not (self.low <= self.high):
            raise InvalidValueError(f"date low {self.low} > high {self.high}", item=self)

    @property
    def unit(self) -> str:
        return "date"

    def __str__(self) -> str:
        from recon._format import format_date

        return format_date(self)


def normalise_text(s: str) -> str:
    """Comparison form of a text value: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


@attrs.frozen(kw_only=True)
class TextValue:
    """A categorical value (a gate, a city, a name); equal when normalised equal."""

    value: str
    normalised: str = attrs.field()
    raw: str = attrs.field(default="", eq=False)

    @normalised.default
    def _norm(self) -> str:
        return normalise_text(self.value)

    @property
    def unit(self) -> str:
        return "text"

    def __str__(self) -> str:
        return self.value


def _str_tuple(xs: Iterable[str]) -> tuple[str, ...]:
    return tuple(xs)


@attrs.frozen(kw_only=True)
class SetValue:
    """A multi-valued field (an author list, a set of countries), compared as a set."""

    value: tuple[str, ...] = attrs.field(converter=_str_tuple)
    members: frozenset[str] = attrs.field()
    raw: str = attrs.field(default="", eq=False)

    @members.default
    def _members(self) -> frozenset[str]:
        return frozenset(m for m in (normalise_text(x) for x in self.value) if m)

    @property
    def unit(self) -> str:
        return "set"

    def __str__(self) -> str:
        return "; ".join(self.value)


Value = Quantity | DateValue | TextValue | SetValue
_VALUE_TYPES = (Quantity, DateValue, TextValue, SetValue)


def _check_value(_inst: object, _a: object, v: Value) -> None:
    if not isinstance(v, _VALUE_TYPES):
        raise InvalidValueError(
            f"claim value must be a Quantity, DateValue, TextValue or SetValue, got {v!r}",
            item=v,
        )


def _nonempty(inst: object, a: attrs.Attribute[str], v: str) -> None:
    if not isinstance(v, str) or not v.strip():
        raise InvalidValueError(f"claim {a.name} must be a non-empty string, got {v!r}", item=inst)


@attrs.frozen(kw_only=True)
class Claim:
    """One source's statement that ``entity``'s ``field`` has ``value``.

    ``entity`` is the mention as the source wrote it ("قاعدة K1 الجوية");
    linking decides which real-world :class:`Entity` it refers to.  The
    provenance fields say exactly where the claim came from: ``span`` into
    the document text, ``quote`` (the sentence), ``speaker`` (who the text
    attributes it to), ``method`` (extracted or given), ``as_of`` (the date
    the figure refers to, when it changes over time), ``role`` (what was
    counted, e.g. "soldiers and contractors") and ``cue`` (the article says
    the figure revises an earlier one, or disputes another source's: only
    extracted claims carry one).
    """

    entity: str = attrs.field(validator=_nonempty)
    field: str = attrs.field(validator=_nonempty)
    value: Value = attrs.field(validator=_check_value)
    source: Source
    span: Span | None = None
    quote: str | None = None
    speaker: str | None = None
    method: Method = attrs.field(default=Method.GIVEN, converter=Method)
    as_of: _dt.date | None = attrs.field(default=None, converter=_opt_date)
    role: str | None = None
    entity_span: Span | None = attrs.field(default=None, eq=False)
    cue: Cue | None = attrs.field(default=None, converter=attrs.converters.optional(Cue))

    @property
    def doc(self) -> str:
        """The id of the document (or provider) the claim comes from."""
        return self.source.id

    def _repr_html_(self) -> str:
        from recon.render import claim_html

        return claim_html(self)


@attrs.frozen(kw_only=True)
class LinkReason:
    """Why a mention joined an entity: the matching key and the score."""

    mention: str
    key: str
    matched: str
    score: float
    rule: str


@attrs.frozen(kw_only=True)
class Entity:
    """A real-world thing that claims are about, with every surface form seen."""

    id: str
    name: str
    kind: str = "unknown"
    aliases: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    reasons: tuple[LinkReason, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.name
