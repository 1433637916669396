"""Language identification with py3langid; the model is loaded once, on first use."""

from __future__ import annotations

import re
import threading
from typing import Any

SAMPLE_CHARS = 800
MIN_LETTERS = 40
# English-based creoles and Scots are what the model confuses terse English with ("On 3 June 2022,
# Russian forces shelled near Roty, Donetsk." scores Nigerian Pidgin at 0.4).
ENGLISH_LIKE = frozenset({"en", "pcm", "sco"})
REJECT_CONFIDENCE = 0.8  # below this the detector is not sure enough to keep a text out
# Text in another script is kept out whatever the detector's confidence (it may hesitate between
# Chinese varieties, but English it is not).
MIN_LATIN_SHARE = 0.5

_LETTER = re.compile(r"[^\W\d_]")
_lock = threading.Lock()
_identifier: Any = None


def _get_identifier() -> Any:
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def latin_share(text: str) -> float:
    """The share of the letters in the first SAMPLE_CHARS letters-worth of `text` that are Latin
    (ASCII or Latin-1/Extended): English text is all Latin, Chinese or Arabic text next to none."""
    letters = latin = 0
    for match in _LETTER.finditer(text[: SAMPLE_CHARS * 8]):
        letters += 1
        latin += match.group() <= "\u024f"
        if letters >= SAMPLE_CHARS:
            break
    return latin / letters if letters else 1.0


def enough_letters(text: str, needed: int = MIN_LETTERS) -> bool:
    return any(count >= needed for count, _ in enumerate(_LETTER.finditer(text), start=1))


def identify(text: str) -> tuple[str, float, bool]:
    """(ISO 639-1 code, probability 0..1, sure) for the first SAMPLE_CHARS characters of `text`
    once whitespace runs are collapsed (blanked boilerplate does not use up the sample). The
    identifier's cost grows with the sample; 800 characters, some 130 words, are plenty to tell
    languages apart.

    `sure` is False when there are fewer than MIN_LETTERS letters; the code is then "en" and the
    probability is the model's probability for English."""
    sample = " ".join(text[: SAMPLE_CHARS * 8].split())[:SAMPLE_CHARS]
    identifier = _get_identifier()
    if not enough_letters(sample):
        try:
            ranked = dict(identifier.rank(sample))
        except Exception:
            return "en", 0.0, False
        return "en", float(ranked.get("en", 0.0)), False
    try:
        language, score = identifier.classify(sample)
    except Exception:
        return "en", 0.0, False
    return str(language), float(score), True
