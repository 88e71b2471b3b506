"""The Store interface: every backend must pass these (see tests/conftest.py)."""

from __future__ import annotations

import dataclasses
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from service.storage import DEFAULT_URL, InvalidURL, ItemNotFound, NewQuote, new_document, open_store
from service.storage.base import canonical_url, content_hash, iso_date, split_canonical_url


def quote(text: str, *, speaker: str | None = "Alice", kind: str = "full", keys=(1, 2), **extra) -> NewQuote:
    return NewQuote(text, 0, len(text), kind, speaker=speaker, keys=tuple(keys), **extra)


def doc(text: str, *, outlet: str = "Daily", url: str | None = None, published_at: str | None = None):
    return new_document(text, outlet=outlet, url=url, published_at=published_at, title="T", author="A")


# --- opening ---------------------------------------------------------------------------------------


def test_open_store_by_url_and_environment(tmp_path, monkeypatch):
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        assert store.backend == "sqlite"
        assert store.health().ok
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'b.db'}")
    with open_store() as store:
        assert store.health().schema_version >= 1
    assert (tmp_path / "b.db").exists()
    assert DEFAULT_URL.startswith("sqlite:///instance/")


@pytest.mark.parametrize(
    "url", ["mysql://x/y", "sqlite://host/x.db", "nonsense", "sqlite:///x.db?cache_mb=lots"]
)
def test_bad_urls_are_refused(url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidURL):
        open_store(url)


def test_memory_store_is_shared_between_threads():
    with open_store("sqlite://") as store:
        result = store.add_document(doc("in memory"), [quote("one two three four")])
        seen = []
        thread = threading.Thread(target=lambda: seen.append(store.get_document(result.document_id).text))
        thread.start()
        thread.join()
        assert seen == ["in memory"]


def test_schema_is_versioned_and_reopening_keeps_data(store_factory):
    first = store_factory()
    result = first.add_document(doc("text"), [quote("a quote here")])
    second = store_factory()  # a second process opening the same database
    assert second.health().schema_version == first.health().schema_version
    assert second.get_document(result.document_id).quotes[0].text == "a quote here"


def test_sqlite_file_is_in_wal_mode(store):
    if store.backend != "sqlite":
        pytest.skip("SQLite only")
    assert store._con().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# --- documents -------------------------------------------------------------------------------------


def test_add_and_get_document_with_quotes(store):
    result = store.add_document(
        doc("Body text", url="https://Example.com/a#top", published_at="2022-02-24"),
        [
            quote("first quote words", speaker="Bob", cue="said", paragraph=2, group=1),
            quote("term", kind="term", keys=()),
        ],
    )
    assert not result.duplicate and len(result.quote_ids) == 2
    record = store.get_document(result.document_id)
    assert (record.text, record.outlet, record.url, record.published_at) == (
        "Body text",
        "Daily",
        "https://example.com/a",
        "2022-02-24",
    )
    assert record.content_hash == content_hash("Body text")
    first, second = record.quotes
    assert (first.text, first.speaker, first.cue, first.paragraph, first.group, first.indexed) == (
        "first quote words",
        "Bob",
        "said",
        2,
        1,
        True,
    )
    assert (second.kind, second.indexed, second.cluster_id) == ("term", False, second.id)
    assert first.cluster_id == first.id


def test_same_url_or_same_text_is_stored_once(store):
    first = store.add_document(doc("Original text", url="https://x.org/a"), [quote("q one two")])
    by_url = store.add_document(doc("Edited text", url="https://X.org/a"), [quote("q three four")])
    by_text = store.add_document(doc("Original   text\n", url="https://x.org/b"), [])
    assert by_url.duplicate and by_url.document_id == first.document_id
    assert by_text.duplicate and by_text.document_id == first.document_id
    assert store.stats()["documents"] == 1 and store.stats()["quotes"] == 1
    assert store.find_document(url="https://x.org/a") == first.document_id
    assert store.find_document(content_hash=content_hash("Original text")) == first.document_id
    assert store.find_document(url="https://x.org/zzz") is None


def test_documents_without_url_are_told_apart_by_text(store):
    a = store.add_document(doc("one"), [])
    b = store.add_document(doc("two"), [])
    assert a.document_id != b.document_id and not b.duplicate


def test_concurrent_ingest_of_one_document_stores_it_once(store_factory):
    stores = [store_factory() for _ in range(4)]
    barrier = threading.Barrier(4)

    def add(s):
        barrier.wait()
        return s.add_document(doc("same article", url="https://x.org/same"), [quote("a b c d")])

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(add, stores))
    assert sum(not r.duplicate for r in results) == 1
    assert len({r.document_id for r in results}) == 1
    assert stores[0].stats()["quotes"] == 1


