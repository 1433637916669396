"""Reported deaths in a sentence: "killing at least 12", "three soldiers were killed", "10 dead".

Counts joined by "and" add up ("killing 60 Afghans and 13 U.S. troops": 73); one victim named as such counts
as one ("killing a 16-year-old boy", "Governor X was shot dead", "beat to death a factory manager"). A
sentence that tells only of wounded, or that no one was hurt, reports no deaths: 0, as ACLED codes it.
"""

from __future__ import annotations

import re

from frontwatch.extract.trigger_words import SINCE_A_RECORD

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
    "a dozen": 12,
    "a hundred": 100,
    "hundred": 100,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TENS["ninety"] = 90
_UNITS = {word: value for word, value in NUMBER_WORDS.items() if 1 <= value <= 9 and " " not in word}
NUMBER_WORDS.update(_TENS)
# "twenty-five", "ninety-one"; "two hundred", "four hundred"
NUMBER_WORDS.update({f"{ten}-{unit}": tv + uv for ten, tv in _TENS.items() for unit, uv in _UNITS.items()})
NUMBER_WORDS.update({f"{unit} hundred": 100 * uv for unit, uv in _UNITS.items()})
_BASE_WORDS = sorted(
    (w for w in NUMBER_WORDS if "-" not in w and not w.endswith(" hundred")), key=len, reverse=True
)
# the compounds as two small alternations, not 81 words tried at every position of every sentence
NUM = (
    r"(\d{1,3}(?:,\d{3})+|\d+|(?:"
    + "|".join(_UNITS)
    + r") hundred|(?:"
    + "|".join(_TENS)
    + r")-(?:"
    + "|".join(_UNITS)
    + r")|"
    + "|".join(_BASE_WORDS)
    + r")"
)
QUALIFIER = (
    r"(?:at least |more than |over |some |nearly |almost |about |around |up to |as many as |all (?:the )?|"
    r"the )?"
)
NOUNS = (
    r"(?:\w+ ){0,3}?(?:people|persons?|civilians?|soldiers?|troops|fighters?|militants?|child(?:ren)?|"
    r"wom[ae]n|m[ae]n|residents?|villagers?|protesters?|demonstrators?|servicem[ae]n|policem[ae]n|"
    r"police officers?|officers?|members?|passengers?|workers?|others?|militiam[ae]n|rebels?|insurgents?|"
    r"attackers?|gunm[ae]n|aid workers?|staff|crew(?: members?)?|"
    r"worshippers?|students?|farmers?|boys?|girls?|teenagers?|guards?|journalists?|volunteers?|sons?|"
    r"daughters?|brothers?|sisters?|relatives)"
)
PATTERNS = (
    # not a crime a suspect is held for ("a soldier suspected of killing six members of a family")
    re.compile(
        r"\b(?<!suspected of )(?<!suspicion of )(?<!accused of )(?<!charged with )(?<!convicted of )"
        r"(?<!guilty of )(?<!confessed to )(?:killing|killed|kill|shot dead|shooting dead|gunned down|"
        r"gunning down|shot and killed|"
        r"beheading|beheaded|executing|executed|massacring|massacred|slaughtering|slaughtered) "
        + QUALIFIER
        + NUM
        + r"\b",
        re.IGNORECASE,
    ),
    # the victims, what they were, then the verb: "Seven aid workers from the charity X, including ..., were
    # killed when ..."
    re.compile(
        r"\b" + QUALIFIER + NUM + r" " + NOUNS + r"(?:,| from| of| in| at| on| aboard)"
        r"(?:(?! said| told| say)[^.;:]){0,120}?\b(?:were|have been|had been) "
        r"(?:killed|shot dead|slain)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b" + QUALIFIER + NUM + r" " + NOUNS + r"(?: aboard| on board| inside)? "
        r"(?:were|was|is|have been|had been|are|being)? ?(?:presumed |confirmed )?"
        r"(?:killed|dead|died|shot dead|slain|massacred|slaughtered|martyred|embraced martyrdom|"
        # "Seven Bangladeshi workers burned to death when attackers hurled petrol bombs"
        r"embraced shahadat|(?:burned|burnt|hacked|stabbed|beaten|crushed) to death|burned alive)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b" + QUALIFIER + NUM + r" (?:dead|deaths|fatalities|killed)\b", re.IGNORECASE),
    # "shooting six of them dead"
    re.compile(
        r"\b(?:shooting|shot) " + QUALIFIER + NUM + r" (?:of them |(?:[\w-]+ ){0,2}?" + NOUNS + r" )?dead\b",
        re.IGNORECASE,
    ),
    # "attackers hacked 12 villagers to death", "burning seven people to death"
    re.compile(
        r"\b(?:hacked|beat|beaten|stoned|stabbed|clubbed|burned|burnt|hacking|beating|stoning|stabbing|clubbing|"
        r"burning) " + QUALIFIER + NUM + r" " + NOUNS + r" to death\b",
        re.IGNORECASE,
    ),
    # "shot or hacked to death at least 131 civilians", "burning to death or hacking about 80 students"
    re.compile(
        r"\b(?:hacked|beat|beaten|stoned|stabbed|clubbed|burned|burnt|shot|burning|hacking|beating) to death "
        r"(?:(?:or|and) [\w-]+ )?" + QUALIFIER + NUM + r"\b",
        re.IGNORECASE,
    ),
    # bodies counted: "soldiers have recovered 79 bodies", "28 bodies had been found"
    re.compile(
        r"\b(?:recovered|found|discovered|retrieved|exhumed|pulled) "
        + QUALIFIER
        + NUM
        + r" (?:[\w-]+ ){0,2}?bodies\b",
        re.IGNORECASE,
    ),
    # "the bodies of five men, four of them teenagers, were found shot dead beside a lake"
    re.compile(
        r"\bbodies of "
        + QUALIFIER
        + NUM
        + r"\b(?=[^.;]{0,120}?\b(?:found|recovered|discovered|pulled|dumped)\b)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b" + QUALIFIER + NUM + r" (?:[\w-]+ ){0,2}?bodies (?:[\w-]+ ){0,3}?(?:were|had been|have been) "
        r"(?:found|recovered|discovered|retrieved|exhumed|counted)\b",
        re.IGNORECASE,
    ),
    # "a mob beat two men and burned them alive"
    re.compile(
        r"\b(?:beat|beating|lynched|dragged|seized|attacked|stoned|hacked|abducted) "
        + QUALIFIER
        + NUM
        + r" "
        + NOUNS
        + r" (?:[\w-]+ ){0,4}?and (?:then )?(?:burned|burnt|set fire to|killed|lynched|hanged|beheaded) "
        r"them\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bdeath toll (?:[\w'-]+ ){0,6}?(?:to|at|of) " + QUALIFIER + NUM + r"\b", re.IGNORECASE),
    # any plural noun with a full auxiliary: "at least 112 Palestinians were killed"
    re.compile(
        r"\b" + QUALIFIER + NUM + r" (?:[\w-]+ ){1,3}?(?:were|have been|had been) (?:[\w-]+ and (?:then )?)?"
        r"(?:killed|shot dead|slain|massacred|slaughtered)\b",
        re.IGNORECASE,
    ),
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
    r"\bno (?:one was killed|casualties|deaths|fatalities)\b|\bno one died\b|\bno \w+ (?:was|were) killed\b",
    re.IGNORECASE,
)
# a count, then "and" another count of victims: "killing 60 Afghans and 13 U.S. troops"
SUMMED = re.compile(
    r"\b(?:killing|killed|kill) " + QUALIFIER + NUM + r" (?:[\w.-]+ ){0,3}?and " + NUM + r" "
    r"(?:[\w.-]+ ){0,2}?(?:[a-z]+s|children|men|women|people)\b",
    re.IGNORECASE,
)
# one victim and a count: "killing a teacher and three children"
ONE_AND_MORE = re.compile(
    r"\b(?:killing|killed|kill|shot dead|shooting dead) (?:a|an|one|his|her|their) (?:[\w.-]+ ){0,2}?and "
    + NUM
    + r" "
    r"(?:[\w.-]+ ){0,2}?(?:[a-z]+s|children|men|women|people)\b",
    re.IGNORECASE,
)
# people named one by one, then a count of others: "killing Prime Minister A B, Speaker C D and six other
# officials"
NAME = r"(?-i:[A-Z][\w'.-]+)(?: (?-i:[A-Z][\w'.-]+))+"
NAMED_AND_OTHERS = re.compile(
    r"\b(?:killing|killed|shot dead) ("
    + NAME
    + r"(?:, "
    + NAME
    + r"){0,6}) and "
    + QUALIFIER
    + NUM
    + r" (?:other\b|(?:[\w.-]+ ){0,2}?(?:[a-z]+s|children|men|women|people)\b)",
    re.IGNORECASE,
)
# one victim told at length, then a count of others: "killed the Taliban governor of Balkh province, Mohammad
# Dawood Muzammil, and two other people"
ONE_TOLD_AND_OTHERS = re.compile(
    # "shot dead U Aung San, its deputy chairman, and six other members of the council"
    r"\b(?:killing|killed|shot dead) (?:(?:the|a|an|his|her|its|their) |"
    r"(?-i:[A-Z])[\w'-]*(?: (?-i:[A-Z])[\w'-]*){0,3}, )[^.;]{0,90}? and " + NUM + r" other\b",
    re.IGNORECASE,
)
# the dead listed, then "dead": "leaving two Lebanese soldiers, a journalist and an Israeli officer dead"
LEFT_DEAD = re.compile(r"\bleaving ([^.;]{3,120}?) dead\b", re.IGNORECASE)
# the dead listed, then the verb: "28 attackers, nine soldiers and two policemen had died", "a Croatian
# policeman and a Serb militiaman were shot dead"
LISTED_ITEM = r"(?:(?:at least |about |some )?" + NUM.replace("(", "(?:", 1) + r"|an?|one) " + NOUNS + r"\b"
LISTED_KILLED = re.compile(
    r"\b("
    + LISTED_ITEM
    + r"(?:(?:,|,? and) "
    + LISTED_ITEM
    + r"){1,5}) (?:(?:were|had been|have been) (?:killed|shot dead)|(?:had |have )?died)\b",
    re.IGNORECASE,
)
# one victim killed, then a count of others who died: "Prime Minister X was killed ..., and at least ten
# other people died in the blast"
ONE_AND_OTHERS_DIED = re.compile(
    r"\bwas (?:killed|shot dead)\b[^.;]{0,120}?\band "
    + QUALIFIER
    + NUM
    + r" other (?:[\w-]+ )?(?:died|were killed)\b",
    re.IGNORECASE,
)
LISTED_COUNT = re.compile(r"^(?:at least |about |some )?" + NUM + r"\b", re.IGNORECASE)
# a count and one more victim, then the verb: "Five protesters and a police officer were killed"
COUNT_AND_ONE = re.compile(
    r"\b"
    + QUALIFIER
    + NUM
    + r" "
    + NOUNS
    + r" and (?:a|an|one) (?:[\w-]+ ){1,2}?(?:were|have been|had been) "
    r"(?:killed|shot dead|slain)\b",
    re.IGNORECASE,
)
# a count and one more victim after the verb: "killing six Copts and a Muslim policeman"
KILLED_COUNT_AND_ONE = re.compile(
    r"\b(?:killing|killed|shot dead|shooting dead) "
    + QUALIFIER
    + NUM
    + r" (?:[\w.-]+ ){0,2}?[a-z]*(?:s|men|children|people) and (?:a|an|one) (?:[\w-]+ ){0,2}?"
    + NOUNS
    + r"\b(?! (?:were|was) (?:wounded|injured|hurt)\b)",
    re.IGNORECASE,
)
# two counts of victims, then the verb: "3 soldiers and the 5 attackers were killed"
SUMMED_PASSIVE = re.compile(
    r"\b"
    + QUALIFIER
    + NUM
    + r" (?:[\w.-]+ ){0,2}?[a-z]*(?:s|children|men|people) and (?:the |all )?"
    + QUALIFIER
    + NUM
    + r" "
    + NOUNS
    + r" (?:were|have been|had been) (?:killed|shot dead|slain)\b",
    re.IGNORECASE,
)
# one victim and a count, then the verb: "One British soldier and about 25 rebels were killed"
ONE_AND_COUNT_PASSIVE = re.compile(
    r"\b(?:one|a|an) (?:[\w.-]+ ){0,2}?"
    + NOUNS
    + r" and (?:the |all |her |his |their )?"
    + QUALIFIER
    + NUM
    + r" "
    + NOUNS
    + r" (?:were (?:killed|shot dead|slain)|have been killed|had been killed|died)\b",
    re.IGNORECASE,
)
# two victims, each named as one: "killing his driver and a bodyguard", "set two of them alight, killing both"
TWO_VICTIMS = re.compile(
    r"\b(?:killing|killed|shot dead|shooting dead) (?:his|her|their|a|an|one) (?:[\w-]+ ){0,2}?and "
    r"(?:his|her|their|a|an|one|the) (?:[\w-]+ ){0,2}?[\w-]+\b"
    r"|\b(?:killing|killed) both\b"
    # "a man and his son were hacked to death"
    r"|\b(?:a|an) (?:[\w-]+ ){0,2}?(?:man|woman) and (?:his|her) (?:son|daughter|wife|husband|brother|sister|"
    r"father|mother) (?:were|have been|had been) (?:hacked|shot|stabbed|beaten|burned|stoned) "
    r"(?:dead|to death)\b"
    # "shot dead member of parliament Ibrahim Abiriga and his brother"
    r"|\b(?:killing|killed|shot dead|shooting dead) (?:[\w-]+ ){0,6}?(?-i:[A-Z])[\w'-]+ and (?:his|her) "
    r"(?:[\w-]+ )?"
    r"(?:brother|sister|wife|husband|son|daughter|bodyguard|driver|father|mother|nephew|cousin|aide|guard)\b",
    re.IGNORECASE,
)
# one victim, named or described: "killing a spectator", "X was shot dead", "beat to death a manager"
ONE_VICTIM = re.compile(
    r"\b(?:(?:killing|killed|lynched|lynching|beheaded|to death) (?:a|an)\b(?! (?:large |great |huge |small |"
    r"considerable )?(?:number|few|dozen|total|series|wave|hundred|handful|group|family|unspecified|unknown|"
    r"undisclosed)\b)"
    r"|(?:was|has been) (?:(?:shot|stabbed|beaten|hacked) (?:dead|to death)|killed|assassinated|lynched|"
    r"beheaded|slain)\b"
    # "a 17-year-old boy was shot in the face and killed"
    r"|\bwas (?:shot|stabbed) (?:[\w-]+ ){0,4}?and killed\b"
    r"|(?:shot|stabbed|beat|beaten|burned) (?:him|her|the (?:[\w-]+ )?[\w-]+) (?:dead|to death)\b"
    r"|(?:killing|killed) (?:himself|herself)\b"
    # "police shot dead an 18-year-old man"
    r"|\b(?:shot dead|shooting dead|gunned down) (?:a|an) (?:[\w'-]+ ){0,3}?(?:man|woman|boy|girl|teenager|"
    r"student|suspect|gunman|attacker)\b"
    # "a car bomb exploded as his car drove past, killing his driver"
    r"|\b(?:killing|killed|shot dead) (?:his|her|their) (?:[\w-]+ )?(?:driver|bodyguard|guard|wife|husband|"
    r"son|daughter|brother|sister|father|mother|aide|assistant|secretary|escort|interpreter)\b(?! and\b)"
    # "hacked a British soldier to death", "beat a young woman to death"
    r"|(?:hacked|beat|beaten|stabbed|stoned|clubbed|kicked|bludgeoned|burned|burnt) (?:a|an) "
    r"(?!(?:number|few|dozen|group|crowd|family|handful) )(?:[\w'-]+ ){1,4}?to death\b"
    # "was found stabbed in the stairwell and died in hospital"
    r"|\b(?:and|who|he|she) (?:later )?died (?:in|at|on the way to) (?:the |a )?hospital\b"
    # "accelerated into people marching ..., leaving a 32-year-old woman dead"
    r"|\bleaving (?:a|an|one) (?:[\w'-]+ ){0,3}?dead\b"
    # "Foreign Minister Anna Lindh died of stab wounds", "died of wounds suffered on the front line"
    r"|\bdied (?:of|from) (?:his |her |the )?(?:(?:stab|gunshot|bullet|knife) )?wounds\b"
    # "over the stabbing to death of an American teacher", "the killing of a journalist"
    r"|\b(?:stabbing to death|beating to death|shooting dead|killing|murder|assassination) of (?:a|an) "
    r"(?!(?:number|few|dozen|group|crowd|family|handful|series|total) )"
    # "Government troops killed UNITA rebel leader Jonas Savimbi"
    r"|\b(?:killed|shot dead|assassinated) (?:[\w-]+ ){0,4}?(?:leader|commander|chief|president|minister|"
    r"governor|mayor|general|colonel) (?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2})\b"
    # "Gunmen shot dead Hafsa Mossi, a former minister": a person named (not "killed Boko Haram fighters")
    r"|(?:shot dead|assassinated|gunned down|stabbed to death) (?-i:(?:[A-Z][\w'-]+ ){1,3}[A-Z][\w'-]+)"
    r"(?=,| on | in | at |\.)"
    # "Labour lawmaker Jo Cox died after she was shot and stabbed"
    r"|\bdied (?:[\w-]+ ){0,3}?after (?:being|(?:he|she) (?:was|had been)) "
    r"(?:shot|stabbed|attacked|beaten|hit)\b)",
    re.IGNORECASE,
)
# "was killed with five other Tigers", "along with three others"
ALONG_WITH = re.compile(r"\b(?:along )?with " + NUM + r" (?:other|more)\b", re.IGNORECASE)
# "shot him dead along with his brother, his sister and a security guard": the others named one by one
KIN = r"(?:his|her|their|a|an) (?:(?!and\b)[\w-]+ )?(?!and\b)[\w-]+"
ALONG_WITH_LIST = re.compile(
    r"\balong with (" + KIN + r"(?:(?:,| and|, and) " + KIN + r"){0,5})", re.IGNORECASE
)
LIST_SEPARATOR = re.compile(r",? and |, ")
DEATH_WORDS = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|die|slain|fatalit\w+|toll|bodies|murder\w*)\b", re.IGNORECASE
)
INJURY_ONLY = re.compile(
    r"\b(?:wound\w*|injur\w*|hurt|unhurt|unharmed|no casualties|no one was hurt|no injuries)\b", re.IGNORECASE
)


