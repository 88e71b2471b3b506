"""Every error path answers with one shape: RFC 9457 problem details, never HTML or a stack trace."""

from __future__ import annotations

import json

import pytest
from werkzeug.http import HTTP_STATUS_CODES

from service.web import create_app

QUOTE = "The Kiev regime is determined to resolve the conflict by force"
MIB = 1024 * 1024


def assert_problem(response, status: int, *, fields: set[str] | None = None) -> dict:
    """The response is a problem of ``status``; with ``fields``, a validation problem naming exactly them."""
    assert response.status_code == status, response.data
    assert response.mimetype == "application/problem+json"
    body = json.loads(response.data)
    expected_keys = {"type", "title", "status", "detail"} | ({"errors"} if fields else set())
    assert set(body) == expected_keys
    assert body["type"] == "about:blank"
    assert body["title"] == HTTP_STATUS_CODES[status]
    assert body["status"] == status
    assert isinstance(body["detail"], str) and body["detail"]
    assert "Traceback" not in response.text and "<html" not in response.text.lower()
    if fields:
        assert set(body["errors"]) == fields
        assert all(isinstance(m, str) for messages in body["errors"].values() for m in messages)
    return body


# --- 400: bodies that are not JSON text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"quote": ', "Malformed JSON"),
        (b"", "Malformed JSON"),
        (b"{'quote': 'single quotes'}", "Malformed JSON"),
        (b'{"quote": "caf\xe9"}', "not valid UTF-8"),
        (b'{"quote": "\\ud800 lone surrogate"}', "surrogate"),
        (b"[" * 100_000 + b"]" * 100_000, "Malformed JSON"),
    ],
)
def test_malformed_or_non_utf8_bodies_are_400(client, data, words):
    response = client.post("/v1/verify", data=data, content_type="application/json")
    assert words in assert_problem(response, 400)["detail"]


# --- 404 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/v1/documents/999", "No document with id 999"),
        ("/v1/quotes/999", "No quote with id 999"),
        ("/v1/speakers/Nobody At All/quotes", "No quotes attributed to 'Nobody At All'"),
        ("/v1/documents/99999999999999999999999", "Nothing at"),  # beyond any id: no 500 from the database
        ("/v1/documents/abc", "Nothing at"),
        ("/v1/nothing", "Nothing at"),
        ("/nothing", "Nothing at"),  # "/" is the fact-checkers' page (tests/test_web_assets.py)
    ],
)
def test_unknown_ids_and_paths_are_404(client, path, words):
    assert words in assert_problem(client.get(path), 404)["detail"]


# --- 405 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("delete", "/v1/verify", "POST"),
        ("get", "/v1/verify", "POST"),
        ("post", "/v1/search", "GET"),
        ("put", "/v1/documents/1", "GET"),
        ("patch", "/v1/documents", "GET, HEAD, OPTIONS, POST"),
        ("post", "/healthz", "GET"),
        ("get", "/v1/drafts/check", "POST"),
    ],
)
def test_wrong_methods_are_405_with_allow(client, method, path, allowed):
    response = getattr(client, method)(path, json={})
    assert_problem(response, 405)
    assert allowed in response.headers["Allow"]


# --- 413 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/v1/extract", "/v1/documents", "/v1/verify", "/v1/drafts/check"])
def test_bodies_over_one_mib_are_413(client, path, seeded_store):
    before = seeded_store.stats()
    body = json.dumps({"text": "x" * MIB, "outlet": "Wire"})
    response = client.post(path, data=body, content_type="application/json")
    assert "1,048,576 bytes" in assert_problem(response, 413)["detail"]
    assert seeded_store.stats() == before  # nothing half-written


def test_a_body_just_under_the_limit_is_read(client):
    text = "x" * (MIB - 100)
    response = client.post("/v1/extract", data=json.dumps({"text": text}), content_type="application/json")
    assert_problem(response, 422, fields={"text"})  # over the 200,000 characters, but read and judged


# --- 415 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data": QUOTE, "content_type": "text/plain"},
        {"data": {"quote": QUOTE}},  # a form
        {"data": json.dumps({"quote": QUOTE})},  # no content type
        {"data": json.dumps({"quote": QUOTE}), "content_type": "application/xml"},
    ],
)
def test_bodies_that_are_not_declared_json_are_415(client, kwargs):
    assert "application/json" in assert_problem(client.post("/v1/verify", **kwargs), 415)["detail"]


