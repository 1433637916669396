"""Wire-story conventions: headers, headlines, repeated standfirsts, captions, credits and datelines.

Everything works on lines of the character-mapped text (same offsets as the original), and
returns the spans to blank plus what was learnt on the way (header date, dateline, agency,
outlet, headline). Patterns are anchored, bounded and applied to single lines, so their cost
is linear in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from frontwatch.model import Span
from frontwatch.normalise.dates import find_text_date

MAX_HEADLINE_CHARS = 200
MAX_CAPTION_CHARS = 200
MAX_NOTE_CHARS = 400
MIN_REPEAT_KEY_CHARS = 20
DATELINE_PARAGRAPHS = 3
DATELINE_PREFIX_CHARS = 160

# Known agencies, as written in datelines and credits → the name recorded.
AGENCIES: dict[str, str] = {
    "ap": "AP", "associated press": "AP", "the associated press": "AP", "reuters": "Reuters",
    "thomson reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP", "dpa": "dpa",
    "dpa-afx": "dpa", "ani": "ANI", "pti": "PTI", "ians": "IANS", "uni": "UNI", "xinhua": "Xinhua",
    "tass": "TASS", "ria": "RIA", "ria novosti": "RIA", "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo",
    "yonhap": "Yonhap", "anadolu": "Anadolu", "aa": "Anadolu", "upi": "UPI", "bloomberg": "Bloomberg",
    "sputnik": "Sputnik", "interfax": "Interfax", "ukrinform": "Ukrinform", "wam": "WAM", "spa": "SPA",
    "irna": "IRNA", "mena": "MENA", "suna": "SUNA", "apa": "APA", "bernama": "Bernama", "cna": "CNA",
}  # fmt: skip

_I = re.IGNORECASE

# --- headers -----------------------------------------------------------------------------------
_HEADER_FROM = re.compile(r"This (?:article|story|report) (?:is|was) from[ :]{1,3}(?P<rest>[^\n]{4,80})", _I)
_HEADER_LABEL = re.compile(
    r"(?P<label>(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?|date(?:d)?)"
    r"(?P<sep>[ \t]{0,3}[:|][ \t]{0,3}|[ \t]{1,3})(?P<rest>[^\n]{3,120})",
    _I,
)
_DATE_START = re.compile(
    r"\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", _I
)
_RELATIVE_TIME = re.compile(r"\d{1,3} (?:second|minute|min|hour|hr|day|week)s? ago\b", _I)

# --- credits, syndication and calls to action ---------------------------------------------------
_SYNDICATION = re.compile(
    r"\(?(?:Except for the headline, )?this (?:story|article|report) has not been edited by"
    r" (?P<outlet>[^\n()]{1,40}?) staff[^\n]{0,120}\)?",
    _I,
)
_SOCIAL = r"(?:twitter|x|facebook|instagram|telegram|whatsapp|youtube|google news|linkedin|threads|tiktok)"
_NOTES = re.compile(
    r"(?:"
    r"\((?:with )?(?:additional )?(?:inputs?|reporting|writing|editing) (?:from|by) [^\n()]{1,150}\)"
    r"|\(with (?:agency|wire) inputs?\)"
    r"|\(?(?:additional )?(?:reporting|writing|editing|compiled|edited) by [A-Z][^\n]{0,300}"
    r"|(?:©|\(c\)[ ]?\d{4}|copyright[ ]?(?:©|\(c\))?[ ]?\d{4})[^\n]{0,200}"
    r"|[^\n]{0,100}all rights reserved\.?"
    r"|(?:read|also read|read also|see also|watch|listen|related)[ \t]{0,2}(?:more)?[ \t]{0,2}:[^\n]{0,300}"
    r"|read more\b[^\n]{0,300}"
    rf"|follow us\b[^\n]{{0,200}}|follow [^\n]{{1,40}} on {_SOCIAL}\b[^\n]{{0,100}}"
    r"|(?:click here|subscribe to|sign up for)\b[^\n]{0,200}"
    r"|(?:advertisement|advertising|story continues below advertisement|trending|share this article)"
    r"|(?:the )?(?:associated press|ap|reuters|afp) (?:writers?|reporters?|journalists?|correspondents?)"
    r" [^\n]{1,250}contributed(?: to)?(?: this)?(?: report| story)?\.?"
    r")",
    _I,
)
_BYLINE = re.compile(r"By(?:[ ](?:[A-Z][\w.'-]*|and|&|in)|,){1,12}")
_CREDIT_AGENCY = re.compile(
    r"(?:inputs? from|reporting by|©|copyright|\(c\))[ \t]{0,3}(?:\d{4}[ \t]{1,3})?"
    r"(?P<agency>[A-Za-z][A-Za-z .-]{1,30})",
    _I,
)

# --- captions -----------------------------------------------------------------------------------
_CAPTION_END = re.compile(
    r"\((?:file(?: photo)?|representational(?: image| photo)?|representative image|reuters|afp"
    r"|ap(?: photo)?|ap photo/[^\n()]{1,60}|getty images?|photo:?[^\n()]{0,60}|image:?[^\n()]{0,60}"
    r"|screengrab|screenshot|twitter|x|video grab|pti|ani|ians)\)\s*$",
    _I,
)
_CAPTION_START = re.compile(r"(?:photo|image|picture|caption|file photo|file image|video)[ \t]{0,2}[:|]", _I)
_CAPTION_FILE = re.compile(r"file (?:photo|image|picture)\b", _I)

# --- datelines ----------------------------------------------------------------------------------
_WORD = r"[A-Z][\w'.\-]*"
_LINK = r"(?:de|del|da|do|dos|das|di|du|al|el|es|la|le|les|of|on|upon|am|an|im|sur|en|y|bin|ibn|ar)"
_PLACE = rf"{_WORD}(?:[ ](?:{_WORD}|{_LINK})){{0,4}}"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATELINE = re.compile(
    # a live blog's entry may open with its time: "14:20 Sukhumi: ..."
    r"(?:\d{1,2}[:.]\d{2}(?:[ ]?[ap]\.?m\.?)?[ ]+(?=[A-Z]))?"
    rf"(?P<place>{_PLACE}(?:,[ ]{_PLACE}){{0,2}})?"
    rf"(?:,?[ ]?(?P<date>{_MON}[ ]\d{{1,2}}|\d{{1,2}}[ ]{_MON}))?"  # "Sept 10" or "11 Nov"
    r"(?:[ ]?\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\))?"
    r"[ ]?(?P<sep>—|--?|:)(?=[ \t]|$)"
)
_NOT_PLACES = frozenset(
    """
    update updates live news note warning editor editors watch photo photos image images video videos
    read also breaking exclusive opinion analysis comment source sources explained explainer summary
    highlights related advertisement disclaimer correction clarification caption credit credits by
    file quote question answer background context why what how who when where here today tonight
    yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday statement full key top
    latest more see listen trending recommended first then now meanwhile however but and this that it
    he she they we you war crisis conflict report timeline factbox fact check q a graphic spoiler
    transcript podcast follow share subscribe
    interception looting destruction established hq displacement grave seizure defusal demining
    recruitment movement arrests arrest agreement activity transfer
    """.split()  # noqa: SIM905  (the last two lines: the labels of ACLED's notes, "HQ established:")
)

_KEY_DROP = re.compile(r"[^\w\s]")
_ALNUM = re.compile(r"[^\W_]")


class Line:
    """One line of the mapped text: the offsets and text of its content, spaces stripped."""

    __slots__ = ("blank", "end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.blank = start == end


@dataclass
class WireInfo:
    blanked: list[Span] = field(default_factory=list)
    title: str | None = None
    header_date: date | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    agency: str | None = None
    outlet: str | None = None


def split_lines(mapped: str) -> list[Line]:
    lines: list[Line] = []
    position = 0
    for raw_line in mapped.split("\n"):
        stripped_left = raw_line.lstrip()
        start = position + (len(raw_line) - len(stripped_left))
        content = stripped_left.rstrip()
        lines.append(Line(start, start + len(content), content))
        position += len(raw_line) + 1
    return lines


def key(text: str) -> str:
    """Comparison key: case, punctuation and spacing ignored ('Regrouping' = "Regrouping")."""
    return " ".join(_KEY_DROP.sub(" ", text).casefold().split())


def agency_name(text: str) -> str | None:
    cleaned = " ".join(text.split()).strip(" .-")
    return AGENCIES.get(cleaned.casefold())


def _header(line: str) -> tuple[bool, date | None, bool]:
    """(is a wire header line, its date, whether that is an "Updated" date)."""
    if len(line) > 160:
        return False, None, False
    match = _HEADER_FROM.fullmatch(line)
    if match:
        return True, find_text_date(match.group("rest")), False
    match = _HEADER_LABEL.fullmatch(line)
    if match is None:
        return False, None, False
    label, rest = match.group("label").lower(), match.group("rest")
    explicit = match.group("sep").strip() or label.endswith((" on", " at"))
    if not explicit and (label.startswith("date") or not _DATE_START.match(rest)):
        return False, None, False
    found = find_text_date(rest)
    if found is not None:
        return True, found, label.startswith(("updated", "last", "modified"))
    if _RELATIVE_TIME.match(rest):
        return True, None, False
    return False, None, False


def _is_caption(line: str) -> bool:
    if len(line) > MAX_CAPTION_CHARS:
        return False
    if _CAPTION_START.match(line) or _CAPTION_FILE.match(line):
        return True
    return _CAPTION_END.search(line) is not None


def _is_lone_punctuation(line: str) -> bool:
    return len(line) <= 20 and _ALNUM.search(line) is None


def _note(line: str) -> tuple[bool, str | None, str | None]:
    """(is a credit / syndication / call-to-action line, outlet, agency)."""
    if len(line) > MAX_NOTE_CHARS:
        return False, None, None
    match = _SYNDICATION.fullmatch(line)
    if match:
        return True, match.group("outlet").strip(), None
    if _NOTES.fullmatch(line) or (len(line) <= 120 and _BYLINE.fullmatch(line)):
        credit = _CREDIT_AGENCY.search(line)
        return True, None, agency_name(credit.group("agency")) if credit else None
    return False, None, None


def _units(lines: list[Line]) -> list[list[int]]:
    """Paragraphs as lists of line indexes: runs of non-blank lines, or single lines when the
    text has no blank line between paragraphs at all."""
    filled = [i for i, line in enumerate(lines) if not line.blank]
    if not filled:
        return []
    has_gaps = any(lines[i].blank for i in range(filled[0], filled[-1] + 1))
    if not has_gaps:
        return [[i] for i in filled]
    units: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if line.blank:
            if current:
                units.append(current)
                current = []
        else:
            current.append(i)
    if current:
        units.append(current)
    return units


def match_dateline(line: str) -> re.Match[str] | None:
    """A dateline at the start of `line` ("Moscow:", "KYIV, Ukraine (AP) —", "Kyiv, Sept 10
    (Reuters) -", "(Reuters) -", a live blog's "14:20 Sukhumi:"), or None. Ordinary sentences are not
    datelines: the place is at most a few capitalised words, and a dash form needs an agency, a date or a
    place in capitals."""
    match = _DATELINE.match(line[:DATELINE_PREFIX_CHARS])
    if match is None:
        return None
    place, agency, sep = match.group("place"), match.group("agency"), match.group("sep")
    rest = line[match.end() :].lstrip()
    if place:
        words = place.replace(",", " ").split()
        if len(words) > 6 or any(word.casefold().strip(".") in _NOT_PLACES for word in words):
            return None
    if sep == ":":
        if not place or agency or match.group("date") or len(place.split()) > 4:
            return None
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'"):
            return None
        return match
    if agency and agency_name(agency) is None and not (place and place.split()[0].isupper()):
        return None
    if agency or match.group("date"):
        return match
    first = place.split()[0] if place else ""
    if len(first) >= 2 and first.isupper():
        return match
    return None


def analyse(mapped: str, *, title: str | None, infer_headline: bool) -> WireInfo:
    """Find the boilerplate of a wire story in `mapped` (the character-mapped text)."""
    info = WireInfo()
    lines = split_lines(mapped)
    marked = _mark_line_boilerplate(lines, info)
    keys = [key(line.text) if not line.blank else "" for line in lines]
    headline_key = _headline_key(lines, keys, marked, info, title=title, infer_headline=infer_headline)
    if headline_key:
        _mark_key(keys, headline_key, marked)
    units = _units(lines)
    _mark_repeated_paragraphs(units, keys, marked)
    _find_dateline(info, lines, units, marked)
    info.blanked.extend(
        Span(line.start, line.end) for line, is_marked in zip(lines, marked, strict=True) if is_marked
    )
    info.blanked.sort(key=lambda span: span.start)
    return info


def _mark_line_boilerplate(lines: list[Line], info: WireInfo) -> list[bool]:
    """Which lines are headers, lone punctuation, credits or captions, on their own. Records the
    header date (a publication date before an "Updated" one), outlet and agency in `info`."""
    marked = [False] * len(lines)
    updated: date | None = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        text = line.text
        is_header, found, is_update = _header(text)
        if is_header:
            if is_update:
                updated = updated or found
            else:
                info.header_date = info.header_date or found
        marked[i] = is_header or _is_lone_punctuation(text) or _take_note(text, info) or _is_caption(text)
    if info.header_date is None:
        info.header_date = updated
    return marked


def _take_note(line: str, info: WireInfo) -> bool:
    """Whether `line` is a credit, syndication or call-to-action line; records its outlet and agency."""
    is_note, outlet, agency = _note(line)
    if is_note:
        info.outlet = info.outlet or outlet
        info.agency = info.agency or agency
    return is_note


def _headline_key(
    lines: list[Line],
    keys: list[str],
    marked: list[bool],
    info: WireInfo,
    *,
    title: str | None,
    infer_headline: bool,
) -> str | None:
    """The key of the headline: the given title where it appears as a line, else (plain text)
    a short first line, which is recorded as the title."""
    if title:
        title_key = key(title)
        return title_key if title_key and title_key in keys else None
    if not infer_headline:
        return None
    index = _inferred_headline(lines, keys, marked)
    if index is None:
        return None
    info.title = lines[index].text
    return keys[index]


def _inferred_headline(lines: list[Line], keys: list[str], marked: list[bool]) -> int | None:
    """The index of the first open line when it reads as a headline (short, not ending like a
    sentence or a label, not a dateline) and more text follows, else None."""
    candidates = [i for i, line in enumerate(lines) if not line.blank and not marked[i]]
    if len(candidates) < 2:
        return None
    first = lines[candidates[0]].text
    if (
        len(first) < MAX_HEADLINE_CHARS
        and not first.endswith((".", ":"))
        and match_dateline(first) is None
        and keys[candidates[0]]
    ):
        return candidates[0]
    return None


def _mark_key(keys: list[str], wanted: str, marked: list[bool]) -> None:
    """Mark every line whose key is `wanted`."""
    for i, line_key in enumerate(keys):
        if line_key == wanted:
            marked[i] = True


def _mark_repeated_paragraphs(units: list[list[int]], keys: list[str], marked: list[bool]) -> None:
    """A paragraph that appears twice: the earlier copy goes (a standfirst repeating the body)."""
    unit_keys = [keys[unit[0]] if len(unit) == 1 else " ".join(keys[i] for i in unit) for unit in units]
    last_seen = {
        unit_key: index for index, unit_key in enumerate(unit_keys) if len(unit_key) >= MIN_REPEAT_KEY_CHARS
    }
    for index, unit in enumerate(units):
        unit_key = unit_keys[index]
        if len(unit_key) >= MIN_REPEAT_KEY_CHARS and last_seen[unit_key] != index:
            for i in unit:
                marked[i] = True


def _paragraph_openings(units: list[list[int]], marked: list[bool]) -> Iterator[int]:
    """The first line of each paragraph that is not already set aside."""
    for unit in units:
        open_lines = [i for i in unit if not marked[i]]
        if open_lines:
            yield open_lines[0]


def _find_dateline(info: WireInfo, lines: list[Line], units: list[list[int]], marked: list[bool]) -> None:
    """Dateline: alone on a line, or at the start of one of the first body paragraphs (a colon
    form only in the first one, unless it stands alone)."""
    openings = islice(_paragraph_openings(units, marked), DATELINE_PARAGRAPHS)
    for body_seen, i in enumerate(openings):
        line = lines[i]
        match = match_dateline(line.text)
        if match is None:
            continue
        standalone = match.end() == len(line.text)
        if match.group("sep") != ":" or standalone or body_seen == 0:
            _record_dateline(info, line, match)
            if standalone:
                marked[i] = True
            return


def _record_dateline(info: WireInfo, line: Line, match: re.Match[str]) -> None:
    place = match.group("place")
    if place:
        info.dateline = place
        start = line.start + match.start("place")
        info.dateline_span = Span(start, start + len(place))
    agency = match.group("agency")
    if agency:
        info.agency = agency_name(agency) or agency.strip()
    if match.end() < len(line.text):
        info.blanked.append(Span(line.start, line.start + match.end()))
