"""The read API against a live server: filters, keyset pages, formats, documents, search, limits."""

from __future__ import annotations

import csv
import io
from typing import Any
from urllib.parse import urlencode

from .live import LiveServer, Reply, request


def get(server: LiveServer, path: str, **params: Any) -> Reply:
    query = urlencode(params, doseq=True)
    return request(f"{server.base}{path}{'?' + query if query else ''}")


def all_events(server: LiveServer, **params: Any) -> list[dict[str, Any]]:
    """Every event of a filtered view, following the cursors page by page."""
    events: list[dict[str, Any]] = []
    cursor = None
    while True:
        extra: dict[str, str] = {"cursor": cursor} if cursor else {}
        page = get(server, "/api/events", **params, **extra).json()
        events.extend(page["events"])
        cursor = page["next_cursor"]
        if cursor is None:
            return events


def test_openapi_documents_every_endpoint(server: LiveServer) -> None:
    schema = get(server, "/openapi.json").json()
    assert schema["openapi"].startswith("3.1")
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/places",
        "/api/documents/{document_hash}",
        "/api/search",
        "/api/events/{event_id}/review",
        "/api/timeline",
        "/api/points",
    ):
        assert path in schema["paths"], path


def test_pages_follow_each_other_without_gaps_or_repeats(server: LiveServer) -> None:
    whole = get(server, "/api/events", limit=50).json()["events"]
    paged = all_events(server, limit=4)
    assert len(whole) > 8
    assert [e["event_id"] for e in paged] == [e["event_id"] for e in whole]
    assert len({e["event_id"] for e in paged}) == len(paged)
    dates = [e["event_date"] or "~" for e in paged]
    assert dates == sorted(dates)


def test_page_size_is_capped(server: LiveServer) -> None:
    page = get(server, "/api/events", limit=10_000).json()
    assert page["limit"] == 50


def test_filters_narrow_the_events(server: LiveServer) -> None:
    everything = all_events(server, limit=50)
    protests = all_events(server, type="Protests")
    assert protests and all(e["event_type"] == "Protests" for e in protests)
    assert len(protests) < len(everything)
    claimed = all_events(server, modality="claimed")
    assert claimed and all(e["modality"] == "claimed" for e in claimed)
    ranged = all_events(server, **{"from": "2023-01-01", "to": "2023-12-31"})
    assert ranged and all("2023-01-01" <= e["event_date"] <= "2023-12-31" for e in ranged)
    ukraine = all_events(server, bbox="22,44,41,53")
    assert ukraine and all(22 <= e["longitude"] <= 41 and 44 <= e["latitude"] <= 53 for e in ukraine)
    nairobi = all_events(server, text="Nairobi finance")
    assert nairobi and {e["location"] for e in nairobi} >= {"Nairobi"}
    russia = all_events(server, actor="russia")
    assert russia and all("russia" in f"{e['actor1']} {e['actor2']}".lower() for e in russia)


def test_geojson_and_csv_carry_the_filtered_view(server: LiveServer) -> None:
    page = all_events(server, type="Protests")
    located = [e for e in page if e["latitude"] is not None]
    collection = get(server, "/api/events", type="Protests", format="geojson").json()
    assert collection["type"] == "FeatureCollection"
    assert {f["id"] for f in collection["features"]} == {e["event_id"] for e in located}
    reply = get(server, "/api/events", type="Protests", format="csv")
    assert reply.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(reply.body.decode("utf-8"))))
    assert len(rows) == len(page)
    assert {r["event_type"] for r in rows} == {"Protests"}


def test_points_and_timeline_agree_with_the_events(server: LiveServer) -> None:
    events = all_events(server, type="Battles")
    points = get(server, "/api/points", type="Battles").json()["points"]
    assert {p[0] for p in points} == {e["event_id"] for e in events if e["latitude"] is not None}
    days = get(server, "/api/timeline", type="Battles").json()["days"]
    assert sum(n for _, n in days) == len([e for e in events if e["event_date"]])


def test_one_event_and_its_document(server: LiveServer) -> None:
    event = get(server, "/api/events", limit=1).json()["events"][0]
    same = get(server, f"/api/events/{event['event_id']}").json()
    assert same["event_id"] == event["event_id"] and same["review"]["status"] == "unreviewed"
    doc = get(server, f"/api/documents/{event['document_hash']}").json()
    assert doc["text"][event["evidence_start"] : event["evidence_end"]] == event["evidence"]


def test_unknown_ids_are_404_with_a_code(server: LiveServer) -> None:
    for path in ("/api/events/nope", "/api/documents/nope"):
        reply = get(server, path)
        assert reply.status == 404 and reply.json()["code"] == "FW601"


def test_bad_parameters_are_400_with_a_code(server: LiveServer) -> None:
    for params in ({"from": "yesterday"}, {"bbox": "1,2,3"}, {"cursor": "garbage!"}, {"review": "maybe"}):
        reply = get(server, "/api/events", **params)
        assert reply.status == 400, params
        assert reply.json()["code"] == "FW602"


def test_hostile_links_are_not_passed_on(server: LiveServer) -> None:
    hits = get(server, "/api/search", q="Syniehubov").json()["hits"]
    assert len(hits) == 1
    doc = get(server, f"/api/documents/{hits[0]['document_hash']}").json()
    assert doc["url"] is None
    assert "<script>" in doc["title"]  # kept as data; the page shows it as text


def test_search_and_places(server: LiveServer) -> None:
    hits = get(server, "/api/search", q="Kupiansk").json()["hits"]
    assert hits and "Kupiansk" in (hits[0]["title"] or "") + hits[0]["snippet"]
    assert get(server, "/api/search", q='"unbalanced').status == 200  # FTS5 syntax errors are not 500s
    places = get(server, "/api/places").json()["places"]
    assert places and all(p["events"] >= 1 for p in places)
    kyiv = get(server, "/api/places", q="ky").json()["places"]
    assert kyiv and all(p["name"].lower().startswith("ky") for p in kyiv)


def test_security_headers_on_every_response(server: LiveServer) -> None:
    for path in ("/", "/api/events", "/static/js/main.js", "/api/events/nope"):
        headers = get(server, path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_the_page_and_its_assets_are_served_locally(server: LiveServer) -> None:
    page = get(server, "/").body.decode()
    for asset in ("/static/leaflet/leaflet.js", "/static/leaflet/leaflet.css", "/static/js/main.js"):
        assert asset in page
        assert get(server, asset).status == 200
    assert "http://" not in page and "https://" not in page
    countries = get(server, "/api/countries").json()
    assert len(countries["features"]) > 150
