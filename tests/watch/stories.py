"""Feeds and article pages for the watch tests, written for these tests (wire-style, real places)."""

from __future__ import annotations

from html import escape

ARTICLES = {
    "kharkiv": (
        "Shelling damages homes in Kharkiv",
        "KHARKIV, Ukraine (Wire) — Russian artillery shelled residential districts of Kharkiv on "
        "Tuesday, killing two civilians and damaging several apartment blocks, the regional governor said.",
        "Firefighters worked through the night to put out fires in the Saltivka district, where the "
        "heaviest damage was reported. Residents spent hours in basements as the shelling went on.",
    ),
    "kherson": (
        "Drone strike hits Kherson market",
        "KHERSON, Ukraine (Wire) — A Russian drone struck a market in central Kherson on Wednesday "
        "morning, wounding four people, local officials said.",
        "The strike came as traders were setting up their stalls. Emergency crews took the wounded to "
        "the city hospital, and officials urged residents to stay close to shelters.",
    ),
    "goma": (
        "Protesters march in Goma",
        "GOMA, Democratic Republic of Congo (Wire) — Hundreds of protesters marched through Goma on "
        "Thursday to denounce the advance of M23 rebels, witnesses said.",
        "The demonstrators carried banners and sang as they walked to the governor's office. Police "
        "watched from the side of the road and the march ended peacefully in the afternoon.",
    ),
}


def article_page(name: str) -> bytes:
    title, *paragraphs = ARTICLES[name]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title>"
        '<meta property="article:published_time" content="2024-03-05"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    ).encode()


def rss(items: list[tuple[str, str | None]], base: str) -> bytes:
    """An RSS feed whose entries are (name, link path or None: then the entry carries the text)."""
    entries = []
    for name, path in items:
        title, *paragraphs = ARTICLES[name]
        link = f"<link>{base}{path}</link>" if path else ""
        description = escape(paragraphs[0]) if path is None else escape(title)
        entries.append(
            f"<item><title>{escape(title)}</title>{link}<guid isPermaLink='false'>story-{name}</guid>"
            f"<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate><description>{description}</description></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Wire feed</title>"
        f"{''.join(entries)}</channel></rss>"
    ).encode()
