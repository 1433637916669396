"""Syndicated copies of the example stories, made at test time, and distinct stories on the same topics.

A copy gets some of: another headline, a local intro paragraph, dropped paragraphs, two paragraphs
swapped, the story cut after its first paragraphs, an outlet footer. `distinct_stories` are short
stories written for these tests about the same happenings as example stories, in other words:
they share names, places and dates with them but are not copies and must stay apart.
"""

from __future__ import annotations

import random
from pathlib import Path

from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise

STORIES = Path(__file__).resolve().parents[2] / "examples" / "stories"

HEADLINES = (
    "What we know so far",
    "LIVE: latest from the front line",
    "Officials give new details",
    "World news in brief",
    "The day in pictures and words",
)
INTROS = (
    "This story was first published by our wire partner and has been shortened.",
    "Our correspondent in the region adds that the situation remains tense and fast-moving.",
    "Readers in the valley have followed the story closely: several local families have relatives there.",
    "Editor's note: this report will be updated as more information becomes available.",
)
FOOTERS = (
    "Follow us on social media for the latest updates.",
    "Copyright 2024 Evening Courier. All rights reserved.",
    "Read more: our full coverage of the conflict.",
    "Subscribe to the morning briefing to get stories like this in your inbox every day.",
)


def paragraphs(text: str) -> list[str]:
    """The body paragraphs of an example story (the wire header line and the headline left out)."""
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = [p for p in parts if not p.startswith(("This Article is From", "Published:", "Updated:"))]
    return body[1:] if len(body) > 2 else body


def make_copy(text: str, rng: random.Random) -> str:
    """One syndicated copy of a story."""
    body = paragraphs(text)
    if len(body) > 4 and rng.random() < 0.5:
        drop = rng.sample(range(1, len(body)), k=min(2, len(body) // 4))
        body = [p for i, p in enumerate(body) if i not in drop]
    if len(body) > 3 and rng.random() < 0.4:
        i, j = rng.sample(range(1, len(body)), 2)
        body[i], body[j] = body[j], body[i]
    if len(body) > 5 and rng.random() < 0.3:
        body = body[: max(3, len(body) * 2 // 3)]
    if rng.random() < 0.5:
        body.insert(0, rng.choice(INTROS))
    if rng.random() < 0.7:
        body.append(rng.choice(FOOTERS))
    return "\n\n".join([rng.choice(HEADLINES), *body])


def coded(texts: list[str]) -> list[str]:
    """The coded text of each story as ingest stores it (headline, credits and footers blanked):
    stories are clustered on it."""
    out = []
    for i, text in enumerate(texts):
        document = normalise(RawDocument(doc_id=str(i), source=f"{i}.txt", text=text, media_type="text"))
        out.append(document.coded_text if isinstance(document, Document) else text)
    return out


def example_texts() -> list[tuple[str, str]]:
    """(name, text) of every example story, in name order."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(STORIES.glob("*.txt"))]


def syndicated_corpus(copies: int = 3, seed: int = 7) -> tuple[list[str], list[str]]:
    """Texts and their story labels: every example story, `copies` copies of each, and the distinct
    same-topic stories (each its own label)."""
    rng = random.Random(seed)
    texts: list[str] = []
    labels: list[str] = []
    for name, text in example_texts():
        texts.append(text)
        labels.append(name)
        for _ in range(copies):
            texts.append(make_copy(text, rng))
            labels.append(name)
    for i, text in enumerate(DISTINCT):
        texts.append(text)
        labels.append(f"distinct-{i}")
    return texts, labels


DISTINCT = (
    "Ukrainian soldiers raised the national flag over the administration building in Kupiansk on Saturday, "
    "a regional official said, as the army's advance in the northeast gathered pace.\n\n"
    "The town on the Oskil River had been in Russian hands since the first days of the invasion. Residents "
    "who stayed described weeks without power and water.\n\n"
    "Moscow did not comment on the town directly but said troops in the area were regrouping.",
    "Fighting around Kupiansk intensified on Saturday as Ukrainian units pushed toward the rail junction, "
    "according to a military analyst quoted by local media.\n\n"
    "The analyst said the loss of the town would cut a key supply line for Russian forces near Izium. "
    "Russian state television showed columns of vehicles moving east.",
    "Russian troops left Kherson and crossed to the eastern bank of the Dnipro, Moscow said on Friday, "
    "in a retreat that Ukrainian officials greeted with caution.\n\n"
    "Videos shared online showed residents cheering in the central square. Ukrainian officials warned "
    "that retreating units may have mined buildings and roads.",
    "Missiles slammed into Kyiv during the Monday morning rush, striking near a park and a university, "
    "emergency services said.\n\n"
    "Commuters sheltered in underground stations while power was cut in several districts. The strikes "
    "came two days after an explosion damaged the bridge to Crimea.",
    "The Wagner chief claimed on Saturday that his men now held all of Bakhmut, a claim Kyiv rejected.\n\n"
    "Ukrainian commanders said their units still held positions on the western edge of the city and "
    "were advancing on its flanks.",
    "Russia's defence ministry announced on Saturday that Avdiivka was under its full control, a day "
    "after Ukraine's commander said troops were leaving the town.\n\n"
    "The industrial town near Donetsk had been the focus of months of assaults.",
)
