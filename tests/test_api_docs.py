"""The OpenAPI document and the human docs at /docs, which must work without internet access."""

from __future__ import annotations

import re

import pytest

ENDPOINTS = {
    ("post", "/v1/extract"),
    ("post", "/v1/documents"),
    ("get", "/v1/documents"),
    ("get", "/v1/documents/{document_id}"),
    ("post", "/v1/verify"),
    ("get", "/v1/search"),
    ("post", "/v1/drafts/check"),
    ("get", "/v1/quotes/{quote_id}"),
    ("get", "/v1/quotes/{quote_id}/provenance"),
    ("get", "/v1/outlets/{name}"),
    ("get", "/v1/speakers"),
    ("get", "/v1/speakers/{name}/quotes"),
    ("get", "/healthz"),
}


@pytest.fixture
def spec(client):
    return client.get("/openapi.json").get_json()


def operations(spec) -> dict[tuple[str, str], dict]:
    """(method, path) -> operation; path items also hold shared "parameters"."""
    return {
        (method, path): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method != "parameters"
    }


def test_openapi_document_lists_every_endpoint(spec):
    assert spec["openapi"].startswith("3.")
    assert set(operations(spec)) == ENDPOINTS
    for (method, path), operation in operations(spec).items():
        assert operation.get("summary"), (method, path)


def test_every_error_response_is_documented_as_problem_details(spec):
    responses = spec["components"]["responses"]
    for name in ("DEFAULT_ERROR", "UNPROCESSABLE_ENTITY"):
        content = responses[name]["content"]
        assert list(content) == ["application/problem+json"]
        assert content["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}
    problem = spec["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status", "detail"}
    for operation in operations(spec).values():
        assert operation["responses"]["default"] == {"$ref": "#/components/responses/DEFAULT_ERROR"}


def test_documented_limits(spec):
    schemas = spec["components"]["schemas"]
    assert schemas["VerifyRequest"]["properties"]["quote"]["maxLength"] == 2000
    assert schemas["VerifyRequest"]["properties"]["limit"]["maximum"] == 100
    assert schemas["DraftCheckRequest"]["properties"]["text"]["maxLength"] == 200_000
    search = {p["name"]: p for p in spec["paths"]["/v1/search"]["get"]["parameters"]}
    assert search["q"]["required"] and search["q"]["schema"]["maxLength"] == 2000
    assert search["limit"]["schema"]["maximum"] == 100
    assert "If-None-Match" in search and "304" in spec["paths"]["/v1/search"]["get"]["responses"]


def test_docs_page_loads_only_same_origin_assets_and_they_are_served(client):
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.text
    urls = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    urls += re.findall(r"""url\s*:\s*["']([^"']+)["']""", html)  # the spec URL in the page's script
    assert len(urls) >= 4
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        with client.get(url) as asset:  # closes the file a static response holds
            assert asset.status_code == 200, url
    assert "validatorUrl" in html and '"validatorUrl": null' in html  # no badge from validator.swagger.io
    assert not re.search(r"https?://", html)
