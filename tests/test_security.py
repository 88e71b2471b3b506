"""Write access, rate limits, security headers and injection strings (``service/web/security.py``), in process.

What a real gunicorn sends (no Server banner, graceful SIGTERM) is in test_security_server.py.
"""

from __future__ import annotations

import hmac
import logging
import socket
import sys
import threading
import time
import uuid

import pytest

from service.config import ApiTokens, Config, ConfigError
from service.web import create_app
from service.web.page import CONTENT_SECURITY_POLICY
from service.web.security import API_CSP, ThreadSafeMemoryStorage

TOKEN = "write-token-0123456789abcdef"
OTHER = "other-token-0123456789abcdef"
REMOTE = {"REMOTE_ADDR": "203.0.113.7"}
ARTICLE = '"The night trains to the coast will run again from Monday on," transport minister Ana Silva said.'
NO_LIMITS = {"RATELIMIT_ENABLED": False}
SEARCH = "/v1/search?q=Kiev+regime+determined"


def make_app(store, **config):
    return create_app({"TESTING": True, "STORE": store, **config})


def document(n: int = 0, **fields) -> dict:
    return {"text": f"{ARTICLE} Story {n}.", "outlet": "Wire", **fields}


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.data
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status and body["type"] == "about:blank" and body["detail"]
    return body


# --- write access ----------------------------------------------------------------------------------


@pytest.fixture
def guarded(seeded_store):
    """A client of an app with two write tokens and no rate limits."""
    return make_app(seeded_store, API_TOKENS=f"{TOKEN}, {OTHER}", **NO_LIMITS).test_client()


def test_writes_need_a_configured_bearer_token(guarded, seeded_store):
    before = seeded_store.stats()["documents"]
    missing = guarded.post("/v1/documents", json=document())
    assert "Authorization: Bearer" in assert_problem(missing, 401)["detail"]
    assert missing.headers["WWW-Authenticate"].startswith("Bearer ")
    for header in (bearer("wrong-token-0123456789abcdef"), bearer(TOKEN[:-1]), {"Authorization": f"Basic {TOKEN}"}):
        assert_problem(guarded.post("/v1/documents", json=document(), headers=header), 401)
    assert seeded_store.stats()["documents"] == before  # nothing written by a refused request

    assert guarded.post("/v1/documents", json=document(1), headers=bearer(TOKEN)).status_code == 201
    from_afar = guarded.post("/v1/documents", json=document(2), headers=bearer(OTHER), environ_base=REMOTE)
    assert from_afar.status_code == 201
    assert seeded_store.stats()["documents"] == before + 2


def test_a_refused_write_is_answered_before_its_body_is_read(guarded):
    # Not 413, 415 or 400: an unauthenticated client learns nothing about how its body would be handled.
    assert_problem(guarded.post("/v1/documents", data=b"x" * (2 << 20), content_type="application/json"), 401)
    assert_problem(guarded.post("/v1/documents", data=b"{not json", content_type="text/plain"), 401)


def test_reads_stay_public(guarded):
    assert guarded.get(SEARCH, environ_base=REMOTE).status_code == 200
    for path, body in (("/v1/verify", {"quote": "the conflict by force"}), ("/v1/extract", {"text": ARTICLE}),
                       ("/v1/drafts/check", {"text": ARTICLE})):  # fmt: skip
        assert guarded.post(path, json=body, environ_base=REMOTE).status_code == 200, path
    for path in ("/v1/documents", "/v1/speakers", "/healthz", "/openapi.json", "/docs"):
        assert guarded.get(path, environ_base=REMOTE).status_code == 200, path


