"""Time expressions in news text, resolved against the publication date.

`find_timexes(text, anchor)` finds every time expression in `text` and resolves it to a `Period`
using `anchor`, the article's publication date. `resolve_timex(expression, anchor)` resolves a single
expression. Pure standard library: compiled regular expressions, `datetime` and `calendar`.

Conventions (those of wire copy, where the dateline date is the anchor):

* Weekdays ("Saturday", "on Saturday", "Saturday night", "late on Tuesday", "early Monday") are the most
  recent such day on or before the anchor; the anchor's own weekday is the anchor itself. "last Tuesday"
  and "this past Tuesday" are strictly before the anchor; "next"/"coming" Tuesday strictly after.
* "today", "tonight", "overnight", "this morning/afternoon/evening", "earlier today" are the anchor (a
  story that says "overnight" is written the morning after: the night just ended carries the story's
  date); "yesterday", "last night", "the previous day/night/evening", "the day before" and "a day
  earlier" are the day before; "the day before yesterday" two days before.
* "this week" is the Monday..Sunday week holding the anchor, "last week" the one before, "next week" the
  one after; "the past week" is the seven days ending on the anchor (week precision). Months and years
  work the same way ("earlier this month", "last month", "this year", "last year", "the past year").
  "the weekend" / "over the weekend" is the most recent Saturday..Sunday starting on or before the anchor.
* "N days/weeks/months/years ago" count back from the anchor; "a few days ago" is the week before.
* A month without a year ("in May", "since May", "mid-May", "late May") is the most recent such month
  on or before the anchor's month (month precision); "last May" is strictly before, "next May" after.
  A capitalised "May", "March", "June", "August" or an abbreviation ("Jan", "Sept.") counts as a month
  only with a preceding in/since/until/by/from/of/during/early/late/mid/last/next/this... or a following
  day number or year, so "May" the modal verb and "June" the name are not dates.
* A day and month without a year ("May 5", "5 May", "on May 5th", "Sept. 10") take the anchor's year,
  or the previous year when that would put them more than seven days after the anchor. A day alone ("on
  the 11th", "on the night of the 10th", as translated press writes it) is of the anchor's month, or of
  the month before when it is still to come.
* Dates with a year ("Sep 10, 2022", "10 September 2022", "2022-09-10") and years ("in 2014") are
  absolute. Numeric day/month forms other than ISO ("10/09/2022") are ambiguous and skipped. A bare
  year needs a preceding in/since/until/by/from/of/during/early/mid/late, must lie in 1900..anchor
  year + 1 (1900..2100 without an anchor), and is not taken when followed by a counted noun
  ("in 1950 troops"). Numbers such as "2,014", "20,000" or "14:00" are never years.
* Decades ("the 1990s") resolve to the whole decade as a year-precision period (1990-01-01..1999-12-31).
* "since X" / "from X" give kind "since"; "until X" / "till X" / "by X" give kind "until".
* Feasts of a fixed day ("on New Year's Day", "since Christmas Eve", "on New Year's night", "on Christmas",
  not "the Christmas market") resolve like a day and month without a year; a feast that names a thing ("a
  Christmas Eve mass") dates nothing where the text names the day.
* Durations ("a three-day operation", "for months", "48 hours", "over the past two weeks") have kind
  "duration" and no period.
* A relative expression with no anchor gets `period=None`; it is never guessed. Absolute expressions
  resolve without an anchor.

An abbreviated month's full stop belongs to the expression ("in Jan.", "Sept. 10").

Not covered: seasons ("last summer"), ranges ("5-7 May" yields only "7 May"; "from May to July" yields
two expressions), clock times, and all-caps relative words ("YESTERDAY").

Matching is linear in the length of the text: a cheap scan finds trigger words (month and weekday
names, numbers, and "day", "week", "month", "year", "night"... inside words) and the full grammar
(`timex_grammar`) is only tried at the few word starts just before each trigger, with every repetition
bounded. What a match means is worked out in `timex_periods`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from frontwatch.extract.timex_grammar import (
    FULL,
    KEYWORD_SUBSTRINGS,
    KEYWORD_WORDS,
    LEAD_CHAIN_REVERSED,
    LETTERS,
    NAME_SCAN,
    SELF_STARTING,
    WORD_START,
)
from frontwatch.extract.timex_periods import KIND_OF_PREP, Malformed, TimexKind, day_of_month, interpret
from frontwatch.model import Period

__all__ = ["Timex", "TimexKind", "find_timexes", "resolve_timex"]


@dataclass(frozen=True)
class Timex:
    """A time expression found in text. `text == source[start:end]`."""

    text: str
    start: int
    end: int
    period: Period | None  # None when it cannot be resolved (relative and no anchor, or a duration)
    kind: TimexKind  # "point", "since", "until" or "duration"
    relative: bool  # True when resolving it needs the anchor

    @property
    def day(self) -> Period | None:
        """The day it names, when it is a point in time resolved to a day ("on Thursday", "11 March")."""
        if self.kind != "point" or self.period is None or self.period.granularity != "day":
            return None
        return self.period


# --------------------------------------------------------------------------------------------------
# Scanning


def _triggers(text: str, reversed_text: str) -> dict[int, bool]:
    """Word starts of the words that can anchor an expression, each with whether the expression must
    then begin with lead words before it ("last week", "for months"; not "May 5" or "yesterday")."""
    starts = dict.fromkeys(_name_starts(text), False)
    for begin, needs_lead in _keyword_starts(text, reversed_text):
        starts.setdefault(begin, needs_lead)
    return starts


def _name_starts(text: str) -> list[int]:
    """Where the month and weekday names and the numbers that begin a word are."""
    starts: list[int] = []
    for found in NAME_SCAN.finditer(text):
        position = found.start()
        if position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "'’"):
            starts.append(position)
    return starts


def _keyword_starts(text: str, reversed_text: str) -> list[tuple[int, bool]]:
    """Where the words holding a keyword ("day", "week", "yesterday", "months"...) begin, each with
    whether it needs lead words."""
    starts: list[tuple[int, bool]] = []
    find = text.find
    letters = LETTERS.match
    size = len(text)
    for needle in KEYWORD_SUBSTRINGS:
        position = find(needle)
        while position >= 0:
            before = letters(reversed_text, size - position)
            begin = size - before.end() if before is not None else position
            after = letters(text, position)
            end = after.end() if after is not None else position + 1
            word = text[begin:end].lower()
            if word in KEYWORD_WORDS:
                starts.append((begin, word not in SELF_STARTING and text[end : end + 5].lower() != "-long"))
            position = find(needle, end)
    return starts


def _candidates(text: str, reversed_text: str, trigger: int, covered: int, needs_lead: bool) -> list[int]:
    """Where an expression that holds the trigger word may begin: the word starts of the run of lead
    words before it ("since early", "for more than three"), then the trigger itself."""
    chain = None
    if trigger > covered and (text[trigger - 1].isspace() or text[trigger - 1] == "-"):
        chain = LEAD_CHAIN_REVERSED.match(reversed_text, len(text) - trigger)
    if chain is None:
        return [] if needs_lead else [trigger]
    chain_start = max(len(text) - chain.end(), covered)
    return [w.start() for w in WORD_START.finditer(text, chain_start, trigger)] + [trigger]


def _expression_at(
    text: str, starts: list[int], trigger: int, anchor: date | None, lenient: bool
) -> tuple[Timex | None, int]:
    """The first expression that begins at one of `starts` and runs past the trigger, and the end of
    the text it takes (0 when it takes none)."""
    for start in starts:
        m = FULL.match(text, start)
        if m is None or m.end() <= trigger:
            continue
        try:
            resolved = interpret(m, text, anchor, lenient)
        except Malformed:
            return None, m.end()
        except (ValueError, OverflowError):  # a date outside what `datetime.date` can hold
            continue
        if resolved is None:
            continue
        kind, relative, period = resolved
        return Timex(m.group(), start, m.end(), period, kind, relative), m.end()
    return None, 0


def _scan(text: str, anchor: date | None, lenient: bool) -> list[Timex]:
    found: list[Timex] = []
    covered = 0
    reversed_text = text[::-1]
    triggers = _triggers(text, reversed_text)
    for trigger in sorted(triggers):
        if trigger < covered:
            continue
        starts = _candidates(text, reversed_text, trigger, covered, triggers[trigger])
        timex, end = _expression_at(text, starts, trigger, anchor, lenient)
        if timex is not None:
            found.append(timex)
        if end:
            covered = end
    return found


def find_timexes(text: str, anchor: date | None) -> list[Timex]:
    """All time expressions in `text`, in order, resolved against the publication date `anchor`.

    With `anchor` None, relative expressions are returned with `period=None`."""
    found = _the_night_named(text, _scan(text, anchor, lenient=False))
    found = [
        t
        for t in found
        if not NAMED_AFTER_A_DATE.match(text, t.end)
        and not NAMED_BEFORE_A_MONTH.search(text[max(0, t.start - 12) : t.start])
    ]
    named_days = (
        _holidays(text, anchor, found)
        + _days_of_this_month(text, anchor, found)
        + _anniversaries(text, anchor)
    )
    if not named_days:
        return found
    return sorted(found + named_days, key=lambda t: t.start)


# "police on the 11th arrested a sergeant over the night of the 10th": a day of the month of publication
# (or of the month before, when that day is still to come), as translated press writes it
DAY_OF_THIS_MONTH = re.compile(
    r"\b(?P<prep>[Oo]n|[Ss]ince|[Uu]ntil) (?:the (?:night|morning|evening|afternoon) of )?the "
    r"(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|floor|time|round|day|minute|[A-Z])\b)"
)


def _days_of_this_month(text: str, anchor: date | None, found: list[Timex]) -> list[Timex]:
    days: list[Timex] = []
    for m in DAY_OF_THIS_MONTH.finditer(text):
        day = int(m.group("day"))
        if not 1 <= day <= 31 or any(t.start < m.end() and m.start() < t.end for t in found):
            continue
        period = _this_months_day(day, anchor) if anchor is not None else None
        kind = KIND_OF_PREP.get(m.group("prep").lower(), "point")
        days.append(Timex(m.group(), m.start(), m.end(), period, kind, True))
    return days


def _this_months_day(day: int, anchor: date) -> Period | None:
    year, month = (anchor.year, anchor.month) if day <= anchor.day else _month_before(anchor)
    try:
        return day_of_month(day, month, date(year, month, day))
    except ValueError:
        return None  # "the 31st" of a month with 30 days


def _month_before(anchor: date) -> tuple[int, int]:
    return (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)


# "to mark the 40th anniversary of the Batepa massacre, when troops killed hundreds": the month that many
# years before publication dates the act remembered
ANNIVERSARY = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<word>tenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|"
    r"sixtieth|seventieth|seventy-fifth|eightieth|ninetieth|hundredth)) anniversary of\b",
    re.IGNORECASE,
)
ORDINAL_YEARS = {
    "tenth": 10, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip


def _anniversaries(text: str, anchor: date | None) -> list[Timex]:
    """The month of the act an anniversary marks, that many years before the anchor's month."""
    if anchor is None or "nniversar" not in text:
        return []
    found: list[Timex] = []
    for m in ANNIVERSARY.finditer(text):
        years = int(m.group("n")) if m.group("n") else ORDINAL_YEARS[m.group("word").lower()]
        year = anchor.year - years
        if not 0 < years < anchor.year:
            continue
        last = monthrange(year, anchor.month)[1]
        period = Period(date(year, anchor.month, 1), date(year, anchor.month, last), "month")
        found.append(Timex(m.group(), m.start(), m.end(), period, "point", True))
    return found


