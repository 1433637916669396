"""Time expressions in news text, resolved against the publication date.

`find_timexes(text, anchor)` finds every time expression in `text` and resolves it to a `Period`
using `anchor`, the article's publication date. `resolve_timex(expression, anchor)` resolves a single
expression. Pure standard library: compiled regular expressions, `datetime` and `calendar`.

Conventions (those of wire copy, where the dateline date is the anchor):

* Weekdays ("Saturday", "on Saturday", "Saturday night", "late on Tuesday", "early Monday") are the most
  recent such day on or before the anchor; the anchor's own weekday is the anchor itself. "last Tuesday"
  and "this past Tuesday" are strictly before the anchor; "next"/"coming" Tuesday strictly after.
* "today", "tonight", "this morning/afternoon/evening", "earlier today" are the anchor; "yesterday",
  "last night" and "overnight" are the day before; "the day before yesterday" two days before.
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
  or the previous year when that would put them more than seven days after the anchor.
* Dates with a year ("Sep 10, 2022", "10 September 2022", "2022-09-10") and years ("in 2014") are
  absolute. Numeric day/month forms other than ISO ("10/09/2022") are ambiguous and skipped. A bare
  year needs a preceding in/since/until/by/from/of/during/early/mid/late, must lie in 1900..anchor
  year + 1 (1900..2100 without an anchor), and is not taken when followed by a counted noun
  ("in 1950 troops"). Numbers such as "2,014", "20,000" or "14:00" are never years.
* Decades ("the 1990s") resolve to the whole decade as a year-precision period (1990-01-01..1999-12-31).
* "since X" / "from X" give kind "since"; "until X" / "till X" / "by X" give kind "until".
* Durations ("a three-day operation", "for months", "48 hours", "over the past two weeks") have kind
  "duration" and no period.
* A relative expression with no anchor gets `period=None`; it is never guessed. Absolute expressions
  resolve without an anchor.

An abbreviated month's full stop belongs to the expression ("in Jan.", "Sept. 10").

Not covered: seasons ("last summer"), ranges ("5-7 May" yields only "7 May"; "from May to July" yields
two expressions), clock times, and all-caps relative words ("YESTERDAY").

Matching is linear in the length of the text: a cheap scan finds trigger words (month and weekday
names, numbers, and "day", "week", "month", "year", "night"... inside words) and the full grammar is only
tried at the few word starts just before each trigger, with every repetition bounded.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from frontwatch.model import Granularity, Period

__all__ = ["Timex", "TimexKind", "find_timexes", "resolve_timex"]

TimexKind = Literal["point", "since", "until", "duration"]


@dataclass(frozen=True)
class Timex:
    """A time expression found in text. `text == source[start:end]`."""

    text: str
    start: int
    end: int
    period: Period | None  # None when it cannot be resolved (relative and no anchor, or a duration)
    kind: TimexKind  # "point", "since", "until" or "duration"
    relative: bool  # True when resolving it needs the anchor


# --------------------------------------------------------------------------------------------------
# Vocabulary

_MONTH_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("January", ("Jan",)),
    ("February", ("Feb",)),
    ("March", ("Mar",)),
    ("April", ("Apr",)),
    ("May", ()),
    ("June", ("Jun",)),
    ("July", ("Jul",)),
    ("August", ("Aug",)),
    ("September", ("Sept", "Sep")),
    ("October", ("Oct",)),
    ("November", ("Nov",)),
    ("December", ("Dec",)),
)
_MONTH_NUM: dict[str, int] = {full[:3].lower(): i for i, (full, _) in enumerate(_MONTH_FORMS, start=1)}
# full month names that are safe as dates on their own (not verbs, names or adjectives)
_BARE_MONTHS = frozenset(
    {"january", "february", "april", "july", "september", "october", "november", "december"}
)

_WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUM: dict[str, int] = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}

_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-eight": 48, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100,
}  # fmt: skip
_VAGUE_NUMBERS = frozenset({"a few", "few", "several", "a couple of", "a couple", "couple of", "many"})

# prepositions that make a bare month or year a date, and the kind they give
_DATE_PREPS = frozenset(
    {"in", "since", "until", "till", "by", "from", "of", "during", "through", "throughout", "as of"}
)
# prepositions that belong to an expression only before a duration, a relative period or "the end of"
_SPAN_PREPS = frozenset({"for", "within", "over", "at"})
_DURATION_PREPS = frozenset({"for", "over", "within", "in", "during", "throughout"})
_KIND_OF_PREP: dict[str, TimexKind] = {
    "since": "since", "from": "since", "until": "until", "till": "until", "by": "until",
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

# words (letters only, lower case) holding a trigger substring that can be part of an expression
_KEYWORD_WORDS = frozenset(
    {"day", "days", "today", "yesterday", "night", "nights", "tonight", "overnight", "week", "weeks",
     "weekend", "weekends", "fortnight", "fortnights", "month", "months", "year", "years", "yearlong",
     "hour", "hours", "minute", "minutes", "decade", "decades", "morning", "evening", "afternoon"}
    | {name.lower() for name in _WEEKDAYS}
)  # fmt: skip
# keyword words that can begin an expression by themselves
_SELF_STARTING = frozenset(
    {"today", "yesterday", "tonight", "overnight"} | {name.lower() for name in _WEEKDAYS}
)
_KEYWORD_SUBSTRINGS: tuple[str, ...] = (
    "day", "night", "week", "month", "year", "hour", "decade", "morning", "evening", "noon",
)  # fmt: skip


# --------------------------------------------------------------------------------------------------
# Grammar


_Node = dict[str, "_Node"]


def _trie(words: Iterable[str]) -> str:
    """An alternation of `words` factored into a prefix tree: a failing match then costs a comparison
    or two rather than one per word, and longer words are tried before their prefixes. A space in a
    word matches one to four whitespace characters."""
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Node) -> str:
        branches = [
            (r"\s{1,4}" if char == " " else re.escape(char)) + render(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return (body if len(branches) > 1 else f"(?:{body})") + "?"

    return f"(?:{render(root)})"


def _trie_branches(words: Iterable[str]) -> list[str]:
    """The top-level branches of `_trie(words)`, one per first character, each starting with a literal."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    return [
        re.escape(first) + (_trie(rests) + "?" if "" in rests else _trie(rests))
        if any(rests)
        else re.escape(first)
        for first, rests in sorted(by_first.items())
    ]


