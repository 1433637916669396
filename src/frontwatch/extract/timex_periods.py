"""What a time expression found by the grammar means: its kind and, against the publication date,
the period it names (see `frontwatch.extract.timex` for the conventions).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from frontwatch.extract.timex_grammar import MONTH_FORMS, NUMBER_WORDS, WEEKDAYS
from frontwatch.model import Granularity, Period

__all__ = ["KIND_OF_PREP", "Malformed", "Resolved", "TimexKind", "day_of_month", "interpret"]

TimexKind = Literal["point", "since", "until", "duration"]

# --------------------------------------------------------------------------------------------------
# Vocabulary

_MONTH_NUM: dict[str, int] = {full[:3].lower(): i for i, (full, _) in enumerate(MONTH_FORMS, start=1)}
FIRST_NAME_NEXT = re.compile(r" [A-Z][a-z]")  # a name after a month's short form: "Jan Palach"
# full month names that are safe as dates on their own (not verbs, names or adjectives)
_BARE_MONTHS = frozenset(
    {"january", "february", "april", "july", "september", "october", "november", "december"}
)

_WEEKDAY_NUM: dict[str, int] = {name.lower(): i for i, name in enumerate(WEEKDAYS)}

_VAGUE_NUMBERS = frozenset({"a few", "few", "several", "a couple of", "a couple", "couple of", "many"})

# prepositions that make a bare month or year a date, and the kind they give
_DATE_PREPS = frozenset(
    {"in", "since", "until", "till", "by", "from", "of", "during", "through", "throughout", "as of"}
    | {"between"}
)
# prepositions that belong to an expression only before a duration, a relative period or "the end of"
_SPAN_PREPS = frozenset({"for", "within", "over", "at"})
_DURATION_PREPS = frozenset({"for", "over", "within", "in", "during", "throughout"})
KIND_OF_PREP: dict[str, TimexKind] = {
    "since": "since", "from": "since", "between": "since", "until": "until", "till": "until", "by": "until",
}  # fmt: skip

# words after a number that show it counts things rather than naming a year
_NOT_YEAR_NEXT = frozenset(
    {"people", "men", "women", "children", "troops", "police", "personnel", "km", "kilometres", "kilometers",
     "miles", "metres", "meters", "feet", "ft", "m", "kg", "tonnes", "tons", "gmt", "utc", "hrs", "local"}
)  # fmt: skip
_S_WORDS = frozenset(
    {"was", "has", "is", "as", "this", "its", "his", "thus", "whereas", "unless", "across", "besides",
     "towards", "afterwards", "us", "yes", "less", "always", "perhaps", "whose", "those", "these"}
)  # fmt: skip

# the word after a number
_NEXT_WORD = re.compile(r"\s{1,4}([A-Za-z]+)")


# --------------------------------------------------------------------------------------------------
# Periods


@lru_cache(maxsize=4096)  # periods are immutable: share them
def _day(d: date) -> Period:
    return Period(d, d, "day")


@lru_cache(maxsize=4096)  # periods are immutable: share them
def _week_of(d: date) -> Period:
    monday = d - timedelta(days=d.weekday())
    return Period(monday, monday + timedelta(days=6), "week")


@lru_cache(maxsize=4096)  # periods are immutable: share them
def _month(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, monthrange(year, month)[1]), "month")


@lru_cache(maxsize=4096)  # periods are immutable: share them
def _year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _norm(words: str | None) -> str:
    if not words:
        return ""
    lowered = words.lower()
    return lowered if lowered.isalpha() else " ".join(lowered.split())


def _month_number(name: str) -> int:
    return _MONTH_NUM[name.rstrip(".")[:3].lower()]


def _year_ok(year: int, anchor: date | None) -> bool:
    return 1900 <= year <= (anchor.year + 1 if anchor is not None else 2100)


def _day_ok(day: int, month: int) -> bool:
    return 1 <= day <= monthrange(2000, month)[1]  # 2000 is a leap year: allows 29 February


def _number(words: str) -> int | None:
    key = _norm(words)
    if key in _VAGUE_NUMBERS:
        return None
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    return int(key.replace(",", ""))


# --------------------------------------------------------------------------------------------------
# Interpretation of one grammar match

Resolved = tuple[TimexKind, bool, Period | None]


def _weekday(m: re.Match[str], anchor: date) -> Period:
    target = _WEEKDAY_NUM[m["wd"].lower()]
    rel = _norm(m["wrel"])
    if rel in ("next", "coming"):
        return _day(anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7))
    back = (anchor.weekday() - target) % 7
    if rel in ("last", "past", "this past"):
        back = back or 7
    return _day(anchor - timedelta(days=back))


def _relative_day(m: re.Match[str], anchor: date) -> Period:
    words = _norm(m["reld"])
    if words == "the day before yesterday":
        return _day(anchor - timedelta(days=2))
    if words.startswith(("yesterday", "the previous", "the day before", "a day before")) or words in (
        "last night",
        "the night before",
        "the evening before",
        "a day earlier",
        "the day earlier",
    ):
        return _day(anchor - timedelta(days=1))
    return _day(anchor)  # "overnight" in a story of the morning after: the night just ended


_PAST_SPANS = frozenset({"past", "this past", "the past", "the last"})
_FUTURE_WORDS = frozenset({"next", "coming", "the next", "the coming"})
_STEPS: dict[str, int] = {"this": 0, "last": -1, "previous": -1, "the previous": -1, "next": 1, "coming": 1,
                          "the next": 1, "the coming": 1}  # fmt: skip
_SPAN_DAYS: dict[str, tuple[int, Granularity]] = {
    "week": (7, "week"), "month": (30, "month"), "year": (365, "year"),
}  # fmt: skip


def _weekend(which: str, anchor: date) -> Period:
    monday = anchor - timedelta(days=anchor.weekday())
    if which == "the":  # "the weekend", "over the weekend": the latest one begun by the anchor
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    elif which == "this":
        saturday = monday + timedelta(days=5)
    elif which in _FUTURE_WORDS:
        saturday = monday + timedelta(days=5 if anchor.weekday() < 5 and "coming" in which else 12)
    else:
        saturday = monday - timedelta(days=2)
    return Period(saturday, saturday + timedelta(days=1), "week")


def _fortnight(which: str, anchor: date) -> Period:
    if which in _FUTURE_WORDS:
        return Period(anchor + timedelta(days=1), anchor + timedelta(days=14), "week")
    return Period(anchor - timedelta(days=13), anchor, "week")


def _relative_period(m: re.Match[str], anchor: date) -> Period:
    which = _norm(m["rpw"])
    unit = m["rpu"].lower()
    if unit == "weekend":
        return _weekend(which, anchor)
    if unit == "fortnight":
        return _fortnight(which, anchor)
    if which in _PAST_SPANS:  # "the past week", "the last month": the span ending on the anchor
        days, granularity = _SPAN_DAYS[unit]
        return Period(anchor - timedelta(days=days - 1), anchor, granularity)
    step = _STEPS[which]
    if unit == "week":
        return _week_of(anchor + timedelta(days=7 * step))
    if unit == "month":
        return _month(*_shift_month(anchor.year, anchor.month, step))
    return _year(anchor.year + step)


def _ago(m: re.Match[str], anchor: date) -> Period | None:
    n = _number(m["agon"])
    unit = m["agou"].lower()
    if n is None:
        if unit == "day":
            return Period(anchor - timedelta(days=7), anchor - timedelta(days=1), "week")
        return None
    if unit in ("minute", "hour"):
        return _day(anchor)
    if unit == "day":
        return _day(anchor - timedelta(days=n))
    if unit in ("week", "fortnight"):
        return _week_of(anchor - timedelta(days=n * (7 if unit == "week" else 14)))
    if unit == "month":
        return _month(*_shift_month(anchor.year, anchor.month, -n))
    return _year(anchor.year - n * (10 if unit == "decade" else 1))


def _bare_month(m: re.Match[str], anchor: date) -> Period:
    month = _month_number(m["m4"])
    rel = _norm(m["mrel"])
    if rel in ("next", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel == "this":
        year = anchor.year
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    return _month(year, month)


def day_of_month(day: int, month: int, anchor: date) -> Period:
    """A day and month without a year: the anchor's year, or the year before when that would put the day
    more than seven days after the anchor."""
    candidate = date(anchor.year, month, day) if (month, day) != (2, 29) else None
    if candidate is None:  # 29 February: the latest leap year that fits the rule below
        year = anchor.year
        while True:
            if monthrange(year, 2)[1] == 29 and date(year, 2, 29) <= anchor + timedelta(days=7):
                return _day(date(year, 2, 29))
            year -= 1
    if candidate > anchor + timedelta(days=7):
        candidate = date(anchor.year - 1, month, day)
    return _day(candidate)


def _accept_year_after(text: str, end: int) -> bool:
    """False when the number is followed by a counted noun ("in 1950 troops")."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    if word[0].isupper():
        return True
    lowered = word.lower()
    if lowered in _NOT_YEAR_NEXT:
        return False
    return not (lowered.endswith("s") and lowered not in _S_WORDS)


