from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from frontwatch.model import RawDocument, Rejection

from .support import codes, read_all

Write = Callable[[str, bytes | str], Path]

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Frontline Wire</title>
  <link>https://wire.example.org/</link>
  <item>
    <title>Shelling reported in Kherson</title>
    <link>https://wire.example.org/kherson-shelling</link>
    <guid>wire-2022-0001</guid>
    <pubDate>Sat, 10 Sep 2022 08:00:00 +0000</pubDate>
    <dc:creator>Sam Field</dc:creator>
    <description>&lt;p&gt;KHERSON, Ukraine (AP) &#8212; Shelling hit the &lt;b&gt;city centre&lt;/b&gt;
overnight.&lt;/p&gt;&lt;p&gt;Two people were hurt, officials said.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description>
  </item>
  <item>
    <title>No guid here</title>
    <link>https://wire.example.org/second</link>
    <description>Plain summary about troop movements near Bakhmut.</description>
  </item>
  <item>
    <title>Nothing at all</title>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Crisis Desk</title>
  <id>urn:example:crisis-desk</id>
  <updated>2023-04-16T10:00:00Z</updated>
  <entry>
    <title>Fighting in Khartoum</title>
    <id>urn:example:khartoum-1</id>
    <link href="https://desk.example.org/khartoum-1"/>
    <published>2023-04-16T09:30:00+02:00</published>
    <author><name>Lee Hart</name></author>
    <content type="html">&lt;p&gt;KHARTOUM, Sudan (Reuters) - Gunfire was heard near the
airport.&lt;/p&gt;</content>
    <summary>Short summary.</summary>
  </entry>
</feed>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title>
<item><title>x</title><description>&lol3;</description></item></channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>t</title><item><description>&xxe;</description></item></channel></rss>
"""


def test_rss_entries_become_documents(write: Write) -> None:
    path = write("wire.rss", RSS)
    items = read_all(path)
    assert codes(items) == ["ok", "ok", "FW101"]
    first, second, empty = items
    assert isinstance(first, RawDocument)
    assert first.doc_id == "wire-2022-0001"
    assert first.media_type == "feed"
    assert first.title == "Shelling reported in Kherson"
    assert first.published == "Sat, 10 Sep 2022 08:00:00 +0000"
    assert first.url == "https://wire.example.org/kherson-shelling"
    assert first.outlet == "Frontline Wire"
    assert first.author == "Sam Field"
    assert first.source == str(path)
    assert "<" not in first.text and "alert" not in first.text
    assert first.text == (
        "KHERSON, Ukraine (AP) \u2014 Shelling hit the city centre overnight."
        "\n\nTwo people were hurt, officials said."
    )
    assert isinstance(second, RawDocument)
    assert second.doc_id == "https://wire.example.org/second"  # no guid: the link
    assert second.text == "Plain summary about troop movements near Bakhmut."
    assert isinstance(empty, Rejection) and empty.doc_id == f"{path}#3"


def test_atom_entry_prefers_content_over_summary(write: Write) -> None:
    items = read_all(write("desk.atom", ATOM))
    [entry] = items
    assert isinstance(entry, RawDocument)
    assert entry.doc_id == "urn:example:khartoum-1"
    assert entry.text == "KHARTOUM, Sudan (Reuters) - Gunfire was heard near the airport."
    assert entry.published == "2023-04-16T09:30:00+02:00"
    assert entry.outlet == "Crisis Desk"
    assert entry.author == "Lee Hart"
    assert entry.url == "https://desk.example.org/khartoum-1"


def test_feed_is_sniffed_by_content(write: Write) -> None:
    items = read_all(write("feed-without-extension", ATOM))
    assert codes(items) == ["ok"]


def test_entity_expansion_is_refused(write: Write) -> None:
    [rejection] = read_all(write("laughs.xml", BILLION_LAUGHS))
    assert isinstance(rejection, Rejection) and rejection.code == "FW107"


def test_external_entity_is_refused(write: Write) -> None:
    [rejection] = read_all(write("xxe.rss", EXTERNAL_ENTITY))
    assert isinstance(rejection, Rejection) and rejection.code == "FW107"
    assert "root:" not in rejection.message


def test_doctype_in_utf16_is_refused(write: Write) -> None:
    data = "\ufeff" + BILLION_LAUGHS.replace(
        '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'
    )
    assert codes(read_all(write("laughs16.xml", data.encode("utf-16")))) == ["FW107"]


def test_bozo_feed_with_entries_is_accepted(write: Write) -> None:
    broken = RSS.replace("</channel>\n</rss>", "").replace("Plain summary", "Plain & broken summary")
    items = read_all(write("broken.xml", broken))
    assert [code for code in codes(items) if code == "ok"]


def test_garbage_feed_is_fw107(write: Write) -> None:
    assert codes(read_all(write("garbage.xml", "<rss><<<>>> this is not xml at all"))) == ["FW107"]


def test_well_formed_feed_without_entries(write: Write) -> None:
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert codes(read_all(write("quiet.rss", empty))) == ["FW101"]


def test_feed_over_the_feed_limit(write: Write) -> None:
    from frontwatch.config import Limits

    assert codes(read_all(write("big.rss", RSS), limits=Limits(max_feed_bytes=100))) == ["FW104"]
