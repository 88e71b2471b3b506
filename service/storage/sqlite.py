"""SQLite backend: the embedded default, one database file (``instance/quotes.db``) in WAL mode.

URL forms (SQLAlchemy's convention): ``sqlite:///relative/path.db`` (relative to the working directory),
``sqlite:////absolute/path.db``, and ``sqlite://`` or ``sqlite:///:memory:`` for a private in-memory
database. Query parameters tune the connection: ``cache_mb`` (page cache per connection, default 64),
``mmap_mb`` (memory-mapped reads, default 1024), ``busy_timeout_ms`` (default 10000) and ``synchronous``
(``normal`` by default: in WAL mode a power cut may lose the last commits but never corrupts the file).

Concurrency: each thread gets its own connection; writers take the write lock up front (``BEGIN
IMMEDIATE``) so the duplicate check, cluster assignment and inserts of one document see a stable
database, and other processes wait up to ``busy_timeout_ms``. Readers never block in WAL mode.

The quote index is the table ``quote_shingle (shingle, quote_id)``, a WITHOUT ROWID B-tree whose primary
key is the posting list: one 4-byte key (``service.matching.index``) and one quote id per posting, about
14.5 bytes on disk each (~205 bytes per quote at 1M quotes). ``quote.norm`` keeps the normalised text of
indexed quotes (~230 bytes per quote on the benchmark corpus), so rescoring needs no normalisation.

Bulk loads (``add_documents`` without a linker: the benchmark, ``ingest_documents`` with ``cluster=False``)
write a whole batch in one transaction with a handful of statements: duplicates found in two queries, ids
allocated in Python, ``executemany`` for documents and quotes, and the batch's postings sorted once and sent
as one JSON array (``_sorted_postings_json``). Measured per quote at 1M quotes, the SQLite side is then mostly
the B-tree work itself (about 0.75 µs per posting for the inserts and commit, 0.4 µs more to sort and encode it
in Python; ~14 postings per quote) and the row inserts.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from service.storage.base import (
    DOCUMENT_COLUMNS,
    QUOTE_COLUMNS,
    QUOTE_INSERT_COLUMNS,
    AddResult,
    Cluster,
    ClusterSummary,
    ConsistencyIssue,
    ConsistencyReport,
    DocumentRecord,
    DocumentRef,
    Health,
    InvalidURL,
    ItemNotFound,
    Linker,
    NewDocument,
    NewQuote,
    Page,
    SchemaError,
    SpeakerCount,
    Store,
    StoredQuote,
    StoreUnavailable,
    canonical_url,
    check_page,
    cluster_of,
    quote_from_row,
)

# Each migration is a list of statements applied in one transaction; append, never edit.
MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE document (
                id INTEGER PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                url TEXT UNIQUE,
                outlet TEXT NOT NULL,
                title TEXT,
                author TEXT,
                published_at TEXT,
                text TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE INDEX document_published ON document (published_at, id)",
            "CREATE INDEX document_outlet ON document (outlet, published_at, id)",
            """CREATE TABLE quote (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                kind TEXT NOT NULL,
                speaker TEXT,
                speaker_mention TEXT,
                cue TEXT,
                relayed_by TEXT,
                credited_source TEXT,
                paragraph INTEGER NOT NULL DEFAULT 0,
                quote_group INTEGER NOT NULL DEFAULT 0,
                boilerplate INTEGER NOT NULL DEFAULT 0,
                indexed INTEGER NOT NULL DEFAULT 0,
                cluster_id INTEGER NOT NULL,
                UNIQUE (document_id, position)
            )""",
            "CREATE INDEX quote_speaker ON quote (speaker) WHERE speaker IS NOT NULL",
            "CREATE INDEX quote_cluster ON quote (cluster_id)",
            # No foreign key to quote: it would cost a lookup per posting. Nothing deletes quotes yet; a
            # delete path must remove their postings first (there is no index on quote_id, on purpose).
            """CREATE TABLE quote_shingle (
                shingle INTEGER NOT NULL,
                quote_id INTEGER NOT NULL,
                PRIMARY KEY (shingle, quote_id)
            ) WITHOUT ROWID""",
        ],
    ),
]
MIGRATIONS.append(
    # The normalised text of indexed quotes: rescoring reads it instead of normalising every candidate.
    (2, ["ALTER TABLE quote ADD COLUMN norm TEXT"])
)
SCHEMA_VERSION = MIGRATIONS[-1][0]

_INSERT_QUOTE = f"INSERT INTO quote ({QUOTE_INSERT_COLUMNS}) VALUES ({','.join('?' * 18)})"
_EARLIEST_FIRST = "d.published_at IS NULL, d.published_at, d.id, q.position"


def _doc_ref(row: Sequence) -> DocumentRef:
    return DocumentRef(*row[:8])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_INSERT_POSTINGS_JSON = (
    "INSERT OR IGNORE INTO quote_shingle (shingle, quote_id) "
    "SELECT value >> 32, value & 4294967295 FROM json_each(?)"
)


def _insert_postings(con: sqlite3.Connection, packed: list[int], *, presorted: bool = False) -> None:
    """Insert postings given as ``key << 32 | quote_id`` integers.

    They travel as one JSON array unpacked by SQLite (``json_each``): binding millions of parameter
    tuples one by one costs more than the B-tree inserts themselves. Sorted first (unless ``presorted``),
    so the inserts walk the B-tree in order. The bulk path builds its array with ``_sorted_postings_json``.
    """
    if not packed:
        return
    if not presorted:
        packed.sort()
    con.execute(_INSERT_POSTINGS_JSON, (json.dumps(packed),))


def _sorted_postings_json(quotes: Iterable[tuple[int, Sequence[int]]]) -> str:
    """JSON array of the postings ``key << 32 | quote_id`` of ``(quote_id, keys)`` pairs, sorted ("[]" if none).

    A million postings per batch make this a hot path, dominated by cache misses rather than by
    arithmetic: sorting and encoding a list of a million int objects created in another order touches
    them all over the heap. So the postings go first into 256 buckets by the top byte of their key (in
    signed order), each bucket an ``array('q')`` that holds the values unboxed; each bucket is then
    sorted and encoded on its own, its int objects freshly made and close together, and concatenating
    the buckets gives the same order as one sort. ``repr`` of a list of plain ints is its JSON text and
    a little cheaper than ``json.dumps``. About 40% cheaper than sorting lists of ints and encoding the
    whole list (measured on 100,000 synthetic quotes). Keys outside the signed 32-bit range raise
    ``OverflowError`` (the array holds signed 64-bit values).
    """
    buckets = [array("q") for _ in range(256)]
    for quote_id, keys in quotes:
        for k in keys:
            buckets[(k >> 24) + 128].append((k << 32) | quote_id)
    parts = [repr(sorted(bucket))[1:-1] for bucket in buckets if bucket]
    if not parts:
        return "[]"
    # Brackets onto the end parts rather than around the joined text: one copy of tens of MB, not three.
    parts[0] = "[" + parts[0]
    parts[-1] += "]"
    return ", ".join(parts)


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


class _Reader:
    """The IndexReader reads on one connection (inside the caller's transaction, if any)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def key_frequencies(self, keys: Sequence[int], *, cap: int) -> dict[int, int]:
        if not keys:
            return {}
        values = ",".join("(?)" for _ in keys)
        sql = (
            f"WITH v(s) AS (VALUES {values}) SELECT v.s, (SELECT count(*) FROM "
            "(SELECT 1 FROM quote_shingle k WHERE k.shingle = v.s LIMIT ?)) FROM v"
        )
        return dict(self.con.execute(sql, (*keys, cap)).fetchall())

    def rank_quotes(self, weights: Mapping[int, float], *, limit: int) -> list[tuple[int, float]]:
        if not weights:
            return []
        values = ",".join("(?,?)" for _ in weights)
        params: list = []
        for key, weight in weights.items():
            params += (key, weight)
        # CROSS JOIN pins the join order: walk the few query keys, probe the posting B-tree for each.
        sql = (
            f"WITH v(s, w) AS (VALUES {values}) SELECT k.quote_id, sum(v.w) AS score "
            "FROM v CROSS JOIN quote_shingle k ON k.shingle = v.s "
            "GROUP BY k.quote_id ORDER BY score DESC, k.quote_id LIMIT ?"
        )
        return self.con.execute(sql, (*params, limit)).fetchall()

    def quote_texts(self, quote_ids: Sequence[int]) -> dict[int, str]:
        if not quote_ids:
            return {}
        sql = f"SELECT id, text FROM quote WHERE id IN ({_placeholders(len(quote_ids))})"
        return dict(self.con.execute(sql, tuple(quote_ids)).fetchall())

    def normalized_texts(self, quote_ids: Sequence[int]) -> dict[int, str]:
        if not quote_ids:
            return {}
        marks = _placeholders(len(quote_ids))
        sql = f"SELECT id, norm FROM quote WHERE id IN ({marks}) AND norm IS NOT NULL"
        return dict(self.con.execute(sql, tuple(quote_ids)).fetchall())


def parse_url(url: str) -> tuple[str, dict[str, str]]:
    """Database path (or ``":memory:"``) and options of a ``sqlite://`` URL."""
    parts = urlsplit(url)
    if parts.scheme != "sqlite":
        raise InvalidURL(f"not a sqlite URL: {url!r}")
    if parts.netloc:
        raise InvalidURL(f"sqlite URL takes no host: {url!r} (use sqlite:///relative or sqlite:////abs)")
    path = parts.path[1:] if parts.path.startswith("/") else parts.path
    options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    return path or ":memory:", options


# SQLite's ways of saying "not now": another process holds the write lock past busy_timeout_ms, or the
# disk cannot serve. Worth a retry (503), unlike a bug in a statement.
_UNAVAILABLE_MESSAGES = (
    "database is locked",
    "database table is locked",
    "disk i/o error",
    "unable to open database",
    "database or disk is full",
)


def _unavailable(exc: sqlite3.OperationalError) -> Exception:
    """``StoreUnavailable`` for lock and disk errors; any other error is returned unchanged."""
    message = str(exc).lower()
    if any(known in message for known in _UNAVAILABLE_MESSAGES):
        return StoreUnavailable(f"SQLite unavailable: {exc}")
    return exc


class SQLiteStore(Store):
    """``Store`` on one SQLite database; safe for threads (one connection each) and processes."""

    backend = "sqlite"

    def __init__(self, url: str) -> None:
        path, options = parse_url(url)
        self.url = url
        self._memory = path == ":memory:"
        if self._memory:
            # A named shared-cache database, so every thread's connection sees the same data.
            self._target = f"file:quotes-{uuid.uuid4().hex}?mode=memory&cache=shared"
        else:
            file = Path(path)
            file.parent.mkdir(parents=True, exist_ok=True)
            self._target = str(file)
        self.path = None if self._memory else Path(path)
        try:
            self._cache_kib = int(float(options.get("cache_mb", 64)) * 1024)
            self._mmap = int(float(options.get("mmap_mb", 1024)) * 1024 * 1024)
            self._busy_ms = int(options.get("busy_timeout_ms", 10_000))
        except ValueError as exc:
            raise InvalidURL(f"bad option in {url!r}: {exc}") from exc
        self._synchronous = options.get("synchronous", "normal").upper()
        if self._synchronous not in {"OFF", "NORMAL", "FULL", "EXTRA"}:
            raise InvalidURL(f"bad synchronous option in {url!r}")
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        try:
            con = self._con()
        except sqlite3.OperationalError as exc:
            raise _unavailable(exc) from exc
        if not self._memory:
            mode = self._switch_to_wal(con)
            if mode.lower() != "wal":
                raise SchemaError(f"could not switch {path} to WAL mode (got {mode})")
        try:
            self._migrate(con)
        except sqlite3.OperationalError as exc:
            raise _unavailable(exc) from exc

    def _switch_to_wal(self, con: sqlite3.Connection) -> str:
        # Switching the journal mode needs an exclusive lock, and when several processes open a new file at
        # once (gunicorn workers) SQLite may refuse it at once rather than wait, to avoid a deadlock: retry
        # for as long as busy_timeout_ms allows.
        deadline = time.monotonic() + self._busy_ms / 1000
        while True:
            try:
                return con.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc).lower() or time.monotonic() >= deadline:
                    raise _unavailable(exc) from exc
                time.sleep(0.02)

    # connections

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is not None:
            return con
        if self._closed:
            raise RuntimeError("store is closed")
        con = sqlite3.connect(
            self._target,
            uri=self._memory,
            isolation_level=None,
            check_same_thread=False,
            timeout=self._busy_ms / 1000,
        )
        con.execute(f"PRAGMA busy_timeout={self._busy_ms}")
        con.execute(f"PRAGMA cache_size=-{self._cache_kib}")
        con.execute(f"PRAGMA synchronous={self._synchronous}")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA temp_store=MEMORY")
        if not self._memory:
            con.execute(f"PRAGMA mmap_size={self._mmap}")
        self._local.con = con
        with self._lock:
            self._all.append(con)
        return con

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        con = self._con()
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _unavailable(exc) from exc
        try:
            yield con
        except sqlite3.OperationalError as exc:
            con.execute("ROLLBACK")
            raise _unavailable(exc) from exc
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        # A read transaction gives several SELECTs one snapshot.
        con = self._con()
        con.execute("BEGIN")
        try:
            yield con
        finally:
            con.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for con in self._all:
                try:
                    con.close()
                except sqlite3.ProgrammingError:  # closed from another thread already
                    pass
            self._all.clear()
        self._local = threading.local()

    # schema

    def _migrate(self, con: sqlite3.Connection) -> None:
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER NOT NULL, applied_at TEXT NOT NULL)"
            )
            current = con.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0
            if current > SCHEMA_VERSION:
                raise SchemaError(f"database schema {current} is newer than this code ({SCHEMA_VERSION})")
            for version, statements in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements:
                    con.execute(statement)
                con.execute("INSERT INTO schema_version VALUES (?, ?)", (version, _now()))
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    def schema_version(self) -> int:
        return self._con().execute("SELECT max(version) FROM schema_version").fetchone()[0]

    # writes

    def add_document(
        self, document: NewDocument, quotes: Sequence[NewQuote], *, link: Linker | None = None
    ) -> AddResult:
        with self._write() as con:
            return self._insert(con, document, quotes, link, self._next_quote_id(con))

    def add_documents(
        self, items: Iterable[tuple[NewDocument, Sequence[NewQuote]]], *, link: Linker | None = None
    ) -> list[AddResult]:
        """All documents in one transaction (all or none): the fast path for bulk loads.

        Without a linker the batch goes through ``_bulk_insert`` (a few statements for the whole batch);
        with one, documents go in one by one because each quote's linker must see the quotes before it.
        """
        if link is None:
            items = list(items)
            with self._write() as con:
                return self._bulk_insert(con, items)
        results = []
        postings: list[int] = []
        with self._write() as con:
            next_id = self._next_quote_id(con)
            for document, quotes in items:
                # Without a linker, postings of the whole batch go in at the end, sorted, which
                # touches each B-tree page once instead of once per quote.
                result = self._insert(
                    con, document, quotes, link, next_id, postings if link is None else None
                )
                next_id += len(result.quote_ids)
                results.append(result)
            _insert_postings(con, postings)
        return results

    def _bulk_insert(
        self, con: sqlite3.Connection, items: list[tuple[NewDocument, Sequence[NewQuote]]]
    ) -> list[AddResult]:
        """Insert a batch of documents without cluster linking, inside the caller's write transaction.

        Per-document ``INSERT ... RETURNING`` costs a statement step per document; here known URLs and
        content hashes are read in two queries, document and quote ids are allocated in Python (safe: the
        write lock is held), and documents, quotes and postings each go in with one ``executemany`` or one
        statement. Duplicates are decided as ``_insert`` decides them: a document whose canonical URL or
        content hash is stored, or came earlier in the same batch, is a duplicate of that document and
        writes nothing. Should a UNIQUE constraint still fire, the whole transaction rolls back.
        """
        urls = [d.url for d, _ in items if d.url is not None]
        hashes = [d.content_hash for d, _ in items]
        by_url: dict[str, int] = dict(
            con.execute(
                "SELECT url, id FROM document WHERE url IN (SELECT value FROM json_each(?))", (json.dumps(urls),)
            ).fetchall()
        ) if urls else {}
        by_hash: dict[str, int] = dict(
            con.execute(
                "SELECT content_hash, id FROM document WHERE content_hash IN (SELECT value FROM json_each(?))",
                (json.dumps(hashes),),
            ).fetchall()
        )
        next_doc = (con.execute("SELECT max(id) FROM document").fetchone()[0] or 0) + 1
        next_quote = self._next_quote_id(con)
        now = _now()
        results: list[AddResult] = []
        doc_rows = []
        quote_rows = []
        postings: list[tuple[int, Sequence[int]]] = []
        for document, quotes in items:
            existing = by_url.get(document.url) if document.url is not None else None
            if existing is None:
                existing = by_hash.get(document.content_hash)
            if existing is not None:
                results.append(AddResult(existing, True))
                continue
            document_id = next_doc
            next_doc += 1
            if document.url is not None:
                by_url[document.url] = document_id
            by_hash[document.content_hash] = document_id
            doc_rows.append((document_id, *document.row(now)))
            first = next_quote
            for position, q in enumerate(quotes):
                quote_id = next_quote
                next_quote += 1
                # Without a linker every quote starts its own cluster.
                quote_rows.append(q.row(quote_id, document_id, position, quote_id))
                if q.keys:
                    postings.append((quote_id, q.keys))
            results.append(AddResult(document_id, False, tuple(range(first, next_quote)), 0))
        con.executemany(
            "INSERT INTO document (id, content_hash, url, outlet, title, author, published_at, text, "
            "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            doc_rows,
        )
        con.executemany(_INSERT_QUOTE, quote_rows)
        if postings:
            con.execute(_INSERT_POSTINGS_JSON, (_sorted_postings_json(postings),))
        return results

    @staticmethod
    def _next_quote_id(con: sqlite3.Connection) -> int:
        # Ids are allocated here rather than by SQLite so quotes can be inserted with executemany;
        # safe because the caller holds the write lock.
        return (con.execute("SELECT max(id) FROM quote").fetchone()[0] or 0) + 1

    def _insert(
        self,
        con: sqlite3.Connection,
        document: NewDocument,
        quotes: Sequence[NewQuote],
        link: Linker | None,
        next_id: int,
        postings: list[int] | None = None,
    ) -> AddResult:
        row = con.execute(
            "INSERT INTO document (content_hash, url, outlet, title, author, published_at, text, "
            "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            document.row(_now()),
        ).fetchone()
        if row is None:
            existing = self._find(con, url=document.url, content_hash=document.content_hash)
            if existing is None:  # pragma: no cover - a conflict implies a matching row
                raise SchemaError("document conflict without a matching document")
            return AddResult(existing, True)
        document_id = row[0]
        reader = _Reader(con) if link is not None else None
        rows = []
        ids = []
        clustered = 0
        for position, q in enumerate(quotes):
            quote_id = next_id + position
            cluster_id = quote_id
            if reader is not None and q.keys:
                target = link(reader, q)
                if target is not None:
                    found = con.execute("SELECT cluster_id FROM quote WHERE id = ?", (target,)).fetchone()
                    if found is not None:
                        cluster_id = found[0]
                        clustered += 1
            values = q.row(quote_id, document_id, position, cluster_id)
            ids.append(quote_id)
            packed = [(k << 32) | quote_id for k in q.keys]
            if reader is not None:
                # Linked inserts go one by one: the next quote's linker must see this one.
                con.execute(_INSERT_QUOTE, values)
                _insert_postings(con, packed)
            else:
                rows.append(values)
                if postings is not None:
                    postings.extend(packed)
                else:
                    _insert_postings(con, packed)
        if rows:
            con.executemany(_INSERT_QUOTE, rows)
        return AddResult(document_id, False, tuple(ids), clustered)

    def reindex(
        self, index_for: Callable[[StoredQuote], tuple[Sequence[int], str | None]], *, batch: int = 5000
    ) -> int:
        """Rebuild the whole index in one transaction (readers keep the old index until it commits)."""
        count = 0
        with self._write() as con:
            con.execute("DELETE FROM quote_shingle")
            last = 0
            while True:
                rows = con.execute(
                    f"SELECT {QUOTE_COLUMNS} FROM quote q WHERE q.id > ? ORDER BY q.id LIMIT ?", (last, batch)
                ).fetchall()
                if not rows:
                    break
                postings = []
                updates = []
                for row in rows:
                    quote = quote_from_row(row)
                    keys, norm = index_for(quote)
                    postings.extend((k << 32) | quote.id for k in keys)
                    updates.append((int(bool(keys)), norm if keys else None, quote.id))
                    count += bool(keys)
                _insert_postings(con, postings)
                con.executemany("UPDATE quote SET indexed = ?, norm = ? WHERE id = ?", updates)
                last = rows[-1][0]
        return count

    # reads

    def _find(self, con: sqlite3.Connection, *, url: str | None, content_hash: str | None) -> int | None:
        if url is not None:
            row = con.execute("SELECT id FROM document WHERE url = ?", (url,)).fetchone()
            if row:
                return row[0]
        if content_hash is not None:
            row = con.execute("SELECT id FROM document WHERE content_hash = ?", (content_hash,)).fetchone()
            if row:
                return row[0]
        return None

    def find_document(self, *, url: str | None = None, content_hash: str | None = None) -> int | None:
        return self._find(self._con(), url=canonical_url(url), content_hash=content_hash)

    def get_document(self, document_id: int) -> DocumentRecord:
        with self._read() as con:
            row = con.execute(
                f"SELECT {DOCUMENT_COLUMNS}, d.text FROM document d WHERE d.id = ?", (document_id,)
            ).fetchone()
            if row is None:
                raise ItemNotFound("document", document_id)
            quotes = con.execute(
                f"SELECT {QUOTE_COLUMNS} FROM quote q WHERE q.document_id = ? ORDER BY q.position",
                (document_id,),
            ).fetchall()
        return DocumentRecord(*row, quotes=tuple(quote_from_row(r) for r in quotes))

    def list_documents(
        self, *, outlet: str | None = None, limit: int = 20, offset: int = 0
    ) -> Page[DocumentRef]:
        limit, offset = check_page(limit, offset)
        where, params = ("WHERE d.outlet = ?", (outlet,)) if outlet is not None else ("", ())
        with self._read() as con:
            total = con.execute(f"SELECT count(*) FROM document d {where}", params).fetchone()[0]
            rows = con.execute(
                f"SELECT {DOCUMENT_COLUMNS} FROM document d {where} "
                "ORDER BY d.published_at DESC NULLS LAST, d.id DESC LIMIT ? OFFSET ?",
                (*params, limit, offset),
            ).fetchall()
        return Page(tuple(_doc_ref(r) for r in rows), total, limit, offset)

    def get_quotes(self, quote_ids: Sequence[int]) -> dict[int, StoredQuote]:
        if not quote_ids:
            return {}
        rows = (
            self._con()
            .execute(
                f"SELECT {QUOTE_COLUMNS}, {DOCUMENT_COLUMNS} FROM quote q JOIN document d ON d.id = q.document_id "
                f"WHERE q.id IN ({_placeholders(len(quote_ids))})",
                tuple(quote_ids),
            )
            .fetchall()
        )
        return {r[0]: quote_from_row(r, with_document=True) for r in rows}

    def get_cluster(self, cluster_id: int) -> Cluster:
        with self._read() as con:
            rows = con.execute(
                f"SELECT {QUOTE_COLUMNS}, {DOCUMENT_COLUMNS} FROM quote q JOIN document d ON d.id = q.document_id "
                f"WHERE q.cluster_id = ? ORDER BY {_EARLIEST_FIRST}",
                (cluster_id,),
            ).fetchall()
        if not rows:
            raise ItemNotFound("cluster", cluster_id)
        return cluster_of(cluster_id, tuple(quote_from_row(r, with_document=True) for r in rows))

    def cluster_summaries(self, cluster_ids: Sequence[int]) -> dict[int, ClusterSummary]:
        ids = tuple(dict.fromkeys(cluster_ids))
        if not ids:
            return {}
        marks = _placeholders(len(ids))
        with self._read() as con:
            counts = con.execute(
                "SELECT q.cluster_id, count(*), count(DISTINCT q.document_id), count(DISTINCT d.outlet) "
                f"FROM quote q JOIN document d ON d.id = q.document_id WHERE q.cluster_id IN ({marks}) "
                "GROUP BY q.cluster_id",
                ids,
            ).fetchall()
            firsts = con.execute(
                "SELECT cluster_id, published_at, document_id, outlet FROM ("
                "SELECT q.cluster_id, d.published_at, d.id AS document_id, d.outlet, row_number() OVER ("
                f"PARTITION BY q.cluster_id ORDER BY {_EARLIEST_FIRST}) AS rn "
                f"FROM quote q JOIN document d ON d.id = q.document_id WHERE q.cluster_id IN ({marks})"
                ") AS ranked WHERE rn = 1",
                ids,
            ).fetchall()
        first = {r[0]: r[1:] for r in firsts}
        return {
            cid: ClusterSummary(cid, n, n_docs, n_outlets, *first[cid])
            for cid, n, n_docs, n_outlets in counts
        }

    def list_speakers(self, *, limit: int = 50, offset: int = 0) -> Page[SpeakerCount]:
        limit, offset = check_page(limit, offset)
        where = "WHERE speaker IS NOT NULL AND boilerplate = 0"
        with self._read() as con:
            total = con.execute(f"SELECT count(DISTINCT speaker) FROM quote {where}").fetchone()[0]
            rows = con.execute(
                f"SELECT speaker, count(*) AS n, count(DISTINCT document_id) FROM quote {where} "
                "GROUP BY speaker ORDER BY n DESC, speaker LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        return Page(tuple(SpeakerCount(*r) for r in rows), total, limit, offset)

    def speaker_quotes(self, speaker: str, *, limit: int = 20, offset: int = 0) -> Page[StoredQuote]:
        return self._quote_page("q.speaker = ? AND q.boilerplate = 0", (speaker,), limit, offset)

    def outlet_quotes(self, outlet: str, *, limit: int = 20, offset: int = 0) -> Page[StoredQuote]:
        return self._quote_page("d.outlet = ? AND q.indexed = 1", (outlet,), limit, offset)

    def _quote_page(self, where: str, params: tuple, limit: int, offset: int) -> Page[StoredQuote]:
        """One page of the quotes matching ``where`` (over ``quote q JOIN document d``), newest first."""
        limit, offset = check_page(limit, offset)
        joined = "FROM quote q JOIN document d ON d.id = q.document_id WHERE " + where
        with self._read() as con:
            total = con.execute(f"SELECT count(*) {joined}", params).fetchone()[0]
            rows = con.execute(
                f"SELECT {QUOTE_COLUMNS}, {DOCUMENT_COLUMNS} {joined} "
                "ORDER BY d.published_at DESC NULLS LAST, d.id DESC, q.position LIMIT ? OFFSET ?",
                (*params, limit, offset),
            ).fetchall()
        return Page(tuple(quote_from_row(r, with_document=True) for r in rows), total, limit, offset)

    def iter_quotes(self, *, batch: int = 1000) -> Iterator[StoredQuote]:
        last = 0
        while True:
            rows = (
                self._con()
                .execute(
                    f"SELECT {QUOTE_COLUMNS} FROM quote q WHERE q.id > ? ORDER BY q.id LIMIT ?", (last, batch)
                )
                .fetchall()
            )
            if not rows:
                return
            yield from (quote_from_row(r) for r in rows)
            last = rows[-1][0]

    def health(self) -> Health:
        try:
            version = self.schema_version()
        except (sqlite3.Error, RuntimeError) as exc:
            return Health(False, self.backend, None, f"{type(exc).__name__}: {exc}")
        return Health(
            version == SCHEMA_VERSION, self.backend, version, None, {"path": str(self.path or ":memory:")}
        )

    def stats(self) -> dict[str, int]:
        with self._read() as con:
            documents = con.execute("SELECT count(*) FROM document").fetchone()[0]
            quotes, indexed = con.execute("SELECT count(*), coalesce(sum(indexed), 0) FROM quote").fetchone()
            postings = con.execute("SELECT count(*) FROM quote_shingle").fetchone()[0]
            clusters = con.execute("SELECT count(DISTINCT cluster_id) FROM quote").fetchone()[0]
        return {
            "documents": documents,
            "quotes": quotes,
            "indexed_quotes": indexed,
            "index_entries": postings,
            "clusters": clusters,
        }

    def disk_usage(self) -> dict[str, int]:
        """Bytes on disk per table and index (SQLite's dbstat), plus the file sizes (with the WAL)."""
        con = self._con()
        sizes = dict(con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        if self.path is not None:
            sizes["<file>"] = self.path.stat().st_size
            wal = self.path.with_name(self.path.name + "-wal")
            sizes["<wal>"] = wal.stat().st_size if wal.exists() else 0
        return sizes

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file and truncate it."""
        self._con().execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def check_consistency(
        self,
        index_for: Callable[[StoredQuote], tuple[Sequence[int], str | None]] | None = None,
        *,
        examples: int = 5,
    ) -> ConsistencyReport:
        """See ``Store.check_consistency``. One read transaction, so a concurrent ingest is not seen half-way;
        about 1 s per 100,000 quotes without ``index_for``, a few with it (it recomputes every key)."""
        issues: list[ConsistencyIssue] = []

        def found(kind: str, ids: Sequence[int], detail: str) -> None:
            if ids:
                issues.append(ConsistencyIssue(kind, len(ids), detail, tuple(ids[:examples])))

        def ids(con: sqlite3.Connection, sql: str) -> list[int]:
            return [row[0] for row in con.execute(sql)]

        with self._read() as con:
            problems = [row[0] for row in con.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                issues.append(ConsistencyIssue("database", len(problems), "SQLite quick_check: " + "; ".join(
                    problems[:examples])))
            documents = con.execute("SELECT count(*) FROM document").fetchone()[0]
            found("orphan_quotes", ids(con, "SELECT q.id FROM quote q LEFT JOIN document d ON d.id = q.document_id "
                                       "WHERE d.id IS NULL ORDER BY q.id"), "quotes of no stored document")
            found("quote_positions", ids(con, "SELECT document_id FROM quote GROUP BY document_id HAVING "
                                         "min(position) != 0 OR max(position) != count(*) - 1 ORDER BY document_id"),
                  "documents whose quotes are not numbered 0..n-1 (document ids)")
            # MATERIALIZED: each text's length is counted once, not once per quote.
            found("quote_offsets", ids(con, "WITH n AS MATERIALIZED (SELECT id, length(text) AS chars FROM document) "
                                       "SELECT q.id FROM quote q JOIN n ON n.id = q.document_id WHERE "
                                       "q.start_offset < 0 OR q.end_offset <= q.start_offset OR q.end_offset > n.chars "
                                       "ORDER BY q.id"), "quotes whose span lies outside their document's text")
            found("clusters", ids(con, "SELECT q.id FROM quote q LEFT JOIN quote c ON c.id = q.cluster_id "
                                  "WHERE c.id IS NULL ORDER BY q.id"), "quotes whose cluster id is no stored quote")
            stored = dict(con.execute("SELECT quote_id, count(*) FROM quote_shingle GROUP BY quote_id"))
            postings = sum(stored.values())
            flags = {}
            last, batch = 0, 5000
            wrong_flag: list[int] = []
            wrong_norm: list[int] = []
            wrong_keys: set[int] = set()
            while True:
                rows = con.execute(
                    f"SELECT {QUOTE_COLUMNS}, q.norm FROM quote q WHERE q.id > ? ORDER BY q.id LIMIT ?", (last, batch)
                ).fetchall()
                if not rows:
                    break
                last = rows[-1][0]
                expected: list[int] = []
                for row in rows:
                    quote, norm = quote_from_row(row), row[-1]
                    has_postings = quote.id in stored
                    flags[quote.id] = quote.indexed
                    if quote.indexed != (norm is not None) or quote.indexed != has_postings:
                        wrong_flag.append(quote.id)
                    if index_for is None:
                        continue
                    keys, want_norm = index_for(quote)
                    keys = set(keys)
                    if len(keys) != stored.get(quote.id, 0):
                        wrong_keys.add(quote.id)
                    expected.extend((k << 32) | quote.id for k in keys)
                    if (want_norm if keys else None) != norm:
                        wrong_norm.append(quote.id)
                if expected:
                    # Each expected entry looked up in the posting B-tree; with equal counts per quote (above),
                    # all present means the entries are exactly the expected ones.
                    present = con.execute(
                        "SELECT k.quote_id, count(*) FROM json_each(?) j JOIN quote_shingle k "
                        "ON k.shingle = j.value >> 32 AND k.quote_id = j.value & 4294967295 GROUP BY k.quote_id",
                        (json.dumps(expected),),
                    ).fetchall()
                    want: dict[int, int] = {}
                    for packed in expected:
                        want[packed & 0xFFFFFFFF] = want.get(packed & 0xFFFFFFFF, 0) + 1
                    have = dict(present)
                    wrong_keys.update(q for q, n in want.items() if have.get(q, 0) != n)
        found("orphan_postings", sorted(q for q in stored if q not in flags),
              "missing quotes that index entries point to")
        found("indexed_flag", wrong_flag, "quotes whose indexed flag, normalised text and index entries disagree")
        found("index_keys", sorted(wrong_keys),
              "quotes whose index entries differ from the keys of their text (a stale index: run reindex)")
        found("normalized_text", wrong_norm, "quotes whose stored normalised text differs from their text's")
        checked = {"documents": documents, "quotes": len(flags), "index_entries": postings}
        return ConsistencyReport(checked, tuple(issues))

    # IndexReader

    def key_frequencies(self, keys: Sequence[int], *, cap: int) -> dict[int, int]:
        return _Reader(self._con()).key_frequencies(keys, cap=cap)

    def rank_quotes(self, weights: Mapping[int, float], *, limit: int) -> list[tuple[int, float]]:
        return _Reader(self._con()).rank_quotes(weights, limit=limit)

    def quote_texts(self, quote_ids: Sequence[int]) -> dict[int, str]:
        return _Reader(self._con()).quote_texts(quote_ids)

    def normalized_texts(self, quote_ids: Sequence[int]) -> dict[int, str]:
        return _Reader(self._con()).normalized_texts(quote_ids)
