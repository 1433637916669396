"""Who is said to be behind an attack whose sentence does not name its doer.

News reports a bombing in one clause and its author in another: "Islamic State claimed the attack",
"local officials blamed the Rapid Support Forces", "..., blaming Houthi missiles". ACLED codes the
claiming group, or the party blamed, as the first actor. A group's own claim of responsibility outweighs
the grammar of the sentence ("a suicide bomber struck ..., the group claimed"); blame only fills in a
doer the sentence leaves out, or replaces the party that does the blaming ("Hezbollah blamed Israel").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.culprit_phrases import (
    BLAME_LEMMAS,
    BLAMED_ACTS,
    CLAIMED_ACTS,
    HALLMARKS,
    OWNED_ACT,
    Culprit,
    believed_to_be,
    held_by,
    spoken_for,
    uniformed,
)
from frontwatch.extract.group_members import NON_STATE, UNNAMED
from frontwatch.extract.self_named import names_another_country, self_named_group
from frontwatch.model import Actor


def find_culprit(sentences: Iterable[Any], country_code: str | None) -> Culprit | None:
    """The first claim of responsibility in the sentences, else the first party blamed."""
    blamed: Culprit | None = None
    for sentence in sentences:
        caller = spoken_for(sentence.text, country_code)
        if caller is not None:
            return caller
        if _open(blamed):
            blamed = (
                uniformed(sentence.text, country_code)
                or believed_to_be(sentence.text, country_code)
                or held_by(sentence.text, country_code)
                or blamed
            )
        for token in sentence:
            if _open(blamed) and token.lemma_.lower() in DOER_NOUNS:
                blamed = _doers_from(token, country_code) or blamed
            # "a group ... claimed responsibility, police said": the parse may read "claimed" as an adjective
            misread = (
                token.lower_ == "claimed" and token.dep_ == "amod" and token.head.lower_ == "responsibility"
            )
            if token.pos_ not in ("VERB", "AUX") and not misread:
                continue
            if token.lemma_ in ("describe", "call", "hail"):
                claimer = _described_as_its_own(token, country_code)
                if claimer is not None:
                    return Culprit(claimer, True, None)
            if token.lemma_ in ("claim", "say") or misread:
                claims = _owner if token.lemma_ == "say" else _claimer
                claimer = claims(token, country_code)
                if claimer is not None:
                    return Culprit(claimer, True, None)
                if token.lemma_ == "say" and _open(blamed):
                    blamed = _named_behind(token, country_code) or blamed
            elif token.lemma_ in BLAME_LEMMAS and _open(blamed):
                blamed = _blamed(token, country_code) or blamed
            elif token.lemma_ == "deny" and _open(blamed):
                blamed = _denier(token, country_code) or blamed
            elif token.lemma_ == "fall" and _open(blamed):
                blamed = _suspicion_on(token, country_code) or blamed
            elif token.lemma_ == "bear" and _open(blamed):
                blamed = _marked(token, country_code) or blamed
            elif token.lemma_ == "belong" and _open(blamed):
                blamed = _member_of(token, country_code) or blamed
            elif token.lemma_ == "be" and _open(blamed):
                blamed = _suspect_of_inquiry(token, country_code) or blamed
    return blamed


def _open(blamed: Culprit | None) -> bool:
    """Whether a later sentence may still name the party blamed: none yet, or only unnamed gunmen ("suspected
    insurgents ..., police said. The attacks bore the hallmarks of the BRN")."""
    return blamed is None or blamed.actor.name.startswith(UNNAMED)


def _claimer(verb: Any, country_code: str | None) -> Actor | None:
    """ "Islamic State claimed the attack", "the attack was claimed by the BLA"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects.extend(_reduced_relative(verb))
    if verb.dep_ == "amod":
        objects.append(verb.head)  # "claimed responsibility" parsed as an adjective and its noun
    if not any(o.lemma_.lower() in CLAIMED_ACTS for o in objects):
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in RELATIVE and verb.dep_ == "relcl":
            # "Islamic State, which claimed both attacks, ..."
            return _one_among(verb.head, country_code) or _party(verb.head, country_code)
        if child.dep_ == "nsubj":
            return _party(child, country_code)
        if child.dep_ == "agent":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                return _party(pobj, country_code)
    return None


def _one_among(head: Any, country_code: str | None) -> Actor | None:
    """ "Jamaat-ul-Ahrar ... was among the groups that claimed the attack": the one among them (the parse
    may split a hyphenated name into several subjects)."""
    if head.dep_ != "pobj" or head.head.lower_ != "among":
        return None
    subjects = [c for c in head.head.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    if len(subjects) == 1:
        return _party(subjects[0], country_code)
    name = head.doc[subjects[0].left_edge.i : subjects[-1].i + 1].text
    return resolve_actor(name, country_code=country_code)


def _reduced_relative(verb: Any) -> list[Any]:
    """The act a claim-verb describes without a relative word: "one of several attacks the BLA claimed"
    (the act noun right before the claim's subject), whether the parse makes it a relative clause or not."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in CLAIMED_ACTS:
        return [verb.head]
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    before = subject.left_edge.i - 1 if subject is not None else -1
    if before >= 0 and verb.doc[before].lemma_.lower() in CLAIMED_ACTS:
        return [verb.doc[before]]
    return []


RELATIVE = frozenset({"which", "who", "that"})
OWN_DOING = frozenset({"it", "they", "we"})  # "JNIM said it was behind the assault"


def _owner(verb: Any, country_code: str | None) -> Actor | None:
    """ "JNIM said it was behind the assault", "the group said it had carried out the bombing", "... said
    they were responsible for the attack", "Islamic State's affiliate said two of its fighters had carried
    out the attack": a party saying it (or its men) did the act claims it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # "The group Ansar Bayt al-Maqdis said"
    speaker = next((a for a in (_party(s, country_code) for s in subjects) if a is not None), None)
    said = _said_act(verb)
    if said is not None and any(_own_doing(c) for c in said.children if c.dep_ in ("nsubj", "nsubjpass")):
        return speaker
    if speaker is not None and speaker.kind in NON_STATE and (_avenging(verb) or _owns_outright(verb)):
        return speaker  # "Islamic State said the attack was retaliation for the offensive on Mosul"
    return None


# "Ansar al-Furqan said it was responsible", "MEND said it was holding the men": the act goes unsaid
OWNED_OUTRIGHT = re.compile(
    r"^(?:it|they|we) (?:was|were|is|are) (?:responsible|behind it|behind them|"
    r"holding (?:the|them|him|her|all|\w+ of the)\b.*)$"
)


def _owns_outright(verb: Any) -> bool:
    """A group saying it was responsible, or that it holds the captives, without naming the act."""
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if said is None:
        return False
    words = " ".join(t.lower_ for t in said.subtree if not t.is_punct)
    return OWNED_OUTRIGHT.match(words) is not None


AVENGING = re.compile(r"\b(?:retaliation|revenge|response|reprisal|vengeance|punishment)\b")


def _avenging(verb: Any) -> bool:
    """ "... said the attack was retaliation for ...": a group giving the reason for an act owns it."""
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
    if said is None:
        return False
    acts = [c for c in said.children if c.dep_ == "nsubj" and c.lemma_.lower() in BLAMED_ACTS]
    return bool(acts) and AVENGING.search(" ".join(t.lower_ for t in said.subtree)) is not None


GROUP_NOUNS = frozenset({"group", "organisation", "organization", "movement", "militia"})


def _own_doing(subject: Any) -> bool:
    """ "it", "they", "its fighters", "two of its men", "one of the group's fighters": the speaker itself or
    its own men."""
    if subject.lower_ in OWN_DOING:
        return True
    return any(
        t.dep_ == "poss" and (t.lower_ in ("its", "their", "our") or t.lemma_.lower() in GROUP_NOUNS)
        for t in subject.subtree
    )


OWN_MEN = frozenset({"soldier", "fighter", "member", "mujahid", "martyr", "warrior"})


def _described_as_its_own(verb: Any, country_code: str | None) -> Actor | None:
    """ "Islamic State's news agency later described him as one of its soldiers": a group calling the
    attacker its own claims the act."""
    as_its = [
        t
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for t in prep.subtree
        if t.lemma_.lower() in OWN_MEN and _own_doing(t)
    ]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not as_its or subject is None:
        return None
    party = _party(subject, country_code)
    return party if party is not None and party.kind in NON_STATE else None


def _said_act(verb: Any) -> Any:
    """The clause a say-verb reports when it tells who did an act ("... was behind the attack", "... had
    carried out the bombing"), else None."""
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if said is None:
        return None
    words = " ".join(t.lower_ for t in said.subtree)
    if not OWNED_ACT.search(words) or not any(t.lemma_.lower() in BLAMED_ACTS for t in said.subtree):
        return None
    return said


def _named_behind(verb: Any, country_code: str | None) -> Culprit | None:
    """ "President Duque said the ELN guerrilla group was behind the attack": a third party names the doer,
    which blames it."""
    said = _said_act(verb)
    if said is None:
        return None
    doers = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass") and not _own_doing(c)]
    party = next((a for a in (_party(d, country_code) for d in doers) if a is not None), None)
    if party is None:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    blamer = _party(speaker, country_code) if speaker is not None else None
    return Culprit(party, False, blamer) if party != blamer else None


def _marked(verb: Any, country_code: str | None) -> Culprit | None:
    """ "The attack bore the hallmarks of Boko Haram": the group the act's mark points to is suspected."""
    for mark in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in HALLMARKS):
        party = next(_parties_after(mark, ("of",), country_code), None)
        if party is not None:
            return Culprit(party, False, None)
    return None


def _parties_after(head: Any, prepositions: tuple[str, ...], country_code: str | None) -> Iterator[Actor]:
    """The party each of the head's prepositions names first ("the hallmarks *of Boko Haram*",
    "belonged *to JAD*", "suspicion fell *on* ...")."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions):
        party = next((_party(p, country_code) for p in prep.children if p.dep_ == "pobj"), None)
        if party is not None:
            yield party


def _suspected_after(head: Any, prepositions: tuple[str, ...], country_code: str | None) -> Culprit | None:
    """The armed group the head's preposition names, suspected of the act ("belonged *to* JAD", "the
    attackers, *from* the ADF")."""
    party = next((p for p in _parties_after(head, prepositions, country_code) if p.kind in NON_STATE), None)
    return Culprit(party, False, None) if party is not None else None


# those said to belong to a group who are its victims, not its men
NOT_MEMBERS = frozenset(
    {"victim", "hostage", "casualty", "dead", "body", "worshipper", "villager", "resident", "civilian"}
    | {"passenger", "pupil", "student", "child", "people", "soldier", "officer", "policeman", "trooper"}
)


def _member_of(verb: Any, country_code: str | None) -> Culprit | None:
    """ "Police said the parents belonged to Jamaah Ansharut Daulah": the attackers' group is suspected."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "the gunmen are believed to belong to the IMU"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() in NOT_MEMBERS:
        return None
    return _suspected_after(verb, ("to",), country_code)


DOER_NOUNS = frozenset({"attacker", "gunman", "assailant", "raider", "bomber", "kidnapper", "abductor"})


def _doers_from(noun: Any, country_code: str | None) -> Culprit | None:
    """ "Police said the attackers, from the Allied Democratic Forces, also abducted six students": the
    group the doers are said to come from."""
    return _suspected_after(noun, ("from",), country_code)


INQUIRY = re.compile(
    r"\b(?:lines? of (?:inquiry|enquiry|investigation)|focus of (?:the|their|its) "
    r"(?:investigation|inquiry|enquiry)|(?:main|prime|chief) suspects?)\b"
)


def _suspect_of_inquiry(verb: Any, country_code: str | None) -> Culprit | None:
    """ "Their main line of inquiry was the New IRA", "the New IRA was the main focus of the
    investigation": the group the police look at first is suspected."""
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "attr")]
    if len(sides) != 2:
        return None
    inquiry = [s for s in sides if INQUIRY.search(" ".join(t.lower_ for t in s.subtree))]
    if len(inquiry) != 1:
        return None
    party = _party(next(s for s in sides if s is not inquiry[0]), country_code)
    return Culprit(party, False, None) if party is not None and party.kind in NON_STATE else None


