"""Trigger rules for explosions and remote violence: air and drone strikes, shelling, artillery and
missiles, remote explosives, grenades and suicide bombs (chemical weapons are in `rules_chemical`).

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import (
    ACCIDENT,
    AIRCRAFT,
    DEMONYMS,
    DRILLS,
    GUNMEN_FIRING,
    LABOUR,
    NATURAL_TOLL,
    NO_WEAPON_USED,
    OLD_WAR_ORDNANCE,
    VEHICLES,
    WEAPONS_SUPPLIED,
    W,
)

# an aircraft fired on is the target, not the weapon ("gunmen fired at a helicopter carrying the president")
AIRCRAFT_HIT = re.compile(
    r"\b(?:fired|shot|opened fire) (?:at|on|upon) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:helicopter|plane|aircraft|jet|"
    r"airliner)s?\b"
    # "shot dead a helicopter pilot ... and set his aircraft on fire": the aircraft is the victim's
    r"|\b(?:helicopter|plane|aircraft|airline|airliner|jet) (?:pilots?|crews?|passengers)\b"
    # "to receive the president, whose aircraft was prevented from landing": someone's plane, no weapon
    r"|\b(?:whose|his|her) (?:[\w-]+ )?(?:aircraft|plane|jet|airliner)\b"
    # "as they rushed a Cyprus Airways jet held by two Arab gunmen": a hijacked plane, no weapon
    r"|\b(?:hijacked|seized|commandeered) (?:an? |the |their )?(?:[\w-]+ ){0,3}?(?:helicopter|plane|aircraft|jet|airliner|"
    r"boeing|airbus)"
    r"|\b(?:plane|aircraft|jet|airliner)s? (?:held|hijacked|seized|commandeered) by\b"
    # "hijackers holding a Pan American jumbo jet on the tarmac"
    r"|\b(?:hijackers|gunmen|men|terrorists) (?:were )?holding (?:an? |the )?(?:[\w-]+ ){0,3}?(?:helicopter|plane|"
    r"aircraft|jet|airliner|boeing|airbus)"
    # "raided the air base, ... destroying 26 aircraft on the ground", "shelled it, ... wrecking five B-57 jet
    # bombers on the flight line": aircraft lost, not flying
    r"|\b(?:destroy(?:ed|ing)|damag(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|wreck(?:ed|ing)) (?:[\w-]+ ){0,3}?"
    r"(?:aircraft|planes|jets|helicopters|warplanes|bombers) (?:on the (?:ground|flight line|tarmac|runway)|parked)\b"
)

# "soldiers fired on villagers blocking a highway": guns on people, not a battery's fire
FIRE_ON_PEOPLE = (
    r"(?:soldiers|troops) (?:[\w'-]+ ){0,4}?(?:fired|opened fire) (?:on|at|into) (?:[\w'-]+ ){0,3}?(?:villagers|"
    r"civilians|residents|protesters|demonstrators|crowds?|people|students|worshippers|mourners|passengers)\b"
    # "broke into homes, beat residents and fired on those who ran": shots at people fleeing
    r"|\bfired (?:on|at|into) (?:those|people|anyone|villagers|residents) (?:who|trying to) (?:ran|fled|tried to "
    r"(?:flee|escape|run)|flee|escape)\b"
)

# "a gunman slipped into the streets around the market and fired on shoppers": guns on a crowd, whoever fired
FIRE_ON_A_CROWD = (
    r"fired (?:on|at|into) (?:[\w'-]+ ){0,3}?(?:shoppers|passers-by|worshippers|diners|customers|pedestrians|"
    r"commuters|revell?ers|partygoers|concertgoers|pupils|mourners|crowds?|protesters|demonstrators)\b"
)


SMALL_ARMS_FIRED = (
    r"fired (?:a |an |his |her |their |two |three |several )?(?:[\w.'-]+ )?(?:rifles?|pistols?|handguns?|"
    r"shotguns?|revolvers?|shots?|bullets?|(?<!heavy )(?<!big )(?<!artillery )(?<!tank )(?<!anti-aircraft )guns?|"
    r"(?<=live )(?:ammunition|rounds))\b"
)

# "then fired at police officers returning from a jog", "fired at a passing car": at people or a car; "the
# gunman ... drove to the station and fired at": a gunman's shots
SHOTS_AT_PEOPLE = (
    r"\bfired (?:on|at|upon|into) (?:the |a |an |two |three |several )?(?:[\w-]+ )?(?:police officers|officers|"
    r"policem[ae]n|guards|passers-by|motorists|drivers?|passengers|cars?|vehicles)\b"
    r"|\bgunm[ae]n\b[^.;]{0,160}?\bfired\b"
)

# "a truck packed with explosives", "a car laden with explosives"
VEHICLE_BOMB = (
    r"(?:car|truck|lorry|van|jeep|vehicle|tanker|pick-up|pickup|bus|ambulance)s? (?:packed|loaded|laden|rigged|filled|"
    r"stuffed) with explosives"
)

REMOTE_RULES: tuple[TriggerRule, ...] = (
    rule(
        "Suicide bomb",
        1,
        r"suicide (?:bomb\w*|attack\w*|car bomb\w*|vest|blasts?|explosions?)",
        r"blew (?:himself|herself|themselves) up",
        r"detonated (?:his|her) (?:own )?(?:explosives?|vest|belt|device|bomb|charge)",
        r"killing (?:himself|herself|themselves)\b",
        # a driver who blows up his own vehicle bomb
        r"blown up by (?:its|the|their) drivers?",
        # "killing five Israelis, the Bulgarian driver and the bomber"; "a car rammed the gates and blew up"
        r"killing (?:[\w,'-]+ ){0,10}?and the (?:suicide )?(?:bomber|attacker)\b",
        r"(?:car|truck|van|vehicle|lorry) (?:[\w'-]+ ){0,3}?(?:rammed|crashed|smashed|drove) (?:[\w'-]+ ){0,14}?and "
        r"(?:blew up|exploded|detonated)\b",
        r"(?:killing|killed) (?:[\w-]+ ){1,6}?including (?:himself|herself|themselves|the (?:attacker|bomber|driver))\b",
        r"(?:drove|rammed|driving|ramming|drives|rams) (?:an? |his |her |their )?(?:explosives?|bomb)-(?:laden|packed|"
        r"rigged|filled|loaded)",
        r"svbieds?",
        # "a young woman was believed to have been carrying the explosives strapped to her body"
        r"(?:explosives?|bombs?|devices?|grenades) (?:[\w-]+ ){0,2}?strapped to (?:his|her|their) (?:own )?(?:body|bodies|"
        r"waist|chest|torso)\b",
        r"(?:drove|rammed|driving|ramming) (?:[\w'-]+ ){0,8}?(?:packed|loaded|laden|rigged|filled) with explosives "
        r"(?:[\w'-]+ ){0,12}?(?:blew|detonated|exploded)",
        # "the driver had rammed the car into the building and died in the blast", "one of the attackers was
        # killed in the blast": the bomber died by his own bomb
        r"(?:the|one of the) (?:bomber|attackers?|assailants?) (?:died|was killed|were killed) in the (?:blast|"
        r"explosion)\b",
        r"the driver (?:had |who )?(?:rammed|drove|crashed|steered)[^.;]{0,80}?\band (?:died|was killed) in the "
        r"(?:blast|explosion)\b",
        # "drove a truck packed with explosives into an army camp", "a car packed with explosives was driven into
        # his motorcade": a vehicle bomb steered into its target by its driver
        r"(?:drove|rammed|crashed|steered) (?:an? |the |his |her |their |two |three )?(?:[\w'-]+ ){0,3}?"
        + VEHICLE_BOMB
        + r" (?:[\w'-]+ ){0,3}?(?:into|through)\b",
        VEHICLE_BOMB + r" (?:was|were|had been) (?:driven|rammed|crashed|steered) (?:into|through)\b",
        # "a passenger carrying a bomb on his body appeared to have set it off"
        r"(?:carrying|wearing|with) (?:an? |the )?(?:bomb|explosives?|explosive device) (?:on|under|around) (?:his|her|"
        r"their) (?:own )?(?:body|bodies|clothes|clothing)\b",
    ),
    # "gunmen, some wearing explosive belts, seized a gas plant and took hundreds hostage": no blast; nor vests
    # in a plot ("arrested seven men on suspicion of planning an attack with rifles and explosive vests")
    rule(
        "Suicide bomb",
        1,
        # not "what turned out to be fake explosive belts"
        r"(?<!fake )(?<!dummy )(?<!imitation )(?<!replica )(?<!hoax )(?:explosives?|suicide|bomb) (?:vests?|belts?)",
        unless=re.compile(
            r"^(?!.*\b(?:blew|blown|detonat\w+|explo(?:ded|sion)|blasts?)\b).*\b(?:hostages?|suspicion|suspected of|"
            r"plann\w+|plott\w+|plots?|preparing|obtain\w*|foiled|thwarted|seized|found|discovered|confiscated|"
            r"arrested|detained)\b",
            re.DOTALL,
        ),
    ),
    # "Bulgarian fighter planes shot down an Israeli airliner": one aircraft brings down another
    rule(
        "Air/drone strike",
        7.91,
        r"(?:fighter (?:jets?|planes?|aircraft)|jet fighters?|interceptors?|warplanes?|fighter-bombers?|mig-?\d*s?|"
        r"fighters?(?= (?:[\w-]+ ){0,2}?(?:shot|brought) down (?:[\w-]+ ){0,6}?(?:airliner|passenger|boeing|airbus)))"
        r" (?:[\w-]+ ){0,2}?(?:shot|shoots?|brought) down\b",
        armed=True,
    ),
    # ACLED codes a manned aircraft brought down as a shelling/artillery/missile attack, not an interception
    rule(
        "Shelling/artillery/missile attack",
        8,
        r"(?:shot down|shoots? down|shooting down|downed|brought down|bringing down|brings? down) (?:[\w-]+ ){0,6}?"
        + AIRCRAFT
        + r"\b",
        armed=True,
        # not "attacked its garrison ... and shot down two aircraft": the aircraft lost in the ground fight told
        unless=re.compile(
            W
            + r"drones? (?:attacks?|strikes?) (?:\w+ ){0,2}?(?:shot|brought|downed)|"
            + W
            + r"attacked (?:an? |the |"
            r"their |its )?(?:[\w-]+ ){0,2}?(?:garrisons?|border posts?|outposts?|barracks)\b[^.;]{0,80}?\band "
            r"(?:shot|brought) down\b"
        ),
    ),
    # missiles fired from the air are an air strike in ACLED's coding
    # "a government warplane fired rockets at a market": the aircraft's rockets, not a battery's
    rule(
        "Air/drone strike",
        12.85,
        r"(?:warplanes?|jets?|helicopters?|gunships?|aircraft|planes?|drones?) (?:[\w-]+ ){0,3}?fired (?:[\w-]+ ){0,3}?"
        r"(?:rockets?|missiles?)\b",
        # "a missile fired from an unmanned U.S. Predator aircraft destroyed a car"
        r"(?:rockets?|missiles?|bombs?) (?:fired|launched|dropped) (?:from|by) (?:an? |the )?(?:[\w.-]+ ){0,4}?"
        r"(?:warplanes?|jets?|helicopters?|gunships?|aircraft|planes?|drones?|predators?|reapers?)\b",
        armed=True,
    ),
    # "an American B-52 bomber released its entire load over the town": the bomber is the weapon
    rule(
        "Air/drone strike",
        12.95,
        r"(?<!suicide )(?:b-\d+s?|bombers?|bomber (?:planes?|aircraft)) (?:[\w-]+ ){0,2}?(?:released|dropped|unloaded|"
        r"jettisoned) (?:[\w-]+ ){0,3}?(?:loads?|bombs|payloads?)\b",
        firm=True,
    ),
    rule(
        "Air/drone strike",
        12.95,  # before a fight: "helicopters and jets attacked two army checkpoints"
        r"(?:air ?forces?|air units|aviation|aircraft|warplanes?|jets?|helicopters?|gunships?|(?<!suicide )(?<!car )"
        r"bombers) (?:\w+ ){0,4}?(?:fired|launched|struck|hit|"
        r"dropped|attacked|carried out)",
        armed=True,
        firm=True,  # the aircraft named as the doer: words alone may read the attack as a ground raid
        # "helicopter gunships and troops attacked its border post": an assault on the ground, with air support
        unless=re.compile(
            r"\b(?:aircraft|warplanes?|jets?|helicopters?|gunships?|bombers) and (?:[\w-]+ )?(?:troops|soldiers|"
            r"infantry|ground forces|commandos|paratroopers|tanks)\b"
        ),
    ),
    rule(
        "Air/drone strike",
        13.5,  # "using drone strikes to support their operations, continued clashes": the fight comes first
        r"from (?:aviation|aircraft|the air|warplanes|helicopters)",
        r"using (?:a |an )?(?:uav|drone)s?",
        armed=True,
    ),
    rule(
        "Air/drone strike",
        14,
        r"air ?strikes?",
        r"air force (?:strikes?|raids?|bombing)",
        r"nato (?:bombs?|bombing|missiles?|raids?|planes|warplanes|jets)\b",
        r"air raids?(?! (?:sirens?|alerts?|warnings?|shelters?))",
        r"aerial (?:bombardment|attack)s?",
        r"air attacks?",
        r"(?:drone|helicopter) (?:strikes?|attacks?)",
        r"(?:barrel|guided|glide|gliding|aerial|cluster|air) bombs?",
        r"dropp?(?:ed|ing|s)? (?:[\w-]+ ){0,3}?bombs?",
        r"bombed(?!-out)(?! at the (?:[\w-]+ ){0,3}?box office)",  # not "the bombed-out suburb", nor a film
    ),
    rule(
        "Air/drone strike",
        14,
        r"drones?\b",
        r"warplanes?",
        r"fighter jets?",
        r"jets?\b(?! set\b)",  # not "the Jet Set nightclub"
        r"(?<!suicide )(?<!car )bombers",  # planes, not "the suicide bombers who struck five targets"
        r"(?<!anti-)aircraft",  # not "anti-aircraft gunners": guns on the ground
        r"helicopter gunships?",
        r"(?<!by )helicopters?",  # not "commandos landed by helicopter": a way to travel
        # not "a housing complex for U.S. Air Force personnel": whom a blast hit
        r"air forces?\b(?! (?:school|base|academy|college|museum|officers?|spokes\w+|commander|chief|personnel|"
        r"members|servicem[ae]n|families|pilots|cadets|veterans|staff))",
        r"aviation\b",
        attack=True,
        # nor aircraft dropping bait, leaflets or aid
        unless=re.compile(
            "|".join(p.pattern for p in (ACCIDENT, NATURAL_TOLL, DRILLS, AIRCRAFT_HIT))
            + r"|\bdropp(?:ed|ing) (?:[\w-]+ ){0,3}?(?:bait|leaflets|aid|food|supplies|seeds|pamphlets|flyers|parcels)\b"
            # nor robbers flying a stolen helicopter to a cash depot
            + r"|\b(?:robbers|thieves|heist|stolen)\b"
        ),
    ),
    rule(
        "Shelling/artillery/missile attack",
        15,
        r"shell(?:ed|ing|s)\b",
        r"(?:to|and) shell\b",
        r"bombard\w*",
        r"(?:missile|rocket|artillery|mortar) (?:strikes?|attacks?|fire|barrages?)",
        # "army gunners and warships pounded the walled old city"
        r"(?:gunners|warships|gunboats|batteries|howitzers) (?:[\w,'-]+ ){0,6}?(?:pounded|hammered|blasted)\b",
        armed=False,
        # nor a storm from the sun, nor questions ("a solar storm bombarded Earth's magnetic field")
        unless=re.compile(
            r"\b(?:solar|geomagnetic|magnetic field|cosmic|radiation|particles|meteor\w*)\b"
            # "the offices were blackened shells by morning": what fire left of a building
            r"|\b(?:blackened|burnt-out|burned-out|charred|gutted|hollow|empty) shells?\b"
            r"|\bbombarded (?:[\w-]+ ){0,3}?with (?:questions|calls|messages|emails|complaints|requests|criticism)\b"
        ),
    ),
    rule(
        "Shelling/artillery/missile attack",
        15,
        r"fired (?:\w+ ){0,3}?(?:at|on|upon)\b",
        # nor a gun fired at someone ("a man fired a hunting rifle at the president")
        unless=re.compile(
            W
            + GUNMEN_FIRING
            + "|"
            + W
            + FIRE_ON_PEOPLE
            + "|"
            + W
            + FIRE_ON_A_CROWD
            + "|"
            + W
            + SMALL_ARMS_FIRED
            # "attacked the compound where refugees were sheltering and fired on them": at people
            + r"|\bfired (?:on|at|upon) (?:them|him|her)\b"
            + r"|"
            + SHOTS_AT_PEOPLE
        ),
    ),
    rule(
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
        # not "19 bodies, shot and burned inside a vehicle": where the dead were found
        r"(?:destroyed|hit|struck|shot|disabled|knocked out) (?:(?!inside\b|in\b|into\b|near\b|by\b)\w+ ){0,4}?"
        + VEHICLES,
        attack=True,
        # nor a weapon that only says how the attackers were armed ("soldiers armed with rocket launchers
        # attacked the residence")
        unless=re.compile(
            DRILLS.pattern
            + "|"
            + WEAPONS_SUPPLIED.pattern
            + r"|\b(?:armed|equipped) with (?:[\w-]+ ){0,4}?(?:rockets?|rocket launchers?|rocket-propelled grenades?|"
            r"rpgs?|grenade launchers?|mortars?|missiles?)\b"
            # nor a school's name ("gunmen let into the artillery school opened fire on cadets")
            r"|\bartillery (?:school|academy|college|cadets)\b"
            # nor a rocket beside guns fired at someone's car ("fired a bazooka rocket and automatic weapons at his
            # car"): an attack on the man
            r"|\b(?:rockets?|bazookas?|rpgs?|grenades?) and (?:automatic weapons|machine-?guns?|(?:automatic )?rifles|"
            r"submachine-?guns?|small arms) at (?:his|her|their|the|a|an) (?:[\w-]+ )?(?:cars?|vehicles?|motorcade|"
            r"jeep|limousine|house|home)\b"
        ),
    ),
    # "North Korea fired a shell across the border at a South Korean army unit, and the South fired back dozens of
    # artillery rounds": shells fired at a target are a shelling, not a fight
    rule(
        "Shelling/artillery/missile attack",
        12.9,
        r"fired (?:back )?(?:an? |one |two |three |four |several |dozens of |scores of |a salvo of |\d+ )?(?:artillery )?"
        r"(?:shells?|shell rounds|artillery rounds|mortar rounds|mortar shells|mortars|rockets)\b(?: [\w-]+){0,3}? "
        r"(?:across|at|into|towards?|on)\b",
        r"fired back (?:[\w-]+ ){0,3}?(?:artillery|shells|mortars?|howitzers?|rockets|missiles|multiple rocket launchers)",
        # "cylinder bombs fired by FARC rebels hit houses": a home-made mortar
        r"(?:cylinder|gas-cylinder|home-?made|improvised) (?:[\w-]+ )?(?:bombs?|mortars?|projectiles?) (?:were |was )?"
        r"(?:fired|launched|lobbed)\b",
        unless=DRILLS,
    ),
    rule(
        "Shelling/artillery/missile attack",
        12.91,
        # "guerrillas attacked the police station with homemade mortars": the weapon makes it a shelling
        r"(?:attacked|bombarded|targeted) [^.;]{0,100}?\bwith (?:[\w-]+ ){0,2}?(?:mortars|mortar (?:shells|rounds|"
        r"bombs)|artillery|rockets|missiles)\b",
        # not where guns were fired too ("attacked the base with rockets and machine guns"), nor a fight's
        # end ("clashed with Ukrainian forces, were pushed back and attacked with artillery")
        unless=re.compile(
            W
            + r"(?:guns?|gunfire|rifles|small arms|machine-?guns?|firearms|clash\w*|fought|fighting|battles?|"
            r"pushed back|repelled|repulsed)\b"
        ),
    ),
    # "India struck nine sites in Pakistan", "Ukrainian forces struck Russian positions": no weapon named, from
    # afar (ACLED codes these as shelling/missile attacks)
    rule(
        "Shelling/artillery/missile attack",
        15.5,
        r"(?:struck|pounded) (?:[\w-]+ ){0,3}?(?:sites|targets|positions|camps|hideouts|installations)\b",
        unless=re.compile(
            W + r"(?:storms?|cyclones?|hurricanes?|typhoons?|tornado\w*|earthquakes?|quakes?|floods?)\b"
        ),
    ),
    rule(
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
        r"bombs? (?:ripped|tore|blew|went off|exploded|damaged|destroyed|wrecked)\b",
        # "a bomb killed 13 people", "135 people were killed in the bombings"
        r"bombs? (?:[\w'-]+ ){0,2}?(?:killed|killing|wounded|wounding|injured|injuring)\b",
        r"bombings? (?:at|of|on|in|near|outside) (?:[\w'-]+ ){0,6}?(?:killed|wounded|injured|left)\b",
        r"(?:killed|wounded|injured|died) (?:[\w-]+ ){0,6}?in (?:an? |the )?(?:[\w-]+ ){0,2}?bomb(?:ings?|s)?\b",
        # "Pan Am Flight 103 was destroyed by a bomb"
        r"(?:destroyed|brought down|downed|wrecked) by an? (?:[\w-]+ )?bomb\b",
        # "a bomb in a parked van tore through the government quarter"
        r"bombs? (?:in|on|inside|under|hidden in|placed in|planted in|left in|attached to) (?:[\w'-]+ ){1,4}?(?:ripped|tore|"
        r"blew|went off|exploded)\b",
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
        # "a fireball from a dynamited oil pipeline", "dynamited the bridge"
        r"dynamit(?:ed|ing)\b",
        r"dynamite (?:attacks?|blasts?|bombs?|explosions?|charges?)\b",
        r"explosive remnants",
        r"(?:hit|struck|triggered|set off|ran over|running over|drove over|driving over|stepped on) (?:by )?an? "
        r"(?:[\w-]+ )?(?:mine|landmine)",
        r"(?:sticky|magnetic|pipe|parcel|letter|nail|time|motorcycle|bicycle) bombs?",
        r"limpet mines?",
        r"mines? (?:left|planted|laid)",
        r"(?:killed|wounded|injured|exploded|blown) (?:\w+ ){0,3}(?:on|by) an? (?:\w+ )?"
        r"(?:mine|landmine|explosive|projectile|ordnance|shell)\b",
        unless=re.compile(OLD_WAR_ORDNANCE.pattern + "|" + NO_WEAPON_USED.pattern),
    ),
    # a blast at a target with no weapon named: ACLED codes an unknown explosive as an IED (a gas leak,
    # a tanker or a warehouse is an accident)
    rule(
        "Remote explosive/landmine/IED",
        17.3,
        r"(?:explosions?|blasts?) (?:[\w'-]+ ){0,10}?(?:killed|killing|wounded|wounding|injured|injuring|tore through|"
        r"ripped through|ripped open|tore open|blew open|went off|targeted|hit|brought down|destroyed|wrecked|"
        r"demolished|flattened|levell?ed|gutted)\b",
        # "two explosions sank the Greenpeace ship Rainbow Warrior at its berth"
        r"(?:explosions?|blasts?) (?:[\w'-]+ ){0,3}?sank\b",
        r"(?:killed|wounded|injured) (?:[\w-]+ ){0,6}?(?:in|by) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:explosion|blast)\b",
        # "a car parked in a lane ... blew apart, killing three people"
        r"(?:cars?|vehicles?|motorcycles?|trucks?|vans?) (?:[\w'-]+ ){0,10}?(?:blew apart|blew up|exploded)\b[^.;]{0,80}?"
        r"\b(?:killing|killed|wounding|injuring)\b",
        context=re.compile(
            W
            + r"(?:police|checkpoints?|mosques?|markets?|bus|buses|convoys?|patrols?|military|army|soldiers|troops|"
            r"rall(?:y|ies)|schools?|hotels?|restaurants?|churches|church|shrines?|offices?|officials?|pilgrims|"
            r"worshippers|motorcycles?|cars?|vehicles?|stations?|compounds?|militants?|gunmen|canals?|power lines?|"
            r"railways?|rail lines?|ships?|boats?|vessels?|ferr(?:y|ies)|yachts?)\b"
        ),
        unless=re.compile(
            W
            + r"(?:gas|cylinders?|boilers?|tankers?|fuel|petrol|fireworks?|factory|factories|warehouses?|chemicals?|"
            r"plants?|refiner\w*|pipelines?|transformers?|leaks?|coal|mines? shaft|reactors?|depots?|accident\w*|"
            r"meteor\w*|volcan\w*|quarry|sonic)\b"
        ),
    ),
    # "an explosion ... injured about 20 people; police believed the blast had been set off deliberately": a
    # blast someone caused, wherever it went off
    rule(
        "Remote explosive/landmine/IED",
        17.31,
        r"(?:explosions?|blasts?) (?:[\w'-]+ ){0,16}?(?:killed|killing|wounded|wounding|injured|injuring|damaged|"
        r"damaging|tore|ripped|blew|went off|rocked|destroyed|wrecked)\b",
        r"(?:exploded|blew up)\b",
        r"(?:explosions?|blasts?) (?:was|were|had been|has been) set off\b",
        context=re.compile(
            r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|sabotage|act of terror\w*|terrorist attack|(?:who|what) was "
            r"behind|criminal act|bomb squad|bomb-disposal)\b"
        ),
        unless=re.compile(
            r"\b(?:gas|cylinders?|boilers?|tankers?|fuel|fireworks?|factory|factories|warehouses?|chemicals?|"
            r"refiner\w*|pipelines?|transformers?|leaks?|accident\w*|meteor\w*|volcan\w*|controlled|defus\w*)\b"
        ),
    ),
    # "killed in a Russian strike on Kharkiv", "an Israeli strike hit a building": a state's strike that
    # hits or kills is from the air in the press (a national strike of workers hits and kills nothing)
    rule(
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
    rule(
        "Air/drone strike",
        17.5,
        r"(?<!missile )(?<!rocket )(?<!artillery )(?<!hunger )(?<!general )strikes? on "
        r"(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
        armed=True,
        unless=DRILLS,
    ),
    # "insurgents set off two bombs at a supermarket": a bomb planted, unless the planters shot too
    rule(
        "Remote explosive/landmine/IED",
        18.35,
        r"(?:set off|planted|placed|hid|hidden) (?:[\w-]+ ){0,2}?(?:bombs?|explosives?|explosive devices?|car bombs?)\b",
        r"(?:bombs?|explosives|explosive devices?) (?:(?:had been|has been|was|were) )?(?:planted|hidden|placed) "
        r"(?:in|inside|under|near|at|beside|aboard|on board)\b",
    ),
    # "forces fired in Rubizhne": fire with no named weapon or target, coded as a bombardment
    rule(
        "Shelling/artillery/missile attack",
        26.8,
        r"fired (?:in|into|on|at)\b",
        armed=True,
        unless=re.compile(
            W + GUNMEN_FIRING + "|" + W + FIRE_ON_PEOPLE + "|" + W + FIRE_ON_A_CROWD + "|" + SHOTS_AT_PEOPLE
        ),
    ),
)
