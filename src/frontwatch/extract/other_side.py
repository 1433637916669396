"""The other side of an event: an armed actor of another side, or the civilians harmed."""

from __future__ import annotations

import re
from itertools import pairwise

from frontwatch.extract.actor_periods import STATE_KINDS
from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.agents import EXCESSIVE_FORCE, GOVERNMENT_ACTS, TITLES, VICTIM_TYPES, as_force
from frontwatch.extract.group_members import NON_STATE, UNNAMED
from frontwatch.extract.state_roles import MUTINY, PROTEST_TYPES, as_mutiny
from frontwatch.extract.taxonomy import SUB_EVENT_TYPES, TERRITORY
from frontwatch.extract.trigger_words import DEMONYMS, VICTIMS
from frontwatch.extract.unattributed import ARMED_KINDS, SOLE
from frontwatch.model import Actor, ActorMention


def second_actor(
    actors: list[ActorMention],
    actor1: Actor | None,
    claimant: Actor | None,
    sub_event_type: str,
    country: str | None,
    sentence: str = "",
) -> Actor | None:
    """The other side: an armed actor of another side, or the civilians harmed. The source is the other
    side only in a fight or a change of ground that it tells of and no one else is named for ("soldiers
    withdrew after an offensive by Karen rebels, who said they now controlled the town"), or where it also
    acts on a crowd ("Police fired tear gas ..., police said")."""
    policing = sub_event_type in PROTEST_TYPES and sum(m.actor == claimant for m in actors) > 1
    consignee = _consignee(actors, sub_event_type, sentence)
    if consignee is not None and consignee != actor1:
        return consignee
    for mention in actors:
        if mention.text.lower().removeprefix("the ") in TITLES:
            continue  # "stormed President Rajapaksa's residence": a person of the state, not its forces
        if ALLY_BEFORE.search(sentence, max(mention.start - 30, 0), mention.start):
            continue  # "Syrian troops backed by Hezbollah fighters": a partner, not the other side
        if SHIPPED_FROM.search(sentence, max(mention.start - 60, 0), mention.start):
            continue  # "rifles shipped from Libya for the IRA": where arms came from, not whom they were for
        if MISSION.search(mention.text) or MISSION_AFTER.match(sentence, mention.end):
            continue  # "a car bomb went off near the U.S. consulate": a building, its state no party
        if _what_was_gone_for(mention, sub_event_type, sentence):
            continue
        actor = as_force(mention.actor, country, sub_event_type) if mention.actor is not None else None
        if actor is None or actor == actor1:
            continue
        said_it = claimant is not None and claimant in (actor, mention.actor)  # "regional officials said"
        if said_it and sub_event_type not in GROUND_TYPES and not policing:
            continue
        if actor1 is not None and actor.side is not None and actor.side == actor1.side:
            continue
        if actor.name.startswith(UNNAMED) and actor1 is not None and _names_the_doer(actor1):
            continue  # "jihadist fighters attacked ..., JNIM claimed it": the gunmen are the group's own
        signer = actor.kind == "government" and sub_event_type in GOVERNMENT_ACTS  # a party to a deal
        harmed = actor.kind == "civilians" and sub_event_type in VICTIM_TYPES
        if actor.kind in ARMED_KINDS or signer or harmed:
            if actor != claimant:
                return actor
            fallback = actor
            break
    else:
        return None
    rest = actors[actors.index(mention) + 1 :]
    later = second_actor(rest, actor1, claimant, sub_event_type, country, sentence)
    return later or fallback


def _consignee(actors: list[ActorMention], sub_event_type: str, sentence: str) -> Actor | None:
    """ "seized five tons of rifles shipped from Libya for the IRA", "arms bound for the Palestinian
    Authority": whom stopped arms were meant for is the other side of their seizure."""
    if sub_event_type != DISRUPTED:
        return None
    for mention in actors:
        before = max(mention.start - 120, 0)
        if mention.actor is not None and BOUND_FOR.search(sentence, before, mention.start):
            return mention.actor
    return None


