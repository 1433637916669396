"""Publication dates: container strings (ISO 8601, RFC 2822, "Sep 10, 2022") and wire headers.

The date is taken as written: no time zone conversion, so "2022-09-10T23:30:00-05:00" is
10 September. Implausible years give None, never an exception."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz

from frontwatch.model import Period

MIN_YEAR = 1900
MAX_VALUE_CHARS = 200

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_MDY = re.compile(
    rf"\b{_MONTH}[ ]{{1,2}}(?P<day>\d{{1,2}}){_ORD},?[ ]{{1,2}}(?P<year>\d{{4}})\b", re.IGNORECASE
)
_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORD}[ -](?:of[ ])?{_MONTH}[ ,-]{{1,2}}(?P<year>\d{{4}})\b", re.IGNORECASE
)
_ISO = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])")
_ISO_START = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})-(?P<day>\d{2})|(?P<cmonth>\d{2})(?P<cday>\d{2}))"
    r"(?:$|[T ]\d|T$|Z$|[+-]\d\d:?\d\d$)"
)
_SLASH_YMD = re.compile(r"(?<![\d/-])(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d])")


def plausible(value: date) -> bool:
    return MIN_YEAR <= value.year <= date.today().year + 1


def day_period(value: date) -> Period | None:
    """A one-day Period, or None for an implausible year."""
    if not plausible(value):
        return None
    return Period(start=value, end=value, granularity="day")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_text_date(text: str) -> date | None:
    """The first written-out date in `text`: "Sep 10, 2022", "September 10th 2022",
    "10 September 2022", "2022-09-10", "2022/09/10"."""
    text = text[:MAX_VALUE_CHARS]
    best: tuple[int, date] | None = None
    for pattern in (_MDY, _DMY):
        match = pattern.search(text)
        if match is None:
            continue
        month = MONTHS.get(match.group("mon").lower().rstrip("."))
        found = _make(int(match.group("year")), month, int(match.group("day"))) if month else None
        if found is not None and (best is None or match.start() < best[0]):
            best = (match.start(), found)
    for pattern in (_ISO, _SLASH_YMD):
        match = pattern.search(text)
        if match is None:
            continue
        found = _make(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if found is not None and (best is None or match.start() < best[0]):
            best = (match.start(), found)
    return best[1] if best else None


def _iso(value: str) -> date | None:
    match = _ISO_START.match(value)
    if match is None:
        return None
    if match.group("month"):
        return _make(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    return _make(int(match.group("year")), int(match.group("cmonth")), int(match.group("cday")))


def _rfc2822(value: str) -> date | None:
    try:
        parts = parsedate_tz(value)
    except Exception:  # the stdlib parser has raised on odd input in some versions
        return None
    if not parts:
        return None
    year, month, day = parts[0], parts[1], parts[2]
    return _make(year, month, day)


def _dateparser(value: str) -> date | None:
    """Last resort for other absolute formats with a month name; relative dates are refused."""
    if len(value) > 64 or not re.search(r"[A-Za-z]{3}", value) or not re.search(r"\d", value):
        return None
    try:
        import dateparser

        parsed = dateparser.parse(
            value,
            languages=["en"],
            settings={
                "PARSERS": ["absolute-time"],
                "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"],
            },
        )
    except Exception:
        return None
    return parsed.date() if parsed is not None else None


def parse_published(value: str) -> Period | None:
    """A container's publication date ("2022-09-10", "2022-09-10T08:00:00Z",
    "Sat, 10 Sep 2022 08:00:00 +0000", "September 10, 2022") as a one-day Period, using the
    date as written. None when it cannot be read or the year is implausible; never raises."""
    if not isinstance(value, str):
        return None
    value = value.strip()[:MAX_VALUE_CHARS]
    if not value:
        return None
    for parser in (_iso, _rfc2822, find_text_date, _dateparser):
        found = parser(value)
        if found is not None:
            return day_period(found)
    return None
