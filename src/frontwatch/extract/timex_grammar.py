"""The lexicon and grammar of time expressions: the words they are made of, and the regular
expressions that find them (see `frontwatch.extract.timex`).

Matching is linear in the length of the text: a cheap scan (`NAME_SCAN` and `KEYWORD_SUBSTRINGS`) finds
trigger words, and the full grammar (`FULL`) is only tried at the few word starts just before each
trigger (`LEAD_CHAIN_REVERSED`, `WORD_START`), with every repetition bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontwatch.extract.word_trie import trie_pattern as _trie

# --------------------------------------------------------------------------------------------------
# Vocabulary

MONTH_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
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
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-eight": 48, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100,
}  # fmt: skip

# words (letters only, lower case) holding a trigger substring that can be part of an expression
KEYWORD_WORDS = frozenset(
    {"day", "days", "today", "yesterday", "night", "nights", "tonight", "overnight", "week", "weeks",
     "weekend", "weekends", "fortnight", "fortnights", "month", "months", "year", "years", "yearlong",
     "hour", "hours", "minute", "minutes", "decade", "decades", "morning", "evening", "afternoon"}
    | {name.lower() for name in WEEKDAYS}
)  # fmt: skip
# keyword words that can begin an expression by themselves
SELF_STARTING = frozenset(
    {"today", "yesterday", "tonight", "overnight"} | {name.lower() for name in WEEKDAYS}
)
KEYWORD_SUBSTRINGS: tuple[str, ...] = (
    "day", "night", "week", "month", "year", "hour", "decade", "morning", "evening", "noon",
)  # fmt: skip


# --------------------------------------------------------------------------------------------------
# Grammar


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
    for full, abbreviations in MONTH_FORMS:
        forms += [full, full.upper()]
        for abbreviation in abbreviations:
            forms += [abbreviation, abbreviation + ".", abbreviation.upper(), abbreviation.upper() + "."]
    return forms


_WEEKDAY_FORMS: list[str] = [form for name in WEEKDAYS for form in (name, name.upper())]
_PREPS = ("since", "until", "till", "by", "from", "in", "on", "of", "during", "through", "throughout",
          "as of", "at", "over", "for", "within", "between")  # fmt: skip
_MODS = ("early", "late", "mid", "end of", "beginning of", "start of", "middle of", "turn of")
_VAGUE_FORMS = ("a few", "a couple of", "a couple", "couple of", "several", "few", "many")
# words that can stand before the word that triggers a match ("since early May", "for more than three days")
_LEAD_WORDS = (
    {word for phrase in _PREPS + _MODS for word in phrase.split()}
    | {word for phrase in _VAGUE_FORMS for word in phrase.split()}
    | {"the", "last", "next", "this", "coming", "past", "previous", "earlier", "later", "more", "less",
       "fewer", "than", "about", "around", "nearly", "almost", "some", "least", "up", "to"}
    | set(NUMBER_WORDS)
)  # fmt: skip


def _cased(words: Iterable[str]) -> str:
    """`_trie` of the words as written in lower case, capitalised and in capitals. Case variants are
    spelled out rather than matched with IGNORECASE, which keeps failing matches cheap."""
    variants = {form for word in words for form in (word, word[:1].upper() + word[1:], word.upper())}
    return _trie(variants)


_RELATIVE_DAYS = ("the day before yesterday", "earlier today", "later today", "yesterday",
                  "yesterday morning", "yesterday afternoon", "yesterday evening", "today", "tonight",
                  "overnight", "last night",
                  "the previous day", "the previous night", "the previous evening", "the previous morning",
                  "the previous afternoon", "the night before", "the evening before", "the day before",
                  "a day earlier", "the day earlier", "a day before",
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
    rf"(?:{_cased(list(NUMBER_WORDS) + list(_VAGUE_FORMS))}(?![A-Za-z])"
    r"|(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,]))"
)
_UNIT = _cased(_UNITS)
_THE = _cased(["the"])
_OF = _cased(["of"])
_PLURAL = "[sS]?"

FULL = re.compile(
    rf"""
    (?:(?P<prep>{_cased(_PREPS)}){_S})?
    (?:(?:{_THE}{_S})?(?P<mod>{_cased(_MODS)})(?:-|{_S})(?:{_cased(["on", "in"])}{_S})?)?
    (?:
        (?P<iso>(?P<iy>(?:19|20|21)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\d])
      | (?:{_WEEKDAY},?{_S})?
        (?: (?:{_THE}{_S})?(?P<d1>{_DAY})
            (?:(?:{_S}{_cased(["and", "to"])}{_S}|[-–])(?P<d1e>[0-3]?\d)(?:st|nd|rd|th)?(?![A-Za-z0-9]))?
            {_S}(?:{_OF}{_S})?(?P<m1>{_MONTH})(?:,?{_S}(?P<y1>{_YEAR}))?
          | (?P<m2>{_MONTH}){_S}(?:{_THE}{_S})?(?P<d2>{_DAY})(?:,?{_S}(?P<y2>{_YEAR}))?
        )
      | (?P<m3>{_MONTH}),?{_S}(?:{_OF}{_S})?(?P<y3>{_YEAR})
      | (?:(?P<mrel>{_cased(["last", "next", "this", "coming"])}){_S})?(?P<m4>{_MONTH})
      | (?:(?P<wrel>{_cased(["this past", "last", "next", "coming", "this", "past"])}){_S})?
        (?P<wd>{_WEEKDAY})(?:{_S}{_cased(["morning", "afternoon", "evening", "night"])}(?![A-Za-z]))?
      | (?P<reld>{_cased(_RELATIVE_DAYS)})(?![A-Za-z])
      | (?:{_cased(["earlier", "later"])}{_S})?(?P<rpw>{_cased(_PERIOD_WORDS)})
        {_S}(?P<rpu>{_cased(["weekend", "week", "month", "year", "fortnight"])})(?![A-Za-z])
      | (?P<agon>{_NUM})(?:-|{_S})(?P<agou>{_UNIT}){_PLURAL}{_S}{_cased(["ago", "earlier"])}(?![A-Za-z])
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
LEAD_CHAIN_REVERSED = re.compile(
    rf"(?:(?:{_S}|-)(?i:{_trie(word[::-1] for word in _LEAD_WORDS)})(?![A-Za-z0-9'’])){{1,6}}"
)
# a word start that is not inside a number ("2,014", "14:00", "10/09")
WORD_START = re.compile(r"(?<![A-Za-z0-9'’])(?<!\d[,.:/])[A-Za-z0-9]")
# month and weekday names, and numbers that are not part of a bigger number ("2,014", "14:00", "A380");
# every alternative starts with a literal so the engine can skip to the few positions that may match
NAME_SCAN = re.compile(
    "|".join(
        [rf"{branch}(?![A-Za-z])" for branch in _trie_branches(_month_forms() + _WEEKDAY_FORMS)]
        + [
            rf"""{d}(?<![0-9A-Za-z'’]{d})(?<!\d[,.:/]{d})
            (?: \d{{3}}(?![0-9]|[,.:/]\d)
              | \d{{0,2}}(?:st|nd|rd|th)?(?![0-9]|[,.:/]\d)
                (?=(?:(?:{_S}(?:and|to){_S}|[-–])[0-3]?\d(?:st|nd|rd|th)?)?(?:-|{_S})(?:{_OF}{_S})?(?:{_MONTH}|{_UNIT}))
            )"""
            for d in "0123456789"
        ]
    ),
    re.VERBOSE,
)
LETTERS = re.compile(r"[A-Za-z]*")
