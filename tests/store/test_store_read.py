from __future__ import annotations

import pytest

from frontwatch.errors import UsageError
from frontwatch.model import Event, Rejection
from frontwatch.store import EventFilter
from frontwatch.store.sqlite import SqliteStore

from .factories import make_document, make_event


@pytest.fixture
def filled(store: SqliteStore) -> SqliteStore:
    a = make_document(doc_id="a", title="Shelling in Kharkiv")
    b = make_document(
        "ODESA (AP) - A drone hit the port of Odesa on Tuesday, the Ukrainian navy said. "
        "Protesters gathered in Kyiv against the mobilisation law.",
        doc_id="b",
        title="Drone strike on Odesa port",
    )
    store.save_document(
        a,
        [
            make_event(a, 0),
            make_event(
                a,
                1,
                event_type="Battles",
                sub_event_type="Armed clash",
                location="Izium",
                admin1="Kharkivska",
                claimant="Russian defence ministry",
                claimant_actor="Government of Russia (2000-)",
                claimant_side="Russia",
                actor1="Military Forces of Russia (2000-)",
                actor2="Military Forces of Ukraine (2019-)",
                event_date="2024-03-01",
            ),
            make_event(
                a, 2, modality="historical", event_date="2022-02-24", location="Київ", country="Україна"
            ),
        ],
    )
    store.save_document(
        b,
        [
            make_event(
                b,
                0,
                event_date="2024-03-05",
                sub_event_type="Air/drone strike",
                location="Odesa",
                admin1="Odeska",
                actor2=None,
            ),
            make_event(
                b,
                1,
                event_date=None,
                event_type="Protests",
                sub_event_type="Peaceful protest",
                location="Kyiv",
                admin1="Kyiv City",
                modality="asserted",
                claimant=None,
                claimant_actor=None,
                claimant_side=None,
                actor1="Protesters (Ukraine)",
                actor2=None,
            ),
        ],
    )
    store.save_rejection(Rejection("c", "in/c.bin", "FW102", "binary"))
    store.save_rejection(Rejection("d", "in/d.bin", "FW102", "binary"))
    store.save_rejection(Rejection("e", "in/e.txt", "FW101", "empty"))
    return store


def ids(events: list[Event]) -> list[tuple[str, int]]:
    return [(e.doc_id, int(e.event_id.rsplit("-", 1)[1])) for e in events]


def test_order_is_date_then_document_then_rank(filled: SqliteStore) -> None:
    assert ids(list(filled.events())) == [("a", 2), ("a", 1), ("a", 0), ("b", 0), ("b", 1)]


def test_rank_keeps_order_within_a_document(store: SqliteStore) -> None:
    doc = make_document()
    events = [make_event(doc, i, event_id=f"z{9 - i}") for i in range(5)]
    store.save_document(doc, events)
    assert [e.event_id for e in store.events()] == ["z9", "z8", "z7", "z6", "z5"]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(date_from="2024-03-02"), [("a", 0), ("b", 0)]),
        (EventFilter(date_to="2024-03-01"), [("a", 2), ("a", 1)]),
        (EventFilter(date_from="2024-03-01", date_to="2024-03-02"), [("a", 1), ("a", 0)]),
        (EventFilter(event_type="Battles"), [("a", 1)]),
        (EventFilter(sub_event_type="Air/drone strike"), [("b", 0)]),
        (EventFilter(place="kharkiv"), [("a", 2), ("a", 1), ("a", 0)]),
        (EventFilter(place="ODES"), [("b", 0)]),
        (EventFilter(place="київ"), [("a", 2)]),
        (EventFilter(place="%"), []),
        (EventFilter(actor="protesters"), [("b", 1)]),
        (EventFilter(actor="Military Forces of Ukraine"), [("a", 1)]),
        (EventFilter(claimant="russia"), [("a", 1)]),
        (EventFilter(claimant="ukrain"), [("a", 2), ("a", 0), ("b", 0)]),
        (EventFilter(modality="asserted"), [("b", 1)]),
        (EventFilter(include_historical=False), [("a", 1), ("a", 0), ("b", 0), ("b", 1)]),
        (EventFilter(limit=2), [("a", 2), ("a", 1)]),
        (EventFilter(limit=0), []),
        (EventFilter(event_type="Battles", place="izium", actor="russia", claimant="Russia"), [("a", 1)]),
        (EventFilter(event_type="x' OR '1'='1"), []),
    ],
)
def test_filters(filled: SqliteStore, flt: EventFilter, expected: list[tuple[str, int]]) -> None:
    assert ids(list(filled.events(flt))) == expected


def test_filter_validation() -> None:
    with pytest.raises(UsageError):
        EventFilter(date_from="March 2024")
    with pytest.raises(UsageError):
        EventFilter(limit=-1)


def test_counts_and_rejections(filled: SqliteStore) -> None:
    assert filled.documents_count() == 2
    assert filled.events_count() == 5
    assert [r.doc_id for r in filled.rejections()] == ["c", "d", "e"]


def test_search(filled: SqliteStore) -> None:
    hits = filled.search("drone")
    assert [h.title for h in hits] == ["Drone strike on Odesa port"]
    assert "[drone]" in hits[0].snippet.lower()
    assert filled.search('"Russian forces shelled"')[0].title == "Shelling in Kharkiv"
    assert len(filled.search("Ukrainian")) == 2
    assert filled.search("kharkiv OR odesa", limit=1)[0].document_hash
    assert len(filled.search("kharkiv OR odesa", limit=1)) == 1
    # not valid FTS5 syntax: searched as plain words
    assert [h.title for h in filled.search('Odesa" port (')] == ["Drone strike on Odesa port"]
    assert filled.search("mobilis*")[0].title == "Drone strike on Odesa port"
    assert filled.search("nothing-like-this") == []
    assert filled.search("   ") == []


def test_summary(filled: SqliteStore) -> None:
    summary = filled.summary(top=2)
    assert summary["documents"] == 2
    assert summary["events"] == 5
    assert summary["rejections"] == 3
    first = summary["event_types"][0]
    assert first["event_type"] == "Explosions/Remote violence"
    assert first["count"] == 3
    assert first["sub_event_types"][0] == {"sub_event_type": "Shelling/artillery/missile attack", "count": 2}
    assert len(summary["top_locations"]) == 2
    assert summary["top_locations"][0]["count"] == 1
    assert {"claimant_side": "Ukraine", "claimant": "Ukrainian officials", "count": 3} in summary["claimants"]
    assert summary["rejections_by_code"] == {"FW102": 2, "FW101": 1}
    assert summary["modalities"]["claimed"] == 3
