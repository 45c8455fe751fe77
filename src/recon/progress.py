"""A tiny progress bar for the command line (no dependency).

It stays silent for the first ``delay`` seconds, so a corpus that is read in
under a second prints nothing, and it is off entirely when the stream is not a
terminal (a pipe, a file, CI logs).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

__all__ = ["Progress"]

T = TypeVar("T")


class Progress:
    """``with Progress(total, label="reading") as p: ... p.advance()``.

    ``enabled=None`` turns the bar on only when ``stream`` is a terminal.
    Redraws at most ``1/interval`` times a second and erases itself on close.
    """

    def __init__(
        self,
        total: int,
        *,
        label: str = "",
        stream: TextIO | None = None,
        enabled: bool | None = None,
        delay: float = 1.0,
        interval: float = 0.1,
        width: int = 28,
    ) -> None:
        self.total = max(0, total)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.delay = delay
        self.interval = interval
        self.width = width
        self.done = 0
        self._start = time.monotonic()
        self._last_draw = -1.0
        self._drawn = 0

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more items done and redraw if it is time to."""
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start < self.delay or now - self._last_draw < self.interval:
            return
        self._last_draw = now
        self._draw(now)

    def set_label(self, label: str) -> None:
        """Change what the bar says it is doing (redrawn at once if shown)."""
        self.label = label
        if self.enabled and self._drawn:
            self._draw(time.monotonic())

    def _draw(self, now: float) -> None:
        if self.total:
            frac = min(1.0, self.done / self.total)
            filled = int(frac * self.width)
            bar = "#" * filled + "-" * (self.width - filled)
            body = f"{self.label} [{bar}] {self.done}/{self.total} {frac:4.0%}"
        else:
            body = f"{self.label} {self.done}"
        body += f" {now - self._start:.0f}s"
        pad = max(0, self._drawn - len(body))
        self.stream.write("\r" + body + " " * pad)
        self.stream.flush()
        self._drawn = len(body)

    def close(self) -> None:
        """Erase the bar (if one was drawn), leaving the line clean for what follows."""
        if self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()
            self._drawn = 0

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """Yield ``items``, advancing after each one has been handled."""
        for item in items:
            yield item
            self.advance()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
