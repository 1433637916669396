"""A page of 200,000 elements kept article extraction busy for three minutes (its cost grows
faster than the page), and a story nested 300 levels deep was lost (FW101). Both are now read with
the tags stripped, in well under a second, with a FW124 notice."""

from __future__ import annotations

import time

from frontwatch.ingest.html import html_items
from frontwatch.model import RawDocument, Rejection

STORY = "Russian forces shelled Kharkiv on Monday, killing two civilians, the governor said."


def test_a_page_of_200k_elements_is_read_stripped_and_fast() -> None:
    page = "<html><body>" + "<span>menu</span>\n" * 200_000 + f"<p>{STORY}</p></body></html>"
    started = time.perf_counter()
    raw, *notices = html_items("wide.html", page.encode())
    assert time.perf_counter() - started < 5
    assert isinstance(raw, RawDocument) and STORY in raw.text
    assert [n.code for n in notices if isinstance(n, Rejection)] == ["FW124"]


def test_a_story_300_levels_deep_is_kept() -> None:
    page = "<html><body>" + "<div>" * 300 + f"<p>{STORY}</p>" + "</div>" * 300 + "</body></html>"
    raw, *notices = html_items("deep.html", page.encode())
    assert STORY in raw.text and [n.code for n in notices] == ["FW124"]
