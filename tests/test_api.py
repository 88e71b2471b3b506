"""Every endpoint of the API, on the seed articles (``app`` in conftest.py); errors in test_api_errors.py."""

from __future__ import annotations

import pytest

from service.web import create_app

PUTIN = (
    "We expect, and I want to emphasize this, that all disputes will be resolved during talks between the "
    "current Kyiv authorities and the leaders of these republics"
)
DETERMINED = "The Kiev regime is determined to resolve the conflict by force"  # 004
FOCUSED = "The Kiev regime is focused on resolving the conflict by force"  # 003
ARTICLE = (
    'MOSCOW - "The grain corridor will stay open through the whole winter season," Deputy Minister Ivan '
    "Petrov told reporters on Friday."
)


def outlets(body) -> list[str]:
    return [m["outlet"] for m in body["matches"]]


def changed_words(match) -> list[tuple[str, list[str], list[str]]]:
    return [(op["kind"], op["submitted"], op["source"]) for op in match["diff"] if op["op"] != "equal"]


# --- POST /v1/extract ------------------------------------------------------------------------------


def test_extract_returns_the_extraction_fields_and_stores_nothing(client, seeded_store):
    before = seeded_store.stats()
    response = client.post("/v1/extract", json={"text": ARTICLE})
    assert response.status_code == 200
    [quote] = response.get_json()["quotes"]
    assert quote["text"] == "The grain corridor will stay open through the whole winter season"
    assert quote["speaker"] == "Ivan Petrov"
    assert quote["credited_source"] == "reporters"
    assert ARTICLE[quote["start"] : quote["end"]].startswith("The grain corridor")
    assert set(quote) == {
        "text", "start", "end", "kind", "speaker", "speaker_mention", "cue", "relayed_by", "credited_source",
        "paragraph", "group",
    }  # fmt: skip
    assert seeded_store.stats() == before


def test_extract_takes_the_byline_for_the_writers_own_i(client):
    memoir = "I was nervous that morning, and my lawyer knew it.\n\n“Your Honor,” I said, “I am sorry.”"
    quotes = client.post("/v1/extract", json={"text": memoir, "author": "Dinesh D'Souza"}).get_json()["quotes"]
    assert {q["speaker"] for q in quotes} == {"Dinesh D'Souza"}
    quotes = client.post("/v1/extract", json={"text": memoir, "author": None}).get_json()["quotes"]
    assert {q["speaker"] for q in quotes} == {None}
    refused = client.post("/v1/extract", json={"text": memoir, "author": "x" * 501})
    assert refused.status_code == 422 and "author" in refused.get_data(as_text=True)


def test_extract_of_empty_text_finds_nothing(client):
    assert client.post("/v1/extract", json={"text": ""}).get_json() == {"quotes": []}


# --- /v1/documents ---------------------------------------------------------------------------------


def test_post_document_indexes_it_and_the_same_document_again_is_a_duplicate(client):
    body = {
        "text": ARTICLE,
        "outlet": "Wire",
        "url": "https://wire.example/grain",
        "title": "Grain",
        "author": "A. Writer",
        "published_at": "2024-05-01",
    }
    created = client.post("/v1/documents", json=body)
    assert created.status_code == 201
    first = created.get_json()
    assert first["duplicate"] is False
    assert created.headers["Location"] == f"/v1/documents/{first['id']}"
    assert [q["speaker"] for q in first["quotes"]] == ["Ivan Petrov"]

    again = client.post("/v1/documents", json=body)
    assert again.status_code == 200
    assert again.get_json() == {**first, "duplicate": True}
    # Same text, other metadata: still the same document.
    same_text = client.post("/v1/documents", json={"text": ARTICLE + "\n", "outlet": "Other"})
    assert (same_text.status_code, same_text.get_json()["id"]) == (200, first["id"])

    found = client.post("/v1/verify", json={"quote": first["quotes"][0]["text"]}).get_json()
    assert found["verdict"] == "verified" and outlets(found) == ["Wire"]


