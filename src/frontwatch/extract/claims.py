"""Attribution and modality: who says an event happened, and whether it is said to have happened.

"Ukrainian troops said they had entered Kupiansk" is a claim by Ukrainian troops; "Moscow denied ..." a
denial; "will withdraw" a future event; "was captured ... in May" in a September story is background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from frontwatch.extract.actors import find_actors
from frontwatch.extract.places import doc_text
from frontwatch.extract.words import (
    DECISION_LEMMAS,
    DENIAL_LEMMAS,
    FUTURE_LEMMAS,
    HYPOTHETICAL_AUX,
    SPEECH_LEMMAS,
)

ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
NEGATIONS = frozenset({"not", "never", "n't", "no"})


@dataclass(frozen=True)
class Attribution:
    claimant: str  # as written
    start: int  # character offsets in the document
    end: int
    verb: str  # the lemma of the verb of saying ("say", "announce", "deny", "according to")
    subject_token: int | None  # token index of the claimant's head
    party: str | None = None  # the group "the group's spokesman" speaks for, as named before ("the Houthis")


def find_attribution(trigger: Any, sentence: Any) -> Attribution | None:
    """The party to whom the trigger's clause is attributed, or None when the reporter asserts it."""
    for ancestor in trigger.ancestors:
        if _says(ancestor):
            subject = _subject(ancestor, trigger)
            if subject is not None and not _holds(subject, trigger):
                return _attribution(subject, ancestor.lemma_)
    according = _according_to(sentence)
    if according is not None:
        return according
    root = sentence.root
    if _says(root) and root.i != trigger.i:
        subject = _subject(root, trigger)
        if subject is not None and not _holds(subject, trigger):
            return _attribution(subject, root.lemma_)
    return _closing_source(trigger, sentence)


# what one dismisses or rejects in words; "dismissed the elected government" removes it, says nothing
SAID_THINGS = frozenset(
    {"claim", "report", "allegation", "accusation", "charge", "suggestion", "statement", "account", "rumour"}
    | {"rumor", "idea", "notion", "assertion", "figure", "toll", "story", "speculation", "criticism", "it"}
)


def _says(verb: Any) -> bool:
    """Whether the verb is one of saying here: "dismissed the reports" is, "dismissed the government" not."""
    if verb.lemma_ not in SPEECH_LEMMAS or verb.pos_ != "VERB":
        return False
    if verb.lemma_ not in ("dismiss", "reject"):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(o.lemma_.lower() in SAID_THINGS for o in objects)


def _holds(subject: Any, trigger: Any) -> bool:
    """A misparse makes the event's own clause the subject of "said": that is no claimant."""
    return any(t.i == trigger.i for t in subject.subtree)


def _closing_source(trigger: Any, sentence: Any) -> Attribution | None:
    """ "..., killing 59 people, officials said.": the source that closes the sentence after a comma,
    whichever clause the parser hung it on; or one set between commas as an aside ("Somali forces ended a
    siege ..., police said, after an attack ...")."""
    for verb in sentence:
        aside = verb.dep_ == "parataxis"
        if (verb.i <= trigger.i and not aside) or not _says(verb):
            continue
        subject = _subject(verb, trigger)
        if subject is None or _holds(subject, trigger):
            continue
        first = min(t.i for t in subject.subtree)
        if first > sentence.start and sentence.doc[first - 1].text in (",", ";"):
            return _attribution(subject, verb.lemma_)
    return None


