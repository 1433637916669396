"""Whether a verb of taking ("captured", "seized") took a person rather than ground: "troops captured Ovidio
Guzman", "seized two journalists", but not "seized Kawlin, a district town"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontwatch.extract.locate import LocatedMention


# people taken, not ground: "captured a 40-year-old man", "seized two journalists"
PEOPLE_TAKEN = frozenset(
    {"man", "woman", "men", "women", "journalist", "volunteer", "mayor", "priest", "activist", "civilian"}
    | {"resident", "teacher", "farmer", "driver", "paramedic", "doctor", "child", "children", "boy", "girl"}
    | {"official", "head", "chief", "leader", "commander", "son", "daughter", "wife", "husband", "villager"}
    | {"tourist", "worker", "engineer", "hostage", "passenger", "student", "nurse", "pilot", "businessman"}
    | {"family", "families", "couple", "hostages", "pupils", "nun", "monk", "missionary", "missionaries"}
    # "seized Israel's Consul-General at his apartment"
    | {"consul", "consul-general", "ambassador", "envoy", "diplomat", "attache", "minister", "governor"}
)


PLACE_NOUNS = frozenset(
    {"town", "city", "village", "capital", "district", "hub", "stronghold", "seat", "outpost", "port"}
    | {"crossing", "region", "province", "county", "settlement", "hamlet", "base", "garrison"}
)


def person_taken(trigger: Any | None, places: list[LocatedMention]) -> bool:
    """ "Troops captured Ovidio Guzman", "captured a 40-year-old man": a person taken, not a place."""
    if trigger is None:
        return False
    if _participle_after(trigger, places) or _name_after_particle(trigger, places):
        return True  # "captured deposed Prime Minister Patrice Lumumba", "led away Alexander Dubcek"
    for child in trigger.children:
        small_clause = child.dep_ in SMALL_CLAUSES or (child.dep_ == "advcl" and child.tag_ == "VBG")
        if small_clause and _small_clause_person(child, places):
            return True  # "captured Saddam Hussein hiding in a hole"
        if child.dep_ == "dobj" and _title(child):
            return True  # "seized Israel's Consul-General" (whatever place the gazetteer makes of the title)
        person = child.ent_type_ == "PERSON" or child.lower_ in PEOPLE_TAKEN
        if any(c.dep_ == "appos" and _names_a_place(c) for c in child.children):
            person = False  # "seized Kawlin, a district town": a place the gazetteer lacks
        if child.dep_ in ("dobj", "nsubjpass") and person:
            return not _in_a_place(child, places)
    return False


def _title(token: Any) -> bool:
    """ "Consul-General": an office written with a hyphen, which the parser splits."""
    doc = token.doc
    hyphened = token.i >= 2 and doc[token.i - 1].text == "-"
    word = f"{doc[token.i - 2].text}-{token.text}" if hyphened else token.text
    return word.lower() in PEOPLE_TAKEN


def place_taken(trigger: Any | None, places: list[LocatedMention]) -> bool:
    """ "Rebels seized Bangui": the verb's object is a place the text names (not "seized Carlos", "seized two
    Frenchmen", nor "seized weapons in Bangui")."""
    if trigger is None or person_taken(trigger, places):
        return False
    return any(
        child.dep_ == "dobj"
        and child.pos_ == "PROPN"
        and child.ent_type_ != "NORP"
        and _in_a_place(child, places)
        for child in trigger.children
    )


SMALL_CLAUSES = frozenset({"ccomp", "xcomp", "oprd"})


def _small_clause_person(clause: Any, places: list[LocatedMention]) -> bool:
    """A person caught doing something ("hiding"), not a misparsed report ("seized Mellit, residents
    said") nor a place the tagger took for a person."""
    if clause.tag_ not in ("VBG", "VBN"):
        return False
    return any(
        c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and not _in_a_place(c, places) for c in clause.children
    )


def _participle_after(trigger: Any, places: list[LocatedMention]) -> bool:
    """ "captured deposed Prime Minister Lumumba": a word of a lost office, then a person's name, right after
    the verb (the parser often reads the participle as a verb of its own)."""
    doc = trigger.doc
    if trigger.i + 1 >= len(doc) or doc[trigger.i + 1].lower_ not in LOST_OFFICE:
        return False
    return any(
        t.ent_type_ == "PERSON" and not _in_a_place(t, places) for t in doc[trigger.i + 2 : trigger.i + 7]
    )


def _name_after_particle(trigger: Any, places: list[LocatedMention]) -> bool:
    """ "led away Alexander Dubcek, the party leader, radio stations said": a person's name right after the
    verb's particle (the parser often makes the name the subject of the report)."""
    doc = trigger.doc
    after = trigger.i + 2
    if after >= len(doc) or doc[trigger.i + 1].lower_ not in ("away", "off"):
        return False
    return doc[after].ent_type_ == "PERSON" and not _in_a_place(doc[after], places)


LOST_OFFICE = frozenset({"deposed", "ousted", "toppled", "overthrown", "exiled", "former"})


def _in_a_place(token: Any, places: list[LocatedMention]) -> bool:
    return any(p.mention.token_start <= token.i < p.mention.token_end for p in places)


def _names_a_place(appositive: Any) -> bool:
    """ "a district town", "the rebel-held part of Daraa city": an apposition saying its noun is a place."""
    if appositive.lemma_.lower() in PLACE_NOUNS:
        return True
    return appositive.lemma_.lower() in PLACE_PARTS and any(c.lower_ == "of" for c in appositive.children)


PLACE_PARTS = frozenset({"part", "half", "district", "quarter", "neighbourhood", "neighborhood", "centre"})
