"""Labelled texts for training, read with the evaluation readers (ACLED CSV exports, our gold JSONL).

An ACLED row gives its `notes` as the text and its `sub_event_type` as the label. A gold record gives
its main event's evidence sentence (or, without one, the whole text) and that event's sub-event type;
records without events are left out, because the rules, not the model, decide whether there is an event.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from frontwatch.evaluate.acled import read_acled
from frontwatch.evaluate.gold import GoldDocument, load_gold
from frontwatch.extract.taxonomy import SUB_EVENT_TYPES
from frontwatch.ingest import read_paths
from frontwatch.model import RawDocument, Rejection

TEXT = "text"  # a whole document's text (an ACLED note tells one event)
EVIDENCE = "evidence"  # the main event's evidence sentence of a gold record
NONE = "(none)"  # the label of a sentence that reports no event
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”]?\s+(?=[\"'“(]?[A-Z0-9])")


@dataclass(frozen=True)
class Labelled:
    """One training text, its label and the document it comes from (to run the rules on it)."""

    doc_id: str
    text: str
    label: str
    document: RawDocument
    published: date | None = None
    kind: str = TEXT


@dataclass(frozen=True)
class LabelledSet:
    examples: tuple[Labelled, ...]
    skipped: int  # rows with no text or a label outside ACLED's sub-event types
    sources: tuple[tuple[str, str], ...]  # (file name, SHA-256) of every file read


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_labelled(
    acled: Path | None = None, gold: Path | Sequence[Path] | None = None, *, quiet_sentences: bool = False
) -> LabelledSet:
    """Every usable labelled text of the files given, ACLED rows first, then each gold file, each in
    file order. With `quiet_sentences`, every sentence of a gold text that is no event's evidence is a
    row labelled NONE too, so the model learns what reports no event."""
    found: list[Labelled] = []
    skipped = 0
    sources: list[tuple[str, str]] = []
    if acled is not None:
        rows = list(read_acled(acled))
        sources.append((acled.name, file_sha256(acled)))
        found.extend(
            Labelled(
                row.document.doc_id,
                row.document.text,
                str(row.gold.get("sub_event_type") or ""),
                row.document,
            )
            for row in rows
        )
    for gold_file in [gold] if isinstance(gold, Path) else gold or ():
        documents = load_gold(gold_file)
        sources.append((gold_file.name, file_sha256(gold_file)))
        found.extend(e for e in (_from_gold(doc, gold_file) for doc in documents) if e is not None)
        if quiet_sentences:
            found.extend(e for doc in documents for e in _quiet(doc, gold_file))
    usable = [e for e in found if e.text.strip() and (e.label in SUB_EVENT_TYPES or e.label == NONE)]
    skipped += len(found) - len(usable)
    return LabelledSet(tuple(usable), skipped, tuple(sources))


def _from_gold(doc: GoldDocument, gold_file: Path) -> Labelled | None:
    if not doc.events:
        return None
    raw = _raw(doc, gold_file)
    if raw is None:
        return None
    main = doc.events[0]
    evidence = main.get("evidence")
    text, kind = (str(evidence), EVIDENCE) if evidence else (raw.text, TEXT)
    return Labelled(doc.doc_id, text, str(main.get("sub_event_type") or ""), raw, doc.published, kind)


def sentences_of(text: str) -> list[str]:
    """A text cut into sentences at a full stop, question or exclamation mark before a capital."""
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


def _quiet(doc: GoldDocument, gold_file: Path) -> list[Labelled]:
    """The sentences of an inline gold record that tell none of its events."""
    if doc.text is None:
        return []
    evidence = [str(e["evidence"]) for e in doc.events if e.get("evidence")]
    raw = RawDocument(doc_id=doc.doc_id, source=str(gold_file), text=doc.text, media_type="jsonl")
    return [
        Labelled(f"{doc.doc_id}#{n}", sentence, NONE, raw, doc.published, EVIDENCE)
        for n, sentence in enumerate(sentences_of(doc.text))
        if not any(sentence in e or e in sentence for e in evidence)
    ]


def _raw(doc: GoldDocument, gold_file: Path) -> RawDocument | None:
    if doc.path is None:
        return RawDocument(doc_id=doc.doc_id, source=str(gold_file), text=doc.text or "", media_type="jsonl")
    first = next(iter(read_paths([doc.path])), None)
    return first if first is not None and not isinstance(first, Rejection) else None


def read_documents(gold: Sequence[Path]) -> LabelledSet:
    """Every inline record of the gold files as one whole text labelled with its main event's type, or
    NONE when it reports no event: what the rules and the proposals are scored on."""
    found: list[Labelled] = []
    sources: list[tuple[str, str]] = []
    for gold_file in gold:
        sources.append((gold_file.name, file_sha256(gold_file)))
        for doc in load_gold(gold_file):
            raw = _raw(doc, gold_file)
            if raw is not None and raw.text.strip():
                label = str(doc.events[0].get("sub_event_type") or "") if doc.events else NONE
                found.append(Labelled(doc.doc_id, raw.text, label, raw, doc.published, TEXT))
    return LabelledSet(tuple(found), 0, tuple(sources))
