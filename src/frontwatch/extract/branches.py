"""The branch of a state's forces that ACLED names for an air strike or an interception.

ACLED's coding of the war in Ukraine names the air force as its own actor for air and drone strikes
("Military Forces of Russia (2000-) Air Force"), and the forces as a whole for air defence that intercepts
missiles and drones. Elsewhere the forces as a whole are named, even where the text names the air force
("Turkish warplanes", "the Israeli Air Force"): the catalogue keeps the branch, the event drops it.
"""

from __future__ import annotations

AIR_FORCE = " Air Force"
SEPARATE_AIR_FORCE = ("Military Forces of Russia (", "Military Forces of Ukraine (")


def branch_for(name: str | None, sub_event_type: str) -> str | None:
    """The actor name with the branch the event type implies."""
    if name is None:
        return None
    if not name.startswith(SEPARATE_AIR_FORCE):
        return name[: -len(AIR_FORCE)] if name.endswith(AIR_FORCE) else name
    plain = name.endswith(")")
    if sub_event_type == "Air/drone strike" and plain:
        return name + AIR_FORCE
    if sub_event_type == "Disrupted weapons use" and name.endswith(AIR_FORCE):
        return name[: -len(AIR_FORCE)]
    return name
