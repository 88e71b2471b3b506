"""SQLite under another process's write lock: StoreUnavailable in the domain, 503 with Retry-After in the API,
and nothing half-written."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from service.storage import StoreUnavailable, new_document, open_store
from service.storage.base import NewQuote
from service.web import create_app


@pytest.fixture
def locked_store(tmp_path):
    path = tmp_path / "locked.db"
    store = open_store(f"sqlite:///{path}?busy_timeout_ms=50")
    # Another process's writer holds the lock for the whole test.
    holder = sqlite3.connect(path, isolation_level=None)
    yield store, holder
    holder.close()
    store.close()


def _document(text: str):
    return new_document(text, outlet="Daily", url=None, published_at=None, title="T", author="A")


def test_write_under_another_writers_lock_is_store_unavailable(locked_store):
    store, holder = locked_store
    holder.execute("BEGIN IMMEDIATE")
    quote = NewQuote("We will rebuild.", 0, 16, "full", speaker="Ann", keys=(1, 2))
    with pytest.raises(StoreUnavailable):
        store.add_document(_document('Ann said: "We will rebuild."'), [quote])
    holder.execute("ROLLBACK")
    # Once the lock is gone the same write goes through, exactly once.
    assert not store.add_document(_document('Ann said: "We will rebuild."'), [quote]).duplicate
    assert store.stats()["documents"] == 1


def test_api_answers_503_with_retry_after_while_locked_then_writes(locked_store):
    store, holder = locked_store
    app = create_app({"TESTING": True, "STORE": store, "API_TOKENS": ""})
    client = app.test_client()
    holder.execute("BEGIN IMMEDIATE")
    body = {"text": 'Ann Lee said: "We will rebuild the bridge by spring."', "outlet": "Daily"}
    response = client.post("/v1/documents", json=body)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response.mimetype == "application/problem+json"
    assert "SQLite" not in response.get_data(as_text=True)  # no internals in the answer
    holder.execute("ROLLBACK")
    assert client.post("/v1/documents", json=body).status_code == 201


def test_opening_waits_for_another_writer_before_switching_to_wal(tmp_path):
    path = tmp_path / "fresh.db"
    # A rollback-journal database, as a new file is, locked by a writer that lets go after 0.3 s.
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    timer = threading.Timer(0.3, lambda: holder.execute("ROLLBACK"))
    timer.start()
    try:
        store = open_store(f"sqlite:///{path}?busy_timeout_ms=5000")
        assert store._con().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.close()
    finally:
        timer.join()
        holder.close()


def test_opening_gives_up_with_store_unavailable_after_busy_timeout(tmp_path):
    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreUnavailable):
            open_store(f"sqlite:///{path}?busy_timeout_ms=100")
    finally:
        holder.close()