def test_get_document_has_metadata_text_and_quotes(client):
    listed = client.get("/v1/documents?outlet=The Business Standard").get_json()
    [ref] = listed["items"]
    body = client.get(f"/v1/documents/{ref['id']}").get_json()
    assert body["outlet"] == "The Business Standard"
    assert body["published_at"] == "2022-02-24"
    assert body["url"].startswith("https://www.tbsnews.net/")
    assert DETERMINED in body["text"]
    assert len(body["quotes"]) == 5
    for quote in body["quotes"]:
        assert quote["document_id"] == ref["id"]
        assert body["text"][quote["start"] : quote["end"]]


def test_documents_are_listed_newest_first_and_paginated(client):
    body = client.get("/v1/documents").get_json()
    assert (body["total"], body["page"], body["page_size"], body["pages"]) == (5, 1, 20, 1)
    dates = [d["published_at"] for d in body["items"]]
    assert dates == sorted(dates, reverse=True)
    assert "text" not in body["items"][0]

    second = client.get("/v1/documents?page=2&page_size=2").get_json()
    assert (second["total"], second["pages"], len(second["items"])) == (5, 3, 2)
    assert second["items"][0]["id"] == body["items"][2]["id"]
    assert client.get("/v1/documents?page=9").get_json()["items"] == []


def test_documents_filter_by_outlet(client):
    body = client.get("/v1/documents", query_string={"outlet": "Antiwar.com"}).get_json()
    assert [d["outlet"] for d in body["items"]] == ["Antiwar.com"]
    assert client.get("/v1/documents?outlet=Nobody").get_json()["total"] == 0


# --- POST /v1/verify: the four verdicts -------------------------------------------------------------


def test_putins_quote_with_speaker_peskov_is_misattributed(client):
    body = client.post("/v1/verify", json={"quote": PUTIN, "speaker": "Peskov"}).get_json()
    assert body["verdict"] == "misattributed"
    assert body["attributed_to"] == ["Vladimir Putin"]
    assert body["speaker_check"] == "different"
    assert "Vladimir Putin" in body["message"]
    assert body["matches"][0]["speaker"] == "Vladimir Putin"
    assert body["matches"][0]["same_speaker"] is False


def test_the_tass_sentence_of_004_is_verified(client):
    body = client.post("/v1/verify", json={"quote": DETERMINED}).get_json()
    assert body["verdict"] == "verified"
    best = body["matches"][0]
    assert (best["outlet"], best["score"], best["wording"]) == ("The Business Standard", 100.0, "verbatim")
    assert best["span"] == DETERMINED
    assert best["text"][best["span_start"] : best["span_end"]] == DETERMINED
    assert best["fragment"] is True
    assert best["published_at"] == "2022-02-24"
    assert body["earliest"]["outlet"] == "knoxdemocrats.org"


def test_focused_on_resolving_is_found_in_003_and_004_with_the_differing_words_marked(client):
    body = client.post("/v1/verify", json={"quote": FOCUSED}).get_json()
    assert body["verdict"] == "verified"
    assert outlets(body) == ["knoxdemocrats.org", "The Business Standard"]
    in_003, in_004 = body["matches"]
    assert changed_words(in_003) == []
    assert changed_words(in_004) == [("wording", ["focused", "on", "resolving"], ["determined", "to", "resolve"])]
    assert in_004["carries_wording"] is False and in_004["wording"] == "altered"
    # The diff rebuilds both texts exactly.
    assert "".join(op["submitted_text"] for op in in_004["diff"]) == FOCUSED
    assert "".join(op["source_text"] for op in in_004["diff"]) == in_004["span"]


def test_a_changed_wording_is_altered_and_the_diff_says_what_changed(client):
    quote = "The Kiev regime is focused on ending the conflict by force"
    body = client.post("/v1/verify", json={"quote": quote, "speaker": "Peskov"}).get_json()
    assert body["verdict"] == "altered"
    assert body["speaker_check"] == "confirmed"
    assert changed_words(body["matches"][0]) == [("wording", ["ending"], ["resolving"])]


