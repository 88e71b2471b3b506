"""The fact-checkers' page in a real browser (Debian's headless Chromium, driven by Playwright), served by the
real app over the seed articles. The tests act as a person does (type, click, press keys) and assert on
what that person sees; each state is saved as tests/artifacts/<name>.png for a reviewer to look at.

The ``page`` fixture (conftest.py) also fails a test when the page asked anything of another origin, logged
an error (a Content-Security-Policy violation is one) or raised.
"""

from __future__ import annotations

import re

import pytest

from service.ingest import ingest_seeds
from service.storage import open_store
from service.web import create_app
from tests.conftest import ARTIFACTS, SEEDS_DIR, extract_once

try:
    from playwright.sync_api import expect
except ImportError:  # the ``browser`` fixture then skips these tests, saying why (or fails them under CI)
    expect = None

SEED = "The Kiev regime is determined to resolve the conflict by force"  # 004, and reworded in 003
VARIANT = "The Kyiv regime is focused on ending conflict by military force"
PUTIN = (
    "We expect, and I want to emphasize this, that all disputes will be resolved during talks between the "
    "current Kyiv authorities and the leaders of these republics"
)
DRAFT = f"""Kremlin rejects call for reinforcements

MOSCOW — Kremlin spokesman Dmitry Peskov told reporters on Wednesday that such decisions were "the prerogative \
of the Ministry of Defense, since this is a continuation of a special military operation."

Peskov added: "{PUTIN}."

Denis Pushilin, head of the self-proclaimed Donetsk People's Republic, said the enemy "still has enough weapons \
capable of inflicting fire strikes on our towns."

A local official said: "We will rebuild every school in the region before the winter comes."
"""


def check_quote(page, quote: str, speaker: str = "") -> None:
    page.goto("/")
    page.get_by_label("Quote", exact=True).fill(quote)
    if speaker:
        page.get_by_label("Speaker").fill(speaker)
    page.get_by_role("button", name="Check quote").click()
    expect(page.locator("#check-results .verdict")).to_be_visible()


@pytest.fixture
def app(tmp_path):
    """The application over the seed articles in SQLite only. The page reads everything through the API, whose
    tests cover every backend; one is enough here, and keeps the browser tests short."""
    store = open_store(f"sqlite:///{tmp_path / 'quotes.db'}")
    ingest_seeds(store, SEEDS_DIR, extract=extract_once)
    yield create_app({"TESTING": True, "STORE": store})
    store.close()


def seen(locator) -> str:
    """The text a sighted reader sees in ``locator``: without the words only screen readers get, white space folded."""
    return locator.evaluate(
        """element => {
            const hidden = [...element.querySelectorAll(".visually-hidden")];
            hidden.forEach(node => { node.style.display = "none"; });
            const text = element.innerText;
            hidden.forEach(node => { node.style.display = ""; });
            return text.replace(/\\s+/g, " ").trim();
        }"""
    )


def source(page, outlet: str):
    """The card of one source in the results."""
    return page.locator("#check-results li.source").filter(has=page.get_by_role("heading", name=outlet, exact=True))


def test_seed_quote_is_verified_and_every_source_is_listed_with_the_earliest_marked(page, screenshot):
    check_quote(page, SEED)
    expect(page.locator("#check-verdict")).to_have_text(re.compile(r"Verdict:\s*✓\s*Verified", re.I))
    expect(page.locator("#check-status")).to_contain_text("Verified. Found with this wording in 1 source")

    outlets = page.locator("#check-results li.source h3.outlet")
    expect(outlets).to_have_text(["The Business Standard", "knoxdemocrats.org"])
    tbs, knox = source(page, "The Business Standard"), source(page, "knoxdemocrats.org")
    expect(tbs).to_contain_text("Verdict rests on this source")
    expect(tbs).to_contain_text("24 Feb 2022")
    title = tbs.get_by_role("link", name=re.compile("Kremlin says Ukraine rebels asked Russia's help"))
    expect(title).to_have_attribute("href", re.compile(r"^https://www\.tbsnews\.net/"))
    expect(tbs.locator(".speaker")).to_have_text("Leonid Pasechnik and Denis Pushilin")
    expect(tbs.locator(".relayed")).to_have_text("Dmitry Peskov")
    expect(tbs.locator(".credited")).to_have_text("TASS")
    expect(tbs).to_contain_text("Score 100")
    expect(tbs.locator(".d")).to_have_count(0)  # the same words: nothing highlighted
    # The earlier (reworded) copy is marked, with the words it differs by.
    expect(knox.locator(".tag-earliest")).to_have_text("★ Earliest source")
    expect(tbs.locator(".tag-earliest")).to_have_count(0)
    expect(knox.locator(".d-changed")).to_have_text("changed: focused on resolving")
    expect(knox.locator(".d-yours")).to_have_text("→ , you wrote: determined to resolve")
    expect(knox.locator(".credited")).to_have_text("RIA Novosti")
    screenshot("quote-verified")

    # The result has its own address: reloading it (or sending it to a colleague) shows it again.
    assert "#check?q=The+Kiev+regime" in page.url
    page.reload()
    expect(page.locator("#check-verdict")).to_contain_text("Verified")
    expect(page.get_by_label("Quote", exact=True)).to_have_value(SEED)


