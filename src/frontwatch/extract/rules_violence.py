"""Trigger rules for battles and violence against civilians (attacks; abductions are in `rules_abductions`,
sexual violence in `rules_sexual`).

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import CATCH_ALL, PASSIVE_KILLING, TriggerRule, rule
from frontwatch.extract.trigger_words import (
    AIRCRAFT,
    AMBUSH_KILLING_CIVILIANS,
    AMBUSHED_CIVILIANS,
    CHARGES,
    CYBER,
    GUNMEN,
    KILLED_BY_CROWD,
    NATURAL_TOLL,
    TARGETS,
    W,
)

# fighting fires, floods and illness, or battling (through the day) to reach the trapped or refloat whales, is no
# fight between armed men
NOT_AGAINST_NATURE = (
    r"(?! (?:[\w-]+ ){0,4}?(?:blazes?|fires?|flames|wildfires?|bushfires?|inferno|cancer|illness|disease|"
    r"addiction|floods?|floodwaters?|storms?|winds?|heat|snow|slicks?|oil spills?|spills?|locusts|drought)\b)"
    r"(?! (?:[\w-]+ ){0,3}?to (?:reach|rescue|save|stop|contain|control|put out|extinguish|douse|free|pull|find|"
    r"evacuate|refloat|repair|revive|treat)\b)"
    # "a new front in its long battle against some of the worst traffic jams in Europe"
    r"(?! against (?:[\w-]+ ){0,6}?(?:traffic|congestion|jams|pollution|inflation|poverty|corruption|obesity|smoking|"
    r"unemployment|debt|pandemic|virus|covid\w*|measles|malaria|hunger)\b)"
)

# the words between an act and whom it befell, not past a place where it happened ("opened fire on the patrol
# near the village": the village is where, the patrol whom)
NOT_PAST_A_PLACE = r"(?:an? (?:large|great|huge|small|unknown|considerable) number of )?(?:(?!(?:near|outside|around|beside|towards?|inside|close|in|from|into)\b|at (?!least\b))\w+ ){0,4}"

VIOLENCE_RULES: tuple[TriggerRule, ...] = (
    # "was attacked with a hammer and tear gas outside his home": a person assaulted, whatever gas was used
    # (it outranks the tear gas of a protest broken up)
    rule(
        "Attack",
        3.95,
        r"(?:was|were|been) attacked (?:[\w-]+ ){0,3}?with (?:a |an )?(?:hammer|knife|knives|axe|machete|iron bars?|"
        r"baseball bats?|acid)\b",
        # "a man who broke into the speaker's home beat her husband with a hammer"
        r"(?:beat|bludgeoned|struck|attacked) (?!(?:back|off)\b)(?:[\w',-]+ ){1,6}?with (?:a |an )?(?:hammer|axe|machete|"
        r"iron bars?|baseball bats?)\b",
    ),
    # firing at people, cars and buses is an attack on civilians, not a shelling
    rule(
        "Attack",
        14.9,
        r"(?:fired|opened fire|shot|shooting) (?:at|on|upon) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:civilians?|cars?|"
        r"bus|buses|minibus|column of civilians|people|journalists|volunteers|residents|pedestrians|family)\b",
        # "rode in firing at anyone in sight"
        r"(?:fired|firing|opened fire|shooting) (?:at|on|upon) (?:anyone|everyone|anybody)\b",
        # "sprayed bullets at a wedding party", "pumped bullets into a trader"
        r"(?:sprayed|spraying|raked|raking) (?:[\w-]+ ){0,5}?(?:with )?(?:bullets|gunfire)\b",
        r"(?:pumped|pumping|emptied) (?:[\w-]+ ){0,3}?(?:bullets|a magazine|rounds) into\b",
        armed=True,
    ),
    # ... unless brought down by rifle fire: a firefight with its crew, as ACLED codes it
    rule(
        "Armed clash",
        7.88,
        r"(?:shot down|shoots? down|shooting down|downed|brought down|bringing down|brings? down) (?:[\w-]+ ){0,4}?"
        + AIRCRAFT
        + r" (?:[\w-]+ ){0,3}?with (?:gunfire|small[- ]arms|rifle fire|rifles|machine[- ]guns?|heavy gunfire)\b",
        armed=True,
    ),
    # an attempt to take ground is a fight, not a capture
    rule(
        "Armed clash",
        9.5,
        r"(?:tried|attempted|attempts?|failed|trying|attempting) (?:\w+ ){0,3}?to (?:seize|capture|storm|break(?! out\b)|take|"
        r"advance|enter|encircle)",
        r"attempted an? (?:[\w-]+ )?(?:offensive|assault|attack|advance|breakthrough)",
        armed=True,
    ),
    rule(
        "Armed clash",
        13,
        r"(?<!reprisal for )(?<!retaliation for )(?<!revenge for )(?<!response to )clash\w*",
        r"(?<!closely )(?<!hard-)fought" + NOT_AGAINST_NATURE,
        # nor what soldiers wear ("cadets in battle dress")
        r"(?<!legal )(?<!court )(?<!political )(?<!custody )(?<!without a )(?<!without )battles?\b(?! (?:dress|fatigues|gear|uniforms?|tanks?)\b)"
        + NOT_AGAINST_NATURE,
        r"battled" + NOT_AGAINST_NATURE,
        r"firefights?\b",  # not "firefighters"
        r"(?<!penalty )shoot-?outs?\b",
        r"gunfights?\b",
        r"gun[- ]?battles?\b",
        # men with guns firing on police, soldiers or their posts fight them; on people, they attack them
        r"(?:" + GUNMEN + r"|insurgents|militants|rebels|fighters|separatists|jihadists|guerrillas)"
        r" (?:[\w'-]+ ){0,4}?(?:fired|opened fire) (?:on|at|upon) (?:a |an |the )?(?:[\w-]+ )?(?:police|"
        r"policemen|soldiers|troops|security forces|officers|checkpoints?|patrols?|posts?|army|military)\b(?! (?:chief|commander|station|headquarters|car|vehicle)|'s)",
        r"gun battles?",
        r"exchanges? of (?:heavy )?(?:gun)?fire",
        r"(?:gunfire|gunbattles?|firefights?) (?:[\w-]+ ){0,2}?(?:erupted|broke out|rang out)\b",
        r"exchanged (?:heavy )?(?:gun)?fire",
        r"traded (?:heavy |small-arms |small arms |automatic )?(?:gun)?fire",
        r"returned fire",
        r"skirmish\w*",
        r"(?<!amid )(?<!during )(?<!days of )(?<!weeks of )(?<!months of )(?:fighting|clashes|battles) between",
        r"(?:repelled|repulsed|repel|repulse)\b",
        # not "terrified of being forced back to China": people sent home
        r"(?:were|was|been) (?:pushed|beaten|driven|forced) back\b",
        r"being (?:pushed|beaten|driven) back\b",
        # "took the border crossing after a fight with the army detachment guarding it"
        r"(?:after|in) an? (?:[\w-]+ )?fight with (?:the |an? )?(?:[\w'-]+ ){0,5}?(?:army|troops|soldiers|forces|"
        r"police|rebels|guerrillas|militia\w*|militants|fighters|detachment|units?|garrison|guards?)\b",
        r"(?:pushed|beat|drove|forced) (?:the |their |its )?(?:[\w-]+ ){0,2}?(?:rebels|insurgents|militants|fighters|"
        r"troops|forces|attackers|enemy|jihadists|gunmen) back\b",
        r"fought off\b",
        # "troops firing rocket launchers beat back an assault by rebels": an attack repelled
        r"(?:beat|beating|drove|driving|pushed|pushing|threw|throwing) back (?:an? |the |their |its )?(?:[\w-]+ ){0,2}?"
        r"(?:assault|attack|offensive|advance|raid)s?\b",
        r"overr(?:a|u)n (?:an? |the |their |its |two |three |several )?(?:[\w-]+ ){0,2}?(?:positions?|posts?|"
        r"checkpoints?|outposts?|bases?|camps?|barracks)\b",
        r"exchanging (?:heavy )?(?:gun)?fire",
        r"small arms",
        r"(?:shelled|attacked|fired (?:\w+ )?at) each other",
        r"tried to storm",
        r"stormed (?:\w+ ){0,2}positions",
        r"(?:stormed|raided|assaulted) (?:an? |the |their |its )?(?:[\w-]+ ){0,2}?(?:army|military|police|border|"
        r"security|air|naval) (?:posts?|checkpoints?|outposts?|bases?|camps?|barracks|positions?|stations?)\b",
        r"attacked (?:an? |the |their |its )?(?:[\w-]+ ){0,2}?(?:garrisons?|border posts?|outposts?|barracks)\b",
        # "Chinese warships had opened fire on its navy transport ships": a fight at sea
        r"(?:warships|gunboats|frigates|destroyers|naval vessels|patrol boats) (?:[\w'-]+ ){0,3}?(?:opened fire|fired) "
        r"(?:on|at) (?:[\w'-]+ ){0,3}?(?:navy|naval|military) (?:[\w-]+ )?(?:ships|vessels|boats|craft)\b",
        # "stormed the police chief's office", "stormed the police headquarters": a fight with those who guard it
        r"(?:stormed|raided|assaulted) (?:an? |the )?(?:[\w-]+ ){0,2}?police (?:chief's |commander's )?"
        r"(?:headquarters|offices?|compound|academy|training (?:centre|center|school))\b",
        # "police shot dead a man who opened fire near the consulate": an exchange of fire
        r"(?:shot dead|shot and killed|killed|shot) (?:an? |the )(?:[\w-]+ ){0,2}?(?:man|gunman|attacker|assailant|"
        r"suspect|shooter) who (?:had )?(?:opened fire|fired (?:on|at)|was firing|began shooting|started shooting)\b",
        # "gunmen attacked three military sites", "attacked a National Guard base": a fight with their guards (the
        # verb alone is the act: the guards are its object, not its doers)
        r"attacked(?= (?:an? |the |their |its |two |three |several |\d+ )?(?:[\w-]+ ){0,2}?(?:army|military|police|"
        r"border|security|national guard) (?:posts?|checkpoints?|outposts?|bases?|camps?|barracks|positions?|stations?|"
        r"sites?|installations?)\b)",
        r"(?:responded|replied) (?:with|to) fire",
        r"(?:fired|fought|hit|struck) back",
        r"unspecified weapons",
        r"break through (?:the )?(?:defen[cs]es?|lines?)",
        # teams that battle past their rivals fight no one
        # nor a disease one battles ("the bowel disease he has battled for years"), nor diplomats expelled in return
        unless=re.compile(
            r"\b(?:quarter-finals?|semi-finals?|cup|league|goals?|scored|striker|football|tournament|championship)\b"
            r"|\b(?:disease|illness|cancer|addiction|condition) (?:[\w-]+ ){0,4}?(?:battled|fought)\b"
            r"|\bhit back (?:by|with) (?:ordering|expelling|imposing|announcing|summoning|recalling|sanctions|tariffs)\b"
            # nor a festival's battle of wine, tomatoes or flowers among revellers
            r"|\b(?:revell?ers|fiestas?|festival|festivities|tomatoes|wine battle|battle of (?:the )?(?:wine|flowers|"
            r"oranges|tomatoes))\b"
        ),
    ),
    # a raid on armed criminals that leaves dead: a fight with them ("a police raid against drug
    # traffickers in the favela left 25 people dead")
    rule(
        "Armed clash",
        13.3,
        r"raids? (?:against|on|targeting) (?:[\w-]+ ){0,4}?(?:traffickers|gangs?|gang members|militants|rebels|"
        r"insurgents|gunmen|cartels?|criminals|drug dealers|smugglers)\b(?:[\w ,-]+ ){0,8}?(?:left|killed|killing)\b",
        # "a detective was shot dead ... during a police raid against suspected drug and timber thieves"
        r"(?:shot dead|killed|died) (?:[\w,'-]+ ){0,12}?(?:during|in) (?:a |an )?(?:police |army |military )?(?:raid|operation) "
        r"(?:against|on|targeting) (?:[\w-]+ ){0,5}?(?:traffickers|gangs?|gang members|militants|rebels|insurgents|"
        r"gunmen|cartels?|criminals|drug dealers|smugglers|thieves|robbers|kidnappers)\b",
    ),
    # a rescue by force: "commandos stormed the residence, freeing 71 hostages and killing all 14 rebels
    # inside" (the storming fights the hostage-takers; the hostages' taking is the story before)
    rule(
        "Armed clash",
        13.25,
        r"(?:commandos|troops|soldiers|special forces|police(?:men)?|forces|officers|marines|paratroopers) "
        r"(?:[\w-]+ ){0,3}?(?:stormed|raided)\b[^.;]{0,120}?\b(?:freeing|freed|rescuing|rescued|releasing) "
        r"(?:[\w-]+ ){0,4}?(?:hostages|captives|prisoners|people|passengers|held (?:hostage|captive))\b",
    ),
    # a column or convoy destroyed is a fight with it
    rule(
        "Armed clash",
        13.2,
        r"destroyed (?:a |an |the |two |three |four |\d+ )?(?:[\w-]+ ){0,3}?(?:columns?|convoys?)\b",
        armed=True,
    ),
    # an ambush is a fight, unless it is laid for civilians ("gunmen ambushed a family on a dirt road")
    rule(
        "Armed clash",
        13,
        r"ambush\w*",
        unless=re.compile(W + AMBUSHED_CIVILIANS + "|" + AMBUSH_KILLING_CIVILIANS),
    ),
    rule("Attack", 13.1, AMBUSHED_CIVILIANS, armed=True),
    rule(
        "Attack",
        18.1,
        GUNMEN + r" (?:[\w'-]+ ){0,4}?(?:fired|opened fire) (?:\w+ ){0,3}?(?:at|on|upon|into)\b(?! the air)",
    ),
    # "Gunmen on motorcycles killed six French employees of a charity": men with guns killing whoever is not
    # armed too
    rule(
        "Attack",
        18.15,
        # (not "two armed men had been killed": the gunmen died)
        GUNMEN
        + r" (?!(?:were|was|had been|have been|has been|are|is) )(?:[\w'-]+ ){0,3}?(?:killed|shot dead|gunned down|"
        r"murdered|executed)\b(?! (?:[\w-]+ ){0,3}?"
        r"(?:soldiers|troops|police|policem[ae]n|policewom[ae]n|officers|servicemen|militants|fighters|rebels|guards|militiamen)\b)",
        GUNMEN + r" (?:stormed|attacked|raided) [^.;,]{0,120}?, (?:killing|and killed)\b(?! (?:[\w-]+ ){0,3}?"
        r"(?:soldiers|troops|police|policem[ae]n|policewom[ae]n|officers|servicemen|militants|fighters|rebels|guards|militiamen)\b)",
    ),
    rule(
        "Attack",
        18,
        r"massacre\w*",
        r"executed",
        r"burned alive",
        KILLED_BY_CROWD,
        r"(?:killed|killing|shot dead|shot|shooting|attacked|murdered|gunned down|stormed|raided|hacked|hacking|"
        r"butchered|slaughtered) " + NOT_PAST_A_PLACE + TARGETS,
        r"opened fire (?:on|at) " + NOT_PAST_A_PLACE + TARGETS,
        r"fired live (?:ammunition|rounds|bullets) (?:on|at|into) " + NOT_PAST_A_PLACE + TARGETS,
        r"tortur\w+",
        r"\bbeat(?:en|ing)? (?:up )?(?:a |an |the |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:man|woman|men|women|"
        r"civilians?|residents?|journalists?|people|boys?|girls?|teenagers?|villagers?)\b",
        r"(?:crushed|ran over) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:car|vehicle|minibus|bus)\b",
        r"ran over (?:\w+ ){0,4}?" + TARGETS,
        r"(?:set upon|descended on|swooped on|fell upon|invaded) (?:\w+ ){0,4}?" + TARGETS,
        r"(?:waylaid|waylaying|waylay) (?:\w+ ){0,4}?" + TARGETS,
        r"stabb(?:ed|ing) (?:[\w'-]+ ){0,3}?" + TARGETS,
        # "a man wielding a knife slashed the face of the ambassador"
        r"slash(?:ed|ing) (?:the|his|her) (?:face|throat|neck|head|cheek)s? (?:of )?",
        r"behead(?:ed|ing)",
        r"(?:went|going|moved|moving) (?:from )?(?:house to house|door to door) (?:[\w-]+ ){0,3}?(?:killing|shooting|"
        r"executing|slaughtering)",
        r"slit (?:the )?throats?",
        r"decapitated",
        r"(?:sprayed|raked) (?:[\w,'-]+ ){0,10}?with (?:bullets|gunfire|(?:automatic|(?:sub)?machine-?gun|rifle) fire)",
        r"(?:villages?|towns?|settlements?|churches|church|mosques?|markets?|schools?|hospitals?|camps?|civilians|"
        r"villagers|residents|worshippers|farmers|travell?ers|passengers|buses|bus) (?:[\w-]+ ){0,3}?(?:was|were|has "
        r"been|have been|had been|came under) (?:attacked|raided|stormed|targeted|attack)\b",
        armed=True,
        # nor a killing of long ago apologised for ("formally apologised on Friday for the killing of hundreds of
        # men by Dutch troops in 1947")
        unless=re.compile(
            NATURAL_TOLL.pattern
            + r"|\bapologi[sz](?:ed|es|ing|e) (?:[\w-]+ ){0,4}?for the (?:killings?|massacres?|"
            r"deaths?)\b"
        ),
    ),
    # "a man fired a .22 rifle at President Jacques Chirac", "were slightly wounded by gunshots": shots at a
    # leader or a person, the gun named by the words themselves
    rule(
        "Attack",
        18.07,
        r"(?:fired|shot|fires|shoots) (?:[\w.'-]+ ){0,4}?at (?:the )?(?:president|prime minister|vice[- ]president|"
        r"pope|king|queen|governor|mayor|minister|candidate|senator|presidential (?:candidate|motorcade|convoy))\b",
        r"(?:wounded|injured|hurt) (?:[\w-]+ ){0,2}?by (?:gunshots|a gunman|a sniper|a bullet)\b",
    ),
    # "troops rounded up villagers ..., killed them": the people the sentence told of
    # "found the bodies of hundreds of villagers in El Mozote, days after army troops swept through the area":
    # the sweep the bodies tell of, done by the forces named in it
    rule(
        "Attack",
        18.05,
        r"(?:after|when|as) (?:[\w-]+ ){0,4}?(?:troops|soldiers|police(?:men)?|militiamen|militias?|rebels|forces|gunmen|"
        r"fighters|insurgents|militants|jihadists|paramilitar\w+) (?:[\w-]+ ){0,3}?(?:swept|stormed|raided|rampaged|"
        r"overran)\b",
        context=re.compile(r"\b(?:found|discovered|recovered|unearthed) (?:the )?bodies of\b"),
    ),
    rule(
        "Attack",
        18.58,
        r"(?:killed|executed|massacred|butchered) (?:(?:all|most|many|several|dozens|scores|hundreds|(?:at least |about |"
        r"some |nearly |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen)) of )?them\b",
        armed=True,
    ),
    # "militants attacked the town in the evening, setting fire to about 800 houses": an attack on the people
    # whose homes burned, where no force is told fighting back
    rule(
        "Attack",
        18.46,
        r"(?:attacked|raided|stormed|overran) [^.;]{0,160}?\b(?:setting fire to|set fire to|burning|burned|burnt|"
        r"torching|torched) (?:[\w-]+ ){0,4}?(?:houses|homes|huts|dwellings|shelters)\b",
        armed=True,
        unless=re.compile(
            r"\b(?:soldiers|troops|army|military|police|policemen|peacekeepers|vigilantes|self-defen[cs]e|fought|"
            r"clash\w*|exchanged fire|repelled|repulsed)\b"
        ),
    ),
    # "paramilitaries occupied the village and killed residents they accused of helping the guerrillas": the
    # killing of its people, not the ground taken, is the event
    rule(
        "Attack",
        10.9,
        r"(?:occupied|overran|took (?:control of|over)|entered|seized) (?:the |a )?(?:[\w-]+ )?(?:village|town|hamlet)"
        r"\b[^.;]{0,120}?\band (?:then )?(?:killed|executed|massacred|shot dead|murdered) (?:[\w-]+ ){0,3}?"
        r"(?:residents|villagers|civilians|people|inhabitants|men|women)\b",
        armed=True,
    ),
    # "at least 40 people were slain in an attack on a village"
    rule(
        "Attack",
        19.5,
        r"(?:attacks?|raids?|assaults?|massacres?|killings?) (?:on|of|against) (?:a |an |the )?(?:[\w-]+ ){0,2}?"
        r"(?:villages?|churches|church|mosques?|markets?|schools?|hospitals?|weddings?|funerals?|buses|bus|"
        r"civilians|worshippers|villagers|farmers|displaced|refugees|travell?ers|passengers)\b",
        unless=CYBER,
    ),
    # troops opening fire where the dead are civilians: an attack on them
    rule(
        "Attack",
        18.3,
        r"opened fire\b",
        armed=True,
        context=re.compile(W + r"(?:killed|killing|wounded|wounding|dead)\b"),
        context_ahead=True,  # "a suspect opened fire with a handgun. Two people ... were pronounced dead."
        unless=re.compile(
            W + r"(?:soldiers|troops|fighters|militants|police(?:men)?|officers) (?:were )?killed"
        ),
    ),
    # someone killed by an armed party the sentence or the next one names ("the governor was killed in El
    # Geneina; the army blamed the RSF"), not in an accident
    rule(
        "Attack",
        PASSIVE_KILLING,
        r"(?:was|were|has been|have been|had been) (?:killed|murdered|slain|slaughtered|massacred)\b",
        armed=True,
        unless=re.compile(
            W
            + r"(?:killed|died) (?:in|by) (?:a |an |the )?(?:[\w-]+ )?(?:crash|accident|collision|fire|flood\w*|"
            r"earthquake|landslide|stampede|storm|avalanche)"
            # "were killed in fighting in Khorog when government forces moved against ...": the fight
            r"|killed (?:in|during) (?:[\w-]+ ){0,2}?(?:fighting|clashes|battles?|gun ?fights?|firefights?|shoot-?outs?|"
            r"exchanges? of fire)\b"
            r"|(?:soldiers?|troops|fighters|militants|servicem[ae]n|rebels|insurgents|peacekeepers?|policem[ae]n|police officers?|"
            r"guerrillas|armed men|gunmen|militiamen|terrorists) (?:were |was |had been )?killed"
            # "officials said no one had been killed": a death denied
            r"|\b(?:no one|no-one|nobody|none) (?:[\w-]+ )?(?:was|were|had been|has been|have been) (?:killed|murdered|slain)"
        ),
    ),
    # "four members of the security forces and three militants were killed": dead on both sides, a fight
    rule(
        "Armed clash",
        18.36,
        r"(?:soldiers|troops|servicem[ae]n|police(?:m[ae]n| officers)?|(?:security|government) forces) (?:and|,) "
        r"(?:[\w-]+ ){0,3}?(?:militants|gunmen|fighters|insurgents|rebels|attackers|jihadists|assailants) (?:were|had "
        r"been|have been) killed\b",
        r"(?:militants|gunmen|fighters|insurgents|rebels|attackers|jihadists|assailants) (?:and|,) (?:[\w-]+ ){0,3}?"
        r"(?:soldiers|troops|servicem[ae]n|police(?:m[ae]n| officers)?) (?:were|had been|have been) killed\b",
        armed=True,
    ),
    # "ten farm workers were killed when police officers went to evict squatters": the police's killing
    rule(
        "Attack",
        PASSIVE_KILLING,
        r"(?:was|were|have been|had been) (?:shot dead|killed) (?:[\w-]+ ){0,4}?(?:when|as|after) (?:[\w-]+ ){0,2}?"
        r"(?:police(?:men)?|police officers|security forces) (?:went|came|moved|tried|raided|stormed|arrived|opened fire|"
        r"fired|attempted)\b",
        unless=re.compile(
            W + r"(?:policem[ae]n|policewom[ae]n|police officers?|officers?) (?:were |was )?killed"
        ),
    ),
    # a killing by shooting or stabbing names its weapon in the verb
    rule(
        "Attack",
        18.2,
        r"shot dead",
        r"shooting dead",
        # "drove through the town firing shots from his car, wounding six Africans", "went for a guard with a
        # sharp tool, wounding him", "leaving a sacristan dead in the square"
        r"fir(?:ing|ed) shots\b[^.;]{0,160}?\b(?:wounding|injuring)\b",
        # "riddled the lawmaker's car with bullets", "shot his way through the glass door of the mosque"
        r"riddled (?:[\w'-]+ ){0,6}?with bullets\b",
        # "A gunman has opened fire inside the Siam Paragon shopping mall"
        r"(?:gunm[ae]n|attackers?|assailants?|shooters?|(?:a|an|one) (?:[\w-]+ )?(?:man|woman|teenager)) "
        r"(?:[\w'-]+ ){0,3}?opened fire (?:inside|in) (?:a |an |the )?(?:[\w'-]+ ){0,4}?(?:mall|market|school|"
        r"church|mosque|temple|synagogue|nightclub|bar|restaurant|hotel|cafe|supermarket|concert hall|"
        r"university|college|hospital|station|cinema|theatre)\b",
        # "gunfire from the ground hit a Spirit Airlines plane as it approached the airport"
        r"gunfire (?:[\w-]+ ){0,4}?(?:hit|struck) (?:a |an |the )?(?:[\w'-]+ ){0,3}?(?:plane|airliner|aircraft|"
        r"helicopter|bus|ambulance)\b",
        # "a gunman slipped into the streets around the market and fired on shoppers"
        r"fired (?:on|at|into) (?:[\w'-]+ ){0,3}?(?:shoppers|passers-by|worshippers|diners|customers|pedestrians|"
        r"commuters|revell?ers|partygoers|concertgoers|pupils|mourners)\b",
        r"shot (?:his|her|their) way (?:into|through)\b",
        # "doused worshippers with petrol, set them alight", "was beaten up by four young men"
        r"doused (?:[\w'-]+ ){1,4}?(?:with|in) (?:petrol|gasoline|kerosene|fuel|acid)\b",
        # "a man struck her on the square", "an attacker punched him in the face"
        r"(?:a|an|the) (?:[\w-]+ )?(?:man|woman|attacker|assailant) (?:[\w-]+ ){0,2}?(?:struck|punched|slapped|kicked|"
        r"headbutted) (?:her|him)\b",
        r"set (?:the )?(?:victims?|worshippers|villagers|passengers) (?:alight|ablaze|on fire)\b",
        r"(?:was|were) beaten up by (?:a |an |two |three |four |five |six |several |a group of )?(?:[\w-]+ ){0,2}?"
        r"(?:men|youths|attackers|assailants|people|neo-nazis|skinheads)\b",
        r"went for (?:an? |the )?[^.;,]{0,60}?\bwith (?:an? )?(?:[\w-]+ )?(?:knife|tool|machete|axe|blade|"
        r"hammer)\b",
        r"leaving (?:an? |one |two |three |\d+ )(?:[\w-]+ ){0,2}?dead\b",
        r"(?:journalists?|activists?|reporters?|priests?|pastors?|lawyers?|candidates?|politicians?|councill?ors?|"
        r"mayors?|judges?|prosecutors?|trade unionists?|human rights defenders?) (?:[\w-]+ ){0,3}?(?:was|were|has been|"
        r"have been|had been) (?:murdered|assassinated|shot dead|gunned down)\b",
        r"found dead (?:[\w-]+ ){0,4}?(?:with|bearing) (?:gunshot|bullet|stab|knife) wounds",
        r"(?:was|were) (?:shot|stabbed) (?:several times|multiple times|repeatedly|twice|once|in the (?:head|chest|heart|"
        r"back|neck|face|throat|leg|stomach|abdomen)|and (?:killed|wounded|injured))",
        r"fired (?:[\w-]+ ){0,4}?(?:gun|pistol|rifle|shots?|bullets?) at (?:him|her|them)\b",
        # "died after she was shot and stabbed in the street"
        r"(?:was|were) (?:shot and stabbed|stabbed and shot)\b",
        r"died (?:[\w-]+ ){0,3}?after (?:being|(?:he|she|they) (?:was|were)) (?:shot|stabbed)\b",
        r"shot (?:him|her|them) (?:several times|multiple times|repeatedly|twice|in the (?:head|chest|back|neck))",
        r"(?:were|was) found (?:shot|stabbed|hacked|beheaded|strangled|with (?:gunshot|bullet|stab) wounds)\b",
        r"knife attacks?",
        r"gunned down",
        r"assassinat(?:ed|ion)",
        r"shot (?:and (?:seriously |critically |badly |fatally )?(?:killed|wounded|injured)|in the head|in the chest)",
        # "shot the teenage activist Malala Yousafzai in the head"
        r"shot (?:an? |the )?(?:[\w'-]+ ){1,5}?in the (?:head|chest|neck|face|stomach|abdomen)\b",
        r"stabb(?:ed|ing) (?:him|her|them)\b(?! in the back)",
        # "four foreign teachers ... were stabbed while walking in a park": several stabbed at once
        r"(?:were|have been|had been) stabbed\b",
        # "a man drove his pickup truck over the kerb and into them", "pulled a knife and went for two women",
        # "shot them in the car park and the aisles"
        r"drove (?:his|her|their|a|an|the) (?:[\w-]+ ){0,2}?(?:car|truck|pick-?up|van|lorry|vehicle|suv|bus)s? "
        r"(?:[\w'-]+ ){0,6}?into (?:them|people|pedestrians|(?:a|the) (?:[\w-]+ )?(?:crowd|group|family))\b",
        r"pull(?:ed|s|ing)? (?:out )?a (?:knife|machete|gun|pistol) and (?:go|went|lunge\w*|attack\w*|stab\w*|slash\w*)\b",
        r"slash(?:ed|ing) at (?:[\w-]+ ){0,2}?(?:passers-by|people|shoppers|pedestrians|commuters|worshippers)\b",
        r"shot (?:them|people|shoppers|worshippers|customers|students|passers-by) in the (?:[\w-]+ ){0,2}?(?:car park|"
        r"parking lot|aisles?|streets?|mosque|church|school|market|square|classrooms?)\b",
        r"(?:drove|rammed|ploughed|plowed) (?:[\w'-]+ ){0,3}?into (?:a |the )?(?:[\w-]+ )?(?:crowds?|pedestrians|"
        r"shoppers|worshippers|market)\b",
        # "drove his car at speed through crowds watching the parade ..., killing five people"
        r"(?:drove|rammed|ploughed|plowed|careered|sped) (?:[\w'-]+ ){0,5}?through (?:the )?(?:[\w-]+ )?(?:crowds?|"
        r"pedestrians|shoppers|spectators)\b[^.;]{0,120}?\b(?:killing|killed|injuring|wounding|mowing)\b",
        # "drove a rented van along a crowded stretch of Yonge Street, mowing down pedestrians"
        r"mow(?:ed|ing|s)? down (?:[\w'-]+ ){0,3}?(?:pedestrians|people|passers-by|shoppers|crowds?|worshippers|"
        r"revell?ers|cyclists|tourists|marchers|protesters|demonstrators)\b",
        # "then stabbed three passers-by in Bourke Street"
        r"stabb(?:ed|ing) (?:[\w'-]+ ){0,3}?(?:passers-by|pedestrians|shoppers|worshippers|commuters|customers|"
        r"tourists|pupils|students)\b",
        # "a car ploughed into people taking part in a march"
        r"(?:car|van|truck|lorry|vehicle|suv) (?:[\w'-]+ ){0,2}?(?:drove|rammed|ploughed|plowed|slammed|smashed|ran) into "
        r"(?:[\w'-]+ ){0,3}?(?:people|pedestrians|marchers|demonstrators|protesters|revell?ers|fans|mourners)\b",
        r"shot (?:[\w'-]+ ){1,3}?dead",
        r"hack(?:ed|ing) (?:[\w-]+ ){0,4}?to death",
        r"stabb(?:ed|ing) (?:[\w-]+ ){0,4}?to death",
        r"bod(?:y|ies) (?:[\w,'-]+ ){0,8}?(?:found|discovered|dumped|recovered) (?:[\w-]+ ){0,6}?(?:riddled with bullets|"
        r"with (?:gunshot|bullet|stab) wounds|bullet-riddled|shot|bound|blindfolded|with (?:signs|marks) of torture|dumped)",
        r"opened fire (?:on|at) (?:[\w'-]+ ){0,4}?(?:convoy|car|home|house|residence|rally|shrine|stop|station)",
        # a verdict on a killing tells of a trial
        # a hunter who took a man for game shot him by accident
        unless=re.compile(
            W
            + r"(?:convicted|acquitted|not guilty|found guilty|culpable homicide|hunting accident|mistook (?:him|her|them) "
            r"for an? (?:[\w-]+ )?(?:deer|boar|animal|bird|fox|stag)"
            # "poachers shot dead a four-year-old white rhinoceros": an animal killed
            r"|shot dead (?:an? |the |two |three )?(?:[\w-]+ ){0,3}?(?:rhino(?:ceros)?e?s?|elephants?|lions?|gorillas?|"
            r"tigers?|bears?|giraffes?|leopards?|wolf|wolves|dogs?|horses?|cows?|cattle))\b"
        ),
    ),
    rule(
        "Armed clash",
        CATCH_ALL,
        # not the fighting a matter of words is about ("traded accusations over the fighting in the east")
        r"(?<!fleeing )(?<!fled )(?<!escaping )(?<!escape )(?<!by )"
        r"(?<!accusations over the )(?<!accusations about the )(?<!blame for the )(?<!talks on the )"
        r"fighting\b(?! (?:for|against|corruption|to\b))",
        r"counter-?offensive",
        r"(?<!retaliation for the )(?<!revenge for the )(?<!response to the )offensive\b",
        r"assault\w*(?! on (?:[\w'-]+ ){0,2}?(?:sovereignty|dignity|democracy|freedoms?|rights|values|"
        r"constitution|press|truth|reason|senses))",
        r"(?:in|of|heavy|fierce|close) combat\b",  # not "combat drones"
        unless=CHARGES,
    ),
    rule("Armed clash", 22, r"attack(?:ed|s|ing)?\b", armed=True, unless=CYBER),
    rule(
        "Armed clash",
        22,
        r"(?:killed|killing|wounded|eliminated|neutrali[sz]ed) (?:\d{1,3}(?:,\d{3})+ |\w+ ){0,3}?(?:soldiers|troops|"
        r"servicemen|fighters|"
        r"militants|officers|militiamen|terrorists|insurgents|rebels|jihadists|bandits|gunmen|extremists|"
        r"gang members|separatists|guerrillas|combatants|policem[ae]n|policewom[ae]n|security personnel|guardsmen|"
        r"(?:national guard|security forces?|army|police) members|(?:militant|rebel|insurgent|jihadist) (?:commanders?|leaders?))\b",
        r"(?:killed|killing|wounded|wounding|shot|stabbed) (?:an?|one|the|two|three) (?:[\w-]+ )?(?:soldiers?|officers?|"
        r"policem[ae]n|policewom[ae]n|servicem[ae]n|gendarmes?)\b",
        armed=True,
    ),
    # a failed or attempted assault is still a fight
    rule(
        "Armed clash",
        9.5,
        r"(?:attempted|tried|sought|trying|attempting) to (?:[\w-]+ ){0,2}?(?:dislodge|storm|break through|advance|"
        r"capture|take|seize|attack|push|enter|assault|encircle|cross|regain|recapture|retake|occupy)\b",
        armed=True,
    ),
)
