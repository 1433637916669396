"""Applying a trained classifier: the model re-types a document's main event when it is confident.

The rules still decide whether there is an event and everything else about it (actors, place, date,
claim, evidence, id). Only the type fields change: sub_event_type, the event_type that follows from it
in ACLED's taxonomy, and the PLOVER type and mode, mapped as the rules map them; and a crowd, whose name
and side follow the type (rioters riot, protesters protest, police fire on them). The event id is kept,
so corrections and stored rows keep following the same happening whichever coder typed it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from frontwatch.extract.actors import interaction, resolve_actor
from frontwatch.extract.agents import crowd_actor
from frontwatch.extract.events import FIRM_TYPE, OTHER_BY_DEFAULT
from frontwatch.extract.other_side import other_side_by_default
from frontwatch.extract.proposals import PROPOSER
from frontwatch.extract.taxonomy import event_type_of, plover_for
from frontwatch.model import Event
from frontwatch.train.data import EVIDENCE
from frontwatch.train.model_dir import TypeClassifier

RULES = "rules"
MODEL = "model"
CROWDS = ("Protesters (", "Rioters (")
STATE_FORCES = 1  # ACLED's inter code of a state's forces


EXCESSIVE_FORCE = "Excessive force against protesters"
PEOPLE_HIT = ("Civilians (", "Protesters (")


def crowd_recast(event: Event) -> Event:
    """A crowd type's first actor as ACLED has it: a riot's crowd are rioters, a protest's protesters,
    and a state's force the rules put first (the police "fought" a crowd) is the crowd's other side. A
    crowd's event re-typed as another act is the armed side's, done to the crowd."""
    crowd = crowd_actor(event.sub_event_type, event.country_code)
    first = event.actor1
    if event.sub_event_type == EXCESSIVE_FORCE and first is not None and first.startswith("Rioters ("):
        # force on a crowd the rules read as rioting is force on protesters (ACLED's first actor)
        crowd = crowd_actor("Peaceful protest", event.country_code)
    if crowd is None and event.sub_event_type == EXCESSIVE_FORCE:
        return _force_on_people(event)
    if crowd is None:
        return _crowd_as_target(event)
    if first == crowd.name:
        return event
    if first is not None and first.startswith(CROWDS):  # the country the rules gave the crowd stays
        name = crowd.name.split(" (")[0] + first[first.index(" (") :]
    else:
        name = _of_the_country(crowd.name, event)
    recast = replace(event, actor1=name, inter1=crowd.inter)
    if first is not None and not first.startswith(CROWDS):
        # the people the force was used on, named second, are the crowd ("police opened fire on workers")
        crowd_second = event.actor2 is not None and event.actor2.startswith(PEOPLE_HIT)
        if event.inter1 != STATE_FORCES or (event.actor2 is not None and not crowd_second):
            return event
        recast = replace(
            recast, actor2=first, inter2=event.inter1, assoc_actor_2=event.assoc_actor_1, assoc_actor_1=None
        )
    return replace(recast, interaction=interaction(recast.inter1, recast.inter2))


def default_other_side(event: Event) -> Event:
    """An other side the rules gave by the type's default alone (the text names none) follows the new type:
    a capture's defending army becomes an attack's civilians; a type with no default has no other side."""
    if not event.extra.get(OTHER_BY_DEFAULT) or event.actor1 is None:
        return event
    doer = resolve_actor(event.actor1, country_code=event.country_code)
    other = other_side_by_default(event.sub_event_type, doer, None, event.country_code, event.evidence or "")
    name = other.name if other is not None else None
    if name == event.actor2:
        return event
    inter2 = other.inter if other is not None else None
    # a crowd's side left empty here is filled by `crowd_recast` (the police the rules put first)
    return replace(
        event, actor2=name, inter2=inter2, assoc_actor_2=None, interaction=interaction(event.inter1, inter2)
    )


def _of_the_country(name: str, event: Event) -> str:
    """ "Rioters (Martinique)": people of the event's country, where the catalogue does not list it."""
    return name if name.endswith(")") or event.country is None else f"{name} ({event.country})"


ARMED_INTERS = frozenset({1, 2, 3, 4, 8})  # state forces, rebels, militias, external forces
HARMED_TYPES = frozenset({"Attack", "Sexual violence", "Abduction/forced disappearance"})
TARGETED_TYPES = HARMED_TYPES | {"Arrests"}


def _force_on_people(event: Event) -> Event:
    """ "Troops and police opened fire on shipyard workers" re-typed as excessive force: the people the force
    was used on come first, as protesters (ACLED's order), and the force second."""
    first, second = event.actor1, event.actor2
    if first is None or second is None or event.inter1 != STATE_FORCES or not second.startswith(PEOPLE_HIT):
        return event
    protesters = crowd_actor("Peaceful protest", event.country_code)
    if protesters is None:
        return event
    name = protesters.name.split(" (")[0] + second[second.index(" (") :]
    return _sides(
        event, (name, protesters.inter, event.assoc_actor_2), (first, event.inter1, event.assoc_actor_1)
    )


