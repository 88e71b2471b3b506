"""``GET /v1/quotes/<id>/provenance``, ``GET /v1/outlets/<name>`` and the lineage field of ``POST
/v1/drafts/check``, on the seeds and on the test articles; both backends."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote as url_quote

import pytest

from service.ingest import ingest_document
from service.web import create_app
from tests.conftest import SEEDS_DIR
from tests.test_provenance import ARTICLES, SPUN, WIRE, loaded_store

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def articles_client(request, tmp_path_factory) -> Iterator:
    """A client of an app on a store holding the test articles (read-only tests share it)."""
    with loaded_store(request.param, ARTICLES, tmp_path_factory) as store:
        yield create_app({"TESTING": True, "STORE": store}).test_client()


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def seeds_client(request, tmp_path_factory) -> Iterator:
    """A client of an app on a store holding the seeds (read-only tests share it)."""
    with loaded_store(request.param, SEEDS_DIR, tmp_path_factory) as store:
        yield create_app({"TESTING": True, "STORE": store}).test_client()


def quote_id(client, outlet: str, starts: str) -> int:
    items = client.get(f"/v1/outlets/{url_quote(outlet)}?page_size=100").get_json()["items"]
    [found] = [q["quote_id"] for q in items if q["text"].startswith(starts)]
    return found


def changes(diff) -> list[tuple[str, list[str], list[str]]]:
    return [(op["op"], op["submitted"], op["source"]) for op in diff if op["op"] != "equal"]


# --- GET /v1/quotes/<id>/provenance ----------------------------------------------------------------


def test_provenance_shows_who_timeline_lines_alterations_and_truncations(articles_client):
    qid = quote_id(articles_client, "Daily Beacon", "The northern pipeline")
    response = articles_client.get(f"/v1/quotes/{qid}/provenance")
    assert response.status_code == 200 and response.mimetype == "application/json"
    body = response.get_json()
    assert list(body) == [
        "quote_id", "cluster_id", "occurrences", "documents", "outlets", "who", "timeline", "lineages",
        "alterations", "truncations",
    ]  # fmt: skip
    assert (body["quote_id"], body["occurrences"], body["outlets"]) == (qid, 6, 6)
    [holt] = body["who"]["speakers"]
    assert body["who"]["attribution"] == "single" and body["who"]["relayers"] == []
    assert (holt["name"], holt["names"], holt["as_speaker"], len(holt["quote_ids"])) == (
        "Karin Holt",
        ["Karin Holt"],
        6,
        6,
    )
    timeline = body["timeline"]
    assert [o["outlet"] for o in timeline["dated"]] == [
        "Harbour Gazette", "Coastal Herald", "Valley Times", "Daily Beacon", "Morning Post",
    ]  # fmt: skip
    assert [o["outlet"] for o in timeline["undated"]] == ["Energy Blog"]
    assert timeline["earliest"]["outlet"] == "Harbour Gazette" and timeline["earliest_ties"] == []
    relations = {
        o["outlet"]: (o["line"], o["relation"], o["truncated"]) for o in timeline["dated"] + timeline["undated"]
    }
    assert relations == {
        "Harbour Gazette": (1, "first", False),
        "Coastal Herald": (1, "copy", False),
        "Valley Times": (1, "copy", False),
        "Daily Beacon": (2, "altered_copy", False),
        "Morning Post": (1, "copy", True),
        "Energy Blog": (1, "copy", False),
    }
    wire, spun = body["lineages"]
    assert (wire["kind"], wire["wording"], wire["credited_source"], wire["first"]["outlet"]) == (
        "first", WIRE, "Nordwire", "Harbour Gazette",
    )  # fmt: skip
    assert (spun["kind"], spun["wording"], spun["closest"], spun["score"]) == ("altered_copy", SPUN, 1, 83.3)
    [alteration] = body["alterations"]
    assert alteration["quote_id"] == qid and alteration["source"]["outlet"] == "Harbour Gazette"
    assert changes(alteration["diff"]) == [
        ("replace", ["some"], ["every"]), ("replace", ["towns"], ["town"]),
        ("replace", ["many", "households"], ["no", "household"]),
    ]  # fmt: skip
    [cut] = body["truncations"]
    assert (cut["outlet"], cut["exact"], cut["left_out_after"], cut["of"]["outlet"]) == (
        "Morning Post", True, "", "Harbour Gazette",
    )  # fmt: skip
    assert cut["left_out_before"].endswith("before the first snow, and")


def test_provenance_of_the_seed_letters_names_the_relayer_and_both_agencies(seeds_client):
    qid = next(
        q["quote_id"]
        for q in seeds_client.get("/v1/outlets/The%20Business%20Standard?page_size=100").get_json()["items"]
        if q["text"].startswith("Kiev is continuing")
    )
    body = seeds_client.get(f"/v1/quotes/{qid}/provenance").get_json()
    assert body["who"]["attribution"] == "relayed"
    assert [c["name"] for c in body["who"]["speakers"]] == ["Leonid Pasechnik and Denis Pushilin"]
    assert [c["name"] for c in body["who"]["relayers"]] == ["Dmitry Peskov"]
    assert [(line["kind"], line["credited_source"]) for line in body["lineages"]] == [
        ("first", "RIA Novosti"), ("retranslation", "TASS"),
    ]  # fmt: skip
    assert body["alterations"] == [] and body["truncations"] == []


@pytest.mark.parametrize("path", ["/v1/quotes/999999/provenance", f"/v1/quotes/{2**63}/provenance"])
def test_provenance_of_an_unknown_quote_is_a_404_problem(seeds_client, path):
    response = seeds_client.get(path)
    assert response.status_code == 404 and response.mimetype == PROBLEM
    assert response.get_json()["status"] == 404


def test_provenance_follows_documents_indexed_by_another_process(store_factory):
    """No answer is kept between requests: a document stored through another connection (another worker or
    instance) shows in the next answer."""
    app_store, other_store = store_factory(), store_factory()
    ingest_document(app_store, f'"{WIRE}," Energy Minister Karin Holt said.', outlet="Wire", published_at="2024-03-01")
    client = create_app({"TESTING": True, "STORE": app_store}).test_client()
    qid = quote_id(client, "Wire", "The northern")
    before = client.get(f"/v1/quotes/{qid}/provenance").get_json()
    assert before["occurrences"] == 1 and before["alterations"] == []
    ingest_document(other_store, f'"{SPUN}," Holt said.', outlet="Spin Daily", published_at="2024-03-02")
    after = client.get(f"/v1/quotes/{qid}/provenance").get_json()
    assert after["occurrences"] == 2 and [a["outlet"] for a in after["alterations"]] == ["Spin Daily"]


# --- GET /v1/outlets/<name> ------------------------------------------------------------------------


def test_outlet_record_counts_and_pages(seeds_client):
    body = seeds_client.get("/v1/outlets/The%20Business%20Standard?page_size=2&page=3").get_json()
    assert body["counts"] == {"verbatim": 1, "retranslation": 4, "altered_copy": 0, "nowhere": 0}
    assert (body["outlet"], body["documents"], body["quotes"]) == ("The Business Standard", 1, 5)
    assert (body["page"], body["page_size"], body["total"], body["pages"], len(body["items"])) == (3, 2, 5, 3, 1)
    first = seeds_client.get("/v1/outlets/The%20Business%20Standard?page_size=100").get_json()["items"]
    verbatim = [q for q in first if q["record"] == "verbatim"]
    assert [(q["earlier"]["outlet"], q["score"]) for q in verbatim] == [("Antiwar.com", 100.0)]


def test_outlet_record_of_the_spun_and_the_first_outlets(articles_client):
    beacon = articles_client.get("/v1/outlets/Daily%20Beacon").get_json()
    assert beacon["counts"]["altered_copy"] == 1
    [item] = beacon["items"]
    assert (item["record"], item["earlier"]["outlet"], item["lines"]) == ("altered_copy", "Harbour Gazette", 2)
    gazette = articles_client.get("/v1/outlets/Harbour%20Gazette").get_json()
    assert gazette["counts"]["nowhere"] == 2 and gazette["published_first"] == 2


def test_outlet_unknown_is_a_404_problem_and_a_bad_page_a_422(seeds_client):
    response = seeds_client.get("/v1/outlets/Nobody%20Publishes%20This")
    assert response.status_code == 404 and response.mimetype == PROBLEM
    assert "Nobody Publishes This" in response.get_json()["detail"]
    response = seeds_client.get("/v1/outlets/Antiwar.com?page_size=0")
    assert response.status_code == 422 and set(response.get_json()["errors"]) == {"page_size"}


# --- the lineage of each quote of a draft ----------------------------------------------------------


def test_draft_check_gives_each_quote_the_lineage_of_its_wording(articles_client):
    draft = (
        f'Energy Minister Karin Holt said: "{SPUN}." '
        f'Foreign Minister Tomas Varga said: "We will never accept any agreement signed behind the backs of the '
        f'islanders, and we will say so at the summit in Lund." '
        f'The mayor said: "Nothing like this was ever said at our town hall meeting today."'
    )
    quotes = articles_client.post("/v1/drafts/check", json={"text": draft}).get_json()["quotes"]
    spun, varga, mayor = (q["lineage"] for q in quotes)
    assert (spun["relation"], spun["line_kind"], spun["first"]["outlet"], spun["lines"]) == (
        "copy", "altered_copy", "Daily Beacon", 2,
    )  # fmt: skip
    assert spun["credited_source"] == "Nordwire" and spun["occurrences"] == 1 and not spun["truncated"]
    assert (varga["relation"], varga["first"]["outlet"]) == ("retranslation", "Harbour Gazette")
    assert mayor is None and quotes[2]["verdict"] == "not_found"


def test_draft_check_lineage_tells_the_tass_wording_from_the_ria_one(seeds_client):
    draft = (
        'Peskov said, quoting the letters: "Kiev is continuing its military buildup along the line of '
        'disengagement." He added, according to RIA: "The Kiev regime is focused on resolving the conflict by force."'
    )
    tass, ria = (q["lineage"] for q in seeds_client.post("/v1/drafts/check", json={"text": draft}).get_json()["quotes"])
    assert (tass["relation"], tass["truncated"], tass["credited_source"]) == ("copy", True, "TASS")
    assert (ria["relation"], ria["truncated"], ria["credited_source"]) == ("copy", True, "RIA Novosti")
    assert tass["cluster_id"] == ria["cluster_id"] and tass["line"] != ria["line"]
