"""The provenance panel of the page (``#browse/quote/<id>``) and the wording line of a draft's quotes, in a real
browser (the ``page`` fixture of conftest.py), over the test articles of ``tests/data/provenance``."""

from __future__ import annotations

import pytest

from service.ingest import ingest_seeds
from service.storage import open_store
from service.web import create_app
from tests.conftest import extract_once
from tests.test_provenance import ARTICLES, SPUN

try:
    from playwright.sync_api import expect
except ImportError:  # the ``browser`` fixture then skips these tests, saying why (or fails them under CI)
    expect = None


@pytest.fixture
def store(tmp_path):
    """SQLite only: the page reads through the API, whose tests cover every backend."""
    store = open_store(f"sqlite:///{tmp_path / 'quotes.db'}")
    ingest_seeds(store, ARTICLES, extract=extract_once)
    yield store
    store.close()


@pytest.fixture
def app(store):
    return create_app({"TESTING": True, "STORE": store})


def quote_id(store, outlet: str, starts: str) -> int:
    [found] = [q.id for q in store.outlet_quotes(outlet).items if q.text.startswith(starts)]
    return found


def test_the_provenance_panel_shows_who_the_timeline_the_lines_and_what_was_changed_or_cut(page, store, screenshot):
    page.goto(f"/#browse/quote/{quote_id(store, 'Daily Beacon', 'The northern')}")
    panel = page.get_by_role("region", name="Provenance")
    expect(panel.locator(".prov-who")).to_have_text("Said by Karin Holt.")
    timeline = panel.locator("ol.prov-timeline > li")
    expect(timeline.locator(".prov-outlet")).to_have_text(
        ["Harbour Gazette", "Coastal Herald", "Valley Times", "Daily Beacon", "Morning Post"]
    )
    expect(timeline.nth(3).locator(".prov-relation")).to_have_text("line 2, altered copy")
    expect(timeline.nth(4)).to_contain_text("partial")
    expect(panel.locator(".prov-undated .prov-outlet")).to_have_text(["Energy Blog"])
    expect(panel.locator(".prov-line-head")).to_have_count(2)
    expect(panel.locator(".prov-line-head").nth(1)).to_contain_text("an earlier wording with words changed")
    changes = panel.locator(".prov-alteration .prov-changes li")
    expect(changes).to_have_count(3)
    expect(changes.first).to_contain_text("every")
    expect(changes.first).to_contain_text("some")
    expect(panel.locator(".prov-truncation")).to_contain_text("Morning Post")
    expect(panel.locator(".prov-truncation")).to_contain_text("15 words left out")
    # The occurrence list below is unchanged: one card per occurrence.
    expect(page.locator("li.source")).to_have_count(6)
    screenshot("provenance")


def test_the_same_words_credited_to_two_people_are_flagged(page, store):
    page.goto(f"/#browse/quote/{quote_id(store, 'Valley Times', 'Our fishing fleet')}")
    who = page.get_by_role("region", name="Provenance").locator(".prov-who")
    expect(who).to_have_text("Credited to different people: Lena Dahl; Erik Sand.")


def test_a_draft_quote_shows_the_wording_line_it_belongs_to(page, screenshot):
    page.goto("/#draft")
    page.get_by_label("Draft article").fill(f'Energy Minister Karin Holt said: "{SPUN}."')
    page.get_by_role("button", name="Check draft").click()
    page.locator("#draft-results mark").first.click()
    detail = page.locator("#draft-detail")
    expect(detail).to_contain_text("Wording line")
    expect(detail).to_contain_text("Line 2 of 2 (an earlier wording with words changed): its wording.")
    expect(detail).to_contain_text("First in Daily Beacon")
    screenshot("provenance-draft")
