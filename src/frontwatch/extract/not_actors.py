"""Words that look like an actor's name and name none, blanked before actors are matched (offsets stay):
the "-led" of "Saudi-led warplanes" (the mention keeps the state), a likeness ("a police-style vest"), a
country's name in a river's or a region's ("the Niger Delta"), in a building's ("the Beth Israel
synagogue"), a post its holder has lost ("former army chief Francois Bozize"), an aircraft's model
("an American B-52 bomber") and an airline's name ("a Pan American jet")."""

from __future__ import annotations

import re

# "Saudi-led warplanes", "US-led troops", "U.S.-led aircraft": the forces of the state that leads
LED_FORCES = re.compile(
    r"(?<=[\w.])-led(?= (?:warplanes|jets|aircraft|forces|troops|air ?strikes|strikes|raids|bombing|"
    r"planes)\b)",
    re.IGNORECASE,
)


# "a man wearing a police-style vest", "military-style fatigues": a likeness, not the force
STYLED = re.compile(r"\b[\w.]+-(?:style|like)\b", re.IGNORECASE)
# "the Niger Delta", "the Congo River", "the Jordan Valley": a country's name in a river's or a region's
# (not in a group's: "the Movement for the Emancipation of the Niger Delta", "the Niger Delta Avengers")
NAMED_FEATURE = re.compile(
    r"(?<!of the )\b(?:Niger|Congo|Jordan|Sudan|Chad|Senegal|Gambia)"
    r"(?= (?:Delta|River|Basin|Valley)\b(?! [A-Z]))"
)


# "the Beth Israel synagogue", "Saint Sudan Hospital": a building's name, whatever country it holds
NAMED_BUILDING = re.compile(
    r"\b(?:[A-Z][\w'-]+ ){2,4}(?=(?i:synagogue|church|mosque|cathedral|temple|hospital|school)s?\b)"
)

# "fighters loyal to former army chief Francois Bozize": a man who no longer speaks or fights for the force
POST_LOST = re.compile(
    "(?:"
    + "|".join(
        f"(?<=\\b{word} )"
        for word in ("former", "Former", "exiled", "ousted", "deposed", "sacked", "renegade", "retired")
    )
    + r"|(?<=\bex-))(?i:army|military|police)"
    + r"(?= (?i:chief|commander|general|colonel|officer|head|strongman)\b)"
)

# "an American B-52 bomber", "Israeli F-16 jets", "Malian MiG jets": an aircraft's model between the state
# and the aircraft
AIRCRAFT_MODEL = re.compile(
    r"\b(?:[A-Z]{1,3}-\d{1,3}[A-Z]?|MiG(?:-\d{1,2})?|Mirage|Sukhoi|Tupolev|Ilyushin|Antonov|Harrier|Phantom|"
    r"Tornado|Jaguar|Apache|Cobra|Huey|Chinook|Black Hawk|Hind|Super Etendard|Skyhawk|Canberra|Hunter)"
    r"(?= (?i:bombers?|jets?|fighters?|fighter jets|fighter-bombers?|warplanes?|planes?|aircraft|"
    r"helicopters?|gunships?|helicopter gunships?)\b)"
)

# "the military wing of Hamas": the group's wing, not the state's military
GROUP_WING = re.compile(r"\b(?i:military|armed)(?= (?i:wings?) of\b)")

# "a Pan American jumbo jet", "an Air India flight": an airline's name, not its country's forces
AIRLINE = re.compile(
    r"\b(?:Pan Am(?:erican)?|Air (?:France|India|Lanka|Algerie|Zimbabwe|Rhodesia|Malawi|Vietnam|Afrique)|"
    r"(?:American|Kuwait|Korean|Malaysia|Philippine|Japan|Syrian Arab|Libyan Arab|Indian|"
    r"Pakistan International|British|Ethiopian|Kenya|Turkish|Saudi Arabian|Yemen|South African|Iraqi|"
    r"Jordanian|Lebanese|Ariana Afghan|Sudan|Somali|Nigeria|Ghana|Uganda|Zambia) "
    r"(?:Airlines|Air Lines|Airways)|"
    r"Korean Air|Iran Air|Egyptair|Cubana)\b"
)

NOT_ACTORS = (
    LED_FORCES,
    STYLED,
    NAMED_FEATURE,
    NAMED_BUILDING,
    POST_LOST,
    AIRCRAFT_MODEL,
    GROUP_WING,
    AIRLINE,
)


def blank_non_actors(text: str) -> str:
    """`text` with every such word replaced by spaces of its length, in the order of NOT_ACTORS."""
    for pattern in NOT_ACTORS:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text
