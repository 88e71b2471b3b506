"""A real gunicorn with gunicorn.conf.py: no server banner, the security headers, tokens kept out of the log,
the warning when no token is set, and a graceful SIGTERM that finishes the requests in flight.

Each test starts its own server on a free loopback port (no seeds, so it starts in about a second) and stops it.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bench.bench_extraction import generate_article

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
TOKEN = "server-test-token-0123456789abcdef"
ARTICLE = '"The night trains to the coast will run again from Monday on," transport minister Ana Silva said.'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(port: int, method: str, path: str, body: dict | None = None, headers: dict | None = None, timeout=30):
    """(status, headers as a list of pairs, parsed JSON body) of one request."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        data = json.dumps(body).encode() if body is not None else None
        sent = {"Content-Type": "application/json", **(headers or {})} if data is not None else (headers or {})
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        return response.status, response.getheaders(), json.loads(response.read() or b"null")
    finally:
        connection.close()


@pytest.fixture
def gunicorn(tmp_path):
    """``start(**env)`` runs gunicorn with gunicorn.conf.py and returns (process, port, log path)."""
    started = []

    def start(**env):
        port = free_port()
        environment = {
            **os.environ,
            "PORT": str(port),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'quotes.db'}",
            "SEEDS_DIR": "none",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_THREADS": "4",
            **env,
        }
        environment.pop("HOST", None)
        log_path = tmp_path / f"gunicorn-{len(started)}.log"
        log = log_path.open("w")
        process = subprocess.Popen(
            [str(GUNICORN), "--config", "gunicorn.conf.py"], cwd=ROOT, env=environment, stdout=log, stderr=log
        )
        started.append((process, log))
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, log_path.read_text()
            try:
                if request(port, "GET", "/healthz", timeout=1)[0] == 200:
                    return process, port, log_path
            except OSError:
                pass
            assert time.monotonic() < deadline, "gunicorn did not answer within 30 s"
            time.sleep(0.1)

    yield start
    for process, log in started:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


def test_gunicorn_sends_no_banner_and_keeps_tokens_out_of_its_log(gunicorn):
    process, port, log_path = gunicorn(API_TOKENS=TOKEN)
    status, headers, _ = request(port, "GET", "/healthz")
    assert status == 200
    names = {name.lower(): value for name, value in headers}
    assert names["server"] == "quote-provenance"  # not "gunicorn", no version
    assert "gunicorn" not in " ".join(f"{k}: {v}" for k, v in headers).lower()
    assert names["x-content-type-options"] == "nosniff" and names["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in names["content-security-policy"]

    status, headers, body = request(port, "POST", "/v1/documents", {"text": ARTICLE, "outlet": "Wire"})
    assert (status, body["status"]) == (401, 401)
    status, _, _ = request(port, "POST", "/v1/documents", {"text": ARTICLE, "outlet": "Wire"},
                           {"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert status == 201
    request(port, "POST", "/v1/documents", {"text": ARTICLE, "outlet": "Wire"}, {"Authorization": f"Bearer {TOKEN}x"})
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    log = log_path.read_text()
    assert '"POST /v1/documents HTTP/1.1" 201' in log and '"POST /v1/documents HTTP/1.1" 401' in log
    assert TOKEN not in log
    assert "API_TOKENS is not set" not in log


def test_without_tokens_the_server_warns_and_takes_writes_from_loopback_only(gunicorn):
    process, port, log_path = gunicorn()
    assert request(port, "POST", "/v1/documents", {"text": ARTICLE, "outlet": "Wire"})[0] == 201
    relayed = {"X-Forwarded-For": "203.0.113.7"}  # what a reverse proxy on this machine would add
    assert request(port, "POST", "/v1/documents", {"text": ARTICLE + " 2", "outlet": "Wire"}, relayed)[0] == 403
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    assert "API_TOKENS is not set: writes are accepted only from clients on this machine" in log_path.read_text()


def test_sigterm_lets_the_requests_in_flight_finish(gunicorn):
    process, port, _ = gunicorn(RATELIMIT_ENABLED="false")
    draft = generate_article(random.Random(5), 190_000)  # a draft check of ~450 quotes
    results: list[tuple[int, int, float]] = []

    def check() -> None:
        status, _, body = request(port, "POST", "/v1/drafts/check", {"text": draft}, timeout=60)
        results.append((status, len(body["quotes"]), time.monotonic()))

    # How long one check takes on this machine, on a warm worker: a fixed pause before the signal was too long on a
    # fast machine (both checks had finished before it). Two checks sharing the worker take at least that long.
    started = time.monotonic()
    check()
    duration = time.monotonic() - started
    results.clear()
    clients = [threading.Thread(target=check) for _ in range(2)]
    for client in clients:
        client.start()
    time.sleep(max(0.02, duration / 3))  # both requests are in the worker now, neither is answered yet
    signalled = time.monotonic()
    process.send_signal(signal.SIGTERM)
    for client in clients:
        client.join(timeout=60)
    assert process.wait(timeout=40) == 0
    assert len(results) == 2
    for status, quotes, finished in results:
        assert status == 200 and quotes > 100
        assert finished > signalled  # answered after the signal: in flight when it came
    with pytest.raises(OSError):  # and nothing listens any more
        request(port, "GET", "/healthz", timeout=2)
