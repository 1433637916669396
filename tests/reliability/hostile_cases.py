"""The catalogue of hostile inputs: each case writes its input at test time (bombs and huge files
are generated, never committed) and says what must come of it, within what time and memory.

Outcomes: "rejected" (no document; the codes are in the ledger), "degraded" (the document is kept
and a notice FW12x is in the ledger beside it), "accepted" (kept, nothing to report)."""

from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

STORY = (
    "KHARKIV, Ukraine (AP) - Russian forces shelled the city of Kharkiv on Monday, killing two civilians "
    "and wounding five, the regional governor said.\n\n"
    "Firefighters put out a blaze at a warehouse near the railway station, officials said.\n"
)
CAFE_STORY = STORY.replace("warehouse", "caf\u00e9 warehouse")
MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One hostile input and its expected outcome, with the bounds it must finish within."""

    name: str
    # the catalogue row: encodings, binary, size, regex, html, feeds, archives, folders, markup, dates
    row: str
    what: str
    build: Callable[[Path], None]
    outcome: str  # "rejected" | "degraded" | "accepted"
    codes: frozenset[str] = frozenset()
    seconds: float = 5.0
    megabytes: int = 300
    forbidden: tuple[str, ...] = ()  # strings that must appear in no document or title


def _write(name: str, data: bytes | str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    return build


def _page(body: str, head: str = "") -> str:
    title = "<title>Shelling in Kharkiv</title>"
    return f"<html><head>{head}{title}</head><body><article>{body}</article></body></html>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{part}</p>" for part in text.split("\n\n"))


def _jsonl(*records: Mapping[str, object]) -> bytes:
    return "".join(json.dumps(record) + "\n" for record in records).encode("ascii")


def _sparse(name: str, size: int) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        with (folder / name).open("wb") as handle:
            handle.truncate(size)

    return build


def _gzip_bomb(folder: Path) -> None:
    with gzip.open(folder / "bomb.txt.gz", "wb", compresslevel=9) as handle:
        chunk = b"\0" * MB
        for _ in range(64):
            handle.write(chunk)


def _zip_bomb(folder: Path) -> None:
    with zipfile.ZipFile(folder / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("story.txt", STORY)
        archive.writestr("zeros.txt", b" " * (16 * MB))


def _tar_bomb(folder: Path) -> None:
    zeros = b"\0" * (64 * MB)
    with tarfile.open(folder / "bomb.tar.gz", "w:gz") as archive:
        info = tarfile.TarInfo("zeros.txt")
        info.size = len(zeros)
        archive.addfile(info, io.BytesIO(zeros))


def _zip_paths(folder: Path) -> None:
    with zipfile.ZipFile(folder / "paths.zip", "w") as archive:
        archive.writestr("../escape.txt", STORY)
        archive.writestr("/etc/absolute.txt", STORY)
        archive.writestr("inner/story.txt", STORY)


def _tar_links(folder: Path) -> None:
    with tarfile.open(folder / "links.tar", "w") as archive:
        for name, target in (("passwd.txt", "/etc/passwd"), ("up.txt", "../../x")):
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            archive.addfile(info)
        data = STORY.encode()
        info = tarfile.TarInfo("../../outside.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
        info = tarfile.TarInfo("wire/story.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))


def _zip_many(folder: Path) -> None:
    with zipfile.ZipFile(folder / "many.zip", "w") as archive:
        archive.writestr("000-story.txt", STORY)
        for index in range(10_001):
            archive.writestr(f"m/{index}.txt", "")


def _nested_archive(folder: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("story.txt", STORY)
    with zipfile.ZipFile(folder / "outer.zip", "w") as archive:
        archive.writestr("inner.zip", inner.getvalue())


def _link_loop(folder: Path) -> None:
    (folder / "loop").mkdir()
    (folder / "loop" / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "loop" / "again").symlink_to(folder / "loop")
    (folder / "loop" / "self").symlink_to(folder / "loop" / "self")


def _link_out(folder: Path) -> None:
    (folder / "dir").mkdir()
    (folder / "dir" / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "dir" / "passwd.txt").symlink_to("/etc/passwd")


def _undecodable_name(folder: Path) -> None:
    with open(os.path.join(os.fsencode(folder), b"caf\xe9-\xff.txt"), "wb") as handle:
        handle.write(STORY.encode())


_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    '<rss version="2.0"><channel><title>t</title><item><title>&d;</title><description>&d;</description>'
    "</item></channel></rss>"
)
_QUADRATIC = (
    f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{"x" * 50_000}">]><rss version="2.0"><channel>'
    f"<item><title>t</title><description>{'&big;' * 5_000}</description></item></channel></rss>"
)
_XXE = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0">'
    "<channel><title>&x;</title><item><title>&x;</title><description>&x; shelled</description></item>"
    "</channel></rss>"
)
_EXTERNAL_DTD = (
    '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd"><rss version="2.0"><channel>'
    "<item><title>t</title><description>text</description></item></channel></rss>"
)
_NOT_WELL_FORMED = (
    '<rss version="2.0"><channel><title>Wire & Co</title><item><title>Shelling in Kharkiv</title>'
    f"<description>{STORY}</description></item><item><title>Unclosed <b>tag</title>"
    f"<description>{STORY.replace('Monday', 'Tuesday')}</description></item></channel>"
)
_HOSTILE_MARKUP = {
    "id": "markup-1",
    "title": '<script>window.__pwned="t"</script><svg onload="window.__pwned=1">Kharkiv shelled</svg>',
    "source": '<img src=x onerror="window.__pwned=2">Wire',
    "url": "javascript:window.__pwned=3",
    "author": "\u202eetirW liE",
    "published": "2024-05-20",
    "text": STORY + '<svg/onload="window.__pwned=4"> <a href="javascript:window.__pwned=5">more</a>',
}

# Lines shaped to make the wire-convention patterns backtrack: long runs that almost match.
_REGEX_WORST = "\n".join(
    [
        "By " + "Aaaa " * 30 + "!",
        "KYIV " * 40 + "(" + "A" * 30,
        "(reporting by " + "a " * 190,
        "Published " + "1 " * 60,
        "Read more: " + "x" * 2000,
        "A" * 150 + ", " + "Bbb, " * 30 + "Sept 1 (",
        "(c) 2022" + " x" * 100,
        "photo: " + "(" * 60,
        ("This story has not been edited by " + "a " * 20) * 5,
    ]
    * 300
)


def _html_deep(folder: Path) -> None:
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + _paragraphs(STORY) + "</div>" * depth + "</body></html>"
    (folder / "deep.html").write_text(page, encoding="utf-8")


def _html_wide(folder: Path) -> None:
    page = _page("<span>menu</span>" * 200_000 + _paragraphs(STORY))
    (folder / "wide.html").write_text(page, encoding="utf-8")


CHINESE = "\u4e4c\u514b\u5170\u4e1c\u90e8\u53d1\u751f\u70ae\u51fb\u3002" * 40  # shelling in the east

CASES: tuple[Case, ...] = (
    # --- encodings
    Case("cp1252-labelled-utf8", "encodings", "cp1252 bytes under <meta charset=utf-8>",
         _write("cp1252.html", _page(_paragraphs(CAFE_STORY), '<meta charset="utf-8">').encode("cp1252")),
         "accepted"),
    Case("cp1252-http-equiv-utf8", "encodings", "cp1252 bytes under an http-equiv Content-Type utf-8",
         _write("equiv.html", _page(_paragraphs(CAFE_STORY),
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">').encode("cp1252")),
         "accepted"),
    Case("saved-http-response", "encodings", "a saved HTTP response: headers naming utf-8, then cp1252 HTML",
         _write("saved.html", ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                               + _page(_paragraphs(CAFE_STORY))).encode("cp1252")),
         "accepted"),
    Case("utf16-bom", "encodings", "UTF-16 LE text with a BOM",
         _write("utf16.txt", b"\xff\xfe" + STORY.encode("utf-16-le")), "accepted"),
    Case("gb18030-undeclared", "encodings", "GB18030 Chinese text in a .txt",
         _write("gb.txt", CHINESE.encode("gb18030")),
         "rejected", frozenset({"FW103"})),
    Case("gb18030-declared", "encodings", "GB18030 page with its meta charset (not English)",
         _write("gb.html", _page(f"<p>{CHINESE}</p>", '<meta charset="gb18030">').encode("gb18030")),
         "rejected", frozenset({"FW105"})),
    Case("mixed-encodings", "encodings", "UTF-8 with a pasted cp1252 passage",
         _write("mixed.txt", STORY.encode() + "Caf\u00e9 owners said \u201cno\u201d.\n".encode("cp1252")
                + "\u0417\u0430\u043f\u043e\u0440\u0456\u0436\u0436\u044f.\n".encode()),
         "degraded", frozenset({"FW121"})),
    Case("nul-bytes", "encodings", "NUL bytes inside a .txt", _write("nul.txt", STORY.encode() + b"\0\0\0"),
         "rejected", frozenset({"FW102"})),
    Case("control-characters", "encodings", "ANSI escapes and C0 controls in a story",
         _write("controls.txt", STORY.replace("Monday", "\x1b[31mMonday\x1b[0m\x07")), "accepted"),
    Case("lone-surrogates-jsonl", "encodings", "JSON \\ud800 escapes in text and title",
         _write("surrogates.jsonl", _jsonl({"id": "s1", "title": "Kyiv \ud800", "text": f"{STORY}\udfff"})),
         "degraded", frozenset({"FW122"})),
    Case("bidi-override-names", "encodings", "U+202E in title, outlet and author",
         _write("bidi.jsonl", _jsonl({"id": "b1", "title": "\u202egnillehS", "source": "\u202eeriW",
                                      "author": "A\u2066B\u2069", "text": STORY})),
         "accepted", forbidden=("\u202e", "\u2066")),
    Case("undecodable-file-name", "encodings", "a file name with bytes that are not UTF-8",
         _undecodable_name, "accepted"),
    # --- binary and empty
    Case("binary-html", "binary", "random bytes named .html",
         _write("bin.html", bytes(range(256)) * 40), "rejected", frozenset({"FW102"})),
    Case("binary-txt", "binary", "an ELF-like header named .txt",
         _write("bin.txt", b"\x7fELF\x02\x01\x01" + bytes(2000)), "rejected", frozenset({"FW102"})),
    Case("binary-xml", "binary", "high bytes named .xml",
         _write("bin.xml", bytes(range(128, 256)) * 40), "rejected", frozenset({"FW107"})),
    Case("empty", "binary", "an empty .txt", _write("empty.txt", b""), "rejected", frozenset({"FW101"})),
    Case("whitespace-only", "binary", "spaces, tabs and newlines",
         _write("blank.txt", b" \t\n\r\n  \n"), "rejected", frozenset({"FW101"})),
    Case("empty-html", "binary", "<html></html>", _write("empty.html", b"<html></html>"),
         "rejected", frozenset({"FW101"})),
    # --- size
    Case("sparse-5gb", "size", "a 5 GB sparse .txt (refused by stat, never read)",
         _sparse("huge.txt", 5 * 1024**3), "rejected", frozenset({"FW104"}), seconds=2.0, megabytes=50),
    Case("sparse-5gb-jsonl", "size", "a 5 GB sparse .jsonl (streamed: refused on its first bytes)",
         _sparse("huge.jsonl", 5 * 1024**3), "rejected", frozenset({"FW102"}), seconds=2.0, megabytes=50),
    Case("megabyte-sentence", "size", "1 MB of words with no full stop",
         _write("sentence.txt", "the shelling went on and on " * 37_450), "degraded", frozenset({"FW125"}),
         seconds=10.0),
    Case("regex-backtracking", "regex", "lines that almost match every wire pattern, 2,700 of them",
         _write("regex.txt", STORY + "\n\n" + _REGEX_WORST), "accepted", seconds=10.0),
    Case("html-parser-worst", "regex", "an unclosed comment and 200k '<' in a feed entry",
         _write("lt.xml", '<rss version="2.0"><channel><item><title>t</title><description><![CDATA['
                + STORY + "<!--" + "<" * 200_000 + "]]></description></item></channel></rss>"),
         "accepted", seconds=10.0),
    # --- HTML
    Case("html-deep", "html", "a story inside 100,000 nested <div>s", _html_deep,
         "degraded", frozenset({"FW124"}), seconds=10.0),
    Case("html-wide", "html", "200,000 elements of menu before the story (one run-on line)", _html_wide,
         "degraded", frozenset({"FW124", "FW125"}), seconds=10.0),
    # --- feeds
    Case("billion-laughs", "feeds", "nested entities, 10^4 expansion",
         _write("laughs.xml", _LAUGHS), "rejected", frozenset({"FW107"})),
    Case("quadratic-blowup", "feeds", "one 50 kB entity referenced 5,000 times",
         _write("quadratic.xml", _QUADRATIC), "rejected", frozenset({"FW107"})),
    Case("external-entity", "feeds", "an entity reading file:///etc/passwd",
         _write("xxe.xml", _XXE), "rejected", frozenset({"FW107"}), forbidden=("root:",)),
    Case("external-entity-utf16", "feeds", "the same, encoded as UTF-16",
         _write("xxe16.xml", _XXE.replace('"1.0"', '"1.0" encoding="utf-16"', 1).encode("utf-16")),
         "rejected", frozenset({"FW107"}), forbidden=("root:",)),
    Case("external-dtd", "feeds", "a DOCTYPE naming an external DTD",
         _write("dtd.xml", _EXTERNAL_DTD), "rejected", frozenset({"FW107"})),
    Case("not-well-formed-feed", "feeds", "bare '&', an unclosed tag and no </rss>",
         _write("broken.rss", _NOT_WELL_FORMED), "degraded", frozenset({"FW123"})),
    # --- archives
    Case("gzip-bomb", "archives", "64 MB of zeros in a 64 kB .gz (1000:1)", _gzip_bomb,
         "rejected", frozenset({"FW131"})),
    Case("zip-bomb", "archives", "16 MB of spaces after a story in a .zip (the story is kept)", _zip_bomb,
         "accepted", frozenset({"FW131"})),
    Case("tar-bomb", "archives", "64 MB of zeros in a .tar.gz", _tar_bomb, "rejected", frozenset({"FW131"})),
    Case("zip-unsafe-paths", "archives", "'../' and absolute members beside a good one", _zip_paths,
         "accepted", frozenset({"FW130"})),
    Case("tar-links", "archives", "symlinks to /etc/passwd and '..', a '../..' member, a good one",
         _tar_links, "accepted", frozenset({"FW130"}), forbidden=("root:",)),
    Case("zip-many-members", "archives", "a story and 10,001 empty members", _zip_many, "accepted",
         frozenset({"FW101", "FW132"}),
         seconds=15.0),
    Case("nested-archive", "archives", "a .zip inside a .zip", _nested_archive,
         "rejected", frozenset({"FW110"})),
    # --- folders
    Case("symlink-loop", "folders", "links to the folder itself and to themselves", _link_loop,
         "accepted", frozenset({"FW108"})),
    Case("symlink-out", "folders", "a link to /etc/passwd", _link_out,
         "accepted", frozenset({"FW109"}), forbidden=("root:",)),
    # --- markup
    Case("script-markup", "markup", "script, onerror, javascript: and <svg onload> in every field",
         _write("markup.jsonl", _jsonl(_HOSTILE_MARKUP)), "accepted", forbidden=("\u202e",)),
    # --- dates and coordinates
    Case("implausible-dates", "dates", "published 3020, 0000-00-00 and 10/09/22",
         _write("dates.jsonl", _jsonl(*(
             {"id": f"d{i}", "published": value, "text": STORY.replace("Monday", day)}
             for i, (value, day) in enumerate((("3020-01-01", "Monday"), ("0000-00-00", "Tuesday"),
                                                ("10/09/22", "Friday")))))),
         "accepted"),
    Case("coordinates-out-of-range", "dates", "GeoJSON-looking fields with latitude 999",
         _write("coords.jsonl", _jsonl({"id": "c1", "text": STORY, "latitude": 999, "longitude": -500,
                                        "geometry": {"type": "Point", "coordinates": [720, 95]}})),
         "accepted"),
)  # fmt: skip

BY_NAME = {case.name: case for case in CASES}


# ------------------------------------------------------------------------------------------- replay


@dataclass(frozen=True)
class Replay:
    """What ingest and normalise made of one case, measured in a child process."""

    name: str
    documents: int
    codes: frozenset[str]
    seconds: float
    grown_mb: float
    leaked: tuple[str, ...]
    error: str = ""

    @property
    def outcome(self) -> str:
        if self.documents == 0:
            return "rejected"
        notices = {code for code in self.codes if "FW120" <= code <= "FW129"}
        return "degraded" if notices else "accepted"


def _texts(item: object) -> list[str]:
    fields = ("text", "title", "outlet", "author", "url", "doc_id", "source", "message")
    return [value for name in fields if isinstance(value := getattr(item, name, None), str)]


def _replay_here(case: Case, folder: Path) -> Replay:
    """Ingest and normalise `folder` in this process, timing it and watching for leaked strings."""
    import resource
    import time

    from frontwatch.ingest import read_paths
    from frontwatch.model import Document, Rejection
    from frontwatch.normalise import normalise

    start_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    documents = 0
    codes: set[str] = set()
    leaked: set[str] = set()
    for raw in read_paths([folder]):
        item = raw if isinstance(raw, Rejection) else normalise(raw)
        if isinstance(item, Rejection):
            codes.add(item.code)
        if isinstance(item, Document):
            documents += 1
        for text in _texts(item) + _texts(raw):
            leaked.update(bad for bad in case.forbidden if bad in text)
    seconds = time.perf_counter() - started
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start_rss) / 1024
    return Replay(case.name, documents, frozenset(codes), seconds, grown, tuple(sorted(leaked)))


def _child(case: Case, folder: Path, pipe: object) -> None:
    """Child body: cap the address space at what the process has now plus the case's bound."""
    import resource

    with open("/proc/self/status", encoding="ascii") as status:
        vm_size = next(int(line.split()[1]) for line in status if line.startswith("VmSize:")) * 1024
    cap = vm_size + case.megabytes * MB
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        result = _replay_here(case, folder)
    except BaseException as exc:  # reported to the parent, which fails the case
        result = Replay(case.name, 0, frozenset(), 0.0, 0.0, (), f"{type(exc).__name__}: {exc}")
    pipe.send(result)  # type: ignore[attr-defined]


