"""The spaCy pipeline, loaded once per process from the installed model package."""

from __future__ import annotations

import functools
from typing import Any

from frontwatch.config import SPACY_MODEL
from frontwatch.errors import ModelMissing


@functools.lru_cache(maxsize=2)
def load_nlp(model: str = SPACY_MODEL) -> Any:
    """Load the English pipeline from its installed package; nothing is downloaded."""
    try:
        import spacy

        return spacy.load(model)
    except OSError as exc:  # spaCy raises OSError E050 when the package is absent
        raise ModelMissing(f"The spaCy model package '{model}' is not installed ({exc}).") from exc
