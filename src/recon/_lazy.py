"""A per-object attribute worked out on first read.

:class:`functools.cached_property` takes a lock on every first read (Python
3.11), which the per-sentence objects of extraction pay thousands of times
per article for nothing: each such object belongs to one document, read by
one thread.  :class:`lazy` stores the value in the instance's ``__dict__``
on first read, after which the attribute is a plain instance attribute.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

__all__ = ["lazy"]

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801 - used as a decorator, like cached_property
    """``@lazy`` on a method: its value, computed once per instance."""

    __slots__ = ("_func", "_name")

    def __init__(self, func: Callable[[Any], T]) -> None:
        self._func = func
        self._name = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> lazy[T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> T | lazy[T]:
        if obj is None:
            return self
        value = obj.__dict__[self._name] = self._func(obj)
        return value