def _what_was_gone_for(mention: ActorMention, sub_event_type: str, sentence: str) -> bool:
    """ "tried to force their way into Georgia's parliament", "stormed Haiti's National Penitentiary": a
    state's institution or building the crowd or the gang went for, not a force that fought them."""
    actor = mention.actor
    if actor is None:
        return False
    if actor.kind == "government" and sub_event_type in PROTEST_TYPES:
        return True
    if actor.kind not in ("government", "military") or any(word.islower() for word in mention.text.split()):
        return False
    # a state by its name alone ("Italy's health pass", "Taiwan's legislature"): no force that met a crowd
    return sub_event_type in CROWD_TYPES or STATES_BUILDING.match(sentence, mention.end) is not None


CROWD_TYPES = PROTEST_TYPES | {"Mob violence"}


STATES_BUILDING = re.compile(
    r"['\u2019]s (?:[\w-]+ ){0,3}?(?:penitentiary|prisons?|jails?|palace|parliament|assembly|airports?|"
    r"museums?|university|stadium|hospitals?|cathedral|central bank|square|court|capital)\b",
    re.IGNORECASE,
)
MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?)$", re.IGNORECASE)
MISSION_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:embass(?:y|ies)|consulates?)\b", re.IGNORECASE)


# people from abroad who live where it happened: "Bangladeshi migrant workers", "an Iraqi refugee", "an ethnic
# Chinese woman" are civilians of the country they live in, as ACLED codes them (not visiting engineers)
RESIDENTS = re.compile(
    r"\b(?:migrants?|refugees?|immigrants?|asylum[- ]seekers?|workers?|labou?rers?|ethnic|residents?|"
    r"communit(?:y|ies)|diaspora)\b",
    re.IGNORECASE,
)


def residents_here(actor2: Actor | None, sentence: str, country: str | None) -> Actor | None:
    """Civilians named as from another country are of the story's country where they live in it."""
    if actor2 is None or actor2.kind != "civilians" or actor2.country_code in (None, country):
        return actor2
    if not RESIDENTS.search(sentence):
        return actor2
    return resolve_actor("civilians", country_code=country) or actor2


BETWEEN = re.compile(r"\b(?:between|both)\s+(?:the\s+)?$", re.IGNORECASE)


# acts two joined doers do together to a third side (not a deal they sign, nor a pull-back both make)
JOINT_ACTS = frozenset({TERRITORY, "Attack", "Air/drone strike", "Shelling/artillery/missile attack"}) | {
    "Abduction/forced disappearance"
}


def without_co_doers(
    actors: list[ActorMention],
    actor1: Actor | None,
    sub_event_type: str,
    sentence: str,
    trigger_start: int,
    country: str | None,
) -> list[ActorMention]:
    """The mentions without those joined to the doer's before the act ("Syrian troops and Hezbollah
    fighters captured Qusayr": both took it), unless a fight between them is told ("clashes between the
    army and the rebels")."""
    if actor1 is None or sub_event_type not in JOINT_ACTS:
        return actors
    kept = list(actors)
    for before, mention in pairwise(actors):
        doer = before.actor is not None and as_force(before.actor, country) == actor1
        joined = sentence[before.end : mention.start].strip().lower() == "and"
        if doer and joined and mention.end <= trigger_start and not BETWEEN.search(sentence[: before.start]):
            kept.remove(mention)
    return kept


# who acts with the doer ("troops backed by Hezbollah fighters", "coast guards, working with a U.S. Navy
# ship")
ALLY_BEFORE = re.compile(
    r"\b(?:backed|supported|aided|assisted|joined|helped) by (?:the )?$|\b(?:alongside|together with|"
    r"working with|in (?:cooperation|coordination|partnership) with|with the (?:help|support) of) "
    r"(?:the |an? )?$",
    re.IGNORECASE,
)
BOUND_FOR = re.compile(
    r"\b(?:(?:bound|destined|intended|meant|earmarked|headed)|(?:shipped|smuggled|sent|sailing|supplied)\b"
    r"[^.;]{0,100}?) for (?:the |an? )?$",
    re.IGNORECASE,
)
SHIPPED_FROM = re.compile(
    r"\b(?:shipped|smuggled|sent|brought|flown|supplied|bought|loaded|sailed) (?:[\w-]+ ){0,2}?from "
    r"(?:the )?$",
    re.IGNORECASE,
)
DISAPPEARED = re.compile(r"\b(?:seen since|disappear\w*)\b", re.IGNORECASE)


