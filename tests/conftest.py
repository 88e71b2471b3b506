"""Shared fixtures. ``store`` (and ``app``/``client`` on it) is parametrised over the backends: SQLite in a
temporary file, PostgreSQL in a schema of its own created for the test and dropped after it."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import threading
import uuid
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from service.extraction import extract_quotes
from service.ingest import ingest_seeds
from service.storage import open_store
from service.web import create_app

BACKENDS = ["sqlite", "postgres"]

# The PostgreSQL server of the tests (trust authentication on these machines); TEST_DATABASE_URL overrides it.
PG_URL = os.environ.get("TEST_DATABASE_URL") or "postgresql://postgres@127.0.0.1:5432/test"
UNDER_CI = os.environ.get("CI", "").lower() in {"true", "1", "yes"}
_skipped_postgres: list[str] = []


@functools.cache
def postgres_missing() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None (asked once per session)."""
    from service.storage.postgres import check_reachable, redact

    why = check_reachable(PG_URL)
    return None if why is None else f"PostgreSQL not reachable at {redact(PG_URL)}; skipped ({why})"


def require_postgres() -> None:
    """Skip the calling test, with the reason, when PostgreSQL is unreachable; under CI (CI=true) fail instead,
    so that the PostgreSQL tests never silently vanish from a CI run."""
    why = postgres_missing()
    if why is None:
        return
    if UNDER_CI:
        pytest.fail(f"PostgreSQL tests cannot run under CI: {why}", pytrace=False)
    pytest.skip(why)


@pytest.fixture
def postgres_url():
    """A URL of a fresh, empty PostgreSQL schema (``test_<random>``), dropped with everything in it afterwards."""
    require_postgres()
    from service.storage.postgres import create_schema, drop_schema

    schema = f"test_{uuid.uuid4().hex[:16]}"
    url = create_schema(PG_URL, schema)
    yield url
    drop_schema(PG_URL, schema)


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    """A URL for a fresh, empty store of each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'quotes.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store_factory(database_url):
    """Opens stores on one fresh database (several stores = several processes sharing it)."""
    opened = []

    def factory():
        opened.append(open_store(database_url))
        return opened[-1]

    factory.url = database_url
    yield factory
    for store in opened:
        store.close()


@pytest.fixture
def store(store_factory):
    """A fresh, empty store."""
    return store_factory()


def _uses_postgres(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    return "postgres_url" in getattr(item, "fixturenames", ()) or (
        callspec is not None and "postgres" in callspec.params.values()
    )


def pytest_collection_modifyitems(config, items):
    """Without a reachable PostgreSQL (and outside CI), mark its tests skipped with the reason: a marker, so that
    ``pytest -rs`` folds them into one line per file instead of one per test."""
    postgres_items = [item for item in items if _uses_postgres(item)]
    if not postgres_items or UNDER_CI or postgres_missing() is None:
        return
    marker = pytest.mark.skip(reason=postgres_missing())
    for item in postgres_items:
        item.add_marker(marker)
    _skipped_postgres.extend(postgres_missing() for _ in postgres_items)


def pytest_terminal_summary(terminalreporter):
    """Say plainly, at the end of the run, that the PostgreSQL tests did not run."""
    if _skipped_postgres:
        terminalreporter.write_sep("!", "PostgreSQL tests SKIPPED", yellow=True)
        terminalreporter.write_line(
            f"{len(_skipped_postgres)} PostgreSQL test(s) skipped: {_skipped_postgres[0]}. "
            "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
        )


# --- the web application (tests/test_api*.py) ------------------------------------------------------

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@functools.cache
def extract_once(text: str) -> tuple:
    """``extract_quotes`` memoised: each test gets a fresh store holding the seeds, and extracting them
    once per session keeps that cheap."""
    return tuple(extract_quotes(text))


@pytest.fixture
def seeded_store(store):
    """A fresh ``store`` holding the seed articles."""
    ingest_seeds(store, SEEDS_DIR, extract=extract_once)
    return store


@pytest.fixture
def app(seeded_store):
    """The application on ``seeded_store``."""
    return create_app({"TESTING": True, "STORE": seeded_store})


@pytest.fixture
def client(app):
    """A test client of ``app``."""
    return app.test_client()


# --- the web page in a real browser (tests/test_web_page*.py) ----------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
# Debian's Chromium, headless; the networking flags stop its background connections, which a closed network
# refuses (and which would slow every start).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def _browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -r requirements-dev.txt)"
    if not CHROMIUM.exists():
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; .ci/run does)"
    return None


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright, one per test module. Skipped, with the reason, where
    it is missing; under CI (CI=true) a missing browser fails instead, so the tests never silently vanish."""
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI", "").lower() in {"true", "1", "yes"}:
            pytest.fail(f"browser tests cannot run under CI: {missing}", pytrace=False)
        pytest.skip(f"browser tests skipped: {missing}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=30_000)
        yield chromium
        chromium.close()


def stop_server(process: subprocess.Popen) -> None:
    """Stop a server process the way a supervisor does: SIGTERM, then SIGKILL after 30 s."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def live_server(app):
    """``app`` served by werkzeug on 127.0.0.1 and a free port, in a thread, for the test's duration."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab on ``live_server``, 1280 pixels wide. After the test it checks what a test could
    miss: no request left the service's origin, the console shows no error (a Content-Security-Policy
    violation is one) and no script raised. A test that provokes an error on purpose takes it out of
    ``tab.problems``."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    foreign, problems = [], []
    tab.problems = problems

    def on_request(request):
        if not request.url.startswith((f"{live_server}/", "data:")):
            foreign.append(request.url)

    def on_console(message):
        if message.type == "error":
            problems.append(f"console: {message.text}")

    tab.on("request", on_request)
    tab.on("console", on_console)
    tab.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    yield tab
    context.close()
    assert not foreign, f"requests outside the service: {foreign}"
    assert not problems, "\n".join(problems)


@pytest.fixture
def screenshot(page):
    """``screenshot(name)`` saves the whole page as tests/artifacts/<name>.png for a reviewer to look at."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return take
