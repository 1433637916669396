"""Trigger rules for strategic developments (agreements and coups) and changes of ground; arrests, bases,
mutinies and changes to a group are in `rules_groups`, disrupted weapons use in `rules_disrupted`,
looting and property destruction in `rules_property`.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.taxonomy import TERRITORY
from frontwatch.extract.trigger_rule import DECLARED_TRUCE, TriggerRule, rule
from frontwatch.extract.trigger_words import (
    PROTEST_SCENE,
    RAID_THEN_LEFT,
    STATE_NAMES,
    W,
)

COUP_FOILED = (
    r"\b(?:foiled|thwarted|averted|uncovered|smashed|broke up) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:coup|putsch)\b"
    r"[^.;]*?\b(?:arrested|detained|rounded up)\b"
)
COUP_FOUGHT = re.compile(
    W
    + r"(?:attacked|attacking|killing|clash(?:ed|es)|fighting|fought|gun ?battles?|firefights?|an attack on)\b"
)

# the groups whose names say what they fight for ("the National Movement for the Liberation of Azawad")
ORGANISATIONS = (
    "movement",
    "front",
    "army",
    "council",
    "union",
    "forces",
    "coalition",
    "committee",
    "alliance",
)

# the name of an armed or political movement ("Palestine Liberation Organization", "Popular Front")
MOVEMENT_NAME = (
    r"(?:[\w'-]+ ){0,3}?(?:liberation|resistance|revolutionary|islamic|popular|people's|patriotic) (?:[\w'-]+ ){0,3}?"
    r"(?:organi[sz]ation|front|movement|army|council|union)\b"
)


STRATEGIC_RULES: tuple[TriggerRule, ...] = (
    # a group ending its truce changes what it does (the truce itself was the agreement)
    rule(
        "Change to group/activity",
        7.4,
        r"(?<!open-)(?:end(?:ed|ing|s)? of|end(?:ed|ing|s)?|called off|calls off|broke off|abandon(?:ed|ing|s)?|withdr\w+ from) "
        r"(?:its |their |the )?(?:unilateral |month-long |temporary )?(?:ceasefire|cease-fire|truce)\b",
        r"withdr\w+ (?:its |their |the )?(?:[\w-]+ ){0,2}?(?:weapons|artillery|arms)\b",
        # "ending, with immediate effect, the 2015 Algiers peace agreement with the separatists"
        r"(?:end(?:ed|ing|s)?|scrap(?:ped|ping|s)?|terminat\w+|tore up|tearing up|pull(?:ed|ing|s)? out of|"
        r"withdr\w+ from)(?:,? [\w'-]+){0,7}?,? (?:peace|ceasefire) (?:agreement|accord|deal)\b",
    ),
    rule(
        "Agreement",
        7.5,
        r"(?:ceasefire|cease-fire|truce|peace|humanitarian) (?:deal|agreement|accord|pause)",
        r"cessation of hostilities",
        # "signed a power-sharing deal meant to end two months of bloodshed"
        r"power-sharing (?:deal|agreement|accord|pact)",
        r"(?:signed|reached|struck) (?:an?|the) (?:[\w-]+ ){0,2}?(?:agreement|accord|deal|pact) (?:[\w-]+ ){0,8}?(?:to|meant "
        r"to|aimed at|intended to) (?:end|ending|halt|halting|stop|stopping) (?:[\w'-]+ ){0,4}?(?:bloodshed|fighting|"
        r"violence|war|conflict|insurgency|rebellion|hostilities|secession|revolt|uprising|agitation|unrest|strife|"
        r"militancy)\b",
        # "signed an agreement at Varkiza early today, ending the fighting that broke out in December"
        r"(?:signed|reached|struck) (?:an?|the) (?:[\w-]+ ){0,2}?(?:agreement|accord|deal|pact)\b[^.;]{0,100}?,? (?:ending|to "
        r"end|which ended|that ended) (?:the |a )?(?:[\w'-]+ ){0,3}?(?:fighting|war|conflict|hostilities|bloodshed|"
        r"insurgency|rebellion|uprising)\b",
        # "signed an agreement at Lincoln University on Friday for a permanent ceasefire"
        r"(?:signed|reached|struck) (?:an?|the) (?:[\w-]+ ){0,2}?(?:agreement|accord|deal|pact)\b[^.;]{0,100}?\b(?:for|on) "
        r"an? (?:[\w-]+ )?(?:ceasefire|cease-fire|truce)\b",
        # "gang leaders said they had agreed to stop killing each other"
        r"agreed (?:[\w'-]+ ){0,3}?to (?:stop|end|halt) (?:killing|fighting|attacking) (?:each other|one another)\b",
        r"signed (?:an?|the) (?:[\w-]+ ){0,2}?(?:agreement|accord|deal|memorandum) (?:[\w-]+ ){0,8}?(?:peace talks|"
        r"peace process|ceasefire|truce)\b",
        r"signed (?:an?|the) (?:[\w-]+ ){0,2}?(?:peace |border )?treaty",
        # "signed two agreements at the White House ..., including a framework for a peace treaty"
        r"signed (?:[\w'-]+ ){0,3}?(?:agreements?|accords?)\b[^.;]{0,160}?\b(?:peace (?:treaty|settlement)|framework for "
        r"peace)\b",
        r"signed (?:an?|the) (?:[\w-]+ ){0,2}?declaration of principles\b",
        # "members of parliament approved an Arab-brokered charter of national reconciliation"
        r"(?:approved|signed|endorsed|ratified|adopted|accepted) (?:an?|the) (?:[\w-]+ ){0,3}?(?:charter|accord|pact|"
        r"agreement|covenant|document) of (?:national )?reconciliation\b",
        r"national reconciliation (?:charter|accord|pact|agreement|covenant) (?:[\w-]+ ){0,4}?(?:was |were )?(?:approved|"
        r"signed|endorsed|ratified|adopted)\b",
        r"(?:would|will|to) (?:strictly )?(?:observe|respect|honou?r|abide by) (?:[\w-]+ ){0,4}?(?:ceasefire|truce)",
        r"initial(?:l)?ed (?:a |an |the )?(?:[\w-]+ )?(?:treaty|deal|agreement|accord)",
        r"agreed (?:[\w'-]+ ){0,12}?(?:to|on) (?:a |an |the )?(?:[\w-]+ )?(?:ceasefire|truce|pause|exchange|deal|peace|"
        r"cessation)",
        r"(?:ceasefire|cease-fire|truce) (?:[\w'-]+ ){0,10}?(?:took effect|came into force|came into effect|was holding|"
        r"appeared to be holding|held (?:through|overnight|for)|taking effect|coming into (?:force|effect))\b",
        # a ceasefire signed needs no armed word beside it ("the government and the Karen National Union signed a
        # ceasefire")
        r"signed (?:an?|the) (?:[\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce)\b(?! talks)",
        r"brokered (?:a |an )?(?:[\w-]+ )?(?:ceasefire|truce|deal|agreement)",
        r"prisoner (?:swap|exchange)s?",
        r"agreed (?:to |on |upon )?(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce|peace deal|"
        r"prisoner exchange|prisoner swap)",
        r"in (?:an? )?exchange for (?:[\w-]+ ){0,4}?(?:prisoners|detainees|hostages|captives)",
        r"(?:released|freed|handed over|swapped) (?:[\w-]+ ){0,6}?in (?:an? )?exchange for\b",
        r"exchanged prisoners",
        # "Armenia agreed to return four border villages to Azerbaijan"
        r"agreed (?:[\w'-]+ ){0,4}?to (?:return|hand over|cede|transfer|give back) (?:[\w'-]+ ){0,4}?(?:villages?|towns?|"
        r"territor(?:y|ies)|land|districts?|islands?)\b",
        # "India and China have agreed on arrangements for patrolling along their disputed frontier"
        r"agreed (?:[\w'-]+ ){0,6}?(?:on|to) (?:[\w-]+ ){0,2}?(?:arrangements?|disengage\w*|de-?escalat\w*|buffer zones?|"
        r"demilitari[sz]\w*)\b[^.;]{0,60}?\b(?:patrol\w*|border|frontier|troops|forces|line of control)\b",
        r"exchange of (?:[\w-]+ ){0,3}?(?:prisoners|detainees|captives|hostages|prisoners of war|pows)\b",
        # not "United Nations truce observers": a body that watches a truce of long ago
        r"truce\b(?! (?:observers?|supervis\w+|monitors?|commission|lines?)\b)"
        r"(?! (?:[\w-]+ ){0,4}?(?:collapsed|broke down|ended|expired|unravell?ed|fell apart|was over)\b)",
        # "called the decision a violation of the Pretoria peace agreement": a deal broken, not one made
        # nor a treaty on weapons no one fought with ("a treaty creating a nuclear-weapons-free zone")
        unless=re.compile(
            r"\b(?:violat\w*|breach\w*|contraven\w*) (?:of )?(?:the |a |an )?(?:[\w'-]+ ){0,3}?(?:ceasefire|truce|"
            r"peace|agreement|accord|deal)\b|\bnuclear(?:-weapons?)?-free zone|\bnon-proliferation\b|\btest[- ]ban\b"
            r"|\bfree of nuclear weapons\b|\b(?:chemical|biological|nuclear) weapons (?:convention|treaty)\b"
        ),
    ),
    # "the presidency announced an immediate ceasefire in the province"; declared by an armed group, it changes
    # what the group does ("ETA declared a permanent ceasefire")
    rule(
        "Agreement",
        DECLARED_TRUCE,
        # "ETA announced on Wednesday an indefinite ceasefire"
        r"(?:announced|declared|began|proclaimed|called) (?:on \w+ )?(?:an? |the )?(?:immediate |unilateral |nationwide |"
        r"permanent |indefinite |"
        r"[\w-]+-(?:day|week|month) |(?:day|week|month)-long )?(?:ceasefire|cease-fire|truce)\b(?! (?:talks|proposals?|plans?|had|"
        r"was|would)\b)",
    ),
    # an agreement counts where the parties are armed: not a trade deal
    rule(
        "Agreement",
        7.6,
        r"signed (?:(?:an?|the|two|three|several) )?(?:[\w-]+ ){0,2}?(?:agreements?|accords?|deals?|declarations?|pacts?|"
        r"memorand(?:um|a)|ceasefire|cease-fire|truce)\b",
        r"agreed to (?:resume|hold|start|begin|open|restart|return to) (?:[\w-]+ ){0,2}?(?:peace )?(?:talks|negotiations)",
        # "rebels agreed with the government to leave for rebel-held territory under a deal"
        # "rebels agreed under a Russian-brokered deal on Wednesday to hand over their light weapons"
        r"agreed (?:with (?:the |an? )?[\w'-]+ (?:[\w'-]+ ){0,2}?)?(?:(?:under|in|as part of) (?:an? |the )?"
        r"(?:[\w'-]+ ){0,3}?(?:deal|agreement|accord|truce) (?:[\w'-]+ ){0,4}?)?(?:on \w+ )?to (?:leave|withdraw|evacuate|surrender|"
        r"hand over|lay down|disarm|demobili[sz]e)\b",
        armed=True,
        unless=re.compile(r"\b(?:sales?|purchases?|trade|investment|minerals?|revenue|loans?|contracts?)\b"),
    ),
    # two states signing a deal about war's business: refugees going home, corridors, prisoners swapped
    # ("Myanmar and Bangladesh signed an agreement to start returning Rohingya refugees")
    rule(
        "Agreement",
        7.61,
        STATE_NAMES
        + r" and "
        + STATE_NAMES
        + r" (?:[\w'-]+ ){0,3}?signed (?:an?|the) (?:[\w-]+ ){0,2}?(?:agreement|accord|deal|pact|memorandum)",
        context=re.compile(
            r"\b(?:refugees|displaced|returnees|repatriat\w*|corridors?|border|troops|prisoners|hostages|"
            r"captives|war|conflict|fighting|blockade|ceasefire|truce)\b"
        ),
        unless=re.compile(r"\b(?:sales?|purchases?|trade|investment|minerals?|revenue|loans?|contracts?)\b"),
    ),
    # a militia handing in its weapons gives up part of what it does
    rule(
        "Change to group/activity",
        7.79,
        # not "handed out weapons to supporters": arms given out are not given up
        r"(?:handed|surrendered|turned) (?!out\b)(?:over |in )?(?:[\w-]+ ){0,3}?(?:firearms|weapons|arms|guns|rifles)\b",
        # "handed French authorities the locations of eight weapons caches, declaring itself fully disarmed"
        r"(?:handed|gave|surrendered|revealed) (?:[\w'-]+ ){0,6}?(?:weapons|arms) caches\b",
        r"declar\w+ (?:itself|themselves) (?:fully |completely |totally )?(?:disarmed|dissolved|disbanded)\b",
        # "said that al-Mourabitoun had rejoined it"
        r"rejoined (?:it|its ranks|the group|the movement|(?:[\w-]+ ){0,2}?(?:qaeda|state|taliban))\b",
        armed=True,
    ),
    # "Azerbaijan freed 32 Armenian servicemen and Armenia released two Azerbaijani soldiers, an exchange":
    # prisoners freed in a swap (ACLED's codebook lists prisoner exchanges and releases as agreements)
    rule(
        "Agreement",
        7.62,
        r"(?:freed|released|returned|handed over) (?:[\w-]+ ){0,4}?(?:servicemen|soldiers|prisoners of war|pows|"
        r"prisoners|detainees|captives|hostages)\b",
        context=re.compile(r"\b(?:exchanges?|swaps?|swapped)\b"),
    ),
    # a group's new leader, merger or dissolution
    rule(
        "Change to group/activity",
        7.7,
        r"named (?:[\w'-]+,? ){1,14}?as (?:its |their |the )?(?:new |interim |acting )?(?:leader|head|chief|commander|"
        r"secretary-general|caliph|emir)",
        # "removed Riek Machar as their leader", "formally dissolved Seleka, the rebel coalition"
        r"(?:removed|ousted|deposed|sacked) (?:[\w'-]+,? ){1,6}?as (?:its|their) (?:leader|head|chief|commander)\b",
        r"dissolved (?:[\w'-]+,? ){1,4}?(?:the )?(?:[\w-]+ )?(?:rebel|armed|militia|jihadist|insurgent) (?:coalition|group|"
        r"movement|alliance|force)\b",
        r"(?:chose|chosen|choose|elected|picked|appointed) (?:[\w'-]+ ){1,6}?as (?:its|their) (?:new )?(?:leader|chief|"
        r"head|commander|emir|supreme leader)",
        r"(?:was|were|is|are) disbanding\b",
        r"(?:decided|agreed|announced|voted|said it would|would) (?:to )?(?:disband|dissolve)",
        r"(?:would|will|to) be (?:dissolved|disbanded)",
        r"dissolv\w+ (?:itself|themselves)",
        r"(?:joining|joined|join) forces",
        armed=False,
    ),
    # "Boko Haram has renamed itself Islamic State's West Africa Province"
    rule(
        "Change to group/activity",
        7.7,
        r"renam(?:ed|ing|es) (?:itself|themselves)\b",
        # "the shadow government declared a \"people's defensive war\" against the junta"
        r"declared (?:an? |the )?(?:[\w'\"-]+ ){0,3}?(?:war|jihad|armed struggle|uprising|revolt|revolution)\"? "
        r"(?:against|on)\b",
        r"changed (?:its|their) name to\b",
        r"rebrand(?:ed|ing|s)? (?:itself |themselves )?as\b",
        armed=True,
    ),
    # "the rebel group said it had appointed a new commander" (a company's new chief is no event)
    rule(
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
        # "MEND said it was suspending its attacks on the oil industry indefinitely"
        r"(?:suspend\w*|halt\w*) (?:its|their|all) (?:attacks|hostilities)\b",
        # "the IRA announced a complete cessation of its military operations"
        r"(?:cessation|suspension|halt) of (?:its|their|all) (?:armed |military |combat )?(?:operations|attacks|"
        r"activities|campaign)\b",
        # "its leadership council removed chairman Malik Agar and named his deputy to head the movement"
        r"(?:removed|ousted|sacked|dismissed|deposed) (?:its |their |the )?(?:chairman|leader|commander|"
        r"secretary-general|emir|chief)\b",
        r"(?:named|appointed|chose|picked) (?:[\w'-]+ ){1,6}?to (?:head|lead|command) (?:the|its|their) (?:movement|"
        r"group|organi[sz]ation|rebels|militia|faction|front)\b",
        r"split (?:into|from) (?:two |three |rival )?(?:[\w-]+ )?factions?\b",
        r"splinter(?:ed)? (?:group|faction)s?",
        # "the Tigers conceded defeat, saying they had decided to silence their guns"
        r"(?:conceded|admitted|acknowledged) defeat\b",
        # "said it would renounce violence and become a civilian organisation"
        r"renounc\w* (?:the use of )?(?:violence|armed struggle|the armed struggle|terrorism)\b",
        r"(?:put|putting|puts|placed|placing) (?:its |their |all )?(?:weapons|arms) beyond (?:use|reach)\b",
        r"silenc(?:e|ed|ing) (?:its|their) guns\b",
        armed=True,
    ),
    # a movement founded, merged or split: "merged here on Monday to form the Mozambique Liberation Front",
    # "set up the Palestine Liberation Organization", "a new movement, the Popular Front ..., was founded"
    rule(
        "Change to group/activity",
        7.73,
        r"(?:merged|merging) (?:[\w'-]+ ){0,5}?to form (?:the |a |an )?(?:new )?" + MOVEMENT_NAME,
        r"(?:set up|founded|formed|created|established|launched) (?:the |a |an )?(?:new )?" + MOVEMENT_NAME,
        r"(?:new|armed|militant|islamic|islamist) (?:[\w-]+ )?group calling itself\b",
    ),
    # the same told of a group the sentence arms ("a new movement ... was founded and vowed to drive Spain out by
    # armed struggle"; "the Irish Republican Army movement split"), not a company founded or a party split (nor
    # "backed by a breakaway faction": a faction named, not a split told)
    rule(
        "Change to group/activity",
        7.73,
        r"(?:movement|front|group|organi[sz]ation|army),? (?:[\w,'-]+ ){0,14}?(?:was|were|had been|has been) (?:founded|"
        r"formed|set up|created|established|launched)\b",
        r"(?:movement|army|front|group) split\b",
        armed=True,
    ),
    rule(
        "Change to group/activity",
        7.75,
        r"(?:announced|formed|launched|created|unveiled) (?:[\w-]+ ){0,4}?(?:a |an |the )(?:new )?(?:[\w-]+ ){0,2}?"
        r"(?:alliance|coalition)\b",
        armed=True,
    ),
    rule(
        "Other",
        7.8,
        r"(?<!anti-)(?<!post-)(?<!pro-)(?<!since the )(?<!after the )(?<!before the )(?<!boardroom )coup\b(?!-)",
        r"(?<!since the )(?<!after the )(?<!before the )putsch\b",
        r"seiz(?:ed|ing) power",
        r"t(?:ook|aking|aken) power",
        r"suspended the constitution",
        r"constitution (?:was |had been |has been )?suspended",
        r"(?:president|prime minister|head of state) (?:[\w'-]+ ){0,3}?(?:had been|has been|was|were) (?:removed|deposed|"
        r"ousted|toppled|overthrown)",
        r"(?:took|taken|seized|taking|seizing) (?:full )?control of (?:the )?(?:government|country|state)\b",
        r"t(?:ook|aken|aking) over (?:the )?(?:government|country)\b(?!'s)",
        r"overthrew",
        # "Soldiers say they have overthrown the government of President Kabbah"
        r"(?:have|has|had) overthrown (?:the )?(?:[\w'-]+ ){0,2}?(?:government|regime|president|junta)\b",
        # "General Stroessner, who ruled Paraguay for 34 years, was overthrown on Friday by army units"
        r"(?:was|were|had been|has been) (?:deposed|ousted|toppled|overthrown) (?:[\w-]+ ){0,3}?by (?:[\w'-]+ ){0,4}?"
        r"(?:army|military|soldiers|troops|officers|units|generals|colonels|junta|armed forces)\b",
        r"(?<!the )(?<!of )(?<!an )ousted (?:\w+ ){0,3}(?:leader|president|government)",
        # "the crown prince deposed his uncle, Sheikh Salman, as ruler"; "dissolved parliament and took over direct
        # rule"
        r"(?:deposed|ousted|overthrew|toppled) (?:[\w'-]+,? ){1,8}?as (?:emir|king|ruler|sultan|shah|emperor|president|"
        r"head of state|prime minister)\b",
        r"dissolved (?:the )?(?:parliament|national assembly|legislature)\b[^.;]{0,40}?\b(?:took over|assumed|seized) "
        r"(?:direct |full |absolute |personal )?(?:rule|power)\b",
        # a coup attempt fought out ("gunmen attacked the army headquarters in what the government called a
        # coup attempt") is coded by its fighting
        # "foiled an attempted coup and arrested four soldiers": the arrests are the event
        unless=re.compile(COUP_FOUGHT.pattern + "|" + COUP_FOILED),
    ),
    # soldiers removing a sitting head of state is a coup, not an arrest
    rule(
        "Other",
        7.9,
        # not "captured deposed Prime Minister Lumumba": a man already out of power, arrested
        r"(?<!captured )(?<!arrested )(?<!detained )(?<!seized )(?<!the )"
        r"(?:removed|detained|captured|deposed|toppled|seized) (?!deposed |ousted |toppled |overthrown |exiled )"
        r"(?:[\w'-]+ ){0,2}?(?:president|prime minister|head of state|emperor|king|shah|sultan|emir)\b",
        # "stormed the residence of President Zelaya", "President Bongo was being held under house arrest"
        r"stormed (?:the )?(?:[\w'-]+ ){0,2}?(?:residence|home|house|palace) of (?:[\w'-]+ ){0,2}?(?:president|"
        r"prime minister|head of state)\b",
        # "soldiers stormed the Executive Mansion and killed President Tolbert in his bedroom"
        r"stormed (?:the )?(?:[\w'-]+ ){0,2}?(?:palace|mansion|residence|state house)\b[^.;]{0,80}?\b(?:killed|shot "
        r"dead|assassinated|seized|arrested|detained) (?:[\w'-]+ ){0,2}?(?:president|prime minister|head of state|"
        r"emperor|king)\b",
        r"(?:president|prime minister|head of state) (?:[\w'-]+ ){0,3}?(?:was|were|had been|has been|is) (?:being )?"
        r"(?:held|detained|placed) (?:under house arrest|at (?:a |an |the )?(?:military|army) (?:base|barracks|camp))",
        r"(?:sent|forced|flew|bundled) (?:[\w'-]+ ){0,4}?(?:president|prime minister|head of state) (?:[\w'-]+ ){0,3}?"
        r"into exile\b",
        armed=True,
        unless=re.compile(r"\b(?:former|ex-|police|prosecutors?|court|warrant)\b"),
    ),
    rule(
        TERRITORY,
        10,
        r"recaptur\w*",
        r"retak(?:e|en|ing)",
        r"retook",
        r"regain\w* (?:the |full |complete )?(?:control|territory|village|town|city|settlement|positions?)\b",
        r"regain(?:ed|s|ing)? back\b",
        r"freed from",
        # not "buses carrying freed inmates drove out of the prison": a vehicle driven away
        r"(?:driven|pushed|forced|chased) (?:[\w-]+ ){0,7}?out of",
        r"drove (?:[\w-]+ ){1,10}?out of",
        r"cleared (?:[\w-]+ ){0,7}?(?:out of|from)\b",
        # "troops have cleared the Grammos mountains of communist guerrillas"
        r"cleared (?:the |an? )?(?:[\w'-]+ ){0,5}?of (?:the )?(?:[\w-]+ ){0,2}?(?:guerrillas|rebels|insurgents|militants|"
        r"fighters|bandits|terrorists|jihadists|enemy (?:troops|forces))\b",
        # not a group's name ("the National Movement for the Liberation of Azawad")
        # (nor "in the liberated south-east of Portuguese Guinea": ground held for long, named)
        "".join(f"(?<!{w} for the )" for w in ORGANISATIONS)
        + r"liberat(?:ed|ion of|ing)\b(?! (?:areas?|zones?|regions?|territor(?:y|ies)|parts?|"
        r"(?:south|north)(?:-?(?:east|west))?|east|west)\b)",
        r"took back",
        r"(?:won|win|wins|winning) back",
        r"seized back",
        r"seize back",
        r"taken back",
        r"take back",
        r"reclaimed",
        r"broke (?:the )?(?:[\w'-]+ ){0,4}?siege\b",
        armed=True,
        recapture=True,
        unless=PROTEST_SCENE,
    ),
    rule(
        TERRITORY,
        11,
        # not "executed five captured soldiers": men taken prisoner, no ground
        # nor "two armed men were killed and several captured": men taken
        r"(?<!shot and )(?<!wounded and )(?<!several )(?<!others )(?<!dozens )(?<!many )(?<!scores )"
        r"captur(?:ed|es|ing|e)\b(?! (?:soldiers|troops|fighters|militants|rebels|men|pilots?|crew|servicemen|"
        r"prisoners|policemen|officers)\b)"
        # nor "fought a guerrilla band and captured its leader": a man taken, no ground
        r"(?! (?:its|their|the|his) (?:[\w-]+ )?(?:leader|commander|chief|founder|head)\b)",
        r"seiz(?:ed|ure of|es|ing) (?:control|the|a|an|all|most|much|parts?|key)\b",
        r"(?:had|have|has) taken (?!part\b|place\b|over\b|into account\b|(?:[\w-]+ ){0,2}?(?:prisoners?|captives?|hostages?|"
        r"steps?|measures?|action|refuge|shelter|cover|office|power|responsibilit(?:y|ies)|toll|lives|hold|effect|aim|"
        r"charge|delivery|note|advantage|care|shape|root)\b)",
        # a town walked into is taken; a police post or a church walked into is the scene of an attack
        r"(?:walked|swept|rolled|streamed|poured) into (?!(?:an? |the )?(?:trap|ambush|crowd)|(?:an? |the )?(?:[\w-]+ )"
        r"{0,2}?(?:station|post|church|mosque|synagogue|temple|school|hospital|hotel|shop|store|bar|restaurant|office|"
        r"building|house|home|court|courthouse|market|mall|cafe|classroom|room|meeting|museum|club|nightclub|theatre|"
        r"theater|cinema|bank|gallery|embassy|consulate|supermarket|airport|terminal|stadium|university|college|lobby|"
        r"foyer|lounge|hall|gymnasium|gym|pub|tavern|factory|canteen|dormitory|ward|clinic|chapel|kindergarten)s?\b)",
        r"declar(?:e|ed|es|ing) victory (?:over|in)\b",
        # "rebels have taken charge of the northern province of Saada"
        r"t(?:ook|aken|aking) charge of (?:the )?(?:[\w-]+ ){0,3}?(?:province|town|city|district|region|governorate|"
        r"capital)\b",
        r"(?:took|taken|tak(?:e|es|ing)|gained|established|establish(?:es|ing)?|assumed) (?:full |complete )?control",
        # a position or a checkpoint overrun is a fight; a town overrun is ground taken
        r"overr(?:a|u)n(?! (?:an? |the |their |its |two |three |several )?(?:[\w-]+ ){0,2}?(?:positions?|posts?|"
        r"checkpoints?|outposts?|bases?|camps?|barracks)\b)",
        r"overt(?:ook|ake|aken|aking)",
        # a base overrun whose troops were forced out is ground taken
        r"overr(?:a|u)n (?:[\w'-]+ ){0,4}?(?:bases?|camps?|barracks|garrisons?)\b[^.;]{0,100}?\bforcing (?:the )?(?:[\w-]+ )"
        r"{0,2}?(?:troops|soldiers|forces|army|garrison) to (?:retreat|withdraw|flee|pull back|abandon)\b",
        # "Masaka fell on Saturday to Tanzanian troops"
        r"fell (?:(?:early |late )?on (?:mon|tues|wednes|thurs|fri|satur|sun)day )?to\b",
        r"fallen to",
        # not "the Chinese troops who entered the Korean war": a war joined is no ground entered
        r"entered(?! (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:war|conflict|fray|fighting|talks|negotiations|race)\b)",
        # not "soldiers of both countries took turns planting their flags on the rock": a ritual, no act
        r"(?<!turns )(?:raised|raising|hoisted|hoisting|planted|planting) (?:their|the|its) (?:[\w-]+ ){0,2}?flags?\b",
        r"(?:drove|driven|drive|driving) out (?!of\b)",
        # the verb, not the adjective of "occupied territory", "Russian-occupied Mariupol"
        r"(?<!-)(?<!the )(?<!in )(?<!to )(?<!from )(?<!of )occupied(?! (?:territor\w*|areas?|regions?|parts?|"
        r"lands?|zones?)\b)",
        r"took (?:the )?(?:settlement|village|town|city|locality) of",
        # "fighters seized three towns over the weekend"
        r"(?:seized|captured|took|overran) (?:two|three|four|five|six|several|\d+) (?:more |other |key |strategic )?"
        r"(?:towns|villages|cities|districts|localities|settlements)\b",
        # "landed on the island and seized it from a small garrison"
        r"seiz(?:ed|es|ing) (?:it|them) from (?:[\w'-]+ ){0,4}?(?:garrisons?|troops|forces|army|soldiers|rebels|"
        r"militia\w*|defenders)\b",
        r"seiz(?:ed|es|ing) [\w'-]+(?: [\w'-]+)?,? (?:a|the) (?:[\w-]+ ){0,3}?(?:town|city|village|district|capital|"
        r"seat|port|base|hub|stronghold)\b",
        # "seized Masisi centre", "had seized Tripoli's international airport"
        r"seiz(?:ed|es|ing) (?:[\w'-]+ ){1,3}?(?:centre|center|airport|town|city|village|district|port|capital|"
        r"military base|air base|border crossing|oil field|oilfield)\b",
        r"t(?:ook|aken|akes?|aking) over (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:town|city|village|district|area|base|airport|"
        r"region|province|capital|settlement|locality|garrison|barracks|border crossing)\b",
        r"t(?:ook|aken|akes?|aking) over [\w'-]+(?: [\w'-]+)? (?:without|after|early|late|on (?:mon|tues|wednes|thurs|"
        r"fri|satur|sun)day)\b",
        armed=True,
        unless=re.compile(PROTEST_SCENE.pattern + "|" + RAID_THEN_LEFT),
    ),
    # "supporters of the movement seized the town of Luganville": a town seized by whoever seized it
    rule(
        TERRITORY,
        11,
        r"seiz(?:ed|ing) (?:the )?(?:town|city|port|island|provincial capital) of\b",
        unless=PROTEST_SCENE,
    ),
    # "rebels seized Bangui", "mercenaries took Bukavu": a place the text names seized (not a man, nor goods)
    rule(
        TERRITORY,
        11,
        r"(?<!was )(?<!were )(?<!been )(?<!be )(?:seiz(?:ed|es|ing)|took(?! over\b))(?= [a-z])",
        armed=True,
        place=True,
        unless=PROTEST_SCENE,
    ),
    # troops that pushed into a town and "were fighting street by street" have not taken it yet: a fight
    rule(
        TERRITORY,
        11,
        r"advanced into",
        r"pushed into",
        # "troops have advanced about 3.5 km into Armenian territory"
        r"(?:advanced|pushed) (?:about |some |nearly |almost |up to )?[\d.,]+ ?(?:km|kilometres|kilometers|miles) "
        r"into\b",
        armed=True,
        unless=re.compile(
            PROTEST_SCENE.pattern
            + "|"
            + RAID_THEN_LEFT
            + r"|\b(?:were|are|was|is) (?:still )?(?:fighting|battling)\b|\b(?:street|house) by (?:street|house)\b"
        ),
    ),
    # armed men marching into a town take it, whatever else marches in the story ("M23 rebels marched into
    # Goma, taking the eastern city as government troops fled")
    rule(
        TERRITORY,
        11.02,
        r"(?:rebels|fighters|insurgents|militants|jihadists|guerrillas|militiamen|troops|soldiers) (?:[\w-]+ ){0,3}?"
        r"marched into (?!(?:an? |the )?(?:[\w-]+ )?(?:square|streets?|station|building|office|compound|parliament|"
        r"palace|stadium)s?\b)",
        r"(?:,|and) (?:taking|seizing) (?:the |a )?(?:[\w-]+ ){0,2}?(?:town|city|village|capital|port|district|"
        r"settlement|stronghold)\b",
        armed=True,
        unless=re.compile(RAID_THEN_LEFT),
    ),
    # "Azerbaijan's president announced the capture of Qubadli": a capture announced, no force named
    rule(
        TERRITORY,
        11.05,
        r"(?:announced|claimed|confirmed|reported) (?:[\w-]+ ){0,3}?(?:the )?(?:capture|seizure|fall) of\b",
        # "Velyka Novosilka ... is now in Russian hands", "the town fell into rebel hands"
        r"(?:is|are|was|were) now in (?:[\w-]+ ){1,2}?hands\b",
        r"(?:fell|fallen|passed) (?:in)?to (?:[\w-]+ ){1,2}?hands\b",
    ),
)
