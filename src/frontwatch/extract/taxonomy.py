"""ACLED's event taxonomy (6 event types, 25 sub-event types) and our PLOVER mapping."""

from __future__ import annotations

SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# PLOVER event type and mode for each ACLED sub-event type, as done (asserted/claimed) events.
PLOVER: dict[str, tuple[str, str]] = {
    "Armed clash": ("ASSAULT", "firearms"),
    "Government regains territory": ("COERCE", "seize"),
    "Non-state actor overtakes territory": ("COERCE", "seize"),
    "Chemical weapon": ("ASSAULT", "CBRN"),
    "Air/drone strike": ("ASSAULT", "aerial"),
    "Suicide bomb": ("ASSAULT", "suicide"),
    "Shelling/artillery/missile attack": ("ASSAULT", "explosion"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosion"),
    "Grenade": ("ASSAULT", "explosion"),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Attack": ("ASSAULT", "firearms"),
    "Abduction/forced disappearance": ("COERCE", "abduct"),
    "Peaceful protest": ("PROTEST", "demonstrate"),
    "Protest with intervention": ("PROTEST", "demonstrate"),
    "Excessive force against protesters": ("ASSAULT", "firearms"),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("ASSAULT", "primitive"),
    "Agreement": ("AGREE", "ceasefire"),
    "Arrests": ("COERCE", "arrest"),
    "Change to group/activity": ("MOBILIZE", "troops"),
    "Disrupted weapons use": ("COERCE", "intercept"),
    "Headquarters or base established": ("MOBILIZE", "troops"),
    "Looting/property destruction": ("COERCE", "destroy"),
    "Non-violent transfer of territory": ("RETREAT", "withdraw"),
    "Other": ("MOBILIZE", "other"),
}

# A withdrawal that is announced but not yet done is a concession, not a retreat.
FUTURE_PLOVER: dict[str, tuple[str, str]] = {
    "Non-violent transfer of territory": ("CONCEDE", "withdraw"),
    "Agreement": ("AGREE", "ceasefire"),
}

TERRITORY = "territory"  # placeholder sub-type: decided by who takes ground where
# the event types of armed violence (as against protests, riots and strategic developments)
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def event_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES[sub_event_type]


def plover_for(sub_event_type: str, modality: str) -> tuple[str, str]:
    if modality == "future" and sub_event_type in FUTURE_PLOVER:
        return FUTURE_PLOVER[sub_event_type]
    return PLOVER[sub_event_type]