def test_json_with_a_charset_or_a_json_suffix_type_is_accepted(client):
    body = json.dumps({"quote": QUOTE})
    for content_type in ("application/json; charset=utf-8", "application/vnd.api+json"):
        assert client.post("/v1/verify", data=body, content_type=content_type).status_code == 200


# --- 422: the documented limits and the schemas ------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "fields"),
    [
        ("/v1/verify", {"quote": "x" * 2001}, {"quote"}),
        ("/v1/verify", {"quote": QUOTE, "limit": 101}, {"limit"}),
        ("/v1/verify", {"quote": QUOTE, "limit": 0}, {"limit"}),
        ("/v1/verify", {"quote": QUOTE, "limit": "5"}, {"limit"}),
        ("/v1/verify", {"quote": QUOTE, "limit": 2.5}, {"limit"}),
        ("/v1/verify", {"quote": QUOTE, "speaker": "x" * 201}, {"speaker"}),
        ("/v1/verify", {"speaker": "Putin"}, {"quote"}),
        ("/v1/verify", {"quote": 42}, {"quote"}),
        ("/v1/verify", {"quote": QUOTE, "extra": 1}, {"extra"}),
        ("/v1/verify", [QUOTE], {"body"}),
        ("/v1/verify", "just a string", {"body"}),
        ("/v1/drafts/check", {"text": "x" * 200_001}, {"text"}),
        ("/v1/drafts/check", {}, {"text"}),
        ("/v1/extract", {"text": "x" * 200_001}, {"text"}),
        ("/v1/documents", {"text": "t"}, {"outlet"}),
        ("/v1/documents", {"text": " \n\t", "outlet": "\u3000"}, {"text", "outlet"}),
        ("/v1/documents", {"text": "t", "outlet": "o", "url": "ftp://x.example/a"}, {"url"}),
        ("/v1/documents", {"text": "t", "outlet": "o", "url": "http://[::1/a"}, {"url"}),
        ("/v1/documents", {"text": "t", "outlet": "o", "url": "https://x.example/a\n"}, {"url"}),
        ("/v1/documents", {"text": "t", "outlet": "o", "published_at": "24/02/2022"}, {"published_at"}),
        ("/v1/documents", {"text": "t", "outlet": "o", "published_at": "2022-02-30"}, {"published_at"}),
        ("/v1/documents", {"text": "t", "outlet": "o", "published_at": ""}, {"published_at"}),
    ],
)
def test_invalid_bodies_are_422_naming_the_field(client, path, body, fields):
    assert_problem(client.post(path, json=body), 422, fields=fields)


def test_the_draft_and_quote_limits_are_inclusive(client):
    assert client.post("/v1/verify", json={"quote": "x" * 2000, "limit": 100}).status_code == 200
    assert client.post("/v1/drafts/check", json={"text": "x " * 100_000}).status_code == 200


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("", {"q"}),
        ("?q=" + "x" * 2001, {"q"}),
        (f"?q={QUOTE}&limit=101", {"limit"}),
        (f"?q={QUOTE}&limit=ten", {"limit"}),
    ],
)
def test_invalid_search_queries_are_422_naming_the_field(client, query, fields):
    response = client.get("/v1/search" + query)
    assert_problem(response, 422, fields=fields)
    assert response.headers["Access-Control-Allow-Origin"] == "*"  # the extension can read the error


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/v1/documents?page=0", {"page"}),
        ("/v1/documents?page_size=101", {"page_size"}),
        ("/v1/documents?page=99999999999999999999", {"page"}),
        ("/v1/speakers?page_size=0", {"page_size"}),
        ("/v1/speakers/Vladimir Putin/quotes?page=-1", {"page"}),
    ],
)
def test_invalid_pages_are_422(client, path, fields):
    assert_problem(client.get(path), 422, fields=fields)


def test_a_rejected_document_writes_nothing(client, seeded_store):
    before = seeded_store.stats()
    response = client.post("/v1/documents", json={"text": "New text", "outlet": "o", "published_at": "soon"})
    assert_problem(response, 422, fields={"published_at"})
    assert seeded_store.stats() == before


# --- 500 -------------------------------------------------------------------------------------------


def test_an_unexpected_failure_is_a_500_problem_without_internals(seeded_store):
    app = create_app({"STORE": seeded_store})  # not TESTING: errors are handled as in production

    @app.get("/v1/boom")
    def boom():
        raise RuntimeError("secret internals /etc/passwd")

    response = app.test_client().get("/v1/boom")
    body = assert_problem(response, 500)
    assert "secret" not in response.text and "RuntimeError" not in response.text
    assert "logged" in body["detail"]
