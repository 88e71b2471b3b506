"""Where PostgreSQL differs from SQLite underneath and the backends must still answer alike (each test runs on
both, through the ``store`` and ``client`` fixtures): NUL characters, which PostgreSQL text cannot hold, and the
order of text, which PostgreSQL takes from the server's locale unless told otherwise.

NULs are replaced by U+FFFD (one character for one) before a document is hashed, extracted and stored, on every
backend, so quote offsets still index the stored text and nothing answers 500.
"""

from __future__ import annotations

from urllib.parse import quote as urlquote

import pytest

from service.storage import new_document
from service.storage.base import NUL_REPLACEMENT, NewQuote, replace_nul

STATEMENT = "The grain corridor will stay open through the whole winter season"
ARTICLE = f'Intro\x00 line.\n\n"{STATEMENT}," Deputy Minister Ivan\x00 Petrov said on Friday.'


def test_replace_nul_keeps_every_offset():
    assert replace_nul("a\x00b\x00") == f"a{NUL_REPLACEMENT}b{NUL_REPLACEMENT}"
    assert len(replace_nul(ARTICLE)) == len(ARTICLE)
    assert replace_nul("plain") == "plain"


def test_a_document_with_nul_characters_is_stored_with_u_fffd_and_found(client):
    body = {"text": ARTICLE, "outlet": "Wire\x00", "title": "Grain\x00", "author": "Desk\x00"}
    created = client.post("/v1/documents", json=body)
    assert created.status_code == 201, created.get_json()
    document = client.get(f"/v1/documents/{created.get_json()['id']}").get_json()
    assert document["text"] == ARTICLE.replace("\x00", NUL_REPLACEMENT)
    assert (document["outlet"], document["title"], document["author"]) == ("Wire\ufffd", "Grain\ufffd", "Desk\ufffd")
    [quote] = document["quotes"]
    assert quote["text"] == STATEMENT
    assert document["text"][quote["start"] : quote["end"]].startswith("The grain corridor")

    again = client.post("/v1/documents", json=body)  # the same document: the same hash after the replacement
    assert (again.status_code, again.get_json()["duplicate"], again.get_json()["id"]) == (
        200,
        True,
        created.get_json()["id"],
    )
    found = client.get("/v1/search", query_string={"q": STATEMENT.replace("winter", "winter\x00")}).get_json()
    assert found["verdict"] == "verified"


@pytest.mark.parametrize(
    "path",
    [
        "/v1/speakers/{nul}/quotes",
        "/v1/documents?outlet={nul}",
        "/v1/outlets/{nul}",
        "/v1/search?q={nul}%20grain%20corridor%20will%20stay%20open",
    ],
)
def test_nul_characters_in_lookups_never_answer_500(client, path):
    response = client.get(path.format(nul=urlquote("Ivan\x00 Petrov")))
    assert response.status_code in {200, 404}, response.get_json()


def test_nul_characters_in_verifications_and_drafts_never_answer_500(client):
    verify = client.post("/v1/verify", json={"quote": STATEMENT + "\x00", "speaker": "Ivan\x00Petrov"})
    assert verify.status_code == 200
    assert client.post("/v1/drafts/check", json={"text": ARTICLE}).status_code == 200
    assert client.post("/v1/extract", json={"text": ARTICLE}).status_code == 200


def test_text_is_ordered_by_code_point_on_every_backend(store):
    """Speakers with equal counts come in code-point order (SQLite's), whatever the PostgreSQL server's locale."""
    names = ["alice", "Bob", "\u00c9mile", "Zo\u00eb", "zed", "bob"]
    quotes = [NewQuote(f"quote of {n}", 0, 5, "full", speaker=n) for n in names]
    store.add_document(new_document("speakers", outlet="A", published_at="2022-01-02"), quotes)
    assert [s.speaker for s in store.list_speakers().items] == sorted(names)
    dated = ["2022-03-01", "2022-03-01T09:00:00+00:00", "2022-02-28T23:59:00+00:00", None]
    ids = [
        store.add_document(new_document(f"d{i}", outlet="B", published_at=d), []).document_id
        for i, d in enumerate(dated)
    ]
    assert [d.id for d in store.list_documents(outlet="B").items] == [ids[1], ids[0], ids[2], ids[3]]
