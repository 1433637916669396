"""Incidents from the coded example reports: merging, counting, claims and their status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontwatch.aggregate import rebuild, update
from frontwatch.model import Document, Event
from frontwatch.store.sqlite import SqliteStore

from .conftest import fill
from .support import claim, event_id, incident_of


def test_syndicated_copies_are_one_independent_source(report_store: SqliteStore) -> None:
    update(report_store)
    row = incident_of(report_store, "kupiansk-reuters", "entered Kupiansk")
    assert row["sources"] == 4
    assert row["independent_sources"] == 3  # the Reuters story and its copy are one source
    assert {"Reuters", "Daily Sentinel", "TASS", "Kyiv Independent"} <= set(row["outlets"])


def test_entry_and_repelled_attack_are_a_disputed_control_claim(report_store: SqliteStore) -> None:
    update(report_store)
    row = incident_of(report_store, "kupiansk-tass", "repelled an attack")
    control = claim(row, "control:Ukraine")
    assert control["status"] == "disputed"
    assert [r["claimant_side"] for r in control["contradicting"]] == ["Russia"]
    assert row["status"] == "disputed"
    assert row["controller"] == "contested"


def test_a_denial_disputes_the_strike(report_store: SqliteStore) -> None:
    update(report_store)
    row = incident_of(report_store, "kramatorsk-reuters", "struck the railway station")
    happened = claim(row, "happened")
    assert happened["status"] == "disputed"
    assert [r["modality"] for r in happened["contradicting"]] == ["denied"]
    assert row["first_reported"].startswith("2022-04-08")


def test_independent_sources_from_both_camps_corroborate(report_store: SqliteStore) -> None:
    update(report_store)
    row = incident_of(report_store, "kherson-bbc", "regained control of Kherson")
    assert row["status"] == "corroborated"  # Kyiv claims it, Moscow's withdrawal confirms it
    assert row["controller"] == "Ukraine"


def test_two_outlets_quoting_one_side_are_only_claimed(report_store: SqliteStore) -> None:
    update(report_store)
    row = incident_of(report_store, "balakliia-ap", "recaptured the town of Balakliia")
    assert row["independent_sources"] == 2  # AP and Ukrinform, both quoting Kyiv's officials
    assert row["status"] == "claimed"
    assert row["controller"] == "Ukraine"


def test_one_side_alone_is_only_claimed(report_store: SqliteStore) -> None:
    update(report_store)
    row = incident_of(report_store, "kremenchuk-ap", "crowded shopping mall")
    assert row["independent_sources"] == 2
    assert claim(row, "happened")["claimed_by"] == "Ukraine"
    assert row["status"] == "claimed"


def test_background_report_is_attached_but_not_counted(report_store: SqliteStore) -> None:
    update(report_store)
    background = event_id(report_store, "kherson-background", "recaptured Kherson in November")
    row = incident_of(report_store, "kherson-bbc", "regained control of Kherson")
    assert report_store.incidents_of_events([background])[background] == row["incident_id"]
    assert row["reports"] == 2
    counted = {r["event_id"] for c in row["claims"] for r in c["supporting"] + c["contradicting"]}
    assert background not in counted
    assert row["date_start"] == "2022-11-11"


def _snapshot(store: SqliteStore) -> tuple[dict[str, str], list[dict[str, Any]]]:
    ids = sorted(e.event_id for e in store.events())
    return store.incidents_of_events(ids), store.incident_rows()


def test_same_incidents_whatever_the_order(
    tmp_path: Path, coded_reports: list[tuple[Document, list[Event]]]
) -> None:
    with SqliteStore(tmp_path / "all.db") as at_once:
        fill(at_once, coded_reports)
        update(at_once)
        expected = _snapshot(at_once)
        rebuild(at_once)
        assert _snapshot(at_once) == expected
    with SqliteStore(tmp_path / "one-by-one.db") as reversed_store:
        for document, events in reversed(coded_reports):
            reversed_store.save_document(document, events)
            update(reversed_store, [document.document_hash])
        assert _snapshot(reversed_store) == expected


def test_update_with_nothing_new_changes_nothing(report_store: SqliteStore) -> None:
    first = update(report_store)
    assert first.documents > 0
    before = report_store.incident_rows()
    again = update(report_store)
    assert (again.documents, again.incidents) == (0, 0)
    assert report_store.incident_rows() == before
