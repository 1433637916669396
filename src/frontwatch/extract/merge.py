"""Document-level clean-up of event candidates: one event per happening, most salient first.

- "the withdrawal ... had been carried out" refers back to the withdrawal already coded: it is merged into
  it, and tells us that it was done.
- A region-level event is dropped when the story also codes the same act at places inside that region.
- The same act at the same place and date is coded once.
- A protest is coded by what became of it (`escalations`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontwatch.extract.escalations import another_town, escalated_protests, own_place
from frontwatch.extract.events import Candidate
from frontwatch.extract.group_members import NON_STATE, UNNAMED
from frontwatch.extract.state_roles import MUTINY
from frontwatch.extract.taxonomy import VIOLENT, event_type_of

MODALITY_RANK = {"asserted": 0, "claimed": 0, "denied": 1, "future": 2, "hypothetical": 3, "historical": 4}
DONE = frozenset({"asserted", "claimed"})


TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in _outcomes_of_fights(_answered_fire(escalated_protests(candidates))):
        target = _antecedent(kept, candidate)
        if target is None:
            kept.append(candidate)
            continue
        for i, event in enumerate(kept):
            if event.sentence == target.sentence and event.sub_event_type == target.sub_event_type:
                kept[i] = _absorb(event, candidate)
    kept = _told_later(kept)
    kept = [c for c in kept if not _subsumed(c, kept)]
    return _dedupe(kept)


def _told_later(kept: list[Candidate]) -> list[Candidate]:
    """ "The attack came on the day the army chief was in Washington. Militants drove a car bomb into a
    police station ...": a lead that names the act only as "the attack" refers to the one the story
    tells next (whatever place the lead names besides)."""
    result = list(kept)
    for candidate in kept:
        faceless = _faceless_clash(candidate)
        if not (faceless or _generic_violence(candidate, anywhere=True)):
            continue
        later = next(
            (
                c
                for c in result
                if 0 < c.sentence - candidate.sentence <= TOLD_NEXT
                and not _generic_violence(c, anywhere=True)
                and event_type_of(c.sub_event_type) in ((RIOTS,) if faceless else VIOLENT)
                and not (faceless and another_town(c, candidate))
            ),
            None,
        )
        if later is not None:
            result[result.index(later)] = _absorb(later, candidate)
            result.remove(candidate)
    return result


TOLD_NEXT = 2  # sentences after a lead's "the attack" in which the attack itself is told
RIOTS = "Riots"


def _faceless_clash(candidate: Candidate) -> bool:
    """ "Four men were shot dead in clashes that broke out when officials arrived ... A crowd threw stones at
    officers": clashes no one is named for, told before a riot, are that riot."""
    return candidate.sub_event_type == "Armed clash" and candidate.actor1 is None and candidate.actor2 is None


def _generic_violence(candidate: Candidate, *, anywhere: bool = False) -> bool:
    """ "The attack", "the assault" (with no place of its own, unless `anywhere`): a violent act the
    sentence does not tell."""
    return (
        candidate.anaphoric
        and (anywhere or own_place(candidate) is None)
        and candidate.trigger_text.lower() in GENERIC_ACTS
        and event_type_of(candidate.sub_event_type) in VIOLENT
    )


REMOTE = ("Shelling/artillery/missile attack", "Air/drone strike")
ANSWER_WINDOW = 1  # sentences after a bombardment in which the other side's answer is reported


def _answered_fire(candidates: list[Candidate]) -> list[Candidate]:
    """ "Russian forces shelled Stepove. Ukrainian forces responded with fire.": fire answered is a clash,
    at the place of the bombardment (ACLED codes the exchange, not the first shot)."""
    result: list[Candidate] = []
    for candidate in candidates:
        fire = next(
            (
                c
                for c in reversed(result)
                if c.sub_event_type in REMOTE and 0 < candidate.sentence - c.sentence <= ANSWER_WINDOW
            ),
            None,
        )
        own = own_place(candidate)
        same_place = own is None or (
            fire is not None and fire.place is not None and own.place == fire.place.place
        )
        if _answers(candidate) and fire is not None and same_place and not _own_account(candidate, fire):
            index = result.index(fire)
            other = candidate.actor1 if candidate.actor1 not in (None, fire.actor1) else fire.actor2
            result[index] = replace(fire, sub_event_type="Armed clash", actor2=other)
            continue
        result.append(candidate)
    return result


