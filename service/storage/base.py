"""The storage interface, its record types and exceptions; no backend code here.

Every backend (``sqlite.py``, ``postgres.py``) implements ``Store`` and must pass the same tests
(``tests/test_storage*.py``). Rules every backend keeps, because several processes share one store:

* one document, its quotes, their index keys and cluster assignments are written in ONE transaction;
* "the same document twice is stored once" is enforced by UNIQUE constraints on ``document.url`` and
  ``document.content_hash`` in the database, never by a Python lock or a cache;
* no cached data in the process: every read goes to the database;
* the schema is created and upgraded by a versioned migration list applied when the store is opened
  (table ``schema_version``), under the database's write lock so two processes opening at once are safe.

Records are frozen dataclasses of plain values; dates are ISO-8601 strings (``"2022-02-24"`` or a full
timestamp), so they serialise to JSON unchanged.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Generic, Protocol, TypeVar
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "DOCUMENT_COLUMNS",
    "QUOTE_COLUMNS",
    "QUOTE_INSERT_COLUMNS",
    "AddResult",
    "Cluster",
    "ClusterSummary",
    "ConsistencyIssue",
    "ConsistencyReport",
    "DocumentRecord",
    "DocumentRef",
    "Health",
    "IndexReader",
    "InvalidURL",
    "ItemNotFound",
    "Linker",
    "NewDocument",
    "NewQuote",
    "Page",
    "SchemaError",
    "SpeakerCount",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "StoredQuote",
    "canonical_url",
    "check_page",
    "cluster_of",
    "content_hash",
    "iso_date",
    "new_document",
    "quote_from_row",
    "replace_nul",
    "split_canonical_url",
]

T = TypeVar("T")


# --- exceptions ------------------------------------------------------------------------------------


class StoreError(Exception):
    """Base class of storage errors."""


class ItemNotFound(StoreError, LookupError):
    """No document / quote / cluster with that id."""

    def __init__(self, kind: str, item_id: object) -> None:
        super().__init__(f"{kind} {item_id} not found")
        self.kind = kind
        self.item_id = item_id


class InvalidURL(StoreError, ValueError):
    """The database URL names no known backend or is malformed."""


class SchemaError(StoreError):
    """The database schema is newer than this code knows, or a migration failed."""


class StoreUnavailable(StoreError):
    """The database cannot answer now (server down, connection lost, database locked, no free connection):
    worth retrying later, unlike a bug; the API answers 503."""


# --- input records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document to store; build it with ``new_document`` so hash and URL are canonical."""

    text: str
    outlet: str
    content_hash: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: str | None = None

    def row(self, ingested_at: str) -> tuple:
        """The values of its ``document`` table row after the id, in the order both backends' inserts use."""
        return (
            self.content_hash,
            self.url,
            self.outlet,
            self.title,
            self.author,
            self.published_at,
            self.text,
            ingested_at,
        )


@dataclass(frozen=True, slots=True)
class NewQuote:
    """A quote to store: the extraction fields plus its index keys (empty: stored but not indexed) and its
    normalised text (``norm``, words joined by spaces; kept so that rescoring candidates needs no
    normalisation)."""

    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    relayed_by: str | None = None
    credited_source: str | None = None
    paragraph: int = 0
    group: int = 0
    boilerplate: bool = False
    keys: tuple[int, ...] = ()
    norm: str | None = None

    def row(self, quote_id: int, document_id: int, position: int, cluster_id: int) -> tuple:
        """The values of its ``quote`` table row, in the column order both backends' inserts use."""
        indexed = bool(self.keys)
        return (
            quote_id,
            document_id,
            position,
            self.text,
            self.start,
            self.end,
            self.kind,
            self.speaker,
            self.speaker_mention,
            self.cue,
            self.relayed_by,
            self.credited_source,
            self.paragraph,
            self.group,
            bool(self.boilerplate),
            indexed,
            cluster_id,
            self.norm if indexed else None,
        )