def _month_forms() -> list[str]:
    forms: list[str] = []
    for full, abbreviations in _MONTH_FORMS:
        forms += [full, full.upper()]
        for abbreviation in abbreviations:
            forms += [abbreviation, abbreviation + ".", abbreviation.upper(), abbreviation.upper() + "."]
    return forms


_WEEKDAY_FORMS: list[str] = [form for name in _WEEKDAYS for form in (name, name.upper())]
_PREPS = ("since", "until", "till", "by", "from", "in", "on", "of", "during", "through", "throughout",
          "as of", "at", "over", "for", "within")  # fmt: skip
_MODS = ("early", "late", "mid", "end of", "beginning of", "start of", "middle of", "turn of")
_VAGUE_FORMS = ("a few", "a couple of", "a couple", "couple of", "several", "few", "many")
# words that can stand before the word that triggers a match ("since early May", "for more than three days")
_LEAD_WORDS = (
    {word for phrase in _PREPS + _MODS for word in phrase.split()}
    | {word for phrase in _VAGUE_FORMS for word in phrase.split()}
    | {"the", "last", "next", "this", "coming", "past", "previous", "earlier", "later", "more", "less",
       "fewer", "than", "about", "around", "nearly", "almost", "some", "least", "up", "to"}
    | set(_NUMBER_WORDS)
)  # fmt: skip


def _cased(words: Iterable[str]) -> str:
    """`_trie` of the words as written in lower case, capitalised and in capitals. Case variants are
    spelled out rather than matched with IGNORECASE, which keeps failing matches cheap."""
    variants = {form for word in words for form in (word, word[:1].upper() + word[1:], word.upper())}
    return _trie(variants)


_RELATIVE_DAYS = ("the day before yesterday", "earlier today", "later today", "yesterday",
                  "yesterday morning", "yesterday afternoon", "yesterday evening", "today", "tonight",
                  "overnight", "last night",
                  "this morning", "this afternoon", "this evening")  # fmt: skip
_PERIOD_WORDS = ("this past", "the past", "the last", "the previous", "the coming", "the next", "this",
                 "last", "next", "coming", "past", "previous", "the")  # fmt: skip
_DURATION_SPANS = ("the past", "the last", "the next", "the first", "the coming", "the previous")
_DURATION_QUALIFIERS = ("more than", "less than", "fewer than", "about", "around", "nearly", "almost", "over",
                        "some", "at least", "up to")  # fmt: skip