def _own_account(candidate: Candidate, fire: Candidate) -> bool:
    """The side that fired first, telling of its own fire, does not answer it ("India said its troops had
    responded to Pakistani fire"); a fight told with no source of its own may ("Clashes also took place")."""
    speaker = candidate.claimant_actor
    return (
        candidate.actor1 is not None
        and candidate.actor1 == fire.actor1
        and speaker is not None
        and speaker.side is not None
        and speaker.side == fire.actor1.side
    )


# "attacks ... had been repelled" after a drone strike tells of interceptions; "the attack would not have
# happened" looks back at it: neither is the other side firing back
NOT_ANSWERS = re.compile(r"^(?:attack|repel|repuls|assault|offensive)")
# a fight still to come, or going on since before ("forces ... who have been trying to take the city since
# April"), answers no fire
NOT_ANSWERING = frozenset({"hypothetical", "future", "historical"})


def _answers(candidate: Candidate) -> bool:
    """A fight told in the sentence after a bombardment that can be the other side's answer to it."""
    if candidate.sub_event_type != "Armed clash" or candidate.modality in NOT_ANSWERING:
        return False
    return NOT_ANSWERS.match(candidate.trigger_text.lower()) is None


def _outcomes_of_fights(candidates: list[Candidate]) -> list[Candidate]:
    """ "They clashed in Irpin. As a result the city was liberated.": the ground taken is the event, at the
    place of the fight that took it."""
    result: list[Candidate] = []
    for candidate in candidates:
        fight = result[-1] if result else None
        if (
            candidate.sub_event_type in TAKEN
            and own_place(candidate) is None
            and fight is not None
            and fight.sub_event_type == "Armed clash"
            and fight.place is not None
            and fight.sentence == candidate.sentence - 1
            and candidate.follows_from_previous
        ):
            result[-1] = replace(
                candidate,
                place=fight.place,
                period=candidate.period or fight.period,
                actor1=candidate.actor1 or fight.actor1,
                actor2=candidate.actor2 or (fight.actor2 if candidate.actor1 is None else None),
            )
            continue
        result.append(candidate)
    return result


def _side(candidate: Candidate) -> str | None:
    return candidate.actor1.side if candidate.actor1 is not None else None


def _compatible(a: Candidate, b: Candidate) -> bool:
    same_side = _side(a) is None or _side(b) is None or _side(a) == _side(b)
    background = (a.modality == "historical") == (b.modality == "historical")
    return a.sub_event_type == b.sub_event_type and same_side and background


def _antecedent(kept: list[Candidate], candidate: Candidate) -> Candidate | None:
    """The earlier event a referring report ("the withdrawal", or no place at all) restates. "The attack"
    with no place of its own restates whatever violent event came before it ("A bomb exploded at a market
    ... The attack bore the hallmarks of Boko Haram")."""
    if not (candidate.anaphoric or own_place(candidate) is None):
        return None
    any_violence = _generic_violence(candidate)
    for earlier in kept:
        if earlier.sentence >= candidate.sentence or _denied_by_another(earlier, candidate):
            continue
        if (
            _compatible(earlier, candidate)
            or (any_violence and event_type_of(earlier.sub_event_type) in VIOLENT)
            or _same_protests(earlier, candidate)
            or _same_blasts(earlier, candidate)
            or _bomber_died(earlier, candidate)
        ):
            return earlier
    return None


def _denied_by_another(earlier: Candidate, candidate: Candidate) -> bool:
    """ "The United States accused Russia ... The Kremlin rejected the accusation": a denial by another
    source of what one side claims is a claim of its own, whatever place it is told at."""
    return (
        candidate.modality == "denied"
        and earlier.modality == "claimed"
        and not _one_account(earlier, candidate)
    )


