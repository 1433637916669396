"""Which of a sentence's time expressions dates its event.

The nearest one to the trigger, except that some time expressions date something else: the statement
("the RSF said on Tuesday they had taken Wad Madani on Monday"), a thing the sentence names ("protesting
against last month's coup") or a side clause ("the town they had held since last August"). They date the
event only when the sentence has no better one, the statement's date first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

from frontwatch.extract.background_clauses import WEAPON_NOUNS
from frontwatch.extract.timex import Timex
from frontwatch.extract.words import SPEECH_LEMMAS
from frontwatch.model import Period

SIDE = 2  # remoteness of a time expression in a side clause
# participles that only say who someone is ("militants linked to Islamic State"): no act of their own to date
DESCRIBING = frozenset({"link", "affiliate", "tie", "ally", "associate", "connect", "belong", "loyal"})
WEEK = timedelta(days=7)
LAST_WEEK = re.compile(r"\s+last\s+week\b", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def event_timex(timexes: list[Timex], trigger: Any) -> Timex | None:
    """The time expression of the event among `timexes` (offsets in the trigger's document): the nearest
    of those that date the event's own clause, else of those that date the statement, else of those in a
    side clause, else of those that date a thing (the parse is not sure enough to leave them out)."""
    if not timexes:
        return None
    header = SOURCE_HEADER.match(trigger.doc.text)
    told = [t for t in timexes if header is None or t.start >= header.end()] or timexes
    # "to mark the 40th anniversary of the massacre, when troops killed hundreds": the act remembered
    marked = [t for t in told if t.text.lower().endswith("anniversary of") and t.end <= trigger.idx]
    if marked:
        return marked[-1]
    # among equally near clauses, the one that tells what the trigger's noun did ("the suicide bombers who
    # struck five targets the night before", told after "police searched on Saturday for accomplices of")
    own = {t.idx for c in trigger.children if c.dep_ == "relcl" for t in c.subtree}
    best = min(
        told,
        key=lambda t: (
            _remoteness(t, trigger),
            _token_idx(trigger.doc, t.start) not in own,
            abs(t.start - trigger.idx),
        ),
    )
    if _a_side_state(best, trigger):
        return (
            None  # "fired on protesters who had camped in the square since Tuesday": their stay, not the act
        )
    return _began(best, timexes, trigger.doc.text)


def _token_idx(doc: Any, start: int) -> int | None:
    token = _token_at(doc, start)
    return token.idx if token is not None else None


def _a_side_state(timex: Timex, trigger: Any) -> bool:
    """A "since" in a side clause: a state of others, which dates no act ("supporters, who have camped at the
    interchange since early November, hurled stones", whichever word the parse makes the act's)."""
    since = timex.text.lower().startswith("since")
    if not since or _remoteness(timex, trigger) < SIDE:
        return False
    if trigger.pos_ == "VERB":
        return True
    # a noun's own clause dates it ("a protest camp that had paralysed the city centre since December")
    token = _token_at(trigger.doc, timex.start)
    side = next((a for a in token.ancestors if a.dep_ == "relcl"), None) if token is not None else None
    own = {trigger.i, trigger.head.i} if trigger.dep_ == "compound" else {trigger.i}
    return side is None or side.head.i not in own


# "From the verdict of the Almaty regional court, 31 August 2006 (summary): ...", "Statement by the
# Commissioner, 21 July 2005: ...": a source and its date before the text it gives, which dates the release
SOURCE_HEADER = re.compile(r"^[^.:\n]{8,160}?\d{4}\)?(?: \([\w ]+\))?:\s")


# "through Thursday night and Friday morning", "on Sunday and Monday": one stretch of time
JOINED = re.compile(r"\s*(?:and|to|-|\u2013)\s*")


def _began(chosen: Timex, timexes: list[Timex], text: str) -> Timex:
    """The first day of a stretch the chosen time closes ("Thursday night and Friday morning"): when the
    act began, as for "from Friday night into Saturday"."""
    for other in timexes:
        if (
            other.end <= chosen.start
            and JOINED.fullmatch(text, other.end, chosen.start)
            and other.period is not None
            and chosen.period is not None
            and other.period.granularity == chosen.period.granularity == "day"
            and 0 < (chosen.period.start - other.period.start).days <= 1
        ):
            return other
    return chosen


def with_weekdays_of_last_week(timexes: list[Timex], text: str) -> list[Timex]:
    """ "on Thursday last week": one expression, the weekday a week before the one it alone would give."""
    result: list[Timex] = []
    skip: set[int] = set()
    for index, timex in enumerate(timexes):
        if index in skip:
            continue
        following = timexes[index + 1] if index + 1 < len(timexes) else None
        period = timex.period
        tail = LAST_WEEK.match(text, timex.end)
        if (
            following is not None
            and tail is not None
            and period is not None
            and period.granularity == "day"
            and WEEKDAY.search(timex.text)
            and following.start < tail.end()
        ):
            shifted = replace(period, start=period.start - WEEK, end=period.end - WEEK)
            result.append(replace(timex, end=following.end, period=shifted))
            skip.add(index + 1)
            continue
        result.append(timex)
    return result


def _remoteness(timex: Timex, trigger: Any) -> int:
    """0: the event's own clause; 1: the verb of saying that reports it; 2 (SIDE): a side clause; 3: a
    thing."""
    token = _token_at(trigger.doc, timex.start)
    if token is None:
        return 0
    if _right_after_saying(trigger, timex.start):
        return 1  # "said on Wednesday they had taken ...", however the parse attaches it
    head = _head_word(token)
    possessive = head.dep_ == "poss" or any(c.dep_ == "case" for c in head.children)
    # "last month's coup" (not "the toll from Saturday's strike": the day of the event itself)
    own_day = head.head.i == trigger.i and timex.period is not None and timex.period.granularity == "day"
    if possessive and not own_day:
        return SIDE + 1
    if head.idx >= timex.end and _names_a_thing(token, head, trigger):
        return SIDE + 1  # "the architect of the October 7 attack"
    if _a_term(head, trigger):
        return SIDE  # "agreed to a truce starting on Saturday", "will cease to exist by January 1"
    side = next((a for a in (head, *head.ancestors) if a.dep_ in ("relcl", "acl")), None)
    if side is not None and side.dep_ == "acl" and side.lemma_ in DESCRIBING:
        side = None  # "militants linked to Islamic State in a raid ... on Tuesday night": a misparse
    if side is not None and _raid_of_the_doers(side, trigger):
        return 0  # "militiamen who raided the town last Friday raped dozens of women": the raid is the act
    if side is not None and side.dep_ == "relcl" and _during_what_it_tells(side, trigger):
        return 0  # "raped during the violence that swept the city in June"
    if side is not None and _doing_at_the_time(side, timex):
        return 0  # "blew himself up among devotees performing the dance ... on Thursday evening"
    if side is not None and _the_acts_own_day(side, timex):
        return 0  # "fired chemical shells at its forces dug in east of Basra on Tuesday"
    if side is not None and side.head.i != trigger.i and trigger.i not in {t.i for t in side.subtree}:
        return SIDE  # "the town they had held since last August", "a truce starting on Saturday"
    verb = next((a for a in (head, *head.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.i != trigger.i and any(c.lower_ == "still" for c in verb.children):
        return SIDE  # "seized Bouake on Thursday and still held it on Friday": what went on after the act
    if verb is not None and _since_clause(verb, trigger):
        return SIDE  # "the latest in a string of arrests since a member was hurt by his own bomb last month"
    if verb is not None and verb.i != trigger.i and _in_a_clause_after(trigger, verb):
        return 1  # "approved a state of emergency early on Sunday after gang members killed 62 on Saturday"
    if verb is None or verb.i == trigger.i or verb.lemma_ not in SPEECH_LEMMAS:
        return 0
    in_statement = trigger.i in {t.i for t in verb.subtree}
    return 1 if not in_statement or _inside_own_clause(trigger, verb) else 0


def _since_clause(verb: Any, trigger: Any) -> bool:
    """A clause telling what a series has gone on since ("the latest in a string of arrests since a member
    was hurt last month"), not holding the act itself; the clause of a state that began with the act
    ("has been missing since gunmen raided the school on Monday") dates it."""
    since = any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
    head = verb.head
    series = head.pos_ not in ("VERB", "AUX") and head.lower_ not in ("missing", "unseen", "held", "detained")
    return since and series and verb.i != trigger.i and trigger.i not in {t.i for t in verb.subtree}


def _doing_at_the_time(side: Any, timex: Timex) -> bool:
    """A participle telling what people were doing ("devotees performing the dance at the shrine on Thursday
    evening") on a day: they were doing it when the act befell them."""
    day = timex.period is not None and timex.period.granularity == "day"
    # "miners armed with spears ... on Thursday afternoon": how they were armed holds on the act's day
    seeming = side.tag_ == "VBG" or side.lower_ in LOOKS
    return day and side.dep_ == "acl" and seeming


LOOKS = frozenset({"armed", "dressed", "clad", "masked", "disguised", "equipped", "wielding", "hooded"})


RAIDING = frozenset({"raid", "attack", "storm", "overrun", "sweep", "ambush", "invade", "stage"})


def _the_acts_own_day(side: Any, timex: Timex) -> bool:
    """A day told in a participle that places the act's target ("its forces dug in east of Basra on
    Tuesday"), or in what the act's weapon did ("the car bomb that tore through the car park on Friday"):
    the day of the act, however the parse attaches it. A day before the clause's verb is not told in it
    ("SUNAMGANJ, March 18 (translated ..."), nor is a report's ("in a report released on Monday")."""
    if timex.period is None or timex.period.granularity != "day" or timex.start < side.idx:
        return False
    if side.dep_ == "acl" and side.tag_ == "VBN":
        return side.head.lemma_.lower() not in TOLD_IN and side.lemma_.lower() not in TELLING
    return side.dep_ == "relcl" and side.head.lemma_.lower() in WEAPONS


# what a day of telling is told in ("a report released on Monday"), and the verbs that tell it
TOLD_IN = frozenset(
    {"report", "statement", "study", "letter", "document", "communique", "survey", "interview"}
)
TELLING = frozenset({"release", "publish", "issue"})
# weapons whose act is the event's ("the car bomb that tore through the car park")
WEAPONS = WEAPON_NOUNS | {"explosive", "blast"}


def _raid_of_the_doers(side: Any, trigger: Any) -> bool:
    """A clause on the act's doers that tells their raid ("militiamen who raided Tawila last Friday",
    "fighters who overran Kunduz on Monday had gone from house to house, killing and raping")."""
    if side.lemma_ not in RAIDING:
        return False
    for verb in (trigger, *trigger.ancestors):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return side.head.i in {t.i for t in subject.subtree}
    return False


FRAMES = frozenset({"during", "amid", "amidst", "in"})


def _during_what_it_tells(side: Any, trigger: Any) -> bool:
    """A clause on the happening the act took place during ("raped during the violence that swept Osh in
    June"): its time is the act's."""
    frame = side.head
    preposition = frame.head if frame.dep_ == "pobj" else None
    if preposition is None or preposition.lower_ not in FRAMES:
        return False
    return preposition.head.i == trigger.i or preposition.head.i in {a.i for a in trigger.ancestors}


# nouns a date before them makes a time, not a thing: "Tuesday night", "the March 5 morning"
TIME_NOUNS = frozenset(
    re.findall(
        r"\w+",
        "night morning evening afternoon dawn dusk day days week weekend month year hours hour midnight noon",
    )
)


def _names_a_thing(token: Any, head: Any, trigger: Any) -> bool:
    """A date that qualifies a noun other than the event's own ("the October 7 attack" in a sentence on
    a new leader) dates that thing, not the event."""
    return (
        head.i != token.i
        and head.i != trigger.i
        and head.pos_ == "NOUN"
        and head.lower_ not in TIME_NOUNS
        and token.i < head.i
    )


TERM_LEMMAS = frozenset({"start", "begin", "expire", "end", "last", "run", "due", "effect"})
TERM_PREPOSITIONS = frozenset({"until", "till", "by", "from", "before"})


def _a_term(head: Any, trigger: Any) -> bool:
    """A date that sets the start, end or deadline of what the event agreed or announced, not its day."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "from" and prep.head.i == trigger.i and trigger.pos_ == "VERB":
        return False  # "fought in Bendery from Friday night into Saturday": when the act began
    if prep is not None and prep.lower_ in TERM_PREPOSITIONS:
        return True
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i != trigger.i and verb.lemma_ in TERM_LEMMAS


def _right_after_saying(trigger: Any, offset: int) -> bool:
    """The time expression follows a verb of saying ("said on Wednesday", "announced Tuesday")."""
    doc = trigger.doc
    first = next((t for t in doc if t.idx <= offset < t.idx + len(t)), None)
    if first is None or first.i == 0:
        return False
    before = doc[first.i - 1]
    if before.lower_ in ("on", "in", "at") and before.i > 0:
        before = doc[before.i - 1]
    return before.i != trigger.i and before.pos_ == "VERB" and before.lemma_ in SPEECH_LEMMAS


def _inside_own_clause(trigger: Any, verb: Any) -> bool:
    """The trigger is in a clause of its own below the verb of saying ("said ... they had taken")."""
    return any(a.i != verb.i and a.pos_ in ("VERB", "AUX") for a in _path_to(trigger, verb)) or (
        trigger.pos_ == "VERB" and trigger.i != verb.i
    )


AFTER_MARKS = frozenset({"after", "before", "since", "when", "once"})


def _in_a_clause_after(trigger: Any, verb: Any) -> bool:
    """The trigger's act is told in a clause that says what came before the verb's ("after ...")."""
    if trigger.i not in {t.i for t in verb.subtree}:
        return False
    clauses = [trigger, *_path_to(trigger, verb)[:-1]]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in AFTER_MARKS for m in c.children)
        for c in clauses
    )


def _path_to(token: Any, ancestor: Any) -> list[Any]:
    path = []
    while token.i != ancestor.i and token.head.i != token.i:
        token = token.head
        path.append(token)
    return path


def _head_word(token: Any) -> Any:
    """The head of the time expression's phrase ("on Tuesday": Tuesday; "last month's": month)."""
    while token.dep_ in ("amod", "compound", "det", "nummod", "nmod") and token.head.i != token.i:
        token = token.head
    return token


def _token_at(doc: Any, offset: int) -> Any | None:
    for token in doc:
        if token.idx <= offset < token.idx + len(token):
            # "over last year's stadium disaster": a preposition that is not of time says nothing of what the
            # date dates ("during last week's unrest" does)
            leading = token.lower_ in ("on", "in", "at", "over", "from", "for", "about", "against", "of")
            return _next_word(doc, token) if leading else token
    return None


def _next_word(doc: Any, token: Any) -> Any:
    return doc[token.i + 1] if token.i + 1 < len(doc) else token


COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def days_before_its_clause(trigger: Any, timex_start: int | None) -> int:
    """ "His resignation came a day after 20,000 people marched ...", "... said on Thursday, two days after
    troops crossed the border": an act told in a clause "N days after" happened N days before the day of the
    clause it follows, when that clause gives the date (the act's own clause gives none)."""
    found = next(((a, m) for a in (trigger, *trigger.ancestors) if (m := _after_of(a)) is not None), None)
    if found is None or found[1].i < 2:
        return 0
    after, mark = found
    unit, count = trigger.doc[mark.i - 1], trigger.doc[mark.i - 2]
    if unit.lemma_.lower() != "day" or count.lower_ not in COUNTS:
        return 0
    clause = {t.idx for t in after.subtree}
    if timex_start is not None and (timex_start in clause or timex_start > after.idx):
        return 0  # "a day after gunmen stormed the village on Sunday": dated in its own words
    return COUNTS[count.lower_]


def _after_of(token: Any) -> Any | None:
    """The word "after" that opens the clause or phrase of `token`: itself, or its mark ("after some
    people marched"; not "took control two days after declaring martial law", whose "after" opens a
    phrase under the verb)."""
    if token.lower_ == "after":
        return token
    return next((c for c in token.children if c.lower_ == "after" and c.dep_ == "mark"), None)


def dated_back(period: Period | None, trigger: Any, timex_start: int | None) -> Period | None:
    """The day of an act told "a day after" what the clause it follows dates."""
    if period is None or period.granularity != "day":
        return period
    days = days_before_its_clause(trigger, timex_start)
    if not days:
        return period
    back = timedelta(days=days)
    return replace(period, start=period.start - back, end=period.end - back)


__all__ = ["dated_back", "days_before_its_clause", "event_timex", "with_weekdays_of_last_week"]


HISTORICAL_GAP = timedelta(days=7)  # a period ending this long before publication is background
MISSING_SINCE = re.compile(r"\b(?:been )?missing since\b", re.IGNORECASE)


def is_background(period: Period | None, since: bool, published: Period | None, act: str = "") -> bool:
    """Whether an act is background to the story: a state going on since a time, or a period that ended a
    week or more before publication. "have been missing since Sunday" (`act`, the trigger's words) dates
    the day they went missing, not a state that began long before."""
    if since and not MISSING_SINCE.search(act):
        return True
    if period is None or published is None:
        return False
    return period.end < published.start - HISTORICAL_GAP
