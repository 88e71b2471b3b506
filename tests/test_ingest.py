"""Ingestion: extraction -> document, quotes, index keys and clusters in one write; seeds; re-indexing."""

from __future__ import annotations

import gc
import json
import shutil
import threading
from pathlib import Path

import pytest

from service.extraction.model import Quote
from service.ingest import collector_paused, ingest_document, ingest_documents, ingest_seeds, reindex
from service.matching.normalize import DEFAULT_TABLE, Normalizer
from service.matching.search import find_matches

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STATEMENT = "The talks will resume next week in Geneva with both delegations present"


def fake_extractor(*quotes: tuple[str, str]):
    """An extractor returning the given (text, kind) quotes wherever they stand in the article."""
    calls = []

    def extract(text: str) -> list[Quote]:
        calls.append(text)
        found = []
        for quote_text, kind in quotes:
            start = text.index(quote_text)
            found.append(
                Quote(
                    quote_text,
                    start,
                    start + len(quote_text),
                    kind,
                    speaker="Ann",
                    boilerplate=kind == "boiler",
                )
            )
        return found

    extract.calls = calls
    return extract


def article(quote: str, extra: str = "") -> str:
    return f'Ann said: "{quote}" {extra}'


def test_ingest_stores_document_quotes_and_index(store):
    extract = fake_extractor((STATEMENT, "full"), ("resume", "term"), ("both delegations present", "boiler"))
    result = ingest_document(
        store,
        article(STATEMENT),
        outlet="Wire",
        url="https://wire.example/1",
        published_at="2024-05-01",
        extract=extract,
    )
    assert (result.duplicate, result.quotes, result.indexed, result.clustered) == (False, 3, 1, 0)
    record = store.get_document(result.document_id)
    assert [(q.kind, q.indexed) for q in record.quotes] == [
        ("full", True),
        ("term", False),
        ("boiler", False),
    ]
    assert record.quotes[0].start == record.text.index(STATEMENT)
    assert find_matches(store, STATEMENT).matches[0].quote.id == record.quotes[0].id


def test_ingest_gives_the_extractor_the_documents_byline(store):
    memoir = "I was nervous that morning, and my lawyer knew it.\n\n“Your Honor,” I said, “I am sorry for it.”"
    one = ingest_document(store, memoir, outlet="Breitbart", author="Dinesh D'Souza")
    batch = [{"text": memoir.replace("nervous", "anxious"), "outlet": "Copy", "author": "Dinesh D'Souza"}]
    (many,) = ingest_documents(store, batch)
    assert not one.duplicate and not many.duplicate
    for result in (one, many):
        quotes = store.get_document(result.document_id).quotes
        assert {q.speaker for q in quotes} == {"Dinesh D'Souza"}


def test_ingest_is_idempotent_and_skips_extraction_for_known_documents(store):
    extract = fake_extractor((STATEMENT, "full"))
    first = ingest_document(
        store, article(STATEMENT), outlet="Wire", url="https://wire.example/1", extract=extract
    )
    again = ingest_document(
        store, article(STATEMENT), outlet="Wire", url="https://wire.example/1", extract=extract
    )
    same_text = ingest_document(store, article(STATEMENT), outlet="Other", extract=extract)
    assert again.duplicate and same_text.duplicate
    assert again.document_id == same_text.document_id == first.document_id
    assert len(extract.calls) == 1
    assert store.stats()["quotes"] == 1


def test_copies_and_variants_join_one_cluster(store):
    variant = STATEMENT.replace("next week", "on Monday")
    for i, (quote, date) in enumerate(
        [(STATEMENT, "2024-05-02"), (variant, "2024-05-01"), (STATEMENT, None)]
    ):
        result = ingest_document(
            store,
            article(quote, f"({i})"),
            outlet=f"Outlet {i % 2}",
            published_at=date,
            extract=fake_extractor((quote, "full")),
        )
        assert result.clustered == (1 if i else 0)
    unrelated = "Prices of grain rose sharply after the harvest failed in the south"
    ingest_document(store, article(unrelated), outlet="Farm", extract=fake_extractor((unrelated, "full")))
    match = find_matches(store, STATEMENT).matches[0]
    cluster = store.get_cluster(match.quote.cluster_id)
    assert cluster.summary.n_quotes == 3 and cluster.summary.n_outlets == 2
    assert cluster.quotes[0].text == variant and cluster.summary.first_published_at == "2024-05-01"
    assert match.cluster == cluster.summary


