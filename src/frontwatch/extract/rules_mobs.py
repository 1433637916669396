"""Trigger rules for mob violence: crowds, partisans and bands of men turning on people, on each other or on
a community's homes, not on the police or property (riots and interventions are in `rules_unrest`).

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import (
    ARMED_BANDS,
    ARMED_DOERS,
    CROWD_WEAPONS,
    KILLED_BY_CROWD,
    PROTESTING,
)

# "clashes that broke out between ...": the same clashes as "clashes between ..."
BROKE_OUT = r"(?:(?:that |which )?(?:broke out|erupted|flared(?: up)?) )?"

# "rival groups of Eritreans fought with sticks and rocks": two crowds fighting each other
RIVAL_CROWDS = (
    r"(?:rival )?(?:groups|gangs|crowds|bands) of (?:[\w-]+ ){1,2}?(?:fought|clashed|brawled) (?:each other )?with "
    r"(?:[\w,'-]+ ){0,3}?" + CROWD_WEAPONS
)

MOB_RULES: tuple[TriggerRule, ...] = (
    # a crowd turning on people, not on the police or property, is a mob ("youths loyal to the regional
    # president attacked residents from other ethnic groups")
    rule(
        "Mob violence",
        3.45,
        r"(?<!armed )(?:youths|crowds?|supporters|residents|villagers|locals|counter-(?:demonstrators|protesters)) "
        r"(?:[\w,'-]+ ){0,8}?(?:attacked|beat|hunted|chased|assaulted|pelted|stoned) (?:[\w-]+ ){0,3}?(?:residents|"
        r"villagers|people|civilians|families|worshippers|migrants|marchers|participants|"
        r"traders|members|minorit(?:y|ies)|neighbours|neighbors|foreigners|team|workers|officials|women|men|man|woman|"
        r"mosques?|church(?:es)?|temples?|synagogues?|shrines?|jews|moslems|muslims|christians|hindus|sikhs|armenians|"
        r"arabs|tamils|copts|catholics|protestants|immigrants)\b(?! and (?:the )?(?:riot )?(?:police|officers|troops|"
        r"soldiers|security forces)\b)",
        # "gangs of villagers armed with machetes, spears and clubs have killed scores of Tutsis"
        r"(?:gangs|groups|bands|crowds|mobs) of (?:[\w-]+ ){0,2}?(?:villagers|peasants|youths|men|residents|tribesmen) "
        r"(?:armed with (?!(?:[\w-]+ ){0,2}?(?:guns|rifles|firearms|pistols|kalashnikovs)\b)(?:[\w,'-]+ ){1,6}?)?"
        r"(?:have |had )?(?:killed|hacked|burned|attacked|slaughtered|massacred) (?:[\w-]+ ){0,3}?(?:people|villagers|"
        r"residents|families|neighbou?rs|tutsis?|hutus?|christians|muslims|moslems|hindus|sikhs|members)\b",
        # "peasants and local officials rounded up about 70 pupils, locked them in a petrol station and set it on
        # fire"
        r"(?:peasants|villagers|youths|residents|crowds?|mobs?|locals|neighbou?rs) (?:[\w,'-]+ ){0,6}?(?:rounded up|herded|"
        r"locked) [^.;]{0,240}?\band set (?:it|them|the [\w-]+) (?:on fire|alight|ablaze)\b",
        # "a crowd of members of the sect attacked a party of medical students at the railway station"
        r"(?<!armed )crowds? of (?:[\w'-]+ ){0,5}?(?:attacked|set upon|assaulted|stoned|beat) (?:[\w-]+ ){0,4}?(?:students|"
        r"pilgrims|passengers|worshippers|travell?ers|visitors|people|villagers|residents|families|members)\b",
        # "crowds lining the roads stoned cars and buses carrying people home from a concert"
        r"(?<!armed )(?:youths|crowds?|mobs?|residents|villagers|locals) (?:[\w,'-]+ ){0,12}?(?:stoned|attacked|pelted|"
        r"ambushed) (?:[\w-]+ ){0,3}?(?:cars|buses|vehicles|trains?|coaches) (?:carrying|taking|bringing) (?:[\w-]+ ){0,2}?"
        r"(?:people|passengers|pilgrims|worshippers|fans|guests|families|students|children)\b",
        # "several thousand people armed with sticks swooped on the Hindu village and looted 80 houses": a crowd
        # (sticks are no guns) falling on a community
        r"(?:(?:hundreds|thousands|dozens|scores|crowds?|mobs?) of|several (?:hundred|thousand)) (?:[\w-]+ ){0,2}?(?:people|"
        r"men|villagers|residents|locals|youths|muslims|hindus|christians|buddhists) (?:armed with (?:[\w,'-]+ ){1,6}?)?"
        r"(?:swooped on|attacked|stormed|raided|vandali[sz]ed|looted|torched|set fire to|ransacked) (?:[\w'-]+ ){0,4}?"
        r"(?:village|homes?|houses?|temples?|mosques?|church(?:es)?|neighbou?rhoods?|quarter|settlement)\b",
        # "hundreds of nationalists and football hooligans threw stones and bottles at people taking part in the
        # pride march": a crowd turning on a march
        r"(?<!armed )(?:youths|crowds?|mobs?|hooligans|nationalists|fans|men|thugs|counter-(?:demonstrators|protesters)) "
        r"(?:[\w,'-]+ ){0,8}?(?:threw|hurled) (?:[\w,'-]+ ){0,6}?at (?:[\w,'-]+ ){0,6}?(?:marchers|participants|"
        r"(?:people|those) (?:taking part|marching|attending))\b",
        # "pro-government crowds charged into the square and fought pitched battles with protesters": a crowd
        # turning on a protest (not the police doing it)
        r"(?<!armed )(?:supporters|loyalists|youths|crowds?|thugs|counter-protesters|men),? "
        r"(?:(?!police|troops|soldiers|security|officers)[\w,'-]+ ){0,12}?(?:attacked|charged (?:into|at)|"
        r"fought (?:[\w-]+ ){0,2}?with|clashed with) (?:[\w-]+ ){0,4}?(?:protesters|demonstrators|marchers)\b",
        # "protesters overran the compound, killing seven foreign staff": the crowd killed people
        r"(?:protesters|demonstrators|crowds?|rioters) (?:[\w.'-]+ ){0,14}?(?:overran|stormed|attacked)\b[^.;]{0,80}?"
        r"\bkilling (?:[\w-]+ ){0,3}?(?:staff|workers|employees|guards|foreigners|worshippers|residents|villagers)\b",
        # "rival Kurdish and Arab demonstrators clashed": two crowds fighting each other
        r"rival (?:[\w-]+ ){0,4}?(?:demonstrators|protesters|supporters|crowds|groups of (?:[\w-]+ )?(?:youths|"
        r"residents|villagers)) (?:[\w-]+ ){0,2}?(?:clashed|fought|brawled)\b",
        # "supporters of the president were chased through the streets and beaten by opposition activists"
        r"(?:were|was|had been|have been) (?:[\w,'-]+ ){0,8}?(?<!sexually )(?:beaten|attacked|assaulted|lynched|"
        r"stoned) "
        r"(?:[\w-]+ ){0,3}?by (?:an? |the )?(?:[\w-]+ ){0,2}?(?:activists|supporters|mobs?|crowds?|youths|villagers|"
        r"residents|protesters|demonstrators|rioters|thugs)\b",
        # "Russian fans charged England supporters in the Old Port": fans turning on fans
        r"(?:fans|hooligans|ultras) (?:[\w,'-]+ ){0,16}?(?:attacked|charged|chased|fought|clashed with|beat) (?:[\w'-]+ ){0,3}?"
        r"(?:fans|supporters|hooligans|ultras)\b",
        # "youths of the ruling party attacked an opposition rally": partisans turning on a rally
        r"(?<!armed )(?:youths|supporters|activists|cadres|loyalists|thugs|militants of the) (?:[\w,'-]+ ){0,12}?"
        r"(?:attacked|stormed|charged|raided) (?:an? |the )?(?:[\w'\"“”-]+ ){0,4}?(?:rally|rallies|meeting|procession|"
        r"campaign event|motorcade|convoy)\b",
        # "ended with hooded young men smashing the windows of shops owned by foreigners ... and chasing
        # passers-by who looked foreign"
        r"(?:young men|youths|crowds?|mobs?|gangs) (?:[\w,'-]+ ){0,16}?(?:chasing|hunting|attacking|beating) "
        r"(?:[\w-]+ ){0,2}?(?:passers-by|migrants|foreigners|immigrants|refugees|asylum seekers)\b",
        # "men loyal to Hezbollah and Amal stormed the protest camp, beating demonstrators"
        r"(?<!armed )(?:youths|supporters|loyalists|thugs|men|crowds?|mobs?) (?:(?!police|troops|soldiers|security|"
        r"officers)[\w,'-]+ ){0,8}?(?:attacked|stormed|raided|torched) (?:an? |the )?(?:[\w'-]+ )?protest (?:camps?|"
        r"sit-ins?|tents?)\b",
        # communities fighting: "gangs of Christian and Muslim youths fought with machetes", "burned each other's homes"
        r"(?:gangs|groups|crowds|mobs|bands) of (?:rival )?(?:[\w-]+ ){1,2}?and (?:[\w-]+ ){1,2}?(?:youths |men |residents |"
        r"villagers )?(?:fought|clashed|attacked|burned|torched)\b",
        r"burn(?:ed|t|ing) each other'?s? (?:homes|houses|villages|shops|property)\b",
        # "about 80 far-right locals and 20 young asylum seekers clashed on a square"
        r"(?:locals|residents|villagers|youths|migrants|asylum seekers|refugees|fans) and (?:[\w-]+ ){0,4}?(?:locals|"
        r"residents|villagers|youths|migrants|asylum seekers|refugees|fans) (?:clashed|fought|brawled)\b",
        # "hundreds of people surrounded the town hall, chanting racist slogans, and beat activists"
        r"(?:hundreds|dozens|thousands|scores) of (?:[\w-]+ )?(?:people|men|residents|villagers|locals)\b[^.;]{0,100}?, "
        r"and (?:beat|attacked|assaulted|stoned|chased) (?:[\w-]+ ){0,2}?(?:activists|protesters|demonstrators|"
        r"marchers|migrants|worshippers)\b",
        # "youths hurled petrol bombs into a block of flats housing Vietnamese workers": a crowd firing people's homes
        r"(?<!armed )(?:youths|crowds?|mobs?|gangs) (?:[\w,'-]+ ){0,4}?(?:hurled|threw) (?:petrol bombs|firebombs|"
        r"molotov cocktails|burning tyres) (?:into|at) (?:an? |the )?(?:[\w-]+ ){0,4}?(?:homes?|houses?|flats|"
        r"apartments?|hostels?|dormitor(?:y|ies)|shelters?)\b",
        # "militants stormed a 16th-century mosque and tore it down": a crowd razing a place of worship
        r"(?:militants|crowds?|mobs?|activists|youths|thousands) (?:[\w-]+ ){0,6}?stormed (?:an? |the )?(?:[\w-]+ ){0,2}?"
        r"(?:mosque|church|temple|shrine|synagogue)s?\b[^.;]{0,60}?\b(?:tore (?:it |them )?down|demolished|razed)\b",
        r"(?:fought|attacked|clashed with) each other with (?:[\w-]+ ){0,2}?(?:knives|machetes|sticks|clubs|stones|swords|"
        r"axes|iron bars)\b",
    ),
    # partisans and bands of men turning on each other or on one man, not on the police: a mob ("supporters of
    # the ruling party and of the opposition fought with rocks", "a group of men kicked and punched the mayor",
    # "supporters of the ruling party attacked the headquarters of the opposition party")
    rule(
        "Mob violence",
        3.44,
        r"(?:supporters|partisans|activists|members) of (?:[\w'-]+ ){1,8}?and (?:of )?(?:[\w'-]+ ){1,8}?(?:fought|clashed|"
        r"battled|brawled)\b(?! (?:with )?(?:the )?(?:riot )?(?:police|troops|soldiers|security forces))",
        r"(?:clashes|fighting|violence|brawls?) "
        + BROKE_OUT
        + r"between (?:rival )?(?:[\w'-]+ ){0,3}?(?:supporters|"
        r"partisans|activists|migrants|settlers|clans|neighbours|neighbors)\b",
        r"(?:supporters|partisans|activists|youths|members) (?:[\w'-]+ ){0,8}?(?:attacked|stormed|ransacked|torched|"
        r"set fire to) (?:the )?(?:headquarters|offices?|homes?|houses?|rally) of (?:the )?(?:[\w'-]+ ){0,2}?"
        r"(?:opposition|ruling|rival|governing)\b",
        r"(?:a |the )?(?:group|gang|band|crowd)s? of (?:[\w-]+ ){0,4}?(?:men|youths|young people|people|villagers|"
        r"residents) (?:[\w-]+ ){0,2}?(?:kicked|punched|beat|beaten|attacked|assaulted|set upon)\b"
        # not the police ("a crowd of masked people attacked officers with stones" rioted)
        r"(?! (?:the |riot |police )*(?:police|policem[ae]n|officers|soldiers|troops|security forces)\b)",
        # "a band of black youths stabbed a scholar to death"
        r"(?:a |the )?(?:group|gang|band|crowd)s? of (?:[\w-]+ ){0,4}?(?:youths|young people|villagers|residents) "
        r"(?:[\w-]+ ){0,2}?(?:stabbed|clubbed|stoned|hacked)\b",
        r"(?:beaten|attacked|assaulted|set upon|kicked|punched) (?:[\w-]+ ){0,3}?by (?:a |an )?(?:group|gang|band|crowd) of "
        r"(?:[\w-]+ ){0,4}?(?:men|youths|young people|people|villagers|residents)\b",
        # not armed men (soldiers beaten by a crowd are its victims)
        unless=re.compile(
            r"\b(?:armed (?:men|youths|gangs?)|gunmen|militants|militiamen|rebels|bandits|jihadists|insurgents|"
            r"armed with (?:[\w-]+ )?(?:guns|rifles|firearms|pistols|assault rifles)|opened fire|shot)\b"
        ),
    ),
    rule(
        "Mob violence",
        5,
        r"(?<!flash-)(?<!flash )mobs?\b",  # not "a flash-mob protest"
        r"lynch\w*",
        r"brawls? between\b",
        # not "members of a local vigilante group": an armed group's name, not a crowd
        r"vigilantes?\b(?! (?:groups?|forces?|militias?|members|outfits?|networks?|corps|committees?)\b)",
        r"cow (?:protectors?|vigilantes?|vigilance groups?)",
        r"(?:hundreds|dozens|thousands|scores) of (?:[\w-]+ ){0,2}?men (?:[\w-]+ ){0,3}?stormed\b",
        r"roam(?:ed|ing) (?:the )?streets (?:[\w-]+ ){0,6}?(?:looking for|hunting|in search of|searching for)",
        r"(?:(?:hundreds|dozens|thousands|scores) of|(?:several|a few|some) (?:hundred|dozen|thousand)) (?:[\w-]+ ){0,2}?"
        r"(?:men|people|residents|villagers|settlers|youths|worshippers|activists|nationalists|hooligans|fans) "
        r"(?:\w+ ){0,3}?(?:torched|burned|attacked|beat|ransacked|set fire|pelted|stoned)",
    ),
    # "smashed windows and set fire to a shop, targeting buildings where Syrian asylum seekers live": a crowd
    # turning on a community is a mob, whatever it chants
    rule(
        "Mob violence",
        3.45,
        r"targeting (?:[\w-]+ ){0,4}?(?:where|of|housing) (?:[\w-]+ ){0,3}?(?:asylum seekers|migrants|immigrants|"
        r"refugees|foreigners|muslims|christians|roma)\b",
        r"targeting (?:[\w-]+ ){0,4}?where (?:[\w-]+ ){0,4}?(?:live|lived|living|are housed|were housed|stay)\b",
        # "rioters smashed windows and started fires at a hotel housing asylum seekers"
        r"(?:smashed|set fire|started fires|attacked|stormed|torched|burned|besieged)\b[^.;]{0,80}?\b(?:hotels?|hostels?|"
        r"centres?|centers?|buildings?|camps?|homes?) (?:housing|sheltering) (?:[\w-]+ ){0,2}?(?:asylum seekers|migrants|"
        r"refugees|immigrants|foreigners)\b",
        # "set fire to homes of migrant families", "hurled petrol bombs at the settlement of Sikh families"
        r"(?:attacked|torched|burned|set fire to|stoned|smashed|hurled|threw|targeted|ransacked|tore apart|"
        r"tore down)\b[^.;]{0,80}?"
        r"\b(?:homes?|houses?|shops?|settlements?|properties|businesses|tents|shelters|belongings|camps?) "
        r"(?:[\w-]+ ){0,4}?(?:of|belonging to|owned by|run by) "
        r"(?:[\w-]+ ){0,2}?"
        r"(?:migrants?|migrant families|refugees?|immigrants?|muslims?|christians?|sikhs?|hindus?|roma|"
        r"foreigners?|asylum seekers?|(?:[\w-]+ )?families)\b",
        unless=ARMED_DOERS,
    ),
    # a rampage by armed men is their attack ("armed gangs killed 59 people during a rampage")
    rule(
        "Mob violence",
        5,
        r"rampag\w+",
        unless=re.compile(
            r"\b(?:gangs?|gang members|gunm[ae]n|militants|militiamen|fighters|soldiers|troops|rebels|bandits|jihadists|"
            r"insurgents|attackers?|assailants?|shooters?|killers?|terrorists?)\b"
        ),
    ),
    rule(
        "Mob violence",
        5.1,
        KILLED_BY_CROWD,
        r"beaten (?:[\w-]+ ){0,3}?by (?:a |an )?(?:crowd|mob)\b",
        # "stripped, tortured with a hot iron and burned alive on a pile of tyres by a crowd"
        r"(?:burned alive|burnt alive|lynched|stoned|hacked|tortured|stripped|beaten),? (?:[\w,'-]+ ){0,14}?by (?:a |an )?"
        r"(?:[\w-]+ )?(?:crowds?|mobs?)\b",
        r"(?:groups|gangs|bands) of (?:[\w-]+ ){0,4}?(?:chased|beat|hunted|assaulted)\b",
        # "gangs of young men armed with sticks roamed the city, setting fire to homes and shops"
        r"(?:groups|gangs|bands) of (?:[\w-]+ ){0,4}?(?:men|youths)\b[^.;]{0,80}?\broam(?:ed|ing)\b[^.;]{0,100}?\b"
        r"(?:setting fire|set fire|setting (?:[\w-]+ ){1,4}?(?:on fire|alight|ablaze)|burning|torching|looting|attacking|"
        r"beating)\b",
        # "a crowd of young Christians attacked Muslims gathering for prayers", "groups of men attacked journalists"
        r"(?:crowds?|groups|gangs|bands) of (?:[\w-]+ ){0,3}?(?:men|youths|christians|muslims|hindus|buddhists|"
        r"villagers|residents|locals) (?:[\w-]+ ){0,3}?(?:attacked|set upon|assaulted|stoned)\b",
        # "dozens of men arrived in the small hours and set upon devotees"
        r"(?:dozens|hundreds|scores) of (?:[\w-]+ )?(?:men|youths)\b[^.;]{0,160}?\bset upon\b",
        r"settlers (?:[\w'-]+ ){0,6}?(?:raided|stormed|attacked|torched|burned|set fire|opened fire|shot|stoned|"
        r"rampaged|beat)\b",
        r"(?:crowds?|residents|villagers|onlookers) (?:[\w'-]+ ){0,12}?(?:beat|stoned|set fire to|burned|burnt|hacked|"
        r"dragged)",
        # "villagers killed two men accused of stealing cattle" (not "villagers killed in an air strike")
        r"(?:crowds?|mobs?|residents|villagers|locals|onlookers) (?:[\w'-]+ ){0,3}?killed (?:a|an|two|three|four|five|"
        r"\d+) (?:[\w-]+ )?(?:men|man|suspects?|thie(?:f|ves)|youths?|boys?|women|woman|people)\b",
        unless=ARMED_DOERS,
    ),
    # communities fighting each other, not armed groups ("clashes between Arab and Mozabite Berber residents"),
    # whatever troops are sent in after ("... and the authorities sent in troops")
    rule(
        "Mob violence",
        5.1,
        r"(?:clashes|fighting|violence) "
        + BROKE_OUT
        + r"between (?:(?!soldiers|troops|police|security|army|forces)[\w-]+ ){0,8}?(?:residents|villagers|communities|"
        r"youths|locals)\b",
        # "three days of fighting between ethnic groups in the western town"
        r"(?:clashes|fighting|violence) "
        + BROKE_OUT
        + r"between (?:rival )?(?:ethnic|tribal|religious) (?:groups|"
        r"communities)\b",
        # "clashes between ethnic Malays and Indians", "fighting between Christians and Muslims"
        # "street battles between ethnic Romanians and Hungarians armed with clubs"
        r"(?:clashes|fighting|violence|(?:street )?battles) "
        + BROKE_OUT
        + r"between (?:ethnic|rival) (?:[\w-]+ ){0,2}?and\b",
        r"(?:clashes|fighting|violence) "
        + BROKE_OUT
        + r"between (?:[\w-]+ )?(?:christians|muslims|hindus|buddhists|sikhs) and\b",
        # "fighting between Africans and Arabs that broke out on polling day"
        r"(?:clashes|fighting|violence|(?:street )?battles|riots|rioting) "
        + BROKE_OUT
        + r"between (?:[\w-]+ )?(?:africans|arabs|jews|malays|chinese|indians|europeans|asians|creoles|tamils|sinhalese|"
        r"hutus?|tutsis?|kurds|turks|greeks|armenians|azeris|serbs|croats|albanians|hindus|muslims|moslems) and\b",
        unless=ARMED_BANDS,
    ),
    # two crowds fighting with what comes to hand: a mob, or rioters where people protest ("opponents of the
    # government had gathered to protest against the festival")
    rule(
        "Violent demonstration",
        3.43,
        RIVAL_CROWDS,
        context=PROTESTING,
        context_ahead=True,
        unless=ARMED_BANDS,
        firm=True,
    ),
    rule("Mob violence", 3.45, RIVAL_CROWDS, unless=ARMED_BANDS, firm=True),
)