def test_a_failing_write_leaves_nothing_behind(store):
    def broken_linker(reader, new_quote):
        if new_quote.text == "second":
            raise RuntimeError("boom")
        return None

    with pytest.raises(RuntimeError):
        store.add_document(doc("doc"), [quote("first"), quote("second")], link=broken_linker)
    assert store.stats() == {
        "documents": 0,
        "quotes": 0,
        "indexed_quotes": 0,
        "index_entries": 0,
        "clusters": 0,
    }


def test_list_documents_newest_first_paginated_and_by_outlet(store):
    dates = ["2022-01-01", None, "2022-03-01", "2022-02-01", "2022-03-01"]
    ids = [
        store.add_document(doc(f"text {i}", outlet="A" if i % 2 else "B", published_at=d), []).document_id
        for i, d in enumerate(dates)
    ]
    page = store.list_documents(limit=3)
    assert page.total == 5 and [d.id for d in page.items] == [ids[4], ids[2], ids[3]]
    rest = store.list_documents(limit=3, offset=3)
    assert [d.id for d in rest.items] == [ids[0], ids[1]]  # undated last
    by_outlet = store.list_documents(outlet="A")
    assert by_outlet.total == 2 and {d.outlet for d in by_outlet.items} == {"A"}
    with pytest.raises(ValueError):
        store.list_documents(limit=0)


def test_unknown_ids_raise_item_not_found(store):
    for call in (store.get_document, store.get_quote, store.get_cluster):
        with pytest.raises(ItemNotFound):
            call(12345)
    assert store.get_quotes([12345]) == {}


# --- quotes, clusters, speakers ----------------------------------------------------------------------


def test_get_quote_carries_document_metadata(store):
    result = store.add_document(doc("d", url="https://x.org/q", published_at="2022-02-23"), [quote("a b c")])
    stored = store.get_quote(result.quote_ids[0])
    assert stored.document.url == "https://x.org/q" and stored.document.published_at == "2022-02-23"


def test_clusters_via_linker_earliest_first(store):
    first = store.add_document(doc("late", outlet="Late", published_at="2022-03-01"), [quote("statement x")])
    target = first.quote_ids[0]
    second = store.add_document(
        doc("early", outlet="Early", published_at="2022-01-01"),
        [quote("statement x again")],
        link=lambda reader, q: target,
    )
    assert second.clustered == 1
    third = store.add_document(
        doc("undated", outlet="Late"), [quote("statement x once more")], link=lambda r, q: target
    )
    cluster = store.get_cluster(store.get_quote(second.quote_ids[0]).cluster_id)
    assert cluster.id == target
    assert [q.document.outlet for q in cluster.quotes] == ["Early", "Late", "Late"]
    assert cluster.quotes[-1].id == third.quote_ids[0]
    summary = cluster.summary
    assert (summary.n_quotes, summary.n_documents, summary.n_outlets) == (3, 3, 2)
    assert (summary.first_published_at, summary.first_outlet) == ("2022-01-01", "Early")
    assert store.cluster_summaries([target, target]) == {target: summary}


def test_linker_sees_quotes_written_earlier_in_the_same_document(store):
    seen = []

    def link(reader, new_quote):
        seen.append(reader.quote_texts([1]))
        return 1 if new_quote.text == "second" else None

    result = store.add_document(doc("d"), [quote("first"), quote("second")], link=link)
    assert seen[1] == {1: "first"}
    assert store.get_quote(result.quote_ids[1]).cluster_id == result.quote_ids[0]


def test_speakers_with_counts_and_their_quotes(store):
    store.add_document(
        doc("one", published_at="2022-01-01"), [quote("a", speaker="Bob"), quote("b", speaker="Ann")]
    )
    store.add_document(
        doc("two", published_at="2022-02-01"),
        [quote("c", speaker="Bob"), quote("d", speaker=None), quote("e", speaker="Bob", boilerplate=True)],
    )
    speakers = store.list_speakers()
    assert speakers.total == 2
    assert [(s.speaker, s.quotes, s.documents) for s in speakers.items] == [("Bob", 2, 2), ("Ann", 1, 1)]
    assert [s.speaker for s in store.list_speakers(limit=1, offset=1).items] == ["Ann"]
    bob = store.speaker_quotes("Bob")
    assert bob.total == 2 and [q.text for q in bob.items] == ["c", "a"]
    assert bob.items[0].document is not None
    assert [q.text for q in store.speaker_quotes("Bob", limit=1, offset=1).items] == ["a"]


# --- the index reads -------------------------------------------------------------------------------