def test_nothing_found_says_why(client):
    short = client.post("/v1/verify", json={"quote": "we need"}).get_json()
    assert (short["verdict"], short["reason"], short["matches"], short["earliest"]) == (
        "not_found", "too_short", [], None,
    )  # fmt: skip
    unknown = client.post(
        "/v1/verify", json={"quote": "The weather in Vladivostok will be sunny and warm all week long"}
    ).get_json()
    assert (unknown["verdict"], unknown["reason"]) == ("not_found", "below_threshold")
    assert unknown["message"]


def test_closest_candidate_is_reported_below_the_threshold(seeded_store):
    strict = create_app({"TESTING": True, "STORE": seeded_store, "MATCH_MIN_SCORE": 99.0}).test_client()
    quote = "The Kiev regime is determined to end the war by force"
    body = strict.post("/v1/verify", json={"quote": quote}).get_json()
    assert (body["verdict"], body["reason"], body["min_score"]) == ("not_found", "below_threshold", 99.0)
    assert body["closest"]["score"] < 99
    assert "regime" in body["closest"]["text"]


def test_limit_caps_the_matches_returned(client):
    body = client.post("/v1/verify", json={"quote": DETERMINED, "limit": 1}).get_json()
    assert (len(body["matches"]), body["match_count"]) == (1, 2)


def test_match_carries_every_documented_field(client):
    match = client.post("/v1/verify", json={"quote": DETERMINED}).get_json()["matches"][0]
    for field in (
        "quote_id", "document_id", "outlet", "url", "title", "published_at", "speaker", "relayed_by",
        "credited_source", "text", "score", "span", "diff",
    ):  # fmt: skip
        assert field in match
    assert match["speaker"] == "Leonid Pasechnik and Denis Pushilin"
    assert match["relayed_by"] == "Dmitry Peskov"
    assert match["credited_source"] == "TASS"
    assert {op["kind"] for op in match["diff"]} == {"same"}


# --- GET /v1/search --------------------------------------------------------------------------------


def test_search_answers_as_verify_does(client):
    posted = client.post("/v1/verify", json={"quote": PUTIN, "speaker": "Peskov", "limit": 3}).get_json()
    got = client.get("/v1/search", query_string={"q": PUTIN, "speaker": "Peskov", "limit": 3})
    assert got.status_code == 200
    assert got.get_json() == posted