def test_a_variant_with_changed_words_is_altered_and_each_difference_is_marked_in_its_own_style(page, screenshot):
    check_quote(page, VARIANT)
    expect(page.locator("#check-verdict")).to_have_text(re.compile(r"Altered", re.I))
    expect(page.locator(".verdict-message")).to_contain_text("none carries this wording")

    knox = source(page, "knoxdemocrats.org")
    wording = knox.locator("blockquote.wording")
    # What a person reads: the source's words, yours beside the changed ones, missing ones struck through.
    assert "The Kiev≈ Kyiv regime is focused on resolving→ ending the conflict by military force" in seen(wording)
    expect(knox.locator("mark.d-changed")).to_have_text("changed: resolving")
    expect(knox.locator("del.d-missing")).to_have_text("missing: the")
    expect(knox.locator("ins.d-added")).to_have_text("added: military")
    expect(knox.locator(".d-variant")).to_have_text("spelling variant: Kiev")
    expect(knox.locator("del.d-missing")).to_have_css("text-decoration-line", "line-through")
    expect(knox.locator("ins.d-added")).to_have_css("text-decoration-line", "underline")
    # The start of the longer source quote, outside the submitted part, is shown as context.
    expect(knox.locator(".ctx").first).to_contain_text("Kiev continues to strengthen its military presence")
    # Both outlets, each with its own differences.
    outlets = page.locator("#check-results li.source h3.outlet")
    expect(outlets).to_have_text(["knoxdemocrats.org", "The Business Standard"])
    expect(source(page, "The Business Standard").locator("mark.d-changed")).to_have_text(
        "changed: determined to resolve"
    )

    legend = page.locator(".legend")
    for kind in ("changed", "missing", "added", "variant"):
        expect(legend.get_by_text(kind, exact=True)).to_be_visible()
    screenshot("quote-altered")


def test_a_quote_given_to_the_wrong_speaker_is_misattributed(page, screenshot):
    check_quote(page, PUTIN, speaker="Peskov")
    expect(page.locator("#check-verdict")).to_have_text(re.compile(r"Misattributed", re.I))
    expect(page.locator(".verdict-message")).to_have_text(
        "The words are found in 1 source, attributed to Vladimir Putin; not to Peskov."
    )
    antiwar = source(page, "Antiwar.com")
    expect(antiwar.locator(".speaker")).to_have_text("Vladimir Putin")
    expect(antiwar.locator(".speaker-no")).to_have_text("✗ does not name Peskov")
    screenshot("quote-misattributed")


def test_a_quote_nobody_said_is_not_found_and_the_reason_is_given(page, screenshot):
    check_quote(page, "We will rebuild every school in the region before the winter comes")
    expect(page.locator("#check-verdict")).to_have_text(re.compile("Not found", re.I))
    expect(page.locator(".verdict-message")).to_have_text(
        "No indexed quote shares a pair of consecutive content words with the text."
    )
    expect(page.locator("#check-results li.source")).to_have_count(0)
    assert seen(page.locator("#check-results")).endswith("Sources 0 matches")  # nothing more below
    screenshot("quote-not-found")