_UNITS = ("minute", "hour", "day", "week", "fortnight", "month", "year", "decade")

_S = r"\s{1,4}"
_MONTH = rf"{_trie(_month_forms())}(?![A-Za-z])"
_WEEKDAY = rf"{_trie(_WEEKDAY_FORMS)}(?![A-Za-z])"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?![A-Za-z0-9]|[:.,/]\d)"
_YEAR = r"(?:19|20|21)\d\d(?![A-Za-z0-9]|[.,:/]\d|[-–]\d)"
_NUM = (
    rf"(?:{_cased(list(_NUMBER_WORDS) + list(_VAGUE_FORMS))}(?![A-Za-z])"
    r"|(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,]))"
)
_UNIT = _cased(_UNITS)
_THE = _cased(["the"])
_OF = _cased(["of"])
_PLURAL = "[sS]?"

_FULL = re.compile(
    rf"""
    (?:(?P<prep>{_cased(_PREPS)}){_S})?
    (?:(?:{_THE}{_S})?(?P<mod>{_cased(_MODS)})(?:-|{_S})(?:{_cased(["on", "in"])}{_S})?)?
    (?:
        (?P<iso>(?P<iy>(?:19|20|21)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\d])
      | (?:{_WEEKDAY},?{_S})?
        (?: (?:{_THE}{_S})?(?P<d1>{_DAY}){_S}(?:{_OF}{_S})?(?P<m1>{_MONTH})(?:,?{_S}(?P<y1>{_YEAR}))?
          | (?P<m2>{_MONTH}){_S}(?:{_THE}{_S})?(?P<d2>{_DAY})(?:,?{_S}(?P<y2>{_YEAR}))?
        )
      | (?P<m3>{_MONTH}),?{_S}(?:{_OF}{_S})?(?P<y3>{_YEAR})
      | (?:(?P<mrel>{_cased(["last", "next", "this", "coming"])}){_S})?(?P<m4>{_MONTH})
      | (?:(?P<wrel>{_cased(["this past", "last", "next", "coming", "this", "past"])}){_S})?
        (?P<wd>{_WEEKDAY})(?:{_S}{_cased(["morning", "afternoon", "evening", "night"])}(?![A-Za-z]))?
      | (?P<reld>{_cased(_RELATIVE_DAYS)})(?![A-Za-z])
      | (?:{_cased(["earlier", "later"])}{_S})?(?P<rpw>{_cased(_PERIOD_WORDS)})
        {_S}(?P<rpu>{_cased(["weekend", "week", "month", "year", "fortnight"])})(?![A-Za-z])
      | (?P<agon>{_NUM})(?:-|{_S})(?P<agou>{_UNIT}){_PLURAL}{_S}{_cased(["ago"])}(?![A-Za-z])
      | (?P<dur>
          (?:{_cased(_DURATION_SPANS)}{_S})?
          (?:{_cased(_DURATION_QUALIFIERS)}{_S})?
          (?: (?P<dnum>{_NUM})(?:-|{_S}){_UNIT}(?P<dplural>[sS])?(?:(?:-|{_S}){_cased(["long"])})?
            | (?P<dbare>{_UNIT}[sS])(?P<dlong>-{_cased(["long"])})?
          )(?![A-Za-z]|-[oO][lL][dD])
        )
      | (?:{_THE}{_S})?(?P<dec>(?:19|20)\d0)['’]?s(?![A-Za-z0-9])
      | (?P<y4>{_YEAR})
    )
    """,
    re.VERBOSE,
)