def test_every_write_route_is_guarded_and_documented(seeded_store):
    app = make_app(seeded_store, API_TOKENS=TOKEN)
    from service.web.security import READ_ONLY_POSTS

    writes = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.methods & {"POST", "PUT", "PATCH", "DELETE"} and rule.endpoint not in READ_ONLY_POSTS
    }
    assert writes == {"documents.create_document"}  # a new write route joins the guard by default
    spec = app.test_client().get("/openapi.json").get_json()
    assert spec["paths"]["/v1/documents"]["post"]["security"] == [{"bearerAuth": []}]
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert "security" not in spec["paths"]["/v1/verify"]["post"]


def test_without_tokens_only_loopback_clients_write(seeded_store):
    client = make_app(seeded_store, **NO_LIMITS).test_client()
    assert client.post("/v1/documents", json=document(1)).status_code == 201  # the test client is 127.0.0.1
    ipv6 = {"REMOTE_ADDR": "::1"}
    assert client.post("/v1/documents", json=document(2), environ_base=ipv6).status_code == 201
    body = assert_problem(client.post("/v1/documents", json=document(3), environ_base=REMOTE), 403)
    assert "API_TOKENS" in body["detail"]
    # A reverse proxy on this machine relays anyone from 127.0.0.1: a relayed request is not local.
    relayed = {"X-Forwarded-For": "203.0.113.7"}
    assert_problem(client.post("/v1/documents", json=document(4), headers=relayed), 403)
    # A token means nothing while none is configured.
    assert_problem(client.post("/v1/documents", json=document(5), headers=bearer(TOKEN), environ_base=REMOTE), 403)


def test_behind_a_trusted_proxy_the_forwarded_address_decides(seeded_store):
    client = make_app(seeded_store, PROXY_COUNT=1, **NO_LIMITS).test_client()
    assert_problem(client.post("/v1/documents", json=document(1), headers={"X-Forwarded-For": "203.0.113.7"}), 403)
    assert client.post("/v1/documents", json=document(2), headers={"X-Forwarded-For": "127.0.0.1"}).status_code == 201


def test_a_warning_at_start_only_without_tokens(seeded_store, caplog):
    with caplog.at_level(logging.WARNING):
        make_app(seeded_store)
    assert "API_TOKENS is not set" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        make_app(seeded_store, API_TOKENS=TOKEN)
    assert "API_TOKENS" not in caplog.text


def test_tokens_are_never_shown_or_logged(seeded_store, caplog):
    with caplog.at_level(logging.DEBUG):
        app = make_app(seeded_store, API_TOKENS=TOKEN, **NO_LIMITS)
        client = app.test_client()
        client.post("/v1/documents", json=document(1), headers=bearer(TOKEN))
        client.post("/v1/documents", json=document(2), headers=bearer(TOKEN + "x"))
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(app.config) and TOKEN not in str(dict(app.config))
    assert repr(Config.from_env({"API_TOKENS": TOKEN})["API_TOKENS"]) == "ApiTokens(<1 hidden>)"
    with pytest.raises(ConfigError) as error:
        Config.from_env({"API_TOKENS": f"{TOKEN} short"})
    assert "short" not in str(error.value) and TOKEN not in str(error.value)
    assert "API_TOKENS=<hidden>" in str(error.value)


