"""Incidents, claims, stories and control through the live API, over aggregates built by the library."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.aggregate import rebuild
from frontwatch.store import open_store

from .live import LiveServer, request


@pytest.fixture(scope="module")
def aggregated(coded_db: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = tmp_path_factory.mktemp("aggregated") / "served.db"
    shutil.copyfile(coded_db[0], db)
    with open_store(str(db)) as store:
        rebuild(store)
    live = LiveServer.serve(db)
    yield live
    live.stop()


def test_incidents_carry_their_claims(aggregated: LiveServer) -> None:
    incidents = request(f"{aggregated.base}/api/incidents").json()["incidents"]
    assert incidents
    assert all(isinstance(i["claims"], list) and i["reports"] >= 1 for i in incidents)
    first = incidents[0]
    same = request(f"{aggregated.base}/api/incidents/{first['incident_id']}").json()
    assert same["incident_id"] == first["incident_id"] and same["claims"] == first["claims"]
    battles = request(f"{aggregated.base}/api/incidents?type=Battles").json()["incidents"]
    assert battles and {i["event_type"] for i in battles} == {"Battles"}
    assert len(battles) < len(incidents)


def test_unknown_incidents_and_bad_days_are_client_errors(aggregated: LiveServer) -> None:
    reply = request(f"{aggregated.base}/api/incidents/nope")
    assert reply.status == 404 and reply.json()["code"] == "FW601"
    assert request(f"{aggregated.base}/api/control?date=soon").status == 400
    assert request(f"{aggregated.base}/api/control?date=2022-09-30&bbox=40,0,30,10").status == 400


def test_control_on_a_day_and_stories(aggregated: LiveServer) -> None:
    later = request(f"{aggregated.base}/api/control?date=2024-12-31").json()
    assert later["date"] == "2024-12-31" and later["places"]
    assert all({"place", "state", "latitude", "longitude"} <= set(p) for p in later["places"])
    before = request(f"{aggregated.base}/api/control?date=2000-01-01").json()["places"]
    assert {p["state"] for p in before} == {"unknown"}
    ukraine = request(f"{aggregated.base}/api/control?date=2024-12-31&bbox=22,44,41,53").json()["places"]
    assert all(22 <= p["longitude"] <= 41 for p in ukraine)
    stories = request(f"{aggregated.base}/api/stories?min_documents=1").json()["stories"]
    assert stories and all(s["documents"] >= 1 for s in stories)


def test_an_event_leads_to_its_incident_and_claims(aggregated: LiveServer) -> None:
    events = request(f"{aggregated.base}/api/events?limit=200").json()["events"]
    incidents = {i["incident_id"] for i in request(f"{aggregated.base}/api/incidents").json()["incidents"]}
    found = [request(f"{aggregated.base}/api/events/{e['event_id']}/incident") for e in events]
    answered = [reply.json() for reply in found if reply.status == 200]
    assert answered, "no event of the served database leads to an incident"
    assert all(i["incident_id"] in incidents and isinstance(i["claims"], list) for i in answered)
    missing = request(f"{aggregated.base}/api/events/nope/incident")
    assert missing.status == 404 and missing.json()["code"] == "FW601"


def test_events_filter_by_the_status_of_their_incident(aggregated: LiveServer) -> None:
    every = request(f"{aggregated.base}/api/events?limit=500").json()["events"]
    statuses = {}
    for event in every:
        reply = request(f"{aggregated.base}/api/events/{event['event_id']}/incident")
        if reply.status == 200:
            statuses[event["event_id"]] = reply.json()["status"]
    assert statuses
    for status in set(statuses.values()):
        chosen = request(f"{aggregated.base}/api/events?limit=500&status={status}").json()["events"]
        assert {e["event_id"] for e in chosen} == {i for i, s in statuses.items() if s == status}
    bad = request(f"{aggregated.base}/api/events?status=rumoured")
    assert bad.status == 400 and bad.json()["code"] == "FW602"
