"""Building the extractor's small frozen attrs objects without their ``__init__``.

The extractor builds a candidate, a phrase match or a segment for nearly
every name, phrase and sentence it reads, and calling a frozen attrs class
costs several times the object itself: ``type.__call__``, the generated
``__init__``'s frame (keyword arguments in a dict first), and one bound
``object.__setattr__`` per field.  For a slotted class whose fields have no
converter nor validator, setting each slot through its member descriptor
makes the same object (same fields, so the same equality, hash and repr)
for a fraction of that.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["setters"]

Setter = Callable[[Any, Any], None]


def setters(cls: type, names: tuple[str, ...]) -> tuple[Setter, ...]:
    """The slot setters of ``cls``'s fields ``names`` (all of them, in order).

    Raises :class:`TypeError` when ``cls`` is not such a class or its fields
    differ: a constructor built on these would otherwise miss a field."""
    fields = attrs.fields(cls)
    if tuple(a.name for a in fields) != names:
        raise TypeError(f"{cls.__name__} fields are not {names}")
    if any(a.validator is not None or a.converter is not None for a in fields):
        raise TypeError(f"{cls.__name__} checks or converts a field")
    slots = [cls.__dict__.get(n) for n in names]
    if not all(type(s) is types.MemberDescriptorType for s in slots):
        raise TypeError(f"{cls.__name__} is not slotted")
    return tuple(s.__set__ for s in slots)  # type: ignore[union-attr]  # checked above
