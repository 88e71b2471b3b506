"""The PostgreSQL half of ``bench_match`` (``--database-url``): the same corpus and queries on the PostgreSQL
backend, and PostgreSQL's own trigram search as the baseline a user would otherwise pick.

For each size, in a schema of its own (``bench_<size>``, dropped afterwards unless ``--keep``):

  shingles      ``find_matches`` on ``PostgresStore``: the posting table (``quote_shingle``) for candidates,
                rescoring in Python, exactly what the service runs;
  trgm          ``pg_trgm``: a GIN ``gin_trgm_ops`` index on ``quote.text`` and
                ``SELECT ... WHERE query <% text ORDER BY word_similarity(query, text) DESC LIMIT 10``
                (``pg_trgm.word_similarity_threshold`` 0.6, the default): what a PostgreSQL user would write.
                Run with ``enable_seqscan = off``: for a query of a few hundred characters the planner prefers a
                sequential scan computing ``word_similarity`` on every row (1.6 to 2.6 s per query at 10,000
                quotes, against about 40 ms through the index); each query may take ``--trgm-timeout`` seconds;
  trgm+rescore  the trigram search as the candidate source (its best ``CANDIDATES``) followed by the service's
                own rescoring, to see whether trigrams would be the better candidate generator.

Figures: build rate (bulk load with COPY, then ``VACUUM ANALYZE``), bytes on disk per quote (tables and indexes,
from PostgreSQL's own sizes), latency p50/p95/p99 of each method, recall@1 and recall@10 of the known source
per perturbation, false-match rate on queries with no source, and the rate of ingest with cluster assignment.
The trigram methods run on a subsample of the queries at large sizes (``--trgm-queries``, said in the output):
each query costs a scan of the trigram posting lists.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Sequence

from service.matching.search import CANDIDATES, cluster_linker, find_matches
from service.storage import NewQuote, StoreUnavailable, new_document
from service.storage.postgres import PostgresStore, create_schema, drop_schema, with_search_path

TRGM_SQL = (
    "SELECT id, word_similarity(%s, text) AS s FROM quote WHERE %s <%% text "
    "ORDER BY s DESC, id LIMIT %s"
)


class TrigramCandidates:
    """An ``IndexReader`` for ``find_matches`` whose candidates come from the trigram index instead of the
    posting table: every query key is reported present once, so the lookup asks ``rank_quotes``, which
    answers with the trigram search of ``text`` (set before each lookup). Everything else is the store's."""

    def __init__(self, store: PostgresStore) -> None:
        self.store = store
        self.text = ""

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def key_frequencies(self, keys: Sequence[int], *, cap: int) -> dict[int, int]:
        return {k: 1 for k in keys}

    def rank_quotes(self, weights, *, limit: int) -> list[tuple[int, float]]:
        return self.store._run(lambda conn: conn.execute(TRGM_SQL, (self.text, self.text, limit)).fetchall())


def _trigram_search(store: PostgresStore, text: str, limit: int) -> list[tuple] | None:
    """The trigram baseline's answer, or None when it ran past the statement timeout."""
    try:
        return store._run(lambda conn: conn.execute(TRGM_SQL, (text, text, limit)).fetchall())
    except StoreUnavailable:
        return None


def _percentiles(values: list[float]) -> dict[str, float]:
    from bench.bench_match import percentile

    return {
        "p50": percentile(values, 0.5),
        "p95": percentile(values, 0.95),
        "p99": percentile(values, 0.99),
        "mean": statistics.mean(values) if values else float("nan"),
        "n": len(values),
    }


def _score(method: str, results: list[tuple[str, int | None, list[int], float]], kinds: Sequence[str]) -> dict:
    """Latency percentiles, recall@1/@10 per kind and the false-match rate of one method's answers."""
    hits: dict[str, list[tuple[bool, bool]]] = {k: [] for k in kinds if k != "none"}
    false = none = 0
    for kind, target, ids, _ in results:
        if target is None:
            none += 1
            false += bool(ids)
        else:
            hits[kind].append((bool(ids) and ids[0] == target, target in ids))
    recall = {
        k: {"r1": sum(h[0] for h in v) / len(v), "r10": sum(h[1] for h in v) / len(v), "n": len(v)}
        for k, v in hits.items()
        if v
    }
    return {
        "method": method,
        "latency_ms": _percentiles([ms for *_, ms in results]),
        "recall": recall,
        "recall10_all": statistics.mean([r["r10"] for r in recall.values()]) if recall else float("nan"),
        "false_match_rate": false / max(1, none),
    }


