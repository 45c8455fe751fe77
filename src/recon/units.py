"""Canonical units: which exist, what they measure, and how they convert.

A unit is a short code (``"person"``, ``"USD"``, ``"km"``).  Two quantities
compare only when their units share a *dimension*; within a dimension they are
converted to the dimension's base unit first.  Currencies are each their own
dimension: recon never applies exchange rates, so dollars and euros are
incomparable rather than silently converted.
"""

from __future__ import annotations

import attrs

from recon.errors import UnitError

__all__ = ["ALIASES", "UNITS", "Unit", "comparable", "register_unit", "to_base", "unit"]


@attrs.frozen(kw_only=True)
class Unit:
    """One canonical unit: ``code`` measures ``dimension``; 1 code = ``factor`` base units.

    ``spread`` is the (fewest, most) base units one of it may stand for when
    a figure is compared, for a unit of uneven size: a month is 28 to 31
    days, so "لمدة شهر" and "لمدة 30 يوماً" agree.  None: exactly ``factor``.
    """

    code: str
    dimension: str
    factor: float = 1.0
    label: str = ""
    count: bool = False  # a count of things can never be negative
    singular: str = ""  # the label for exactly one ("1 day"), when it differs
    spread: tuple[float, float] | None = None

    @property
    def low_factor(self) -> float:
        """Base units one of this unit stands for at fewest."""
        return self.factor if self.spread is None else self.spread[0]

    @property
    def high_factor(self) -> float:
        """Base units one of this unit stands for at most."""
        return self.factor if self.spread is None else self.spread[1]


def _units() -> dict[str, Unit]:
    table: list[Unit] = [
        Unit(code="", dimension="number", label=""),
        Unit(code="person", dimension="person", label="people", count=True, singular="person"),
        Unit(code="item", dimension="item", label="items", count=True, singular="item"),
        Unit(code="percent", dimension="percent", label="%"),
        Unit(code="km", dimension="length", factor=1.0, label="km"),
        Unit(code="m", dimension="length", factor=0.001, label="m"),
        Unit(code="cm", dimension="length", factor=0.00001, label="cm"),
        Unit(code="ft", dimension="length", factor=0.0003048, label="ft"),
        Unit(code="in", dimension="length", factor=0.0000254, label="in"),
        Unit(code="mile", dimension="length", factor=1.609344, label="miles", singular="mile"),
        Unit(
            code="nmi",
            dimension="length",
            factor=1.852,
            label="nautical miles",
            singular="nautical mile",
        ),
        Unit(code="km2", dimension="area", factor=1.0, label="km²"),
        Unit(code="m2", dimension="area", factor=1e-6, label="m²"),
        Unit(code="hectare", dimension="area", factor=0.01, label="ha"),
        Unit(code="dunam", dimension="area", factor=0.001, label="dunams", singular="dunam"),
        Unit(
            code="feddan", dimension="area", factor=0.00420083, label="feddans", singular="feddan"
        ),
        Unit(code="acre", dimension="area", factor=0.0040468564224, label="acres", singular="acre"),
        Unit(
            code="second",
            dimension="duration",
            factor=1 / 86400,
            label="seconds",
            singular="second",
        ),
        Unit(
            code="minute", dimension="duration", factor=1 / 1440, label="minutes", singular="minute"
        ),
        Unit(code="hour", dimension="duration", factor=1 / 24, label="hours", singular="hour"),
        Unit(code="day", dimension="duration", factor=1.0, label="days", singular="day"),
        Unit(code="week", dimension="duration", factor=7.0, label="weeks", singular="week"),
        Unit(
            code="month",
            dimension="duration",
            factor=30.436875,
            label="months",
            singular="month",
            spread=(28.0, 31.0),
        ),
        Unit(
            code="year",
            dimension="duration",
            factor=365.2425,
            label="years",
            singular="year",
            spread=(365.0, 366.0),
        ),
        Unit(code="kg", dimension="mass", factor=1.0, label="kg"),
        Unit(code="tonne", dimension="mass", factor=1000.0, label="tonnes", singular="tonne"),
        Unit(code="quintal", dimension="mass", factor=100.0, label="quintals", singular="quintal"),
        Unit(code="g", dimension="mass", factor=0.001, label="g"),
        Unit(code="litre", dimension="volume", factor=1.0, label="litres", singular="litre"),
        Unit(code="m3", dimension="volume", factor=1000.0, label="m³"),
        Unit(
            code="gallon",
            dimension="volume",
            factor=3.785411784,
            label="gallons",
            singular="gallon",
        ),
        # Temperatures compare as they are: only Celsius is listed, so no
        # conversion needs an offset.
        Unit(code="celsius", dimension="temperature", factor=1.0, label="°C"),
        # Rain and snow in millimetres: never a distance ("هطول 120 ملم").
        Unit(code="mm", dimension="precipitation", factor=1.0, label="mm"),
        Unit(code="kW", dimension="power", factor=0.001, label="kW"),
        Unit(code="MW", dimension="power", factor=1.0, label="MW"),
        Unit(code="GW", dimension="power", factor=1000.0, label="GW"),
        Unit(
            code="barrel",
            dimension="volume",
            factor=158.987294928,
            label="barrels",
            singular="barrel",
        ),
    ]
    currencies = (
        "USD EUR GBP IQD SYP LBP EGP SAR AED JOD KWD QAR BHD OMR YER TRY IRR ILS "
        "MAD DZD TND LYD SDG CHF JPY CNY RUB MRU SOS KES ETB XOF INR PKR"
    ).split()
    table += [Unit(code=c, dimension=f"currency:{c}", label=c) for c in currencies]
    # Sub-units the press counts large sums in ("230 مليون سنتيم"): the same
    # dimension as their currency, so they compare with it.
    table += [
        Unit(code="DZD-centime", dimension="currency:DZD", factor=0.01, label="DZD centimes"),
        Unit(code="MAD-centime", dimension="currency:MAD", factor=0.01, label="MAD centimes"),
        Unit(code="TND-millime", dimension="currency:TND", factor=0.001, label="TND millimes"),
    ]
    return {u.code: u for u in table}


UNITS: dict[str, Unit] = _units()


def register_unit(new: Unit) -> None:
    """Add a unit (or replace one) for this process; e.g. a local currency."""
    UNITS[new.code] = new


# Common symbols users write for a unit whose code is spelt out: structured
# claims and expected answers say "ha" or "km²" as often as "hectare", "km2".
ALIASES: dict[str, str] = {
    "ha": "hectare",
    "t": "tonne",
    "h": "hour",
    "hr": "hour",
    "min": "minute",
    "s": "second",
    "l": "litre",
    "km²": "km2",
    "m²": "m2",
    "m³": "m3",
    "°C": "celsius",
}


def unit(code: str) -> Unit:
    """The :class:`Unit` for ``code`` or one of its :data:`ALIASES` ("ha");
    :class:`~recon.UnitError` if unknown."""
    found = UNITS.get(ALIASES.get(code, code))
    if found is None:
        known = ", ".join(sorted(c for c in UNITS if c))
        raise UnitError(f"unknown unit {code!r}; known units: {known}")
    return found


def comparable(a: str, b: str) -> bool:
    """True when quantities in units ``a`` and ``b`` measure the same thing."""
    return unit(a).dimension == unit(b).dimension


def to_base(x: float, code: str) -> float:
    """``x`` expressed in the base unit of its dimension (km, days, km², …)."""
    return x * unit(code).factor
