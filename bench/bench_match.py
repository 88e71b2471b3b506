"""Benchmark of quote lookup: index build, latency, recall per perturbation, brute-force baseline.

    .venv/bin/python -m bench.bench_match --sizes 10000,100000,1000000 --queries 100 --seed 1

For each size a synthetic corpus is generated (sentences from a small grammar over a vocabulary with
Zipf-distributed word frequencies: English function words and frequent fixed phrases such as "one of the"
plus pseudo-words for nouns, verbs, adjectives and names, and the spellings of the equivalence table),
stored in a fresh SQLite database through the store's bulk path, and queried with perturbed copies of
known quotes:

  exact      the quote itself
  swap1      one word replaced by another word
  swap2      two words replaced
  drop2      two words dropped
  fragment   6 to 12 consecutive words out of a quote of 20 words or more
  spelling   an equivalent spelling (Kiev/Kyiv, defence/defense ...), case and quote-mark changes
  reorder    the two first clauses of a quote swapped
  none       a generated quote that is not in the corpus (for the false-match rate)

Figures printed: build rate (normalisation + keys + inserts, one core), bytes on disk per quote (the
posting table alone, and the whole file), latency of ``find_matches`` (retrieval + rescoring + diff +
cluster summaries) p50/p95/p99, recall@1 and recall@10 of the known source per perturbation, the
false-match rate, the rate of ingest with cluster assignment, and the same queries through brute force:
``rapidfuzz.process.extract`` over every quote with the same scorer (``score.Query.score``), which at
large sizes runs on a subsample of the queries (``--brute-queries``, said in the output).

Nothing is asserted: this prints measurements.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import process

from bench.machine import machine_probe
from service.ingest import collector_paused, quote_index
from service.matching.equivalences import TRANSLITERATIONS, default_groups
from service.matching.normalize import DEFAULT_NORMALIZER
from service.matching.score import MATCH, Query
from service.matching.search import cluster_linker, find_matches
from service.storage import new_document
from service.storage.base import NewQuote
from service.storage.sqlite import SQLiteStore

KINDS = ("exact", "swap1", "swap2", "drop2", "fragment", "spelling", "reorder", "none")
UP_TO_TWO_WORDS = ("exact", "swap1", "swap2", "drop2", "spelling")

# --- vocabulary --------------------------------------------------------------------------------------

DETERMINERS = "the the the a this that these those our their its his her every no any some".split()
PRONOUNS = "we they i he she it you".split()
PREPOSITIONS = (
    "of of in in on at for with from by about against between during without under over through after "
    "before into across toward within along".split()
)
AUXILIARIES = "will would can could must should may have has had is are was were do does did".split()
CONJUNCTIONS = ("and", "but", "because", "while", "although", "since", "so", "if", "when", "as", "or")
PHRASES = [
    p.split()
    for p in (
        "one of the",
        "at the same time",
        "in order to",
        "as well as",
        "on the other hand",
        "we will continue to",
        "it is important to",
        "there is no",
        "a lot of",
        "in the context of",
        "the united states",
        "the russian federation",
        "in view of the",
        "at this point in time",
        "the president of the",
        "as a result of",
        "in the interests of",
        "we are ready to",
        "i want to emphasize",
        "it is impossible to",
        "the situation in the",
        "on the basis of",
    )
]
_ONSETS = "b c d f g h k l m n p r s t v z br dr gr kr pl st tr sh ch th".split()
_VOWELS = "a e i o u ai ea ou io".split()
_CODAS = ["", "", "", "n", "r", "s", "l", "m", "nt", "st", "rk"]


def _pseudo_words(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    words: list[str] = []
    while len(words) < n:
        syllables = rng.choice((1, 2, 2, 2, 3, 3, 4))
        word = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        )
        if word not in taken and len(word) > 2:
            taken.add(word)
            words.append(word)
    return words


@dataclass
class Vocabulary:
    classes: dict[str, tuple[list[str], list[float]]]
    variants: dict[str, list[str]]  # a word -> its other spellings
    lexemes: dict[str, list[str]]  # canonical spelling (as ranked) -> every spelling
    pools: dict[str, list[str]] = field(default_factory=dict)  # words drawn in advance, per class

    @classmethod
    def build(cls, rng: random.Random) -> Vocabulary:
        taken = set(DETERMINERS + PRONOUNS + PREPOSITIONS + AUXILIARIES + list(CONJUNCTIONS))
        groups = [g for g in default_groups() if all(w.isalpha() for w in g)]
        for g in groups:
            taken.update(g)
        sizes = {"noun": 40_000, "verb": 8_000, "adj": 10_000, "name": 6_000}
        classes = {}
        variants: dict[str, list[str]] = {}
        for name, size in sizes.items():
            words = _pseudo_words(rng, size, taken)
            classes[name] = words
        # Equivalence-table spellings sit at random ranks among the 3,000 most frequent words of a class,
        # each group as one "lexeme" whose spelling the generator picks at random.
        lexemes: dict[str, list[str]] = {}
        names = {g[0] for g in TRANSLITERATIONS}
        for g in groups:
            target = "name" if g[0] in names else rng.choice(("noun", "verb", "adj"))
            rank = rng.randrange(50, 3000)
            classes[target].insert(rank, g[0])
            lexemes[g[0]] = list(g)
            for w in g:
                variants[w] = [v for v in g if v != w]
        weighted = {}
        for name, words in classes.items():
            weights = [1.0 / (r + 2) ** 1.05 for r in range(len(words))]
            weighted[name] = (words, list(itertools.accumulate(weights)))
        return cls(weighted, variants, lexemes)

    def sample(self, rng: random.Random, cls: str) -> str:
        pool = self.pools.get(cls)
        if not pool:
            # Drawing many words in one call is several times cheaper than one call per word.
            words, cum = self.classes[cls]
            pool = self.pools[cls] = rng.choices(words, cum_weights=cum, k=1 << 16)
        word = pool.pop()
        forms = self.lexemes.get(word)
        return rng.choice(forms) if forms else word


class Generator:
    """Quotes of 1 to 4 clauses; clauses are separated by ", " and nothing else writes a comma."""

    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.v = vocab
        self.rng = rng

    def _np(self) -> list[str]:
        r = self.rng.random()
        if r < 0.18:
            return [self.v.sample(self.rng, "name")] if r < 0.1 else [self.rng.choice(PRONOUNS)]
        words = [self.rng.choice(DETERMINERS)]
        if self.rng.random() < 0.45:
            words.append(self.v.sample(self.rng, "adj"))
        words.append(self.v.sample(self.rng, "noun"))
        if self.rng.random() < 0.2:
            words += [
                self.rng.choice(PREPOSITIONS),
                self.rng.choice(DETERMINERS),
                self.v.sample(self.rng, "noun"),
            ]
        return words

    def clause(self) -> list[str]:
        rng = self.rng
        words: list[str] = []
        if rng.random() < 0.25:
            words += rng.choice(PHRASES)
        words += self._np()
        if rng.random() < 0.5:
            words.append(rng.choice(AUXILIARIES))
        words.append(self.v.sample(rng, "verb"))
        if rng.random() < 0.3:
            words += rng.choice(PHRASES)
        words += self._np()
        for _ in range(rng.choice((0, 1, 1, 2))):
            words += [rng.choice(PREPOSITIONS)] + self._np()
        if rng.random() < 0.15:
            words += [rng.choice(CONJUNCTIONS)] + self._np() + [self.v.sample(rng, "verb")]
        return words

    def quote(self) -> str:
        n = self.rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        clauses = [" ".join(self.clause()) for _ in range(n)]
        text = ", ".join(clauses)
        return text[0].upper() + text[1:] + "."


# --- perturbations -------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.rstrip(".").split(" ")


def perturb(kind: str, text: str, gen: Generator, rng: random.Random) -> str | None:
    words = _words(text)
    if kind == "exact":
        return text
    if kind in ("swap1", "swap2"):
        for i in rng.sample(range(len(words)), 1 if kind == "swap1" else 2):
            words[i] = gen.v.sample(rng, rng.choice(("noun", "verb", "adj")))
        return " ".join(words)
    if kind == "drop2":
        if len(words) < 6:
            return None
        drop = set(rng.sample(range(len(words)), 2))
        return " ".join(w for i, w in enumerate(words) if i not in drop)
    if kind == "fragment":
        if len(words) < 20:
            return None
        size = rng.randint(6, 12)
        start = rng.randrange(0, len(words) - size + 1)
        return " ".join(words[start : start + size])
    if kind == "spelling":
        positions = [i for i, w in enumerate(words) if w.strip(",").lower() in gen.v.variants]
        if not positions:
            return None
        i = rng.choice(positions)
        bare = words[i].rstrip(",")
        words[i] = rng.choice(gen.v.variants[bare.lower()]) + words[i][len(bare) :]
        j = rng.randrange(len(words))
        words[j] = words[j].upper() if rng.random() < 0.5 else words[j].capitalize()
        return "“" + " ".join(words) + "”"
    if kind == "reorder":
        clauses = text.rstrip(".").split(", ")
        if len(clauses) < 2:
            return None
        clauses[0], clauses[1] = clauses[1], clauses[0]
        return ", ".join(clauses)
    raise ValueError(kind)


# --- the run -------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = math.floor(k), math.ceil(k)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def build_corpus(size: int, gen: Generator, rng: random.Random) -> list[str]:
    seen: set[str] = set()
    quotes = []
    while len(quotes) < size:
        q = gen.quote()
        if q not in seen:
            seen.add(q)
            quotes.append(q)
    return quotes


# NewQuote fields between speaker and keys: speaker_mention .. boilerplate
_no_extras = (None, None, None, None, 0, 0, False)


def load(store: SQLiteStore, quotes: list[str], rng: random.Random, *, batch_docs: int = 2000) -> float:
    """Bulk-load quotes as documents of 1 to 9 quotes; returns seconds spent in normalisation, keys and
    inserts (document texts are assembled before the clock starts)."""
    outlets = [f"Outlet {i}" for i in range(300)]
    docs = []
    i = 0
    n = 0
    while i < len(quotes):
        k = rng.randint(1, 9)
        chunk = quotes[i : i + k]
        i += k
        n += 1
        text = ""
        spans = []
        for q in chunk:
            text += "He said: “"
            spans.append((len(text), len(text) + len(q), q))
            text += q + "” "
        day = rng.randrange(0, 3000)
        published = f"{2015 + day // 365:04d}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}"
        docs.append((text, rng.choice(outlets), f"https://example.org/{n}", published, spans))
    start = time.perf_counter()
    for b in range(0, len(docs), batch_docs):
        with collector_paused():  # as ingest.ingest_documents does for its batches
            items = []
            for text, outlet, url, published, spans in docs[b : b + batch_docs]:
                doc = new_document(text, outlet=outlet, url=url, published_at=published)
                new_quotes = [
                    NewQuote(q, s, e, "full", "Speaker", *_no_extras, *quote_index(q, "full", False))
                    for s, e, q in spans
                ]
                items.append((doc, new_quotes))
            store.add_documents(items)
    return time.perf_counter() - start


def run_size(size: int, args: argparse.Namespace, workdir: Path) -> dict:
    rng = random.Random(args.seed * 1_000_003 + size)
    vocab = Vocabulary.build(random.Random(args.seed))
    gen = Generator(vocab, rng)
    t0 = time.perf_counter()
    quotes = build_corpus(size, gen, rng)
    t_gen = time.perf_counter() - t0
    db = workdir / f"bench_{size}.db"
    reuse = args.reuse and db.exists()
    if not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    store = SQLiteStore(f"sqlite:///{db}?cache_mb={args.cache_mb}")
    probe_build = machine_probe()
    t_build = load(store, quotes, rng, batch_docs=args.batch_docs) if not reuse else float("nan")
    store.checkpoint()
    usage = store.disk_usage()
    index_bytes = usage.get("quote_shingle", 0)
    entries = store.stats()["index_entries"]
    norm_sql = "SELECT coalesce(sum(length(CAST(norm AS BLOB))), 0) FROM quote"
    norm_bytes = store._con().execute(norm_sql).fetchone()[0]

    # queries: targets are corpus quotes; quote id = position + 1 (bulk load keeps order)
    queries: list[tuple[str, str, int | None]] = []
    qrng = random.Random(args.seed + 7)
    for kind in KINDS:
        made = 0
        attempts = 0
        while made < args.queries and attempts < args.queries * 200:
            attempts += 1
            if kind == "none":
                text = gen.quote()
                queries.append((kind, text, None))
                made += 1
                continue
            target = qrng.randrange(size)
            text = perturb(kind, quotes[target], gen, qrng)
            if text is not None:
                queries.append((kind, text, target + 1))
                made += 1

    # lookups (warm up a few first: the first queries page the index in)
    for _, text, _ in queries[:20]:
        find_matches(store, text)
    probe_lookup = machine_probe()
    latencies = []
    cpu_times = []  # CPU time of this process: what one core costs, whatever else the machine runs
    hits: dict[str, list[tuple[bool, bool]]] = {k: [] for k in KINDS}
    false_matches = 0
    none_best: list[float] = []
    for kind, text, target in queries:
        t, c = time.perf_counter(), time.process_time()
        result = find_matches(store, text, limit=10)
        latencies.append((time.perf_counter() - t) * 1000)
        cpu_times.append((time.process_time() - c) * 1000)
        ids = [m.quote.id for m in result.matches]
        if target is None:
            false_matches += bool(ids)
            closest = result.closest.score if result.closest else 0.0
            none_best.append(result.matches[0].score if result.matches else closest)
        else:
            hits[kind].append((bool(ids) and ids[0] == target, target in ids))

    # ingest with cluster assignment (one document per transaction), on fresh quotes
    fresh = build_corpus(args.cluster_sample, Generator(vocab, random.Random(args.seed + 99)), rng)
    link = cluster_linker()
    t = time.perf_counter()
    for n, q in enumerate(fresh if not reuse else []):  # a reused database holds them already
        doc = new_document(f"X said “{q}”", outlet="Fresh", url=f"https://fresh.example/{n}")
        store.add_document(
            doc,
            [NewQuote(q, 8, 8 + len(q), "full", None, *_no_extras, *quote_index(q, "full", False))],
            link=link,
        )
    t_cluster = time.perf_counter() - t

    # brute force on a subsample
    if args.brute_queries is not None:
        per_kind = args.brute_queries
    else:
        per_kind = args.queries if size <= 10_000 else 20 if size <= 100_000 else 3
    per_kind = min(per_kind, args.queries)
    brute = {}
    if per_kind > 0:
        normalizer = DEFAULT_NORMALIZER
        all_words = [normalizer.words(q) for q in quotes]

        def make_scorer(query: Query):
            # rapidfuzz calls scorer(query, choice, score_cutoff=...); the query is prepared once.
            def scorer(_, choice, *, score_cutoff=0.0, **__):
                r = query.score(choice, score_cutoff=score_cutoff)
                return r.score if r is not None else 0.0

            return scorer

        bf_hits: dict[str, list[tuple[bool, bool]]] = {k: [] for k in KINDS}
        ix_hits: dict[str, list[tuple[bool, bool]]] = {k: [] for k in KINDS}
        bf_time = []
        ix_time = []
        bf_false = 0
        taken = {k: 0 for k in KINDS}
        for kind, text, target in queries:
            if taken[kind] >= per_kind:
                continue
            taken[kind] += 1
            t = time.perf_counter()
            q_words = normalizer.words(text)
            scorer = make_scorer(Query(q_words))
            top = process.extract(q_words, all_words, scorer=scorer, limit=10, score_cutoff=MATCH)
            bf_time.append(time.perf_counter() - t)
            t = time.perf_counter()
            result = find_matches(store, text, limit=10)
            ix_time.append(time.perf_counter() - t)
            bf_ids = [index + 1 for _, _, index in top]
            ix_ids = [m.quote.id for m in result.matches]
            if target is None:
                bf_false += bool(bf_ids)
            else:
                bf_hits[kind].append((bool(bf_ids) and bf_ids[0] == target, target in bf_ids))
                ix_hits[kind].append((bool(ix_ids) and ix_ids[0] == target, target in ix_ids))
        brute = {
            "queries_per_kind": per_kind,
            "mean_ms": statistics.mean(bf_time) * 1000,
            "index_mean_ms_same_queries": statistics.mean(ix_time) * 1000,
            "speed_ratio": statistics.mean(bf_time) / statistics.mean(ix_time),
            "recall": {
                k: {
                    "brute_r1": _rate(bf_hits[k], 0),
                    "brute_r10": _rate(bf_hits[k], 1),
                    "index_r1": _rate(ix_hits[k], 0),
                    "index_r10": _rate(ix_hits[k], 1),
                }
                for k in KINDS
                if k != "none"
            },
            "false_match_rate": bf_false / max(1, taken["none"]),
        }
        del all_words

    recall = {k: {"r1": _rate(v, 0), "r10": _rate(v, 1), "n": len(v)} for k, v in hits.items() if k != "none"}
    result = {
        "size": size,
        "generate_s": t_gen,
        "build_s": t_build,
        "build_rate": size / t_build,
        "index_entries_per_quote": entries / size,
        "index_bytes_per_quote": index_bytes / size,
        "norm_bytes_per_quote": norm_bytes / size,
        "file_bytes_per_quote": usage.get("<file>", 0) / size,
        "tables": {k: v for k, v in usage.items()},
        "latency_ms": {
            "p50": percentile(latencies, 0.5),
            "p95": percentile(latencies, 0.95),
            "p99": percentile(latencies, 0.99),
            "mean": statistics.mean(latencies),
            "n": len(latencies),
        },
        "cpu_ms": {
            "p50": percentile(cpu_times, 0.5),
            "p95": percentile(cpu_times, 0.95),
            "p99": percentile(cpu_times, 0.99),
        },
        "load_average": os.getloadavg(),
        "machine_probe_ms": {"build": probe_build, "lookup": probe_lookup},
        "recall": recall,
        "recall10_up_to_two_words": statistics.mean(
            [x[1] for k in UP_TO_TWO_WORDS for x in hits[k]] or [float("nan")]
        ),
        "recall10_all": statistics.mean([recall[k]["r10"] for k in recall]),
        "false_match_rate": false_matches / max(1, len(none_best)),
        "false_match_rate_at": {
            str(th): sum(b >= th for b in none_best) / max(1, len(none_best)) for th in (50, 60, 70, 85)
        },
        "cluster_ingest_rate": args.cluster_sample / t_cluster if not reuse else float("nan"),
        "brute_force": brute,
    }
    store.close()
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    if args.database_url:  # the same corpus and queries on PostgreSQL, beside its pg_trgm search
        from bench import bench_match_pg

        result["postgresql"] = bench_match_pg.run(size, quotes, queries, args, kinds=KINDS, fresh=fresh)
    return result


def _rate(pairs: list[tuple[bool, bool]], i: int) -> float:
    return sum(p[i] for p in pairs) / len(pairs) if pairs else float("nan")


def report(r: dict) -> str:
    lines = [
        f"== {r['size']:,} quotes  (corpus generated in {r['generate_s']:.1f} s)",
        f"machine probe (2M-iteration Python loop, CPU ms; lower is a faster machine): "
        f"{r['machine_probe_ms']['build']:.0f} before the build, "
        f"{r['machine_probe_ms']['lookup']:.0f} before the lookups",
        f"build: {r['build_rate']:,.0f} quotes/s ({r['build_s']:.1f} s; normalise + keys + insert, one core)",
        f"disk: index {r['index_bytes_per_quote']:.0f} B/quote "
        f"({r['index_entries_per_quote']:.1f} postings/quote) + stored normalised text "
        f"{r['norm_bytes_per_quote']:.0f} B/quote; "
        f"whole file {r['file_bytes_per_quote']:.0f} B/quote (texts of documents and quotes included)",
        "lookup latency (find_matches: retrieval + rescoring + diff + clusters): "
        f"p50 {r['latency_ms']['p50']:.2f} ms, p95 {r['latency_ms']['p95']:.2f} ms, "
        f"p99 {r['latency_ms']['p99']:.2f} ms over {r['latency_ms']['n']} queries; CPU time p50 "
        f"{r['cpu_ms']['p50']:.2f}, p95 {r['cpu_ms']['p95']:.2f}, p99 {r['cpu_ms']['p99']:.2f} ms "
        f"(load average {r['load_average'][0]:.1f} on {os.cpu_count()} cores)",
        "recall of the known source:   " + "  ".join(f"{k:>9}" for k in r["recall"]),
        "  @1                          " + "  ".join(f"{v['r1']:9.3f}" for v in r["recall"].values()),
        "  @10                         " + "  ".join(f"{v['r10']:9.3f}" for v in r["recall"].values()),
        f"recall@10: up to two words changed {r['recall10_up_to_two_words']:.3f}; "
        f"mean over perturbations {r['recall10_all']:.3f}",
        f"false-match rate (queries with no source, min_score {MATCH:g}): {r['false_match_rate']:.3f}"
        " (at min_score " + ", ".join(f"{k}: {v:.3f}" for k, v in r["false_match_rate_at"].items()) + ")",
        "ingest with cluster assignment, one document per transaction: "
        f"{r['cluster_ingest_rate']:,.0f} quotes/s",
    ]
    b = r["brute_force"]
    if b:
        lines.append(
            f"brute force (process.extract + score_words over all {r['size']:,} quotes, "
            f"{b['queries_per_kind']} queries per kind): {b['mean_ms']:.1f} ms/query vs index "
            f"{b['index_mean_ms_same_queries']:.2f} ms on the same queries -> {b['speed_ratio']:,.0f}x"
        )
        lines.append(
            "  recall@10 brute / index:   "
            + "  ".join(f"{k}={v['brute_r10']:.2f}/{v['index_r10']:.2f}" for k, v in b["recall"].items())
        )
        lines.append(
            "  recall@1  brute / index:   "
            + "  ".join(f"{k}={v['brute_r1']:.2f}/{v['index_r1']:.2f}" for k, v in b["recall"].items())
        )
        lines.append(f"  brute-force false-match rate: {b['false_match_rate']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=100, help="queries per perturbation kind")
    parser.add_argument(
        "--brute-queries",
        type=int,
        default=None,
        help="brute-force queries per kind (default: all up to 10k quotes, 20 up to 100k, 3 above)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cluster-sample", type=int, default=1000, help="quotes ingested with clustering")
    parser.add_argument(
        "--batch-docs", type=int, default=20_000, help="documents per transaction in the bulk load"
    )
    parser.add_argument("--cache-mb", type=int, default=256, help="SQLite page cache of the bench connection")
    parser.add_argument("--workdir", default=None, help="where the databases go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument(
        "--database-url",
        default=None,
        help="also run on PostgreSQL at this URL (postgresql://...), in a schema bench_<size> of its own, "
        "beside pg_trgm word_similarity search (bench/bench_match_pg.py)",
    )
    parser.add_argument(
        "--trgm-queries", type=int, default=None, help="pg_trgm queries per kind (default: 100 up to 10k, 20 above)"
    )
    parser.add_argument("--trgm-timeout", type=float, default=60.0, help="seconds a pg_trgm query may take")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="query databases kept by an earlier --keep run (no build figures)",
    )
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench_match_"))
    workdir.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            r = run_size(size, args, workdir)
            results.append(r)
            print(report(r), flush=True)
            if "postgresql" in r:
                from bench import bench_match_pg

                print(bench_match_pg.report(r["postgresql"]), flush=True)
    finally:
        if not args.workdir and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
