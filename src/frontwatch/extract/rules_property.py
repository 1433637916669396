"""Trigger rules for looting and property destruction: what was stolen, burned, blown up or wrecked.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import CYBER, DISASTER

# "treasures carried off by French troops during the colonial conquest": a taking of another century
COLONIAL = re.compile(r"\bcolonial(?:-era| era| conquest| rule| period| times| expedition| troops| army)\b")

PROPERTY_RULES: tuple[TriggerRule, ...] = (
    rule(
        "Looting/property destruction",
        23,
        # not "the return of looted artefacts": what was taken long ago
        r"(?<!over the )(?<!against the )(?<!for the )(?<!of the )loot\w*\b(?! (?:[\w-]+ )?(?:artefacts|artifacts|"
        r"treasures|antiquities|art|artworks|relics|bronzes|objects|cultural property)\b)",
        r"pillag\w*",
        # not a country's wealth plundered ("foreign powers must stop plundering Africa's resources")
        r"plunder(?:s|ed|ing|ers?)?\b(?! (?:[\w'-]+ ){0,2}?(?:resources|wealth|riches|minerals|economy|coffers|"
        r"treasury|funds)\b)",
        r"ransack\w*",
        # "sacked the houses of militiamen": a crowd's plunder (not "sacked the minister")
        r"(?:sacked|sacking) (?:[\w'-]+ ){0,3}?(?:homes|houses|shops|stores|offices|palaces?|residences?|embassy|"
        r"embassies|churches|mosques|temples|warehouses)\b",
        r"torched",
        r"(?:smashed|broke|forced|fought) (?:their|its) way into (?:[\w-]+ ){0,3}?(?:shops?|stores?|supermarkets?|"
        r"warehouses?|banks?|businesses|malls?|markets?)\b",
        r"vandali[sz]\w*",
        # "set off firebombs at several churches", "petrol-bombed a mosque"
        r"(?:set off|threw|hurled|planted) (?:[\w-]+ ){0,2}?(?:firebombs|petrol bombs|molotov cocktails|incendiary "
        r"(?:devices|charges|bombs)) (?:at|on|outside|inside|in) (?:[\w-]+ ){0,3}?(?:churches|church|mosques?|temples?|"
        r"synagogues?|offices?|buildings?|homes?|houses?|shops?|banks?|headquarters|librar(?:y|ies)|museums?|archives|"
        r"cinemas?|theatres?|printing (?:press|works))\b",
        r"(?:fire|petrol)-?bombed\b",
        r"arson(?:ists?)?\b",
        r"cart(?:ed|ing) (?:away|off) (?:[\w-]+ ){0,4}?(?:bags|sacks|goods|food|grain|rice|aid|supplies|equipment|"
        r"property|valuables|livestock|cattle)",
        r"(?:set fire to|burned|burnt|torched|razed) (?:[\w'-]+,? ){1,3}(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:village|"
        r"town|hamlet|settlement|neighbou?rhood)\b",
        r"(?:burned|destroyed|destroying|demolished|demolishing|smashed) (?:\w+ ){0,5}(?:homes|houses|shops|villages|"
        r"buildings|property|markets|offices|vehicles|churches|mosques|schools|warehouses|monaster(?:y|ies)|temples?|"
        r"shrines?|tombs?|mausoleums?|minarets?|ruins|statues|monuments|stalls|shacks|kiosks|huts|dwellings)\b",
        r"desecrat\w+",
        # "damaged several Buddha statues at roadside shrines": places of worship and monuments harmed
        r"(?:damaged|defaced|vandali[sz]ed) (?:\w+ ){0,4}?(?:statues?|shrines?|churches|church|mosques?|temples?|"
        r"monuments?|graves|tombs?|memorials?)\b",
        # "used a bulldozer to tear down part of the shrine", "began tearing down homes at Larung Gar", "began
        # knocking down houses in the Roma quarter"
        r"(?:tear|tore|torn|tearing|knock|knocked|knocking) down (?:[\w'-]+ ){0,4}?(?:homes|houses|huts|shops|"
        r"buildings|shrines?|tombs?|"
        r"mausoleums?|mosques?|churches|church|temples?|monaster(?:y|ies)|dwellings|shacks|statues?|monuments?)\b",
        # "pulled down a bronze statue of the former president", "toppled the monument"
        r"(?:(?:pull|pulled|pulling|knock|knocked|knocking|bring|brought|bringing) down|toppl(?:e|ed|es|ing)) "
        r"(?:[\w'-]+ ){0,4}?(?:statues?|monuments?|busts?)\b",
        r"destroyed (?:[\w-]+ ){0,3}?(?:masts?|pylons?|power lines?)\b",
        r"vandals?\b",
        r"uproot\w* (?:[\w-]+ ){0,4}?trees\b",
        # "invaded Northlands, a farm owned by the family of the former president, cutting down trees"
        r"(?:cut|cutting|chopped|chopping|felled|felling) down (?:[\w-]+ ){0,4}?trees\b",
        r"invaded (?:[\w'-]+,? ){0,4}?(?:an? |the )?(?:[\w-]+ )?(?:farms?|ranch(?:es)?|estates?|plantations?)\b",
        # a verb with its object ("a destroyed house" in a caption is no act) takes one building
        r"(?:set(?:ting)? fire to|burned down|burnt down|bulldozed|razed|demolished|torched|levell?ed) (?:(?:more than|at least|"
        r"over|about|some|nearly|almost) )?(?:an?|the|two|three|four|five|several|dozens of|scores of|hundreds of|"
        r"[\d,]+|their|his|her|its|(?=cars|buses|vehicles|homes|houses|shops|trucks|camps)) ?(?:[\w',-]+ ){0,3}?(?:homes?|houses?|"
        r"huts?|shops?|villages?|buildings?|property|markets?|(?:police |polling )?stations?|offices?|vehicles?|cars?|"
        r"buses|trucks?|church(?:es)?|mosques?|temples?|schools?|warehouses?|granar(?:y|ies)|depots?|courthouses?|"
        r"town halls?|masts?|towers?|pylons?|statues?|monuments?|shrines?|monaster(?:y|ies)|institutes?|"
        r"librar(?:y|ies)|museums?|archives?|mausoleums?|tombs?|memorials?|palaces?|residences?|camps?|tents|"
        r"shelters?|quarters?|neighbou?rhoods?)\b",
        # "two trucks carrying aid were set on fire": the thing burned named first, the burner maybe never
        r"(?:trucks?|cars?|vehicles?|buses|lorries|homes|houses|huts|shops|buildings|offices|churches|mosques|"
        r"convoys?|(?:polling |police )?stations|schools|markets|granaries|librar(?:y|ies)|museums?|church|mosque|"
        # "the public library, which held more than 90,000 books and rare manuscripts, was burned down"
        r"temple|synagogue)\b ?(?:[\w.-]+ ){0,8}?(?:(?:[\w.-]+)?, (?:[\w.,'-]+ ){1,12}?)?(?:were|was|had been|"
        r"have been) (?:set on fire|set ablaze|set alight|torched|burned|burnt|looted|ransacked|razed|vandali[sz]ed)",
        # "a fire at a market destroyed hundreds of stalls": what a fire or a flood the sentence opens with
        # destroyed, no one's act (not "set off incendiary charges ..., and the fire destroyed the books")
        unless=re.compile(
            r"^\s*(?:[\w,'-]+ ){0,3}?(?:a|the) (?:[\w-]+ )?(?:fire|blaze|flood|floods|storm|earthquake|cyclone|landslide)\b "
            r"(?:[\w,'-]+ ){0,6}?(?:destroyed|gutted|razed|levell?ed|flattened|swept through|burned down|burnt down)\b"
        ),
    ),
    # "militiamen set ablaze more than 200 homes": burning by armed men (a fire's own spread is no act)
    rule(
        "Looting/property destruction",
        23.1,
        r"(?:set ablaze|set alight|set on fire) (?:[\w-]+ ){0,4}?(?:homes|houses|huts|shops|buildings|vehicles|cars|"
        r"churches|mosques|schools|offices|markets|villages)\b",
        # not a body, nor what is set alight in a figure of speech ("set social media alight")
        r"set (?!(?:[\w-]+ ){0,2}?(?:bod(?:y|ies)|corpses?|remains|social media|the internet|imaginations?|hearts?)\b)"
        r"(?:[\w-]+ ){1,5}?(?:ablaze|alight|on fire)\b",
        armed=True,
        unless=DISASTER,
    ),
    # "a person dressed in black set several Tesla cars ablaze": someone set them alight, armed or not
    rule(
        "Looting/property destruction",
        23.15,
        r"(?:person|man|woman|men|suspects?|arsonists?|attackers?|assailants?|someone|vandals?|youths|people) "
        r"(?:[\w,'-]+ ){0,6}?set (?:[\w-]+ ){0,4}?(?:cars|vehicles|buses|trucks|homes|houses|shops|buildings|offices|"
        r"churches|mosques|synagogues|schools) (?:ablaze|alight|on fire)\b",
        # "unidentified men set ablaze a church"
        r"(?:person|man|woman|men|suspects?|arsonists?|attackers?|assailants?|vandals?|youths) (?:[\w,'-]+ ){0,6}?set "
        r"(?:ablaze|alight|on fire) (?:[\w-]+ ){0,3}?(?:cars?|vehicles?|bus(?:es)?|trucks?|homes?|houses?|shops?|"
        r"buildings?|offices?|church(?:es)?|mosques?|synagogues?|schools?)\b",
        # "entered the synagogue about 4.10am, spread an accelerant and set it alight": arson
        r"(?:spread|poured|sprayed|splashed) (?:an? )?(?:accelerant|petrol|gasoline|fuel|kerosene|diesel)\b[^.;]{0,60}?"
        r"\bset (?:it|them|the (?:[\w-]+ )?(?:building|synagogue|mosque|church|temple|office|house|shop|car)s?) "
        r"(?:ablaze|alight|on fire)\b",
        unless=DISASTER,
    ),
    rule(
        "Looting/property destruction",
        20.9,
        r"carr(?:ying|ied) off",
        r"made off with",
        # "armed raiders tied up the owner and escaped with 19 old masters"
        r"(?:escaped|fled|got away) with (?:[\w-]+ ){0,4}?(?:paintings|old masters|masterpieces|jewels|jewell?ery|cash|gold|"
        r"money|valuables|works of art|artworks)\b",
        r"broke into (?:[\w-]+ ){0,3}?(?:banks?|shops?|homes?|houses?|stores?|warehouses?|markets?|offices?)",
        armed=True,
        unless=COLONIAL,
    ),
    # theft by armed men; a fraudster who stole from customers is not looting
    rule(
        "Looting/property destruction",
        23,
        r"stole\b",
        r"stolen\b",
        r"steal(?:s|ing)?\b",  # not "stealthy"
        r"confiscat\w*",
        armed=True,
        unless=CYBER,
    ),
    # "troops detonating dozens of houses at once": homes destroyed, no bomb attack on people
    rule(
        "Looting/property destruction",
        15.7,
        r"(?:detonat\w*|blew up|blowing up|blow up|demolish\w*|dynamit\w*) (?:[\w-]+ ){0,4}?(?:houses|homes|buildings|"
        r"villages?)\b",
        # "the demolition of Israa University, which Israeli troops had blown up"
        r"demolition of (?:[\w'-]+ ){0,4}?(?:universit(?:y|ies)|schools?|mosques?|churches|church|buildings?|homes?|"
        r"houses?|hospitals?|villages?|neighbou?rhoods?)\b",
        armed=True,
    ),
    # "... which Israeli troops had blown up": soldiers blowing up a building destroy it
    rule(
        "Looting/property destruction",
        15.71,
        r"(?:troops|soldiers|army|forces) (?:had |have |has )?(?:blown up|blew up|demolished|dynamited)\b(?! (?:the |an? )?"
        r"(?:[\w-]+ )?(?:dams?|bridges?|tunnels?|railways?|rail|pipelines?|roads?|power|substations?|depots?)\b)",
        armed=True,
    ),
    # "North Korea blew up the inter-Korean liaison office": a building blown up by those who held it, with no one
    # in it (a bomb that blew up an office and killed people is a bombing)
    rule(
        "Looting/property destruction",
        15.81,
        r"(?:blew up|blown up|blowing up|dynamited) (?:the |an? |its |their )?(?:[\w'-]+ ){0,3}?(?:offices?|buildings?|"
        r"headquarters|embassy|consulate)\b",
        unless=re.compile(
            r"\b(?:bombs?|bombers?|explosives?|car|truck|vehicle|suicide|killing|killed|kills|dead|wounded|wounding|"
            r"injured|injuring|himself|herself|themselves)\b"
        ),
    ),
    # "a statue of ... was blown up": a monument destroyed, not a bomb attack on people
    rule(
        "Looting/property destruction",
        15.8,
        r"(?:statues?|monuments?|shrines?|tombs?|mausoleums?|memorials?|busts?) (?:[\w,'-]+ ){0,12}?(?:was|were|had been|"
        r"has been|have been) (?:blown up|destroyed|demolished|smashed|toppled|bulldozed|razed)",
        r"(?:blew up|blown up|blowing up|dynamited) (?:the |an? |two |several )?(?:[\w'-]+ ){0,4}?(?:arch|temples?|"
        r"statues?|monuments?|shrines?|tombs?|mausoleums?|minarets?|ruins)\b",
    ),
    # "gunmen hijacked and set fire to two dozen cars": vehicles burned, no one taken
    rule(
        "Looting/property destruction",
        11.9,
        r"hijack(?:ed|ing) (?:and (?:set fire to|torched|burned|burnt)|(?:[\w-]+ ){0,4}?(?:cars|vehicles|buses|lorries|"
        r"trucks) (?:and|before) (?:set|setting|torched|torching|burned|burning))",
    ),
)
