"""Small word lists shared by the extractors."""

from __future__ import annotations

SPEECH_LEMMAS = frozenset(
    {
        "say", "announce", "claim", "report", "state", "tell", "confirm", "deny", "allege", "accuse", "insist",
        "add", "write", "post", "declare", "assert", "acknowledge", "admit", "note", "warn", "estimate",
        "reject", "dismiss", "publish", "describe", "indicate", "quote", "show",
    }
)
DENIAL_LEMMAS = frozenset({"deny", "reject", "dismiss"})
FUTURE_LEMMAS = frozenset(
    {
        "plan", "intend", "threaten", "vow", "prepare", "expect", "aim", "seek", "promise", "pledge", "want",
        "hope", "try", "attempt", "propose", "consider", "order", "urge", "call", "ask", "demand", "warn",
    }
)
DECISION_LEMMAS = frozenset({"decide", "decision", "make", "agree", "begin", "start", "continue", "complete"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should"})
REGION_WORDS = frozenset(
    {"region", "regions", "oblast", "oblasts", "province", "provinces", "governorate", "state", "district",
     "districts", "county", "raion", "territory", "prefecture"}
)
SETTLEMENT_WORDS = frozenset({"town", "city", "village", "settlement", "hamlet", "capital", "port", "towns", "villages", "cities"})
NEAR_CUES = ("near", "outside", "around", "outskirts of", "close to", "north of", "south of", "east of",
             "west of", "northeast of", "northwest of", "southeast of", "southwest of", "km from", "miles from",
             "kilometres from", "kilometers from", "vicinity of", "direction of", "approaches to")
GOVERNMENT_NOUNS = frozenset({"government", "officials", "authorities", "administration", "leadership", "regime"})
# Capitalised words that are also gazetteer names but are almost never places in news text.
NOT_PLACES = frozenset(
    {
        "may", "march", "june", "july", "august", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "police", "president", "prime", "minister", "army", "university", "reuters",
        "central", "north", "south", "east", "west", "union", "victory", "independence", "liberty", "hope",
        "mobile", "nice", "reading", "bath", "of", "the", "and", "in", "on", "at", "by", "for", "with",
        "said", "says", "new", "more", "most", "other", "same", "very", "but", "as", "all", "no", "one",
        "two", "three", "four", "five", "state", "republic", "city", "town", "village", "region", "front",
        "general", "national", "islamic", "kremlin", "pentagon", "council", "forces", "ministry",
    }
)