def test_tokens_are_compared_in_constant_time(monkeypatch):
    tokens = ApiTokens.parse(f"{TOKEN},{OTHER}, third-token-0123456789abcdef")
    calls = []
    compare = hmac.compare_digest

    def counting(a, b):
        calls.append((len(a), len(b)))
        return compare(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    for guess in (TOKEN, "x", TOKEN * 10, ""):
        calls.clear()
        tokens.accepts(guess)
        # Every known token is compared, always on 32-byte digests: neither which token matched, nor how
        # long the guess was, nor how many leading characters were right changes the work done.
        assert calls == [(32, 32)] * 3
    assert tokens.accepts(OTHER) and not tokens.accepts(OTHER[:-1]) and not ApiTokens().accepts(TOKEN)


# --- rate limits -------------------------------------------------------------------------------------


def limited(store, **config):
    limits = {"RATELIMIT_DEFAULT": "3 per minute", "RATELIMIT_HEAVY": "2 per minute"}
    return make_app(store, **{**limits, **config}).test_client()



def test_public_reads_are_limited_per_address_with_retry_after(seeded_store):
    client = limited(seeded_store)
    for path in (SEARCH, "/v1/documents", "/v1/speakers"):  # one budget over every endpoint
        assert client.get(path, environ_base=REMOTE).status_code == 200
    refused = client.get(SEARCH, environ_base=REMOTE)
    body = assert_problem(refused, 429)
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert "3 per 1 minute" in body["detail"]
    assert refused.headers["Access-Control-Allow-Origin"] == "*"  # the extension can read the refusal
    assert client.get(SEARCH, environ_base={"REMOTE_ADDR": "203.0.113.8"}).status_code == 200  # another client
    assert client.get("/healthz", environ_base=REMOTE).status_code == 200  # health checks are never limited


def test_token_holders_are_not_limited(seeded_store):
    client = limited(seeded_store, API_TOKENS=TOKEN)
    for _ in range(6):
        assert client.get(SEARCH, headers=bearer(TOKEN), environ_base=REMOTE).status_code == 200
    # a wrong token counts like no token, so guessing is limited too
    for _ in range(3):
        client.post("/v1/documents", json=document(), headers=bearer(OTHER), environ_base=REMOTE)
    assert_problem(client.post("/v1/documents", json=document(), headers=bearer(OTHER), environ_base=REMOTE), 429)


def test_costly_extraction_has_its_own_tighter_limit(seeded_store):
    client = limited(seeded_store, RATELIMIT_DEFAULT="100 per minute")
    for _ in range(2):
        assert client.post("/v1/extract", json={"text": ARTICLE}, environ_base=REMOTE).status_code == 200
    assert_problem(client.post("/v1/extract", json={"text": ARTICLE}, environ_base=REMOTE), 429)
    assert client.post("/v1/drafts/check", json={"text": ARTICLE}, environ_base=REMOTE).status_code == 200
    assert client.get(SEARCH, environ_base=REMOTE).status_code == 200


def test_ipv6_clients_are_counted_per_64_block(seeded_store):
    client = limited(seeded_store)
    for host in ("2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3"):
        assert client.get(SEARCH, environ_base={"REMOTE_ADDR": host}).status_code == 200
    assert_problem(client.get(SEARCH, environ_base={"REMOTE_ADDR": "2001:db8:1:2::99"}), 429)
    assert client.get(SEARCH, environ_base={"REMOTE_ADDR": "2001:db8:1:3::1"}).status_code == 200


def test_limits_can_be_turned_off(seeded_store):
    client = limited(seeded_store, RATELIMIT_ENABLED=False)
    for _ in range(8):
        assert client.get(SEARCH, environ_base=REMOTE).status_code == 200


def test_threads_counting_at_once_start_one_expiry_timer(seeded_store, monkeypatch):
    # The threaded dev server and gthread workers count from several threads. limits 5.8.0's own memory
    # storage let each of them restart the finished expiry timer, and two could start the same Timer
    # (RuntimeError in a request, KeyError in the timer thread): a flaky failure of the browser tests.
    storage = make_app(seeded_store).extensions["security_limiter"].storage
    assert isinstance(storage, ThreadSafeMemoryStorage)  # what memory:// means here
    storage.timer.join()  # the first expiry run is over: the next count must start a new timer
    started, failures = [], []

    class SlowTimer(threading.Timer):
        def __init__(self, interval, function):
            time.sleep(0.02)  # hold every counting thread between "the timer is finished" and starting one
            # A timer that waits long enough for every thread to see it running, however slow the machine.
            super().__init__(max(interval, 1.0), function)

        def start(self):
            started.append(self)
            super().start()

    monkeypatch.setattr(threading, "Timer", SlowTimer)
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: failures.append(unraisable.exc_value))
    together = threading.Barrier(8)

    def count() -> None:
        together.wait()
        try:
            storage.incr("client", 60)
        except Exception as error:  # noqa: BLE001 - any failure is the finding
            failures.append(error)

    workers = [threading.Thread(target=count) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    storage.timer.cancel()
    assert failures == []
    assert len(started) == 1
    assert storage.get("client") == 8


def _redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.mark.skipif(not _redis_up(), reason="no Redis server answers on 127.0.0.1:6379")
def test_redis_storage_shares_the_count_between_workers(seeded_store):
    prefix = f"test-{uuid.uuid4().hex}"
    config = {"RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379", "RATELIMIT_KEY_PREFIX": prefix}
    first, second = limited(seeded_store, **config), limited(seeded_store, **config)  # two "workers"
    assert first.get(SEARCH, environ_base=REMOTE).status_code == 200
    assert second.get(SEARCH, environ_base=REMOTE).status_code == 200
    assert first.get(SEARCH, environ_base=REMOTE).status_code == 200
    assert_problem(second.get(SEARCH, environ_base=REMOTE), 429)
    import redis

    connection = redis.Redis(host="127.0.0.1", port=6379)
    keys = list(connection.scan_iter(f"*{prefix}*"))
    assert keys
    connection.delete(*keys)
    connection.close()


def test_an_unreachable_rate_limit_store_does_not_fail_requests(seeded_store):
    client = limited(seeded_store, RATELIMIT_STORAGE_URI="redis://127.0.0.1:9")  # nothing listens on port 9
    for _ in range(3):
        assert client.get(SEARCH, environ_base=REMOTE).status_code == 200
    assert client.get(SEARCH, environ_base=REMOTE).status_code == 429  # counted in memory meanwhile


# --- headers, errors ---------------------------------------------------------------------------------


def _responses(client):
    yield "page", client.get("/")
    yield "docs", client.get("/docs")
    yield "openapi", client.get("/openapi.json")
    with client.get("/docs/assets/swagger-ui.css") as asset:
        yield "asset", asset
    yield "search", client.get(SEARCH)
    yield "not modified", client.get(SEARCH, headers={"If-None-Match": client.get(SEARCH).headers["ETag"]})
    yield "preflight", client.options(SEARCH)
    yield "404", client.get("/v1/quotes/999999")
    yield "405", client.delete("/v1/search")
    yield "413", client.post("/v1/verify", data=b"x" * (2 << 20), content_type="application/json")
    yield "415", client.post("/v1/verify", data=b"{}", content_type="text/plain")
    yield "422", client.post("/v1/verify", json={"quote": ""})
    yield "401", client.post("/v1/documents", json=document())


def test_every_response_carries_the_security_headers(seeded_store):
    client = make_app(seeded_store, API_TOKENS=TOKEN, **NO_LIMITS).test_client()
    for name, response in _responses(client):
        headers = response.headers
        assert headers["X-Content-Type-Options"] == "nosniff", name
        assert headers["Referrer-Policy"] == "no-referrer", name
        assert headers["X-Frame-Options"] == "DENY", name
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], name
        assert headers["Cross-Origin-Resource-Policy"] in {"same-origin", "cross-origin"}, name
        assert "Strict-Transport-Security" not in headers, name  # plain HTTP
        assert "Server" not in headers, name
    page = client.get("/")
    assert page.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY  # the page's own is kept
    assert client.get("/v1/documents").headers["Content-Security-Policy"] == API_CSP
    assert client.get(SEARCH).headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert client.get("/v1/documents").headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_hsts_only_on_https_when_configured(seeded_store):
    plain = make_app(seeded_store, **NO_LIMITS).test_client()
    assert "Strict-Transport-Security" not in plain.get("/healthz", base_url="https://localhost").headers
    client = make_app(seeded_store, HSTS_MAX_AGE=31536000, **NO_LIMITS).test_client()
    assert "Strict-Transport-Security" not in client.get("/healthz").headers
    secure = client.get("/healthz", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    proxied = make_app(seeded_store, HSTS_MAX_AGE=600, PROXY_COUNT=1, **NO_LIMITS).test_client()
    assert "max-age=600" in proxied.get("/healthz", headers={"X-Forwarded-Proto": "https"}).headers[
        "Strict-Transport-Security"
    ]


def test_an_unexpected_failure_shows_no_stack_trace(seeded_store):
    app = create_app({"STORE": seeded_store, **NO_LIMITS})  # not TESTING: errors are handled, not raised

    @app.get("/boom")
    def boom():
        raise RuntimeError("password=hunter2 in /srv/secret/module.py line 12")

    response = app.test_client().get("/boom")
    body = assert_problem(response, 500)
    text = response.get_data(as_text=True)
    assert "Traceback" not in text and "hunter2" not in text and "RuntimeError" not in text
    assert body["detail"] == "The server failed to handle this request; the error is logged."
    assert response.headers["X-Content-Type-Options"] == "nosniff"


# --- injection strings --------------------------------------------------------------------------------

INJECTIONS = [
    "'; DROP TABLE document; --",
    "\"; DROP TABLE quote; --",
    "' OR '1'='1",
    "1; DELETE FROM quote_shingle WHERE 1=1",
    "Robert'); DROP TABLE document;--",
    "' UNION SELECT id, text, text, text, text, text, text, text FROM document --",
    "%' OR 1=1 OR speaker LIKE '%",
    "x'||(SELECT sqlite_version())||'",
    "\\'; ATTACH DATABASE '/tmp/owned.db' AS owned; --",
    "1' AND (SELECT count(*) FROM sqlite_master) > 0 --",
]


def test_injection_strings_in_every_text_field_leave_the_data_intact(seeded_store):
    client = make_app(seeded_store, **NO_LIMITS).test_client()
    before = seeded_store.stats()
    listed = client.get("/v1/documents?page_size=100").get_json()["items"]
    stored = []
    for n, evil in enumerate(INJECTIONS):
        created = client.post(
            "/v1/documents",
            json={
                "text": f'{evil} "{evil} was typed into the form by someone," the clerk {evil} said. {n}',
                "outlet": evil,
                "title": evil,
                "author": evil,
                "url": f"https://example.org/a?q={evil.replace(' ', '%20').replace('#', '')}&n={n}",
            },
        )
        assert created.status_code == 201, created.data
        stored.append((created.get_json()["id"], evil))
        for response in (
            client.post("/v1/verify", json={"quote": evil, "speaker": evil}),
            client.get("/v1/search", query_string={"q": evil, "speaker": evil}),
            client.post("/v1/drafts/check", json={"text": f'{evil} said: "{evil}"'}),
            client.post("/v1/extract", json={"text": evil}),
            client.get("/v1/documents", query_string={"outlet": evil}),
            client.get(f"/v1/speakers/{evil.replace('/', '')}/quotes"),
            client.get(f"/v1/quotes/{evil}"),
            client.get(f"/v1/documents/{evil}"),
        ):
            assert response.status_code in {200, 404, 422}, (evil, response.status_code, response.data)
    after = seeded_store.stats()
    assert after["documents"] == before["documents"] + len(INJECTIONS)
    assert after["quotes"] > before["quotes"] and after["index_entries"] > before["index_entries"]
    # The strings went in as data, and come back as data.
    for document_id, evil in stored:
        record = client.get(f"/v1/documents/{document_id}").get_json()
        assert record["outlet"] == evil and record["title"] == evil and record["author"] == evil
        assert client.get("/v1/documents", query_string={"outlet": evil}).get_json()["total"] == 1
    # The seed documents are all still there, unchanged.
    now = {d["id"]: d for d in client.get("/v1/documents?page_size=100").get_json()["items"]}
    for item in listed:
        assert now[item["id"]] == item