def _crowd_as_target(event: Event) -> Event:
    """ "Police fired on the protesters" re-typed as an attack or an arrest: the police did it, to the
    crowd (as civilians, where the act is violence against civilians)."""
    first, second = event.actor1, event.actor2
    if event.sub_event_type not in TARGETED_TYPES or first is None or not first.startswith(CROWDS):
        return event  # a prisoners' riot re-typed as a fight stays theirs
    if second is None or event.inter2 not in ARMED_INTERS:
        return event
    target, inter = first, event.inter1
    civilians = resolve_actor("civilians", country_code=event.country_code)
    if event.sub_event_type in HARMED_TYPES and civilians is not None:
        target, inter = _of_the_country(civilians.name, event), civilians.inter
    return _sides(event, (second, event.inter2, event.assoc_actor_2), (target, inter, None))


Side = tuple[str | None, int | None, str | None]  # an actor, its inter code and its associated actor


def _sides(event: Event, first: Side, second: Side) -> Event:
    """The event with these two sides, in this order, and their interaction."""
    return replace(
        event,
        actor1=first[0],
        inter1=first[1],
        assoc_actor_1=first[2],
        actor2=second[0],
        inter2=second[1],
        assoc_actor_2=second[2],
        interaction=interaction(first[1], second[1]),
    )


def model_input(model: TypeClassifier, document_text: str, events: Sequence[Event]) -> str:
    """What the model reads: the whole text when it learnt from whole texts (ACLED notes, each about one
    event), else the main event's evidence sentence (it learnt from gold evidence sentences)."""
    return events[0].evidence if model.reads == EVIDENCE else document_text


def classify_main(
    model: TypeClassifier, document_text: str, events: Sequence[Event]
) -> tuple[str, float] | None:
    """The model's type and probability for the document's main event (None: the rules found no event)."""
    if not events:
        return None
    return model.predict([model_input(model, document_text, events)])[0]


CARRIERS = (
    "Remote explosive/landmine/IED",
    "Shelling/artillery/missile attack",
    "Air/drone strike",
    "Suicide bomb",
)
# the rules' type is a narrower kind of the model's, told by one word the model weighs among many: "a suicide
# car bomb exploded outside the hotel" is a suicide bombing, however much it reads like a car bomb
NARROWER = frozenset(
    {("Suicide bomb", "Remote explosive/landmine/IED")}
    # "a car bomb laden with chlorine cylinders": a chemical weapon, whatever carried it
    | {("Chemical weapon", other) for other in CARRIERS}
    # "armed men raped eight women ... and robbed the men": a rape, whatever else the attackers did
    | {("Sexual violence", "Attack")}
)


def retype_events(
    events: Sequence[Event], prediction: tuple[str, float] | None, threshold: float
) -> list[Event]:
    """The events with the main one re-typed when the prediction's probability reaches the threshold.

    Every event says which coder decided its type in `extra["type_coder"]`; a re-typed one also keeps
    the rules' sub-event type and the model's probability.
    """
    if not events or prediction is None or events[0].extra.get("type_coder") == PROPOSER:
        return list(events)  # an event the proposer found keeps the type it proposed
    label, probability = prediction
    main = events[0]
    firm = bool(main.extra.get(FIRM_TYPE))  # the rules read the type from the grammar ("killing one officer")
    firm = firm or (main.sub_event_type, label) in NARROWER
    if probability >= threshold and label != main.sub_event_type and not firm:
        plover_type, plover_mode = plover_for(label, main.modality)
        main = crowd_recast(
            default_other_side(
                replace(
                    main,
                    event_type=event_type_of(label),
                    sub_event_type=label,
                    plover_type=plover_type,
                    plover_mode=plover_mode,
                    extra={
                        **main.extra,
                        "type_coder": MODEL,
                        "type_probability": round(probability, 4),
                        "rules_sub_event_type": events[0].sub_event_type,
                    },
                ),
            )
        )
    else:
        main = replace(main, extra={**main.extra, "type_coder": RULES})
    rest = [replace(e, extra={**e.extra, "type_coder": RULES}) for e in events[1:]]
    return [main, *rest]


def apply_classifier(model: TypeClassifier, document_text: str, events: Sequence[Event]) -> list[Event]:
    """The document's events after the model has had its say on the main one. Pure: the same text,
    events and model give the same events."""
    return retype_events(events, classify_main(model, document_text, events), model.threshold)