# --- output records --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """Document metadata without the text: what a list or a quote occurrence shows."""

    id: int
    outlet: str
    url: str | None
    title: str | None
    author: str | None
    published_at: str | None
    content_hash: str
    ingested_at: str


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A stored quote. ``document`` is filled by reads that return quotes of several documents."""

    id: int
    document_id: int
    position: int
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    relayed_by: str | None
    credited_source: str | None
    paragraph: int
    group: int
    boilerplate: bool
    indexed: bool
    cluster_id: int
    document: DocumentRef | None = None


# The columns reads select, in the order of ``DocumentRef`` and ``StoredQuote``'s fields (table aliases d and q),
# and those a quote row is inserted with; every backend's SQL uses them.
DOCUMENT_COLUMNS = "d.id, d.outlet, d.url, d.title, d.author, d.published_at, d.content_hash, d.ingested_at"
QUOTE_COLUMNS = (
    "q.id, q.document_id, q.position, q.text, q.start_offset, q.end_offset, q.kind, q.speaker, "
    "q.speaker_mention, q.cue, q.relayed_by, q.credited_source, q.paragraph, q.quote_group, "
    "q.boilerplate, q.indexed, q.cluster_id"
)
QUOTE_INSERT_COLUMNS = (
    "id, document_id, position, text, start_offset, end_offset, kind, speaker, speaker_mention, cue, "
    "relayed_by, credited_source, paragraph, quote_group, boilerplate, indexed, cluster_id, norm"
)
_N_QUOTE_COLUMNS = QUOTE_COLUMNS.count(",") + 1
_N_DOCUMENT_COLUMNS = DOCUMENT_COLUMNS.count(",") + 1


def quote_from_row(row: Sequence, with_document: bool = False) -> StoredQuote:
    """A ``StoredQuote`` from a row of ``QUOTE_COLUMNS`` (then ``DOCUMENT_COLUMNS`` when ``with_document``).

    The two flags are made ``bool`` here because SQLite returns them as 0 and 1.
    """
    values = list(row[:_N_QUOTE_COLUMNS])
    values[14] = bool(values[14])
    values[15] = bool(values[15])
    document = (
        DocumentRef(*row[_N_QUOTE_COLUMNS : _N_QUOTE_COLUMNS + _N_DOCUMENT_COLUMNS]) if with_document else None
    )
    return StoredQuote(*values, document=document)


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document with its text and its quotes in document order."""

    id: int
    outlet: str
    url: str | None
    title: str | None
    author: str | None
    published_at: str | None
    content_hash: str
    ingested_at: str
    text: str
    quotes: tuple[StoredQuote, ...] = ()

    @property
    def ref(self) -> DocumentRef:
        """The metadata part."""
        return DocumentRef(
            self.id,
            self.outlet,
            self.url,
            self.title,
            self.author,
            self.published_at,
            self.content_hash,
            self.ingested_at,
        )


@dataclass(frozen=True, slots=True)
class ClusterSummary:
    """Counts of a cluster: "carried by ``n_outlets`` outlets, earliest on ``first_published_at``"."""

    id: int
    n_quotes: int
    n_documents: int
    n_outlets: int
    first_published_at: str | None
    first_document_id: int
    first_outlet: str


@dataclass(frozen=True, slots=True)
class Cluster:
    """Every occurrence of one statement, earliest first (undated documents last)."""

    summary: ClusterSummary
    quotes: tuple[StoredQuote, ...]

    @property
    def id(self) -> int:
        return self.summary.id


@dataclass(frozen=True, slots=True)
class SpeakerCount:
    speaker: str
    quotes: int
    documents: int


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list; ``total`` counts every item matching the filter."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class AddResult:
    """Outcome of storing one document. ``duplicate``: an equal document (URL or text) was there already
    and nothing was written; ``document_id`` is then the existing one."""

    document_id: int
    duplicate: bool
    quote_ids: tuple[int, ...] = ()
    clustered: int = 0


