"""Trigger rules for the labels that ACLED's analysts put before a note ("Interception: On 3 June ...",
"HQ established: ...", "Property destruction: ..."): the label names the sub-event type outright.

They come before every other rule (priorities below 1), each label its own priority."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule

# (sub-event type, the labels that name it), in ACLED's wording, lower-cased
LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Disrupted weapons use", ("interception", "weapons seizure", "defusal", "demining")),
    ("Looting/property destruction", ("looting", "property destruction")),
    ("Headquarters or base established", ("hq established", "headquarters established", "base established")),
    (
        "Change to group/activity",
        (
            "movement of forces",
            "recruitment",
            "change to armed group",
            "change to group/activity",
            "change to group",
        ),
    ),
    ("Non-violent transfer of territory", ("non-violent transfer of territory",)),
    ("Other", ("displacement", "mass grave", "non-violent activity")),
    ("Arrests", ("arrests", "arrest")),
    ("Agreement", ("agreement",)),
)

LABEL_RULES: tuple[TriggerRule, ...] = tuple(
    rule(
        sub,
        0.1 + i / 100,
        *(rf"{label}:" for label in labels),
        context=re.compile(r"^\s*(?:" + "|".join(labels) + "):"),  # the label opens the sentence
    )
    for i, (sub, labels) in enumerate(LABELS)
)

__all__ = ["LABEL_RULES"]