def test_key_frequencies_are_capped_and_ranking_sums_weights(store):
    store.add_document(
        doc("d1"), [quote("q1", keys=(10, 20)), quote("q2", keys=(10,)), quote("q3", keys=(10, 30))]
    )
    assert store.key_frequencies([10, 20, 99], cap=2) == {10: 2, 20: 1, 99: 0}
    assert store.key_frequencies([10], cap=100) == {10: 3}
    ranked = store.rank_quotes({10: 1.0, 20: 2.0, 30: 0.5}, limit=2)
    assert ranked == [(1, 3.0), (3, 1.5)]
    assert store.quote_texts([1, 3, 77]) == {1: "q1", 3: "q3"}
    assert store.normalized_texts([1, 3, 77]) == {}  # stored without normalised text
    assert store.key_frequencies([], cap=5) == {} and store.rank_quotes({}, limit=5) == []


def test_normalized_text_is_kept_for_indexed_quotes_only(store):
    store.add_document(
        doc("d"), [quote("Indexed!", norm="indexed"), quote("not", keys=(), norm="ignored"), quote("none")]
    )
    assert store.normalized_texts([1, 2, 3]) == {1: "indexed"}


def test_bulk_add_documents_is_one_batch(store):
    items = [(doc(f"doc {i}"), [quote(f"quote {i}", keys=(i, 100))]) for i in range(5)]
    items.append((doc("doc 0"), [quote("dup", keys=(7,))]))
    results = store.add_documents(items)
    assert [r.duplicate for r in results] == [False] * 5 + [True]
    assert store.key_frequencies([100], cap=50) == {100: 5}
    assert store.stats()["index_entries"] == 10


def _bulk_items(n: int, prefix: str = "doc"):
    """n documents of two indexed quotes each, with real keys and normalised text (as the ingest makes them)."""
    from service.ingest import quote_index

    items = []
    for i in range(n):
        texts = [f"{prefix} {i}: the minister promised reforms of pension system number {i} before winter",
                 f"Kiev will defend the eastern regions of the country whatever happens, said speaker {prefix} {i}"]
        text = f"{prefix} text {i}: “{texts[0]}” and “{texts[1]}”"
        quotes = []
        for t in texts:
            keys, norm = quote_index(t, "full", False)
            quotes.append(NewQuote(t, text.index(t), text.index(t) + len(t), "full", "Alice", keys=keys, norm=norm))
        items.append((doc(text, url=f"https://bulk.example/{prefix}/{i}"), quotes))
    return items


def test_bulk_load_is_idempotent_within_and_across_batches(store):
    items = _bulk_items(30)
    # the same document twice in one batch (same URL), and once more by its text under another URL
    items.append(items[3])
    items.append((doc(items[5][0].text, url="https://elsewhere.example/5"), items[5][1]))
    first = store.add_documents(items)
    assert [r.duplicate for r in first] == [False] * 30 + [True, True]
    assert first[30].document_id == first[3].document_id and first[31].document_id == first[5].document_id
    assert all(len(r.quote_ids) == 2 for r in first[:30])
    stats = store.stats()
    assert (stats["documents"], stats["quotes"], stats["indexed_quotes"]) == (30, 60, 60)
    again = store.add_documents(_bulk_items(30) + _bulk_items(2, prefix="new"))
    assert [r.duplicate for r in again] == [True] * 30 + [False, False]
    assert [r.document_id for r in again[:30]] == [r.document_id for r in first[:30]]
    stats = store.stats()
    assert (stats["documents"], stats["quotes"]) == (32, 64)
    assert store.check_consistency().ok


def test_bulk_load_that_fails_midway_leaves_no_half_document(store, monkeypatch):
    store.add_documents(_bulk_items(3, prefix="before"))
    before = store.stats()
    items = _bulk_items(10)
    # A quote text that no backend can bind: the batch fails after its first documents went in.
    class Unbindable:
        pass

    bad = dataclasses.replace(items[6][1][0], text=Unbindable())
    items[6] = (items[6][0], [bad, items[6][1][1]])
    with pytest.raises(Exception):  # noqa: B017 - the backend's own error type
        store.add_documents(items)
    assert store.stats() == before
    assert store.find_document(url="https://bulk.example/doc/0") is None
    assert store.check_consistency().ok
    assert not any(r.duplicate for r in store.add_documents(_bulk_items(10)))  # the retry stores all of them


