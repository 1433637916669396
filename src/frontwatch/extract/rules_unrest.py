"""Trigger rules for protests and riots (intervention, excessive force, violent demonstration; peaceful
protests are in `rules_protest`, mob violence in `rules_mobs`, prison riots and rampages in `rules_riots`).

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import (
    ARMED_BANDS,
    CROWD_WEAPONS,
    KILLED_BY_CROWD,
    PROTESTING,
    W,
)

# a protest's leaders ("arrested X, the leader of months of protests"): the protests say who he is
LEADERS_OF = r"(?:leaders?|organi[sz]ers?|figureheads?|faces?) of"
BLAST = re.compile(
    W + r"(?:explosions?|blasts?|bombs?|bombings?|bombers?|explosives?|suicide|(?<!stun )(?<!gas )(?<!smoke )"
    r"(?<!flash )(?<!flash-bang )grenades?(?! launchers?))\b"
)
# "marched, blaming corruption for a nightclub fire that killed 32 people": a disaster's toll, not the police's
# force, nor a bombing's
NOT_FORCE = re.compile(
    BLAST.pattern
    + r"|"
    + W
    + r"(?:fire|blaze|crash|collapse|stampede|earthquake|flood\w*|accident|disaster) "
    r"(?:that |which )?(?:had )?kill(?:ed|ing)\b"
)

PRIVATE_SHOOTERS = (
    r"\b(?:(?<!security )men|gunmen|assailants|attackers|unknown (?:men|assailants))(?! in (?:[\w-]+ ){0,4}?uniforms?\b) "
    r"(?:who )?(?!(?:were|was|have been|had been|are|got) )(?:[\w-]+ ){0,10}?(?:opened fire|fired|shot|ambushed)\b"
)

# "fired machine-guns", "fired volleys of automatic rifle fire": gunfire with its weapon named
GUNFIRE = (
    r"(?:opened fire|fired(?: (?:volleys|bursts|rounds) of)?(?: (?:[\w-]+ ){0,2}?(?:rifles?|machine-?guns?|guns|weapons|"
    r"rifle fire|gunfire|fire|shots|rounds))?)"
)
# where a crowd fired on was protesting ("rallying outside the capitol", "tried to march on the palace")
CROWD_PROTESTING = re.compile(
    PROTESTING.pattern + r"|\b(?:rallying|(?:tried|trying|attempted|set out) to march|"
    r"to press (?:[\w-]+ ){0,2}?(?:claims|demands))\b"
)

PROJECTILE = r"(?:tear ?gas (?:canister|grenade)|rubber bullet|projectile|police (?:bullet|projectile))"

UNREST_RULES: tuple[TriggerRule, ...] = (
    # the dead of a fire or an assault protesters set: their riot killed them, not the police
    rule(
        "Violent demonstration",
        2.9,
        r"(?:protesters|demonstrators|rioters) (?:[\w'-]+ ){0,10}?(?:set|torched|burned|burnt|stormed|attacked|hurled|"
        r"threw)\b[^.;]{0,80}?\bkilling\b",
        unless=re.compile(W + KILLED_BY_CROWD),
    ),
    rule(
        "Excessive force against protesters",
        3,
        r"(?:opened fire|fired|shot(?: dead)?|killed|killing) (?:on |at |into )?"
        r"(?:(?!tear\b|teargas|rubber|water|pepper|warning|blanks|stun|smoke)[\w-]+ ){0,4}?(?:protesters?|demonstrators?|"
        r"the crowd|crowds|marchers|people|students|worshippers|pilgrims|mourners|strikers|striking (?:[\w-]+ )?(?:workers|miners|dockers|"
        r"employees|labou?rers))",
        # "fired tear gas and birdshot at striking banana workers ..., killing two men"
        r"fired\b[^.;]{0,160}?, killing (?:at least )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|one) "
        r"(?:[\w-]+ )?(?:men|women|people|man|woman|workers|protesters|demonstrators|students|youths|farmers|miners)\b",
        r"live (?:ammunition|rounds|fire)",
        # "police using tear gas and firearms drove striking workers out of the mill"
        r"(?:tear ?gas|batons|truncheons) and (?:firearms|guns|rifles|machine-guns) (?:[\w'-]+ ){0,3}?(?:drove|dispersed|"
        r"broke up|cleared|evicted|scattered)\b",
        r"died (?:of|from) (?:gunshot|bullet) wounds",
        # killed by a projectile, not only hit by one ("a priest was hit in the face by a rubber bullet")
        r"(?:fatally (?:struck|hit)|killed) (?:[\w-]+ ){0,4}?by (?:a |an )?" + PROJECTILE,
        r"(?:died|dead|killed)\b[^.;]{0,80}?\b(?:struck|hit) (?:[\w-]+ ){0,4}?by (?:a |an )?" + PROJECTILE,
        r"(?:struck|hit) (?:[\w-]+ ){0,4}?by (?:a |an )?"
        + PROJECTILE
        + r"[^.;]{0,80}?\b(?:died|killing (?:him|her))\b",
        r"(?:pellets|buckshot) (?:[\w-]+ ){0,4}?(?:at|into) (?:[\w-]+ ){0,2}?(?:protesters|demonstrators|crowds?|marchers)",
        r"(?:protesters?|demonstrators?|marchers) (?:[\w-]+ ){0,3}?(?:were|was|had been|have been) (?:shot|killed|"
        r"shot dead|gunned down)",
        context=PROTESTING,
        # "two explosions tore through a rally, killing two people": a bombing, not the police's force; "men who
        # appeared to be street vendors opened fire on May Day marchers": no state's force
        unless=re.compile(NOT_FORCE.pattern + "|" + PRIVATE_SHOOTERS),
    ),
    # "men in civilian clothes fired pistols at indigenous protesters": men of no state's force shooting at a
    # protest attack it
    rule(
        "Attack",
        3.04,
        r"(?:(?<!security )men|gunmen|assailants|attackers|unknown (?:men|assailants))(?! in (?:[\w-]+ ){0,4}?uniforms?\b) "
        r"(?:in (?:civilian|plain) clothes )?(?:who )?(?:opened fire|fired|shot)(?: [\w-]+){0,2}? (?:at|on|into) "
        r"(?:[\w'-]+ ){0,3}?(?:protesters|demonstrators|marchers|rally|march|sit-in|procession|(?:students|people|"
        r"villagers|workers|residents) (?:protesting|demonstrating|marching))\b",
        # not "police and hooded gunmen opened fire on a march", "pro-government gunmen": men firing with or for
        # the state's force
        unless=re.compile(
            W
            + r"(?:(?:police|policemen|officers|soldiers|troops|security forces) and (?:[\w-]+ )?(?:gunmen|men)|"
            r"pro-government|government-backed|state-backed|pro-regime)\b"
        ),
    ),
    # fire on a march by the police, soldiers or men with them (one gunman shooting at a rally attacks it)
    rule(
        "Excessive force against protesters",
        3.05,
        r"(?:opened fire|fired|shot) (?:on|at|into) (?:a |an |the )?(?:[\w'-]+ ){0,3}?(?:march|rally|demonstration|"
        r"protest|sit-in|procession)\b",
        r"shot (?:him|her|them) (?:dead|in the (?:head|chest|back|neck|face|eye))",
        context=PROTESTING,
        unless=re.compile(
            W + r"(?:a|the|one|lone) (?:[\w-]+ )?(?:gunman|attacker|assailant|shooter|sniper)\b"
        ),
    ),
    # "police opened fire on villagers protesting an eviction", "shot dead as military police broke up crowds",
    # "killed by a bullet during demonstrations": lethal force where people protest
    rule(
        "Excessive force against protesters",
        3.1,
        r"(?:police(?:men)?|soldiers|troops|security forces|officers|gunmen|guards) (?:[\w-]+ ){0,4}?"
        + GUNFIRE
        + r"(?: and (?:[\w-]+ )?[\w-]+)? (?:on|at|into) (?:a |the )?(?:[\w,'-]+ ){0,7}?(?:crowds?|villagers|residents|workers|"
        r"youths|farmers|supporters|peasants|"
        r"march(?:es|ers)?|rall(?:y|ies)|protests?|demonstrations?|sit-ins?|vigils?|processions?)\b",
        r"protesters? (?:[\w-]+ ){0,3}?(?:died|was killed|were killed) (?:[\w-]+ ){0,4}?(?:shot|bullets?|gunshots?)\b",
        # "fired live bullets on Sunday morning at people marching against the coup"
        r"(?:"
        + GUNFIRE
        + r"|fired live (?:bullets|rounds|ammunition))(?: on \w+(?: morning| afternoon| evening| night)?)? "
        r"(?:on|at|into) (?:[\w,'-]+ ){0,10}?(?:marching|protesting|demonstrating|rallying|(?:who )?(?:tried|attempted) to "
        r"march)\b",
        r"(?:police(?:men)?|soldiers|troops|security forces|officers) (?:[\w-]+ ){0,4}?fired (?:live (?:bullets|rounds|"
        r"ammunition|fire)|bullets|live shots)(?: and (?:[\w-]+ ){0,2}?[\w-]+)? (?:on|at|into) (?:[\w-]+ ){0,3}?(?:protesters|"
        r"demonstrators|crowds?|marchers|march(?:es)?|rall(?:y|ies)|processions?)\b",
        r"(?:killed|died) (?:[\w-]+ ){0,3}?(?:by a bullet|of (?:a )?bullet wounds?)",
        # "two people were shot dead during protests in the western town of Dorud"
        r"(?:shot dead|shot and killed|killed by gunfire|died of gunshot wounds) (?:[\w-]+ ){0,4}?(?:during|in) "
        r"(?:[\w-]+ ){0,3}?(?:protests|demonstrations|rall(?:y|ies)|marches)\b",
        # "troops broke up a protest by about 1,500 people ..., shooting six of them dead"
        r"(?:broke up|dispersed|crushed) (?:[\w'-]+ ){0,6}?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|"
        r"sit-ins?|crowds?)\b[^.;]{0,120}?\b(?:shooting (?:[\w-]+ ){1,4}?dead|killing (?:at least )?[\w-]+)\b",
        # "troops shot dead 15 Palestinians as tens of thousands of people marched towards the fence"
        r"(?:shot dead|shot and killed|opened fire|fired live) (?:[\w,'-]+ ){0,8}?(?:as|when|while) (?:[\w,'-]+ ){0,6}?"
        r"(?:marched|protested|demonstrated|rallied)\b",
        # "army vehicles drove into Coptic Christians protesting outside the television building"
        r"(?:army|military|police|armou?red) (?:vehicles?|trucks?|cars?|carriers?) (?:[\w-]+ ){0,2}?(?:drove|ploughed|"
        r"plowed|rammed|ran over|crushed) (?:into )?(?:[\w'-]+ ){0,4}?(?:protest\w*|demonstrat\w*|march\w*|crowds?)\b",
        # "police opened fire on supporters of the opposition leader who had gathered outside"
        r"(?:police(?:men)?|soldiers|troops|security forces|officers) (?:[\w-]+ ){0,3}?"
        + GUNFIRE
        + r" (?:on|at|into) "
        r"(?:[\w,'-]+ ){0,8}?(?:who )?(?:had )?gathered (?:outside|at|in front of|near|around|in (?:the |a )?(?:[\w-]+ )?"
        r"(?:square|plaza|streets?|park))\b",
        # "fired water cannon, tear gas and incendiary devices ..., leaving dozens of monks with severe burns"
        r"(?:water cannons?|tear ?gas|rubber bullets|incendiary|batons?|stun grenades)\b[^.;]{0,120}?\b(?:leaving|left|"
        r"injuring|wounding) (?:[\w-]+ ){0,5}?(?:with )?(?:severe|serious|critical|life-threatening) (?:burns|injuries|"
        r"wounds)\b",
        context=re.compile(
            CROWD_PROTESTING.pattern + r"|\bgathered (?:outside|at|in front of|near|around)\b"
        ),
        unless=re.compile(PRIVATE_SHOOTERS),
    ),
    # "when police opened fire on a crowd near the bridge" (not on a mob or on looters); "shot dead when marines
    # moved in to evict a group occupying land": fire on a gathering
    rule(
        "Excessive force against protesters",
        3.11,
        r"(?:police(?:men)?|soldiers|troops|security forces|officers) (?:[\w-]+ ){0,4}?"
        + GUNFIRE
        + r" (?:live )?"
        r"(?:on|at|into) (?:a |the )?(?:[\w'-]+ ){0,2}?crowds?\b(?! of (?:[\w-]+ )?(?:looters|rioters|attackers|mourners|worshippers|pilgrims|"
        r"shoppers|fans|passengers|onlookers))",
        r"(?:moved|went|came|arrived) in to (?:evict|remove|clear|dislodge) (?:[\w'-]+ ){0,4}?(?:occupying|squatters|"
        r"occupiers|protesters|demonstrators|sit-ins?|blockades?|roadblocks?)\b",
        # "soldiers fired on villagers blocking a highway": a road blockade is a protest
        r"(?:police(?:men)?|soldiers|troops|security forces|officers) (?:[\w-]+ ){0,4}?(?:opened fire|fired) (?:on|at|into) "
        r"(?:[\w'-]+ ){0,4}?(?:who (?:were|had been) )?blocking (?:an? |the )?(?:[\w-]+ ){0,2}?(?:roads?|highways?|streets?|"
        r"bridges?|railways?|motorways?)\b",
        context=re.compile(r"\b(?:shot|killed|killing|dead|died|opened fire)\b"),
        unless=re.compile(r"\b(?:mobs?|looters|rioters|gunmen|militants|rebels|funerals?|mourners)\b"),
    ),
    # "paratroopers stormed the television tower, firing into the crowds of unarmed Lithuanians who had
    # gathered to guard it": fire on an unarmed crowd, whoever fired and whatever the crowd was doing
    rule(
        "Excessive force against protesters",
        3.115,
        r"(?:opened fire|fir(?:ed|ing)) (?:live (?:rounds|ammunition|bullets) )?(?:on|at|into) (?:the )?crowds? of "
        r"unarmed\b",
    ),
    # "fired stun grenades and beat protesters with truncheons ..., and about 60 people were taken to
    # hospital": a beating of a crowd that sends many to hospital
    rule(
        "Excessive force against protesters",
        3.12,
        r"(?:beat|beating|clubbed|clubbing) (?:[\w'-]+ ){0,3}?(?:protesters|demonstrators|voters|marchers|students|"
        r"crowds?|people) (?:[\w'-]+ ){0,3}?with (?:batons|truncheons|clubs|sticks)\b",
        context=re.compile(
            r"\b(?:taken to hospitals?|hospitali[sz]ed|needed (?:medical )?(?:attention|treatment)|treated for "
            r"(?:their )?injuries)\b"
        ),
    ),
    rule(
        "Excessive force against protesters",
        3.15,
        r"(?:shot dead|shot and killed|killed|died) (?:[\w-]+ ){0,8}?(?:as|when|while) (?:[\w-]+ ){0,3}?(?:police(?:men)?|"
        r"soldiers|troops|security forces) (?:[\w-]+ ){0,2}?(?:broke up|dispersed|cleared|tore down|swept through|"
        r"(?:moved|tried|sought) to (?:break|clear|disperse)(?: up)?) "
        r"(?:[\w-]+ ){0,3}?(?:crowds?|protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|barricades|sit-ins?|blockades?)",
        # "two people were shot dead when federal and city police evicted hundreds of families who had occupied a park"
        r"(?:shot dead|shot and killed|killed|died) (?:[\w-]+ ){0,8}?(?:as|when|while) (?:[\w-]+ ){0,3}?(?:police(?:men)?|"
        r"soldiers|troops|security forces) (?:[\w-]+ ){0,3}?(?:evicted|removed|cleared|(?:moved|tried|sought) to evict|"
        r"moved (?:in )?against) "
        r"(?:[\w',-]+ ){0,6}?(?:who had (?:occupied|been occupying)|occupying|squatters|occupiers)\b",
    ),
    # "police turned their guns on hundreds of coca growers who were trying to stop the eradication of their
    # crops, killing six": guns turned on a crowd standing in the way
    rule(
        "Excessive force against protesters",
        3.13,
        r"(?:police(?:men)?|soldiers|troops|security forces|officers) turned their guns on (?:[\w'-]+ ){0,8}?"
        r"(?:who (?:were|had been) (?:trying to (?:stop|block|prevent)|protesting|blocking|demonstrating|marching)|"
        r"protesting|blocking|marching)\b",
    ),
    # "Three people were shot dead as a student march against the president broke up": deaths as a march ended
    rule(
        "Excessive force against protesters",
        3.155,
        r"(?:shot dead|shot and killed|killed) (?:[\w-]+ ){0,8}?(?:as|when|while) (?:a|an|the) (?:[\w'-]+ ){0,3}?"
        r"(?:march|protest|demonstration|rally|sit-in)\b[^.;]{0,80}?\b(?:broke up|was broken up|was dispersed)\b",
    ),
    # "police swept through the towns, tearing down the protesters' barricades, and 14 people were killed"
    rule(
        "Excessive force against protesters",
        3.16,
        r"(?:police(?:men)?|soldiers|troops|security forces) (?:[\w-]+ ){0,4}?(?:broke up|dispersed|cleared|"
        r"swept through|tore down|tearing down)\b[^.;]{0,160}?\b(?:killed|shot dead|died)\b",
        # "riot police fired tear gas and used water cannon to break up an opposition protest ..., and at least
        # two people died"
        r"(?:police(?:men)?|soldiers|troops|security forces) [^.;]{0,100}?\bto (?:break up|disperse|clear) "
        r"[^.;]{0,160}?\b(?:people|protesters|demonstrators) (?:died|were killed)\b",
        # "police stormed the university at dawn with automatic rifles to break up a sit-in by students, killing
        # dozens of them"
        r"(?:police(?:men)?|soldiers|troops|security forces) [^.;]{0,160}?\bto (?:break up|disperse|clear|end) "
        r"[^.;]{0,120}?\b(?:killing|and killed|shooting dead)\b",
        # "police stormed the embassy, where peasants had staged a sit-in, and 39 people died"
        r"(?:police(?:men)?|soldiers|troops|security forces) stormed [^.;]{0,80}?\bwhere (?:[\w'-]+ ){0,6}?(?:had )?"
        r"(?:staged|held|were holding|were staging) an? (?:[\w-]+ )?(?:sit-in|protest|occupation)\b[^.;]{0,120}?"
        r"\b(?:died|were killed|killing)\b",
        context=PROTESTING,
    ),
    # crowds looting with no protest told: the looting ("crowds of young government supporters looted and
    # burned French-owned shops, schools and homes")
    rule(
        "Looting/property destruction",
        3.49,
        r"(?:crowds?|mobs?|supporters|youths|gangs|rioters) (?:[\w'-]+ ){0,8}?looted (?:and (?:burned|burnt|torched|set "
        r"fire to) )?(?:[\w-]+ ){0,3}?(?:shops|stores|homes|houses|businesses|warehouses|markets|offices)\b",
        # nor where the crowd also turns on people or the police (a mob, a riot)
        unless=re.compile(
            PROTESTING.pattern + r"|\b(?:attacked|beat|beating|pelted|pelting|stoned|clashed|fought|hacked)\b"
        ),
    ),
    # protesters who turn violent are rioters, whatever the police do
    rule(
        "Violent demonstration",
        3.5,
        # not a past year's ("the victims of the hunger riots of February 2008")
        r"(?<!anti-)(?<!pussy )riot(?:s|ed|ers|ing)?\b(?! (?:police|gear|control|squad|officers|units|shields?)|"
        r" of (?:\w+ )?(?:19|20)\d\d\b)",
        r"violent (?:protests?|demonstrations?)",
        # "police fired rubber bullets at stone-throwing youths"
        r"(?:stone|rock|petrol-bomb)-(?:throwing|hurling|pelting) (?:[\w-]+ )?(?:youths|protesters|demonstrators|"
        r"crowds?|students|villagers|residents|mobs?|rioters|supporters)\b",
        r"(?:crowds?|mobs?|youths|residents),? (?:[\w,'-]+ ){0,12}?(?:pelted|stoned|attacked|threw stones at|hurled stones at) "
        r"(?:[\w-]+ ){0,4}?(?:police|officers|security forces|troops)\b",
        # "workers led tens of thousands of people through the city demanding bread and freedom, stormed the prison
        # and fought troops"
        r"(?:people|crowds?|workers|thousands|marchers)\b[^.;]{0,100}?\bdemanding\b[^.;]{0,80}?\b(?:stormed|set fire|"
        r"torched|fought|clashed with|ransacked)\b",
        # "marched into the town in protest against the currency reform, stormed the town hall"
        r"in protest (?:against|at|over|of) [^.;]{0,80}?\b(?:stormed|set fire to|torched|ransacked)\b",
        # "crowds angered by the banning of a meeting stoned cars, looted shops and burned mission buildings"
        r"(?:crowds?|mobs?|youths),? (?:[\w,'-]+ ){0,12}?(?:pelted|stoned) (?:[\w-]+ ){0,2}?(?:cars|vehicles|buses|"
        r"shops|buildings|windows|offices)\b",
        # "protesters demanding the resignation of X, who was recorded admitting ..., stormed the state television"
        r"(?:protesters|demonstrators|rioters|marchers) (?:[\w'-]+ ){0,8}?[\w'-]+, (?:who|which|whose) [^,.;]{0,120}, "
        r"(?:stormed|set fire|torched|ransacked|attacked|set (?:[\w-]+ ){1,4}?(?:on fire|ablaze|alight))\b",
        r"(?:protesters|demonstrators|rioters|supporters|students|youths|relatives|mourners|protesting|veterans|farmers|"
        r"miners|workers|strikers) (?:[\w.'-]+ ){0,14}?(?:set fire|tried to storm|tore down|pulled down|toppled|scuffl(?:ed|ing) with|"
        r"set (?:[\w-]+ ){1,4}?on fire|torched|burned|burnt|clashed|threw|hurled|pelted|stormed|attacked|looted|"
        r"broke through|broke (?:\w+ )?into|forced? (?:their|its) way|tried to force|pushed past|fought|ransacked|smashed|vandali[sz]ed|wrecked|stoned|set (?:[\w-]+ ){1,4}?(?:ablaze|alight))",
        # "police and troops clashed with supporters of the defeated candidate"
        r"(?:police|policemen|officers|troops|soldiers|security forces) (?:[\w-]+ ){0,3}?clash(?:ed|ing) with (?:[\w-]+ ){0,3}?"
        r"(?:protesters|demonstrators|supporters|students|youths|crowds?|marchers|rioters|activists)\b",
        # "security forces clashed with Iranians staging a political demonstration near the mosque"
        r"(?:police|policemen|officers|troops|soldiers|security forces) (?:[\w-]+ ){0,3}?clash(?:ed|ing) with (?:[\w-]+ )"
        r"{0,4}?(?:staging|holding|taking part in) (?:an? |the |their )?(?:[\w-]+ ){0,2}?(?:demonstrations?|protests?|"
        r"rall(?:y|ies)|march(?:es)?)\b",
        r"(?:hundreds|dozens|thousands|scores) of (?:[\w-]+ ){0,2}?(?:people|men|youths|residents) (?:[\w-]+ ){0,3}?"
        r"(?:hurled|threw|pelted)\b",
        # "young men chanting nationalist slogans rampaged through the district, smashing shop windows"
        r"chanting (?:[\w-]+ ){0,3}?slogans (?:[\w'-]+ ){0,6}?(?:rampaged|smashed|stormed|torched|set fire|burned|threw|"
        r"hurled)\b",
        # "pushed past police barriers into the Christmas market"
        # "police officers fired warning shots after being attacked with stones" during unrest
        r"(?:after|when|as|while) (?:being|they were|officers were|police were) (?:attacked|pelted) with (?:stones|rocks|"
        r"bricks|bottles|petrol bombs|molotov cocktails|fireworks|firebombs)\b",
        r"(?:pushed|broke|burst|forced (?:their|its) way|tried to (?:break|push|force (?:their|its) way)) (?:past|through) "
        r"(?:the |a )?(?:police )?(?:barriers?|barricades?|cordons?|lines)\b",
        # "was hit on the head by a stone thrown during a protest outside parliament"
        r"(?:stones?|rocks?|bricks?|bottles?|eggs) thrown (?:by (?:[\w-]+ ){0,3}?)?(?:during|at|in) (?:an? |the )?"
        r"(?:[\w-]+ ){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|marches)\b",
        # "a hard core hurled petrol bombs at the prefecture and fought riot police"
        r"(?:fought|clashed with|battled) (?:the )?riot police\b",
        # "workers and residents angry at soaring food prices fought police"
        r"(?:workers|residents|villagers|youths|crowds?|students|people) (?:[\w,'-]+ ){0,10}?(?:fought|battled) (?:with )?"
        r"(?:the )?police\b",
        r"(?:hurled|threw|throwing|hurling|pelted|pelting) (?:[\w-]+ ){0,2}?(?:stones|rocks|bricks|bottles|petrol bombs|"
        r"molotov cocktails|firebombs)(?: and [\w-]+(?: [\w-]+)?)? (?:at|on) (?:the )?(?:riot )?(?:police|officers|"
        r"security forces|prefecture|town hall|parliament|government (?:buildings?|offices?))",
        r"(?:protesters|demonstrators) (?:[\w'-]+ ){0,6}?(?:broke in|set (?:[\w-]+ ){1,7}?on fire)\b",
        # "residents burned down the island's police station and courthouse": a crowd turning on the state's
        # buildings riots
        r"(?:residents|villagers|locals|crowds?|youths|mobs?) (?:[\w,'-]+ ){0,12}?(?:burned down|burnt down|torched|"
        r"set fire to|stormed|ransacked) (?:[\w'-]+ ){0,3}?(?:police (?:stations?|posts?|barracks)|courthouses?|"
        r"town halls?|district offices?)\b",
        # "groups of masked men attacked officers with paving stones and flares"
        r"attacked (?:the )?(?:riot )?(?:police|policemen|officers|police officers) with (?:[\w,-]+ ){0,3}?(?:stones|"
        r"rocks|bricks|bottles|flares|fireworks|petrol bombs|molotov cocktails|firebombs|iron bars|sticks|clubs)\b",
        # "pelting parliament with stones", "blocked the road with burning tyres", "fought running street battles
        # with security forces"
        r"pelt(?:ed|ing) (?:[\w'-]+ ){0,4}?with (?:stones|rocks|bricks|bottles|petrol bombs|molotov cocktails|"
        r"firebombs)\b",
        r"block(?:ed|ing) (?:[\w'-]+ ){0,4}?with burning (?:tyres|tires)\b",
        r"(?:fought|fighting|battled|battling) running (?:street )?battles with (?:the )?(?:riot )?(?:police|security "
        r"forces|officers)\b",
        # "fired tear gas at hundreds of migrants who hurled stones and bottles"
        r"(?:(?:who|and) |(?:crowds?|mobs?|youths|fans|(?:hundreds|thousands|dozens|scores) of [\w-]+) "
        r"(?:[\w'-]+ ){0,12}?)(?:hurled|threw|pelted (?:[\w-]+ ){0,3}?with)"
        r"(?: [\w-]+){0,2}? (?:stones|rocks|bricks|bottles|petrol bombs|molotov cocktails|firebombs)\b",
        # "thousands of supporters of the party, who have camped there since November, hurled stones"
        r"(?:protesters|demonstrators|supporters|students|youths|crowds?|(?:hundreds|thousands|dozens|scores) of "
        r"[\w-]+)\b[^.;]{0,160}?, (?:hurled|threw|pelted) (?:[\w-]+ ){0,2}?(?:stones|rocks|bricks|bottles|"
        r"petrol bombs|molotov cocktails|firebombs)\b",
        r"march(?:ed|ing) (?:[\w'-]+ ){0,10}?(?:and )?(?:some |a few )?(?:set fire|torched|stormed|ransacked)\b",
        # "hundreds of farmers protesting the murder of a farm manager stormed a courthouse"
        r"\w+ (?:protesting|demonstrating|rallying) (?:[\w'-]+ ){0,12}?(?:stormed|torched|set fire|set (?:[\w-]+ ){1,4}?"
        r"(?:on fire|ablaze|alight)|smashed|ransacked|overturn\w+|pelted|stoned)\b",
        unless=re.compile(W + KILLED_BY_CROWD),
    ),
    # a crowd fighting the state's forces with what comes to hand riots ("the migrants fought them with sticks,
    # knives and stones", "a crowd armed with guns and spears attacked a military convoy", "hundreds of asylum
    # seekers clashed with supporters of the government and with Israeli police")
    rule(
        "Violent demonstration",
        3.5,
        r"(?:fought|attacked|clashed with|charged|confronted) (?:them|(?:the )?(?:riot )?(?:police|policemen|officers|"
        r"police officers|security forces|soldiers|troops|guards|border guards)) with (?:[\w,'-]+ ){0,4}?"
        + CROWD_WEAPONS,
        r"(?:crowds?|mobs?) (?:armed with (?:[\w,'-]+ ){1,6}?)?(?:attacked|ambushed|stormed|besieged) (?:an? |the )?"
        r"(?:military|army|police) (?:convoy|patrol|post|base|station|vehicles?)\b",
        r"(?:hundreds|dozens|thousands|scores) of (?:[\w-]+ ){1,4}?(?:[\w,'-]+ ){0,10}?clashed with (?:[\w,'-]+ ){0,8}?"
        r"(?:police|security forces)\b",
        # "some 2,000 people tried to storm the fence between Nador and Melilla"
        r"(?:people|migrants|crowds?|asylum seekers|refugees) (?:[\w,'-]+ ){0,4}?(?:tried|attempted) to storm "
        r"(?:[\w'-]+ ){0,3}?(?:fences?|border|gates?|barriers?|crossing)\b",
        unless=ARMED_BANDS,
        firm=True,
    ),
    # "a crowd stabbed to death two senior police officers during a protest": police killed by a protest
    rule(
        "Violent demonstration",
        3.48,
        r"(?:crowds?|mobs?|protesters|demonstrators|rioters) (?:[\w-]+ ){0,3}?(?:stabbed|beat|beaten|hacked|lynched|"
        r"killed|stoned)(?: to death)? (?:[\w-]+ ){0,4}?(?:police(?:men)?|police officers|officers|gendarmes)\b",
        context=PROTESTING,
    ),
    # "residents set fire to the house of the district governor and to several cars, demanding his
    # resignation": a crowd's demands make its arson a riot
    rule(
        "Violent demonstration",
        3.52,
        r"(?:set fire to|torched|stormed|ransacked|set (?:[\w-]+ ){1,4}?(?:on fire|ablaze|alight))\b[^.;]{0,100}?, "
        r"(?:demanding|chanting|protesting)\b",
        # "residents have set fire to more than 20 schools since Monday night in protest against a decision"
        r"(?:set fire to|torched|burned|burnt|stormed|ransacked|set (?:[\w-]+ ){1,4}?(?:on fire|ablaze|alight))\b"
        r"[^.;]{0,100}?\bin protest (?:against|at|over|of)\b",
        unless=re.compile(
            W
            + r"(?:gunmen|militants|fighters|rebels|insurgents|troops|soldiers|militiamen|jihadists|attackers|"
            r"ransom)\b"
            # "a man set himself on fire outside parliament in protest": a protest of one, no riot
             + r"|\bset (?:himself|herself|themselves) (?:on fire|ablaze|alight)\b"
        ),
    ),
    # "riot police used truncheons to clear about a thousand pensioners who had blocked traffic ... to
    # protest", "police carried out preventive detentions of 968 people" during a march
    rule(
        "Protest with intervention",
        4,
        r"(?:police(?:men)?|officers|security forces|troops|soldiers) [^.;]{0,60}?\b(?:cleared|to clear|removed|"
        r"to remove) (?:[\w',-]+ ){0,8}?who (?:had |were )?(?:block(?:ed|ing)|occupied|occupying|barricaded|"
        r"gathered)\b",
        r"detentions? of (?:about |some |more than |nearly |at least )?[\d,]+ (?:people|protesters|demonstrators|"
        r"activists|participants|marchers)\b",
        # "police ... forced about 20 union members out of the council building, ending a sit-in"
        r"(?:forced|drove|dragged|threw|evicted) (?:[\w',-]+ ){0,8}?out of (?:[\w',-]+ ){0,12}?ending (?:a|an|the|their) "
        r"(?:[\w-]+ )?(?:sit-in|occupation|protest|strike|vigil|hunger strike)\b",
        context=PROTESTING,
    ),
    rule(
        "Protest with intervention",
        4,
        # not "arrested 40 opposition supporters ahead of the rally": an arrest before a protest is an arrest
        # nor the arrest of a protest's leader ("arrested Nasser Zefzafi, the leader of months of protests")
        # not "police, who had been told not to break up the sit-in, watched"
        r"(?<!not to )(?<!refused to )(?<!declined to )(?<!did not )"
        r"(?:dispers(?:ed|e|ing)|br(?:oke|eak|eaking) up|detained|arrested|rounded up|beat|charged|led away|carried "
        # nor a leader arrested after he addressed a rally ("arrested opposition leader Tundu Lissu after he
        # addressed a rally"): the arrest of a man, the rally over
        # nor "beat him to death ... after weeks of protests": a killing, not force on a crowd
        r"away|dragged away|hauled away|handcuffed)\b(?! (?:\w+ )?to death)"
        r"(?:(?!ahead of|before|in the run-up|to (?:prevent|stop|block|"
        r"foil)|after (?:he |she |they )?(?:had )?(?:address\w*|spok\w*|speak\w*|left|leaving|attend\w*)|"
        + LEADERS_OF
        + r")[^.]){0,72}\b(?:protesters|demonstrators|protest|blockades?|"
        # not the month ("who came third in March's presidential election")
        r"rally|crowd|marchers|marching|(?<!\bin )(?<!since )(?<!until )(?<!early )(?<!late )(?<!mid-)march(?:es)?\b"
        r"(?!'s| \d)|sit-ins?|vigils?|gatherings?)",
        # "detained about 50 members of the dissident group as they marched after Mass": a march broken up
        r"(?:detained|arrested|rounded up) (?:[\w',-]+ ){0,16}?as they (?:marched|protested|demonstrated|rallied)\b",
        # "arrested six people ... supporters who had blocked the road to a pipeline camp": a blockade broken
        r"(?:detained|arrested|rounded up|removed) (?:[\w',-]+ ){0,16}?who (?:had |were )?(?:block(?:ed|ing)|"
        r"occupied|occupying|barricaded) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:roads?|highways?|motorways?|streets?|"
        r"railways?|rail lines?|bridges?|entrances?|access)\b",
        # "detained more than 400 people after scuffles broke out at a rally"
        r"(?:detained|arrested|rounded up) (?:[\w',-]+ ){0,12}?after (?:scuffles|clashes|violence|fighting|skirmishes) "
        r"(?:[\w-]+ ){0,3}?(?:at|during|near) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:rall(?:y|ies)|protests?|"
        r"demonstrations?|march(?:es)?)\b",
        # "police detained dozens of people as thousands took to the streets"
        r"(?:detained|arrested|rounded up) (?:[\w',-]+ ){0,10}?(?:as|when|while) (?:[\w',-]+ ){0,8}?(?:took to the "
        r"streets|protest(?:ed|ing)|march(?:ed|ing)|rall(?:ied|ying)|demonstrat(?:ed|ing)|gathered (?:[\w',-]+ ){0,6}?"
        r"(?:for|at) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|vigils?))\b",
        r"(?:detained|arrested|rounded up) (?:[\w',-]+ ){0,12}?(?:who|as they) (?:tried|attempted|were trying|sought) "
        r"to (?:march|protest|rally|demonstrate|gather|assemble|(?:unfurl|hold up|display|raise) (?:[\w'-]+ ){0,2}?"
        r"(?:banners?|placards?|posters?|flags?))\b",
        # "detained the activist and a hundred people marching with him", "hauled 1,000 people into buses"
        r"(?:detained|arrested|rounded up) (?:[\w',-]+ ){0,12}?(?:people|supporters|activists|students|others) "
        r"(?:who were )?(?:marching|protesting|rallying|demonstrating)\b",
        r"hauled (?:[\w,-]+ ){0,6}?(?:people|protesters|demonstrators|activists) (?:into|onto) (?:police )?(?:buses|vans|"
        r"trucks)\b",
        # "carried away Greta Thunberg and dozens of activists who had blocked the entrances"
        r"(?:carried|dragged|hauled|led) away (?:[\w',-]+ ){0,10}?(?:activists|protesters|demonstrators)\b",
        r"(?:protesters|demonstrators|marchers) (?:[\w-]+ ){0,3}?(?:were|was|had been|have been) (?:detained|arrested|"
        r"beaten|dispersed|tear-?gassed|rounded up)",
        # "detained dozens of them" (not "arrested 15 mercenaries, most of them South Africans")
        r"(?:police|officers|security forces|troops) (?:[\w-]+ ){0,2}?(?:detained|arrested|rounded up) (?:[\w-]+ )"
        r"{0,4}?of them\b",
        r"tear[- ]?gas(?:sed|sing)?",
        r"water cannons?",
        r"stun grenades?",
        r"rubber bullets",
        r"pepper[- ]spray(?:ed|ing)?\b",
        # "beat back supporters of the former president with batons"
        r"beat back (?:[\w'-]+ ){0,6}?(?:supporters|protesters|demonstrators|crowds?|marchers|students)\b",
        # "hundreds of demonstrators who managed to gather were pushed back and hemmed in for hours"
        r"(?:protesters|demonstrators|marchers|crowds?) (?:[\w'-]+ ){0,8}?(?:were|was|had been) (?:pushed|beaten|driven|"
        r"forced) back\b",
        # the crowd hemmed in, not "Muslims who have been hemmed in by Christian militias for months"
        r"(?:protesters|demonstrators|marchers|crowds?|students|activists|police|officers) (?:[\w'-]+ ){0,8}?"
        r"(?:hemmed|kettled|penned|corralled) in\b",
        r"sw(?:ung|inging) (?:their )?(?:batons|truncheons|clubs)\b",
        r"sealed off (?:[\w'-]+ ){0,8}?to (?:stop|prevent|block) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:march|rally|protest|"
        r"demonstration|sit-in)\b",
        r"(?:evict\w*|remov\w*|clear\w*|dragg\w*|pris\w*|pried|prying) (?:[\w-]+ ){0,3}?(?:protesters|activists|"
        r"demonstrators|sit-ins?)\b",
        r"(?:protesters|demonstrators)\b[^.]{0,60}\b(?:arresting|detaining)\b",
        # "the crowd dispersed peacefully": a crowd that went home was not broken up
        r"(?:protests?|rall(?:y|ies)|demonstrations?|crowds?|protesters|demonstrators|gatherings?) (?:(?:was|were) "
        r"(?:forcibly )?(?:dispersed|broken up)|(?:forcibly )?dispersed(?! (?:peacefully|quietly|calmly|without "
        r"incident|on (?:its|their) own|of (?:its|their) own accord|by (?:nightfall|evening)))|broken up)",
    ),
)
