"""A one-line progress display for long runs: documents, documents per second, and an ETA when the
total is known. It writes to a terminal only, so logs and pipes stay clean."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")

REFRESH_SECONDS = 0.25


def progress_line(count: int, elapsed: float, total: int | None = None) -> str:
    """'120 documents, 14.2/s' or, with a total, '120/400 documents, 14.2/s, ETA 0:19'."""
    rate = count / elapsed if elapsed > 0 else 0.0
    if total is None:
        return f"{count} documents, {rate:.1f}/s"
    line = f"{count}/{total} documents, {rate:.1f}/s"
    if rate > 0 and total >= count:
        remaining = round((total - count) / rate)
        line += f", ETA {remaining // 3600}:{remaining // 60 % 60:02d}:{remaining % 60:02d}"
    return line


class Progress:
    """Counts items passing through `track`, redrawing the line at most every REFRESH_SECONDS."""

    def __init__(
        self,
        stream: TextIO,
        *,
        enabled: bool,
        total: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total = total
        self.count = 0
        self._clock = clock
        self._started = clock()
        self._drawn = float("-inf")

    def track(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            self.count += 1
            self._draw(final=False)
            yield item
        self._draw(final=True)

    def _draw(self, *, final: bool) -> None:
        if not self.enabled:
            return
        now = self._clock()
        if not final and now - self._drawn < REFRESH_SECONDS:
            return
        self._drawn = now
        line = progress_line(self.count, now - self._started, self.total)
        self.stream.write(f"\r{line}\x1b[K" + ("\n" if final else ""))
        self.stream.flush()


def terminal_progress(stream: TextIO, *, quiet: bool, total: int | None = None) -> Progress:
    """A Progress that draws only when not quiet and `stream` is a terminal."""
    return Progress(stream, enabled=not quiet and stream.isatty(), total=total)