def run(
    size: int,
    quotes: list[str],
    queries: list[tuple[str, str, int | None]],
    args: argparse.Namespace,
    *,
    kinds: Sequence[str],
    fresh: list[str],
) -> dict:
    """Load ``quotes`` into a fresh schema and run ``queries`` (kind, text, target quote id) three ways."""
    from bench.bench_match import load

    schema = f"bench_{size}"
    base = args.database_url
    drop_schema(base, schema)
    # public stays on the path after the bench schema: pg_trgm's functions live there.
    url = with_search_path(create_schema(base, schema), f"{schema},public")
    store = PostgresStore(url)
    # The trigram queries' own connections: index forced (see the module docstring), time-limited.
    timeout_ms = int(args.trgm_timeout * 1000)
    trgm_store = PostgresStore(
        with_search_path(url, f"{schema},public", "enable_seqscan=off", f"statement_timeout={timeout_ms}")
    )
    try:
        t_build = load(store, quotes, random.Random(args.seed * 7 + size), batch_docs=args.batch_docs)
        t = time.perf_counter()
        store.analyze()
        t_analyze = time.perf_counter() - t
        stats = store.stats()

        for _, text, _ in queries[:20]:  # warm up: page the index in, let psycopg prepare the statements
            find_matches(store, text)
        shingles = []
        for kind, text, target in queries:
            t = time.perf_counter()
            found = find_matches(store, text, limit=10)
            shingles.append((kind, target, [m.quote.id for m in found.matches], (time.perf_counter() - t) * 1000))

        store._run(lambda conn: conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        t = time.perf_counter()
        store._run(
            lambda conn: [
                conn.execute("SET maintenance_work_mem = '1GB'"),
                conn.execute("CREATE INDEX quote_text_trgm ON quote USING gin (text gin_trgm_ops)"),
                conn.execute("ANALYZE quote"),
            ]
        )
        t_trgm_index = time.perf_counter() - t
        usage = store.disk_usage()

        per_kind = args.trgm_queries if args.trgm_queries is not None else (100 if size <= 10_000 else 20)
        taken = {k: 0 for k in kinds}
        sample = []
        for kind, text, target in queries:
            if taken[kind] < per_kind:
                taken[kind] += 1
                sample.append((kind, text, target))
        for _, text, _ in sample[:5]:
            _trigram_search(trgm_store, text, 10)
        trgm = []
        timeouts = 0
        for kind, text, target in sample:
            t = time.perf_counter()
            rows = _trigram_search(trgm_store, text, 10)
            timeouts += rows is None
            trgm.append((kind, target, [r[0] for r in rows or ()], (time.perf_counter() - t) * 1000))
        reader = TrigramCandidates(trgm_store)
        trgm_rescored = []
        for kind, text, target in sample:
            reader.text = text
            t = time.perf_counter()
            try:
                ids = [m.quote.id for m in find_matches(reader, text, limit=10, candidates=CANDIDATES).matches]
            except StoreUnavailable:  # the trigram search hit the statement timeout
                ids = []
            trgm_rescored.append((kind, target, ids, (time.perf_counter() - t) * 1000))
        in_sample = set(sample)
        shingles_same = [r for r, q in zip(shingles, queries, strict=True) if q in in_sample]

        link = cluster_linker()
        t = time.perf_counter()
        for n, q in enumerate(fresh):
            doc = new_document(f"X said “{q}”", outlet="Fresh", url=f"https://fresh.example/{n}")
            keys_norm = _index(q)
            store.add_document(doc, [NewQuote(q, 8, 8 + len(q), "full", None, *_NO_EXTRAS, *keys_norm)], link=link)
        t_cluster = time.perf_counter() - t
    finally:
        trgm_store.close()
        store.close()
        if not args.keep:
            drop_schema(base, schema)

    tables = {k: v for k, v in usage.items() if not k.startswith("pg_")}
    posting_bytes = usage.get("quote_shingle", 0) + usage.get("quote_shingle_pkey", 0)
    return {
        "size": size,
        "build_s": t_build,
        "build_rate": size / t_build,
        "analyze_s": t_analyze,
        "index_entries_per_quote": stats["index_entries"] / size,
        "posting_bytes_per_quote": posting_bytes / size,
        "trgm_index_bytes_per_quote": usage.get("quote_text_trgm", 0) / size,
        "trgm_index_build_s": t_trgm_index,
        "total_bytes_per_quote": (sum(tables.values()) - usage.get("quote_text_trgm", 0)) / size,
        "tables": tables,
        "trgm_queries_per_kind": per_kind,
        "trgm_timeouts": timeouts,
        "trgm_timeout_s": args.trgm_timeout,
        "methods": {
            "shingles": _score("shingles", shingles, kinds),
            "shingles_on_trgm_sample": _score("shingles", shingles_same, kinds),
            "trgm": _score("trgm", trgm, kinds),
            "trgm+rescore": _score("trgm+rescore", trgm_rescored, kinds),
        },
        "cluster_ingest_rate": len(fresh) / t_cluster if fresh else float("nan"),
    }


_NO_EXTRAS = (None, None, None, None, 0, 0, False)


def _index(text: str) -> tuple:
    from service.ingest import quote_index

    return quote_index(text, "full", False)


def report(r: dict) -> str:
    """The PostgreSQL figures of one size, as lines to print under SQLite's."""
    m = r["methods"]

    def latency(method: dict) -> str:
        lat = method["latency_ms"]
        return f"p50 {lat['p50']:.2f} ms, p95 {lat['p95']:.2f} ms, p99 {lat['p99']:.2f} ms over {lat['n']} queries"

    def recalls(method: dict, i: str) -> str:
        return "  ".join(f"{v[i]:9.3f}" for v in method["recall"].values())

    lines = [
        f"-- PostgreSQL, {r['size']:,} quotes",
        f"build: {r['build_rate']:,.0f} quotes/s ({r['build_s']:.1f} s bulk load with COPY, then "
        f"VACUUM ANALYZE {r['analyze_s']:.1f} s)",
        f"disk: posting table + its primary key {r['posting_bytes_per_quote']:.0f} B/quote "
        f"({r['index_entries_per_quote']:.1f} postings/quote); all tables and indexes "
        f"{r['total_bytes_per_quote']:.0f} B/quote; trigram GIN index {r['trgm_index_bytes_per_quote']:.0f} B/quote "
        f"(built in {r['trgm_index_build_s']:.1f} s)",
        f"shingles (find_matches on PostgresStore): {latency(m['shingles'])}",
        "  recall of the known source:   " + "  ".join(f"{k:>9}" for k in m["shingles"]["recall"]),
        "    @1                          " + recalls(m["shingles"], "r1"),
        "    @10                         " + recalls(m["shingles"], "r10"),
        f"  mean recall@10 {m['shingles']['recall10_all']:.3f}; false-match rate "
        f"{m['shingles']['false_match_rate']:.3f}",
        f"on the trigram sample ({r['trgm_queries_per_kind']} queries per kind; {r['trgm_timeouts']} pg_trgm "
        f"queries stopped at the {r['trgm_timeout_s']:g} s timeout, counted as misses):",
    ]
    for name in ("shingles_on_trgm_sample", "trgm", "trgm+rescore"):
        method = m[name]
        label = {"shingles_on_trgm_sample": "shingles", "trgm": "pg_trgm word_similarity", "trgm+rescore":
                 "pg_trgm candidates + rescoring"}[name]
        lines.append(f"  {label}: {latency(method)}")
        lines.append(
            "    recall@1 / @10: "
            + "  ".join(f"{k}={v['r1']:.2f}/{v['r10']:.2f}" for k, v in method["recall"].items())
            + f"; mean @10 {method['recall10_all']:.3f}; false-match rate {method['false_match_rate']:.3f}"
        )
    lines.append(
        f"ingest with cluster assignment, one document per transaction: {r['cluster_ingest_rate']:,.0f} quotes/s"
    )
    return "\n".join(lines)
