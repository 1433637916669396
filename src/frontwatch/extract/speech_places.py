"""Where words were spoken, which is not where the act they tell of happened: "the IRA said in a statement
in Dublin that it had carried out the attack", "told reporters in Geneva", "speaking at a news conference
in Nairobi"."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.locate import LocatedMention

# verbs and nouns of speech a place may hang on through "in" or "from"
SPEECH = frozenset(
    {"say", "tell", "speak", "announce", "statement", "conference", "briefing", "interview", "communique"}
    | {"broadcast", "address", "speech", "remark", "message"}
)


def where_it_was_said(located: LocatedMention, sdoc: Any) -> bool:
    """Whether the place is where a statement was made, told as "in X" after a verb or a noun of speech."""
    if located.mention.start < 0:
        return False
    span = sdoc.char_span(located.mention.start, located.mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    preposition = span.root.head
    if preposition.dep_ != "prep" or preposition.lower_ not in ("in", "from"):
        return False
    return preposition.head.lemma_.lower() in SPEECH


__all__ = ["where_it_was_said"]