# the run of lead words that ends at a trigger word, matched on the reversed text from the trigger back
_LEAD_CHAIN_REVERSED = re.compile(
    rf"(?:(?:{_S}|-)(?i:{_trie(word[::-1] for word in _LEAD_WORDS)})(?![A-Za-z0-9'’])){{1,6}}"
)
# a word start that is not inside a number ("2,014", "14:00", "10/09")
_WORD_START = re.compile(r"(?<![A-Za-z0-9'’])(?<!\d[,.:/])[A-Za-z0-9]")
# month and weekday names, and numbers that are not part of a bigger number ("2,014", "14:00", "A380");
# every alternative starts with a literal so the engine can skip to the few positions that may match
_NAME_SCAN = re.compile(
    "|".join(
        [rf"{branch}(?![A-Za-z])" for branch in _trie_branches(_month_forms() + _WEEKDAY_FORMS)]
        + [
            rf"""{d}(?<![0-9A-Za-z'’]{d})(?<!\d[,.:/]{d})
            (?: \d{{3}}(?![0-9]|[,.:/]\d)
              | \d{{0,2}}(?:st|nd|rd|th)?(?![0-9]|[,.:/]\d)(?=(?:-|{_S})(?:{_OF}{_S})?(?:{_MONTH}|{_UNIT}))
            )"""
            for d in "0123456789"
        ]
    ),
    re.VERBOSE,
)
_NEXT_WORD = re.compile(r"\s{1,4}([A-Za-z]+)")
_LETTERS = re.compile(r"[A-Za-z]*")


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
    if key in _NUMBER_WORDS:
        return _NUMBER_WORDS[key]
    return int(key.replace(",", ""))


# --------------------------------------------------------------------------------------------------
# Interpretation of one grammar match

_Resolver = tuple[TimexKind, bool, Period | None]


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
    if words.startswith("the day before"):
        return _day(anchor - timedelta(days=2))
    if words.startswith("yesterday") or words in ("overnight", "last night"):
        return _day(anchor - timedelta(days=1))
    return _day(anchor)


_PAST_SPANS = frozenset({"past", "this past", "the past", "the last"})
_FUTURE_WORDS = frozenset({"next", "coming", "the next", "the coming"})
_STEPS: dict[str, int] = {"this": 0, "last": -1, "previous": -1, "the previous": -1, "next": 1, "coming": 1,
                          "the next": 1, "the coming": 1}  # fmt: skip
_SPAN_DAYS: dict[str, tuple[int, Granularity]] = {
    "week": (7, "week"), "month": (30, "month"), "year": (365, "year"),
}  # fmt: skip


def _relative_period(m: re.Match[str], anchor: date) -> Period:
    which = _norm(m["rpw"])
    unit = m["rpu"].lower()
    if unit == "weekend":
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
    if unit == "fortnight":
        if which in _FUTURE_WORDS:
            return Period(anchor + timedelta(days=1), anchor + timedelta(days=14), "week")
        return Period(anchor - timedelta(days=13), anchor, "week")
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


def _day_month(day: int, month: int, anchor: date) -> Period:
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


class _Malformed(Exception):
    """A date that is written like one but does not exist ("31 September"): no expression, and the
    words it spans are not read again as a shorter one."""


def _interpret(m: re.Match[str], text: str, anchor: date | None, lenient: bool) -> _Resolver | None:
    """Kind, relative flag and period of a match, or None when the match is not a time expression."""
    prep = _norm(m["prep"])
    kind: TimexKind = _KIND_OF_PREP.get(prep, "point")
    mod = m["mod"] is not None
    if prep in _SPAN_PREPS and not mod and m["dur"] is None and m["rpu"] is None:
        return None  # "set for September 15": the expression is "September 15"

    if m["iso"] is not None:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
        if not (_year_ok(year, anchor) and 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1]):
            raise _Malformed
        return kind, False, _day(date(year, month, day))

    if m["d1"] is not None or m["d2"] is not None:
        day_text, month_text, year_text = (
            (m["d1"], m["m1"], m["y1"]) if m["d1"] is not None else (m["d2"], m["m2"], m["y2"])
        )
        day = int(day_text.rstrip("stndrh"))
        month = _month_number(month_text)
        if not _day_ok(day, month):
            raise _Malformed
        if year_text is not None:
            year = int(year_text)
            if not _year_ok(year, anchor) or day > monthrange(year, month)[1]:
                raise _Malformed
            return kind, False, _day(date(year, month, day))
        return kind, True, None if anchor is None else _day_month(day, month, anchor)

    if m["m3"] is not None:
        year = int(m["y3"])
        if not _year_ok(year, anchor):
            return None
        return kind, False, _month(year, _month_number(m["m3"]))

    if m["m4"] is not None:
        name = m["m4"].rstrip(".").lower()
        if not (lenient or mod or m["mrel"] is not None or prep in _DATE_PREPS or name in _BARE_MONTHS):
            return None
        return kind, True, None if anchor is None else _bare_month(m, anchor)

    if m["wd"] is not None:
        return kind, True, None if anchor is None else _weekday(m, anchor)

    if m["reld"] is not None:
        return kind, True, None if anchor is None else _relative_day(m, anchor)

    if m["rpu"] is not None:
        if _norm(m["rpw"]) == "the" and m["rpu"].lower() != "weekend":
            return None  # "the week", "the year": not anchored on anything
        return kind, True, None if anchor is None else _relative_period(m, anchor)

    if m["agou"] is not None:
        return kind, True, None if anchor is None else _ago(m, anchor)

    if m["dur"] is not None:
        if m["dplural"] is not None and _norm(m["dnum"]) in ("a", "an", "one"):
            return None  # "a months-long siege": the duration is "months-long"
        if m["dbare"] is not None and not (lenient or m["dlong"] is not None or prep in _DURATION_PREPS):
            return None
        return "duration", False, None

    if m["dec"] is not None:
        decade = int(m["dec"])
        if not _year_ok(decade, anchor):
            return None
        return kind, False, Period(date(decade, 1, 1), date(decade + 9, 12, 31), "year")

    if m["y4"] is not None:
        year = int(m["y4"])
        if not _year_ok(year, anchor):
            return None
        if not (lenient or mod or prep in _DATE_PREPS):
            return None
        if not _accept_year_after(text, m.end()):
            return None
        return kind, False, _year(year)
    return None


