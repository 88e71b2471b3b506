"""Several writers and readers on one store, each with a store of its own (as separate workers or instances
would be), on every backend: what one writes is seen at once by the others, and writers racing on overlapping
documents store each document once, lose no quote, and put every copy of a statement in one cluster.

Idempotency comes from the database (UNIQUE constraints, ``ON CONFLICT DO NOTHING``); there is no Python lock
the writers could share, since they do not share a store. The same scenarios through gunicorn: see
test_concurrency_gunicorn.py.
"""

from __future__ import annotations

import random
import re
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest

from service.extraction.model import Quote
from service.ingest import ingest_document
from service.matching import find_matches

NOUNS = (
    "harbour lantern granary orchard quarry foundry meadow vineyard tramway glacier observatory lighthouse "
    "reservoir aqueduct brewery monastery sawmill tannery citadel estuary boulevard ferry pavilion colonnade "
    "windmill viaduct greenhouse arsenal bakery archive"
).split()
VERBS = (
    "reopen rebuild inspect relocate restore insure survey modernise dismantle expand audit repaint fence "
    "catalogue reroute replant drain light rewire insulate"
).split()
PLACES = (
    "Norrland Valmora Ostrava Kalmar Tirana Braga Lublin Kaunas Tartu Split Plovdiv Gdansk Bergen Tromso Cluj "
    "Varna Pecs Brno Graz Trieste Turku Oulu Aarhus Malmo Lund Kotor Ohrid Bitola Sibiu Iasi"
).split()
SPEAKERS = ["Anna Kovacs", "Peter Lindqvist", "Maria Horvath", "Jonas Berg", "Elena Petrova", "Tomas Novak"]


def statements(n: int = 30) -> list[tuple[str, str]]:
    """``n`` distinct statements with their speakers; no two share a content-word pair (each names its own
    place and objects), so the linker can only join copies of one statement."""
    rng = random.Random(3)
    nouns = NOUNS[:]
    rng.shuffle(nouns)
    out = []
    for i in range(n):
        first, second = nouns[i % len(nouns)], nouns[(i * 7 + 3) % len(nouns)]
        verb = VERBS[i % len(VERBS)]
        # Every content word of the template stands between two words of this statement alone.
        text = (
            f"The {first} council of {PLACES[i]} will {verb} the {second} near {PLACES[i]} before "
            f"{PLACES[i]} celebrates its {i + 12} harvest"
        )
        out.append((text, SPEAKERS[i % len(SPEAKERS)]))
    return out


@dataclass(frozen=True)
class Article:
    text: str
    url: str | None
    outlet: str
    quotes: tuple[tuple[str, str], ...]  # (statement, speaker), in document order

    def variant(self, k: int) -> str:
        """The same document as another client might send it: spacing differs, the content hash does not."""
        return self.text if k % 2 == 0 else self.text.replace(" ", "  ").replace("\n\n", "\n \n") + "\n"


def overlapping_articles(n: int = 20, per_article: int = 4) -> list[Article]:
    """``n`` articles of ``per_article`` statements each out of 30: most statements are in several articles."""
    pool = statements()
    articles = []
    for i in range(n):
        picked = []
        for j in (i, i + 1, i + 5, i * 7):
            if pool[j % len(pool)] not in picked:
                picked.append(pool[j % len(pool)])
        picked = picked[:per_article]
        paragraphs = [f"Report {i} from the regional desk, filed on day {i + 1}."]
        paragraphs += [f'"{text}," {speaker} said.' for text, speaker in picked]
        # Half of the articles carry a URL: those are told apart by URL and text, the others by text alone.
        url = f"https://news.example/report-{i}" if i % 2 == 0 else None
        articles.append(Article("\n\n".join(paragraphs), url, f"Outlet {i % 3}", tuple(picked)))
    return articles


def extract(text: str) -> list[Quote]:
    """A stand-in for the extractor (fast and exact): every ``"statement," Speaker said.`` of the article, its
    text with white space folded and its offsets into ``text`` as given, as the extractor reports them."""
    found = []
    for statement, speaker in statements():
        match = re.search('"(' + r"\s+".join(map(re.escape, statement.split())) + "),", text)
        if match:
            found.append(Quote(statement, match.start(1), match.end(1), "full", speaker=speaker))
    found.sort(key=lambda q: q.start)
    return found


def test_what_one_store_writes_another_finds_at_once(store_factory):
    reader, writer = store_factory(), store_factory()
    [article] = overlapping_articles(1)
    statement = article.quotes[0][0]
    assert not find_matches(reader, statement).matches  # the reader has looked before: nothing to go stale
    result = ingest_document(writer, article.text, outlet=article.outlet, url=article.url, extract=extract)
    found = find_matches(reader, statement)
    assert [m.quote.document_id for m in found.matches] == [result.document_id]
    assert reader.list_documents().total == 1 and reader.get_document(result.document_id).text == article.text


@pytest.mark.parametrize("cluster", [True, False], ids=["linked", "unlinked"])
def test_eight_writers_racing_on_overlapping_documents_store_each_once_with_every_quote(store_factory, cluster):
    articles = overlapping_articles()
    writers = [store_factory() for _ in range(8)]
    barrier = threading.Barrier(len(writers))

    def run(k: int) -> list[tuple[int, int, bool]]:
        order = list(range(len(articles)))
        random.Random(k).shuffle(order)
        barrier.wait()  # all writers start together, each on the articles in its own order
        done = []
        for i in order:
            a = articles[i]
            result = ingest_document(
                writers[k], a.variant(k), outlet=a.outlet, url=a.url, extract=extract, cluster=cluster
            )
            done.append((i, result.document_id, result.duplicate))
        return done

    with ThreadPoolExecutor(len(writers)) as pool:
        outcomes = [item for done in pool.map(run, range(len(writers))) for item in done]

    store = writers[0]
    assert sum(not duplicate for _, _, duplicate in outcomes) == len(articles)  # one writer stored each article
    ids = defaultdict(set)
    for i, document_id, _ in outcomes:
        ids[i].add(document_id)
    assert all(len(found) == 1 for found in ids.values())  # every writer was told the same id
    assert len({next(iter(found)) for found in ids.values()}) == len(articles)
    stats = store.stats()
    assert stats["documents"] == len(articles)
    assert stats["quotes"] == sum(len(a.quotes) for a in articles)

    clusters = defaultdict(set)
    documents_with = defaultdict(set)
    for i, article in enumerate(articles):
        record = store.get_document(next(iter(ids[i])))
        assert [(q.text, q.speaker) for q in record.quotes] == list(article.quotes)
        assert all(" ".join(record.text[q.start : q.end].split()) == q.text for q in record.quotes)
        for q in record.quotes:
            clusters[q.text].add(q.cluster_id)
            documents_with[q.text].add(record.id)
    if cluster:
        # Linking writers are serialised by the database, so no two copies of a statement started apart.
        assert all(len(found) == 1 for found in clusters.values()), clusters
        summaries = store.cluster_summaries([next(iter(c)) for c in clusters.values()])
        for text, found in clusters.items():
            assert summaries[next(iter(found))].n_documents == len(documents_with[text])
    else:
        assert stats["clusters"] == stats["quotes"]