def disappeared_by(
    sub_event_type: str, trigger_text: str, actor1: Actor | None, actor2: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """ "has not been seen since police stopped his jeep", "accused the force of making him disappear": a
    forced disappearance with the state's men named is theirs (gunmen who abduct a policeman are not)."""
    if (
        sub_event_type == "Abduction/forced disappearance"
        and DISAPPEARED.search(trigger_text)
        and (actor1 is None or actor1.name.startswith(UNNAMED))
        and actor2 is not None
        and actor2.kind in STATE_KINDS
    ):
        return actor2, None
    return actor1, actor2


NAMED_GROUP_KINDS = frozenset({"rebels", "militia", "external"})


def _names_the_doer(actor1: Actor) -> bool:
    """Whether an unnamed "gunman" of the text is actor1 itself: a named group's man, a lone attacker, or a
    mutinous soldier ("Rebel soldiers took control of Goma")."""
    return actor1.kind in NAMED_GROUP_KINDS or actor1.name.startswith((SOLE, MUTINY))


# fights and changes of ground: the party reporting one may be the other side of it
GROUND_TYPES = frozenset(
    {
        TERRITORY,
        "Armed clash",
        "Non-state actor overtakes territory",
        "Government regains territory",
        "Non-violent transfer of territory",
    }
)


# acts whose other side, when the text names none, is the people they befell
CIVILIAN_TARGETS = frozenset(
    {"Attack", "Abduction/forced disappearance", "Arrests", "Mob violence", "Sexual violence"}
    # weapons that, with no armed target named, are turned on people
    | {"Suicide bomb", "Chemical weapon", "Grenade"}
)


VIOLENCE_AGAINST_CIVILIANS = frozenset(
    s for s, t in SUB_EVENT_TYPES.items() if t == "Violence against civilians"
)
# armed men a sentence of an attack on civilians names beside the victims (a police officer shot is a
# victim the text names, a named group's member too)
BYSTANDER_FORCES = frozenset({"military", "armed group", "external", "rebels", "police"})
# a strike or a bomb that killed or wounded people the text does not arm befell civilians ("an air strike
# on the market killed 12 people")
LOOTING = "Looting/property destruction"
# what people own: homes, shops, their cars and cattle (not a monument, a pylon or a ministry alone)
PEOPLES_PROPERTY = re.compile(
    r"\b(?:homes?|houses?|shops?|stores?|villages?|businesses|market stalls?|stalls|shacks?|huts?|"
    r"supermarkets?|shopping (?:centres?|centers?|malls?)|warehouses?|farms?|crops|livestock|cattle|cars|"
    r"lorries|buses|belongings|dwellings|pharmacies|churches|mosques|temples|librar(?:y|ies)|schools?|"
    r"universit(?:y|ies))\b",
    re.IGNORECASE,
)
REMOTE_HARM = frozenset(s for s, t in SUB_EVENT_TYPES.items() if t == "Explosions/Remote violence")
CIVILIANS_HARMED = re.compile(
    r"\b(?:(?:killing|killed|wounding|wounded|injuring|injured) (?:[\w,-]+ ){0,4}?"
    + VICTIMS
    + r"|"
    + VICTIMS
    + r" (?:[\w-]+ ){0,3}?(?:were|was|have been|had been) (?:killed|wounded|injured))\b",
    re.IGNORECASE,
)
FORCE_MEMBERS = (
    r"(?:police(?:m[ae]n|wom[ae]n)?|(?:police )?officers?|constables?|gendarmes?|carabineros|sergeants?|"
    r"soldiers?|servicem[ae]n)"
)
FORCES_HARMED = re.compile(
    rf"\b(?:(?:shot|killed|killing|wounded|wounding|stabbed|stabbing|attacked|attacking|murdered|ambushed) "
    rf"(?:[\w,-]+ ){{0,3}}?{FORCE_MEMBERS}|{FORCE_MEMBERS} (?:[\w-]+ ){{0,3}}?(?:were|was|have been|had been)"
    rf" (?:found )?(?:shot|killed|wounded|stabbed|attacked|murdered|ambushed))\b",
    re.IGNORECASE,
)
CROWDS = frozenset({"protesters", "rioters"})
ONE_SIDED = frozenset({"Peaceful protest", "Change to group/activity", "Headquarters or base established"})


def other_side_by_default(
    sub_event_type: str, actor1: Actor | None, actor2: Actor | None, country: str | None, sentence: str = ""
) -> Actor | None:
    """ACLED's other side where the text leaves it out: force used on a crowd is used on protesters
    (whatever the text calls the people shot); an attack, an abduction, an arrest, a mob's or a sexual
    assault befalls civilians; a mutiny rises against the government. A peaceful protest, a group's
    change and a new base have no other side, whoever else the sentence names."""
    if sub_event_type in ONE_SIDED:
        return None
    if sub_event_type == EXCESSIVE_FORCE and (actor2 is None or actor2.kind not in CROWDS):
        return resolve_actor("protesters", country_code=country) or actor2
    bystander = actor2 is not None and actor2.kind in BYSTANDER_FORCES
    if actor2 is not None and actor2.kind in ("police", "military") and FORCES_HARMED.search(sentence):
        # "shot and wounded a police officer", "shot dead a soldier": the forces were attacked
        bystander = False
    if sub_event_type in VIOLENCE_AGAINST_CIVILIANS and bystander:
        # the soldiers who found the bodies, the snipers who shot the gunman: an attack on civilians has
        # civilians on its other side, whatever armed men the sentence also names
        return resolve_actor("civilians", country_code=country) or actor2
    mob_on_civilians = sub_event_type == "Mob violence" and (actor2 is None or actor2.kind == "civilians")
    if mob_on_civilians and PROTEST_TURNED_ON.search(sentence):
        # "charged into the square and fought pitched battles with anti-government protesters", "pelted
        # people taking part in the pride march": the crowd turned on a protest
        return resolve_actor("protesters", country_code=country) or actor2
    if actor2 is not None:
        return actor2
    if _soldier_shot(sub_event_type, actor1, sentence) or _fought_the_army(sub_event_type, actor1, sentence):
        army = resolve_actor("military", country_code=country)
        return army if army is None or actor1 is None or army.side != actor1.side else None
    owner = _projectiles_owner(sub_event_type, actor1, sentence)
    if owner is not None:
        return owner  # "a Patriot missile destroyed an Iraqi Scud": the Scud's army
    if _coup_fought_off(sub_event_type, actor1, sentence):
        # "soldiers fought off an attack on the headquarters ... the government said it had foiled a coup"
        # (the mutiny is the story's country's army, whoever fought it: "French troops fought the mutineers")
        army = resolve_actor("military", country_code=country or (actor1.country_code if actor1 else None))
        return as_mutiny(army)
    if (
        sub_event_type in CIVILIAN_TARGETS
        or (sub_event_type in REMOTE_HARM and CIVILIANS_HARMED.search(sentence))
        or (sub_event_type == LOOTING and PEOPLES_PROPERTY.search(sentence))
    ):
        return resolve_actor("civilians", country_code=country)
    face = MUTINY_FACES.get(sub_event_type)
    if face is not None and actor1 is not None and actor1.name.startswith(MUTINY):
        return resolve_actor(face, country_code=actor1.country_code or country)
    if _bomb_found(sub_event_type, actor1, sentence):
        return resolve_actor("unidentified armed group", country_code=country)
    if sub_event_type == "Violent demonstration" and POLICE_FACED.search(sentence):
        return resolve_actor("police", country_code=country)
    if (
        sub_event_type == "Violent demonstration"
        and ARMY_FACED.search(sentence)
        and not PEACEKEEPERS.search(sentence)
    ):
        return resolve_actor("military", country_code=country)  # not "troops" the sentence calls peacekeepers
    return None


# "began throwing stones at officers", "fought riot police": the force a riot faced
POLICE_FACED = re.compile(
    r"\b(?:at|on|with|against|fought|battled|attacked|charged) (?:the )?(?:riot |anti-riot )?"
    r"(?:police(?:men)?|officers|security forces|gendarmes)\b",
    re.IGNORECASE,
)


PEACEKEEPERS = re.compile(r"\bpeacekeep", re.IGNORECASE)
# "fought running battles with soldiers", "hurled stones at troops": the army a riot faced
ARMY_FACED = re.compile(
    r"\b(?:at|on|with|against|fought|battled|attacked|charged) (?:the )?(?:soldiers|troops|the army)\b",
    re.IGNORECASE,
)


# a mutiny rises against the government; it fights, or takes ground from, the loyal army
MUTINY_FACES = {
    "Other": "government",
    "Armed clash": "military",
    "Non-state actor overtakes territory": "military",
}
SOLDIER_HARMED = re.compile(
    r"\b(?:(?:shot|killed|killing|wounded|wounding|stabbed|stabbing|attacked|attacking|murdered|ambushed) "
    r"(?:[\w,-]+ ){0,3}?(?:soldiers?|servicem[ae]n)|(?:soldiers?|servicem[ae]n) (?:[\w-]+ ){0,3}?"
    r"(?:were|was|have been|had been) (?:shot|killed|wounded|injured|ambushed))\b",
    re.IGNORECASE,
)


def _soldier_shot(sub_event_type: str, actor1: Actor | None, sentence: str) -> bool:
    """ "A gunman shot dead a soldier standing guard", "Eight soldiers were killed when an explosive device
    blew up under their vehicle": the soldiers the text does not attribute are the country's own, whom
    a gunman or a bomb at home struck."""
    struck = sub_event_type == "Attack" or sub_event_type in REMOTE_HARM
    if not struck or (actor1 is not None and actor1.kind in ("military", "police")):
        return False
    return SOLDIER_HARMED.search(sentence) is not None


UNNAMED_SOLDIERS = re.compile(r"\b(?:soldiers|troops|the army|government forces)\b", re.IGNORECASE)


COUP_WORDS = re.compile(r"\b(?:coup|putsch|mutin\w+)\b", re.IGNORECASE)


def _coup_fought_off(sub_event_type: str, actor1: Actor | None, sentence: str) -> bool:
    """A state's army fighting where the sentence tells of a coup: it fought the army in mutiny."""
    loyal = actor1 is not None and actor1.kind == "military" and not actor1.name.startswith(MUTINY)
    return sub_event_type == "Armed clash" and loyal and COUP_WORDS.search(sentence) is not None


def _fought_the_army(sub_event_type: str, actor1: Actor | None, sentence: str) -> bool:
    """ "Boko Haram fighters stormed the barracks, setting off gun battles with soldiers": the soldiers a
    group at home fights, unnamed, are the country's army."""
    if sub_event_type != "Armed clash" or actor1 is None or actor1.kind not in NON_STATE:
        return False
    return UNNAMED_SOLDIERS.search(sentence) is not None


def _bomb_found(sub_event_type: str, actor1: Actor | None, sentence: str) -> bool:
    """ "bomb experts disarmed a car bomb": the bomb was someone's, an armed group the text does not name (a
    missile shot down is the enemy's, whom the story names)."""
    if sub_event_type != DISRUPTED or actor1 is None or actor1.kind not in ("police", "military"):
        return False
    return PLANTED.search(sentence) is not None and FIRED.search(sentence) is None


DISRUPTED = "Disrupted weapons use"
# "an Iraqi Scud missile", "a swarm of Pakistani drones", "a U.S. MQ-9 Reaper drone" (not "Iranian-made
# drones")
OWNED_PROJECTILE = re.compile(
    r"\b(" + DEMONYMS + r") (?:[\w.-]+ ){0,2}?(?:missiles?|rockets?|drones?|scuds?|aircraft|jets?|planes?|"
    r"bombers?|helicopters?|uavs?|shells?)\b",
    re.IGNORECASE,
)


def _projectiles_owner(sub_event_type: str, actor1: Actor | None, sentence: str) -> Actor | None:
    """The state whose missile, drone or aircraft was brought down, named by its demonym, if not the
    doer's."""
    if sub_event_type != DISRUPTED:
        return None
    for match in OWNED_PROJECTILE.finditer(sentence):
        army = resolve_actor(f"{match.group(1)} forces")
        if army is not None and army.kind == "military" and (actor1 is None or army.side != actor1.side):
            return army
    return None


PROTEST_TURNED_ON = re.compile(
    r"\b(?:attacked|charged (?:into|at)|fought (?:[\w-]+ ){0,2}?with|clashed with|beat|pelted|stoned|"
    r"(?:threw|hurled) (?:[\w,'-]+ ){0,6}?at) "
    r"(?:[\w,-]+ ){0,4}?(?:protesters|demonstrators|marchers|(?:people|those) taking part in (?:an? |the )?"
    r"(?:[\w-]+ ){0,3}?(?:march|rally|protest|parade|demonstration))\b",
    re.IGNORECASE,
)
PLANTED = re.compile(
    r"\b(?:bombs?|explosives?|(?:explosive )?devices?|ieds?|detonators|suicide vests?)\b", re.IGNORECASE
)
FIRED = re.compile(
    r"\b(?:missiles?|rockets?|drones?|shells?|projectiles?|aircraft|jets?|uavs?)\b", re.IGNORECASE
)


def protest_order(
    sub_event_type: str, actor1: Actor | None, actor2: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """ACLED codes force used on a crowd as a protest event, and a protest event's first actor is always
    the protesters: "police shot dead three protesters" has the protesters first and the police second."""
    crowd_second = actor2 is not None and actor2.kind in CROWDS
    if sub_event_type == EXCESSIVE_FORCE and crowd_second and (actor1 is None or actor1.kind not in CROWDS):
        actor1, actor2 = actor2, actor1
    return actor1, actor2


OVERTAKEN = "Non-state actor overtakes territory"


def defender(sub_event_type: str, taker: Actor | None, country_code: str | None) -> Actor | None:
    """Ground a rebel or foreign force overtakes was held by the state's forces where the text names no
    one else ("Fano militiamen took control of Lalibela"): ACLED always codes the side that lost it."""
    if sub_event_type != OVERTAKEN or taker is None or not country_code:
        return None
    if taker.country_code == country_code and taker.kind in STATE_KINDS and not taker.name.startswith(MUTINY):
        return None  # (an army in mutiny takes ground from the loyal army)
    return resolve_actor("military", country_code=country_code)


SUPPORTERS_OF = re.compile(
    r"\b(?:supporters|members|activists|followers|partisans|sympathi[sz]ers)(?: and [\w-]+)? of\b",
    re.IGNORECASE,
)


# the words that name a state's armed men (not its name alone: "angered by France's nuclear tests")
ARMED_MEN = re.compile(
    r"\b(?:army|armies|forces|military|troops|soldiers|guards?|guardsmen|commandos?|paratroopers|marines|"
    r"militar\w+|servicem[ae]n|sailors|airmen|units?)\b",
    re.IGNORECASE,
)


def crowds_other_side(actor1: Actor | None, actor2: Actor | None, sentence: str, act: int) -> Actor | None:
    """The other side of a crowd that takes the first place: the armed actor the rules had put first, not
    the party whose supporters the crowd are ("members and supporters of CHADEMA ... threw stones at
    officers": the party is the crowd's own), nor an army the sentence names no soldiers of ("rioters
    angered by France's nuclear test ... fought gendarmes": France, not its army), nor unnamed men who are
    the crowd itself."""
    armed = actor1 is not None and actor1.kind in ARMED_KINDS
    own = actor1 is not None and actor1.kind == "militia" and SUPPORTERS_OF.search(sentence[:act]) is not None
    unnamed_army = actor1 is not None and actor1.kind == "military" and ARMED_MEN.search(sentence) is None
    # "groups of masked men attacked officers with paving stones": the men are the crowd, the police its foe
    crowd_men = (
        actor1 is not None and actor1.name.startswith(UNNAMED) and POLICE_FACED.search(sentence) is not None
    )
    if unnamed_army and actor2 is None and POLICE_NAMED.search(sentence[:act]) and actor1 is not None:
        # "Police fired into thousands of demonstrators who stormed a police box": the police faced them
        return resolve_actor("police", country_code=actor1.country_code) or actor2
    return actor1 if armed and not own and not unnamed_army and not crowd_men else actor2


POLICE_NAMED = re.compile(r"\b(?:police(?:men)?|gendarmes)\b", re.IGNORECASE)
