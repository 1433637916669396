"""The fight behind a toll: "four tourists were killed when security forces attacked the militants who held
them" tells a fight, whose toll the dead are, not an attack on the tourists."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.triggers import TriggerHit, choose_trigger

# the words that open a clause telling what caused the deaths told before it ("killed as police fired")
CAUSE_MARKS = frozenset({"as", "when", "while", "after"})
# whom an attack told in that clause befell when it was a fight
ARMED_TARGETS = frozenset(
    {"militant", "rebel", "insurgent", "fighter", "gunman", "gunmen", "kidnapper", "hijacker", "guerrilla"}
    | {"jihadist", "soldier", "troop", "militiaman", "militiamen", "militia", "position", "base", "garrison"}
)


def fight_behind_a_toll(foreground: list[TriggerHit], tokens: dict[int, Any]) -> TriggerHit | None:
    """The fight a sentence's "when"/"as" clause tells after its dead, if any."""
    fights = [h for h in foreground if h.sub_event_type == "Armed clash" and _cause_clause(tokens[id(h)])]
    return choose_trigger(fights)


def _cause_clause(token: Any | None) -> bool:
    """ "... were killed when forces attacked the militants": a "when"/"as" clause told after a toll, whose
    verb befell armed men (not "when gunmen attacked the railway station")."""
    if token is None or token.dep_ != "advcl":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in ARMED_TARGETS for c in token.children):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in CAUSE_MARKS for c in token.children)
