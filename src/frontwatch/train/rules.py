"""The rules' type for labelled texts: what the classifier competes with when its threshold is chosen."""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.normalise import normalise
from frontwatch.runner import Coded, Pipeline
from frontwatch.train.data import Labelled


def rules_types(pipeline: Pipeline, examples: Sequence[Labelled]) -> list[str | None]:
    """The main event's sub-event type the rules give each example's document (None: no event)."""
    documents = (normalise(e.document, default_date=e.published) for e in examples)
    types: list[str | None] = []
    for result in pipeline.code(documents):
        if isinstance(result, Coded) and result.events:
            types.append(result.events[0].sub_event_type)
        else:
            types.append(None)
    return types
