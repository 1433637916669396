"""The trigger rules: for each ACLED sub-event type, the wordings that signal it, with ACLED's precedence.

Each rule is a regular expression over the lower-cased sentence, with a priority (lower wins when several
fire in one sentence) and conditions: an armed actor or weapon named in the sentence, a verb of attacking
beside a weapon, words that must or must not appear. `frontwatch.extract.triggers` applies them. The rules
live by ACLED event family in `rules_violence`, `rules_shootings`, `rules_abductions`, `rules_remote`,
`rules_chemical`, `rules_sexual`, `rules_thrown`, `rules_unrest`, `rules_riots`, `rules_mobs`,
`rules_protest`, `rules_strategic`, `rules_handovers`, `rules_disrupted`, `rules_groups` and
`rules_property`; the labels of ACLED's notes ("Interception:") in `rules_labels`.
"""

from __future__ import annotations

from frontwatch.extract.rules_abductions import ABDUCTION_RULES
from frontwatch.extract.rules_chemical import CHEMICAL_RULES
from frontwatch.extract.rules_disrupted import DISRUPTED_RULES
from frontwatch.extract.rules_groups import GROUP_RULES
from frontwatch.extract.rules_handovers import HANDOVER_RULES
from frontwatch.extract.rules_labels import LABEL_RULES
from frontwatch.extract.rules_mobs import MOB_RULES
from frontwatch.extract.rules_property import PROPERTY_RULES
from frontwatch.extract.rules_protest import PROTEST_RULES
from frontwatch.extract.rules_remote import REMOTE_RULES
from frontwatch.extract.rules_riots import RIOT_RULES
from frontwatch.extract.rules_sexual import SEXUAL_RULES
from frontwatch.extract.rules_shootings import SHOOTING_RULES
from frontwatch.extract.rules_strategic import STRATEGIC_RULES
from frontwatch.extract.rules_thrown import THROWN_RULES
from frontwatch.extract.rules_unrest import UNREST_RULES
from frontwatch.extract.rules_violence import VIOLENCE_RULES
from frontwatch.extract.trigger_rule import CATCH_ALL, DECLARED_TRUCE, MEASURES, PASSIVE_KILLING, TriggerRule

RULES: tuple[TriggerRule, ...] = (
    *LABEL_RULES,
    *VIOLENCE_RULES,
    *SHOOTING_RULES,
    *ABDUCTION_RULES,
    *REMOTE_RULES,
    *CHEMICAL_RULES,
    *SEXUAL_RULES,
    *THROWN_RULES,
    *UNREST_RULES,
    *RIOT_RULES,
    *MOB_RULES,
    *PROTEST_RULES,
    *STRATEGIC_RULES,
    *HANDOVER_RULES,
    *DISRUPTED_RULES,
    *GROUP_RULES,
    *PROPERTY_RULES,
)

__all__ = ["CATCH_ALL", "DECLARED_TRUCE", "MEASURES", "PASSIVE_KILLING", "RULES", "TriggerRule"]
