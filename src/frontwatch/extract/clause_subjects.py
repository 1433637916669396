"""The subjects of a verb, found through the clauses it hangs on: "A gunman walked into the museum and opened
fire" (the gunman opened fire), "fighters attacked the town, storming a camp and fighting soldiers" (the
fighters fought)."""

from __future__ import annotations

from typing import Any


def joined_subjects(trigger: Any) -> list[Any]:
    """The subjects of the verb a joined verb hangs on, through a misparse that hangs it on that verb's
    object ("storming a camp and fighting soldiers": "fighting" hung on "camp")."""
    head = trigger.head
    if head.pos_ != "VERB" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return subjects(head.head)
    return subjects(_joined_to(trigger))


def doers_text(trigger: Any) -> str:
    """The words of the trigger's subjects ("Groups of youths" then burned tyres)."""
    return " ".join(" ".join(t.text for t in s.subtree) for s in subjects(trigger))


def subjects(verb: Any) -> list[Any]:
    """The verb's subjects, or those of the verb it is joined to ("A gunman walked into the museum and
    opened fire, killing three": the gunman opened fire)."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    head = verb.head
    if own or head.i == verb.i:
        return own
    if verb.dep_ == "conj" and head.pos_ == "VERB":
        return subjects(_joined_to(verb))
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ == "VERB":
        # "fighters attacked the town, storming a camp": the participle's doers are the clause's
        return [c for c in head.children if c.dep_ == "nsubj"]
    return []


def _joined_to(verb: Any) -> Any:
    """The verb a joined verb goes with: its head, except that a past verb hung on what was seen done (a bare
    verb) goes with the seeing ("Officers saw the attacker strike the man and arrested him": the officers
    arrested him)."""
    head = verb.head
    seen_done = verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "ccomp" and head.head.pos_ == "VERB"
    return head.head if seen_done else head


__all__ = ["doers_text", "joined_subjects", "subjects"]
