from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from frontwatch.ingest.html import fragment_text
from frontwatch.model import RawDocument, Rejection

from .support import codes, read_all

Write = Callable[[str, bytes | str], Path]

PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Shelling hits Kharkiv suburbs - The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2022-09-10T08:00:00Z">
<link rel="canonical" href="https://ledger.example.org/news/kharkiv-shelling">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Shelling hits Kharkiv suburbs</h1>
<p>KHARKIV, Ukraine (AP) — Artillery fire struck the northern suburbs of Kharkiv on Saturday, local
officials said, damaging several apartment buildings and a school.</p>
<p>The regional governor said two people were wounded and that emergency crews worked through the
night to clear debris from the streets of the Saltivka district.</p>
<p>Residents described hearing at least a dozen explosions shortly after dawn; many took shelter in
the metro stations of the city centre, as they had in the spring.</p>
</article>
<footer>Copyright 2022 The Daily Ledger. Caf{eacute} policy.</footer>
</body></html>
"""


def test_article_page_through_trafilatura(write: Write) -> None:
    path = write("page.html", PAGE.format(charset="utf-8", eacute="\u00e9"))
    [doc] = read_all(path)
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "html"
    assert "Artillery fire struck the northern suburbs of Kharkiv" in doc.text
    assert "Home" not in doc.text and "Sport" not in doc.text
    assert doc.title == "Shelling hits Kharkiv suburbs"
    assert doc.published == "2022-09-10"
    assert doc.author == "Jane Roe"
    assert doc.url == "https://ledger.example.org/news/kharkiv-shelling"
    assert doc.outlet == "The Daily Ledger"
    assert doc.doc_id == str(path)


def test_declared_charset_is_used(write: Write) -> None:
    page = PAGE.format(charset="iso-8859-1", eacute="\u00e9").replace("—", "-")
    [doc] = read_all(write("latin1.htm", page.encode("iso-8859-1")))
    assert isinstance(doc, RawDocument) and "Artillery fire" in doc.text


def test_html_is_sniffed_in_a_txt_file(write: Write) -> None:
    [doc] = read_all(write("saved.txt", "\ufeff  \n" + PAGE.format(charset="utf-8", eacute="e")))
    assert isinstance(doc, RawDocument) and doc.media_type == "html"


def test_page_without_main_text_is_fw101(write: Write) -> None:
    page = (
        "<!doctype html><html><head><title>Nothing</title></head><body><nav><ul><li><a href=/>Home</a></li>"
        "<li><a href=/w>World</a></li></ul></nav><footer>(c) 2022</footer></body></html>"
    )
    assert codes(read_all(write("nothing.html", page), write("bare.html", "<html><body></body></html>"))) == [
        "FW101",
        "FW101",
    ]


def test_extractor_failure_is_a_rejection_not_a_crash(write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("parser blew up")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    path = write("boom.html", PAGE.format(charset="utf-8", eacute="e"))
    items = read_all(path, write("after.txt", "Life goes on in the next file of the batch."))
    assert codes(items) == ["FW112", "ok"]
    assert isinstance(items[0], Rejection) and "parser blew up" in items[0].message


def test_binary_html_is_fw102(write: Write) -> None:
    assert codes(read_all(write("bin.html", b"<html>\x00\x00\x00"))) == ["FW102"]


def test_fragment_text_strips_tags_and_keeps_paragraphs() -> None:
    fragment = "<p>One &amp; two</p><p>Three<br/>four <script>x()</script><style>p{}</style></p>"
    assert fragment_text(fragment) == "One & two\n\nThree\n\nfour"
    assert fragment_text("plain words") == "plain words"