def _bomber_died(earlier: Candidate, candidate: Candidate) -> bool:
    """ "A car packed with explosives blew up outside the embassy ... the driver had rammed the car into the
    building and died in the blast": the bomb told before was a suicide bombing (a later version that names
    suicide bombers stays a version of its own)."""
    named = candidate.trigger_text.lower() in ("suicide", "bomber", "bombers")  # "by suicide bombers"
    return (
        not named
        and earlier.sub_event_type == IED
        and candidate.sub_event_type == SUICIDE
        and (earlier.modality == candidate.modality)
    )


def _same_protests(earlier: Candidate, candidate: Candidate) -> bool:
    """ "Police fired rubber bullets to disperse protesters ... The youth-led protests entered their third
    day": the protests referred to are the ones told, whatever the police did to them."""
    protests = event_type_of(earlier.sub_event_type) == event_type_of(candidate.sub_event_type) == "Protests"
    return candidate.anaphoric and protests


def _same_blasts(earlier: Candidate, candidate: Candidate) -> bool:
    """ "... suicide bombings at three hotels ... The blasts went off shortly before 9 p.m.": the blasts
    referred to are the bombings told, whatever kind of explosion the later words name."""
    explosions = (
        event_type_of(earlier.sub_event_type) == event_type_of(candidate.sub_event_type) == EXPLOSIONS
    )
    # not "the shelling", "the strike": a blast named by its weapon may be another act
    weapon = any(word in candidate.trigger_text.lower() for word in WEAPON_WORDS)
    return candidate.anaphoric and explosions and not weapon and earlier.modality == candidate.modality


EXPLOSIONS = "Explosions/Remote violence"
IED, SUICIDE = "Remote explosive/landmine/IED", "Suicide bomb"
WEAPON_WORDS = ("shell", "strike", "missile", "rocket", "drone", "mortar", "artillery", "air")
# nouns that name no kind of act
GENERIC_ACTS = frozenset({"attack", "attacks", "assault", "assaults", "incident", "incidents", "violence"})


def _absorb(event: Candidate, restatement: Candidate) -> Candidate:
    modality = event.modality
    if modality not in DONE and restatement.modality in DONE:
        modality = restatement.modality
    claimant = event.claimant or restatement.claimant
    # the party a source speaks for goes with that source: "security sources and residents" speak for none,
    # whoever a later sentence quotes
    claimant_actor = event.claimant_actor if event.claimant is not None else restatement.claimant_actor
    fatalities = event.fatalities if event.fatalities is not None else restatement.fatalities
    if event.actor1 is None and restatement.actor1 is not None:  # "traded blame ...; X said Y fired"
        event = replace(event, actor1=restatement.actor1, actor2=event.actor2 or restatement.actor2)
    elif _claimed_by_a_group(event, restatement):
        # "A suicide bomber has blown himself up ... Islamic State has claimed both attacks"
        event = replace(event, actor1=restatement.actor1)
    if event.sub_event_type == IED and restatement.sub_event_type == SUICIDE:
        # "a bomb exploded at the rally ... the explosives strapped to her body": the bomber was there
        event = replace(event, sub_event_type=SUICIDE)
    return replace(
        event,
        modality=modality,
        claimant=claimant,
        claimant_actor=claimant_actor,
        fatalities=fatalities,
        aside=event.aside and restatement.aside,  # told in a main clause once, it is no aside
    )


def _claimed_by_a_group(event: Candidate, restatement: Candidate) -> bool:
    """The act told again is claimed by the group that did it, where the act itself named none (not blamed
    on it by another: "officials blamed al Shabaab" is a claim of its own)."""
    doer, named, speaker = event.actor1, restatement.actor1, restatement.claimant_actor
    if doer is None or named is None or not doer.name.startswith(UNNAMED):
        return False
    return named.kind in NON_STATE and speaker is not None and speaker.name == named.name


def _region_of(candidate: Candidate) -> tuple[str, str] | None:
    place = candidate.place.place if candidate.place is not None else None
    if place is None or place.feature_code != "ADM1":
        return None
    return place.country_code, place.admin1_code


