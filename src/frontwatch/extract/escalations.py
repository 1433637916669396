"""A protest and what became of it: "Residents protested in Kherson. Russian forces opened fire on the
protesters." is one protest, coded by what it became (dispersed, fired on, turned into a riot), at the
protest's place, unless the follow-up happened on another day or in another town, or was a riot of others
("Groups of youths then burned tyres")."""

from __future__ import annotations

import re
from dataclasses import replace

from frontwatch.extract.events import Candidate
from frontwatch.extract.locate import LocatedMention
from frontwatch.model import Actor, Period, Place

ESCALATIONS = ("Protest with intervention", "Excessive force against protesters", "Violent demonstration")
PROTEST_FOLLOW_UP = 2  # sentences after a protest in which its dispersal or repression is reported


def own_place(candidate: Candidate) -> LocatedMention | None:
    """The event's place when its own sentence names it; a place carried over from the story's earlier
    sentences or its dateline does not make a sentence a new report (it may restate, answer or follow
    from the one before)."""
    place = candidate.place
    if place is None or not candidate.start <= place.mention.start < candidate.end:
        return None
    return place


def escalated_protests(candidates: list[Candidate]) -> list[Candidate]:
    """ "Residents protested in Kherson. Russian forces opened fire on the protesters.": one protest, coded
    by what became of it, at the protest's place."""
    result: list[Candidate] = []
    for candidate in candidates:
        protest = next(
            (
                c
                for c in reversed(result)
                if c.sub_event_type in PROTESTS_TO_ESCALATE
                and 0 < candidate.sentence - c.sentence <= PROTEST_FOLLOW_UP
            ),
            None,
        )
        riot = _riot_told_before(result, candidate)
        if riot is not None:
            # "Supporters stormed three military units ... Protesters were seen carrying sticks at the
            # regiment near Villa Tunari": the same crowd, told again; its place says where the riot was
            index = result.index(riot)
            result[index] = riot if own_place(riot) is not None else replace(riot, place=candidate.place)
            continue
        if (
            protest is not None
            and candidate.sub_event_type in (*ESCALATIONS, "Attack")
            and not _another_day(candidate, protest)
            and not another_town(candidate, protest)
            and not _others_rioted(candidate, protest)
        ):
            index = result.index(protest)
            result[index] = replace(
                protest,
                sub_event_type=_escalated_type(candidate.sub_event_type),
                actor1=_crowd_turned(protest, candidate),
                actor2=_intervening(candidate) or protest.actor2,
                fatalities=candidate.fatalities if candidate.fatalities is not None else protest.fatalities,
                period=_day_it_turned(protest, candidate),
                # a crowd that turned violent, told in a later sentence a reader of the first cannot see
                firm=protest.firm or candidate.sub_event_type == "Violent demonstration",
            )
            continue
        result.append(candidate)
    return result


# a band of the crowd's own, not the crowd: "Groups of youths then burned tyres", "Hooded youths hurled ..."
OTHER_CROWDS = re.compile(
    r"^(?:(?:groups|gangs|bands) of |hooded |masked |young )?(?:youths|young men)\b", re.IGNORECASE
)


def _others_rioted(follow_up: Candidate, protest: Candidate) -> bool:
    """ "Police fired tear gas to break up a march. Groups of youths then burned tyres": youths rioting after
    a march was broken up riot on their own; the march stays one the police broke up."""
    # "Later in the evening some demonstrators ... threw rocks at patrol cars": a riot of its own, after
    later = follow_up.told_after
    return (
        protest.sub_event_type == "Protest with intervention"
        and follow_up.sub_event_type == "Violent demonstration"
        and (OTHER_CROWDS.match(follow_up.doers) is not None or later)
    )


def _riot_told_before(told: list[Candidate], candidate: Candidate) -> Candidate | None:
    """The riot or dispersal told just before a peaceful protest in the same town on the same day."""
    if candidate.sub_event_type != "Peaceful protest":
        return None
    return next(
        (
            c
            for c in reversed(told)
            if c.sub_event_type in ESCALATIONS
            and 0 < candidate.sentence - c.sentence <= PROTEST_FOLLOW_UP
            and not _another_day(candidate, c)
            and not _the_day_after(candidate, c)
            and not another_town(candidate, c)
        ),
        None,
    )


def _the_day_after(protest: Candidate, riot: Candidate) -> bool:
    """ "Police fired on students last night ... Thousands marched behind his coffin today": a march on a
    later day is a protest of its own."""
    a, b = protest.period, riot.period
    return a is not None and b is not None and a.granularity == b.granularity == "day" and a.start > b.start


# "used tear gas and batons to disperse thousands. At least one person was killed by gunfire": a protest
# broken up may still escalate
PROTESTS_TO_ESCALATE = frozenset({"Peaceful protest", "Protest with intervention"})


def _another_day(follow_up: Candidate, protest: Candidate) -> bool:
    """ "A huge crowd marched peacefully on Sunday. On Wednesday, police had fired tear gas ...": what
    befell an earlier protest is no escalation of this one (the night after a march may still be its)."""
    if follow_up.modality == "historical":
        return True
    a, b = follow_up.period, protest.period
    if a is None or b is None or not a.granularity == b.granularity == "day":
        return False
    return abs((a.start - b.start).days) > 1


def another_town(follow_up: Candidate, protest: Candidate) -> bool:
    """ "Thousands marched peacefully through Rabat. In Al Hoceima, however, rioters set fire to a bank": a
    riot its own sentence places in another town is no escalation of the march."""
    own = own_place(follow_up)
    if own is None or own.place is None or protest.place is None or protest.place.place is None:
        return False
    there, here = own.place, protest.place.place
    # "In the southern Addu atoll, crowds set fire to police stations": an atoll, an island or another area
    # that does not hold the protest's town is elsewhere too
    return there.geonameid != here.geonameid and not _holds(there, here) and not _holds(here, there)


def _holds(area: Place, place: Place) -> bool:
    if area.country_code != place.country_code or area.feature_class != "A":
        return False
    return area.feature_code == "PCLI" or area.admin1_code == place.admin1_code


def _day_it_turned(protest: Candidate, follow_up: Candidate) -> Period | None:
    """The day a protest became what it is coded as: "the protests had been peaceful. Police broke up the
    crowd late on Sunday" is Sunday's, whatever day the story's first words fell on."""
    a, b = follow_up.period, protest.period
    if a is not None and b is not None and a.granularity == b.granularity == "day":
        return a
    return b


def _escalated_type(follow_up: str) -> str:
    """Forces who open fire on a protest and kill or wound use excessive force against it."""
    return "Excessive force against protesters" if follow_up == "Attack" else follow_up


def _crowd_turned(protest: Candidate, follow_up: Candidate) -> Actor | None:
    """A march that turned into a riot is the rioters' (ACLED names a riot's crowd so)."""
    rioters = follow_up.actor1
    if follow_up.sub_event_type == "Violent demonstration" and rioters is not None:
        return rioters if rioters.name.startswith("Rioters") else protest.actor1
    return protest.actor1


def _intervening(candidate: Candidate) -> Actor | None:
    """Who broke up or fired on the protest: the follow-up's actor that is not the crowd itself."""
    for actor in (candidate.actor1, candidate.actor2):
        if actor is not None and not actor.name.startswith(("Protesters", "Rioters")):
            return actor
    return None