def _subject(verb: Any, trigger: Any | None = None) -> Any | None:
    """Who says: the subject of the verb of saying. When the parser gives "said" two subjects ("Two men
    hurled a grenade ..., police said"), the one that does not hold the event's own clause."""
    if any(child.dep_ == "auxpass" for child in verb.children):
        return None  # "the start time would be announced": what is said, not who says it
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if trigger is not None and len(subjects) > 1:
        subjects = [child for child in subjects if not _holds(child, trigger)] or subjects
    if subjects:
        return subjects[-1] if trigger is not None else subjects[0]
    if verb.dep_ in ("acl", "advcl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "with military observers saying ..."
    return None


def _attribution(head: Any, verb: str) -> Attribution:
    if verb not in DENIAL_LEMMAS:  # "the army blamed the RSF, which denied it": the denier is no source here
        head = _antecedent(head)
    tokens = [
        t
        for t in head.subtree
        if not t.is_space
        and (t.dep_ != "punct" or t.i == head.i)
        and not any(a.dep_ in ("relcl", "acl") for a in _up_to(t, head))
    ]
    left = min(t.i for t in tokens)
    right = max(t.i for t in tokens)
    sdoc = head.doc
    while right > left and (sdoc[right].is_punct or sdoc[right].is_space):
        right -= 1
    span = _last_named_segment(sdoc[left : right + 1])
    party = _group_named_before(doc_text(sdoc), span.start_char) if GROUP_SOURCE.match(span.text) else None
    return Attribution(span.text, span.start_char, span.end_char, verb, head.i, party)


RELATIVE = frozenset({"who", "which", "that"})


def _antecedent(head: Any) -> Any:
    """ "... an offensive by Karen rebels, who said they now controlled the town": the noun before "who"."""
    if head.lower_ not in RELATIVE:
        return head
    for token in reversed(head.doc[max(head.sent.start, head.i - 4) : head.i]):
        if token.pos_ in ("NOUN", "PROPN"):
            return token
        if not token.is_punct:
            break
    return head


# "the group's spokesman", "the group said": a group the story named before
GROUP_SOURCE = re.compile(r"(?:the )?(?:group|movement|militia|rebels?)(?:'s|’s)?\b", re.IGNORECASE)
NON_STATE = frozenset({"rebels", "militia", "armed group", "external"})


def _group_named_before(text: str, start: int) -> str | None:
    """The last non-state group named in the 400 characters before `start`, as written."""
    window = text[max(start - 400, 0) : start]
    named = [
        m.text
        for m in find_actors(window)
        if m.actor is not None and m.actor.kind in NON_STATE and not m.actor.name.startswith("Unidentified")
    ]
    return named[-1] if named else None


def _up_to(token: Any, head: Any) -> list[Any]:
    """The tokens from `token` up to `head`, `head` left out."""
    path = []
    while token.i != head.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _last_named_segment(span: Any) -> Any:
    """ "all 18 missiles Russia fired ..., Ukraine's top commander Valeriy Zaluzhnyi": a long subject whose
    last comma-separated part names someone is attributed to that part."""
    commas = [t.i for t in span if t.text == ","]
    if len(span) <= 8 or not commas:
        return span
    tail = span.doc[commas[-1] + 1 : span.end]
    if len(tail) and any(t.pos_ == "PROPN" for t in tail):
        return tail
    return span


def _according_to(sentence: Any) -> Attribution | None:
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor(1).lower_ == "to":
            objects = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objects:
                return _attribution(objects[0], "according to")
    return None


UNSEEN = frozenset({"see", "hear"})


def clause_modality(trigger: Any, attribution: Attribution | None) -> str | None:
    """The modality that the grammar of the trigger's clause gives; None means "a purpose clause, no event".

    Returns "denied", "future", "hypothetical", "claimed" or "asserted"; "historical" only for an event
    named as what an anniversary marks (otherwise dates decide what is historical).
    """
    if attribution is not None and attribution.verb in DENIAL_LEMMAS:
        return "denied"
    chain = [trigger, *list(trigger.ancestors)[:3]]
    unseen = trigger.lemma_ in UNSEEN  # "has not been seen since police stopped his car": a disappearance
    negated = any(c.lower_ in NEGATIONS for node in chain[:2] for c in node.children if c.dep_ == "neg")
    if negated and not unseen:
        return "denied"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    # a verb in the past tense was done, whatever its head will do ("will review ... the eviction last night,
    # when security men removed the activists")
    done = trigger.tag_ == "VBD" and trigger.dep_ in ("advcl", "relcl", "conj")
    nodes = chain[: 1 if done else 2]
    auxes = {c.lower_ for node in nodes for c in node.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for node in chain[:2] for c in node.children):
        return "hypothetical"
    if any(node.lemma_ in MAYBE_HEADS for node in chain[1:3]):
        return "hypothetical"  # "capable of a counteroffensive", "the idea of a counteroffensive"
    if any(node.lemma_ in MEMORY_NOUNS for node in _noun_path(trigger)):
        return "historical"  # "the 14th anniversary of the start of the protests"
    if any(node.lemma_ in TRACE_NOUNS and _with_no(node) for node in chain[1:4]):
        return "denied"  # "there was no sign of the ship being intercepted"
    if auxes & {"will", "shall", "'ll"} or (not done and _future_head(chain)):
        return "future"
    if auxes & HYPOTHETICAL_AUX and "have" not in auxes:
        return "hypothetical"
    if any(_was_to_have(node) for node in chain[1:4]):
        return "hypothetical"  # "the ship was to have led a flotilla protesting against the tests"
    if infinitive and not _done_for_its_purpose(trigger, chain):
        return None
    return "claimed" if attribution is not None else "asserted"


PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "rally", "march", "demand"})
# verbs whose purpose clause is only intended ("planned to protest", "threatened to march"); any other
# act done "to protest" (gathered, blocked the road, drove tractors into the capital) was the protest
INTENT_LEMMAS = frozenset(
    {"plan", "threaten", "vow", "want", "call", "urge", "aim", "intend", "prepare", "promise", "seek", "try"}
    | {
        "hope",
        "ask",
        "refuse",
        "agree",
        "pledge",
        "warn",
        "expect",
        "need",
        "allow",
        "permit",
        "ban",
        "forbid",
    }
    | {"prevent", "encourage", "invite", "attempt", "fail", "schedule", "set", "say", "announce", "tell"}
)


