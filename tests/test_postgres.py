"""What only the PostgreSQL backend has: URL forms, pool options, migrations raced by processes starting together,
driver errors as ``StoreUnavailable`` (the API's 503), lost connections replaced, and retrieval plans that stay on
the posting index. The behaviour both backends share is tested by test_storage.py and the API tests, whose
fixtures run on each backend (conftest.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from service.storage import InvalidURL, SchemaError, StoreUnavailable, new_document, open_store
from service.storage import postgres as pg
from service.storage.base import NewQuote
from service.web import create_app

ROOT = Path(__file__).resolve().parent.parent


def with_query(url: str, **params: object) -> str:
    return url + "".join(f"&{k}={v}" for k, v in params.items())


def quote(text: str, keys=(1, 2)) -> NewQuote:
    return NewQuote(text, 0, len(text), "full", speaker="Ann", keys=tuple(keys), norm=text.lower())


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- URLs ------------------------------------------------------------------------------------------


def test_postgres_and_postgresql_urls_open_the_same_store(postgres_url):
    with open_store(postgres_url) as store:
        added = store.add_document(new_document("one text", outlet="A"), [quote("a b c d")])
    for scheme in ("postgres", "postgresql+psycopg"):
        with open_store(scheme + postgres_url.removeprefix("postgresql")) as store:
            assert store.backend == "postgresql"
            assert store.health().ok and store.health().schema_version == pg.SCHEMA_VERSION
            assert store.get_document(added.document_id).text == "one text"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://h/db?pool_max=0",
        "postgresql://h/db?pool_min=5&pool_max=2",
        "postgresql://h/db?pool_timeout=soon",
        "postgresql://h/db?no_such_libpq_option=1",
        "mysql://h/db",
    ],
)
def test_bad_postgres_urls_are_refused(url):
    with pytest.raises(InvalidURL):
        pg.parse_url(url)


def test_pool_options_are_not_passed_to_libpq_and_passwords_stay_out_of_messages():
    conninfo, options = pg.parse_url("postgres://u:secret@h:5433/db?pool_max=9&pool_timeout=2&sslmode=disable")
    assert conninfo.startswith("postgresql://u:secret@h:5433/db?sslmode=disable&connect_timeout=5")
    assert "pool_" not in conninfo
    assert (options["pool_max"], options["pool_timeout"]) == (9, 2)
    with pytest.raises(InvalidURL) as refused:
        pg.parse_url("postgresql://u:secret@h/db?pool_max=none")
    assert "secret" not in str(refused.value) and "***" in str(refused.value)


def test_an_unreachable_server_is_store_unavailable():
    started = time.monotonic()
    with pytest.raises(StoreUnavailable):
        open_store(f"postgresql://postgres@127.0.0.1:{closed_port()}/test?pool_timeout=1&connect_timeout=1")
    assert time.monotonic() - started < 30


# --- schema and migrations --------------------------------------------------------------------------


def test_processes_starting_together_apply_each_migration_once(postgres_url):
    """Six processes open a fresh schema at the same instant: the advisory lock lets one migrate, the others
    then find it current."""
    script = textwrap.dedent(
        """
        import sys
        from service.storage import open_store
        print("ready", flush=True)
        sys.stdin.readline()
        with open_store(sys.argv[1]) as store:
            assert store.health().ok, store.health()
        """
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, postgres_url],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(6)
    ]
    for process in processes:  # every interpreter has started and imported the backend ...
        assert process.stdout.readline().strip() == "ready"
    for process in processes:  # ... then all open the store at once
        process.stdin.write("go\n")
        process.stdin.close()
    outputs = []
    for process in processes:
        with process.stdout:
            outputs.append(process.stdout.read())
    assert [p.wait(timeout=60) for p in processes] == [0] * 6, outputs
    with open_store(postgres_url) as store:
        versions = store._run(lambda conn: conn.execute("SELECT version FROM schema_version ORDER BY 1").fetchall())
    assert [v for (v,) in versions] == [version for version, _ in pg.MIGRATIONS]


def test_a_schema_newer_than_the_code_is_refused(postgres_url):
    with open_store(postgres_url) as store:
        store._run(lambda conn: conn.execute("INSERT INTO schema_version VALUES (999, 'later')"), write=True)
    with pytest.raises(SchemaError):
        open_store(postgres_url)


def test_a_search_path_naming_no_schema_is_a_schema_error(postgres_url):
    with pytest.raises(SchemaError):
        open_store(pg.with_search_path(postgres_url, "no_such_schema_here"))


# --- driver errors ----------------------------------------------------------------------------------


def test_reads_survive_connections_the_server_dropped(postgres_url):
    """A server restart ends every pooled session; the next read gets a fresh connection, not an error."""
    name = "qp_test_" + postgres_url.rsplit("=", 1)[-1][-8:]
    url = with_query(postgres_url, application_name=name, pool_min=2)
    with open_store(url) as store:
        added = store.add_document(new_document("kept text", outlet="A"), [quote("a b c d")])
        store.stats()
        with open_store(postgres_url) as admin:
            ended = admin._run(
                lambda conn: conn.execute(
                    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = %s",
                    (name,),
                ).fetchone()[0]
            )
        assert ended >= 1
        time.sleep(0.2)
        assert store.get_document(added.document_id).text == "kept text"
        assert store.health().ok


def test_no_free_connection_is_store_unavailable_and_the_api_answers_503(postgres_url):
    store = open_store(with_query(postgres_url, pool_max=1, pool_timeout=0.3))
    try:
        client = create_app({"TESTING": True, "STORE": store}).test_client()
        assert client.get("/v1/documents").status_code == 200
        with store._pool().connection():  # another request holds the only connection
            with pytest.raises(StoreUnavailable):
                store.stats()
            response = client.get("/v1/documents")
            assert response.status_code == 503
            assert response.mimetype == "application/problem+json"
            assert "PostgreSQL" not in response.get_data(as_text=True)  # no internals in the answer
            assert client.get("/healthz").status_code == 503
        assert client.get("/v1/documents").status_code == 200
    finally:
        store.close()


def test_a_closed_store_is_unavailable(postgres_url):
    store = open_store(postgres_url)
    store.close()
    with pytest.raises(StoreUnavailable):
        store.stats()


# --- retrieval stays in the database, on the posting index -------------------------------------------


def _literal(value: object) -> str:
    if isinstance(value, list):
        return "'{" + ",".join(str(v) for v in value) + "}'"
    return str(value)


def _generic_plan(store, sql: str, params: tuple) -> str:
    """EXPLAIN of ``sql`` as a prepared statement's generic plan (what psycopg runs after five executions)."""
    numbered = sql
    for i in range(1, len(params) + 1):
        numbered = numbered.replace("%s", f"${i}", 1)
    arguments = ", ".join(_literal(p) for p in params)  # numbers only: no quoting to get wrong

    def explain(conn) -> str:
        conn.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        conn.execute(f"PREPARE plan_check AS {numbered}")
        rows = conn.execute(f"EXPLAIN EXECUTE plan_check({arguments})").fetchall()
        conn.execute("DEALLOCATE plan_check")
        return "\n".join(r[0] for r in rows)

    return store._run(explain, write=True)


def test_retrieval_plans_are_index_scans_of_the_posting_table(postgres_url):
    with open_store(postgres_url) as store:
        items = [
            (new_document(f"doc {i}", outlet="A"), [quote(f"q {i} {j}", keys=(i % 97, 1000 + j)) for j in range(10)])
            for i in range(2000)
        ]
        store.add_documents(items)
        store.analyze()
        keys = [1, 2, 3, 1004]
        for sql, params in (
            (pg.RANK_SQL, (keys, [1.0] * len(keys), 100)),
            (pg.KEY_FREQUENCIES_SQL, (1000, keys)),
        ):
            plan = _generic_plan(store, sql, params)
            assert "quote_shingle_pkey" in plan, plan
            assert "Seq Scan on quote_shingle" not in plan and "Seq Scan on quote " not in plan, plan
        ranked = store.rank_quotes({1: 1.0, 1004: 0.5}, limit=5)
        assert ranked[0][1] == 1.5 and len(ranked) == 5
