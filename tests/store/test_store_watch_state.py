"""Watch state kept in the store's database, on both engines."""

from __future__ import annotations

from frontwatch.store.sqlite import SqliteStore
from frontwatch.store.watch_state import MAX_ATTEMPTS, REJECTED, RETRY, STORED, SourceState, WatchState


def test_watch_state_round_trips_and_counts_attempts(store: SqliteStore) -> None:
    state = WatchState(store)
    assert state.source("https://example.org/feed") == SourceState("https://example.org/feed")
    state.save_source(SourceState("https://example.org/feed", etag='"v1"', last_modified="Tue"), "200")
    state.save_source(SourceState("https://example.org/feed", etag='"v2"'), "200")
    assert state.source("https://example.org/feed") == SourceState("https://example.org/feed", etag='"v2"')
    state.mark("feed", "a", STORED, "hash-a")
    assert not state.is_pending("feed", "a")
    for _ in range(MAX_ATTEMPTS):
        assert state.is_pending("feed", "b")
        state.mark("feed", "b", RETRY)
    assert state.items("feed") == {"a": (STORED, 1), "b": (REJECTED, MAX_ATTEMPTS)}
    assert not state.is_pending("feed", "b")
