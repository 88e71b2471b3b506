"""Several instances behind one store, as a newsroom deploys them: gunicorn with 4 workers and a second one with
2, started together on free loopback ports against one database (a SQLite file, or a PostgreSQL schema of its
own), on every backend.

* A document posted to one worker is found at once by every worker of both instances (nothing per process can
  go stale).
* Eight clients posting twenty overlapping documents in parallel, to both instances: each document is stored
  once, with all of its quotes, and every copy of a statement is in one cluster.

The servers are shared by the tests of a backend (module scope) and stopped at the end (SIGTERM, then SIGKILL).
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import PG_URL, require_postgres, stop_server
from tests.test_concurrency import overlapping_articles

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
STATEMENT = "The saffron tram company of Lisbon will repaint every carriage before the spring regatta"
ARTICLE = f'LISBON - "{STATEMENT}," company director Rui Costa told reporters on Monday.'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(method: str, url: str, body: dict | None = None, timeout: float = 30) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.load(error)


def search(base: str, text: str) -> dict:
    status, body = call("GET", f"{base}/v1/search?" + urllib.parse.urlencode({"q": text}))
    assert status == 200, body
    return body


def start(database_url: str, workers: int, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "DATABASE_URL": database_url,
        "SEEDS_DIR": "none",
        "WEB_CONCURRENCY": str(workers),
        "GUNICORN_THREADS": "2",
        "RATELIMIT_ENABLED": "false",
    }
    for name in ("HOST", "API_TOKENS"):
        env.pop(name, None)
    with open(log, "w") as out:
        process = subprocess.Popen(
            [str(GUNICORN), "--config", "gunicorn.conf.py"], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    return process, f"http://127.0.0.1:{port}"


def wait_healthy(process: subprocess.Popen, base: str, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            if call("GET", f"{base}/healthz", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"gunicorn did not answer /healthz within 90 s:\n{log.read_text()}")



@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def instances(request, tmp_path_factory):
    """Two gunicorn instances (4 and 2 workers) on one fresh database, started at the same time (so six
    workers open and migrate it at once); their base URLs."""
    folder = tmp_path_factory.mktemp(f"instances-{request.param}")
    schema = None
    if request.param == "sqlite":
        database_url = f"sqlite:///{folder / 'quotes.db'}"
    else:
        require_postgres()
        from service.storage.postgres import create_schema

        schema = f"test_{uuid.uuid4().hex[:16]}"
        database_url = create_schema(PG_URL, schema)
    started = [start(database_url, workers, folder / f"gunicorn-{workers}.log") for workers in (4, 2)]
    try:
        for (process, base), workers in zip(started, (4, 2), strict=True):
            wait_healthy(process, base, folder / f"gunicorn-{workers}.log")
        yield [base for _, base in started]
    finally:
        for process, _ in started:
            stop_server(process)
        if schema is not None:
            from service.storage.postgres import drop_schema

            drop_schema(PG_URL, schema)


def test_a_document_posted_to_one_worker_is_found_at_once_by_every_worker_of_every_instance(instances):
    first, second = instances
    with ThreadPoolExecutor(8) as pool:  # every worker has looked the quote up before: nothing to go stale
        before = list(pool.map(lambda i: search(instances[i % 2], STATEMENT), range(24)))
    assert {b["verdict"] for b in before} == {"not_found"}

    status, created = call("POST", f"{first}/v1/documents", {"text": ARTICLE, "outlet": "Wire"})
    assert status == 201, created

    def found(i: int) -> bool:
        body = search(instances[i % 2], STATEMENT)  # a new connection each time: any worker may answer
        return body["verdict"] == "verified" and created["id"] in {m["document_id"] for m in body["matches"]}

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(found, range(100)))  # 50 to the 4-worker instance, 50 to the other
    assert answers == [True] * 100
    assert call("GET", f"{second}/v1/documents/{created['id']}")[0] == 200


def test_eight_clients_posting_twenty_overlapping_documents_store_each_once_with_all_quotes(instances):
    articles = overlapping_articles()
    total_before = call("GET", f"{instances[0]}/v1/documents")[1]["total"]
    barrier = threading.Barrier(8)

    def client(k: int) -> list[tuple[int, int, int, bool]]:
        order = list(range(len(articles)))
        random.Random(k).shuffle(order)
        base = instances[k % 2]
        barrier.wait()
        sent = []
        for i in order:
            a = articles[i]
            body = {"text": a.variant(k), "outlet": a.outlet} | ({"url": a.url} if a.url else {})
            status, answer = call("POST", f"{base}/v1/documents", body)
            assert status in {200, 201}, answer
            sent.append((i, status, answer["id"], answer["duplicate"]))
        return sent

    with ThreadPoolExecutor(8) as pool:
        sent = [item for items in pool.map(client, range(8)) for item in items]

    assert len(sent) == 8 * len(articles)
    assert sum(status == 201 for _, status, _, _ in sent) == len(articles)  # one 201 per document
    assert all((status == 200) == duplicate for _, status, _, duplicate in sent)
    ids = defaultdict(set)
    for i, _, document_id, _ in sent:
        ids[i].add(document_id)
    assert all(len(found) == 1 for found in ids.values())  # every client was told the same id
    base = instances[1]
    assert call("GET", f"{base}/v1/documents")[1]["total"] == total_before + len(articles)

    clusters = defaultdict(set)
    holders = defaultdict(set)
    for i, article in enumerate(articles):
        (document_id,) = ids[i]
        status, document = call("GET", f"{base}/v1/documents/{document_id}")
        assert status == 200
        assert [(q["text"], q["speaker"]) for q in document["quotes"]] == list(article.quotes)
        for q in document["quotes"]:
            status, answer = call("GET", f"{instances[0]}/v1/quotes/{q['id']}")
            assert status == 200
            clusters[q["text"]].add(answer["cluster"]["id"])
            holders[q["text"]].add((document_id, answer["cluster"]["documents"]))
    assert all(len(found) == 1 for found in clusters.values()), clusters
    for text, found in holders.items():
        assert {n for _, n in found} == {len(found)}, (text, found)  # the cluster has every copy
