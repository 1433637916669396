"""Stories that are no news of political violence as a whole: a disaster or an accident told in the words
of war ("a chain of explosions ripped through the fireworks market", "looked as if they had been bombed
after the cyclone"), a bomb of a past war going off ("a bomb dropped in 1945 blew up while divers were
trying to neutralise it"), and opinion or analysis pieces. Their sentences code no event.

A story is a mishap story when its lead tells of a disaster or an accident, or a later sentence calls what
happened an accident, and no sentence names an armed doer or a hostile act ("a gas explosion ..., police
said the blast had been set off deliberately" is news of violence after all)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontwatch.extract.trigger_words import OLD_WAR_ORDNANCE

# what a lead tells of in a disaster or an accident
MISHAP_LEAD = re.compile(
    r"\b(?:fireworks?|cyclones?|hurricanes?|typhoons?|tornado\w*|earthquakes?|quakes?|tsunamis?|"
    r"floods?(?![- ]control)|flooding|landslides?|mudslides?|torrents of mud|burst (?:their|its) banks|"
    r"avalanches?|stampedes?|crush(?:es)?|ran aground|capsized|derailed|shipwrecks?|"
    r"gas (?:leak|explosion|cylinder)s?|boilers?|wildfires?|hooch|methanol poisoning|"
    r"(?:toxic|spurious|illicit|bootleg|tainted|poisoned) (?:liquor|alcohol|brew))\b",
    re.IGNORECASE,
)
# what calls an explosion or a collapse an accident
CALLED_AN_ACCIDENT = re.compile(
    r"\b(?:(?:an|the) accident|accidental(?:ly)?|negligence|careless\w*|(?:improper|poor) storage|"
    r"mishandl\w*|(?:was|were) not an attack)\b",
    re.IGNORECASE,
)
# an armed doer or a hostile act, anywhere in the story
HOSTILE_STORY = re.compile(
    r"\b(?:attack(?:ed|ers?|ing)?|gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|terrorists?|"
    r"sabotag\w*|bombers?|bombing|car bomb|shell(?:ed|ing)|air ?strikes?|drone strikes?|fired (?:on|at)|"
    r"deliberate(?:ly)?|arson\w*|rioters?|riot\w*|looters?|loot(?:ed|ing)|ransack\w*|pillag\w*|protest\w*|demonstrat\w*|rall(?:y|ied|ies)|"
    r"clash(?:ed|es)|hurled|threw|petrol bombs?|tear ?gas|coup|police (?:fired|shot)|opened fire|"
    r"shot dead|set (?:[\w-]+ ){1,4}?(?:on fire|ablaze|alight)|missiles?|rocket launchers?|shells|"
    r"rocket (?:attacks?|fire|strikes?)|rockets? (?:hit|struck|slammed|landed|fell|were fired)|"
    r"fired (?:[\w-]+ ){0,3}?rockets?|"
    r"cluster|munitions?|land ?mines?|artillery|grenades?|offensive|"
    # "officials had at first thought a boiler had blown up, but experts found traces of explosive"
    r"planted (?:[\w-]+ ){0,3}?bombs?|traces of explosives?|"
    # "a gas cylinder packed with nails and explosives blew up in a commuter train": a bomb
    r"packed with (?:[\w-]+ ){0,3}?(?:explosives|nails|shrapnel|ball bearings))\b",
    re.IGNORECASE,
)
# "OPINION —", "ANALYSIS —": a piece that argues, not a report of what happened
OPINION_LABEL = re.compile(r"^\s*(?:OPINION|ANALYSIS|COMMENT(?:ARY)?|EDITORIAL|COLUMN|ESSAY)\b\s*[—–:-]")
OPINION_LINE = re.compile(OPINION_LABEL.pattern, re.MULTILINE)  # a line of the story's opening


def no_news_of_violence(sentences: Sequence[str], opening: str = "") -> bool:
    """Whether the story, given as its sentences' texts, is a mishap story or an opinion piece (its label
    may open the story's own text, `opening`, where the coded text blanks it as a dateline)."""
    if not sentences:
        return False
    if OPINION_LABEL.match(sentences[0]) or OPINION_LINE.search(opening):
        return True
    if any(HOSTILE_STORY.search(s) for s in sentences):
        return False
    lead = " ".join(sentences[:2])
    if MISHAP_LEAD.search(lead) is not None or OLD_WAR_ORDNANCE.search(lead) is not None:
        return True
    return any(CALLED_AN_ACCIDENT.search(s) for s in sentences)


__all__ = ["no_news_of_violence"]