def _suspicion_on(verb: Any, country_code: str | None) -> Culprit | None:
    """ "Suspicion fell on Boko Haram, which has attacked the town before"."""
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() == "suspicion" for c in verb.children):
        return None
    party = next(_parties_after(verb, ("on", "upon"), country_code), None)
    return Culprit(party, False, None) if party is not None else None


def _blamed(verb: Any, country_code: str | None) -> Culprit | None:
    """ "Local officials blamed the RSF", "blaming Houthi missiles", "blamed the attack on X",
    "accused the army of ..."."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "a spokesman denied ... and accused the rebels"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    blamer = _party(subject, country_code) if subject is not None else None
    if _accused_of_a_sham(verb):
        return None
    # "attributing the attack to FARC dissidents": the parse may hang the party on the act blamed
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in BLAMED_ACTS]
    for child in [*verb.children, *(p for a in acts for p in a.children if p.dep_ == "prep")]:
        party: Actor | None = None
        suspected = child.dep_ == "nsubjpass" and verb.lemma_ == "suspect"  # "Boko Haram is suspected"
        if suspected or (child.dep_ == "dobj" and child.lemma_.lower() not in BLAMED_ACTS):
            party = _party(child, country_code) or _up_to_the_comma(child, country_code)
        elif child.dep_ == "prep" and child.lower_ in ("on", "to"):
            objects = [p for p in child.children if p.dep_ == "pobj"]
            party = next((_party(p, country_code) or _home_troops(p, country_code) for p in objects), None)
        if party is not None and party != blamer:
            return Culprit(party, False, blamer)
    return None


HOME_TROOPS = frozenset({"soldier", "troop", "army", "military"})


NAME_WORDS = frozenset({"of", "for", "and", "the", "de", "del", "al", "el", "la"})


def _up_to_the_comma(head: Any, country_code: str | None) -> Actor | None:
    """ "blamed the Coalition of Patriots for Change, a rebel alliance": the parse hangs "for Change" on the
    verb; the name runs on to the comma."""
    doc = head.doc
    end = next((t.i for t in doc[head.i :] if t.is_punct), len(doc))
    if not all(t.text[:1].isupper() or t.lower_ in NAME_WORDS for t in doc[head.i : end]):
        return None  # "blamed the group and has accused Rwanda of backing it": no name runs on
    actor = resolve_actor(doc[head.left_edge.i : end].text, country_code=country_code)
    return actor if actor is not None and actor.kind not in ("civilians", "protesters") else None


def _home_troops(noun: Any, country_code: str | None) -> Actor | None:
    """ "an attack that survivors blamed on soldiers": the country's own army."""
    if noun.lemma_.lower() not in HOME_TROOPS or country_code is None:
        return None
    return resolve_actor("military", country_code=country_code)


