"""The page at ``/`` and its assets, without a browser: its Content-Security-Policy, everything served by the
service itself (no CDN, no web font, no other origin), no inline script or style the policy would block,
labelled form controls, and the API and /docs untouched by the page's policy."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from schemas.common import DRAFT_MAX_CHARS, QUOTE_MAX_CHARS, SPEAKER_MAX_CHARS
from service.storage import open_store
from service.web import create_app
from service.web.page import CONTENT_SECURITY_POLICY

STATIC = Path(__file__).resolve().parent.parent / "service" / "web" / "static"
ASSET_TYPES = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml"}


class Tags(HTMLParser):
    """Every start tag of a document with its attributes, and the text inside each <script> and <style>."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.inline_code: list[str] = []
        self._in_code = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_code = tag in {"script", "style"}

    def handle_endtag(self, tag):
        self._in_code = False

    def handle_data(self, data):
        if self._in_code and data.strip():
            self.inline_code.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        """The attributes of every ``tag`` element."""
        return [attrs for name, attrs in self.tags if name == tag]


@pytest.fixture
def app(tmp_path):
    """The application on an empty SQLite store: the page and its assets do not depend on the data or the
    backend (the browser tests read the seeds through it)."""
    store = open_store(f"sqlite:///{tmp_path / 'quotes.db'}")
    yield create_app({"TESTING": True, "STORE": store})
    store.close()


@pytest.fixture
def index(client):
    return client.get("/")


@pytest.fixture
def tags(index):
    return Tags(index.text)


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


def test_the_page_is_served_at_the_root_with_a_policy_allowing_only_its_own_origin(index):
    assert index.status_code == 200 and index.mimetype == "text/html"
    assert index.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    policy = directives(CONTENT_SECURITY_POLICY)
    assert policy["default-src"] == ["'self'"]
    for name in ("script-src", "style-src", "connect-src", "font-src", "base-uri", "form-action"):
        assert policy[name] == ["'self'"], name
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "unsafe" not in CONTENT_SECURITY_POLICY  # no 'unsafe-inline', no 'unsafe-eval'
    assert index.headers["X-Content-Type-Options"] == "nosniff"
    assert index.headers["Referrer-Policy"] == "no-referrer"


def test_the_page_loads_only_its_own_assets_and_each_is_served_with_its_type(client, tags):
    urls = [a["src"] for a in tags.all("script")] + [a["href"] for a in tags.all("link")]
    assert len(urls) == 3  # the stylesheet, the script, the icon
    for url in urls:
        assert url.startswith("/static/") and not url.startswith("//"), url
        with client.get(url) as asset:  # closes the file a static response holds
            assert asset.status_code == 200, url
            assert asset.mimetype == ASSET_TYPES[Path(url).suffix], url
    assert {Path(url).name for url in urls} == {path.name for path in STATIC.iterdir()}  # nothing unused
    with client.get("/favicon.ico") as icon:  # where browsers look unasked, on /docs for one
        assert icon.status_code == 200 and icon.mimetype == "image/svg+xml"


def test_nothing_inline_that_the_policy_would_block(tags):
    assert tags.all("style") == []
    assert tags.inline_code == []
    for script in tags.all("script"):
        assert script.get("src"), "every script is a file"
    for name, attrs in tags.tags:
        assert "style" not in attrs, f"<{name} style=...>"
        assert not [a for a in attrs if a.startswith("on")], f"<{name}> has an inline event handler"


def test_no_asset_names_another_origin_a_web_font_or_an_import(index):
    texts = {"page.html": index.text} | {path.name: path.read_text(encoding="utf-8") for path in STATIC.iterdir()}
    for name, text in texts.items():
        if name.endswith(".svg"):
            text = text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # a namespace name, never fetched
        assert not re.search(r"https?://|(?<![:/\w])//[\w.-]+\.\w", text), name
        assert "@import" not in text and "@font-face" not in text, name
        assert not re.search(r"url\(\s*['\"]?(?!data:)", text), name


def test_the_script_builds_the_page_from_text_never_from_markup():
    # Source quotes come from crawled articles: none of them may reach the page as HTML, and the policy
    # forbids eval-like calls anyway.
    script = (STATIC / "page.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink
    assert 'setAttribute("style"' not in script


def test_every_form_control_has_a_label_and_the_api_limits(tags):
    labelled = {attrs["for"] for attrs in tags.all("label")}
    controls = {attrs["id"]: attrs for attrs in tags.all("input") + tags.all("textarea")}
    assert set(controls) == {"check-quote", "check-speaker", "draft-text"}
    assert set(controls) <= labelled
    assert controls["check-quote"]["maxlength"] == str(QUOTE_MAX_CHARS)
    assert controls["check-speaker"]["maxlength"] == str(SPEAKER_MAX_CHARS)
    assert controls["draft-text"]["maxlength"] == str(DRAFT_MAX_CHARS)
    for button in tags.all("button"):
        assert button["type"] == "submit"
    live = [attrs for attrs in tags.all("p") if attrs.get("role") == "status"]
    assert len(live) == 3 and all(attrs["aria-live"] == "polite" for attrs in live)


def test_the_pages_policy_stays_on_the_page_and_docs_keep_their_inline_script(client):
    docs = client.get("/docs")
    assert docs.status_code == 200
    # Swagger UI starts from an inline script: /docs must not get the page's policy, and whatever policy
    # it has (the app-wide default, if any) must let that script run.
    assert re.search(r"<script>\s*\S", docs.text)
    docs_policy = docs.headers.get("Content-Security-Policy")
    assert docs_policy != CONTENT_SECURITY_POLICY
    if docs_policy:
        assert "'unsafe-inline'" in directives(docs_policy)["script-src"]
    api = client.get("/v1/documents")
    assert api.status_code == 200 and api.mimetype == "application/json"
    assert api.headers.get("Content-Security-Policy") != CONTENT_SECURITY_POLICY
    missing = client.get("/nothing-here")
    assert missing.status_code == 404 and missing.mimetype == "application/problem+json"
    with client.get("/static/missing.js") as asset:
        assert asset.status_code == 404 and asset.mimetype == "application/problem+json"
    assert client.post("/", json={}).status_code == 405


def test_the_readme_states_the_policy_the_page_sends():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Web page\n(.*?)(?=^## |\Z)", readme, re.M | re.S)
    assert section, "README has no '## Web page' section"
    assert CONTENT_SECURITY_POLICY in section.group(1)