def test_a_draft_is_highlighted_in_place_and_selecting_a_quote_shows_its_sources_and_diff(page, screenshot):
    page.goto("/")
    page.get_by_role("link", name="Check a draft").click()
    expect(page.get_by_role("heading", name="Check a draft", level=1)).to_be_visible()
    page.get_by_label("Draft article").fill(DRAFT)
    page.get_by_role("button", name="Check draft").click()

    expect(page.locator("#draft-status")).to_have_text(
        "4 quotes checked: 1 verified, 1 altered, 1 misattributed, 1 not found."
    )
    marks = page.locator("#draft-rendered mark.dq")
    expect(marks).to_have_count(4)
    # Each quote carries its verdict in words, not only in colour, and the draft reads on around them.
    expect(marks.locator(".dq-tag")).to_have_text(["✓ Verified", "✗ Misattributed", "≠ Altered", "? Not found"])
    misattributed = page.locator("mark.dq-misattributed")
    expect(misattributed).to_contain_text(PUTIN)
    expect(page.locator("#draft-rendered")).to_contain_text("Peskov added: \"We expect, and I want")
    screenshot("draft-checked")

    # The selected quote's details scroll in a panel beside the draft: a taller window shows them whole.
    page.set_viewport_size({"width": 1280, "height": 1400})
    # Select the misattributed quote with the keyboard, as someone not using a mouse would.
    misattributed.focus()
    page.keyboard.press("Enter")
    expect(misattributed).to_have_attribute("aria-pressed", "true")
    detail = page.locator("#draft-detail")
    expect(detail.locator(".badge")).to_have_text(re.compile("Misattributed"))
    expect(detail.locator(".verdict-message")).to_contain_text("attributed to Vladimir Putin; not to Dmitry Peskov")
    expect(detail.locator("li.source .outlet")).to_have_text(["Antiwar.com"])
    expect(detail.locator(".speaker")).to_have_text("Vladimir Putin")
    expect(detail.locator(".speaker-no")).to_have_text("✗ does not name Dmitry Peskov")
    screenshot("draft-misattributed-selected")

    # The altered quote, by mouse: its source's wording with the changed word marked.
    page.locator("mark.dq-altered").click()
    expect(detail.locator(".badge")).to_have_text(re.compile("Altered"))
    expect(detail.locator("li.source .outlet")).to_have_text(["Newsweek"])
    expect(detail.locator("li.source mark.d-changed")).to_have_text("changed: settlements")
    expect(detail.locator("li.source .d-yours")).to_contain_text("towns")
    expect(misattributed).to_have_attribute("aria-pressed", "false")
    screenshot("draft-altered-selected")


def test_browse_lists_documents_and_speakers_which_link_to_their_quotes(page, screenshot):
    page.goto("/#browse")
    documents = page.get_by_role("region", name="Recent documents")
    speakers = page.get_by_role("region", name="Speakers")
    expect(documents.locator("li")).to_have_count(5)
    expect(documents.locator("li").first).to_contain_text("Putin Ally Pleads for Reinforcements")  # newest first
    expect(speakers.locator("li").first).to_contain_text("Dmitry Peskov")
    expect(speakers.locator("li").first).to_contain_text("10 quotes in 4 documents")
    screenshot("browse")

    speakers.get_by_role("link", name="Vladimir Putin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vladimir Putin")
    expect(page.locator("li.source blockquote")).to_have_count(2)
    expect(page.locator("li.source").first).to_contain_text("Antiwar.com")
    screenshot("browse-speaker")

    page.go_back()
    documents.get_by_role("link", name=re.compile("Kremlin says Ukraine rebels")).click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Kremlin says Ukraine rebels asked Russia's help against Kyiv")
    expect(page.locator("li.source blockquote")).to_have_count(5)
    page.locator("li.source").filter(has_text=SEED).get_by_role("link", name="Every occurrence").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Every occurrence of a statement")
    expect(page.locator("li.source h3.outlet")).to_have_text(["knoxdemocrats.org", "The Business Standard"])
    expect(page.locator("li.source").first.locator(".tag-earliest")).to_be_visible()
    screenshot("browse-occurrences")


def test_the_quote_form_works_from_the_keyboard_alone(page):
    page.goto("/")
    page.keyboard.press("Tab")  # the first stop is the navigation
    expect(page.get_by_role("link", name="Check a quote")).to_be_focused()
    page.get_by_label("Quote", exact=True).focus()
    page.keyboard.type(SEED)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Speaker")).to_be_focused()
    page.keyboard.type("Pushilin")
    page.keyboard.press("Enter")  # submits the form
    expect(page.locator("#check-verdict")).to_contain_text("Verified")
    expect(page.locator("#check-results .facts")).to_contain_text("A matching source names this speaker")


def test_the_browser_enforces_the_pages_content_security_policy(page):
    page.goto("/")
    expect(page.get_by_role("heading", name="Check a quote")).to_be_visible()  # the page's own script runs
    blocked = page.evaluate(
        """() => new Promise(resolve => {
            document.addEventListener("securitypolicyviolation", e => resolve(e.violatedDirective), {once: true});
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
        })"""
    )
    assert blocked == "script-src-elem"
    assert page.evaluate("window.injected") is None
    # The refusal is logged as a console error: expected here, so it does not fail the test.
    [refusal] = page.problems
    assert "Content Security Policy" in refusal
    page.problems.clear()


def test_the_api_docs_still_render_beside_the_page(page):
    # The page's policy is scoped to the page: Swagger UI at /docs, which starts from an inline script, must
    # still render (and the fixture fails the test on any policy violation it logs).
    page.goto("/docs")
    expect(page.get_by_role("heading", name=re.compile("Quote provenance API"))).to_be_visible()
    expect(page.get_by_text("/v1/verify", exact=True).first).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "api-docs.png")  # the first screen: the whole list is very long