def replay(case: Case, folder: Path) -> Replay:
    """Build the case's input in `folder`, then replay it in a forked child bounded in memory
    (RLIMIT_AS) and in time (killed past twice its bound, so a hang fails rather than blocks)."""
    import multiprocessing

    case.build(folder)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(case, folder, send))
    child.start()
    send.close()
    ready = receive.poll(case.seconds * 2 + 5)
    result = receive.recv() if ready else None
    child.join(5)
    if child.is_alive():
        child.kill()
        child.join()
    receive.close()
    if result is None:
        return Replay(case.name, 0, frozenset(), case.seconds * 2, 0.0, (), "no answer: hung or killed")
    assert isinstance(result, Replay)
    return result


def warm_up() -> None:
    """Import the parsers and load the language model in this process (children inherit them)."""
    import tempfile

    from frontwatch.ingest import read_paths
    from frontwatch.normalise import normalise

    with tempfile.TemporaryDirectory() as folder:
        for name, data in (
            ("a.txt", STORY),
            ("b.html", _page(_paragraphs(STORY))),
            ("c.rss", _NOT_WELL_FORMED),
        ):
            (Path(folder) / name).write_text(data, encoding="utf-8")
        for raw in read_paths([folder]):
            if not hasattr(raw, "code"):
                normalise(raw)
