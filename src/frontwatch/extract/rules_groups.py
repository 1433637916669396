"""Trigger rules for arrests, bases set up, changes to a group, mutinies and other strategic developments (a
curfew, people displaced); agreements, coups, disrupted weapons and changes of ground are in `rules_strategic`.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import GAVE_UP, MEASURES, TriggerRule, rule
from frontwatch.extract.trigger_words import DISASTER, OLD_WAR_ORDNANCE, SOLDIERS_UNPAID, STOP_TAKING, W

# an arrest for an ordinary crime is police work, not political violence
ORDINARY_CRIME = re.compile(
    r"\b(?:suspected of|accused of|on suspicion of|charged with|in connection with|for|on charges? of) (?:the )?"
    r"(?:killing|murder(?:ing)?|stabbing|robb\w+|theft|stealing|burglary|fraud|embezzl\w*|drunk\w*|speeding|"
    r"poaching|shoplifting|drug dealing|drug trafficking)\b(?! (?:of )?(?:an? |the |two |three |\d+ )?"
    r"(?:[\w-]+ )?(?:protesters?|activists?|journalists?|soldiers?|police|officers?|politicians?|"
    r"lawmakers?|candidates?|officials?))"
    r"|\barrest\w* (?:an? |two |three |\d+ )?(?:suspected |alleged )?(?:drug dealers?|thie(?:f|ves)|robbers?|"
    r"burglars?|fraudsters?|poachers?|car thieves)\b"
    # "giving soldiers and police sweeping powers to search and detain": a power, not an arrest
    r"|\bpowers? to (?:[\w-]+ ){0,3}?(?:arrest|detain)\b"
    # a drug haul: "arrested 224 people and seized tonnes of drugs"
    r"|\bseiz\w* (?:[\w$-]+ ){0,4}?(?:drugs|cocaine|heroin|narcotics|methamphetamine|cannabis|marijuana|"
    r"contraband)\b|\b(?:tonnes|tons|kilos?|kilograms?) of (?:cocaine|heroin|drugs|methamphetamine|cannabis)\b"
)

GROUP_RULES: tuple[TriggerRule, ...] = (
    # not "an arrest warrant", nor "house arrest revoked"
    # someone led away in handcuffs, or giving himself up to those who sought him: a plain arrest
    rule(
        "Arrests",
        17.9,
        r"\b(?:led|taken|walked|escorted|marched) (?:[\w'-]+ ){0,8}?(?:out of|from) (?:[\w'-]+ ){0,5}?in handcuffs\b",
    ),
    rule(
        "Arrests",
        GAVE_UP,
        r"(?:handed|turned|gave) (?:himself|herself|themselves) (?:over|in|up) to (?:the )?(?:[\w-]+ ){0,2}?(?:police|"
        r"troops|soldiers|authorities|guards?|national guard)",
    ),
    rule(
        "Arrests",
        24,
        # not "giving the security forces sweeping powers of arrest"
        r"(?<!powers of )(?<!power of )(?<!made no )(?<!without )(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|taken into custody|rounded up)\b"
        r"(?! warrants?| powers?)",
        # "security forces picked up three activists from their homes"
        r"(?:police|policemen|officers|agents|security forces|soldiers|troops|intelligence \w+|rangers|paramilitar"
        r"\w+) (?:[\w'-]+ ){0,3}?(?:picked up|whisked away) (?:[\w'-]+ ){0,5}?(?:from|at|outside) (?:[\w'-]+ ){0,2}?"
        r"(?:homes?|houses?|offices?|residences?|hostels?|workplaces?)\b",
        r"(?:were|was|been) (?:picked up|whisked away) by (?:the )?(?:[\w-]+ )?(?:police|security forces|agents|"
        r"soldiers|troops|intelligence)\b",
        # "was seized by Sudanese security men in Khartoum"
        # "was shot and captured by a tribal policeman"
        r"(?:were|was|been) (?:(?:shot|wounded) and )?(?:seized|captured|snatched|grabbed|nabbed) by (?:the |an? )?"
        r"(?:[\w-]+ )?(?:police(?:m[ae]n)?|"
        r"security (?:men|forces|agents|services|police)|agents|intelligence (?:agents|officers|services))\b",
        r"t(?:ook|ake|aking) [^.;]{1,120}?\binto custody",
        # "a judge ordered the former president held in a military jail"
        r"ordered (?:[\w'-]+ ){1,5}?(?:held|detained|jailed|kept|placed|put) in (?:a |an )?(?:[\w-]+ )?(?:jail|prison|"
        r"custody|detention)\b",
        r"remanded (?:[\w-]+ ){0,3}?in (?:pre-?trial )?(?:custody|detention)\b",
        r"\b(?:police|policemen|officers|agents)\b[^.;,]{0,80}?\b(?:took|led) (?:[\w'-]+ ){0,4}?away\b",
        unless=ORDINARY_CRIME,
    ),
    # "troops arrested the prime minister and most of his cabinet at a youth rally": leaders taken, not a
    # protest broken up
    rule(
        "Arrests",
        23.4,
        r"(?:arrested|detained|seized|rounded up) (?:the )?(?:[\w-]+ )?(?:prime minister|premier|president|cabinet|"
        r"ministers|vice[- ]president|speaker)\b[^.;]{0,80}?\bat (?:an? |the )?(?:[\w-]+ ){0,2}?(?:rally|meeting|"
        r"conference|congress|reception|gathering)\b",
    ),
    # "police captured Abimael Guzman", "agents seized Carlos in Khartoum": a person taken by those who arrest
    rule(
        "Arrests",
        24.02,
        # only before a name or a person's title ("seized the town", "captured two tanks" leave the sentence
        # to the other rules and the proposer)
        # (not "the two men were captured after running into a larger Russian force": prisoners of a fight)
        r"(?<!were )(?<!was )(?<!been )(?<!being )"
        r"(?:captured|seized|nabbed|snatched|apprehended|(?:led|carried|spirited|took) (?:away|off)) "
        r"(?!(?:the|a|an|its|their|his|her|control|power|\d[\d,]*|"
        r"two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|some|more|most|large|huge)\b)",
        person=True,
        unless=ORDINARY_CRIME,
    ),
    # "the former prime minister was taken to the old central jail after a court sentenced her": a jailing
    rule(
        "Arrests",
        24.05,
        r"(?:was|were|been) (?:taken|driven|transferred|moved) to (?:the |a )?(?:[\w-]+ ){0,3}?(?:jail|prison|"
        r"detention (?:centre|center|facility))\b",
    ),
    # "completing the deployment of four battalions", "landed ... to begin a six-month rotation": the arrival
    # itself, before any "to be based" that describes the troops
    rule(
        "Headquarters or base established",
        24.9,
        r"complet\w+ the deployment of\b",
        r"(?:landed|arrived) (?:[\w-]+ ){0,8}?to (?:begin|start) (?:an? |their |its )?(?:[\w-]+ )?rotation\b",
    ),
    # "West African troops rolled into Banjul and took up positions around State House": a force deployed,
    # not an army seizing power at home
    rule(
        "Headquarters or base established",
        25.05,
        r"(?:troops|soldiers|forces|force|commandos|marines|paratroop(?:er)?s) (?:[\w'-]+ ){0,14}?took up positions "
        r"(?:around|in|at|near|on|along)\b",
        # "Marines flown in by helicopter set up a defense perimeter around the hotel"
        r"(?:troops|soldiers|forces|commandos|marines|paratroop(?:er)?s) (?:[\w'-]+ ){0,12}?(?:set up|established|threw up) "
        r"(?:a |an )?(?:defen[cs]e |defensive |security )?(?:perimeter|cordon) around\b",
        unless=re.compile(
            r"\b(?:coup|(?:seized|seizes|taken|took) (?:power|control of the country)|mutin\w*|junta)\b"
        ),
    ),
    rule(
        "Headquarters or base established",
        25,
        # (not "set up a special investigation headquarters": the police's inquiry, no base)
        r"(?:set up|established|opened|built|inaugurated|unveiled|commissioned) (?:a |an |its |their |the )?"
        r"(?:[\w'-]+ ){0,7}?(?<!investigation )(?<!inquiry )(?<!campaign )(?<!election )(?<!crisis )(?<!search )"
        r"(?:base|headquarters|outpost|garrison)\b",
        # troops arriving to be based abroad, a battalion launched at a base, instructors arriving
        r"(?:to be|will be|would be) (?:permanently )?(?:based|stationed) in\b",
        r"(?:arrived|welcomed|(?:formally|officially) (?:launched|opened|inaugurated)) (?:at|in|to) (?:the |an? )?"
        r"(?:[\w-]+ ){0,3}?(?:military |air |naval )?(?:base|training ground|air station|garrison)\b",
        r"foreign troops (?:have|had) been (?:based|stationed) in\b",
        # "landed at the airport and set up camp there", "which they will use as a base", "its new
        # headquarters in Bangui", "with its headquarters in N'Djamena"
        r"(?:troops|soldiers|forces|peacekeepers|marines|paratroopers|contingent) (?:[\w'-]+ ){0,10}?set up (?:a )?camp\b",
        r"(?:will|would|to) use (?:[\w-]+ ){0,2}?as (?:a |an |their |its )?(?:[\w-]+ )?(?:base|hub|headquarters)\b",
        r"(?:its|their) new (?:[\w-]+ )?headquarters (?:in|at)\b",
        r"(?:with|and) (?:its|their) headquarters in\b",
        r"(?:military )?(?:instructors|advisers|advisors|trainers) (?:[\w-]+ ){0,3}?arrived\b",
        # "swore in a rival government in Nyala", "named the members of a rival government's council"
        r"(?:swore in|sworn in|named|formed|declared|announced|installed) (?:[\w'-]+ ){0,6}?(?:rival|parallel) "
        r"(?:government|administration|authority)",
        r"newly (?:built|established|opened) (?:[\w-]+ ){0,3}?(?:base|headquarters|outpost)\b",
        # "has begun flying armed Reaper drones from a newly built facility"
        r"beg[au]n (?:flying|operating|launching) (?:[\w'-]+ ){0,4}?(?:drones|aircraft|jets|warplanes) from\b",
        # "elders proclaimed an autonomous Puntland State of Somalia": a new administration set up
        r"(?:proclaimed|declared) (?:an? |the )?(?:autonomous|breakaway|provisional|separate) (?:[\w'-]+ ){0,5}?"
        r"(?:state|republic|administration|region|government)\b",
        # "proclaimed the independent Republic of Guinea-Bissau at a session in the bush"
        r"proclaimed (?:the |an? )?independen(?:t |ce of (?:the |an? )?)(?:[\w'-]+ ){0,2}?(?:republic|state)\b",
        # "decided to move the seat of the Government to Taipei", "moved the capital to the island"
        r"(?:move|moved|moving|transfer(?:red|ring)?|relocat(?:e|ed|ing)) (?:the )?(?:seat of (?:the )?government|"
        r"capital|government) to\b",
        # "proclaimed the government of an independent Bangladesh in a mango grove"
        r"proclaimed (?:the |an? )?(?:[\w'-]+ ){0,2}?government of (?:an? |the )?independent\b",
        # "appeared to be building a base for missile-carrying submarines"; "landed to begin building an airstrip"
        r"(?:building|constructing) (?:an? |the )(?:[\w'-]+ ){0,2}?(?:naval |military |air |missile |submarine )?base "
        r"for (?:[\w'-]+ ){0,2}?(?:submarines|warships|ships|bombers|missiles|troops|aircraft|jets|fleet)\b",
        r"(?:marines|troops|soldiers|seabees|engineers|sappers) (?:[\w'-]+ ){0,8}?(?:landed|arrived) (?:[\w',-]+ ){0,14}?"
        r"to (?:begin |start )?(?:building|build|construct|constructing) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:airstrip|"
        r"runway|air ?field|naval station|base|radar station|communications station)\b",
        # "set up a Tibetan government in exile", "set up a government with its seat at Gaza"
        r"(?:set up|formed|established|proclaimed|declared) (?:an? |the )?(?:[\w'-]+ ){0,3}?government[ -]in[ -]exile\b",
        r"(?:set up|formed|established|proclaimed) (?:an? |the )?(?:[\w'-]+ ){0,4}?(?:government|republic|administration) "
        r"(?:[\w'-]+ ){0,3}?with its (?:seat|capital) (?:at|in)\b",
        # "a ceremony was held to open the Self-Defense Forces' facility ..., the first overseas base of Japan's forces"
        r"(?:first|new) (?:overseas |foreign |permanent |military |naval |air )+(?:base|outpost)s? (?:of|for|abroad)\b",
        r"with (?:its|their) headquarters in\b",
        r"(?:would|will|to) be headquartered in\b",
        # "the Air Force has moved its regional air operations centre ... to the Al Udeid base"
        r"(?:moved|relocated|transferred) (?:its|their) (?:[\w-]+ ){0,4}?(?:headquarters|operations (?:centre|center)|"
        r"command (?:centre|center|post)|base)\b[^.;]{0,80}?\bto (?:the )?(?:[\w'-]+ ){0,3}?(?:base|air base|barracks)\b",
        r"(?:set up|established|stationed) (?:a |an )?(?:[\w-]+ ){0,2}?(?:combat |permanent )?(?:brigade|battalion) in\b",
        r"(?:inaugurated|set up|established|created|opened) (?:a |an |the |its )?(?:new )?(?:regional |military |"
        r"joint |territorial )command\b",
        r"(?:forces|troops|soldiers|army|police|paramilitar\w+) (?:[\w-]+ ){0,3}?(?:set up|established|built|opened) "
        r"(?:a |an |their |its )?(?:new )?(?:[\w-]+ )?(?:camps?|posts?)\b",
        r"(?:centre|center) to monitor (?:[\w-]+ ){0,4}?(?:opened|was opened|began work)",
        # "United Nations peacekeepers formally took over from the African Union mission in Burundi": a new
        # mission's command set up
        r"(?:peacekeep\w+|(?:u\.?n\.?|united nations) (?:force|mission|troops|operation)) (?:[\w-]+ ){0,3}?"
        r"(?:formally |officially )?took over (?:(?:peacekeeping |security )?(?:duties|responsibilit(?:y|ies)|"
        r"command) )?from\b",
        r"set up (?:an? |their |its )?(?:own |parallel |rival )?(?:administration|government)\b",
        # "opposition leaders have formed a National Transitional Council based in Benghazi"
        r"(?:formed|set up|established|created) (?:an? |the )?(?:[\w'-]+ ){0,4}?(?:council|government|administration|"
        r"authority|command) (?:based|headquartered|seated) in\b",
        # "the M23 rebels have named their own governor ... to run South Kivu province"
        r"(?:named|appointed|installed) (?:their|its) own (?:[\w-]+ ){0,2}?(?:governors?|mayors?|administrators?|"
        r"authorities)\b",
        r"(?:arrived|moved|deployed|relocated) (?:\w+ ){0,4}?(?:at|to|into) (?:a |an |the )?(?:\w+ )?"
        r"(?:camp|base|garrison)\b",
        r"set up (?:[\w-]+ ){0,2}?(?:positions|checkpoints?|outposts?)\b",
        r"(?:began|begun|started|start) deploying\b",
        # the first of a force to land sets it up; more of them only reinforce it
        r"(?:first|advance) (?:[\w-]+ ){0,4}?(?:troops|soldiers|paratroopers|contingents?|peacekeepers|peacekeeping "
        r"force|elements|party|units) (?:[\w,.'-]+ ){0,18}?(?:landed|arrived) (?:[\w-]+ ){0,2}?(?:in|at)\b",
    ),
    rule(
        "Change to group/activity",
        26,
        r"mobili[sz]ation",
        r"conscript\w*",
        r"recruit\w* (?:of |into )?(?:[\w-]+ ){0,2}?(?:men|fighters|soldiers|volunteers|residents|children|boys|youths)\b",
        r"formed (?:the |a |an )?(?:new )?(?:[\w-]+ ){0,3}?(?:battalion|brigade|unit|militia|regiment)",
        r"(?:take|taking|took|taken) up arms",
        r"(?:laying|laid) down (?:its |their |his )?(?:weapons|arms)",
        r"(?:handed over|surrendered|gave up|turned in|handed in) (?:[\w-]+ ){0,2}?(?:their|its) (?:guns|weapons|arms|"
        r"rifles)\b",
        r"(?:ceasefire|truce) (?:[\w-]+ ){0,6}?(?:was|is) over\b",
        # "telling his fighters that their armed struggle was over and that they should hand in their weapons"
        r"(?:armed|guerrilla) (?:struggle|campaign) (?:was|is|had been|has been) over\b",
        r"(?:told|telling|urged|urging|ordered|ordering) (?:his|its|their) (?:[\w-]+ ){0,2}?(?:fighters|men|followers|"
        r"guerrillas|members|volunteers) (?:[\w,-]+ ){0,12}?(?:hand in|lay down|give up|surrender) (?:their|its) "
        r"(?:arms|weapons|guns)\b",
        r"(?:burned|burnt|destroyed|threw) (?:their|its) (?:rifles|weapons|guns|arms)\b",
        r"(?:formed|created|launched|set up|founded) (?:a |an |the |its |their )?(?:new )?(?:[\w-]+ ){0,2}?(?:armed|military|paramilitary|"
        r"security|vigilante|self-defen[cs]e) (?:wing|group|force|unit|outfit|network|militia)\b",
        r"merged with",
        r"merged (?:[\w-]+ ){0,4}?into (?:a |one )?(?:new|single)\b",
        # "announced a definitive end to its armed campaign", "said they would stop kidnapping civilians"
        r"(?:announced|declared|proclaimed|ordered) (?:(?:on )?\w+ )?(?:a |an |the )?(?:[\w-]+ ){0,2}?end (?:to|of) "
        r"(?:its|their) (?:[\w-]+ ){0,2}?"
        r"(?:campaign|struggle|insurgency|activit(?:y|ies)|operations|violence)\b",
        # "suspended its 29-year armed struggle", "called off the campaign of raids on police barracks",
        # "ordered its volunteers to dump their arms" (not a candidate's campaign suspended)
        r"(?:suspended|called off|abandoned|renounced|halted|ended|gave up) (?:its|their|the) (?:[\w-]+ ){0,2}?"
        r"(?:armed (?:struggle|campaign|operations)|guerrilla (?:war|campaign|struggle)|insurgency|(?:military|"
        r"bombing|terror) campaign|campaign of (?:[\w-]+ ){0,2}?(?:violence|bombings?|raids|attacks|terror))\b",
        r"ordered (?:its|their) (?:[\w-]+ ){0,2}?(?:volunteers|fighters|members|units|men|guerrillas) to (?:dump|lay down|"
        r"put down|hand in|give up|surrender|put beyond use) (?:their|its) (?:arms|weapons|guns)\b",
        r"(?:would|will|to) " + STOP_TAKING,
        r"announced (?:its|the) (?:dissolution|formation|creation)",
        r"formed a new (?:group|alliance|coalition|armed group)",
        r"disbanded",
        # a movement's new leader, or its legal standing taken away
        r"(?:elected|named|appointed|chosen|installed|confirmed) (?:as )?(?:the )?(?:new )?(?:leader|head|chief|commander) of "
        r"(?:[\w'-]+ ){0,5}?(?:rebel|armed|militant|insurgent|guerrilla|jihadist)\b",
        r"(?:revoked|cancelled|canceled|annulled|withdrew) (?:[\w-]+ ){0,2}?(?:registration|legal status) of\b",
        r"deregister(?:ed|ing)\b",
        # a state ending or reviving its draft is a policy, not an armed group's change
        unless=re.compile(
            r"\b(?:(?:suspend|end|abolish|scrap|phas|reintroduc|reinstat|restor)\w*(?: out)?|bring(?:s|ing)? back|"
            r"brought back) "
            r"(?:compulsory |mandatory |military )?(?:conscription|the draft)\b"
            r"|\b(?:conscription|the draft) (?:was|were|has been|had been|is|will be) (?:suspended|ended|abolished|"
            r"scrapped|phased out|reintroduced|reinstated|restored|brought back)\b"
        ),
    ),
    # "had founded a new movement ... which would fight the Portuguese from inside Angola": a movement set up
    # to fight (not a party founded for an election)
    rule(
        "Change to group/activity",
        26.01,
        r"(?:founded|formed|launched|set up|created) (?:a |an )new (?:[\w'-]+ ){0,3}?(?:movement|front|organi[sz]ation)\b",
        context=re.compile(
            r"\b(?:fight|fighting|armed struggle|guerrilla\w*|insurgen\w+|liberation|take up arms|armed wing)\b"
        ),
        context_ahead=True,  # "He said the movement would fight the Portuguese from inside Angola"
    ),
    # a mutiny or a rising of soldiers or police against those in power: ACLED's "Other"
    rule(
        "Other",
        7.95,
        r"mutin(?:y|ied|ies|ous|eers?)\b",
        r"(?:soldiers|troops|officers) (?:[\w-]+ ){0,4}?(?:seized|took over|stormed) (?:the )?(?:state |national "
        r")?(?:radio|television|tv|broadcaster)\b",
        # "about 50 soldiers rebelled at a base near Locumba"
        r"(?:soldiers|troops|officers|guards(?:men)?|police(?:men)?) (?:[\w-]+ ){0,4}?(?:rose up|revolted|rebelled)\b",
        # "soldiers led by a retired colonel took over the main army barracks and placed the commander under arrest"
        r"(?:soldiers|troops|officers) (?:[\w-]+ ){0,6}?(?:took over|seized|stormed) (?:[\w'-]+ ){0,4}?(?:army|military) "
        r"(?:barracks|headquarters)\b",
        r"placed (?:the )?(?:[\w-]+ )?(?:military|army) (?:commander|chief) under arrest\b",
        # "soldiers demanding back pay blocked roads and took control of parts of Bouake, firing into the air"
        SOLDIERS_UNPAID + r"[^.;]{0,60}?\b(?:blocked|took (?:control|over)|"
        r"seized|fir(?:ed|ing)|occupied|stormed)\b",
        # a mutiny that fights loyal troops, or takes towns, is told by the fight or the capture
        unless=re.compile(
            W
            + r"(?:exchang\w+ (?:gun)?fire|fought|battled|clash\w* with) (?:with )?(?:[\w-]+ ){0,2}?(?:troops|soldiers|"
            r"forces|army)\b|\bseized (?:[\w'-]+ ){0,3}?(?:second |largest |main |northern |southern )?(?:city|town)\b"
            # not a mutiny over pay that holds a city to press its demands
            r"(?![^.;]*\b(?:demand\w*|pay|bonus\w*|wages|salar\w+|allowances)\b)"
            # "mutinous soldiers looted shops and houses in Bangui": the looting
            r"|\bmutin\w+ (?:soldiers|troops) (?:[\w-]+ ){0,3}?(?:looted|ransacked|pillaged|plundered)\b"
            # "mutinous soldiers raped European women": the rape
            r"|\b(?:mutin\w+ (?:soldiers|troops)|mutineers) (?:[\w-]+ ){0,3}?(?:raped|gang-raped)\b"
        ),
    ),
    # soldiers or fighters going over to the other side (a diplomat defecting is no armed group's change)
    # and a commander who breaks away with his men ("had broken away from the rebel leadership in the north")
    rule(
        "Change to group/activity",
        26.05,
        r"defect(?:ed|ing|ions?)\b",
        r"(?:(?:broken|broke|breaking|break) away|split) (?:from|with) (?:the |its |his |their )?(?:[\w'-]+ ){0,3}?"
        r"(?:leadership|movement|rebels?|group|organi[sz]ation|command|front|army)\b",
        armed=True,
    ),
    # forces on the move, not yet fighting: a change in the group's activity
    rule(
        "Change to group/activity",
        26.5,
        r"(?:columns?|convoys?) of (?:[\w-]+ ){0,4}?(?:vehicles|tanks|troops|trucks|armou?r\w*|equipment)",
        r"(?:was|were|is|are) (?:reportedly |seen |spotted )?(?:moving|heading|advancing) (?:towards?|to|from)\b",
        r"bypass(?:ed|ing)\b",
        r"(?:concentrated|massed|massing|amassed|amassing) (?:\w+ ){0,3}?(?:in|near|around|at|along|on)\b",
        r"leaving (?:\w+ ){0,4}?(?:unit|troops|forces|soldiers) behind",
        armed=True,
        # a ship or an envoy on its way is no force on the move, nor a parade
        unless=re.compile(
            W + r"(?:ships?|vessels?|tankers?|freighters?|cargo|envoys?|delegations?|parades?|anniversary|"
            # "trucks loaded with furniture and files left as the generals began moving ministries": a move
            r"furniture|ministries|"
            r"victory day|ceremon(?:y|ies|ial)|to mark|marking|commemorat\w*)\b"
        ),
    ),
    rule(
        "Other",
        MEASURES,
        r"curfew",
        r"martial law",
        r"state of emergency",
        r"troop build-?up",
        r"mass graves?",
        # "the capital was under a four-day state of emergency": a state that goes on, not a measure taken
        unless=re.compile(
            r"\b(?:was|were|is|are|remained|remains) (?:still )?under (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:state of "
            r"emergency|curfew|martial law)\b"
        ),
    ),
    rule("Other", 28, r"deport\w+", armed=True),
    # not from a disaster or an old bomb, nor from a gas that gushed from a well or a plant
    rule(
        "Other",
        28,
        r"evacuat\w+",
        unless=re.compile(
            DISASTER.pattern
            + "|"
            + OLD_WAR_ORDNANCE.pattern
            + r"|\b(?:toxic|poisonous|hydrogen sul(?:ph|f)ide|"
            r"chlorine|ammonia) (?:[\w-]+ ){0,3}?(?:gas |cloud )?(?:gushed|leaked|escaped|spread|spewed)\b"
            # nor from a leak at a plant, nor a museum emptied after a theft
             + r"|\b(?:leak(?:ed|ing|s)?|vapou?r|thieves|robbers|heist)\b"
        ),
    ),
)
