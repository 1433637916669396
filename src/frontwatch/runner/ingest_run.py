"""A run into the store: stream inputs through an engine, write each result, record the run.

`ingest` and every poll of `watch` are runs; each is one row in the `runs` table, whatever the
engine."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from frontwatch.errors import StorageFault
from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Result
from frontwatch.runner.engines import Engine
from frontwatch.runner.progress import Progress
from frontwatch.runner.writer import Report, StoreWriter, Tally
from frontwatch.store import Store

# Called after each result is written, with whether it is now safely stored.
Written = Callable[[Result, bool], None]


def run_into_store(
    store: Store,
    engine: Engine,
    items: Iterable[RawDocument | Rejection],
    *,
    command: str,
    report: Report,
    default_date: date | None = None,
    progress: Progress | None = None,
    written: Written | None = None,
) -> Tally:
    """Code `items` with `engine` and store every result (one transaction per document).

    Raises StorageFault at the end when some documents could not be written: they stay pending and
    the same command run again stores them."""
    writer = StoreWriter(store, report)
    run_id = store.start_run(command)
    status = "failed"
    results = engine.code(items, default_date=default_date)
    try:
        for result in progress.track(results) if progress is not None else results:
            stored = writer.write(result)
            if written is not None:
                written(result, stored)
        status = "completed" if not writer.tally.pending else "incomplete"
    finally:
        tally = writer.tally
        store.finish_run(
            run_id, documents=tally.documents, events=tally.events, rejections=tally.rejected, status=status
        )
    if tally.pending:
        raise StorageFault(
            f"{tally.pending} documents could not be stored and are still pending; "
            "run the same command again."
        )
    return tally
