"""Trigger rules for peaceful protests: marches, rallies, sit-ins and crowds in the streets, unless they
celebrate, mourn or only say who someone is; a protest's paint thrown at a building, which is its
vandalism; shots fired into the air; and a crowd that stoned, burned or barricaded roads with burning tyres,
which the police fired on: a riot.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.rules_unrest import LEADERS_OF
from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import SOLDIERS_UNPAID, W

# a state's objection: "drawing protests from Washington", "lodged a formal protest with Beijing"
DIPLOMATIC_PROTEST = (
    r"(?:(?:drew|drawing|draws|prompted|prompting|lodged|lodging|filed|sent|delivered) (?:an? )?(?:formal |"
    r"diplomatic |strong |official )?protests? (?:from|with|to)\b|diplomatic protests?\b)"
)
# the protests only say who someone is or what they are charged over ("arrested X, the leader of months of
# protests", "on charges over their roles in anti-government demonstrations")
PROTESTS_LEADER = re.compile(
    W
    + r"(?:"
    + LEADERS_OF
    + r"|roles? in|involvement in|for (?:organi[sz]ing|leading|inciting)) (?:[\w'-]+ ){0,3}?"
    r"(?:protests|demonstrations|rallies)\b"
)
LONG_SEASON_OF = "".join(
    rf"(?<!{span} of )(?<!{span} of anti-government )"
    for span in ("days", "weeks", "months", "year", "years")
)


PROTEST_RULES: tuple[TriggerRule, ...] = (
    # "police opened fire on crowds who blocked roads, stoned minibuses and burned tyres": a riot the police
    # fired on, whoever died
    rule(
        "Violent demonstration",
        2.92,
        r"(?:opened fire|fired) (?:on|at|into) (?:the )?(?:crowds?|youths|protesters|demonstrators) (?:who|that) "
        r"(?:[\w,'-]+ ){0,8}?(?:stoned|hurled stones|threw stones|torched|looted|burned|burnt|set fire)\b",
        # "fired rubber bullets and live rounds at residents of Mothotlung who blocked roads with burning tyres"
        r"fired (?:[\w-]+ ){0,5}?(?:on|at|into) (?:the )?(?:crowds?|youths|protesters|demonstrators|residents|villagers|"
        r"students|workers) (?:of [\w'-]+ )?(?:who|that) (?:[\w,'-]+ ){0,4}?(?:blocked|barricaded) (?:[\w'-]+ ){0,4}?"
        r"with burning (?:tyres|tires)\b",
    ),
    # shots fired into the air (a mutiny's shots are its own)
    rule(
        "Protest with intervention",
        4,
        r"(?:shots?|fire|fired|firing|rounds) (?:in|into) the air",
        # nor a celebration's ("rebels celebrating on the roofs and firing into the air"), nor farmers' scaring
        # locusts away
        unless=re.compile(
            r"\bmutin|\bcelebrat|\bjubila|\b(?:insects|locusts|birds|elephants|animals|wolves|monkeys|baboons)\b|\b"
            + SOLDIERS_UNPAID
        ),
    ),
    # "climate activists sprayed orange paint over the facade of the Senate": a protest's vandalism (not a raid
    # on a base that wrecks aircraft: "broke into the air base and sprayed red paint into the engines")
    rule(
        "Violent demonstration",
        3.5,
        r"(?:activists|protesters|demonstrators)\b[^.;]{0,80}?\b(?:sprayed|splashed|daubed|threw|hurled|poured) "
        r"(?:[\w-]+ ){0,2}?(?:paint|ink|soup|dye|fake blood)\b",
        unless=re.compile(r"\b(?:broke into|break-in|engines?|aircraft|planes?|jets?|factory|plant)\b"),
    ),
    # "workers marched on the party headquarters, broke into the building and set files on fire", "thousands of
    # people fought militiamen and police in the square": a crowd turned violent
    rule(
        "Violent demonstration",
        3.5,
        r"(?:marched|marching) (?:on|to) (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day)[^.;]{0,120}?\b(?:broke into|stormed|forced (?:their|its) way into|"
        r"smashed (?:their|its) way into|ransacked)\b",
        r"(?:thousands|hundreds|tens of thousands|crowds|a crowd) of (?:[\w-]+ )?(?:people|youths|residents|students|"
        r"workers) (?:[\w-]+ ){0,3}?(?:fought|battled|clashed with) (?:[\w-]+ ){0,3}?(?:police|militiamen|militia|"
        r"troops|soldiers|security forces)\b",
    ),
    # "walked in silence along the avenue in the annual March of Silence"
    rule(
        "Peaceful protest",
        23.5,
        r"(?:march(?:ed|ing)?|walk(?:ed|ing)?|gathered|stood) in silence\b",
        r"silent (?:march|vigil|protest|procession)s?\b",
        r"march(?:es)? of silence\b",
    ),
    # "hundreds of thousands of people filled the streets around Congress" (not fans out to celebrate)
    rule(
        "Peaceful protest",
        23.5,
        r"(?:people|protesters|demonstrators|crowds?|supporters|residents|students|workers|members|thousands of "
        r"'?[\w-]+'?),? (?:[\w,'-]+ ){0,10}?"
        r"(?:filled|packed|thronged|jammed|poured into) (?:the )?(?:[\w'-]+ ){0,3}?(?:streets|squares?|piazzas?|"
        r"plazas?|maidan|plain|avenues?|"
        r"boulevards?|city cent(?:re|er))\b",
        unless=re.compile(
            r"\b(?:celebrat\w*|victory|won|win|world cup|semi-?finals?|national team|cheer\w*|party|parties|"
            r"festival|carnival|parade|new year|fireworks|firecrackers|fiestas?|festivities|concerts?|pope|bonfires?|"
            r"funeral|mourn\w*|pilgrims?|shopping|fans)\b"
        ),
    ),
    rule(
        "Peaceful protest",
        23.5,
        # not a reason ("rejected the plan in protest against sanctions"), nor a proof ("demonstrated to the
        # US they could use it", "demonstrated its ability"), nor a market or a poll ("shares rallied"), nor a
        # year's protests ("a constitution drafted after the 2019 protests"), nor a campaign rally, nor a long season of them ("after nearly
        # a year of anti-government protests")
        r"(?<!the (?:19|20)\d\d )"
        + LONG_SEASON_OF
        # nor a state's protest ("despite protests from India and Ceylon", "lodged a formal protest")
        + r"(?<!despite )(?<!despite the )(?<!diplomatic )(?<!formal )(?<!official )"
        + r"(?:(?<!in )protest(?! (?:group|band|song|singer|vote)\b)|protest(?:s|ed|ers|ing)(?! (?:from|by) (?:the )?(?:[\w-]+ )?(?:governments?|ministr(?:y|ies)|"
        r"embass(?:y|ies))\b)|demonstrat(?:ions?|ors|ing)|"
        r"demonstrated(?! (?:to|that|how|its|their|his|her|the (?:ability|capacity|will|need|importance|value|"
        r"power|strength|effectiveness|resolve)))|"
        r"(?<!shares )(?<!stocks )(?<!markets )(?<!prices )(?<!told a )(?<!addressed a )(?<!campaign )(?<!election )"
        r"(?<!electoral )"
        r"rall(?:y|ies|ied)|sit-ins?|took to the streets|marched(?! (?:[\w-]+ ){0,3}?in (?:the |a )?(?:[\w-]+ )?"
        r"(?:parade|procession)))\b",
        # "joined this afternoon's 'We will not be silent' march", not "held talks since 29 March"
        r"(?:held|staged|joined|participated in|took part in) (?:a |an |the )?(?:(?!\d|(?:since|in|on|until|by|"
        r"from|last|next|early|late|mid|end)\b)[\w'’\"“”-]+ ){0,8}?march\b(?! \d)",
        r"(?:thousands|hundreds|dozens|scores|tens of thousands|hundreds of thousands|several thousand) of "
        r"[^.;]{0,160}?\b(?:demanding|to demand|calling for|to call for|chanting|waving placards|carrying placards|"
        r"holding placards|under the (?:banner|slogan)|in protest (?:at|against|over|of))\b",
        # "around a thousand people walked through Nuuk ..., waving the national flag and chanting"
        r"\b(?:a|one|several|two|three|five|\d+) (?:hundred|thousand) (?:people|protesters|demonstrators|residents|"
        r"students|workers|supporters|women|men)\b[^.;]{0,160}?\b(?:demanding|to demand|calling for|chanting|"
        r"waving placards|carrying placards|holding placards)\b",
        r"(?:protest|peaceful|silent|solidarity|opposition|women's|students'|the|a) march(?:es)?\b(?! (?:on|to|of|towards?)\b)",
        r"(?:gathered|assembled|converged|massed|rallied) (?:[\w'-]+ ){0,10}?to (?:denounce|condemn|demand|call for|"
        r"oppose|mourn|express|voice|show support)\b",
        r"(?:gathered|assembled|massed|rallied)\b[^.;]{0,100}?\bto (?:press|urge|back|demand)\b",
        # "several thousand people laid flowers at the monument ..., at an unofficial gathering called by a
        # human rights group": a gathering the state did not allow
        r"(?:an? |the )(?:unofficial|unauthori[sz]ed|unsanctioned|banned|illegal) (?:gathering|rally|demonstration|"
        r"meeting|march|commemoration)\b",
        r"blocked (?:[\w'-]+ ){0,4}?(?:highways?|roads?|streets?|junctions?|bridges?|railways?)\b[^.;]{0,80}?\b"
        r"(?:demanding|to demand|to protest|calling for|in protest)\b",
        # "planted a beach umbrella and a sign on the lawn ... in protest at the government's refusal": a
        # symbolic act of protest (not "rejected the plan in protest")
        r"(?:planted|pitched|chained (?:themselves|himself|herself)|set (?:himself|herself|themselves) (?:on fire|"
        r"ablaze|alight)|camped|unfurled|burned (?:an? |the )?"
        r"(?:[\w-]+ )?(?:flags?|effig(?:y|ies))|painted)\b[^.;]{0,160}?\bin protest (?:at|against|over)\b",
        # a strike of workers, a walkout, a vigil: ACLED codes them as protests
        r"(?:went|go|going|gone|goes|are|were|was|is|remain\w*|stayed) on (?:a |an )?(?:[\w-]+ )?strike\b",
        r"(?:general|nationwide|national|labou?r|hunger|workers'?|indefinite|open-ended|civic|sit-down|warning|day-long|\d+-day|one-day|"
        r"two-day|three-day|24-hour|48-hour) strikes?\b(?! (?:on|against) (?:\w+ )?(?:targets|positions|bases))",
        r"walk-?outs?\b",
        r"(?:largest|biggest|huge|massive|mass) (?:[\w-]+ )?march(?:es)?\b",
        r"bang(?:ing|ed) (?:pots|pans)(?! (?:[\w-]+ ){0,8}?(?:to|and) (?:drive|scare|chase|frighten) )",
        r"walked out (?:in protest|of (?:work|classes|lectures|their (?:jobs|workplaces|classes)))",
        r"downed tools",
        r"strikers\b",
        # "17,000 workers at the shipyard stopped work and occupied the yard, demanding ...": a strike
        r"(?:workers|miners|dockers|employees|staff|students) (?:[\w,'-]+ ){0,8}?(?:stopped work|occupied (?:the |their )?"
        r"(?:[\w-]+ )?(?:yards?|shipyards?|factor(?:y|ies)|plants?|mines?|mills?|works|campus|universit(?:y|ies)))\b",
        r"stopped work\b[^.;]{0,120}?\b(?:demanding|to demand|in protest|calling for|to press)\b",
        # South Asian press: a gherao (encircling an office), a hartal or bandh (a shutdown), shutters
        # downed, a wheel-jam, a human chain, a dharna (sit-in)
        r"gherao\w*",
        r"(?:hartals?|bandhs?|dharnas?|shutter-?downs?|wheel-jam)\b",
        r"(?:downed|pulled down|kept down) (?:their )?shutters\b",
        r"(?:formed|made|staged|held) (?:a |an )?(?:[\w-]+ ){0,2}?human chains?\b",
        # "linked hands in a human chain across Lisbon", "walked in anger at the government's handling of the
        # spill", "the latest procession against a religion law"
        r"(?:in|into) (?:a |an )?(?:[\w-]+ ){0,2}?human chains?\b",
        r"(?:walked|marched) in (?:anger|protest|solidarity|outrage)\b",
        r"processions? (?:against|to protest|to demand|calling for|demanding)\b",
        r"(?:chanted|chanting|shouted|shouting|raised|raising) (?:[\w-]+ ){0,3}?slogans\b",
        r"(?:sat|sitting|squatted) (?:down )?on (?:the |a )?(?:[\w-]+ )?(?:highway|road|railway|tracks|street)s? "
        r"(?:[\w-]+ ){0,8}?(?:to demand|demanding|to protest|against|over|calling for|to press)\b",
        r"(?:held|staged|attended|organi[sz]ed|joined|gathered for|holding) (?:a |an )?(?:[\w-]+ ){0,3}?vigils?\b",
        r"candle-?li(?:gh)?t (?:vigils?|marches|march|processions?)\b",
        # "farmers blocked railway tracks demanding guaranteed prices": a blockade with a demand
        r"(?:blocked|blockaded|barricaded|occupied) (?:[\w-]+ ){0,5}?(?:roads?|highways?|railways?|(?:railway )?"
        r"tracks|streets|bridges?|junctions?|crossings?|squares?|entrances?) (?:[\w-]+ ){0,8}?(?:demanding|to demand|"
        r"calling for|to call for|against|over)\b",
        # "arrested Nasser Zefzafi, the leader of months of protests": the protests only say who he is; "drawing
        # protests from Washington": a state's objection, not a crowd; nor revellers marching at a fiesta
        unless=re.compile(
            PROTESTS_LEADER.pattern
            + "|"
            + W
            + DIPLOMATIC_PROTEST
            + r"|\b(?:revell?ers|fiestas?|festivities)\b"
        ),
    ),
    # crowds in the streets protest unless they celebrate ("poured into the streets, honking horns")
    rule(
        "Peaceful protest",
        23.6,
        r"(?:poured|streamed|flooded|spilled|thronged) (?:[\w-]+ ){0,2}?(?:into|onto) the streets",
        r"thronged (?:the )?(?:streets|squares?|roads)\b",
        unless=re.compile(
            W + r"(?:celebrat\w*|honk\w*|victory|festiv\w*|parade|carnival|fans|cheer\w*|party)"
        ),
    ),
)
