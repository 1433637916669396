"""The map page in chromium: dots, filters in the URL, the timeline brush, the detail panel,
a correction with its audit entry, and a hostile article that must not run."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from api.live import HOSTILE, LiveServer, request

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCREENSHOT_ENV = "FRONTWATCH_SCREENSHOT"


def points_shown(page: Any) -> int:
    return int(page.get_attribute("#map", "data-points"))


def test_page_shows_dots_and_clusters(page: Any, tmp_path: Path) -> None:
    total = len(request(page.url.split("?")[0] + "api/points").json()["points"])
    assert points_shown(page) == total > 0
    drawn = int(page.get_attribute("#map", "data-dots")) + int(page.get_attribute("#map", "data-clusters"))
    assert 0 < drawn <= total
    assert page.locator("path.leaflet-interactive, .leaflet-overlay-pane svg path").count() > 100 or (
        page.locator(".leaflet-overlay-pane canvas").count() > 0
    )
    assert page.locator("#events-list li").count() > 0
    shot = tmp_path / "web-map.png"
    page.screenshot(path=str(shot))
    if os.environ.get(SCREENSHOT_ENV):
        shutil.copyfile(shot, DOCS / "web-map.png")


def test_filters_go_into_the_url_and_narrow_the_map(page: Any, web_server: LiveServer) -> None:
    before = points_shown(page)
    page.select_option("#f-type", "Protests")
    page.fill("#f-actor", "")
    page.click("#filters button[type=submit]")
    page.wait_for_function(f"() => document.querySelector('#map').dataset.points != '{before}'")
    assert "type=Protests" in page.url
    assert 0 < points_shown(page) < before
    # the list is fetched beside the points and may come in after the map is drawn
    wait_for_the_filtered_list(page, web_server, "type=Protests")
    protests = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
    kinds = page.locator("#events-list .what").all_text_contents()
    assert kinds and all(k in protests for k in kinds)
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert page.input_value("#f-type") == "Protests"


def test_brushing_the_timeline_selects_a_date_range(page: Any) -> None:
    before = points_shown(page)
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('from=')")
    assert "to=" in page.url
    assert points_shown(page) < before
    label = page.text_content("#range-label")
    assert label and " to " in label
    page.focus("#timeline")
    page.keyboard.press("Escape")
    page.wait_for_function(f"() => document.querySelector('#map').dataset.points == '{before}'")
    page.click("#play")  # play slides a window through time
    assert page.get_attribute("#play", "aria-pressed") == "true"
    page.wait_for_function("() => location.search.includes('from=')")
    page.click("#play")
    assert page.get_attribute("#play", "aria-pressed") == "false"
    assert points_shown(page) < before


def test_detail_highlights_the_evidence_in_its_paragraph(page: Any, web_server: LiveServer) -> None:
    page.click("#events-list li:nth-child(2) button")
    page.wait_for_selector("#detail:not([hidden]) mark")
    title = page.text_content("#detail h2")
    event_id = page.get_attribute("#events-list li:nth-child(2) button", "data-id")
    event = request(f"{web_server.base}/api/events/{event_id}").json()
    assert page.text_content("#detail mark") == event["evidence"]
    paragraph = page.text_content("#detail .evidence")
    assert paragraph and len(paragraph) > len(event["evidence"])
    assert title and event["sub_event_type"] in title
    # the other reports and the claims of the same incident are shown beside it
    incident = request(f"{web_server.base}/api/events/{event_id}/incident")
    assert incident.status == 200
    page.wait_for_selector("#detail .event-incident .claims li")
    assert page.locator("#detail .event-incident .claims > li").count() == len(incident.json()["claims"])
    page.keyboard.press("Escape")
    assert page.is_hidden("#detail")


def wait_for_the_filtered_list(page: Any, web_server: LiveServer, query: str) -> None:
    """The list shows the unfiltered events until the filtered page arrives: wait until its first
    item is the API's first event for `query`."""
    first = request(f"{web_server.base}/api/events?{query}").json()["events"][0]["event_id"]
    page.wait_for_function(
        f"() => document.querySelector('#events-list li:first-child button')?.dataset.id === '{first}'"
    )


