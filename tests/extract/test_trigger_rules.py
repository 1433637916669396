"""The trigger table's own invariants: what makes the order of its family modules free."""

from __future__ import annotations

from collections import defaultdict

from frontwatch.extract.taxonomy import SUB_EVENT_TYPES, TERRITORY
from frontwatch.extract.trigger_rules import RULES


def test_rules_of_one_priority_code_one_sub_event_type() -> None:
    """Two hits of equal priority at the same place are told apart by the table's order only; one
    sub-event type per priority makes that order irrelevant."""
    codes: dict[float, set[str]] = defaultdict(set)
    for rule in RULES:
        codes[rule.priority].add(rule.sub_event_type)
    assert {p: s for p, s in codes.items() if len(s) > 1} == {}


def test_every_rule_codes_an_acled_sub_event_type() -> None:
    assert {r.sub_event_type for r in RULES} <= set(SUB_EVENT_TYPES) | {TERRITORY}