class Malformed(Exception):
    """A date that is written like one but does not exist ("31 September"): no expression, and the
    words it spans are not read again as a shorter one."""


def _relative(
    m: re.Match[str],
    kind: TimexKind,
    anchor: date | None,
    resolve: Callable[[re.Match[str], date], Period | None],
) -> Resolved:
    """An expression whose period `resolve` works out from the anchor; without one, it has none."""
    return kind, True, None if anchor is None else resolve(m, anchor)


def _iso_date(m: re.Match[str], anchor: date | None) -> Period:
    """A date written the ISO way: "2022-09-10"."""
    year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    if not (_year_ok(year, anchor) and 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1]):
        raise Malformed
    return _day(date(year, month, day))


def _day_date(m: re.Match[str], kind: TimexKind, anchor: date | None) -> Resolved:
    """A day of a month, with or without a year: "5 May", "on May 5th", "Sept. 10, 2022"."""
    day_text, month_text, year_text = (
        (m["d1"], m["m1"], m["y1"]) if m["d1"] is not None else (m["d2"], m["m2"], m["y2"])
    )
    day = int(day_text.rstrip("stndrh"))
    month = _month_number(month_text)
    if not _day_ok(day, month):
        raise Malformed
    if year_text is None:
        found = None if anchor is None else day_of_month(day, month, anchor)
        return kind, True, None if found is None else _days(found.start, m["d1e"])
    year = int(year_text)
    if not _year_ok(year, anchor) or day > monthrange(year, month)[1]:
        raise Malformed
    return kind, False, _days(date(year, month, day), m["d1e"])


