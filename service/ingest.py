"""Ingestion: extract the quotes of a document and store document, quotes, index keys and clusters.

Which quotes are indexed: kind ``full`` and ``fragment``, not boilerplate. Quotes of kind ``term``
(scare quotes, one or two words) and boilerplate are stored too, because the API lists a document's
quotes and a speaker's quotes, but they get no index keys and always form their own cluster: they are
too short to match reliably and would only add noise to lookups.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from service.matching.index import text_index
from service.matching.normalize import DEFAULT_NORMALIZER, Normalizer
from service.matching.search import cluster_linker
from service.storage.base import NewQuote, Store, StoredQuote, new_document, replace_nul

__all__ = [
    "INDEXED_KINDS",
    "IngestResult",
    "collector_paused",
    "ingest_document",
    "ingest_documents",
    "ingest_seeds",
    "prepare_quotes",
    "quote_keys",
    "reindex",
]

INDEXED_KINDS = frozenset({"full", "fragment"})

# The extractor's call: text -> list of service.extraction.model.Quote (or anything with its fields).
Extractor = Callable[[str], Sequence]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """``duplicate``: the document (same URL or same text) was stored before; nothing was written and
    ``document_id`` is the stored one. ``clustered``: quotes that joined an existing cluster."""

    document_id: int
    duplicate: bool
    quotes: int = 0
    indexed: int = 0
    clustered: int = 0


_pause_lock = threading.Lock()
_pauses = 0
_resume_collector = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a bulk batch is prepared and written.

    A batch holds hundreds of thousands of records (documents, quotes, index keys, rows) that all live
    until it is written, so the collector traverses them again and again as they are promoted through
    its generations: about 10 µs per quote, some 15% of a bulk load's CPU time (``gc.callbacks`` timing
    of a 300,000-quote load). None of these records forms a reference cycle, so collecting after the
    batch loses nothing. Pauses may nest and overlap across threads: the collector comes back when the
    last one ends, and only if it was enabled when the first one began.
    """
    global _pauses, _resume_collector
    with _pause_lock:
        if _pauses == 0:
            _resume_collector = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume_collector:
                gc.enable()


def _extract(text: str, author: str | None, extract: Extractor | None) -> Sequence:
    """The quotes of a document: a given extractor sees the text only; ours also reads the byline (the writer's
    own "I")."""
    if extract is not None:
        return extract(text)
    from service.extraction import extract_quotes  # imported late: the extractor is optional for storage

    return extract_quotes(text, author=author)


def quote_index(
    text: str, kind: str, boilerplate: bool, *, normalizer: Normalizer = DEFAULT_NORMALIZER
) -> tuple[tuple[int, ...], str | None]:
    """Index keys and normalised text of one quote; ``((), None)`` when it is not to be indexed."""
    if kind not in INDEXED_KINDS or boilerplate:
        return (), None
    norm, keys = text_index(text, normalizer=normalizer)
    return (tuple(keys), norm) if keys else ((), None)


def quote_keys(
    text: str, kind: str, boilerplate: bool, *, normalizer: Normalizer = DEFAULT_NORMALIZER
) -> tuple:
    """Index keys of one quote, empty when it is not to be indexed."""
    return quote_index(text, kind, boilerplate, normalizer=normalizer)[0]


