"""What every storage backend offers: the `Store` protocol and the `EventFilter` used to read events."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import Any, NamedTuple, Protocol, Self

from frontwatch.errors import UsageError
from frontwatch.model import Document, Event, Rejection


@dataclass(frozen=True)
class EventFilter:
    """Which events to read. Every field is optional; text matches are case-insensitive substrings.

    `date_from` and `date_to` are inclusive ISO dates (YYYY-MM-DD) compared with `event_date`;
    when either is set, events without a date are left out.
    """

    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    place: str | None = None  # location, admin1 or country
    actor: str | None = None  # actor1 or actor2
    claimant: str | None = None  # claimant, claimant_actor or claimant_side
    modality: str | None = None
    include_historical: bool = True
    limit: int | None = None

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is None:
                continue
            try:
                date.fromisoformat(value)
            except (TypeError, ValueError):
                raise UsageError(
                    f"{name.replace('_', ' ')} {value!r} is not a date",
                    hint="Give dates as YYYY-MM-DD.",
                ) from None
        if self.limit is not None and (isinstance(self.limit, bool) or self.limit < 0):
            raise UsageError(f"limit {self.limit!r} is not a count", hint="Give a whole number, 0 or more.")


class SearchHit(NamedTuple):
    document_hash: str
    title: str | None
    snippet: str


class Store(Protocol):
    """A place where documents, their events, rejections and runs are kept."""

    def save_document(self, doc: Document, events: Sequence[Event]) -> bool:
        """Store a document and its events in one transaction; True if the document was new."""
        ...

    def has_document(self, document_hash: str) -> bool: ...

    def save_rejection(self, rej: Rejection) -> None: ...

    def start_run(self, command: str) -> int: ...

    def finish_run(
        self, run_id: int, *, documents: int, events: int, rejections: int, status: str
    ) -> None: ...

    def events(self, filters: EventFilter | None = None) -> Iterator[Event]: ...

    def documents_count(self) -> int: ...

    def events_count(self) -> int: ...

    def rejections_count(self) -> int: ...

    def rejections(self) -> list[Rejection]: ...

    def document(self, document_hash: str) -> Document | None: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def summary(self, top: int = 10) -> dict[str, Any]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