# feasts of a fixed day ("a mob set fire to a church on New Year's Day")
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
    "christmas day": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
    "christmas": (12, 25), "new year's night": (1, 1), "christmas night": (12, 25),
}  # fmt: skip
HOLIDAY = re.compile(
    r"\b(?:(?P<prep>[Oo]n|[Ss]ince|[Uu]ntil) )?"
    r"(?P<name>New Year['’]s (?:Day|Eve|night)|Christmas (?:Day|Eve|night)|"
    r"Boxing Day|Valentine['’]s Day|Halloween)\b"
    # "on Christmas", not "the Christmas market"
    r"|\b(?P<prep2>[Oo]n|[Ss]ince|[Uu]ntil) (?P<name2>Christmas)\b"
    r"(?! (?:[Mm]arkets?|[Tt]rees?|[Pp]art(?:y|ies)|[Ss]hopping|[Dd]ecorations|[Ss]ervices?|[Mm]ass)\b)"
)


# the words every feast's name holds: a text without them is not scanned
HOLIDAY_WORDS = ("New Year", "Christmas", "Boxing Day", "Valentine", "Halloween")


# "a Christmas Eve mass": a feast that names a thing, not when it was
NAMES_A_THING = re.compile(r"\s+[a-z]+\b")


def _holidays(text: str, anchor: date | None, days: list[Timex]) -> list[Timex]:
    """The feasts of a fixed day the text names, each resolved like a day and month without a year; not a
    feast that names a thing when the text names the day ("Christians leaving a Christmas Eve mass late on
    Wednesday": the Coptic feast, whose day the weekday tells)."""
    if not any(word in text for word in HOLIDAY_WORDS):
        return []
    dated = any(t.day is not None for t in days)
    found: list[Timex] = []
    for m in HOLIDAY.finditer(text):
        if dated and m.group("prep") is None and NAMES_A_THING.match(text, m.end()):
            continue
        name = (m.group("name") or m.group("name2")).replace("’", "'").lower()
        prep = (m.group("prep") or m.group("prep2") or "on").lower()
        month, day = HOLIDAYS[name]
        kind = KIND_OF_PREP.get(prep, "point")
        period = day_of_month(day, month, anchor) if anchor is not None else None
        found.append(Timex(m.group(), m.start(), m.end(), period, kind, True))
    return found