def _used_to(trigger: Any) -> bool:
    """ "Riot police used batons to break up a sit-in": what something was used to do was done."""
    head = trigger.head
    return bool(trigger.dep_ in ("advcl", "xcomp") and head.lemma_ == "use" and head.tag_ in ("VBD", "VBN"))


def _done_for_its_purpose(trigger: Any, chain: list[Any]) -> bool:
    """A purpose clause whose act was done all the same: decided, gathered to protest, used to, arrived to
    set up."""
    return (
        _decided(chain) or _gathered_to_protest(trigger) or _used_to(trigger) or _arrived_to_settle(trigger)
    )


ARRIVAL_LEMMAS = frozenset({"arrive", "land", "deploy", "move", "fly", "come", "relocate", "dock"})
SETTLING_LEMMAS = frozenset({"set", "establish", "open", "build", "install", "declare"})


def _arrived_to_settle(trigger: Any) -> bool:
    """ "Soldiers landed at Goma airport to set up the force's headquarters": the arrival that a base is
    the purpose of took place, and with it the base ("arrived in Mosul to declare victory": the victory).
    """
    head = trigger.head
    return (
        trigger.lemma_ in SETTLING_LEMMAS
        and trigger.dep_ in ("advcl", "xcomp")
        and head.lemma_ in ARRIVAL_LEMMAS
        and head.tag_ in ("VBD", "VBN")
    )


def _gathered_to_protest(trigger: Any) -> bool:
    """ "Farmers blocked the highway with tractors to protest against low prices": a purpose clause, but
    the gathering it is the purpose of took place, and the gathering is the protest ("plans to protest"
    and "threatened to protest" are still no event)."""
    head = trigger.head
    return (
        trigger.lemma_ in PROTEST_LEMMAS
        and trigger.dep_ in ("advcl", "xcomp")
        and head.pos_ == "VERB"
        and head.lemma_ not in INTENT_LEMMAS
        and head.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in head.children
        )
    )


CONDITIONS = frozenset({"if", "unless", "whether"})
# words that make what they govern a possibility, not a happening
MAYBE_HEADS = frozenset(
    {"able", "capable", "ability", "idea", "prospect", "possibility", "likelihood", "chance", "risk"}
    | {"threat", "allegation", "rumour", "rumor"}
)


MEMORY_NOUNS = frozenset({"anniversary", "commemoration", "memorial"})
TRACE_NOUNS = frozenset({"sign", "evidence", "indication", "report", "trace", "record"})


def _noun_path(trigger: Any) -> list[Any]:
    """The words the trigger hangs from up to its clause's verb ("protests" -> of -> start -> of ->
    anniversary)."""
    path = []
    for node in trigger.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            break
        path.append(node)
    return path


def _with_no(node: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)


def _was_to_have(node: Any) -> bool:
    """ "was to have led", "were supposed to have joined": what was meant to be done and was not."""
    auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
    return node.tag_ == "VBN" and {"to", "have"} <= auxes and node.head.lemma_ in ("be", "suppose", "due")


def _future_head(chain: list[Any]) -> bool:
    return any(node.lemma_ in FUTURE_LEMMAS for node in chain[1:3])


ACCOMPLISHED = frozenset({"manage"})  # "NAF forces managed to capture some positions": they did


def _decided(chain: list[Any]) -> bool:
    return any(
        node.lemma_ in DECISION_LEMMAS or node.lemma_ in SPEECH_LEMMAS or node.lemma_ in ACCOMPLISHED
        for node in chain[1:3]
    )