# --------------------------------------------------------------------------------------------------
# Scanning


def _triggers(text: str, reversed_text: str) -> dict[int, bool]:
    """Word starts of the words that can anchor an expression, each with whether the expression must
    then begin with lead words before it ("last week", "for months"; not "May 5" or "yesterday")."""
    starts: dict[int, bool] = {}
    for found in _NAME_SCAN.finditer(text):
        position = found.start()
        if position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "'’"):
            starts[position] = False
    find = text.find
    letters = _LETTERS.match
    size = len(text)
    for needle in _KEYWORD_SUBSTRINGS:
        position = find(needle)
        while position >= 0:
            before = letters(reversed_text, size - position)
            begin = size - before.end() if before is not None else position
            after = letters(text, position)
            end = after.end() if after is not None else position + 1
            word = text[begin:end].lower()
            if word in _KEYWORD_WORDS:
                needs_lead = word not in _SELF_STARTING and text[end : end + 5].lower() != "-long"
                starts.setdefault(begin, needs_lead)
            position = find(needle, end)
    return starts


def _scan(text: str, anchor: date | None, lenient: bool) -> list[Timex]:
    found: list[Timex] = []
    covered = 0
    match_full = _FULL.match
    lead_chain = _LEAD_CHAIN_REVERSED.match
    reversed_text = text[::-1]
    size = len(text)
    triggers = _triggers(text, reversed_text)
    for trigger in sorted(triggers):
        if trigger < covered:
            continue
        chain = None
        if trigger > covered and (text[trigger - 1].isspace() or text[trigger - 1] == "-"):
            chain = lead_chain(reversed_text, size - trigger)
        if chain is None:
            if triggers[trigger]:
                continue
            candidates = [trigger]
        else:
            chain_start = max(size - chain.end(), covered)
            candidates = [w.start() for w in _WORD_START.finditer(text, chain_start, trigger)]
            candidates.append(trigger)
        for start in candidates:
            m = match_full(text, start)
            if m is None or m.end() <= trigger:
                continue
            try:
                resolved = _interpret(m, text, anchor, lenient)
            except _Malformed:
                covered = m.end()
                break
            except (ValueError, OverflowError):  # a date outside what `datetime.date` can hold
                resolved = None
            if resolved is None:
                continue
            kind, relative, period = resolved
            found.append(Timex(m.group(), start, m.end(), period, kind, relative))
            covered = m.end()
            break
    return found


def find_timexes(text: str, anchor: date | None) -> list[Timex]:
    """All time expressions in `text`, in order, resolved against the publication date `anchor`.

    With `anchor` None, relative expressions are returned with `period=None`."""
    return _scan(text, anchor, lenient=False)


def resolve_timex(expression: str, anchor: date | None) -> Period | None:
    """The period of one time expression ("Saturday", "in May", "since 2014", "10 September 2022").

    The expression is taken to be a date, so a lone "May" or "2014" resolves. Returns None for
    durations, for relative expressions without an anchor and for text holding no time expression."""
    for timex in _scan(expression, anchor, lenient=True):
        if timex.period is not None:
            return timex.period
    return None