def parse_number(text: str) -> int | None:
    if text == "":
        return 1  # the empty group of "a civilian was killed"
    lowered = text.lower().replace(",", "")
    if lowered.isdigit():
        return int(lowered)
    return NUMBER_WORDS.get(lowered)


# "police shot dead five men ..., hours after a van attack that killed 13 people": the toll of another act
EARLIER_ACT = re.compile(
    r",? (?:(?:just |only )?(?:hours|days|weeks|months|a day|a week|a month|\w+ (?:days|weeks|months)) )"
    r"(?:after|since) "
    r"(?:an?|the) [^,;.]{0,80}?\b(?:that|which) (?:killed|left)\b[^,;.]*",
    re.IGNORECASE,
)


RECORD_CLAUSE_END = re.compile(r"[,;]")


def _without_a_record(sentence: str) -> str:
    """The sentence without the act a record is measured from ("the worst violence since rebels killed 12
    soldiers in May")."""
    record = SINCE_A_RECORD.search(sentence.lower())
    if record is None:
        return sentence
    end = RECORD_CLAUSE_END.search(sentence, record.end())
    return sentence[: record.end()] + (sentence[end.start() :] if end else "")


def find_fatalities(sentence: str) -> int | None:
    """The number of deaths the sentence reports, 0 for "no casualties", None when it says nothing."""
    sentence = _without_a_record(EARLIER_ACT.sub("", sentence))
    if NO_DEATHS.search(sentence):
        return 0
    total: int | None = None
    for pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            value = parse_number(match.group(1))
            if value is not None and value < 100_000:
                total = max(total or 0, value)
    total = _summed(sentence, total)
    if TWO_VICTIMS.search(sentence):
        total = max(total or 0, 2)
    if total is None and ONE_VICTIM.search(sentence):
        along = ALONG_WITH.search(sentence)
        extra = parse_number(along.group(1)) if along is not None else None
        named = ALONG_WITH_LIST.search(sentence)
        if extra is None and named is not None:
            extra = len(LIST_SEPARATOR.split(named.group(1)))
        total = 1 + (extra or 0)
    if total is None and INJURY_ONLY.search(sentence) and not DEATH_WORDS.search(sentence):
        return 0
    return total