@pytest.mark.parametrize("cluster", [True, False])
def test_ingest_documents_writes_a_batch_once(store, cluster):
    variant = STATEMENT.replace("next week", "on Monday")

    def record(quote: str, n: int) -> dict:
        return {"text": article(quote, f"({n})"), "outlet": f"Outlet {n}", "url": f"https://wire.example/{n}"}

    def extract(text: str) -> list[Quote]:  # the statement or its variant, whichever the article holds
        quote = STATEMENT if STATEMENT in text else variant
        return fake_extractor((quote, "full"))(text)

    batch = [record(STATEMENT, 1), record(variant, 2), record(STATEMENT, 1), record(STATEMENT, 3)]
    results = ingest_documents(store, batch, extract=extract, cluster=cluster)
    assert [r.duplicate for r in results] == [False, False, True, False]
    assert results[2].document_id == results[0].document_id
    assert [(r.quotes, r.indexed) for r in results if not r.duplicate] == [(1, 1)] * 3
    # the variant and the copy join the first quote's cluster when clustering, else each is its own
    assert [r.clustered for r in results] == ([0, 1, 0, 1] if cluster else [0, 0, 0, 0])
    assert store.stats()["clusters"] == (1 if cluster else 3)
    assert find_matches(store, STATEMENT).matches[0].quote.document_id == results[0].document_id
    again = ingest_documents(store, batch, extract=extract, cluster=cluster)
    assert all(r.duplicate for r in again) and store.stats()["documents"] == 3
    assert store.check_consistency().ok


def test_ingest_documents_pauses_the_collector_for_its_batch(store):
    seen = []

    def extract(text: str) -> list[Quote]:
        seen.append(gc.isenabled())
        return fake_extractor((STATEMENT, "full"))(text)

    assert gc.isenabled()
    ingest_documents(store, [{"text": article(STATEMENT), "outlet": "Wire"}], extract=extract)
    assert seen == [False] and gc.isenabled()

    def failing(text: str) -> list[Quote]:
        raise RuntimeError("extractor failed")

    with pytest.raises(RuntimeError):
        ingest_documents(store, [{"text": article(STATEMENT, "(2)"), "outlet": "Wire"}], extract=failing)
    assert gc.isenabled()


def test_collector_pauses_nest_and_overlap_across_threads():
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()

    # A pause in another thread that ends first must not bring the collector back under ours, and
    # ours, ending last, must bring it back.
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            entered.set()
            release.wait(5)

    with collector_paused():
        thread = threading.Thread(target=other)
        thread.start()
        assert entered.wait(5)
        release.set()
        thread.join(5)
        assert not gc.isenabled()
    assert gc.isenabled()

    # A collector that was off stays off.
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def seeds_extractor(text: str) -> list[Quote]:
    """Every sentence of 6+ words between curly or straight double quotes, as a full quote."""
    import re

    quotes = []
    for m in re.finditer(r"[“\"]([^”\"]{30,}?)[”\"]", text):
        quotes.append(Quote(m.group(1), m.start(1), m.end(1), "full"))
    return quotes


def test_ingest_seeds_reads_the_manifest_once(store):
    results = ingest_seeds(store, SEEDS, extract=seeds_extractor)
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    assert set(results) == set(manifest) and not any(r.duplicate for r in results.values())
    for name, result in results.items():
        record = store.get_document(result.document_id)
        assert (record.outlet, record.url, record.published_at) == (
            manifest[name]["outlet"],
            manifest[name]["url"],
            manifest[name]["published_at"],
        )
    again = ingest_seeds(store, SEEDS, extract=seeds_extractor)
    assert all(r.duplicate for r in again.values())
    assert store.stats()["documents"] == len(manifest)
    heads = "The heads of those republics on behalf of themselves and their peoples express their gratitude"
    result = find_matches(store, heads)
    assert {m.quote.document.outlet for m in result.matches} == {"Antiwar.com", "The Business Standard"}


def test_ingest_seeds_with_the_real_extractor_is_idempotent(store, tmp_path):
    pytest.importorskip("service.extraction")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    first = ingest_seeds(store, seeds)
    assert sum(r.quotes for r in first.values()) > 0
    assert all(r.duplicate for r in ingest_seeds(store, seeds).values())


def test_reindex_after_extending_the_table(store):
    quote = "The mayor of Zhdanov said the port would reopen within days"
    ingest_document(store, article(quote), outlet="Wire", extract=fake_extractor((quote, "full")))
    query = "The mayor of Mariupol said the port would reopen within days"
    assert find_matches(store, query).matches[0].score < 100
    normalizer = Normalizer(DEFAULT_TABLE.extended([("mariupol", "zhdanov")]))
    assert reindex(store, normalizer=normalizer) == 1
    best = find_matches(store, query, normalizer=normalizer).matches[0]
    assert best.score == 100.0 and best.wording == "equivalent"
