"""Trigger rules for disrupted weapons use: missiles and drones intercepted, bombs found, defused or
disposed of, plots foiled, and arms shipments stopped.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import LAUNCHERS_NOT_PROJECTILES, OLD_WAR_ORDNANCE, PROJECTILES

# "a bomb thrown into a crowd killed a teenager, and police defused a second device": the one that went off
SECOND_DEVICE = (
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing))\b[^.]*\b(?:a|the) (?:second|third) "
    r"(?:unexploded )?(?:devices?|bombs?)\b"
)
DISRUPTED_RULES: tuple[TriggerRule, ...] = (
    rule(
        "Disrupted weapons use",
        9,
        r"(?:intercept\w*|shot down|shoots? down|shooting down|downed|brought down|neutrali[sz]ed) (?:[\w%-]+ ){0,8}?"
        + PROJECTILES,
        # "killed when debris fell on his home": what falls after an interception is the interception's
        r"(?:falling|fallen) debris\b",
        r"debris (?:[\w-]+ ){0,3}?(?:fell|falling|rained)\b",
        # a missile destroyed in flight, not a missile system or a drone-control centre, nor "destroyed with a drone"
        r"destroyed (?!with\b|by\b)(?:[\w%-]+ ){0,6}?" + PROJECTILES + LAUNCHERS_NOT_PROJECTILES,
        r"(?:were|was|been|being) intercepted",
        r"interceptors?",
        PROJECTILES + r" (?:\w+ ){0,4}?(?:were |was )?(?:intercepted|shot down|downed|destroyed in the air)",
        r"interceptions?\b",
        r"defus\w+",
        # "bomb experts disarmed a car bomb", "a device found on a cargo plane ... one of two parcel bombs intercepted"
        r"disarm(?:ed|ing) (?:[\w-]+ ){0,5}?(?:bombs?|devices?|explosives?|ieds?)\b",
        r"(?:bombs?|devices?|explosives) (?:[\w-]+ ){0,2}?(?:found|discovered) (?:\w+ )?(?:on|in|at|aboard|inside|under) ",
        r"(?:bombs?|explosive devices?|explosives) (?:[\w,-]+ ){0,6}?(?:were |was )?intercepted\b",
        r"made (?:it |them |the (?:devices?|bombs?|explosives?) )?safe\b",
        # "four attempted explosions in which only the detonators went off", "tried to set off an explosive device
        # ... but passengers overpowered him": a bombing that failed
        r"attempted (?:bomb )?(?:explosions?|bombings?|bomb attacks?)\b",
        r"tried to (?:set off|detonate|ignite|blow up) [^.;]{0,200}?\b(?:but|before) ",
        r"(?:bombs?|explosive devices?|ieds?|explosives) (?:[\w-]+ ){0,3}?(?:was|were|had been) (?:found|discovered|"
        r"uncovered)\b",
        r"controlled (?:detonation|explosion)",
        # "bomb-disposal experts blew up a bomb-like device found near the station"
        r"(?:blew up|detonated|destroyed) (?:[\w-]+ ){0,3}?(?:device|bomb|explosives?)\b[^.;]{0,20}?\bfound\b",
        r"safely detonated",
        # "a bomb squad dug a pit and blew up a bag left at the flower market"
        r"bomb(?:-| )(?:disposal )?(?:squads?|experts|teams?|units?|technicians) (?:[\w'-]+ ){0,6}?(?:blew up|"
        r"detonated|destroyed|defused|removed|dismantled|disarmed)\b",
        r"(?:intercept\w*|shot down|brought down|bring down|downed) (?:[\w%.-]+ ){0,5}?(?:foreign |enemy |hostile )?drones?",
        # "scrambled jets and fired about 100 rounds at five drones that crossed the border"
        r"(?:fired|opened fire) (?:[\w-]+ ){0,4}?(?:at|on) (?:[\w-]+ ){0,3}?(?:drones|unmanned aerial vehicles|uavs)\b",
        r"demin(?:ed|ing)",
        r"seized (?:[\w-]+ ){0,4}?(?:explosives|tnt|ammunition|weapons cache|arms cache|grenades)",
        # "found ... partly assembled explosive devices inside the unit, and the bomb squad removed and disposed of
        # the materials"; "tried to light a fuse protruding from one of his shoes"
        r"(?:found|discovered|uncovered) (?:[\w.,-]+ ){0,12}?(?:explosive devices?|bombs?|explosives)\b[^.;]{0,160}?"
        r"\b(?:removed|disposed of|defused|made safe|disarmed|neutrali[sz]ed)\b",
        r"tried to (?:light|ignite|detonate|set off) (?:[\w-]+ ){0,3}?(?:fuse|bomb|device|explosives?)\b",
        # "police found 1.5 kg of explosive in a flat ... a Syrian suspected of planning a bomb attack"
        r"(?:found|discovered|uncovered) (?:[\w.,-]+ ){0,8}?(?:explosives?|bomb-making|explosive devices?|suicide "
        r"(?:vests?|belts?)|detonators)\b[^.;]{0,160}?\b(?:planning|plotting|preparing|foil(?:ed|ing)|"
        r"thwart(?:ed|ing))\b",
        # "seized a cache of weapons", "confiscated a haul of arms": weapons taken, no ground
        r"(?:seized|confiscated|recovered|impounded) (?:a |an |the )?(?:large |huge |big )?(?:caches?|hauls?|"
        r"stockpiles?|consignments?|quantit(?:y|ies)|arsenal) of (?:[\w-]+ ){0,2}?(?:weapons|arms|guns|rifles|"
        r"ammunition|explosives|grenades)\b",
        # "found an underground store of weapons", "uncovered a hidden store of surface-to-air missiles"
        r"(?:seized|found|discovered|uncovered|unearthed) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:caches?|stores?|dumps?|"
        r"hoards?|stockpiles?|arsenal) of (?:[\w,-]+ ){0,3}?(?:weapons|arms|guns|rifles|ammunition|explosives|grenades|"
        r"missiles|rockets|mortars)\b",
        r"(?:found|discovered|uncovered|recovered|seized|unearthed) (?:[\w-]+ ){0,3}?(?:weapons|arms|ammunition|"
        r"explosives?|bomb-making) (?:caches?|depots?|stockpiles?|dumps?|factory|factories|workshops?)\b",
        # "found two underground bunkers packed with Kalashnikov rifles, machine-guns and ammunition"
        r"(?:found|discovered|uncovered|unearthed) (?:[\w-]+ ){0,4}?(?:bunkers?|caches?|dumps?|hides?|hiding places|"
        r"pits?|crates) (?:packed with|full of|filled with|stuffed with|containing) (?:[\w,-]+ ){0,6}?(?:weapons|arms|rifles|"
        r"guns|machine-guns|explosives|ammunition|grenades|mortars|rockets)\b",
        # "police have recovered hundreds of Kalashnikov rifles, several rocket launchers and thousands of rounds"
        r"(?:recovered|seized|found|confiscated|impounded) (?:hundreds|thousands|dozens|scores) of (?:[\w-]+ ){0,2}?"
        r"(?:rifles|weapons|guns|pistols|rocket launchers|grenades|mortars|machine-guns)\b",
        r"air defen[cs]es? (?:\w+ ){0,2}(?:destroyed|repelled|shot|downed|intercepted)",
        # "seized a boat off the coast that was carrying missiles": an arms shipment stopped
        r"(?:seized|intercepted|stopped|captured|impounded) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:boat|ship|vessel|dhows?|"
        r"speedboat|truck|lorry|vehicle|shipment|consignment|cargo)\b[^.;]{0,80}?\b(?:carrying|loaded with|laden "
        r"with|packed with|transporting|smuggling) (?:[\w,-]+ ){0,6}?(?:weapons|arms|missiles|rockets|explosives|"
        r"ammunition|rifles|grenades|detonators)\b",
        # "intercepted a Greek caique as it was landing dynamite and detonators on a beach"
        r"(?:seized|intercepted|stopped|captured|boarded) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:boat|ship|vessel|caique|dhows?|"
        r"schooner|trawler|launch|truck|lorry)\b[^.;]{0,40}?\b(?:as|while|when) (?:it|she) (?:was|were) (?:landing|"
        r"unloading|delivering|smuggling) (?:[\w,-]+ ){0,3}?(?:weapons|arms|dynamite|explosives|rifles|ammunition|"
        r"grenades|detonators|guns)\b",
        # "seized hundreds of rifles ... that were landed by a fishing boat for guerrillas": arms stopped on the way
        r"(?:seized|captured|confiscated|intercepted) (?:[\w,-]+ ){0,8}?(?:rifles|weapons|arms|guns|ammunition|explosives|"
        r"grenades|mortars)\b[^.;]{0,80}?\b(?:landed|smuggled|shipped|brought in|destined|meant|intended) (?:[\w,-]+ )"
        r"{0,6}?for (?:the )?(?:[\w-]+ ){0,2}?(?:guerrillas|rebels|insurgents|militants|fighters|terrorists)\b",
        # "seized about five tons of rifles, pistols and explosives", "found 150 tonnes of arms": a haul by weight
        r"(?:seized|found|confiscated|impounded|discovered|unloaded) (?:about |some |nearly |almost |more than |over )?"
        r"[\w.,]+ (?:tons?|tonnes|kilos|kilograms|crates|cases|boxes) of (?:[\w,-]+ ){0,6}?(?:weapons|arms|rifles|"
        r"guns|machineguns|machine-guns|pistols|missiles|rockets|explosives?|ammunition|grenades|mortars)\b",
        # "three tons of weapons bearing Cuban army markings ... had been found buried on a beach"
        r"(?:tons?|tonnes|crates) of (?:weapons|arms|rifles|guns|explosives|ammunition)\b[^.;]{0,120}?\b(?:had been|"
        r"have been|were|was) (?:found|seized|discovered|unearthed|confiscated|impounded)\b",
        unless=re.compile(OLD_WAR_ORDNANCE.pattern + "|" + SECOND_DEVICE),
    ),
    # "has disrupted a plot to bring down an aircraft with an improvised explosive device", "arrested an
    # Algerian man after finding bomb-making materials in his car": a bombing stopped before it was done
    rule(
        "Disrupted weapons use",
        9.05,
        r"(?:disrupted|foiled|thwarted|smashed) (?:a |an |the )?(?:[\w-]+ ){0,3}?plot\b",
        # "found a bomb of plastic explosive hidden in the bag of a woman about to board"
        r"(?:police|guards|soldiers|troops|troopers?|officers|agents|officials|(?:bomb|security) (?:squads?|experts|men)) "
        r"(?:[\w'-]+ ){0,6}?(?:found|discovered|uncovered|detected) (?:an? |the |two |three |several )?(?:[\w-]+ ){0,3}?"
        r"(?:bombs?|"
        r"explosive devices?|explosives)(?![\w-]) (?:[\w-]+ ){0,4}?(?:hidden|concealed|planted|packed|buried) "
        r"(?:in|inside|under|beneath|among|beside)\b",
        # "found three homemade bombs packed with gunpowder in his car"
        r"(?:found|discovered) (?:[\w-]+ ){0,3}?(?:bombs|explosive devices|grenades)\b[^.;]{0,80}?\bin (?:his|her|their) "
        r"(?:[\w-]+ )?(?:car|bags?|luggage|suitcases?|flat|apartment|house|home|van|truck|trunk|boot|room)\b",
        # "caught men mixing fertilizer and fuel oil in barrels for bombs"
        r"(?:caught|found|surprised) (?:[\w-]+ ){0,3}?(?:mixing|assembling|building|making|preparing|packing) "
        r"(?:[\w-]+ ){0,8}?(?:for|into) (?:the )?bombs?\b",
        r"(?:finding|found|discovering|discovered|seizing|seized) (?:[\w-]+ ){0,3}?(?:bomb-making (?:materials|"
        r"equipment|components)|nitroglycerine|tatp|detonators|explosive devices)\b",
        context=re.compile(r"\b(?:bomb\w*|explosi\w+|ieds?|devices?|blow up|bring down|detonat\w+)\b"),
        unless=OLD_WAR_ORDNANCE,
    ),
    # "foiled a second attempt in a week to attack an Israeli airliner", "arrested five men who had two missiles
    # that they planned to fire at an airliner": an armed attack stopped before it was done (not a coup foiled)
    rule(
        "Disrupted weapons use",
        9.06,
        r"(?:foiled|thwarted|stopped|prevented) (?:an? |the )?(?:[\w-]+ ){0,5}?(?:attempt|bid) (?:[\w-]+ ){0,4}?to "
        r"(?:attack|bomb|blow up|shoot down|fire (?:on|at)|hijack)\b",
        r"(?:arrested|detained|caught|seized) (?:[\w,-]+ ){1,8}?who (?:had|were carrying|carried) (?:[\w-]+ ){0,4}?"
        r"(?:missiles?|rockets?|bombs?|explosives?|grenades?|rocket launchers?)\b[^.;]{0,80}?\b(?:planned|"
        r"intended|meant|were about|were preparing) to\b",
        unless=re.compile(r"\b(?:coup|putsch|overthrow|mutiny)\b"),
    ),
    # "security men overpowered a priest who rushed at the Pope with a bayonet": an attacker stopped before he
    # struck
    rule(
        "Disrupted weapons use",
        9.07,
        r"(?:overpowered|tackled|disarmed|wrestled|subdued) (?:[\w'-]+ ){0,6}?who (?:rushed|lunged|ran|charged|leapt|"
        r"came) (?:at|towards?) [^.;]{0,80}?\bwith (?:a|an) (?:[\w-]+ )?(?:knife|bayonet|gun|pistol|revolver|rifle|"
        r"axe|machete|sword|dagger)\b",
    ),
)
