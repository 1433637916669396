"""Review through the live API: tokens, CSRF checks, body cap, corrections applied on read, the
audit trail, rejection."""

from __future__ import annotations

from typing import Any

from .live import LiveServer, Reply, request


def review(server: LiveServer, event_id: str, body: Any, headers: dict[str, str]) -> Reply:
    return request(f"{server.base}/api/events/{event_id}/review", method="POST", body=body, headers=headers)


def first_event(server: LiveServer, **params: str) -> dict[str, Any]:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    events: list[dict[str, Any]] = request(f"{server.base}/api/events?{query}").json()["events"]
    return events[0]


def test_writing_needs_a_known_token(server: LiveServer) -> None:
    event = first_event(server)
    body = {"action": "accept"}
    assert review(server, event["event_id"], body, {}).json()["code"] == "FW605"
    reply = review(server, event["event_id"], body, {"X-Frontwatch-Token": "not-a-token"})
    assert reply.status == 401


def test_writes_from_another_origin_are_refused(server: LiveServer, token: str) -> None:
    event = first_event(server)
    headers = {"X-Frontwatch-Token": token, "Origin": "http://evil.example"}
    reply = review(server, event["event_id"], {"action": "accept"}, headers)
    assert reply.status == 403 and reply.json()["code"] == "FW606"
    headers = {"X-Frontwatch-Token": token, "Sec-Fetch-Site": "cross-site"}
    assert review(server, event["event_id"], {"action": "accept"}, headers).status == 403


def test_request_bodies_are_capped(server: LiveServer, token: str) -> None:
    event = first_event(server)
    body = {"action": "correct", "fields": {"actor1": "x" * 40_000}}
    reply = review(server, event["event_id"], body, {"X-Frontwatch-Token": token})
    assert reply.status == 413 and reply.json()["code"] == "FW604"


def test_invalid_reviews_are_refused(server: LiveServer, token: str) -> None:
    event = first_event(server)
    headers = {"X-Frontwatch-Token": token}
    for body in (
        {"action": "correct", "fields": {"evidence": "made up"}},
        {"action": "correct", "fields": {"event_type": "Picnics"}},
        {"action": "correct", "fields": {"latitude": 123.0}},
        {"action": "correct", "fields": {"sub_event_type": "Peaceful protest"}},  # type stays Battles
        {"action": "accept", "fields": {"actor1": "Someone"}},
    ):
        reply = review(server, event["event_id"], body, headers)
        assert reply.status == 422, body
        assert reply.json()["code"] == "FW607"


def test_a_correction_is_read_back_filtered_on_and_audited(server: LiveServer, token: str) -> None:
    event = first_event(server, type="Battles")
    headers = {"X-Frontwatch-Token": token, "Origin": server.base}
    fields = {
        "event_type": "Strategic developments",
        "sub_event_type": "Non-violent transfer of territory",
        "actor2": None,
        "location": "Kupiansk",
        "latitude": 49.71,
        "longitude": 37.61,
    }
    reply = review(server, event["event_id"], {"action": "correct", "fields": fields}, headers)
    assert reply.status == 200, reply.body
    corrected = request(f"{server.base}/api/events/{event['event_id']}").json()
    assert {k: corrected[k] for k in fields} == fields
    assert corrected["review"]["status"] == "corrected" and corrected["review"]["reviewer"] == "alice"
    moved = request(f"{server.base}/api/events?type=Strategic%20developments&limit=50").json()["events"]
    assert event["event_id"] in {e["event_id"] for e in moved}
    audit = request(f"{server.base}/api/events/{event['event_id']}/audit").json()["audit"]
    assert audit[0]["reviewer"] == "alice" and audit[0]["action"] == "correct"
    assert audit[0]["before"]["event_type"] == "Battles"
    assert audit[0]["after"]["event_type"] == "Strategic developments"
    assert audit[0]["before"]["status"] == "unreviewed"


def test_a_rejected_event_leaves_the_default_views(server: LiveServer, token: str) -> None:
    event = first_event(server, type="Protests")
    reply = review(server, event["event_id"], {"action": "reject"}, {"X-Frontwatch-Token": token})
    assert reply.json()["review"]["status"] == "rejected"
    shown = request(f"{server.base}/api/events?type=Protests&limit=50").json()["events"]
    assert event["event_id"] not in {e["event_id"] for e in shown}
    rejected = request(f"{server.base}/api/events?review=rejected").json()["events"]
    assert [e["event_id"] for e in rejected] == [event["event_id"]]
    points = request(f"{server.base}/api/points?type=Protests").json()["points"]
    assert event["event_id"] not in {p[0] for p in points}


def test_whoami_names_the_token(server: LiveServer, token: str) -> None:
    assert request(f"{server.base}/api/whoami", headers={"X-Frontwatch-Token": token}).json() == {
        "name": "alice"
    }
    assert request(f"{server.base}/api/whoami").json() == {"name": None}
