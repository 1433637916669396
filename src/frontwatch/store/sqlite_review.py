"""Analyst review in SQLite: accept, correct or reject an event, with an audit trail; and API tokens.

A review is one row per event id (status and the corrected fields as JSON); every change also
appends an audit row with the reviewer, the time, and the reviewable values before and after.
Tokens are stored as SHA-256 hashes: the token itself is shown once, when it is created.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Any

from frontwatch.errors import NotFound, TokenNameTaken, UnknownToken
from frontwatch.store.review_model import (
    AuditEntry,
    ReviewedEvent,
    ReviewRequest,
    check_consistent,
    reviewable_values,
)
from frontwatch.store.sqlite_browse import SqliteBrowser

TOKEN_BYTES = 32


def token_hash(token: str) -> str:
    """The stored form of a token (tokens are random and long, so a plain hash is enough)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _status(action: str, fields: dict[str, Any]) -> str:
    if action == "reject":
        return "rejected"
    return "corrected" if fields else "accepted"


class SqliteReviewer(SqliteBrowser):
    """Review writes and token management on top of the reviewed-event reads."""

    def review_event(self, event_id: str, request: ReviewRequest, reviewer: str) -> ReviewedEvent:
        """Apply `request` to the event and record it in the audit trail; returns the event as now read.

        Raises NotFound (FW601) for an unknown event id and InvalidReview (FW607) when the change
        would leave a sub-event type outside its event type."""
        return self._retrying(lambda: self._review_event(event_id, request, reviewer))

    def _review_event(self, event_id: str, request: ReviewRequest, reviewer: str) -> ReviewedEvent:
        with self._transaction(f"review event {event_id}"):
            self._serialise(f"review:{event_id}")  # concurrent edits of one event merge, in turn
            current = self.reviewed_event(event_id)
            if current is None:
                raise NotFound(f"there is no event {event_id!r}")
            fields = dict(current.review.fields) if current.review else {}
            fields.update(request.fields)
            before = {"status": current.status, **reviewable_values(current.event)}
            after = {**reviewable_values(current.event), **request.fields}
            check_consistent(after)
            status = _status(request.action, fields)
            now = self._now()
            self._conn.execute(
                "INSERT INTO event_reviews (event_id, status, fields, reviewer, reviewed_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET status = excluded.status, "
                "fields = excluded.fields, reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at",
                (event_id, status, _dumps(fields), reviewer, now),
            )
            self._conn.execute(
                "INSERT INTO review_audit "
                "(event_id, reviewer, reviewed_at, action, before_fields, after_fields) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    reviewer,
                    now,
                    request.action,
                    _dumps(before),
                    _dumps({"status": status, **after}),
                ),
            )
        updated = self.reviewed_event(event_id)
        assert updated is not None  # written in the transaction above
        return updated

    def audit_trail(self, event_id: str | None = None, *, limit: int = 100) -> list[AuditEntry]:
        """Audit entries, newest first; of one event when `event_id` is given."""
        sql = (
            "SELECT audit_id, event_id, reviewer, reviewed_at, action, before_fields, after_fields "
            "FROM review_audit"
        )
        params: list[Any] = []
        if event_id is not None:
            sql += " WHERE event_id = ?"
            params.append(event_id)
        sql += " ORDER BY audit_id DESC LIMIT ?"
        params.append(limit)
        with self._limited("read the audit trail"):
            rows = self._conn.execute(sql, params).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6])) for r in rows]

    def reviewed_document_hashes(self) -> list[str]:
        """Documents with at least one reviewed event, in the order they were first stored."""
        with self._limited("list reviewed documents"):
            rows = self._conn.execute(
                "SELECT d.document_hash FROM documents AS d WHERE EXISTS (SELECT 1 FROM events AS e "
                "JOIN event_reviews AS r ON r.event_id = e.event_id WHERE e.document_hash = d.document_hash) "
                "ORDER BY d.first_seen, d.document_hash"
            ).fetchall()
        return [str(r[0]) for r in rows]

    def event_order(self, document_hash: str) -> list[str]:
        """The document's event ids in the extractor's order (most salient first)."""
        with self._limited("read the order of events"):
            rows = self._conn.execute(
                "SELECT event_id FROM events WHERE document_hash = ? ORDER BY rank", (document_hash,)
            ).fetchall()
        return [str(r[0]) for r in rows]

    # ----------------------------------------------------------------- tokens

    def create_token(self, name: str) -> str:
        """A new random token for `name`; only its hash is stored. TokenNameTaken (FW608) if used."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        with self._transaction(f"create the token {name}"):
            self._serialise(f"token:{name}")
            taken = self._conn.execute("SELECT 1 FROM api_tokens WHERE name = ?", (name,)).fetchone()
            if taken:
                raise TokenNameTaken(f"a token named {name!r} exists already")
            self._conn.execute(
                "INSERT INTO api_tokens (name, token_hash, created_at) VALUES (?, ?, ?)",
                (name, token_hash(token), self._now()),
            )
        return token

    def token_owner(self, token: str) -> str | None:
        """The name of the token's owner, or None when the token is not known."""
        wanted = token_hash(token)
        with self._limited("check a token"):
            rows = self._conn.execute("SELECT name, token_hash FROM api_tokens").fetchall()
        for name, stored in rows:
            if hmac.compare_digest(str(stored), wanted):
                return str(name)
        return None

    def tokens(self) -> list[tuple[str, str]]:
        """(name, created_at) of every token."""
        with self._limited("list tokens"):
            return [
                (r[0], r[1])
                for r in self._conn.execute("SELECT name, created_at FROM api_tokens ORDER BY name")
            ]

    def revoke_token(self, name: str) -> None:
        with self._transaction(f"revoke the token {name}"):
            cursor = self._conn.execute("DELETE FROM api_tokens WHERE name = ?", (name,))
            if cursor.rowcount == 0:
                raise UnknownToken(f"there is no token named {name!r}")


def _dumps(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
