"""Crash safety: an ingest killed with SIGKILL leaves no half-written document, ``python -m service check``
finds the store consistent, and running the batch again completes it without duplicates.

Two kills: one at whatever moment a real ``python -m service ingest`` of a large batch has reached, and one
provably inside a document's write transaction (after its document row, some quotes and their index entries
were written, before the commit). Then ``check`` is shown to notice the damage a half-write would leave.
Each test is bounded (a few seconds; every wait has a deadline). The kills run on SQLite; the last two tests
run ``check_consistency`` on every backend of the ``store`` fixture (SQLite and PostgreSQL).
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bench.bench_extraction import generate_article
from service.cli import main
from service.extraction import extract_quotes
from service.storage import open_store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 240


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    """A JSON-lines batch of ARTICLES generated news articles (about eight quotes each)."""
    rng = random.Random(20261122)
    path = tmp_path_factory.mktemp("batch") / "batch.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(ARTICLES):
            record = {"text": generate_article(rng, 2500), "outlet": f"Outlet {n % 7}", "url": f"https://news.example/{n}"}
            out.write(json.dumps(record) + "\n")
    return path


def count(db: Path, table: str) -> int:
    """Rows of ``table`` as another process sees them (committed transactions only)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def run_check(url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "service", "check", "--database-url", url],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def ingest_again_completes_without_duplicates(url: str, batch: Path, capsys) -> None:
    assert main(["ingest", "--database-url", url, "--no-progress", str(batch)]) == 0
    assert f"{ARTICLES} document(s) read" in capsys.readouterr().out
    with open_store(url) as store:
        stats = store.stats()
        urls = {d.url for d in store.list_documents(limit=100, offset=0).items}
    assert stats["documents"] == ARTICLES
    assert len(urls) == 100
    checked = run_check(url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{ARTICLES:,} document(s)" in checked.stdout


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def test_sigkill_during_a_large_cli_ingest_leaves_a_consistent_store(batch, tmp_path, capsys):
    db = tmp_path / "quotes.db"
    url = f"sqlite:///{db}"
    child = subprocess.Popen(
        [sys.executable, "-m", "service", "ingest", "--database-url", url, "--no-progress", str(batch)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for(lambda: count(db, "document") >= 40 or child.poll() is not None, 25, "the first documents")
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL, child.stderr.read().decode()
    finally:
        if child.poll() is None:
            child.kill()
        child.stderr.close()
    stored = count(db, "document")
    assert 40 <= stored < ARTICLES  # killed in the middle of the batch

    checked = run_check(url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "consistent" in checked.stdout
    with open_store(url) as store:  # every stored document has all of its quotes
        for document_id in range(1, stored + 1):
            record = store.get_document(document_id)
            assert [q.position for q in record.quotes] == list(range(len(record.quotes)))
            assert len(record.quotes) == len(extract_quotes(record.text, include_boilerplate=True)), document_id

    ingest_again_completes_without_duplicates(url, batch, capsys)


# Run in a child process: ingests the batch, but on the KILL_AT-th document pauses inside its write
# transaction (in the cluster linker, which runs between the inserts of two quotes) and says so in a file.
PAUSING_INGEST = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import service.ingest as ingest
    from service.cli import main

    url, batch, marker, kill_at = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    linker = ingest.cluster_linker
    documents = 0

    def pausing_linker(**kwargs):
        global documents
        documents += 1
        link = linker(**kwargs)
        calls = 0

        def link_and_pause(reader, quote):
            nonlocal calls
            calls += 1
            if documents == kill_at and calls == 3:
                marker.write_text("paused inside the transaction")
                time.sleep(60)
            return link(reader, quote)

        return link_and_pause

    ingest.cluster_linker = pausing_linker
    sys.exit(main(["ingest", "--database-url", url, "--no-progress", batch]))
    """
)


def test_sigkill_inside_a_write_transaction_leaves_no_trace_of_that_document(batch, tmp_path, capsys):
    db = tmp_path / "quotes.db"
    url = f"sqlite:///{db}"
    marker = tmp_path / "paused"
    kill_at = 25
    child = subprocess.Popen(
        [sys.executable, "-c", PAUSING_INGEST, url, str(batch), str(marker), str(kill_at)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for(lambda: marker.exists() or child.poll() is not None, 25, "the pause inside the transaction")
        assert child.poll() is None, child.stderr.read().decode()
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.stderr.close()

    # The 24 documents before it were committed; of the 25th, whose row, first quotes and their index entries
    # had been written, nothing remains.
    assert count(db, "document") == kill_at - 1
    with open_store(url) as store:
        assert store.find_document(url=f"https://news.example/{kill_at - 1}") is None
        assert store.find_document(url=f"https://news.example/{kill_at - 2}") is not None
        last = store.get_document(kill_at - 1)
        stats = store.stats()
    assert max(q.id for q in last.quotes) == stats["quotes"]  # no quote row beyond the last committed one
    checked = run_check(url)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    ingest_again_completes_without_duplicates(url, batch, capsys)


def test_check_reports_what_a_half_write_would_leave(batch, tmp_path, capsys):
    db = tmp_path / "quotes.db"
    url = f"sqlite:///{db}"
    small = tmp_path / "small.jsonl"
    small.write_text("".join(batch.read_text(encoding="utf-8").splitlines(keepends=True)[:5]), encoding="utf-8")
    assert main(["ingest", "--database-url", url, "--no-progress", str(small)]) == 0
    assert main(["check", "--database-url", url]) == 0
    assert "consistent" in capsys.readouterr().out

    with sqlite3.connect(db) as con:
        indexed = con.execute("SELECT id FROM quote WHERE indexed = 1 ORDER BY id LIMIT 2").fetchall()
        # a document whose last quotes never arrived (their index entries did)
        con.execute("DELETE FROM quote WHERE document_id = 2 AND position > 0")
        # a document with a quote missing in the middle
        con.execute("DELETE FROM quote WHERE position = 1 AND document_id = (SELECT document_id FROM quote "
                    "WHERE document_id > 2 GROUP BY document_id HAVING count(*) > 2 LIMIT 1)")  # fmt: skip
        # an index entry whose quote never arrived
        con.execute("INSERT INTO quote_shingle VALUES (123456, 987654)")
        # a quote that lost its index entries
        con.execute("DELETE FROM quote_shingle WHERE quote_id = ?", indexed[0])
        # a quote whose index entries are not those of its text
        con.execute("UPDATE quote_shingle SET shingle = shingle + 1 WHERE quote_id = ?", indexed[1])
        # a quote whose document row is gone
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("INSERT INTO quote (id, document_id, position, text, start_offset, end_offset, kind, "
                    "cluster_id) VALUES (999, 424242, 0, 'x', 0, 1, 'term', 31337)")  # fmt: skip
    assert main(["check", "--database-url", url]) == 1
    report = capsys.readouterr().out
    assert "INCONSISTENT" in report
    for kind in ("orphan_quotes", "quote_positions", "orphan_postings", "indexed_flag", "index_keys", "clusters"):
        assert f"- {kind}:" in report, report
    assert f"ids {indexed[1][0]}" in report or f", {indexed[1][0]}" in report
    assert "(ids 999)" in report  # the orphan quote, by id


def test_every_backend_checks_its_consistency(seeded_store):
    from service.cli import _index_for

    report = seeded_store.check_consistency(_index_for)
    assert report.ok, report.issues
    stats = seeded_store.stats()
    assert report.checked == {
        "documents": stats["documents"], "quotes": stats["quotes"], "index_entries": stats["index_entries"]
    }  # fmt: skip


def test_every_backend_reports_an_index_entry_of_no_quote(seeded_store):
    orphan = "INSERT INTO quote_shingle (shingle, quote_id) VALUES (12345, 999999)"
    if seeded_store.backend == "sqlite":
        seeded_store._con().execute(orphan)  # autocommit connection
    else:
        seeded_store._run(lambda conn: conn.execute(orphan), write=True)
    report = seeded_store.check_consistency()
    assert [(issue.kind, issue.examples) for issue in report.issues] == [("orphan_postings", (999999,))]
