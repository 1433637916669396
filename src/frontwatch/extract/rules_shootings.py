"""Trigger rules for shootings told by who was shot: officers fired at, a man shot by the police after he
attacked them, hostage-takers stormed, bodies found shot, and prisoners beaten by their guards.

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

from frontwatch.extract.trigger_rule import TriggerRule, rule

SHOOTING_RULES: tuple[TriggerRule, ...] = (
    # "the bodies of eight men, shot and burned inside a vehicle": people found killed were attacked
    rule(
        "Attack",
        18.3,
        r"bod(?:y|ies) of (?:[\w-]+ ){0,3}?(?:m[ae]n|wom[ae]n|people|migrants|civilians|villagers|children|youths|"
        r"boys?|girls?|farmers|students|journalists?|activists?),? (?:who had been |had been |were |was )?(?:shot|"
        r"executed|tortured|beheaded|mutilated|hacked|stabbed|bound)\b",
        # "among about 40 men taken away in a truck by the constabulary during a search ... and shot"
        r"taken away (?:[\w,'-]+ ){0,18}?and (?:shot|killed|executed)\b",
        # "prison guards beat inmates at a jail": the state's men on people in their hands
        r"(?:guards|warders|jailers|wardens) (?:[\w'-]+ ){0,3}?(?:beat|beaten|tortured|whipped|flogged|assaulted) "
        r"(?:[\w-]+ ){0,2}?(?:inmates|prisoners|detainees)\b",
        # "had been beaten to death by warders", "they had been clubbed by warders"
        r"(?:beaten|clubbed|tortured|whipped|flogged)(?: to death)? by (?:[\w-]+ )?(?:guards|warders|jailers|wardens)\b",
    ),
    # "the gunman ... drove to the station and fired at police officers on patrol": shots at the state's forces
    rule(
        "Armed clash",
        18.12,
        r"(?:fired|opened fire) (?:on|at|upon) (?:[\w-]+ ){0,2}?(?:police officers|officers|policem[ae]n|police|"
        r"soldiers|troops|guards|gendarmes)\b",
        # "occupied the centre of the town for hours, shooting soldiers in the streets"
        r"shooting (?:[\w-]+ ){0,2}?(?:soldiers|troops|policem[ae]n|gendarmes)\b",
        armed=True,
    ),
    # "police shot dead a man after he stabbed two officers": the man fought them first
    rule(
        "Armed clash",
        13.05,
        r"(?:police(?:men)?|officers|soldiers|troops|guards|gendarmes) (?:[\w-]+ ){0,3}?(?:shot dead|shot|killed|"
        r"gunned down) (?:[\w,'-]+ ){0,8}?(?:after|when|as) (?:he|she|they|the (?:[\w-]+ )?(?:man|woman|suspect|attacker|"
        r"assailant)) (?:had )?(?:stabbed|attacked|shot|shot at|fired at|opened fire on|lunged at|wounded|charged at) "
        r"(?:[\w-]+ ){0,3}?(?:officers?|policem[ae]n|police|soldiers|guards|gendarmes)\b",
        # "police shot dead five men who drove a car into pedestrians": the attackers, met by the police
        r"(?:police(?:men)?|officers|soldiers|troops|guards|gendarmes) (?:[\w-]+ ){0,3}?(?:shot dead|shot and killed|"
        r"killed|gunned down) (?:[\w-]+ ){0,2}?(?:men|attackers?|assailants?|gunm[ae]n|militants|hijackers|"
        r"hostage-takers|guerrillas) who (?:had )?(?:drove|driven|rammed|attacked|stabbed|opened fire|shot|killed|"
        r"seized|stormed)\b",
        # "stormed the house shortly before midnight and shot the attacker dead"
        r"(?:stormed|raided|broke into) (?:[\w',-]+ ){0,10}?and (?:shot|killed) (?:the |both |all )?(?:[\w-]+ ){0,2}?"
        r"(?:attackers?|assailants?|gunm[ae]n|hostage-takers?|hijackers?|militants|guerrillas)\b",
        firm=True,  # the grammar tells who fought whom
    ),
    # "commandos freed over 100 hostages held by hijackers at Entebbe airport in a raid", "Egyptian commandos
    # stormed a hijacked Egyptair Boeing": a force that fought the hostage-takers, not a hostage-taking
    rule(
        "Armed clash",
        10.89,
        r"(?:freed|rescued) (?:[\w-]+ ){0,4}?hostages (?:[\w,'-]+ ){0,8}?in (?:an? |the )(?:[\w-]+ )?(?:raid|assault|"
        r"rescue operation|commando operation)\b",
        r"(?:commandos|troops|soldiers|police|forces|marines|paratroopers) (?:[\w-]+ ){0,3}?stormed (?:an? |the )?"
        r"(?:[\w-]+ ){0,3}?(?:hijacked|seized)\b",
        firm=True,
    ),
)