# "riot police sealed off May 1 Square", "the 6 October Bridge", "the April 19 Movement", "the October War": a
# date in a name dates nothing; nor a month in a group's name ("the Black September group")
NAMED_AFTER_A_DATE = re.compile(
    r"\s+(?:Square|Street|Avenue|Road|Bridge|Stadium|Boulevard|Park|Movement|Group|Front|Brigade|Organi[sz]ation|"
    r"Revolution|War)\b"
)
NAMED_BEFORE_A_MONTH = re.compile(r"\bBlack\s+$")


NIGHT_OF = re.compile(r"\s*(?:,\s*)?(?:on|into|to)?\s*$", re.IGNORECASE)


def _the_night_named(text: str, found: list[Timex]) -> list[Timex]:
    """ "overnight on Sunday", "overnight into Monday": the day named says which night, not the story's
    date that a bare "overnight" stands for."""
    return [
        timex
        for timex, after in zip(found, [*found[1:], None], strict=False)
        if not (
            after is not None
            and timex.text.lower() == "overnight"
            and NIGHT_OF.match(text[timex.end : after.start])
        )
    ]


def resolve_timex(expression: str, anchor: date | None) -> Period | None:
    """The period of one time expression ("Saturday", "in May", "since 2014", "10 September 2022").

    The expression is taken to be a date, so a lone "May" or "2014" resolves. Returns None for
    durations, for relative expressions without an anchor and for text holding no time expression."""
    for timex in _scan(expression, anchor, lenient=True):
        if timex.period is not None:
            return timex.period
    return None
