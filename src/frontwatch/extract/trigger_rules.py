"""The trigger rules: for each ACLED sub-event type, the wordings that signal it, with ACLED's precedence.

Each rule is a regular expression over the lower-cased sentence, with a priority (lower wins when several
fire in one sentence) and conditions: an armed actor or weapon named in the sentence, a verb of attacking
beside a weapon, words that must or must not appear. `frontwatch.extract.triggers` applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwatch.extract.taxonomy import TERRITORY
from frontwatch.extract.trigger_words import (
    ACCIDENT,
    AIRCRAFT,
    ARMED_DOERS,
    CHARGES,
    CYBER,
    DEMONYMS,
    DISASTER,
    LABOUR,
    PROJECTILES,
    PROTEST,
    PROTESTING,
    TARGETS,
    VEHICLES,
    W,
)

PASSIVE_KILLING = 18.4  # the precedence of "X was killed", which may be only the toll of the event before
CATCH_ALL = 21  # the precedence of the bare words of war ("fighting", "offensive", "assault")

AMBUSHED_CIVILIANS = (
    r"ambush\w* (?:[\w'-]+ ){0,6}?(?:family|families|civilians|villagers|passengers|travell?ers|worshippers|"
    r"women|children|pilgrims|traders|farmers|motorists|commuters|mourners|(?:passenger|civilian|commuter|school|public) "
    r"(?:bus|buses|minibus\w*)|taxis?)\b"
)


# a person stoned or beaten to death, or lynched: mob violence, even when students or protesters do it
KILLED_BY_CROWD = (
    r"(?:(?:stoned|stoning|beat|beaten|beating|burned|burnt|burning|hacked|hacking)(?: and (?:stoned|beat|beaten|"
    r"burned|burnt|hacked))? "
    r"(?:[\w'-]+ ){0,4}?to death|lynch\w*)"
)


# raiders who enter a town and leave again took no ground ("entered Macomia, fighting the army for hours,
# before pulling out")
RAID_THEN_LEFT = (
    r"\b(?:before|then|later|and then) (?:pulling out|withdrawing|retreating|leaving|pulled out|withdrew|retreated|"
    r"fleeing|fled)\b"
)

# what is handed over or pulled out that is no ground: a suspect handed to prosecutors, rifles handed in,
# a gun pulled out
NOT_GROUND_HANDED = (
    r"\bhand\w* (?:over |back )?(?:[\w-]+ ){0,3}?(?:to|over to) (?:the |a )?(?:[\w-]+ ){0,2}?(?:prosecutors|police|"
    r"authorities|courts?|justice|investigators|famil(?:y|ies)|relatives|red cross|icrc)\b"
    r"|\bhand\w* (?:over |in )?(?:[\w-]+ ){0,3}?(?:rifles|weapons|arms|guns|ammunition|mortars)\b"
    r"|\bpull\w* out (?:an? |his |her |their |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:guns?|pistols?|knives|knife|"
    r"grenades?|weapons?|rifles?|machetes?)\b"
)

# an ambush that kills people on a road, with no troops or police among them, is an attack on them
AMBUSH_KILLING_CIVILIANS = (
    r"(?s:^(?!.*\b(?:soldiers?|troops|police\w*|officers?|convoy|patrol|servicem[ae]n|army|military)\b).*"
    r"\b(?:killing|killed|left) (?:at least |more than |about |some )?(?:[\w-]+ ){0,3}?"
    r"(?:civilians|people|passengers|children|worshippers|villagers|pilgrims|travell?ers|dead)\b)"
)


# what follows a projectile's name when the thing named is its launcher or its base, not the projectile
LAUNCHERS_NOT_PROJECTILES = (
    r"(?![\w-]|\s+(?:systems?|launchers?|complex\w*|depots?|warehouses?|positions?|units?|crews?|operators?))"
)


@dataclass(frozen=True)
class TriggerRule:
    sub_event_type: str  # an ACLED sub-event type, or TERRITORY (decided by who takes ground where)
    pattern: re.Pattern[str]
    needs_armed: bool  # fires only where the sentence names an armed actor or a weapon
    priority: float  # lower wins when several rules fire in one sentence
    recapture: bool = False  # wording that says ground was taken back
    attack: bool = False  # a weapon named, not an act: fires only beside a verb of attacking
    unless: re.Pattern[str] | None = None  # does not fire where this matches
    context: re.Pattern[str] | None = None  # fires only where this matches too


def _rule(
    sub: str,
    priority: float,
    *alternatives: str,
    armed: bool = False,
    recapture: bool = False,
    attack: bool = False,
    unless: re.Pattern[str] | None = None,
    context: re.Pattern[str] | None = None,
) -> TriggerRule:
    """A rule from its alternatives, each a regular expression over lower-cased text, matched at a word start."""
    pattern = re.compile(W + "(?:" + "|".join(alternatives) + ")")
    return TriggerRule(sub, pattern, armed, priority, recapture, attack, unless, context)


RULES: tuple[TriggerRule, ...] = (
    _rule(
        "Suicide bomb",
        1,
        r"suicide (?:bomb\w*|attack\w*|car bomb\w*|vest)",
        r"blew (?:himself|herself|themselves) up",
        r"detonated (?:his|her) (?:own )?(?:explosives?|vest|belt|device|bomb|charge)",
        r"(?:explosives?|suicide|bomb) (?:vests?|belts?)",
        r"killing (?:himself|herself|themselves)\b",
        # a driver who blows up his own vehicle bomb
        r"blown up by (?:its|the|their) drivers?",
        r"(?:killing|killed) (?:[\w-]+ ){1,6}?including (?:himself|herself|themselves|the (?:attacker|bomber|driver))\b",
        r"(?:drove|rammed|driving|ramming|drives|rams) (?:an? |his |her |their )?(?:explosives?|bomb)-(?:laden|packed|"
        r"rigged|filled|loaded)",
        r"svbieds?",
        r"(?:drove|rammed|driving|ramming) (?:[\w'-]+ ){0,8}?(?:packed|loaded|laden|rigged|filled) with explosives "
        r"(?:[\w'-]+ ){0,12}?(?:blew|detonated|exploded)",
    ),
    _rule(
        "Chemical weapon",
        2,
        r"chemical (?:weapons?|attacks?|agents?|munitions?)",
        r"chlorine\b",
        r"mustard gas",
        r"nerve agents?",
        r"sarin",
        r"chloropicrin",
        r"poison gas",
        r"toxic gas",
        r"toxic (?:chemicals?|substances?|agents?)",
        r"(?:rockets?|shells?|bombs?|munitions?|projectiles?) (?:carrying|filled with|loaded with|containing) "
        r"(?:an? )?(?:toxic|chemical|poison)",
    ),
    _rule(
        "Excessive force against protesters",
        3,
        r"(?:opened fire|fired|shot(?: dead)?|killed|killing) (?:on |at |into )?"
        r"(?:(?!tear\b|teargas|rubber|water|pepper|warning|blanks|stun|smoke)\w+ ){0,4}?(?:protesters?|demonstrators?|the crowd|marchers|people|students|worshippers)",
        r"live (?:ammunition|rounds|fire)",
        r"(?:protesters?|demonstrators?|marchers) (?:[\w-]+ ){0,3}?(?:were|was|had been|have been) (?:shot|killed|"
        r"shot dead|gunned down)",
        context=PROTESTING,
    ),
    # protesters who turn violent are rioters, whatever the police do
    _rule(
        "Violent demonstration",
        3.5,
        r"(?<!anti-)riot(?:s|ed|ers|ing)?\b(?! (?:police|gear|control|squad|officers|units|shields?))",
        r"violent (?:protests?|demonstrations?)",
        r"(?:protesters|demonstrators|rioters|supporters|students|youths) (?:[\w'-]+ ){0,10}?(?:set fire|"
        r"set (?:[\w-]+ ){1,4}?on fire|torched|burned|burnt|clashed|threw|hurled|pelted|stormed|attacked|looted|"
        r"broke through|ransacked|smashed|vandali[sz]ed|wrecked|stoned)",
        r"(?:hundreds|dozens|thousands|scores) of (?:[\w-]+ ){0,2}?(?:people|men|youths|residents) (?:[\w-]+ ){0,3}?"
        r"(?:hurled|threw|pelted)\b",
        unless=re.compile(W + KILLED_BY_CROWD),
    ),
    _rule(
        "Protest with intervention",
        4,
        # not "arrested 40 opposition supporters ahead of the rally": an arrest before a protest is an arrest
        r"(?:dispers(?:ed|e|ing)|br(?:oke|eak|eaking) up|detained|arrested|rounded up|beat|charged)\b(?:(?!ahead of|before|"
        r"in the run-up|to (?:prevent|stop|block|foil))[^.]){0,60}\b(?:protesters|demonstrators|protest|rally|crowd|"
        r"marchers|march(?:es)?\b|sit-ins?|vigils?|gatherings?)",
        r"(?:protesters|demonstrators|marchers) (?:[\w-]+ ){0,3}?(?:were|was|had been|have been) (?:detained|arrested|"
        r"beaten|dispersed|tear-?gassed|rounded up)",
        r"tear ?gas",
        r"water cannons?",
        r"rubber bullets",
        r"(?:shots?|fire|fired|firing|rounds) (?:in|into) the air",
        r"(?:protesters|demonstrators)\b[^.]{0,60}\b(?:arresting|detaining)\b",
        r"(?:protests?|rall(?:y|ies)|demonstrations?|crowds?|protesters|demonstrators|gatherings?) (?:was |were )?"
        r"(?:forcibly )?(?:dispersed|broken up)",
    ),
    _rule(
        "Mob violence",
        5,
        r"mobs?\b",
        r"lynch\w*",
        r"vigilantes?",
        r"rampag\w+",
        r"(?:hundreds|dozens|thousands|scores) of (?:[\w-]+ ){0,2}?(?:men|people|residents|villagers|settlers|youths|"
        r"worshippers) (?:\w+ ){0,3}?(?:torched|burned|attacked|beat|ransacked|set fire)",
    ),
    # "villagers beat him to death" is a mob; "machete-wielding attackers hacked 12 villagers to death" are
    # armed men attacking (the attack rule below)
    _rule(
        "Mob violence",
        5.1,
        KILLED_BY_CROWD,
        r"(?:crowds?|residents|villagers|onlookers) (?:[\w'-]+ ){0,8}?(?:beat|stoned|set fire to|burned|burnt|hacked|"
        r"dragged)",
        unless=ARMED_DOERS,
    ),
    _rule(
        "Peaceful protest",
        23.5,
        # not a reason ("rejected the plan in protest against sanctions"), nor a proof ("demonstrated to the
        # US they could use it", "demonstrated its ability"), nor a market or a poll ("shares rallied")
        r"(?:(?<!in )protest|protest(?:s|ed|ers|ing)|demonstrat(?:ions?|ors|ing)|demonstrated(?! (?:to|that|how|its|their|"
        r"his|her|the (?:ability|capacity|will|need|importance|value|power|strength|effectiveness|resolve)))|"
        r"(?<!shares )(?<!stocks )(?<!markets )(?<!prices )rall(?:y|ies|ied)|sit-ins?|took to the streets|marched)\b",
        r"(?:held|staged|joined|participated in|took part in) (?:a |an |the )?(?:[\w-]+ ){0,4}?march\b",
        r"(?:thousands|hundreds|dozens|scores|tens of thousands|hundreds of thousands|several thousand) of "
        r"[^.;]{0,160}?\b(?:demanding|to demand|calling for|to call for|chanting|waving placards|carrying placards|"
        r"holding placards|under the (?:banner|slogan))\b",
        r"(?:protest|peaceful|silent|solidarity|opposition|women's|students'|the|a) march(?:es)?\b(?! (?:on|to|of|towards?)\b)",
        r"(?:gathered|assembled|converged|massed|rallied) (?:[\w'-]+ ){0,6}?to (?:denounce|condemn|demand|call for|"
        r"oppose|mourn|express|voice|show support)\b",
        # a strike of workers, a walkout, a vigil: ACLED codes them as protests
        r"(?:went|go|going|gone|goes|are|were|was|is|remain\w*|stayed) on (?:a |an )?(?:[\w-]+ )?strike\b",
        r"(?:general|nationwide|national|labou?r|hunger|workers'?|indefinite|sit-down|warning|day-long|\d+-day|one-day|"
        r"two-day|three-day|24-hour|48-hour) strikes?\b(?! (?:on|against) (?:\w+ )?(?:targets|positions|bases))",
        r"walk-?outs?\b",
        r"walked out (?:in protest|of (?:work|classes|lectures|their (?:jobs|workplaces|classes)))",
        r"downed tools",
        r"strikers\b",
        r"(?:held|staged|attended|organi[sz]ed|joined|gathered for|holding) (?:a |an )?(?:[\w-]+ ){0,3}?vigils?\b",
        # "farmers blocked railway tracks demanding guaranteed prices": a blockade with a demand
        r"(?:blocked|blockaded|barricaded|occupied) (?:[\w-]+ ){0,3}?(?:roads?|highways?|railways?|(?:railway )?"
        r"tracks|streets|bridges?|junctions?|crossings?|squares?|entrances?) (?:[\w-]+ ){0,8}?(?:demanding|to demand|"
        r"calling for|to call for|against|over)\b",
    ),
    # a group ending its truce changes what it does (the truce itself was the agreement)
    _rule(
        "Change to group/activity",
        7.4,
        r"(?:end(?:ed|ing|s)? of|end(?:ed|ing|s)?|called off|calls off|broke off|abandon(?:ed|ing|s)?|withdr\w+ from) "
        r"(?:its |their |the )?(?:unilateral |month-long |temporary )?(?:ceasefire|cease-fire|truce)\b",
        r"withdr\w+ (?:its |their |the )?(?:[\w-]+ ){0,2}?(?:weapons|artillery|arms)\b",
    ),
    _rule(
        "Agreement",
        7.5,
        r"(?:ceasefire|cease-fire|truce|peace|humanitarian) (?:deal|agreement|accord|pause)",
        r"cessation of hostilities",
        r"agreed (?:[\w-]+ ){0,6}?(?:to|on) (?:a |an |the )?(?:[\w-]+ )?(?:ceasefire|truce|pause|exchange|deal|peace|"
        r"cessation)",
        r"ceasefire (?:[\w-]+ ){0,10}?(?:took effect|came into force|came into effect|was holding|appeared to be holding)",
        r"brokered (?:a |an )?(?:[\w-]+ )?(?:ceasefire|truce|deal|agreement)",
        r"prisoner (?:swap|exchange)s?",
        r"agreed (?:to |on |upon )?(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce|peace deal|"
        r"prisoner exchange|prisoner swap)",
        r"in (?:an? )?exchange for (?:[\w-]+ ){0,4}?(?:prisoners|detainees|hostages|captives)",
        r"(?:released|freed|handed over|swapped) (?:[\w-]+ ){0,6}?in (?:an? )?exchange for\b",
        r"exchanged prisoners",
        r"truce\b",
    ),
    # an agreement counts where the parties are armed: not a trade deal
    _rule(
        "Agreement",
        7.6,
        r"signed (?:an?|the) (?:[\w-]+ ){0,2}?(?:agreement|accord|deal|declaration|pact|memorandum|ceasefire|cease-fire|"
        r"truce)",
        r"agreed to (?:resume|hold|start|begin|open|restart|return to) (?:[\w-]+ ){0,2}?(?:peace )?(?:talks|negotiations)",
        armed=True,
        unless=re.compile(r"\b(?:sales?|purchases?|trade|investment|minerals?|revenue|loans?|contracts?)\b"),
    ),
    # a group's new leader, merger or dissolution
    _rule(
        "Change to group/activity",
        7.7,
        r"named (?:[\w'-]+,? ){1,14}?as (?:its |the )?(?:new )?(?:leader|head|chief|commander|secretary-general)",
        r"(?:decided|agreed|announced|voted|said it would|would) (?:to )?(?:disband|dissolve)",
        r"(?:would|will|to) be (?:dissolved|disbanded)",
        r"dissolv\w+ (?:itself|themselves)",
        r"(?:joining|joined|join) forces",
        armed=False,
    ),
    # "the rebel group said it had appointed a new commander" (a company's new chief is no event)
    _rule(
        "Change to group/activity",
        7.72,
        r"(?:appointed|named|elected|chose|picked) (?:a |an |its |their |the )?new (?:[\w-]+ )?(?:leader|head|chief|"
        r"commander|emir|spokes(?:man|woman|person))\b",
        r"(?:founded|formed|launched|created|registered) (?:a |an |the |their |its )?(?:new )?political "
        r"(?:party|movement|wing)\b",
        r"(?:merged|merge|merging) (?:into|with)\b",
        r"(?:pledged|pledge|pledging|swore|sworn) (?:its |their )?allegiance to\b",
        r"(?:announced|agreed|completed|declared) (?:a |an |its |their |the )?merger\b",
        r"(?:suspend\w*|halt\w*|end(?:ed|ing|s)?|resum\w*|renounc\w*|abandon\w*) (?:its |their |all )?(?:armed|military|"
        r"combat|offensive|violent) (?:operations|activities|struggle|campaign|attacks)\b",
        r"split (?:into|from) (?:two |three |rival )?(?:[\w-]+ )?factions?\b",
        r"splinter(?:ed)? (?:group|faction)s?",
        armed=True,
    ),
    _rule(
        "Change to group/activity",
        7.75,
        r"(?:announced|formed|launched|created|unveiled) (?:[\w-]+ ){0,4}?(?:a |an |the )(?:new )?(?:[\w-]+ ){0,2}?"
        r"(?:alliance|coalition)\b",
        armed=True,
    ),
    _rule(
        "Other",
        7.8,
        r"(?<!anti-)(?<!post-)(?<!pro-)(?<!since the )(?<!after the )(?<!before the )coup\b(?!-)",
        r"seiz(?:ed|ing) power",
        r"t(?:ook|aking|aken) power",
        r"suspended the constitution",
        r"constitution (?:was |had been |has been )?suspended",
        r"(?:president|prime minister|head of state) (?:[\w'-]+ ){0,3}?(?:had been|has been|was|were) (?:removed|deposed|"
        r"ousted|toppled|overthrown)",
        r"(?:took|taken|seized|taking|seizing) (?:full )?control of (?:the )?(?:government|country|state)\b",
        r"overthrew",
        r"(?<!the )(?<!of )(?<!an )ousted (?:\w+ ){0,3}(?:leader|president|government)",
    ),
    # soldiers removing a sitting head of state is a coup, not an arrest
    _rule(
        "Other",
        7.9,
        r"(?:removed|detained|captured|deposed|toppled|seized) (?:[\w'-]+ ){0,2}?(?:president|prime minister|head of state)",
        armed=True,
        unless=re.compile(r"\b(?:former|ex-|police|prosecutors?|court|warrant)\b"),
    ),
    # firing at people, cars and buses is an attack on civilians, not a shelling
    _rule(
        "Attack",
        14.9,
        r"(?:fired|opened fire|shot|shooting) (?:at|on|upon) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:civilians?|cars?|"
        r"bus|buses|minibus|column of civilians|people|journalists|volunteers|residents|pedestrians|family)\b",
        armed=True,
    ),
    # ACLED codes a manned aircraft brought down as a shelling/artillery/missile attack, not an interception
    _rule(
        "Shelling/artillery/missile attack",
        8,
        r"(?:shot down|shoots? down|shooting down|downed) (?:[\w-]+ ){0,4}?" + AIRCRAFT + r"\b",
        armed=True,
    ),
    _rule(
        "Disrupted weapons use",
        9,
        r"(?:intercept\w*|shot down|shoots? down|shooting down|downed|neutrali[sz]ed) (?:[\w%-]+ ){0,8}?"
        + PROJECTILES,
        # a missile destroyed in flight, not a missile system or a drone-control centre, nor "destroyed with a drone"
        r"destroyed (?!with\b)(?:[\w%-]+ ){0,6}?" + PROJECTILES + LAUNCHERS_NOT_PROJECTILES,
        r"(?:were|was|been|being) intercepted",
        r"interceptors?",
        PROJECTILES + r" (?:\w+ ){0,4}?(?:were |was )?(?:intercepted|shot down|downed|destroyed in the air)",
        r"interceptions?\b",
        r"defus\w+",
        r"controlled detonation",
        r"safely detonated",
        r"(?:intercept\w*|shot down|brought down|bring down|downed) (?:[\w%-]+ ){0,4}?(?:foreign |enemy |hostile )?drones?",
        r"demin(?:ed|ing)",
        r"seized (?:[\w-]+ ){0,4}?(?:explosives|tnt|ammunition|weapons cache|arms cache|grenades)",
        r"(?:found|discovered|uncovered|recovered|seized|unearthed) (?:[\w-]+ ){0,3}?(?:weapons|arms|ammunition|"
        r"explosives?|bomb-making) (?:caches?|depots?|stockpiles?|dumps?|factory|factories|workshops?)\b",
        r"air defen[cs]es? (?:\w+ ){0,2}(?:destroyed|repelled|shot|downed|intercepted)",
    ),
    # an attempt to take ground is a fight, not a capture
    _rule(
        "Armed clash",
        9.5,
        r"(?:tried|attempted|attempts?|failed|trying|attempting) (?:\w+ ){0,3}?to (?:seize|capture|storm|break|take|"
        r"advance|enter|encircle)",
        r"attempted an? (?:[\w-]+ )?(?:offensive|assault|attack|advance|breakthrough)",
        armed=True,
    ),
    _rule(
        TERRITORY,
        10,
        r"recaptur\w*",
        r"retak(?:e|en|ing)",
        r"retook",
        r"regain\w* (?:the |full |complete )?(?:control|territory|village|town|city|settlement|positions?)\b",
        r"freed from",
        r"(?:driven|drove|pushed|forced|chased) (?:[\w-]+ ){0,7}?out of",
        r"cleared (?:[\w-]+ ){0,7}?(?:out of|from)\b",
        r"liberat(?:ed|ion of|ing)",
        r"took back",
        r"seized back",
        r"seize back",
        r"taken back",
        r"take back",
        r"reclaimed",
        armed=True,
        recapture=True,
        unless=PROTEST,
    ),
    _rule(
        TERRITORY,
        11,
        r"captur(?:ed|es|ing|e)",
        r"seiz(?:ed|ure of|es|ing) (?:control|the|a|an|all|most|much|parts?|key)\b",
        r"(?:had|have|has) taken (?!part\b|place\b|over\b|(?:[\w-]+ ){0,2}?(?:prisoners?|captives?|hostages?|"
        r"steps?|measures?|action|refuge|shelter|cover|office|power|responsibility|toll|lives|hold|effect|aim|"
        r"charge|delivery|note|advantage|care|shape|root)\b)",
        r"(?:walked|swept|rolled|streamed|poured) into (?!(?:an? |the )?(?:trap|ambush|crowd))",
        r"declar(?:ed|es|ing) victory (?:over|in)\b",
        r"(?:took|taken|tak(?:e|es|ing)|gained|established|establish(?:es|ing)?|assumed) (?:full |complete )?control",
        # a position or a checkpoint overrun is a fight; a town overrun is ground taken
        r"overr(?:a|u)n(?! (?:an? |the |their |its |two |three |several )?(?:[\w-]+ ){0,2}?(?:positions?|posts?|"
        r"checkpoints?|outposts?|bases?|camps?|barracks)\b)",
        r"overt(?:ook|ake|aken|aking)",
        r"fell to",
        r"fallen to",
        r"entered",
        r"advanced into",
        r"pushed into",
        r"raised (?:their|the|its) flag",
        # the verb, not the adjective of "occupied territory", "Russian-occupied Mariupol"
        r"(?<!-)(?<!the )(?<!in )(?<!to )(?<!from )(?<!of )occupied(?! (?:territor\w*|areas?|regions?|parts?|"
        r"lands?|zones?)\b)",
        r"took (?:the )?(?:settlement|village|town|city|locality) of",
        r"seiz(?:ed|es|ing) [\w'-]+(?: [\w'-]+)?,? (?:a|the) (?:[\w-]+ ){0,3}?(?:town|city|village|district|capital|"
        r"seat|port|base|hub|stronghold)\b",
        r"t(?:ook|aken|akes?|aking) over (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:town|city|village|district|area|base|airport|"
        r"region|province|capital|settlement|locality|garrison|barracks|border crossing)\b",
        armed=True,
        unless=re.compile(PROTEST.pattern + "|" + RAID_THEN_LEFT),
    ),
    _rule(
        "Non-violent transfer of territory",
        12,
        r"withdr(?:a|e)w\w*",
        r"pull(?:ed|ing|s)? (?:\w+ ){0,3}?(?:out|back)",
        r"pull-?out",
        r"retreat(?:ed|ing|s)?",
        r"regroup\w*",
        r"handed over",
        r"hand over",
        r"hand(?:ed|ing|s)? (?:\w+ ){0,3}?(?:over|back) to",
        r"(?:troops|soldiers|forces|peacekeepers|contingent) (?:\w+ ){0,5}?(?:have |has |had )?left\b",
        r"handing over",
        r"abandon(?:ed|ing) (?:their |its )?(?:positions?|the town|the city|the village)",
        r"order(?:ed|s|ing)? (?:its |their |the |all )?(?:troops|soldiers|forces|units) out of",
        armed=True,
        unless=re.compile(PROTEST.pattern + "|" + NOT_GROUND_HANDED),
    ),
    # "Armenia handed four villages to Azerbaijan": ground handed over, with or without troops named
    _rule(
        "Non-violent transfer of territory",
        12.1,
        r"hand(?:ed|ing|s)? (?:over |back )?(?:[\w-]+ ){0,4}?(?:villages?|towns?|territory|territories|districts?|"
        r"areas?|bases?|positions|control|sites|camps?|garrisons?|barracks|facilities|installations|airports?)"
        r"(?:,? [\w',-]+){0,10}? (?:to|over to|back to)\b",
    ),
    _rule(
        "Armed clash",
        13,
        r"(?<!reprisal for )(?<!retaliation for )(?<!revenge for )(?<!response to )clash\w*",
        r"(?<!closely )(?<!hard-)fought",
        r"battles?\b",
        r"battled(?! (?:\w+ ){0,2}?(?:blazes?|fires?|flames|wildfires?|bushfires?|cancer|illness|disease|"
        r"addiction|floods?|storms?|winds?|heat|snow))",
        r"firefights?\b",  # not "firefighters"
        r"(?<!penalty )shoot-?outs?\b",
        r"gunfights?\b",
        r"gun battles?",
        r"exchanges? of (?:heavy )?(?:gun)?fire",
        r"exchanged (?:heavy )?(?:gun)?fire",
        r"traded (?:heavy |small-arms |small arms |automatic )?(?:gun)?fire",
        r"returned fire",
        r"skirmish\w*",
        r"(?<!amid )(?<!during )(?:fighting|clashes|battles) between",
        r"(?:repelled|repulsed|repel|repulse)\b",
        r"(?:were|was|been) (?:pushed|beaten|driven|forced) back\b",
        r"fought off\b",
        r"overr(?:a|u)n (?:an? |the |their |its |two |three |several )?(?:[\w-]+ ){0,2}?(?:positions?|posts?|"
        r"checkpoints?|outposts?|bases?|camps?|barracks)\b",
        r"exchanging (?:heavy )?(?:gun)?fire",
        r"small arms",
        r"(?:shelled|attacked|fired (?:\w+ )?at) each other",
        r"tried to storm",
        r"stormed (?:\w+ ){0,2}positions",
        r"(?:responded|replied) (?:with|to) fire",
        r"(?:fired|fought|hit|struck) back",
        r"unspecified weapons",
        r"break through (?:the )?(?:defen[cs]es?|lines?)",
    ),
    # a raid on armed criminals that leaves dead: a fight with them ("a police raid against drug
    # traffickers in the favela left 25 people dead")
    _rule(
        "Armed clash",
        13.3,
        r"raids? (?:against|on|targeting) (?:[\w-]+ ){0,4}?(?:traffickers|gangs?|gang members|militants|rebels|"
        r"insurgents|gunmen|cartels?|criminals|drug dealers|smugglers)\b(?:[\w ,-]+ ){0,8}?(?:left|killed|killing)\b",
    ),
    # a column or convoy destroyed is a fight with it
    _rule(
        "Armed clash",
        13.2,
        r"destroyed (?:a |an |the |two |three |four |\d+ )?(?:[\w-]+ ){0,3}?(?:columns?|convoys?)\b",
        armed=True,
    ),
    # an ambush is a fight, unless it is laid for civilians ("gunmen ambushed a family on a dirt road")
    _rule(
        "Armed clash",
        13,
        r"ambush\w*",
        unless=re.compile(W + AMBUSHED_CIVILIANS + "|" + AMBUSH_KILLING_CIVILIANS),
    ),
    _rule("Attack", 13.1, AMBUSHED_CIVILIANS, armed=True),
    # missiles fired from the air are an air strike in ACLED's coding
    _rule(
        "Air/drone strike",
        13.5,
        r"(?:air ?forces?|air units|aviation|aircraft|warplanes?|jets?|helicopters?) (?:\w+ ){0,4}?(?:fired|launched|struck|hit|"
        r"dropped|attacked|carried out)",
        r"from (?:aviation|aircraft|the air|warplanes|helicopters)",
        r"using (?:a |an )?(?:uav|drone)s?",
        armed=True,
    ),
    _rule(
        "Air/drone strike",
        14,
        r"air ?strikes?",
        r"air raids?(?! (?:sirens?|alerts?|warnings?|shelters?))",
        r"aerial (?:bombardment|attack)s?",
        r"(?:drone|helicopter) (?:strikes?|attacks?)",
        r"(?:barrel|guided|glide|gliding|aerial|cluster|air) bombs?",
        r"dropp?(?:ed|ing|s)? (?:[\w-]+ ){0,3}?bombs?",
        r"bombed",
    ),
    _rule(
        "Air/drone strike",
        14,
        r"drones?\b",
        r"warplanes?",
        r"fighter jets?",
        r"jets?\b",
        r"bombers",
        r"aircraft",
        r"helicopter gunships?",
        r"helicopters?",
        r"air forces?\b(?! (?:school|base|academy|college|museum|officers?|spokes\w+|commander|chief))",
        r"aviation\b",
        attack=True,
        unless=ACCIDENT,
    ),
    _rule(
        "Shelling/artillery/missile attack",
        15,
        r"shell(?:ed|ing|s)\b",
        r"(?:to|and) shell\b",
        r"bombard\w*",
        r"(?:missile|rocket|artillery|mortar) (?:strikes?|attacks?|fire|barrages?)",
        r"fired (?:\w+ ){0,3}?(?:at|on|upon)\b",
        armed=False,
    ),
    _rule(
        "Shelling/artillery/missile attack",
        15,
        r"artillery",
        r"mortars?",
        r"rockets?",
        r"missiles?",
        r"projectiles?",
        r"multiple launch",
        r"grad\b",
        r"himars",
        r"iskander",
        r"kalibr",
        r"howitzers?",
        r"munitions?",
        r"grenade launchers?",
        r"rocket-propelled grenades?",
        r"rpgs?\b",
        r"javelins?",
        r"nlaws?",
        r"anti-tank",
        r"(?:destroyed|hit|struck|shot|disabled|knocked out) (?:\w+ ){0,4}?" + VEHICLES,
        attack=True,
    ),
    # "India struck nine sites in Pakistan", "Ukrainian forces struck Russian positions": no weapon named, from
    # afar (ACLED codes these as shelling/missile attacks)
    _rule(
        "Shelling/artillery/missile attack",
        15.5,
        r"(?:struck|pounded) (?:[\w-]+ ){0,3}?(?:sites|targets|positions|camps|hideouts|installations)\b",
        unless=re.compile(
            W + r"(?:storms?|cyclones?|hurricanes?|typhoons?|tornado\w*|earthquakes?|quakes?|floods?)\b"
        ),
    ),
    _rule(
        "Remote explosive/landmine/IED",
        16,
        r"land ?mines?",
        r"(?:anti-tank|anti-personnel) mines?",
        r"stepped on a mine",
        r"mine explo\w*",
        r"improvised explosive",
        r"ieds?\b",
        r"roadside bombs?",
        r"car bombs?",
        r"(?:explosives?|bomb)-(?:laden|packed|rigged|filled|loaded) (?:car|vehicle|truck|lorry|motorcycle|motorbike)s?",
        r"vbieds?",
        r"vehicle-borne",
        r"explosive devices?",
        r"booby[- ]trap\w*",
        r"bomb (?:blast|exploded|went off)",
        r"(?:bombs?|(?:explosive )?devices?) [^.;]{0,120}?\b(?:exploded|detonated|went off)",
        r"(?:pagers|devices|walkie-talkies|explosives?) (?:[\w-]+ ){0,6}?(?:exploded|detonated)",
        r"blew up",
        r"blown up",
        r"unexploded",
        r"explosive remnants",
        r"(?:hit|struck|triggered|set off|ran over|running over|drove over|driving over|stepped on) (?:by )?an? "
        r"(?:[\w-]+ )?(?:mine|landmine)",
        r"(?:sticky|magnetic|pipe|parcel|letter|nail|time|motorcycle|bicycle) bombs?",
        r"limpet mines?",
        r"mines? (?:left|planted|laid)",
        r"(?:killed|wounded|injured|exploded|blown) (?:\w+ ){0,3}(?:on|by) an? (?:\w+ )?"
        r"(?:mine|landmine|explosive|projectile|ordnance|shell)\b",
    ),
    # a blast at a target with no weapon named: ACLED codes an unknown explosive as an IED (a gas leak,
    # a tanker or a warehouse is an accident)
    _rule(
        "Remote explosive/landmine/IED",
        17.3,
        r"(?:explosions?|blasts?) (?:[\w'-]+ ){0,10}?(?:killed|killing|wounded|wounding|injured|injuring|tore through|"
        r"ripped through|went off|targeted|hit)\b",
        r"(?:killed|wounded|injured) (?:[\w-]+ ){0,6}?(?:in|by) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:explosion|blast)\b",
        context=re.compile(
            W
            + r"(?:police|checkpoints?|mosques?|markets?|bus|buses|convoys?|patrols?|military|army|soldiers|troops|"
            r"rall(?:y|ies)|schools?|hotels?|restaurants?|churches|church|shrines?|offices?|officials?|pilgrims|"
            r"worshippers|motorcycles?|cars?|vehicles?|stations?|compounds?|militants?|gunmen)\b"
        ),
        unless=re.compile(
            W
            + r"(?:gas|cylinders?|boilers?|tankers?|fuel|petrol|fireworks?|factory|factories|warehouses?|chemicals?|"
            r"plants?|refiner\w*|pipelines?|transformers?|leaks?|coal|mines? shaft|reactors?|depots?|accident\w*|"
            r"meteor\w*|volcan\w*|quarry|sonic)\b"
        ),
    ),
    _rule("Grenade", 17, r"grenades?(?! launchers?)"),
    # "killed in a Russian strike on Kharkiv", "an Israeli strike hit a building": a state's strike that
    # hits or kills is from the air in the press (a national strike of workers hits and kills nothing)
    _rule(
        "Air/drone strike",
        17.4,
        r"(?:"
        + DEMONYMS
        + r"|coalition|allied|enemy)(?:-led)? (?:coalition |army |military |navy )?strikes?\b"
        r"(?! (?:action|ballots?|votes?|committees?|leaders?))",
        attack=True,
        unless=LABOUR,
    ),
    # "U.S. strikes on the port killed 74": strikes with no weapon named are from the air in the press
    _rule(
        "Air/drone strike",
        17.5,
        r"(?<!missile )(?<!rocket )(?<!artillery )(?<!hunger )(?<!general )strikes? on "
        r"(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
        armed=True,
        unless=re.compile(W + r"(?:drills?|exercises?|practi[sc]\w*|simulat\w*|rehears\w*|wargam\w*)\b"),
    ),
    _rule(
        "Attack",
        18,
        r"massacre\w*",
        r"executed",
        r"burned alive",
        KILLED_BY_CROWD,
        r"(?:killed|killing|shot dead|shot|attacked|murdered|gunned down|stormed|raided) (?:\w+ ){0,4}"
        + TARGETS,
        r"opened fire (?:on|at) (?:\w+ ){0,4}" + TARGETS,
        r"tortur\w+",
        r"\bbeat(?:en|ing)? (?:up )?(?:a |an |the |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:man|woman|men|women|"
        r"civilians?|residents?|journalists?|people|boys?|girls?|teenagers?|villagers?)\b",
        r"(?:crushed|ran over) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:car|vehicle|minibus|bus)\b",
        r"ran over (?:\w+ ){0,4}?" + TARGETS,
        r"(?:set upon|descended on|swooped on|fell upon|invaded) (?:\w+ ){0,4}?" + TARGETS,
        r"stabb(?:ed|ing) (?:[\w'-]+ ){0,3}?" + TARGETS,
        r"behead(?:ed|ing)",
        r"(?:went|going|moved|moving) (?:from )?(?:house to house|door to door) (?:[\w-]+ ){0,3}?(?:killing|shooting|"
        r"executing|slaughtering)",
        r"slit (?:the )?throats?",
        r"decapitated",
        r"sprayed (?:[\w-]+ ){0,5}?with (?:bullets|gunfire)",
        r"(?:villages?|towns?|settlements?|churches|church|mosques?|markets?|schools?|hospitals?|camps?|civilians|"
        r"villagers|residents|worshippers|farmers|travell?ers|passengers|buses|bus) (?:[\w-]+ ){0,3}?(?:was|were|has "
        r"been|have been|had been|came under) (?:attacked|raided|stormed|targeted|attack)\b",
        armed=True,
    ),
    # "at least 40 people were slain in an attack on a village"
    _rule(
        "Attack",
        19.5,
        r"(?:attacks?|raids?|assaults?|massacres?|killings?) (?:on|of|against) (?:a |an |the )?(?:[\w-]+ ){0,2}?"
        r"(?:villages?|churches|church|mosques?|markets?|schools?|hospitals?|weddings?|funerals?|buses|bus|"
        r"civilians|worshippers|villagers|farmers|displaced|refugees|travell?ers|passengers)\b",
        unless=CYBER,
    ),
    # troops opening fire where the dead are civilians: an attack on them
    _rule(
        "Attack",
        18.3,
        r"opened fire\b",
        armed=True,
        context=re.compile(W + r"(?:killed|killing|wounded|wounding|dead)\b"),
        unless=re.compile(
            W + r"(?:soldiers|troops|fighters|militants|police(?:men)?|officers) (?:were )?killed"
        ),
    ),
    # someone killed by an armed party the sentence or the next one names ("the governor was killed in El
    # Geneina; the army blamed the RSF"), not in an accident
    _rule(
        "Attack",
        PASSIVE_KILLING,
        r"(?:was|were|has been|have been|had been) (?:killed|murdered|slain|slaughtered|massacred)\b",
        armed=True,
        unless=re.compile(
            W
            + r"(?:killed|died) (?:in|by) (?:a |an |the )?(?:[\w-]+ )?(?:crash|accident|collision|fire|flood\w*|"
            r"earthquake|landslide|stampede|storm|avalanche)"
            r"|(?:soldiers?|troops|fighters|militants|servicem[ae]n|rebels|insurgents|peacekeepers?|policem[ae]n|police officers?) (?:were |was |had been )?killed"
        ),
    ),
    # "insurgents set off two bombs at a supermarket": a bomb planted, unless the planters shot too
    _rule(
        "Remote explosive/landmine/IED",
        18.35,
        r"(?:set off|planted|placed|hid|hidden) (?:[\w-]+ ){0,2}?(?:bombs?|explosives?|explosive devices?|car bombs?)\b",
    ),
    # a killing by shooting or stabbing names its weapon in the verb
    _rule(
        "Attack",
        18.2,
        r"shot dead",
        r"shooting dead",
        r"(?:journalists?|activists?|reporters?|priests?|pastors?|lawyers?|candidates?|politicians?|councill?ors?|"
        r"mayors?|judges?|prosecutors?|trade unionists?|human rights defenders?) (?:[\w-]+ ){0,3}?(?:was|were|has been|"
        r"have been|had been) (?:murdered|assassinated|shot dead|gunned down)\b",
        r"found dead (?:[\w-]+ ){0,4}?(?:with|bearing) (?:gunshot|bullet|stab|knife) wounds",
        r"(?:was|were) shot (?:several times|multiple times|repeatedly|twice|once|in the (?:head|chest|back|neck|leg|"
        r"stomach|abdomen)|and (?:killed|wounded|injured))",
        r"fired (?:[\w-]+ ){0,4}?(?:gun|pistol|rifle|shots?|bullets?) at (?:him|her|them)\b",
        r"knife attacks?",
        r"gunned down",
        r"assassinat(?:ed|ion)",
        r"shot (?:and killed|and wounded|in the head|in the chest)",
        r"(?:drove|rammed|ploughed|plowed) (?:[\w'-]+ ){0,3}?into (?:a |the )?(?:[\w-]+ )?(?:crowds?|pedestrians|"
        r"shoppers|worshippers|market)\b",
        r"shot (?:[\w'-]+ ){1,3}?dead",
        r"hack(?:ed|ing) (?:[\w-]+ ){0,4}?to death",
        r"stabb(?:ed|ing) (?:[\w-]+ ){0,4}?to death",
        r"bod(?:y|ies) (?:[\w,'-]+ ){0,8}?(?:found|discovered|dumped|recovered) (?:[\w-]+ ){0,6}?(?:riddled with bullets|"
        r"with (?:gunshot|bullet|stab) wounds|bullet-riddled|shot|bound|blindfolded|with (?:signs|marks) of torture)",
        r"opened fire (?:on|at) (?:[\w'-]+ ){0,4}?(?:convoy|car|home|house|residence|rally|shrine|stop|station)",
        # a verdict on a killing tells of a trial
        unless=re.compile(W + r"(?:convicted|acquitted|not guilty|found guilty|culpable homicide)\b"),
    ),
    _rule(
        "Sexual violence",
        19,
        r"rap(?:e|ed|es|ing)\b",
        r"gang-raped",
        r"sexual(?:ly)? (?:violence|assault\w*|abuse\w*)",
    ),
    _rule(
        "Abduction/forced disappearance",
        18.5,
        r"abduct\w*",
        r"kidnap\w*",
        r"forcibly (?:displaced|deported|transferred|moved)",
        r"(?:took|taken|transported|brought) (?:[\w-]+ ){0,6}?(?:to|in) an unknown (?:location|destination)",
        r"taken hostage",
        r"(?:was|were|been) (?:seized|snatched|grabbed|taken|abducted|kidnapped) (?:[\w-]+ ){0,4}?by (?:[\w-]+ ){0,2}?"
        r"(?:gunmen|armed men|militants|rebels|bandits|kidnappers|fighters|jihadists|pirates|unknown men|"
        r"unidentified men|masked men)\b",
        r"hold(?:ing|s)? (?:[\w'-]+ ){0,4}?captive\b",
        r"held captive",
        r"(?:disappeared|vanished|went missing) after (?:being )?(?:detained|arrested|taken|picked up|abducted)",
        r"t(?:ook|aken|ake|aking) (?:[\w'-]+ ){0,5}?captive\b",
        r"took (?:\w+ )?hostages?",
        r"held hostage",
        r"held (?:[\w'-]+ ){0,4}?at gunpoint",
        r"forcibly disappeared",
        r"forced disappearance",
        r"hijack\w*",
        r"taken by (?:armed |masked |unidentified |unknown )?(?:men|gunmen|agents|soldiers)\b",
        r"(?:taken away|picked up|whisked away|bundled into (?:a |an )?(?:[\w-]+ )?(?:car|van|vehicle|truck)) by "
        r"(?:[\w-]+ ){0,3}?(?:men|agents|officers|soldiers|police|security|gunmen)\b",
        r"hostages?",
        r"(?:taking|took|taken|seized|detained|holding|held) (?:[\w'-]+ ){0,4}?crew\b",
        r"(?:being |was |were )?held (?:captive )?by (?:the |an |a )?(?:[\w-]+ ){0,3}?(?:militia|militants|rebels|group)",
    ),
    # people missing after a disaster are not abducted: only where gunmen or troops are in the story
    # (soldiers missing in action were not abducted)
    _rule(
        "Abduction/forced disappearance",
        18.6,
        r"(?:were|are|went|remain|remained|(?:has|have|had) gone) missing",
        r"(?:has|have|had) not been (?:heard from|seen) (?:since|again)",
        r"(?:seized|hijacked|commandeered|stopped) (?:a |an |the )?(?:[\w-]+ )?(?:bus|buses|vehicles?|trains?|boats?|"
        r"trucks?|minibus\w*) carrying (?:[\w-]+ ){0,3}?(?:passengers|people|villagers|students|pupils|civilians|"
        r"workers|pilgrims|travell?ers)\b",
        r"(?:seized|snatched|grabbed|carried away|carried off|took away|led away|whisked away|cart(?:ed|ing) (?:off|away)) "
        r"(?:(?!from\b|weapons\b|arms\b|guns\b|goods\b|cattle\b)[\w-]+ ){0,3}?"
        r"(?:women|girls|boys|children|people|villagers|passengers|students|pupils|schoolchildren|schoolgirls|workers|"
        r"farmers|civilians|travell?ers|worshippers|residents|men|aid workers|hostages|schoolboys|businessm[ae]n|traders|priests?|"
        r"pastors?|imams?|chiefs?|officials?|nurses|doctors|engineers|foreigners|tourists|journalists?|activists?|"
        r"(?:a|an|one|two|three) (?:[\w-]+ ){0,2}?(?:man|woman|boy|girl|child|person|businessman|trader|priest|"
        r"pastor|official|chief|nurse|doctor|engineer|foreigner|tourist|journalist|activist|student))\b",
        armed=True,
        unless=re.compile(
            W
            + r"(?:soldiers|troops|servicem[ae]n|sailors|fighters) (?:[\w,-]+ ){0,3}?(?:have |has |had |were |are )?(?:gone )?missing"
        ),
    ),
    _rule(
        "Armed clash",
        CATCH_ALL,
        r"(?<!fleeing )(?<!fled )(?<!escaping )(?<!escape )(?<!by )fighting\b(?! (?:for|against|corruption|to\b))",
        r"counter-?offensive",
        r"offensive\b",
        r"assault\w*",
        r"(?:in|of|heavy|fierce|close) combat\b",  # not "combat drones"
        unless=CHARGES,
    ),
    _rule("Armed clash", 22, r"attack(?:ed|s|ing)?\b", armed=True, unless=CYBER),
    _rule(
        "Armed clash",
        22,
        r"(?:killed|killing|wounded|eliminated|neutrali[sz]ed) (?:\w+ ){0,3}?(?:soldiers|troops|servicemen|fighters|"
        r"militants|officers|militiamen|terrorists|insurgents|rebels|jihadists|bandits|gunmen|extremists|"
        r"gang members|separatists|guerrillas|combatants|policemen|security personnel|(?:militant|rebel|insurgent|jihadist) (?:commanders?|leaders?))\b",
        armed=True,
    ),
    _rule(
        "Looting/property destruction",
        23,
        r"loot\w*",
        r"pillag\w*",
        r"plunder\w*",
        r"ransack\w*",
        r"torched",
        r"vandali[sz]\w*",
        r"arson(?:ists?)?\b",
        r"cart(?:ed|ing) (?:away|off) (?:[\w-]+ ){0,4}?(?:bags|sacks|goods|food|grain|rice|aid|supplies|equipment|"
        r"property|valuables|livestock|cattle)",
        r"(?:set fire to|burned|burnt|torched|razed) (?:[\w'-]+,? ){1,3}(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:village|"
        r"town|hamlet|settlement|neighbou?rhood)\b",
        r"(?:burned|destroyed|demolished) (?:\w+ ){0,5}(?:homes|houses|shops|villages|buildings|property|markets|"
        r"offices|vehicles|churches|mosques|schools|warehouses)\b",
        r"desecrat\w+",
        r"destroyed (?:[\w-]+ ){0,3}?(?:masts?|pylons?|power lines?)\b",
        r"vandals?\b",
        r"uproot\w* (?:[\w-]+ ){0,4}?trees\b",
        # a verb with its object ("a destroyed house" in a caption is no act) takes one building
        r"(?:set fire to|burned down|burnt down|bulldozed|razed|demolished|torched) (?:(?:more than|at least|"
        r"over|about|some|nearly|almost) )?(?:an?|the|two|three|four|five|several|dozens of|scores of|hundreds of|"
        r"[\d,]+|their|his|her|its) (?:[\w-]+ ){0,2}?(?:homes?|houses?|huts?|shops?|villages?|buildings?|property|markets?|(?:police |polling )?stations?|offices?|vehicles?|cars?|church(?:es)?|mosques?|temples?|schools?|warehouses?|granar(?:y|ies)|depots?|courthouses?|town halls?|masts?|towers?|pylons?|statues?|monuments?|shrines?)\b",
        # "two trucks carrying aid were set on fire": the thing burned named first, the burner maybe never
        r"(?:trucks?|cars?|vehicles?|buses|lorries|homes|houses|huts|shops|buildings|offices|churches|mosques|"
        r"convoys?|(?:polling |police )?stations|schools|markets|granaries) (?:[\w.-]+ ){0,8}?(?:were|was|had been|"
        r"have been) (?:set on fire|set ablaze|set alight|torched|burned|burnt|looted|ransacked|razed|vandali[sz]ed)",
    ),
    # "militiamen set ablaze more than 200 homes": burning by armed men (a fire's own spread is no act)
    _rule(
        "Looting/property destruction",
        23.1,
        r"(?:set ablaze|set alight|set on fire) (?:[\w-]+ ){0,4}?(?:homes|houses|huts|shops|buildings|vehicles|cars|"
        r"churches|mosques|schools|offices|markets|villages)\b",
        r"set (?:[\w-]+ ){1,5}?(?:ablaze|alight|on fire)\b",
        armed=True,
        unless=DISASTER,
    ),
    _rule(
        "Looting/property destruction",
        20.9,
        r"carr(?:ying|ied) off",
        r"made off with",
        r"broke into (?:[\w-]+ ){0,3}?(?:banks?|shops?|homes?|houses?|stores?|warehouses?|markets?|offices?)",
        armed=True,
    ),
    # theft by armed men; a fraudster who stole from customers is not looting
    _rule(
        "Looting/property destruction",
        23,
        r"stole\b",
        r"stolen\b",
        r"steal(?:s|ing)?\b",  # not "stealthy"
        r"confiscat\w*",
        armed=True,
        unless=CYBER,
    ),
    # not "an arrest warrant", nor "house arrest revoked"
    _rule(
        "Arrests",
        24,
        r"(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|taken into custody|rounded up)\b(?! warrants?)",
        r"t(?:ook|ake|aking) [^.;]{1,120}?\binto custody",
        r"\b(?:police|policemen|officers|agents)\b[^.;,]{0,80}?\b(?:took|led) (?:[\w'-]+ ){0,4}?away\b",
        # an arrest for an ordinary crime is police work, not political violence
        unless=re.compile(
            r"\b(?:suspected of|accused of|on suspicion of|charged with|in connection with|for|on charges? of) (?:the )?"
            r"(?:killing|murder(?:ing)?|stabbing|robb\w+|theft|stealing|burglary|fraud|embezzl\w*|drunk\w*|speeding|"
            r"poaching|shoplifting|drug dealing|drug trafficking)\b(?! (?:of )?(?:an? |the |two |three |\d+ )?"
            r"(?:[\w-]+ )?(?:protesters?|activists?|journalists?|soldiers?|police|officers?|politicians?|"
            r"lawmakers?|candidates?|officials?))"
            r"|\barrest\w* (?:an? |two |three |\d+ )?(?:suspected |alleged )?(?:drug dealers?|thie(?:f|ves)|robbers?|"
            r"burglars?|fraudsters?|poachers?|car thieves)\b"
        ),
    ),
    _rule(
        "Headquarters or base established",
        25,
        r"(?:set up|established|opened|built|inaugurated|unveiled|commissioned) (?:a |an |its |their |the )?"
        r"(?:[\w'-]+ ){0,4}?(?:base|headquarters|outpost|garrison)\b",
        r"newly (?:built|established|opened) (?:[\w-]+ ){0,3}?(?:base|headquarters|outpost)\b",
        r"set up (?:an? |their |its )?(?:own |parallel |rival )?(?:administration|government)\b",
        r"(?:arrived|moved|deployed|relocated) (?:\w+ ){0,4}?(?:at|to|into) (?:a |an |the )?(?:\w+ )?"
        r"(?:camp|base|garrison)\b",
        r"set up (?:[\w-]+ ){0,2}?(?:positions|checkpoints|outposts)",
    ),
    _rule(
        "Change to group/activity",
        26,
        r"mobili[sz]ation",
        r"conscript\w*",
        r"recruit\w* (?:of |into )?(?:[\w-]+ ){0,2}?(?:men|fighters|soldiers|volunteers|residents|children|boys|youths)\b",
        r"formed (?:the |a |an )?(?:new )?(?:[\w-]+ ){0,3}?(?:battalion|brigade|unit|militia|regiment)",
        r"mutiny",
        r"defect(?:ed|ing|ions?)\b",
        r"(?:take|taking|took|taken) up arms",
        r"(?:laying|laid) down (?:its |their |his )?(?:weapons|arms)",
        r"(?:formed|created|launched|set up|founded) (?:a |an |the |its |their )?(?:new )?(?:armed|military|paramilitary|"
        r"security|vigilante|self-defen[cs]e) (?:wing|group|force|unit|outfit|network|militia)\b",
        r"merged with",
        r"announced (?:its|the) (?:dissolution|formation|creation)",
        r"formed a new (?:group|alliance|coalition|armed group)",
        r"disbanded",
    ),
    # "forces fired in Rubizhne": fire with no named weapon or target, coded as a bombardment
    _rule("Shelling/artillery/missile attack", 26.8, r"fired (?:in|into|on|at)\b", armed=True),
    # a failed or attempted assault is still a fight
    _rule(
        "Armed clash",
        9.5,
        r"(?:attempted|tried|sought|trying|attempting) to (?:[\w-]+ ){0,2}?(?:dislodge|storm|break through|advance|"
        r"capture|take|seize|attack|push|enter|assault|encircle|cross|regain|recapture|retake|occupy)\b",
        armed=True,
    ),
    # forces on the move, not yet fighting: a change in the group's activity
    _rule(
        "Change to group/activity",
        26.5,
        r"(?:columns?|convoys?) of (?:[\w-]+ ){0,4}?(?:vehicles|tanks|troops|trucks|armou?r\w*|equipment)",
        r"(?:was|were|is|are) (?:reportedly |seen |spotted )?(?:moving|heading|advancing) (?:towards?|to|from)\b",
        r"bypass(?:ed|ing)\b",
        r"(?:concentrated|massed|massing|amassed|amassing) (?:\w+ ){0,3}?(?:in|near|around|at|along|on)\b",
        r"leaving (?:\w+ ){0,4}?(?:unit|troops|forces|soldiers) behind",
        armed=True,
        # a ship or an envoy on its way is no force on the move
        unless=re.compile(W + r"(?:ships?|vessels?|tankers?|freighters?|cargo|envoys?|delegations?)\b"),
    ),
    _rule(
        "Other",
        27,
        r"curfew",
        r"martial law",
        r"state of emergency",
        r"troop build-?up",
        r"mass graves?",
    ),
    _rule("Other", 28, r"deport\w+", armed=True),
    _rule("Other", 28, r"evacuat\w+", unless=DISASTER),
)
