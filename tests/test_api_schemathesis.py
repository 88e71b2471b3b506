"""A schemathesis run against the app's /openapi.json, served on a free loopback port: no 5xx, and every
response conforms to the document (status codes, content types, headers, body schemas) for generated valid
and invalid requests. Bounded: a fixed seed and 30 examples per operation (about 20 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from service.web import create_app

CONFIG = Path(__file__).with_name("schemathesis.toml")
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
TOKEN = "schemathesis-write-token-0123456789"


@pytest.fixture
def app(seeded_store):
    """The application with a write token (schemathesis sends it; its ``ignored_auth`` check tries without) and
    no rate limits: the run sends hundreds of requests a minute from one address."""
    config = {"TESTING": True, "STORE": seeded_store, "API_TOKENS": TOKEN, "RATELIMIT_ENABLED": False}
    return create_app(config)


def test_schemathesis_finds_no_server_error_and_no_nonconforming_response(live_server, tmp_path):
    command = [
        str(SCHEMATHESIS),
        "--config-file", str(CONFIG),
        "--no-color",
        "run", f"{live_server}/openapi.json",
        "--checks", "all",
        "--max-examples", "30",
        "--seed", "1",
        "--header", f"Authorization: Bearer {TOKEN}",
        "--workers", "1",
        "--request-timeout", "30",
        "--report", "junit",
        "--report-dir", str(tmp_path),
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=150, cwd=tmp_path)
    # The summary is what a failure needs; the full report would flood the output.
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert "Test cases:" in run.stdout  # it ran