def test_an_analyst_corrects_an_event_and_sees_the_audit_entry(
    page: Any, web_server: LiveServer, web_db: tuple[Path, str]
) -> None:
    page.select_option("#f-type", "Battles")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => location.search.includes('type=Battles')")
    wait_for_the_filtered_list(page, web_server, "type=Battles")
    battles = request(f"{web_server.base}/api/events?type=Battles").json()["events"]
    # a battle the correction changes (one coded "Government regains territory" already would not)
    changed = [e["event_id"] for e in battles if e["sub_event_type"] != "Government regains territory"]
    assert changed, battles
    event_id = changed[0]
    page.click(f"#events-list button[data-id='{event_id}']")
    page.fill("#r-token", web_db[1])
    page.click("form.token button")
    page.wait_for_selector("form.review")
    page.select_option("#r-sub_event_type", "Government regains territory")
    page.click("text=Pick on map")
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#review .chosen:has-text('New place')")
    page.click("text=Save correction")
    page.wait_for_selector("#review .audit-entry:has-text('correct by alice')")
    entry = page.text_content("#review .audit-entry")
    assert entry and "Government regains territory" in entry and "latitude" in entry
    event = request(f"{web_server.base}/api/events/{event_id}").json()
    assert event["sub_event_type"] == "Government regains territory"
    assert event["review"] == {**event["review"], "status": "corrected", "reviewer": "alice"}


def test_a_hostile_article_shows_as_text_and_runs_nothing(page: Any, web_server: LiveServer) -> None:
    page.fill("#f-text", "Syniehubov")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => location.search.includes('text=Syniehubov')")
    wait_for_the_filtered_list(page, web_server, "text=Syniehubov")
    page.click("#events-list li:first-child button")
    page.wait_for_selector("#detail:not([hidden]) .source")
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("window.__csp") == []
    detail = page.locator("#detail")
    assert detail.locator("script, img, iframe").count() == 0
    assert detail.locator("a[href^='javascript']").count() == 0
    assert "<script>" in (page.text_content("#detail .doc-title") or "")
    assert "onerror" in (page.text_content("#detail .outlet") or "")
    assert HOSTILE["url"] not in (page.content())


def test_incident_and_control_layers(page: Any) -> None:
    page.check("#l-incidents")
    page.wait_for_function("() => Number(document.querySelector('#map').dataset.incidents) > 0")
    page.check("#l-control")
    page.wait_for_function("() => Number(document.querySelector('#map').dataset.control) > 0")
    page.uncheck("#l-incidents")
    assert page.locator("#detail").is_hidden()


def test_off_loopback_the_page_asks_for_a_token_to_read(
    browser: Any, web_db: tuple[Path, str], tmp_path: Path
) -> None:
    db = tmp_path / "closed.db"
    shutil.copyfile(web_db[0], db)
    script = (
        "import sys, uvicorn; from frontwatch.api import ApiSettings, create_app; "
        "app = create_app(ApiSettings(db=sys.argv[1], host='192.0.2.10')); "
        "uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[-1]), log_level='warning')"
    )
    closed = LiveServer([sys.executable, "-c", script, str(db)])
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(closed.base + "/")
        tab.wait_for_selector("#detail:not([hidden]) #r-token")
        assert tab.locator("#events-list li").count() == 0
        tab.fill("#r-token", web_db[1])
        tab.click("form.token button")
        tab.wait_for_selector("body[data-ready=true]")
        assert tab.locator("#events-list li").count() > 0
    finally:
        context.close()
        closed.stop()


def test_the_page_fits_a_phone(browser: Any, web_server: LiveServer) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    tab = context.new_page()
    tab.goto(web_server.base + "/")
    tab.wait_for_selector("body[data-ready=true]")
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    assert tab.locator("#map").bounding_box()["width"] >= 380
    context.close()