def test_search_is_cacheable_open_to_every_origin_and_answers_304(client):
    first = client.get("/v1/search", query_string={"q": DETERMINED}, headers={"Origin": "https://news.example"})
    assert first.headers["Access-Control-Allow-Origin"] == "*"
    assert first.headers["Cache-Control"] == "public, max-age=60"
    etag = first.headers["ETag"]
    again = client.get("/v1/search", query_string={"q": DETERMINED}, headers={"If-None-Match": etag})
    assert (again.status_code, again.data) == (304, b"")
    assert again.headers["ETag"] == etag
    assert again.headers["Access-Control-Allow-Origin"] == "*"
    other = client.get("/v1/search", query_string={"q": FOCUSED}, headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["ETag"] != etag


def test_search_preflight_allows_if_none_match(client):
    response = client.options("/v1/search", headers={"Origin": "https://x.example"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in response.headers["Access-Control-Allow-Headers"]


def test_other_endpoints_are_not_opened_to_other_origins(client):
    response = client.post("/v1/verify", json={"quote": DETERMINED}, headers={"Origin": "https://x.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


# --- POST /v1/drafts/check -------------------------------------------------------------------------

DRAFT = (
    'Russian President Vladimir Putin said: "We expect, and I want to emphasize this, that all disputes will be '
    'resolved during talks." Kremlin spokesman Dmitry Peskov said the appeal argued that "the Kiev regime is '
    'focused on ending the conflict by force." Peskov added: "We expect, and I want to emphasize this, that all '
    'disputes will be resolved during talks between the current Kyiv authorities and the leaders of these '
    'republics." "Our reporters saw no tanks on the road to the airport," the editor wrote.'
)


def test_draft_check_gives_each_quote_a_verdict_and_a_summary(client):
    body = client.post("/v1/drafts/check", json={"text": DRAFT}).get_json()
    assert [q["verdict"] for q in body["quotes"]] == ["verified", "altered", "misattributed", "not_found"]
    assert body["summary"] == {"verified": 1, "altered": 1, "misattributed": 1, "not_found": 1}
    verified, altered, misattributed, missing = body["quotes"]
    assert verified["speaker"] == "Vladimir Putin"
    assert DRAFT[verified["start"] : verified["end"]].startswith("We expect")
    assert verified["best_match"]["outlet"] == "Antiwar.com"
    assert [s["outlet"] for s in verified["sources"]] == ["Antiwar.com"]
    assert changed_words(altered["best_match"]) == [("wording", ["ending"], ["resolving"])]
    assert misattributed["attributed_to"] == ["Vladimir Putin"]
    assert (missing["best_match"], missing["sources"], missing["reason"]) == (None, [], "below_threshold")
    for quote in body["quotes"]:
        assert {"text", "start", "end", "speaker", "verdict", "best_match", "sources"} <= set(quote)


# --- GET /v1/quotes/<id> ---------------------------------------------------------------------------


def test_quote_comes_with_its_cluster_earliest_first(client):
    match = client.post("/v1/verify", json={"quote": DETERMINED}).get_json()["matches"][0]
    body = client.get(f"/v1/quotes/{match['quote_id']}").get_json()
    assert body["quote"]["id"] == match["quote_id"]
    assert body["quote"]["document"]["outlet"] == "The Business Standard"
    cluster = body["cluster"]
    assert cluster["id"] == body["quote"]["cluster_id"]
    dates = [q["document"]["published_at"] for q in cluster["occurrences"]]
    assert dates == sorted(dates)
    assert cluster["quotes"] == len(cluster["occurrences"]) >= 2  # 003's RIA wording joins it
    assert cluster["first_published_at"] == dates[0] == "2022-02-23"
    assert match["quote_id"] in [q["id"] for q in cluster["occurrences"]]


# --- /v1/speakers ----------------------------------------------------------------------------------


def test_speakers_with_counts_most_quoted_first(client):
    body = client.get("/v1/speakers").get_json()
    counts = [s["quotes"] for s in body["items"]]
    assert counts == sorted(counts, reverse=True)
    by_name = {s["name"]: s for s in body["items"]}
    assert by_name["Vladimir Putin"]["documents"] == 1
    assert body["total"] == len(body["items"])
    one = client.get("/v1/speakers?page_size=1&page=2").get_json()
    assert (len(one["items"]), one["pages"]) == (1, body["total"])
    assert one["items"][0] == body["items"][1]


def test_one_speakers_quotes_paginated(client):
    body = client.get("/v1/speakers/Vladimir Putin/quotes").get_json()
    assert body["total"] == 2
    assert {q["speaker"] for q in body["items"]} == {"Vladimir Putin"}
    assert body["items"][0]["document"]["outlet"] == "Antiwar.com"
    page = client.get("/v1/speakers/Vladimir%20Putin/quotes?page_size=1&page=2").get_json()
    assert (page["pages"], page["items"][0]["id"]) == (2, body["items"][1]["id"])


# --- GET /healthz ----------------------------------------------------------------------------------


def test_healthz_reports_the_store(client, seeded_store):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["store"]["ok"] is True and body["store"]["backend"] == seeded_store.backend


def test_healthz_is_503_when_the_store_is_closed(app, seeded_store):
    seeded_store.close()
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "unavailable"


@pytest.mark.parametrize("path", ["/openapi.json", "/docs", "/healthz"])
def test_service_pages_answer(client, path):
    assert client.get(path).status_code == 200