@dataclass(frozen=True, slots=True)
class Health:
    ok: bool
    backend: str
    schema_version: int | None
    detail: str | None = None
    extra: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ConsistencyIssue:
    """One kind of inconsistency ``Store.check_consistency`` found: ``count`` items, a few of their ids.

    Kinds every backend uses: ``database`` (the engine's own integrity check), ``orphan_quotes`` (quotes of
    no document), ``quote_positions`` (documents whose quotes are not numbered 0..n-1), ``quote_offsets``
    (spans outside the document text), ``clusters`` (a cluster id that is no quote's), ``orphan_postings``
    (index entries of no quote), ``indexed_flag`` (``indexed``, normalised text and index entries
    disagree), ``index_keys`` and ``normalized_text`` (they differ from what ``index_for`` computes).
    """

    kind: str
    count: int
    detail: str
    examples: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ConsistencyReport:
    """What ``Store.check_consistency`` read (``checked``: documents, quotes, index entries) and found."""

    checked: Mapping[str, int]
    issues: tuple[ConsistencyIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues


# --- reading the index inside a write --------------------------------------------------------------


class IndexReader(Protocol):
    """The reads matching needs. A ``Store`` is one; ``add_document`` hands its ``link`` callback one
    bound to the open write transaction, so the callback sees quotes stored earlier in it."""

    def key_frequencies(self, keys: Sequence[int], *, cap: int) -> dict[int, int]: ...

    def rank_quotes(self, weights: Mapping[int, float], *, limit: int) -> list[tuple[int, float]]: ...

    def quote_texts(self, quote_ids: Sequence[int]) -> dict[int, str]: ...

    def normalized_texts(self, quote_ids: Sequence[int]) -> dict[int, str]: ...


# Called for each indexed quote while its document is being written; returns the id of an already
# stored quote whose cluster the new quote joins, or None for a new cluster.
Linker = Callable[[IndexReader, NewQuote], "int | None"]


# --- the interface ---------------------------------------------------------------------------------


class Store(ABC):
    """Documents, quotes, the quote index and quote clusters behind one interface.

    Read methods raise ``ItemNotFound`` for unknown ids. Paginated reads take ``limit`` and ``offset``
    keyword arguments and return a ``Page``.
    """

    backend: str = "abstract"

    # writes

    @abstractmethod
    def add_document(
        self, document: NewDocument, quotes: Sequence[NewQuote], *, link: Linker | None = None
    ) -> AddResult:
        """Store a document and its quotes (with index keys) atomically, unless it is a duplicate.

        ``link`` assigns clusters (see ``Linker``); without it every quote starts its own cluster.
        """

    def add_documents(
        self, items: Iterable[tuple[NewDocument, Sequence[NewQuote]]], *, link: Linker | None = None
    ) -> list[AddResult]:
        """Store many documents; backends may write them in one transaction (bulk loads)."""
        return [self.add_document(doc, quotes, link=link) for doc, quotes in items]

    # reads for the API

    @abstractmethod
    def get_document(self, document_id: int) -> DocumentRecord:
        """Document with text, metadata and quotes in document order."""

    @abstractmethod
    def find_document(self, *, url: str | None = None, content_hash: str | None = None) -> int | None:
        """Id of the stored document with this (canonical) URL or content hash, if any."""

    @abstractmethod
    def list_documents(
        self, *, outlet: str | None = None, limit: int = 20, offset: int = 0
    ) -> Page[DocumentRef]:
        """Documents newest first (by ``published_at``, undated last, then newest id)."""

    def get_quote(self, quote_id: int) -> StoredQuote:
        """One quote with its document metadata in ``document``; ``ItemNotFound`` when there is none."""
        found = self.get_quotes([quote_id])
        if quote_id not in found:
            raise ItemNotFound("quote", quote_id)
        return found[quote_id]

    @abstractmethod
    def get_quotes(self, quote_ids: Sequence[int]) -> dict[int, StoredQuote]:
        """Quotes by id, with document metadata; unknown ids are left out."""

    @abstractmethod
    def get_cluster(self, cluster_id: int) -> Cluster:
        """Every quote of a cluster with document metadata, earliest first."""

    @abstractmethod
    def cluster_summaries(self, cluster_ids: Sequence[int]) -> dict[int, ClusterSummary]:
        """Summaries of several clusters at once."""

    @abstractmethod
    def list_speakers(self, *, limit: int = 50, offset: int = 0) -> Page[SpeakerCount]:
        """Speakers by number of quotes (boilerplate excluded), most quoted first, then by name."""

    @abstractmethod
    def speaker_quotes(self, speaker: str, *, limit: int = 20, offset: int = 0) -> Page[StoredQuote]:
        """One speaker's quotes (exact speaker string), newest document first."""

    def outlet_quotes(self, outlet: str, *, limit: int = 20, offset: int = 0) -> Page[StoredQuote]:
        """One outlet's indexed quotes (exact outlet string) with document metadata, newest document first
        (undated last), then in document order.

        This default reads every document of the outlet through ``list_documents`` and ``get_document``;
        backends override it with one query.
        """
        limit, offset = check_page(limit, offset)
        quotes: list[StoredQuote] = []
        seen = 0
        while True:
            documents = self.list_documents(outlet=outlet, limit=100, offset=seen)
            for ref in documents.items:
                quotes += [replace(q, document=ref) for q in self.get_document(ref.id).quotes if q.indexed]
            seen += len(documents.items)
            if not documents.items or seen >= documents.total:
                break
        return Page(tuple(quotes[offset : offset + limit]), len(quotes), limit, offset)

    @abstractmethod
    def health(self) -> Health:
        """Cheap liveness check; never raises for an unreachable database (``ok`` is False then)."""

    @abstractmethod
    def stats(self) -> dict[str, int]:
        """Counts of documents, quotes, indexed quotes, index entries and clusters (may be slow)."""

    # reads for matching (IndexReader)

    @abstractmethod
    def key_frequencies(self, keys: Sequence[int], *, cap: int) -> dict[int, int]:
        """Number of indexed quotes under each key, counted up to ``cap`` (a key at ``cap`` is common)."""

    @abstractmethod
    def rank_quotes(self, weights: Mapping[int, float], *, limit: int) -> list[tuple[int, float]]:
        """Quotes indexed under any of the keys, by the summed weight of their keys, best first."""

    @abstractmethod
    def quote_texts(self, quote_ids: Sequence[int]) -> dict[int, str]:
        """Texts of quotes by id."""

    @abstractmethod
    def normalized_texts(self, quote_ids: Sequence[int]) -> dict[int, str]:
        """Stored normalised texts by id (the cheap read used to rescore candidates); quotes stored
        without one are left out."""

    # maintenance

    @abstractmethod
    def reindex(
        self, index_for: Callable[[StoredQuote], tuple[Sequence[int], str | None]], *, batch: int = 5000
    ) -> int:
        """Replace every quote's index keys and normalised text with ``index_for(quote)`` in one
        transaction; returns the number of quotes indexed.

        Needed after a change of normalisation or shingling; readers see the old index until it commits.
        Cluster assignments are kept.
        """

    @abstractmethod
    def iter_quotes(self, *, batch: int = 1000) -> Iterable[StoredQuote]:
        """Every stored quote in id order (for re-indexing); without document metadata."""

    def check_consistency(
        self,
        index_for: Callable[[StoredQuote], tuple[Sequence[int], str | None]] | None = None,
        *,
        examples: int = 5,
    ) -> ConsistencyReport:
        """Check, in one read snapshot, what the one-transaction rule guarantees: every quote belongs to a
        stored document, numbered 0..n-1 within it, its span inside the text, its cluster an existing quote;
        every index entry belongs to a quote, and a quote is flagged indexed exactly when it has entries and
        a normalised text. With ``index_for`` (the function ``reindex`` takes) each quote's entries and
        normalised text must also be exactly ``index_for(quote)``. ``examples`` ids are kept per issue.

        Backends override this; the default says the backend cannot check.
        """
        raise NotImplementedError(f"the {self.backend} backend has no consistency check")

    @abstractmethod
    def close(self) -> None:
        """Release connections. The store is unusable afterwards."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# --- helpers every backend and caller shares -------------------------------------------------------

def cluster_of(cluster_id: int, quotes: tuple[StoredQuote, ...]) -> Cluster:
    """A cluster and its summary from its occurrences, earliest first (each quote carrying its document)."""
    first = quotes[0].document
    summary = ClusterSummary(
        id=cluster_id,
        n_quotes=len(quotes),
        n_documents=len({q.document_id for q in quotes}),
        n_outlets=len({q.document.outlet for q in quotes}),
        first_published_at=first.published_at,
        first_document_id=first.id,
        first_outlet=first.outlet,
    )
    return Cluster(summary, quotes)


def check_page(limit: int, offset: int) -> tuple[int, int]:
    """Validate pagination arguments (``limit`` >= 1, ``offset`` >= 0)."""
    if limit < 1 or offset < 0:
        raise ValueError("limit must be >= 1 and offset >= 0")
    return int(limit), int(offset)


NUL_REPLACEMENT = "\ufffd"


def replace_nul(text: str) -> str:
    """``text`` with each NUL character replaced by U+FFFD, one character for one, so offsets into it still hold.

    PostgreSQL text cannot hold NUL; documents are cleaned this way before they are hashed, extracted and
    stored, whichever the backend, so both store the same text.
    """
    return text.replace("\x00", NUL_REPLACEMENT) if "\x00" in text else text


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the text after Unicode NFC and white-space folding.

    Two copies of one article that differ only in line breaks or spacing are the same document.
    """
    folded = unicodedata.normalize("NFC", text).strip()
    if not folded.isprintable() or "  " in folded:
        # Only then can splitting and joining change anything: every white-space character but the
        # plain space is non-printable, so a printable text without double spaces is already folded.
        # The check is a few C-level scans, much cheaper than split and join (bulk loads hash every text).
        folded = " ".join(folded.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


# A URL that canonical_url returns unchanged: http(s), a lower-case host without port or user, a path of
# printable ASCII, no query or fragment. urlsplit (not cached for distinct URLs) and urlunsplit would give it
# back as it is, so the bulk path skips them (a test compares both ways).
_PLAIN_URL = re.compile(r"https?://[a-z0-9.-]+/[!-~]*")
_NOT_PLAIN = frozenset("?#")


def canonical_url(url: str | None) -> str | None:
    """URL as stored for duplicate detection: trimmed, scheme and host lower-cased, no ``#fragment``.

    The path and query are kept as they are: they are case-sensitive on most servers.
    """
    if url is None:
        return None
    url = url.strip()
    if not url:
        return None
    if _PLAIN_URL.fullmatch(url) and _NOT_PLAIN.isdisjoint(url):
        return url
    return split_canonical_url(url)


def split_canonical_url(url: str) -> str:
    """``canonical_url``'s definition for a trimmed, non-empty URL, by ``urlsplit`` (the fast path in
    ``canonical_url`` returns plain URLs, which this gives back unchanged, as they are)."""
    parts = urlsplit(url)
    netloc = parts.netloc.lower()
    if parts.scheme.lower() == "http" and netloc.endswith(":80"):
        netloc = netloc[:-3]
    elif parts.scheme.lower() == "https" and netloc.endswith(":443"):
        netloc = netloc[:-4]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def iso_date(value: str | date | datetime | None) -> str | None:
    """Publication date as an ISO-8601 string; raises ``ValueError`` for text that is not one."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise ValueError(f"published_at {value!r} is not an ISO-8601 date") from exc


def new_document(
    text: str,
    *,
    outlet: str,
    url: str | None = None,
    title: str | None = None,
    author: str | None = None,
    published_at: str | date | datetime | None = None,
) -> NewDocument:
    """A ``NewDocument`` with its content hash, canonical URL and ISO date computed, NULs replaced
    (``replace_nul``)."""
    if not outlet or not outlet.strip():
        raise ValueError("outlet is required")
    text = replace_nul(text)
    return NewDocument(
        text=text,
        outlet=replace_nul(outlet.strip()),
        content_hash=content_hash(text),
        url=canonical_url(replace_nul(url) if url else url),
        title=replace_nul(title) if title else title,
        author=replace_nul(author) if author else author,
        published_at=iso_date(published_at),
    )
