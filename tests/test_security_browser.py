"""The default Content-Security-Policy of /docs lets Swagger UI run: in Debian's Chromium (conftest's ``page``
fixture fails the test on any console error, a CSP violation included) the document renders every operation."""

from __future__ import annotations

import pytest

from service.storage import open_store
from service.web import create_app
from service.web.security import DOCS_CSP


@pytest.fixture
def app():
    """An empty in-memory SQLite store is enough: the test reads only the OpenAPI document."""
    store = open_store("sqlite://")
    yield create_app({"TESTING": True, "STORE": store})
    store.close()


def test_swagger_ui_runs_under_the_docs_policy(page):
    response = page.goto("/docs")
    assert response.headers["content-security-policy"] == DOCS_CSP
    page.wait_for_selector(".swagger-ui .info .title")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock").count() >= 10