def test_bulk_loaded_quotes_are_found_by_lookups(store):
    from service.matching.search import find_matches

    results = store.add_documents(_bulk_items(50))
    spelled = "Kyiv will defend the eastern regions of the country whatever happens, said speaker doc 17"
    found = find_matches(store, spelled)  # the stored quote says "Kiev": an equivalent spelling
    assert found.matches and found.matches[0].quote.id == results[17].quote_ids[1]
    assert found.matches[0].score == 100
    found = find_matches(store, "the minister promised reforms of the pension system number 42 before the winter")
    assert found.matches[0].quote.id == results[42].quote_ids[0]
    page = store.speaker_quotes("Alice", limit=5)
    assert page.total == 100
    assert store.check_consistency().ok


def test_reindex_replaces_every_key(store):
    store.add_document(doc("d"), [quote("alpha", keys=(1,)), quote("beta", keys=(2,))])
    count = store.reindex(lambda q: ((5,), "alpha!") if q.text == "alpha" else ((), None))
    assert count == 1
    assert store.key_frequencies([1, 2, 5], cap=10) == {1: 0, 2: 0, 5: 1}
    assert [q.indexed for q in store.iter_quotes()] == [True, False]
    assert store.normalized_texts([1, 2]) == {1: "alpha!"}


def test_health_reports_a_closed_store(store_factory):
    store = store_factory()
    store.close()
    health = store.health()
    assert not health.ok and health.detail


# --- helpers -----------------------------------------------------------------------------------------


def test_helpers():
    assert canonical_url(" HTTPS://Example.COM:443/Path?q=1#frag ") == "https://example.com/Path?q=1"
    assert canonical_url("") is None
    assert iso_date("2022-02-24") == "2022-02-24"
    assert iso_date("2022-02-24T10:00:00+00:00") == "2022-02-24T10:00:00+00:00"
    with pytest.raises(ValueError):
        iso_date("24/02/2022")
    with pytest.raises(ValueError):
        new_document("x", outlet=" ")
    assert content_hash("a  b\n") == content_hash("a b")


def test_bulk_postings_json_is_the_sorted_packed_postings():
    import json
    import random

    from service.storage.sqlite import _sorted_postings_json

    rng = random.Random(5)
    quotes = [
        (qid, tuple(rng.randrange(-(2**31), 2**31) for _ in range(rng.randrange(0, 20))))
        for qid in range(1, 2000)
    ]
    quotes.append((2000, (-(2**31), 2**31 - 1, 0, -1)))  # the edges of the key range and of the buckets
    packed = sorted((k << 32) | qid for qid, keys in quotes for k in keys)
    assert json.loads(_sorted_postings_json(quotes)) == packed
    assert _sorted_postings_json([]) == "[]"
    assert _sorted_postings_json([(1, ())]) == "[]"


@pytest.mark.parametrize(
    "text",
    ["", " ", "a b", " a b ", "a  b", "a\tb", "a\u00a0b", "a\u2028b", "a\u3000 b", "caf\u0065\u0301 x",
     "He said: \u201cyes\u201d ", "\x1fa", "line\nbreak", "a\u200bb", "\u2003lead"],
)
def test_content_hash_equals_folding_by_split_and_join(text):
    import hashlib
    import unicodedata

    folded = " ".join(unicodedata.normalize("NFC", text).split())
    assert content_hash(text) == hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _urlsplit_canonical_url(url):
    """canonical_url by its urlsplit definition only, without the fast path."""
    url = url.strip()
    return split_canonical_url(url) if url else None


@pytest.mark.parametrize(
    "url",
    ["https://example.org/1", "http://a.b/x?y=1", "http://a.b/x?", "http://a.b/x#f", "http://a.b//x",
     "https://example.org", "https://Example.org/A", "http://a.b:80/x", "https://a.b/%20?", "http://a.b/ x",
     "https://a.b/\x7f", "https://a.b/\u00e9", "ftp://a.b/x", "https:///x", "https://u@a.b/x", "https://[::1]/x"],
)
def test_canonical_url_fast_path_equals_urlsplit(url):
    assert canonical_url(url) == _urlsplit_canonical_url(url)


def test_canonical_url_fast_path_equals_urlsplit_property():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    chars = st.sampled_from(list("abcXY09.-/:?#@%[] \t\x7f\u00e9~!"))
    urls = st.tuples(st.sampled_from(["http://", "https://", "HTTP://", "x://", ""]), st.lists(chars, max_size=20))

    def outcome(f, url):
        try:
            return f(url)
        except ValueError as exc:  # both raise for a malformed IPv6 host
            return type(exc)

    @settings(max_examples=500, deadline=None)
    @given(urls.map(lambda t: t[0] + "".join(t[1])))
    def check(url):
        assert outcome(canonical_url, url) == outcome(_urlsplit_canonical_url, url)

    check()
