"""The watch loop: each poll lists what is new in every source, codes it through an engine and the
one store writer, and records in the database which items are done, so a restarted watch goes on
where it stopped without coding anything again."""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import FetchFailed, StorageFault, UsageError
from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Coded, Result
from frontwatch.runner.engines import Engine
from frontwatch.runner.ingest_run import run_into_store
from frontwatch.runner.progress import terminal_progress
from frontwatch.runner.writer import Report, Tally
from frontwatch.store.sqlite import SqliteStore
from frontwatch.store.watch_state import REJECTED, RETRY, STORED, SourceState, WatchState
from frontwatch.watch.fetch import Fetcher
from frontwatch.watch.sources import Item, Listing, list_source

_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_INTERVAL = 1.0


def parse_interval(text: str) -> float:
    """Seconds in '90', '30s', '10m', '2h' or '1d'; UsageError for anything else or under a second."""
    match = _INTERVAL.fullmatch(text.strip().lower())
    if match is None:
        raise UsageError(f"--every {text!r} is not a duration", hint="Write it like 30s, 10m, 2h or 1d.")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds < MIN_INTERVAL:
        raise UsageError(f"--every {text!r} is under a second", hint="Poll at most once a second.")
    return seconds


@dataclass
class _Outcome:
    """How the documents of one item fared."""

    coded: int = 0
    rejected: int = 0
    retry: bool = False
    pending: bool = False
    document_hash: str | None = None


class _Ledger:
    """Follows items through the run (results come back in input order) and marks each item once
    all its documents are written. An item with a document left pending is not marked: it comes
    back at the next poll, and the idempotent writer stores it once."""

    def __init__(self, state: WatchState) -> None:
        self.state = state
        self._queue: deque[tuple[Item, bool]] = deque()
        self._outcome = _Outcome()
        self.retrying: set[str] = set()  # sources with an item to try again

    def documents(self, items: Iterable[Item]) -> Iterator[RawDocument | Rejection]:
        for item in items:
            previous: RawDocument | Rejection | None = None
            for document in item.documents():
                if previous is not None:
                    self._queue.append((item, False))
                    yield previous
                previous = document
            if previous is None:
                self.state.mark(item.source, item.key, STORED)
                continue
            self._queue.append((item, True))
            yield previous

    def written(self, result: Result, stored: bool) -> None:
        item, last = self._queue.popleft()
        outcome = self._outcome
        if not stored:
            outcome.pending = True
        elif isinstance(result, Coded):
            outcome.coded += 1
            outcome.document_hash = outcome.document_hash or result.document.document_hash
        elif result.code == FetchFailed.code:
            outcome.retry = True
        else:
            outcome.rejected += 1
        if last:
            self._finish(item, outcome)
            self._outcome = _Outcome()

    def _finish(self, item: Item, outcome: _Outcome) -> None:
        if outcome.pending:
            return
        status = RETRY if outcome.retry else STORED if outcome.coded else REJECTED
        if outcome.retry:
            self.retrying.add(item.source)
        self.state.mark(item.source, item.key, status, outcome.document_hash)


class Watcher:
    """Polls sources into a SQLite store through `engine`."""

    def __init__(
        self,
        store: SqliteStore,
        engine: Engine,
        fetcher: Fetcher,
        *,
        report: Report,
        limits: Limits = DEFAULT_LIMITS,
        default_date: date | None = None,
        progress: TextIO | None = None,
    ) -> None:
        self.store = store
        self.state = WatchState(store)
        self.engine = engine
        self.fetcher = fetcher
        self.report = report
        self.limits = limits
        self.default_date = default_date
        self.progress = progress

    def poll(self, sources: Sequence[str]) -> Tally:
        """One pass over every source: new items coded and stored, then the sources' validators kept."""
        listings = [list_source(source, self.state, self.fetcher, self.limits) for source in sources]
        for listing in listings:
            if listing.problem is not None:
                self.store.save_rejection(listing.problem)
                self.report(listing.problem.as_dict())
        items = [item for listing in listings for item in listing.items]
        ledger = _Ledger(self.state)
        progress = None
        if self.progress is not None:
            progress = terminal_progress(self.progress, quiet=False, total=len(items))
        tally = run_into_store(
            self.store,
            self.engine,
            ledger.documents(items),
            command="watch",
            report=self.report,
            default_date=self.default_date,
            progress=progress,
            written=ledger.written,
        )
        self._remember(listings, ledger.retrying)
        return tally

    def _remember(self, listings: list[Listing], retrying: set[str]) -> None:
        """Keep validators only after every item of the source is done: a watch stopped half way
        asks again in full next time, and skips the items it had finished. A source with an item
        to try again forgets its validators, so the next poll lists it in full."""
        for listing in listings:
            if listing.problem is not None:
                self.state.save_source(listing.state, listing.problem.code)
            elif listing.source in retrying:
                self.state.save_source(SourceState(listing.source), "retry")
            else:
                self.state.save_source(listing.state, "ok")

    def watch(
        self,
        sources: Sequence[str],
        *,
        every: float,
        once: bool = False,
        polled: Callable[[Tally], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Poll now and then every `every` seconds (only once with `once`). In a long watch, a poll
        that leaves documents pending is reported and the next poll stores them."""
        while True:
            started = clock()
            try:
                tally = self.poll(sources)
            except StorageFault as exc:
                if once:
                    raise
                self.report(exc.as_dict())
            else:
                if polled is not None:
                    polled(tally)
            if once:
                return
            sleep(max(0.0, every - (clock() - started)))
