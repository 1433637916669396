"""Trigger rules for ground changing hands without a fight: troops withdrawing, pulling out or regrouping,
ground handed over (with or without troops named), a colony handed back, a post taken over from another
force, and ground entered under a peace deal. Who gave it up and who took it is decided later
(`territory`).

Each rule's priority places it among all the rules (`trigger_rules.RULES`); rules of the same priority
always code the same sub-event type, so the order of the modules does not matter."""

from __future__ import annotations

import re

from frontwatch.extract.trigger_rule import TriggerRule, rule
from frontwatch.extract.trigger_words import NOT_GROUND_HANDED, PROTEST, RAID_THEN_LEFT

HANDOVER_RULES: tuple[TriggerRule, ...] = (
    rule(
        "Non-violent transfer of territory",
        12,
        r"withdr(?:a|e)w\w*",
        r"pull(?:ed|ing|s)? (?:\w+ ){0,3}?(?:out|back)",
        r"pull-?out",
        # "Russian tanks rolled out of Gori"
        r"(?:tanks|troops|forces|soldiers|columns?|convoys?|armou?r) (?:[\w-]+ ){0,3}?(?:rolled|drove|moved) out of\b",
        r"retreat(?:ed|ing|s)?",
        r"regroup\w*",
        r"handed over",
        r"hand over",
        r"hand(?:ed|ing|s)? (?:\w+ ){0,3}?(?:over|back) to",
        r"hand(?:ed|ing|s)? (?:it|them) (?:back|over)\b",
        # "militants ... left the mountains around Arsal for Idlib, under a deal that ended the offensive"
        r"(?:left|withdrew from|pulled out of|evacuated|departed|(?:began|started|begun) leaving) (?:[\w',-]+ ){0,16}?"
        r"under (?:a|an|the) (?:[\w-]+ ){0,2}?"
        r"(?:deal|agreement|accord|truce|ceasefire|cease-fire)\b",
        r"(?:troops|soldiers|forces|peacekeepers|contingent) (?:\w+ ){0,5}?(?:have |has |had )?left\b",
        r"(?:troops|soldiers|forces|peacekeepers|contingent) (?:\w+ ){0,3}?(?:began|started|begun) (?:leaving|to leave)\b",
        r"handing over",
        r"abandon(?:ed|ing) (?:their |its )?(?:positions?|the town|the city|the village)",
        r"order(?:ed|s|ing)? (?:its |their |the |all )?(?:troops|soldiers|forces|units) out of",
        armed=True,
        # nor raiders leaving a town they held for hours ("occupied the centre ..., before withdrawing"): the raid
        unless=re.compile(PROTEST.pattern + "|" + NOT_GROUND_HANDED + "|" + RAID_THEN_LEFT),
    ),
    # "troops pulled out of the town before dawn and handed it over to Palestinian police": ground left and
    # handed to the side that takes it over (not a suspect handed to the police)
    rule(
        "Non-violent transfer of territory",
        11.99,
        r"(?:pulled out of|withdrew from|left|evacuated) (?:[\w',-]+ ){0,14}?and hand(?:ed|ing) (?:it|them|the (?:town|city|"
        r"village|area|base|camp|post|region|territory)) (?:over|back) to\b",
        armed=True,
    ),
    # "Armenia handed four villages to Azerbaijan": ground handed over, with or without troops named
    rule(
        "Non-violent transfer of territory",
        12.1,
        r"hand(?:ed|ing|s)? (?:over |back )?(?:[\w-]+ ){0,4}?(?:villages?|towns?|territory|territories|districts?|"
        r"areas?|bases?|positions|control|sites|camps?|garrisons?|barracks|facilities|installations|airports?|airfields?|"
        r"strongholds?|"
        r"air bases?)"
        r"(?:,? [\w',-]+){0,10}? (?:to|over to|back to)\b",
        # "Nigeria formally handed the Bakassi peninsula to Cameroon" (not "a deal on handing sovereignty of the
        # islands to Mauritius": a handover still to come)
        r"hand(?:ed|s) (?:over |back )?(?:the )?(?:[\w-]+ ){0,3}?(?:peninsulas?|islands?|enclaves?)(?:,? [\w',-]+){0,6}? "
        r"(?:to|over to|back to)\b",
        # "the United States handed over the waterway and the last of the land around it"
        r"hand(?:ed|ing|s)? (?:over|back) (?:the )?(?:[\w-]+ ){0,2}?(?:canal|waterway|canal zone|enclave|territory|"
        r"islands?|peninsula|colony|sovereignty)\b",
    ),
    # "Portugal handed Macau back to China at midnight, closing four centuries of Portuguese rule": a colony
    # returned
    rule(
        "Non-violent transfer of territory",
        12.12,
        r"hand(?:ed|s|ing) (?:[\w-]+ ){1,2}?back to\b",
        # "the Netherlands handed over West New Guinea to a U.N. authority, ending Dutch rule"; "the United States
        # returned Okinawa to Japanese rule"
        r"hand(?:ed|s) over (?:[\w-]+ ){1,3}?to\b",
        r"return(?:ed|s) (?:[\w-]+ ){1,5}?to (?:[\w-]+ )?(?:rule|sovereignty|control|administration)\b",
        # "returned the Amami islands to Japanese administration, ending eight years of American military government"
        context=re.compile(
            r"\b(?:sovereignty|colon(?:y|ial)|rule|handover|territory|enclave|administration|occupation|"
            r"military government|(?:international|free) zone|protectorate|mandate)\b"
        ),
    ),
    # "border guards took over the crossing from Russian border guards": a post changing hands without a fight
    rule(
        "Non-violent transfer of territory",
        12.15,
        r"took over (?:[\w',-]+ ){0,10}?(?:crossings?|checkpoints?|border posts?|bases?|posts?|airports?|garrisons?|"
        r"positions)\b[^.;]{0,60}?\bfrom (?:the )?(?:[\w-]+ ){0,2}?(?:troops|forces|soldiers|guards|peacekeepers|"
        r"contingent)\b",
        unless=re.compile(r"\b(?:fight\w*|clash\w*|battl\w*|attack\w*|assault\w*|storm\w*|offensive)\b"),
    ),
    # "federal police entered Mekelle ... as part of a peace process": ground handed over under a deal
    rule(
        "Non-violent transfer of territory",
        10.96,  # before the ground taken that "entered" alone tells
        r"(?:entered|moved into|deployed (?:in|to)|returned to) (?:[\w',-]+ ){0,16}?(?:as part of|under|in line with|in "
        r"accordance with) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:peace|ceasefire|truce) (?:process|deal|agreement|accord)\b",
        unless=re.compile(r"\b(?:fight\w*|clash\w*|battl\w*|attack\w*|assault\w*|storm\w*|offensive)\b"),
    ),
)
