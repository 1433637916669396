"""Whether a verb of taking took ground: "Soldiers looted and captured cars", "captured some enemy positions",
"captured two soldiers in an attack on an army patrol", "with hundreds of rebels killed or captured" and
"thousands of police entered the commune" take no town."""

from __future__ import annotations

from typing import Any

GOODS = frozenset(
    {"car", "vehicle", "truck", "lorry", "bus", "equipment", "weapon", "ammunition", "tank", "property"}
    | {"cash", "money", "food", "grain", "fuel", "livestock", "cattle", "goods", "aid", "phone", "document"}
    | {"ship", "vessel", "tanker", "boat", "freighter", "cargo", "ferry"}
    | {"plane", "airliner", "aircraft", "jet"}
)


# what a fight takes without taking a town: "captured some of the positions of the Ukrainian forces"
POSITIONS = frozenset({"position", "trench", "dugout", "foxhole"})
# armed men taken in a fight: "captured two soldiers in an attack on an army patrol"
MEN_TAKEN = frozenset({"soldier", "serviceman", "servicemen", "policeman", "policemen", "troop", "guard"})
# a person seized: "Italian police seized the gunman at the scene"
PEOPLE_SEIZED = frozenset(
    {"gunman", "gunmen", "attacker", "assailant", "suspect", "bomber", "hijacker", "kidnapper", "shooter"}
)


def no_ground_taken(token: Any | None) -> bool:
    """ "Soldiers looted and captured cars": what was taken is property, not ground; "captured some enemy
    positions": the fight is the event, no town changed hands."""
    if token is None:
        return False
    if token.lemma_ == "enter" and any(_police_subject(c) for c in token.children):
        return True  # "thousands of police entered the commune": a raid, not ground taken
    if _men_killed_or_captured(token) or _men_were_taken(token):
        return True
    if (token.lemma_ in ("enter", "retake", "recapture") or token.lower_ == "retook") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in BUILDINGS for c in token.children
    ):
        # "entered the bell tower of the basilica and arrested eight men", "troops retook the Palace of
        # Justice after a battle with the guerrillas who stormed it": a scene, not ground
        return True
    if _driven_out(token):
        return False  # "drove Ninja militiamen out of Bacongo": the men go, the ground changes hands
    direct = [c for c in token.children if c.dep_ == "dobj"]
    if not direct:  # "looted and captured cars": the verbs share the object ("seized the headquarters and
        # handed out weapons" does not)
        verbs = [c for c in token.children if c.dep_ == "conj"]
        verbs += [token.head] if token.dep_ == "conj" else []
        direct = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    parts = [p for o in direct for prep in o.children if prep.lower_ == "of" for p in prep.children]
    return any(o.lemma_.lower() in GOODS | MEN_TAKEN | PEOPLE_SEIZED for o in direct) or any(
        o.lemma_.lower() in POSITIONS for o in direct + parts
    )


# a building walked into is the scene of an act, not ground taken
BUILDINGS = frozenset(
    {"tower", "belfry", "building", "house", "home", "church", "mosque", "cathedral", "basilica", "temple"}
    | {"embassy", "consulate", "hotel", "office", "school", "classroom", "hospital", "bank", "shop", "store"}
    | {"restaurant", "bar", "court", "courtroom", "museum", "theatre", "theater", "cinema", "dormitory"}
    | {"flat", "apartment", "room", "synagogue", "studio", "newsroom", "palace", "parliament"}
)


EXPELLING = frozenset({"drive", "push", "chase", "force", "flush", "oust", "expel", "throw"})


def _driven_out(token: Any) -> bool:
    """ "drove the militiamen out of two districts", "pushed the rebels out of the town"."""
    if token.lemma_.lower() not in EXPELLING:
        return False
    outs = [c for c in token.children if c.lower_ == "out"]
    return any(
        any(g.lower_ == "of" for g in o.children) or o.nbor(1).lower_ == "of"
        for o in outs
        if o.i + 1 < len(o.doc)
    )


FIGHTERS = frozenset(
    {"rebel", "fighter", "militant", "insurgent", "attacker", "gunman", "jihadist", "soldier"}
)


def _men_were_taken(token: Any) -> bool:
    """ "two of the kidnappers were killed and three were captured": men taken, told by count or name."""
    return any(
        c.dep_ == "nsubjpass"
        and (
            c.pos_ == "NUM"
            or c.lower_ in ("he", "she", "they")
            or c.lemma_.lower() in MEN_TAKEN | PEOPLE_SEIZED
        )
        for c in token.children
    )


def _men_killed_or_captured(token: Any) -> bool:
    """ "with hundreds of rebels killed or captured": men taken, told of the men."""
    verb = token.head if token.dep_ == "conj" else token
    if verb.dep_ != "acl":
        return False
    noun = verb.head
    nouns = [noun, *(p for prep in noun.children if prep.lower_ == "of" for p in prep.children)]
    return any(n.lemma_.lower() in FIGHTERS | MEN_TAKEN for n in nouns)


POLICE_WORDS = frozenset({"police", "policeman", "policemen", "officer", "gendarme", "riot"})


def _police_subject(child: Any) -> bool:
    if child.dep_ != "nsubj":
        return False
    return any(t.lower_ in POLICE_WORDS or t.lemma_ in POLICE_WORDS for t in child.subtree)