def _days(first: date, last_day: str | None) -> Period:
    """A day, or the days from it to the last one a range names ("between 16 and 21 February 2000")."""
    if last_day is None or not first.day < int(last_day) <= monthrange(first.year, first.month)[1]:
        return _day(first)
    return Period(first, first.replace(day=int(last_day)), "day")


def _month_of_year(m: re.Match[str], kind: TimexKind, anchor: date | None) -> Resolved | None:
    """A month of a year: "May 2022", "September of 2022"."""
    year = int(m["y3"])
    if not _year_ok(year, anchor):
        return None
    return kind, False, _month(year, _month_number(m["m3"]))


def _month_alone(m: re.Match[str], kind: TimexKind, anchor: date | None, dated: bool) -> Resolved | None:
    """A month without a year, when it reads as a date: "in May", "last May", "September"."""
    name = m["m4"].rstrip(".").lower()
    if not (dated or m["mrel"] is not None or name in _BARE_MONTHS):
        return None
    if len(name) <= 4 and not m["m4"].endswith(".") and FIRST_NAME_NEXT.match(m.string, m.end()):
        return None  # "the death of Jan Palach": a first name
    return _relative(m, kind, anchor, _bare_month)


def _duration(m: re.Match[str], prep: str, lenient: bool) -> Resolved | None:
    """A duration: "a three-day operation", "for months", "48 hours"."""
    if m["dplural"] is not None and _norm(m["dnum"]) in ("a", "an", "one"):
        return None  # "a months-long siege": the duration is "months-long"
    if m["dbare"] is not None and not (lenient or m["dlong"] is not None or prep in _DURATION_PREPS):
        return None
    return "duration", False, None


def _decade(m: re.Match[str], kind: TimexKind, anchor: date | None) -> Resolved | None:
    """A decade: "the 1990s"."""
    decade = int(m["dec"])
    if not _year_ok(decade, anchor):
        return None
    return kind, False, Period(date(decade, 1, 1), date(decade + 9, 12, 31), "year")


def _year_alone(
    m: re.Match[str], text: str, kind: TimexKind, anchor: date | None, dated: bool
) -> Resolved | None:
    """A year alone, when it reads as a date: "in 2014", "since 2014"."""
    year = int(m["y4"])
    if not (_year_ok(year, anchor) and dated and _accept_year_after(text, m.end())):
        return None
    return kind, False, _year(year)


def interpret(m: re.Match[str], text: str, anchor: date | None, lenient: bool) -> Resolved | None:
    """Kind, relative flag and period of a match of `FULL`, or None when the match is not a time
    expression. Raises `Malformed` for a date that does not exist."""
    prep = _norm(m["prep"])
    kind: TimexKind = KIND_OF_PREP.get(prep, "point")
    mod = m["mod"] is not None
    if prep in _SPAN_PREPS and not mod and m["dur"] is None and m["rpu"] is None:
        return None  # "set for September 15": the expression is "September 15"
    dated = lenient or mod or prep in _DATE_PREPS  # a month or a year alone is then a date
    if m["iso"] is not None:
        return kind, False, _iso_date(m, anchor)
    if m["d1"] is not None or m["d2"] is not None:
        return _day_date(m, kind, anchor)
    if m["m3"] is not None:
        return _month_of_year(m, kind, anchor)
    if m["m4"] is not None:
        return _month_alone(m, kind, anchor, dated)
    if m["wd"] is not None:
        return _relative(m, kind, anchor, _weekday)
    if m["reld"] is not None:
        return _relative(m, kind, anchor, _relative_day)
    if m["rpu"] is not None:
        if _norm(m["rpw"]) == "the" and m["rpu"].lower() != "weekend":
            return None  # "the week", "the year": not anchored on anything
        return _relative(m, kind, anchor, _relative_period)
    if m["agou"] is not None:
        return _relative(m, kind, anchor, _ago)
    if m["dur"] is not None:
        return _duration(m, prep, lenient)
    if m["dec"] is not None:
        return _decade(m, kind, anchor)
    if m["y4"] is not None:
        return _year_alone(m, text, kind, anchor, dated)
    return None
