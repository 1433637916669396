"""The one writer: results from any engine reach the store here, in the client process.

Saving is idempotent (a document is keyed by its content hash, its events by content ids), so a
partition coded twice after a worker died, or a run started again, stores each document once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from frontwatch.errors import StorageFault
from frontwatch.model import Rejection
from frontwatch.runner import Coded, Result
from frontwatch.store import Store

Report = Callable[[dict[str, str]], None]


@dataclass
class Tally:
    """What a run stored: documents, events, rejections, and documents left pending by a fault."""

    documents: int = 0
    events: int = 0
    rejected: int = 0
    pending: int = 0


class StoreWriter:
    """Writes results one by one; rejections and storage faults go to `report` as JSON-ready dicts."""

    def __init__(self, store: Store, report: Report) -> None:
        self.store = store
        self.report = report
        self.tally = Tally()

    def write(self, result: Result) -> bool:
        """Store one result; False when a storage fault left it pending (reported; the run goes on)."""
        if isinstance(result, Rejection):
            return self._reject(result)
        return self._save(result)

    def _reject(self, rejection: Rejection) -> bool:
        """Record a rejection in the ledger; a storage fault leaves it pending, as for a document."""
        try:
            self.store.save_rejection(rejection)
        except StorageFault as exc:
            self.report({"doc_id": rejection.doc_id, "source": rejection.source, **exc.as_dict()})
            self.tally.pending += 1
            return False
        self.report(rejection.as_dict())
        self.tally.rejected += 1
        return True

    def _save(self, coded: Coded) -> bool:
        try:
            self.store.save_document(coded.document, coded.events)
        except StorageFault as exc:
            self.report({"doc_id": coded.document.doc_id, "source": coded.document.source, **exc.as_dict()})
            self.tally.pending += 1
            return False
        self.tally.documents += 1
        self.tally.events += len(coded.events)
        return True
