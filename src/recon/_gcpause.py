"""Pausing Python's cyclic garbage collector while one document is extracted
(and while :func:`recon.reconcile` links, groups and resolves the claims).

Extraction allocates hundreds of thousands of small container objects per
megabyte (tokens, matches, candidate tuples); each allocation burst triggers
collections that walk every young object and, now and then, every object in
the process (the lexicons included).  That is about a sixth of extraction's
CPU time and grows with the size of a single document.  Almost nothing it
allocates forms a reference cycle, so postponing collection to the end of
the document costs little memory.

The pause nests and is shared between threads: the collector is switched
off by the first caller in and restored (only if it was on) by the last one
out, so a program that turned it off itself keeps it off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_state = {"depth": 0, "was_on": False}


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the body with automatic garbage collection off."""
    with _LOCK:
        if _state["depth"] == 0:
            _state["was_on"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_on"]:
                gc.enable()