SHAM_LEMMAS = frozenset(
    {"stage", "fabricate", "fake", "invent", "exaggerate", "lie", "spread", "mislead", "propaganda"}
    | {"disinformation", "staging", "lying", "provocation", "provoke", "politicise", "politicize"}
    # "accused Rwanda of backing it", "accused the government of failing to protect them": no doer
    | {"fail", "back", "support", "arm", "fund", "finance", "sponsor", "harbour", "harbor", "shield"}
    | {"protect", "help", "aid", "failure", "backing", "complicity", "negligence"}
)


def _accused_of_a_sham(verb: Any) -> bool:
    """ "accused the Tigrayan forces of staging the scene", "accused Rwanda of backing it": blamed for a sham,
    or for standing behind the doer, not for the act."""
    return any(
        grand.lemma_.lower() in SHAM_LEMMAS
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ == "of"
        for grand in child.children
        if grand.dep_ in ("pcomp", "pobj")
    )


DENIED_DOING = frozenset(
    {"carry", "use", "launch", "fire", "conduct", "target", "attack", "bomb", "strike", "shell", "shoot"}
    | {"burn", "torch", "loot", "destroy", "kill", "abduct", "kidnap", "rape", "massacre"}
)
DENIED_PART = frozenset({"involvement", "responsibility", "role", "part", "link", "links"})


