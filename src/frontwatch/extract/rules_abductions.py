"""Trigger rules for abductions and forced disappearances: people seized, taken, held or gone missing where
armed men are about (arrests by a state's own forces are in `rules_groups`).

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import STOP_TAKING, W

ABDUCTION_RULES: tuple[TriggerRule, ...] = (
    # "gunmen took 31 migrants off a bus" (not "she dragged herself out of the car", nor rescuers at work)
    rule(
        "Abduction/forced disappearance",
        18.55,
        r"(?:took|taken|dragged|forced|hauled) (?!(?:himself|herself|themselves|itself)\b)(?:[\w-]+ ){0,3}?(?:off|out "
        r"of) (?:a |an |the |their )?(?:[\w-]+ )?(?:bus|buses|train|vehicles?|trucks?|boats?|cars?|minibus\w*)\b",
        armed=True,
        unless=re.compile(W + r"(?:rescu\w+|survivors?|wreckage|injured|wounded|bodies|corpses?)\b"),
    ),
    # "fired on by gunmen and then bundled into a pickup": taken, whatever shots came first
    rule(
        "Abduction/forced disappearance",
        11.95,
        r"bundled (?:[\w-]+ ){0,3}?into (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:cars?|trucks?|pick-?ups?|vans?|vehicles?|"
        r"suvs?|lorr(?:y|ies)|minibus(?:es)?)\b",
        armed=True,
    ),
    # people driven from their homes, when nothing worse is told ("burned down every building ... and
    # forcibly displaced their residents": the burning)
    # "seized a gas plant and took hundreds of workers hostage": the hostages, not the ground (not where the
    # hostage-takers killed: "took 170 guests hostage, killing 20 of them" is their attack)
    rule(
        "Abduction/forced disappearance",
        10.95,
        r"t(?:ook|aking) (?:[\w,'-]+ ){0,8}?hostages?\b(?! crisis| situation| negotiat)",
        armed=True,
        unless=re.compile(r"\b(?:killing|killed|shot dead|massacred)\b"),
    ),
    # "shot dead his driver and three bodyguards and drove off with him": the man taken is the act
    rule(
        "Abduction/forced disappearance",
        10.94,
        r"(?:drove|sped|raced|made) (?:off|away) with (?:him|her|them|the (?:hostages?|captives?))\b",
        armed=True,
        firm=True,  # the words around it ("shot dead his driver") read as an attack to a classifier of words
    ),
    rule("Abduction/forced disappearance", 23.2, r"forcibly (?:displaced|deported|transferred|moved)"),
    # "the opposition politician and his friend vanished after leaving a sauna, and blood and broken glass were
    # found", "the envoy has been missing since his car was found abandoned": a person of public life gone,
    # with a sign of force
    rule(
        "Abduction/forced disappearance",
        23.3,
        # the sign of force in the words after (a sentence of a plain disappearance stays open to proposals)
        r"(?:vanished|disappeared|went missing|(?:have|has) been missing)\b(?=[^.]*\b(?:blood|broken glass|"
        r"abandoned|engine running|signs? of (?:a )?struggle|forced into)\b)",
        context=re.compile(
            r"\b(?:politicians?|opposition|dissidents?|journalists?|editors?|activists?|diplomats?|envoys?|"
            r"ministers?|businessm[ae]n|lawyers?|critics?)\b",
            re.IGNORECASE,
        ),
        unless=re.compile(
            r"\b(?:flood\w*|earthquake|storm|landslide|avalanche|plane|aircraft|boat|ship|ferry|hik\w+|climb\w*|"
            r"sea|mountain|fire)\b",
            re.IGNORECASE,
        ),
    ),
    rule(
        "Abduction/forced disappearance",
        18.5,
        r"abduct\w*",
        r"kidnap\w*",
        r"(?:took|taken|transported|brought) (?:[\w-]+ ){0,6}?(?:to|in) an unknown (?:location|destination)",
        r"taken hostage",
        r"(?:was|were|been) (?:seized|snatched|grabbed|taken|abducted|kidnapped) (?:[\w-]+ ){0,8}?by (?:[\w-]+ ){0,2}?"
        r"(?:gunmen|armed men|militants|rebels|bandits|kidnappers|fighters|jihadists|pirates|unknown men|"
        r"unidentified men|masked men|men in (?:civilian|plain) clothes)\b",
        r"(?:was|were) snatched\b",
        # "armed men seized the consul-general at his apartment and drove him off in a car"
        r"(?:seized|grabbed|snatched|overpowered) (?:[\w,'-]+ ){0,10}?and (?:drove|took|whisked|bundled|hustled|led) "
        r"(?:him|her|them) (?:off|away|into)\b",
        # "was seized by five or six men in a room of the hotel and taken away"
        r"(?:was|were) (?:seized|grabbed|overpowered) by (?:a group of |a gang of )?(?:two|three|four|five|six|seven|"
        r"several|\w+ or \w+|\d+) (?:[\w-]+ )?men\b",
        r"hold(?:ing|s)? (?:[\w'-]+ ){0,4}?captive\b",
        # "gunmen who had held the United States Ambassador, Clinton E. Knox, captive in his residence"
        r"(?:held|holding) (?:the |an? )?(?:[\w'-]+ ){0,4}?(?:ambassador|consul(?:-general)?|envoy|minister|"
        r"diplomat|governor)\b(?:[\w,.'-]* ){0,6}?captive\b",
        r"held captive",
        r"(?:disappeared|vanished|went missing) after (?:being )?(?:detained|arrested|taken|picked up|abducted)",
        # "has not been seen since police stopped his jeep", "accused the force of making him disappear"
        r"(?:not|never) been seen (?:again )?since (?:[\w'-]+ ){0,4}?(?:police|officers|soldiers|troops|gendarm\w*|"
        r"agents|security forces|men in)\b",
        r"making (?:him|her|them) disappear\b",
        r"forced(?:ly)? disappear\w*",
        r"t(?:ook|aken|ake|aking) (?:[\w'-]+ ){0,5}?captive\b",
        r"took (?:\w+ )?hostages?",
        r"held hostage",
        r"held (?:[\w'-]+ ){0,4}?at gunpoint",
        r"forcibly disappeared",
        r"forced disappearance",
        r"hijack\w*",
        r"taken by (?:armed |masked |unidentified |unknown )?(?:men|gunmen|agents|soldiers)\b",
        # "was dragged screaming from her flat ... by two men", "taken from her home ... by a group of armed men"
        r"(?:taken|snatched|grabbed|hauled|dragged|whisked) (?:screaming |kicking and screaming )?(?:from|out of|away) "
        r"(?:[\w',-]+ ){0,16}?by (?:a (?:group|band|gang|squad) of )?(?:[\w-]+ ){0,2}?(?:men|gunmen|agents|commandos|"
        r"volunteers|kidnappers|militants|rebels|guerrillas)\b(?! (?:of|from) the (?:army|police|military))",
        r"bundled into (?:a |an )?(?:[\w-]+ )?(?:car|van|vehicle|truck)s?\b[^.;]{0,80}?\bby (?:[\w-]+ ){0,2}?(?:men|gunmen|"
        r"agents)\b",
        r"(?:marched|led|forced|took) (?:[\w'-]+ ){0,5}?away at gunpoint",
        r"(?:taken away|picked up|whisked away|bundled into (?:a |an )?(?:[\w-]+ )?(?:car|van|vehicle|truck)) by "
        r"(?:[\w-]+ ){0,3}?(?:men|agents|officers|soldiers|police|security|gunmen)\b",
        r"hostages?",
        r"(?:taking|took|taken|seized|detained|holding|held) (?:[\w'-]+ ){0,4}?crew\b",
        r"(?:being|was|were|is|are|been) held (?:captive )?by (?:the |an |a )?(?:[\w-]+ ){0,3}?(?:militia|militants|rebels|"
        r"group)",
        # a group that says it will stop taking people changes its ways ("said they would stop kidnapping
        # civilians for ransom"); nor a man's past ("Ongwen was himself abducted by the rebels as a boy")
        unless=re.compile(
            W + STOP_TAKING + r"|\bas an? (?:young )?(?:boy|girl|child|teenager|schoolboy|schoolgirl)\b"
            # "the rebels released 12 hostages after a ransom was paid": the end of a taking told before
            r"|(?s:^(?!.*\b(?:t(?:ook|aken|aking)|seiz\w*|kidnapp\w*|abduct\w*|grabb\w*|snatch\w*|captur\w*)\b).*"
            r"\b(?:released|freed|set free|let go|handed over) (?:[\w-]+ ){0,3}?(?:hostages|captives)\b)"
        ),
    ),
    # "shooting dead a British man and seizing his wife": people seized by armed men (not by the police)
    rule(
        "Abduction/forced disappearance",
        18.52,
        r"(?:seiz(?:ed|ing)|grabb(?:ed|ing)|snatch(?:ed|ing)) (?:his |her |their |the |an? |two |three |four |\d+ )?"
        r"(?:[\w-]+ ){0,2}?(?:wife|husband|sons?|daughters?|children|child|women|girls|boys|tourists?|hostages?|"
        r"engineers?|aid workers?|journalists?|priests?|nuns?|passengers|pupils|students|villagers|famil(?:y|ies)|"
        r"geologists?|scientists?|missionar(?:y|ies)|contractors?|foreigners|expatriates|crew members|fishermen|"
        r"volunteers?|climbers|trekkers|divers|(?:french|english|irish|dutch|scots)(?:man|men)|westerners|europeans|"
        r"americans|britons|germans|italians|spaniards|austrians|koreans|japanese|chinese|filipinos|nationals|"
        r"citizens)\b",
        armed=True,
        unless=re.compile(
            W
            + r"(?:police(?:men)?|officers|authorities|agents|troops|soldiers|army) (?:[\w-]+ ){0,3}?(?:seiz|grabb|snatch)"
        ),
    ),
    # people missing after a disaster are not abducted: only where gunmen or troops are in the story
    # (soldiers missing in action were not abducted)
    rule(
        "Abduction/forced disappearance",
        18.6,
        r"(?:were|are|went|remain|remained|(?:has|have|had) gone|(?:has|have|had) been) missing",
        r"(?:has|have|had) not been (?:heard from|seen) (?:since|again)",
        r"(?:seized|hijacked|commandeered|stopped) (?:a |an |the )?(?:[\w-]+ )?(?:bus|buses|vehicles?|trains?|boats?|"
        r"trucks?|minibus\w*) carrying (?:[\w-]+ ){0,3}?(?:passengers|people|villagers|students|pupils|civilians|"
        r"workers|pilgrims|travell?ers)\b",
        # "four gunmen seized a ferry and its five crewmen"
        r"(?:seized|hijacked|commandeered) (?:a |an |the )?(?:[\w-]+ )?(?:ferry|ship|boat|vessel|tanker|bus|train|plane|"
        r"airliner|aircraft|jet) and (?:its|their) (?:[\w-]+ ){0,2}?(?:crew\w*|passengers|pilots?)\b",
        # "took six other French people away with them into the desert"
        r"(?:took|taking|led|marched|carried) (?:[\w-]+ ){0,4}?(?:people|women|children|men|hostages|foreigners|"
        r"workers|villagers|civilians|passengers|technicians|tourists|engineers) away (?:with them|into|to|towards)\b",
        r"(?:seized|snatched|grabbed|carried away|carried off|took away|led away|whisked away|cart(?:ed|ing) (?:off|away)) "
        r"(?:(?!from\b|by\b|weapons\b|arms\b|guns\b|goods\b|cattle\b)[\w-]+ ){0,3}?"
        r"(?:women|girls|boys|children|people|villagers|passengers|students|pupils|schoolchildren|schoolgirls|workers|"
        r"farmers|civilians|travell?ers|worshippers|residents|men|aid workers|hostages|schoolboys|businessm[ae]n|traders|priests?|"
        r"pastors?|imams?|chiefs?|officials?|nurses|doctors|engineers|foreigners|tourists|journalists?|activists?|"
        r"(?:a|an|one|two|three) (?:[\w-]+ ){0,2}?(?:man|woman|boy|girl|child|person|businessman|trader|priest|"
        r"pastor|official|chief|nurse|doctor|engineer|foreigner|tourist|journalist|activist|student|archaeologist|"
        r"scientist|geologist|missionary|diplomat|teacher|pilot))\b",
        armed=True,
        unless=re.compile(
            W
            + r"(?:soldiers|troops|servicem[ae]n|sailors|fighters) (?:[\w,-]+ ){0,3}?(?:have |has |had |were |are )?(?:gone )?missing"
        ),
    ),
)
