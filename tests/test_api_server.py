"""What ``make run`` starts: gunicorn with gunicorn.conf.py, indexing the seeds first, on a loopback port.

A real server in a subprocess, stopped at the end of each test (SIGTERM, then SIGKILL if it hangs).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import stop_server

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
QUOTE = "The Kiev regime is determined to resolve the conflict by force"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 5) -> tuple[int, dict, dict]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, dict(response.headers), json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.load(error)


@pytest.fixture
def serve(tmp_path):
    """Start gunicorn on a free port with a database in ``tmp_path``; returns its base URL."""
    started: list[subprocess.Popen] = []

    def start() -> str:
        port = free_port()
        env = {
            **os.environ,
            "PORT": str(port),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'quotes.db'}",
            "SEEDS_DIR": str(ROOT / "seeds"),
            "WEB_CONCURRENCY": "1",
            "GUNICORN_THREADS": "2",
        }
        env.pop("HOST", None)
        log = open(tmp_path / f"gunicorn-{len(started)}.log", "w")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            [str(GUNICORN), "--config", "gunicorn.conf.py"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        process.log = log
        started.append(process)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, (tmp_path / f"gunicorn-{len(started) - 1}.log").read_text()
            try:
                if get(f"{base}/healthz", timeout=1)[0] == 200:
                    return base
            except OSError:
                time.sleep(0.2)
        raise AssertionError("gunicorn did not answer /healthz within 60 s")

    def stop(process: subprocess.Popen) -> None:
        stop_server(process)
        process.log.close()

    start.stop = stop
    start.started = started
    yield start
    for process in started:
        stop(process)


def test_gunicorn_indexes_the_seeds_once_and_serves_the_api(serve, tmp_path):
    base = serve()
    status, headers, body = get(f"{base}/v1/search?" + urllib.parse.urlencode({"q": QUOTE}))
    assert (status, body["verdict"]) == (200, "verified")
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert get(f"{base}/v1/documents")[2]["total"] == 5
    status, headers, body = get(f"{base}/v1/quotes/999999")
    assert (status, headers["Content-Type"], body["status"]) == (404, "application/problem+json", 404)

    serve.stop(serve.started[0])  # a restart indexes nothing new
    base = serve()
    assert get(f"{base}/v1/documents")[2]["total"] == 5
    serve.stop(serve.started[1])  # flushes the log
    log = (tmp_path / "gunicorn-1.log").read_text()
    assert "5 document(s), 0 newly indexed" in log
    assert '"GET /v1/documents HTTP/1.1" 200' in log  # the access log goes to standard output


def test_the_master_loads_the_name_table_before_forking_workers_even_without_seeds():
    # Workers forked after on_starting share what it loaded; without it each worker's first pronoun to
    # resolve paid for loading gender-guesser's table (a fifth of a second measured on its first request).
    script = (
        "import runpy, types\n"
        "settings = runpy.run_path('gunicorn.conf.py')\n"
        "from service.extraction import gender\n"
        "assert gender._detector.cache_info().currsize == 0\n"
        "settings['on_starting'](types.SimpleNamespace(log=None))\n"
        "print(gender._detector.cache_info().currsize)\n"
    )
    env = {**os.environ, "SEEDS_DIR": "none"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
