"""Doers the actor catalogue does not name: the body members serve in, the noun a count counts, a crowd
that riots, a nation's forces or machines, and forces the text leaves unattributed, which are those of
the country where they act."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.actors import resolve_actor
from frontwatch.model import Actor, ActorMention

ARMED_KINDS = frozenset({"military", "rebels", "militia", "police", "armed group", "external"})


MEMBER_NOUNS = frozenset(
    {"member", "officer", "fighter", "soldier", "troop", "unit", "contingent", "personnel", "element"}
)


# armed men the text ties to a body: "militants from the ...", "gangs belonging to ...", "gunmen loyal to ..."
AFFILIATED_NOUNS = frozenset(
    {"militant", "gunman", "rebel", "insurgent", "inmate", "gang", "jihadist", "guerrilla", "commando"}
    | {"cadre", "bomber", "attacker", "assailant", "cell", "faction"}
)
AFFILIATING = frozenset(
    {"belong", "belonging", "loyal", "link", "linked", "affiliate", "affiliated", "allied", "tie"}
)


SUPPOSED = frozenset({"believe", "think", "say", "suspect", "report"})


def members_of(token: Any) -> list[Any]:
    """ "Kenyan police officers of a UN-backed security mission", "militants from the Eastern Indonesia
    Mujahideen", "gangs belonging to the Viv Ansanm coalition": the body they serve in comes first, its
    head noun before its modifiers ("the Islamic State-aligned Eastern Indonesia Mujahideen")."""
    pledged = _pledged_to(token)
    if pledged:
        return pledged
    lemma = plain_noun(token)
    if lemma not in MEMBER_NOUNS and lemma not in AFFILIATED_NOUNS:
        return []
    preps = [p for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from")]
    links = [c for c in token.children if c.dep_ in ("acl", "amod")]
    # "fighters believed to belong to Islamic State's Sahel branch"
    links += [x for link in links if link.lemma_ in SUPPOSED for x in link.children if x.dep_ == "xcomp"]
    preps += [
        p
        for link in links
        if link.lower_ in AFFILIATING
        for p in link.children
        if p.dep_ == "prep" and p.lower_ in ("to", "with")
    ]
    return [
        t
        for prep in preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for t in (pobj, *(t for t in pobj.subtree if t.i != pobj.i))
    ]


PLEDGES = frozenset({"allegiance", "loyalty", "fealty", "oath"})


def _pledged_to(token: Any) -> list[Any]:
    """ "two men who had pledged allegiance to Islamic State": whoever swore allegiance to a group acts as
    its men."""
    for clause in (c for c in token.children if c.dep_ == "relcl" and c.lemma_ in ("pledge", "swear")):
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in PLEDGES for c in clause.children):
            continue
        preps = [p for p in clause.subtree if p.dep_ == "prep" and p.lower_ == "to"]
        for pobj in (c for prep in preps for c in prep.children if c.dep_ == "pobj"):
            return [pobj, *(t for t in pobj.subtree if t.i != pobj.i)]
    return []


QUANTITIES = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "some", "many", "most", "group"})


def counted(token: Any) -> Any:
    """ "Hundreds of soldiers withdrew": the noun counted, not the count."""
    if token.lower_ not in QUANTITIES:
        return token
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            return pobj
    return token


# one person acting alone ("a man drove a lorry into the crowd", "a gunman shot dead nine people"): ACLED's
# "Sole Perpetrator (Germany)"
LONE_DOERS = frozenset(
    {
        "man", "woman", "gunman", "attacker", "assailant", "knifeman", "shooter", "teenager", "youth",
        "suspect", "student", "driver", "councillor", "councilor", "sniper", "perpetrator",
        "pupil", "boy", "girl", "worker", "employee",
    }
)  # fmt: skip
# "a gunman ... killing one officer" (a fight too), "a man blew himself up" (a suicide bombing)
LONE_ACTS = frozenset({"Attack", "Grenade", "Armed clash", "Suicide bomb", "Remote explosive/landmine/IED"})
SOLE = "Sole Perpetrator"
AGED = re.compile(r"^\d+-year-old$")
ONE = frozenset({"a", "an", "the", "lone", "one", "single"})


def lone_doer(token: Any, sub_event_type: str, country_code: str | None) -> Actor | None:
    """ "A gunman shot dead nine people": one person the text does not tie to any group."""
    if sub_event_type not in LONE_ACTS:
        return None
    ages = (token.doc[c.left_edge.i : c.i + 1].text for c in token.children if c.dep_ == "amod")
    aged = any(AGED.search(age) for age in ages)
    if not aged and (token.lemma_.lower() not in LONE_DOERS or token.tag_ != "NN"):
        return None  # "a 28-year-old Italian with neo-fascist links": one person, whatever word names him
    if any(c.dep_ == "conj" for c in token.children) or token.dep_ == "conj":
        return None  # "a man and his brother"
    if not any(c.lower_ in ONE for c in token.children if c.dep_ in ("det", "amod", "nummod")):
        return None
    return resolve_actor("lone attacker", country_code=country_code)


# one attacker the story tells of, though the sentence's grammar does not give him as its subject: "A man
# armed with a knife stabbed people at random", "... was shot several times. A 71-year-old man was detained"
LONE_SUBJECT = re.compile(
    r"^\s*(?:[^—]{0,60}(?:—|\) -) )?(?:a|an) (?:(?:lone|single) (?:gunman|shooter|assailant|attacker)|"
    r"knifeman|"
    r"(?:[\w-]+ ){0,2}?(?:man|woman|teenager|youth|pupil|student|boy|girl|worker|employee) "
    r"(?:armed with|wielding|carrying)"
    # "A man went on a shooting spree in the old royal capital"
    r"|(?:[\w-]+ ){0,2}?(?:man|woman|teenager|youth|gunman) went on an? (?:[\w-]+ )?(?:spree|rampage))\b",
    re.IGNORECASE,
)
MANY_DOERS = re.compile(
    r"\b(?:gunmen|attackers|assailants|militants|fighters|bandits|raiders|men|insurgents|rebels|jihadists)\b",
    re.IGNORECASE,
)
LONE_SUSPECT = re.compile(
    r"\b(?:a|an|the|one) (?:lone |single )?(?:[\w-]+ ){0,2}?(?:man|woman|gunman|knifeman|attacker|assailant|"
    r"suspect|shooter|teenager|driver)(?:,? [\w'-]+){0,12}?,? (?:was|has been|had been) (?:arrested|detained|"
    r"apprehended|overpowered|taken into custody|shot dead by police|killed by police)\b"
    # "police arrested a Dutch man near the scene"
    r"|\b(?:police|officers|policemen) (?:[\w-]+ ){0,2}?(?:arrested|detained|seized) (?:a|an) "
    r"(?:[\w-]+ ){0,3}?(?:man|woman|teenager|suspect|gunman|knifeman)\b(?! and\b)"
    # "worshippers held the 47-year-old driver until officers arrived"
    r"|\b(?:held|detained|arrested|overpowered|subdued|tackled|restrained) the (?:[\w-]+ ){0,2}?(?:driver|"
    r"attacker|assailant|gunman|knifeman|shooter)\b(?! and\b)"
    # "before a passer-by shot him dead", "before he was killed by police": one attacker, stopped
    r"|\b(?:shot|killed) (?:him|her) dead\b"
    r"|\bbefore (?:he|she) was (?:shot dead|killed|shot|arrested|detained|overpowered)\b"
    # "... then killed himself": one attacker, dead by his own hand
    r"|\b(?:killed|shot|blew up) (?:himself|herself)\b"
    r"|\bturn(?:ed|ing) (?:the|his|her) (?:gun|weapon|rifle|pistol) on (?:himself|herself)\b",
    re.IGNORECASE,
)


def held_alone(sentence: str, following: list[str], sub_event_type: str) -> bool:
    """Whether the story gives one person as the doer of an attack whose sentence names none."""
    if sub_event_type not in LONE_ACTS or MANY_DOERS.search(sentence) is not None:
        return False
    return LONE_SUBJECT.search(sentence) is not None or any(
        LONE_SUSPECT.search(text) is not None for text in (sentence, *following)
    )


# armed men a sentence names by no group: "Fighters seized Bossangoa after clashes with government troops"
UNCLAIMED_MEN = frozenset({"fighter", "combatant", "guerrilla"})


def unclaimed_fighters(token: Any, country_code: str | None) -> Actor | None:
    """ "Fighters seized Bossangoa": fighters the subject of the act and tied to no group are an unidentified
    armed group (not "the fighters", "its fighters": men the story told of before)."""
    if token.dep_ != "nsubj" or plain_noun(token) not in UNCLAIMED_MEN:
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in token.children):
        return None
    return resolve_actor("gunmen", country_code=country_code)


def plain_noun(token: Any) -> str:
    """The noun's lemma, also where the tagger takes a capitalised plural for a name and leaves it whole
    ("Gangs belonging to ...", "- Fighters seized ...")."""
    lemma = str(token.lemma_).lower()
    return lemma[:-1] if lemma == token.lower_ and lemma.endswith("s") else lemma


RIOT_TYPES = frozenset({"Looting/property destruction", "Mob violence", "Violent demonstration"})


CROWD_WORDS = frozenset({"crowd", "youth", "resident", "villager", "mob"})


def crowd(token: Any, sub_event_type: str, country_code: str | None) -> Actor | None:
    """ "Crowds stormed and looted the residence", "Youths looted an office complex", "Angry residents set
    fire to the town hall": people who loot, burn or attack together are rioters."""
    if sub_event_type not in RIOT_TYPES or token.lemma_.lower() not in CROWD_WORDS:
        return None
    return resolve_actor("rioters", country_code=country_code)