def _denier(verb: Any, country_code: str | None) -> Culprit | None:
    """ "Russia's Defence Ministry denied carrying out the attack", "... denied any role": the party that
    denies the act is the one the story holds to have done it."""
    doing = any(c.dep_ in ("xcomp", "pcomp", "ccomp") and c.lemma_ in DENIED_DOING for c in verb.children)
    part = any(c.dep_ == "dobj" and c.lemma_.lower() in DENIED_PART for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not (doing or part) or subject is None:
        return None
    party = _party(subject, country_code)
    return Culprit(party, False, None) if party is not None else None


TIES = frozenset({"link", "linked", "affiliate", "affiliated", "tie", "tied", "loyal", "allied", "connected"})
APART = frozenset({"relcl", "acl", "appos", "conj", "cc"})  # what is not part of the party's own name
APART_FROM_A_NAME = frozenset({"relcl", "appos"})
# "a group calling itself ...", "a group named ...", "a splinter group led by Netra Bikram Chand"
NAMING = frozenset({"call", "name", "lead"})


def _party(head: Any, country_code: str | None) -> Actor | None:
    """The armed party a noun phrase names (a relative clause or an apposition after it is left out: "Al
    Shabaab, an al Qaeda-linked group, claimed ..."; and so is every party after the first of a list:
    "blaming M23 rebels and the Rwandan army" blames M23 first)."""
    actor = resolve_actor(_phrase(head, APART), country_code=country_code)
    if actor is None:
        # "the armed wing of the Front for the Restoration of Unity and Democracy", "a group calling itself
        # the Abdullah Azzam Brigades": a name with "and" in it, or given by the phrase's own clause
        actor = resolve_actor(_phrase(head, APART_FROM_A_NAME), country_code=country_code)
    if actor is None or actor.name.startswith("Unidentified"):
        # "the 36th Front, a FARC dissident faction", "a Kurdish militant group, the Kurdistan Freedom
        # Falcons": what the apposition says it is
        appositions = (c for c in head.children if c.dep_ == "appos")
        actor = next((a for a in (_party(c, country_code) for c in appositions) if a is not None), actor)
    if actor is None or actor.name.startswith("Unidentified"):
        # "drug traffickers linked to FARC dissidents", "a combine of insurgent groups led by the NSCN(K)":
        # the group they are tied to
        ties = (
            p
            for c in head.children
            if c.dep_ in ("acl", "amod") and (c.lemma_.lower() in TIES or c.lower_ == "led")
            for prep in c.children
            if (prep.dep_ == "prep" and prep.lower_ in ("to", "with")) or prep.dep_ == "agent"
            for p in prep.children
            if p.dep_ == "pobj"
        )
        actor = next((a for a in (_party(p, country_code) for p in ties) if a is not None), actor)
    # "a previously unknown group calling itself the Vanguards of Liberation": the name it gives itself
    coined = self_named_group(_phrase(head, APART_FROM_A_NAME), country_code)
    if coined is not None and (
        actor is None or actor.name.startswith("Unidentified") or names_another_country(coined, actor)
    ):
        actor = coined
    if actor is None or actor.kind in ("civilians", "protesters"):
        return None
    return actor


def _phrase(head: Any, apart: frozenset[str]) -> str:
    """The noun phrase's text without the parts `apart` hangs on it (a clause that names it, "calling
    itself ...", is never apart when "acl" is not)."""
    tokens = [
        t
        for t in head.subtree
        if (t.i == head.i or not t.is_punct) and not any(_apart(a, apart) for a in _path(t, head))
    ]
    return str(head.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1].text)


def _apart(token: Any, apart: frozenset[str]) -> bool:
    return token.dep_ in apart or (token.dep_ == "acl" and token.lemma_ not in NAMING)


def _path(token: Any, head: Any) -> list[Any]:
    """The tokens from `token` up to (not including) `head`."""
    path = []
    while token.i != head.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


__all__ = ["Culprit", "find_culprit"]
