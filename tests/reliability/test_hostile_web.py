"""Markup and script in every field of a story, pushed through ingest, the store, a real
`frontwatch serve` and the page in Debian's chromium: the API hands them back as data, the page
shows them as text and runs none of them. And coordinates off the globe are refused by the API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from api.live import LiveServer, request
from frontwatch.ingest import read_paths
from frontwatch.runner import Pipeline
from frontwatch.runner.engines import LocalEngine
from frontwatch.runner.ingest_run import run_into_store
from frontwatch.store.reviewed import open_reviewed_store

MARKER = "Balakliia"
RECORD = {
    "id": "svg-1",
    "title": f'<svg onload="window.__pwned=1"><script>window.__pwned=2</script>{MARKER} shelled</svg>',
    "source": '\u202e<img src=x onerror="window.__pwned=3">eriW',
    "author": '<iframe src="javascript:window.__pwned=4">',
    "url": "javascript:window.__pwned=5",
    "published": "2024-05-21",
    "latitude": 999,
    "geometry": {"type": "Point", "coordinates": [720, 95]},
    "text": (
        f"{MARKER.upper()}, May 21 (Wire) - Russian forces shelled {MARKER} on Tuesday, "
        "killing one civilian, the regional governor \u202edias\u202c. "
        '<svg/onload="window.__pwned=6"><details open ontoggle="window.__pwned=7">'
        '\n\n<a href="javascript:window.__pwned=8">Officials</a> urged residents to stay in shelters.'
    ),
}


@pytest.fixture(scope="module")
def server(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("hostile-web")
    source = folder / "hostile.jsonl"
    source.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    db = folder / "hostile.db"
    with open_reviewed_store(str(db)) as store:
        engine = LocalEngine(pipeline.limits, pipeline)
        tally = run_into_store(store, engine, read_paths([source]), command="ingest", report=lambda _: None)
    assert tally.documents == 1 and tally.events >= 1
    live = LiveServer.serve(db)
    yield live
    live.stop()


def test_the_api_returns_markup_as_json_data(server: LiveServer) -> None:
    reply = request(f"{server.base}/api/events?text={MARKER}")
    assert reply.status == 200 and reply.headers["content-type"].startswith("application/json")
    [event] = [e for e in reply.json()["events"] if MARKER in e["evidence"]][:1]
    assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180
    document = request(f"{server.base}/api/documents/{event['document_hash']}").json()
    assert "<svg" in document["title"] and "\u202e" not in f"{document['title']}{document['outlet']}"
    assert "\u202e" in document["text"]  # the text is kept as written (offsets stay true)


OFF_THE_GLOBE = [
    "999,0,1000,1",
    "-181,-10,10,10",
    "0,-91,10,10",
    "nan,0,1,1",
    "0,10,10,5",
    "1,2,3",
    "1e400,0,1,1",
]


@pytest.mark.parametrize("bbox", OFF_THE_GLOBE)
def test_a_bbox_off_the_globe_is_a_bad_query(server: LiveServer, bbox: str) -> None:
    reply = request(f"{server.base}/api/events?bbox={bbox}")
    assert reply.status == 400 and reply.json()["code"] == "FW602"


@pytest.mark.parametrize("value", ["3020-01-01", "0000-00-00", "22-09-10", "2022-02-30"])
def test_an_implausible_date_parameter_does_not_fail_the_server(server: LiveServer, value: str) -> None:
    reply = request(f"{server.base}/api/events?from={value}")
    assert reply.status in (200, 400)
    if reply.status == 400:
        assert reply.json()["code"] == "FW602"


def test_the_page_shows_the_markup_as_text_and_runs_none_of_it(browser: Any, server: LiveServer) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(f"{server.base}/?text={MARKER}")
        page.wait_for_selector("body[data-ready=true]", timeout=15_000)
        page.wait_for_selector("#events-list li button")
        page.click("#events-list li:first-child button")
        page.wait_for_selector("#detail:not([hidden]) .source")
        page.wait_for_timeout(300)  # let any injected handler fire
        assert page.evaluate("window.__pwned") is None
        assert dialogs == []
        detail = page.locator("#detail")
        assert detail.locator("svg, script, iframe, img, details").count() == 0
        assert detail.locator("a[href^='javascript']").count() == 0
        assert "<svg" in (page.text_content("#detail .doc-title") or "")
        shown = page.text_content("#detail") or ""
        assert "\u202e" not in shown and "<U+202E>" in shown
    finally:
        context.close()