def _subsumed(candidate: Candidate, events: list[Candidate]) -> bool:
    region = _region_of(candidate)
    if region is None:
        return False
    for other in events:
        place = other.place.place if other.place is not None else None
        if other is candidate or place is None or place.feature_code == "ADM1":
            continue
        if _compatible(candidate, other) and (place.country_code, place.admin1_code) == region:
            return True
    return False


def _one_account(kept: Candidate, again: Candidate) -> bool:
    """Two tellings of an act are one account unless two sources speak: each claim stays apart ("The United
    States accused Russia ...; the Kremlin rejected the accusation")."""
    sources = [c.claimant.claimant.lower() for c in (kept, again) if c.claimant is not None]
    return len(set(sources)) <= 1


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    seen: dict[tuple[object, ...], int] = {}
    unique: list[Candidate] = []
    for c in candidates:
        place = c.place.place.geonameid if c.place is not None and c.place.place is not None else None
        key = (c.sub_event_type, place, c.period, MODALITY_RANK[c.modality] == 4, _side(c))
        if place is not None and key in seen and _one_account(unique[seen[key]], c):
            # the same act told again may say who reports it, or its toll
            unique[seen[key]] = _absorb(unique[seen[key]], c)
            continue
        seen[key] = len(unique)
        unique.append(c)
    return unique


LOOTING = "Looting/property destruction"  # an act arrests and curfews answer, as violence is
MEASURE = re.compile(r"\b(?:curfew|martial law|state of emergency|emergency rule)\b", re.IGNORECASE)


def salience_order(candidates: list[Candidate]) -> list[Candidate]:
    """Most salient first: done events before announced or hypothetical ones, background last;
    then events with a place and a doer, told in a main clause, earlier in the story. A past event told
    in the lead is the story's subject, not background ("UN investigators said soldiers killed 500
    people in Moura in March"), and ranks as a done one. Arrests come after a plot or a bomb the
    story tells was stopped ("disrupted a plot to bring down an aircraft ... Four men were arrested"), or
    after the violence told before them when their sentence says they followed ("hours later"); a curfew
    or a state of emergency after the riot or the fighting it answered."""
    foiled = any(c.sub_event_type == "Disrupted weapons use" for c in candidates)
    violent = [
        c
        for c in candidates
        if event_type_of(c.sub_event_type) in (*VIOLENT, "Riots") or c.sub_event_type == LOOTING
    ]
    fought = bool(violent)
    placed_later = {c.sub_event_type for c in candidates if c.sentence > 0 and own_place(c) is not None}

    def after_the_act(c: Candidate) -> bool:
        """Arrests after a foiled plot, a curfew after a riot or a battle: what answered the act."""
        if c.sub_event_type == "Arrests":
            # "... was arrested at his home hours later": the arrests that followed the story's violence
            return foiled or (c.told_after and any(c.sentence > v.sentence for v in violent))
        return fought and c.sub_event_type == "Other" and MEASURE.search(c.trigger_text or "") is not None

    def key(c: Candidate) -> tuple[int, bool, int, int]:
        own = own_place(c)
        place = own.place if own is not None else None
        vague = place is None or place.feature_code == "PCLI"
        # the lead's event leads where it names only a country ("Iran fired missiles at Israel; most were
        # intercepted. A man in Jericho was killed by falling debris")
        vague = vague and not (c.sentence == 0 and place is not None)
        penalty = (0 if place is not None else 2) + (2 if vague else 0)
        if c.sentence == 0 and c.actor1 is not None and not c.aside and c.sub_event_type not in placed_later:
            penalty = 0  # the lead's act, whose place the gazetteer may not know (not one told again, placed)
        if c.sentence <= 1 and c.actor1 is not None and c.actor1.name.startswith(MUTINY):
            penalty = 0  # "Soldiers say they have overthrown the government": a coup is the country's
        penalty += 0 if c.actor1 is not None else 1
        penalty += 3 if c.aside else 0
        rank = MODALITY_RANK[c.modality]
        if c.modality == "historical" and c.sentence == 0:
            rank = MODALITY_RANK["asserted"]
        return rank, after_the_act(c), penalty, c.sentence

    return sorted(candidates, key=key)