HOME_FORCE_WORDS = frozenset(
    {"soldier", "troop", "army", "military", "force", "police", "policeman", "officer", "gendarme", "guard"}
)
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "officer", "officers", "gendarme", "gendarmes"})


def home_forces(
    token: Any, actors: list[ActorMention], offset: int, country_code: str | None
) -> Actor | None:
    """ "Soldiers opened fire on protesters in Lagos": forces the text does not attribute are those of the
    country where they act, or of the state whose forces or officials tell of them ("the army said
    soldiers fired only at ...")."""
    if country_code is None or token.lemma_.lower() not in HOME_FORCE_WORDS:
        return None
    position = token.idx - offset
    if not any(m.actor is None and m.start <= position < m.end for m in actors):
        return None
    return resolve_actor("police" if token.lower_ in POLICE_WORDS else "military", country_code=country_code)


def nationals(token: Any, country_code: str | None) -> Actor | None:
    """ "Russian shelled ...", "Israelis fired ...": a nationality as the doer stands for its forces."""
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return None
    # "A Palestinian with a bag of explosives blew himself up", "a Palestinian suicide bomber": one man, not
    # his nation's forces
    one = token.head if token.dep_ == "amod" and token.head.lemma_.lower() in ONE_MAN_OF_A_NATION else token
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in one.children):
        return None
    stem = token.text[:-1] if token.text.endswith("s") else token.text
    actor = resolve_actor(f"{stem} forces", country_code=country_code)
    return actor if actor is not None and actor.kind in ARMED_KINDS else None


ONE_MAN_OF_A_NATION = frozenset({"bomber", "attacker", "gunman", "assailant"})
# machines a state's forces drive or fly: "Israeli bulldozers demolished a school"
MACHINES = frozenset(
    {"bulldozer", "tank", "jet", "warplane", "gunboat", "warship", "helicopter", "drone", "plane", "vehicle"}
)


def machines_of(token: Any, country_code: str | None, sub_event_type: str = "") -> Actor | None:
    """The forces of the nation whose machines did it ("Israeli bulldozers", "Russian tanks"); in an air
    strike, its fighters are planes ("Bulgarian fighters shot down an airliner")."""
    lemma = token.lemma_.lower()
    if lemma not in MACHINES and not (lemma == "fighter" and sub_event_type == "Air/drone strike"):
        return None
    owners = [c for c in token.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()]
    return next((a for a in (nationals(c, country_code) for c in owners) if a is not None), None)