def _summed(sentence: str, total: int | None) -> int | None:
    """ "killing at least 60 Afghans and 13 U.S. troops": both counts."""
    counts = [
        *((m.group(1), m.group(2)) for m in (*SUMMED.finditer(sentence), *SUMMED_PASSIVE.finditer(sentence))),
        *(
            ("one", m.group(1))
            for m in (*ONE_AND_MORE.finditer(sentence), *ONE_AND_COUNT_PASSIVE.finditer(sentence))
        ),
        # "killing Prime Minister A, Speaker B and six other officials"
        *((str(m.group(1).count(",") + 1), m.group(2)) for m in NAMED_AND_OTHERS.finditer(sentence)),
        *(
            (m.group(1), "one")
            for m in (*COUNT_AND_ONE.finditer(sentence), *KILLED_COUNT_AND_ONE.finditer(sentence))
        ),  # "Five protesters and a police officer"
        *(("one", m.group(1)) for m in ONE_TOLD_AND_OTHERS.finditer(sentence)),
        *(("one", m.group(1)) for m in ONE_AND_OTHERS_DIED.finditer(sentence)),
    ]
    listed = _listed_dead(sentence)
    if listed is not None:
        total = max(total or 0, listed)
    for first_text, second_text in counts:
        first, second = parse_number(first_text), parse_number(second_text)
        if first is not None and second is not None and first + second < 100_000:
            total = max(total or 0, first + second)
    return total


def _listed_dead(sentence: str) -> int | None:
    """ "leaving two soldiers, a journalist and an officer dead": 4; None unless every item is counted."""
    match = LEFT_DEAD.search(sentence) or LISTED_KILLED.search(sentence)
    if match is None:
        return None
    items = LIST_SEPARATOR.split(match.group(1))
    counts = [_item_count(item) for item in items]
    if len(counts) < 2 or any(count is None for count in counts):
        return None
    return sum(count for count in counts if count is not None)


def _item_count(item: str) -> int | None:
    counted = LISTED_COUNT.match(item.strip())
    if counted is not None:
        return parse_number(counted.group(1))
    return 1 if item.strip().lower().startswith(("a ", "an ", "one ")) else None


# events that carry no toll of their own in ACLED's coding: deaths told beside them belong to the fighting,
# the attack or the background they come with ("a month after his predecessor was killed")
UNTOLLED_TYPES = frozenset(
    {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Other",
        "Peaceful protest",
        "Government regains territory",
        "Non-state actor overtakes territory",
    }
)


def toll_of(sub_event_type: str, fatalities: int | None) -> int | None:
    """The fatalities an event of this type is coded with."""
    return None if sub_event_type in UNTOLLED_TYPES else fatalities
