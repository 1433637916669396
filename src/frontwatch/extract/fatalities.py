"""Reported deaths in a sentence: "killing at least 12", "three soldiers were killed", "10 dead"."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a hundred": 100,
    "hundred": 100,
}
NUM = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
QUALIFIER = r"(?:at least |more than |over |some |nearly |almost |about |around |up to )?"
NOUNS = (
    r"(?:\w+ ){0,3}?(?:people|persons?|civilians?|soldiers?|troops|fighters?|militants?|child(?:ren)?|"
    r"wom[ae]n|m[ae]n|residents?|villagers?|protesters?|demonstrators?|servicem[ae]n|policem[ae]n|"
    r"police officers?|officers?|members?|passengers?|workers?|others?|militiam[ae]n|rebels?|insurgents?|"
    r"attackers?|gunm[ae]n|"
    r"worshippers?|students?|farmers?|boys?|girls?|teenagers?|guards?|journalists?|volunteers?)"
)
PATTERNS = (
    re.compile(r"\b(?:killing|killed|kill) " + QUALIFIER + NUM + r"\b", re.IGNORECASE),
    re.compile(
        r"\b" + QUALIFIER + NUM + r" " + NOUNS + r" (?:were|was|have been|had been|are|being)? ?"
        r"(?:killed|dead|died|shot dead|slain)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b" + QUALIFIER + NUM + r" (?:dead|deaths|fatalities|killed)\b", re.IGNORECASE),
    re.compile(r"\bdeath toll (?:\w+ ){0,3}(?:to|at|of) " + QUALIFIER + NUM + r"\b", re.IGNORECASE),
    # one person, named by the article: "a civilian died", "another soldier was killed"
    re.compile(
        r"\b(?:a|an|another)() (?:[\w-]+ ){0,2}?(?:civilian|soldier|serviceman|person|man|woman|child|boy|"
        r"girl|resident|officer|policeman|farmer|driver|teenager|journalist|volunteer|fighter|pilot) "
        r"(?:was |has been |had been )?(?:killed|died|shot dead|slain)\b",
        re.IGNORECASE,
    ),
    # a count stated for the record: "unspecified fatalities coded as 10", "dozens were killed [coded as 12]"
    re.compile(r"\b(?:fatalities|casualties|deaths)? ?coded as " + NUM + r"\b", re.IGNORECASE),
)
NO_DEATHS = re.compile(
    r"\bno (?:one was killed|casualties|deaths|fatalities)\b|\bno one died\b", re.IGNORECASE
)


def parse_number(text: str) -> int | None:
    if text == "":
        return 1  # the empty group of "a civilian was killed"
    lowered = text.lower().replace(",", "")
    if lowered.isdigit():
        return int(lowered)
    return NUMBER_WORDS.get(lowered)


def find_fatalities(sentence: str) -> int | None:
    """The number of deaths the sentence reports, 0 for "no casualties", None when it says nothing."""
    if NO_DEATHS.search(sentence):
        return 0
    total: int | None = None
    for pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            value = parse_number(match.group(1))
            if value is not None and value < 100_000:
                total = max(total or 0, value)
    return total
