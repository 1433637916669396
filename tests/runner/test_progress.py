"""The progress line: rate always, ETA only when the total is known, nothing when not a terminal."""

from __future__ import annotations

import io
from collections.abc import Iterator

from frontwatch.runner.partitions import partitions
from frontwatch.runner.progress import Progress, progress_line, terminal_progress


def test_progress_line_with_and_without_a_total() -> None:
    assert progress_line(30, 10.0) == "30 documents, 3.0/s"
    assert progress_line(30, 10.0, total=300) == "30/300 documents, 3.0/s, ETA 0:01:30"
    assert progress_line(0, 0.0, total=5) == "0/5 documents, 0.0/s"


def test_progress_draws_on_a_terminal_only_and_counts_what_passes() -> None:
    ticks = iter(float(n) for n in range(100))
    shown = io.StringIO()
    progress = Progress(shown, enabled=True, total=3, clock=lambda: next(ticks))
    assert list(progress.track("abc")) == ["a", "b", "c"]
    assert progress.count == 3
    assert shown.getvalue().endswith("3/3 documents, 0.8/s, ETA 0:00:00\x1b[K\n")
    quiet = io.StringIO()
    assert list(terminal_progress(quiet, quiet=False).track("ab")) == ["a", "b"]
    assert quiet.getvalue() == ""  # a StringIO is not a terminal


def test_partitions_are_bounded_ordered_and_lazy() -> None:
    pulled: list[int] = []

    def source() -> Iterator[int]:
        for n in range(7):
            pulled.append(n)
            yield n

    chunks = partitions(source(), 3)
    assert next(chunks) == [0, 1, 2]
    assert pulled == [0, 1, 2]
    assert list(chunks) == [[3, 4, 5], [6]]