def new_quote(quote, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> NewQuote:
    """A ``NewQuote`` (with index keys and normalised text) from one extracted quote."""
    keys, norm = quote_index(quote.text, quote.kind, quote.boilerplate, normalizer=normalizer)
    return NewQuote(
        text=quote.text,
        start=quote.start,
        end=quote.end,
        kind=quote.kind,
        speaker=quote.speaker,
        speaker_mention=quote.speaker_mention,
        cue=quote.cue,
        relayed_by=quote.relayed_by,
        credited_source=quote.credited_source,
        paragraph=quote.paragraph,
        group=quote.group,
        boilerplate=quote.boilerplate,
        keys=keys,
        norm=norm,
    )


def prepare_quotes(quotes: Sequence, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> list[NewQuote]:
    """``NewQuote`` records (with index keys and normalised text) from extracted quotes."""
    return [new_quote(q, normalizer=normalizer) for q in quotes]


def ingest_document(
    store: Store,
    text: str,
    *,
    outlet: str,
    url: str | None = None,
    title: str | None = None,
    author: str | None = None,
    published_at: str | date | datetime | None = None,
    extract: Extractor | None = None,
    normalizer: Normalizer = DEFAULT_NORMALIZER,
    cluster: bool = True,
) -> IngestResult:
    """Extract the quotes of ``text`` and store everything in one transaction (idempotent).

    ``extract`` replaces the extractor (tests, or quotes prepared elsewhere). A known URL or text is
    detected before extraction; a concurrent ingest of the same document is still stored once, by the
    database's UNIQUE constraints. NUL characters in ``text`` become U+FFFD before anything else
    (``storage.base.replace_nul``), so quote offsets index the text as stored, in every backend.
    """
    text = replace_nul(text)
    document = new_document(
        text, outlet=outlet, url=url, title=title, author=author, published_at=published_at
    )
    existing = store.find_document(url=document.url, content_hash=document.content_hash)
    if existing is not None:
        return IngestResult(existing, True)
    quotes = prepare_quotes(_extract(text, author, extract), normalizer=normalizer)
    link = cluster_linker(normalizer=normalizer) if cluster else None
    result = store.add_document(document, quotes, link=link)
    if result.duplicate:
        return IngestResult(result.document_id, True)
    return IngestResult(
        result.document_id, False, len(result.quote_ids), sum(1 for q in quotes if q.keys), result.clustered
    )


def ingest_documents(
    store: Store,
    records: Iterable[Mapping],
    *,
    extract: Extractor | None = None,
    normalizer: Normalizer = DEFAULT_NORMALIZER,
    cluster: bool = True,
) -> list[IngestResult]:
    """Ingest many documents in one transaction (all or none), through the store's bulk path.

    Each record holds ``text`` and the keyword arguments of ``ingest_document`` (``outlet``, ``url``, ...).
    Known documents are skipped before extraction, as ``ingest_document`` does; a document given twice in
    the batch is stored once (the second is reported as a duplicate of the first). One transaction per
    batch instead of one per document saves a commit per document; with ``cluster=False`` the store also
    skips the per-quote cluster lookups and writes the batch with a few statements. The garbage
    collector is paused for the batch (``collector_paused``).
    """
    with collector_paused():  # the batch's records live until it is written
        results: list[IngestResult | None] = []
        items: list[tuple] = []
        slots: list[int] = []
        for record in records:
            fields = dict(record)
            text = replace_nul(fields.pop("text"))
            document = new_document(text, **fields)
            existing = store.find_document(url=document.url, content_hash=document.content_hash)
            if existing is not None:
                results.append(IngestResult(existing, True))
                continue
            quotes = prepare_quotes(_extract(text, fields.get("author"), extract), normalizer=normalizer)
            slots.append(len(results))
            results.append(None)
            items.append((document, quotes))
        link = cluster_linker(normalizer=normalizer) if cluster else None
        added = store.add_documents(items, link=link) if items else []
        for slot, (_, quotes), result in zip(slots, items, added, strict=True):
            if result.duplicate:
                results[slot] = IngestResult(result.document_id, True)
            else:
                indexed = sum(1 for q in quotes if q.keys)
                results[slot] = IngestResult(
                    result.document_id, False, len(result.quote_ids), indexed, result.clustered
                )
        return results  # type: ignore[return-value]


def ingest_seeds(
    store: Store,
    seeds_dir: str | Path,
    *,
    extract: Extractor | None = None,
    normalizer: Normalizer = DEFAULT_NORMALIZER,
) -> dict[str, IngestResult]:
    """Ingest every file listed in ``seeds_dir/manifest.json`` (name -> outlet, title, url, author,
    published_at), in name order; running it again stores nothing new."""
    seeds_dir = Path(seeds_dir)
    manifest = json.loads((seeds_dir / "manifest.json").read_text(encoding="utf-8"))
    results = {}
    for name in sorted(manifest):
        meta = manifest[name]
        results[name] = ingest_document(
            store,
            (seeds_dir / name).read_text(encoding="utf-8"),
            outlet=meta["outlet"],
            url=meta.get("url"),
            title=meta.get("title"),
            author=meta.get("author"),
            published_at=meta.get("published_at"),
            extract=extract,
            normalizer=normalizer,
        )
    return results


def reindex(store: Store, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> int:
    """Recompute every quote's index keys (after changing the equivalence table or the shingling)."""

    def index_for(quote: StoredQuote) -> tuple:
        return quote_index(quote.text, quote.kind, quote.boilerplate, normalizer=normalizer)

    return store.reindex(index_for)
