"""Load test: ``GET /v1/search`` against gunicorn on loopback, with and without a concurrent ingest.

    .venv/bin/python -m bench.load [--quotes 100000] [--duration 30] [--levels 1,8,32] [--ingest 1000]

1. A SQLite store of ``--quotes`` indexed quotes is built through the store's bulk path (the synthetic
   corpus of ``bench.bench_match``; kept under ``--workdir`` and reused by later runs).
2. gunicorn starts with ``gunicorn.conf.py`` on a free 127.0.0.1 port (``WEB_CONCURRENCY`` and
   ``GUNICORN_THREADS`` as given, default 2 x 4), a write token, and rate limits on but raised out of the
   way (their bookkeeping is measured, their refusals are not: every request comes from one address).
3. For each level of concurrent clients (threads, each with one keep-alive connection) the clients send
   ``GET /v1/search`` for ``--duration`` seconds, queries drawn from perturbed copies of stored quotes
   (exact, one or two words swapped, fragments, spelling variants) and quotes that are not stored.
4. The same levels again while another client ingests ``--ingest`` generated news articles through
   ``POST /v1/documents`` (sequentially, with the token). The search window is ``--duration`` seconds or
   the ingest's length if shorter; an ingest still running at the end of a window is finished (and
   counted) before the next level starts.
5. gunicorn is stopped with SIGTERM; its exit status is reported.

Prints, per level: requests, requests/s, latency p50/p90/p99/max, 5xx and other non-200 answers, connection
errors; for the ingest: documents/s and its statuses. ``--json FILE`` writes the same figures. The client
runs on the same machine as the server and takes part of its CPU. Only loopback traffic; every loop is
bounded in time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_extraction import generate_article  # noqa: E402
from bench.bench_match import Generator, Vocabulary, build_corpus, load, percentile, perturb  # noqa: E402
from service.storage.sqlite import SQLiteStore  # noqa: E402

QUERY_KINDS = ("exact", "exact", "swap1", "swap2", "fragment", "spelling", "drop2", "none")


@dataclass
class LevelResult:
    """What one level of concurrency measured."""

    clients: int
    ingest: bool
    seconds: float = 0.0
    requests: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    rps: float = 0.0
    p50_ms: float = 0.0
    p90_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0
    ingested: int = 0
    ingest_seconds: float = 0.0
    ingest_statuses: dict[str, int] = field(default_factory=dict)
    load_average: float = 0.0  # of the whole machine at the end of the level: other work skews the figures

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in {**self.statuses, **self.ingest_statuses}.items() if status.startswith("5"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_store(path: Path, size: int, seed: int) -> list[str]:
    """The store at ``path`` with ``size`` quotes (built unless a matching one is there); returns the quotes."""
    rng = random.Random(seed)
    gen = Generator(Vocabulary.build(random.Random(seed)), rng)
    quotes = build_corpus(size, gen, rng)
    marker = path.with_suffix(".built")
    if marker.exists() and marker.read_text() == f"{size} {seed}" and path.exists():
        print(f"reusing {path} ({size:,} quotes)", flush=True)
        return quotes
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = SQLiteStore(f"sqlite:///{path}")
    seconds = load(store, quotes, rng)
    store.checkpoint()
    stats = store.stats()
    store.close()
    marker.write_text(f"{size} {seed}")
    print(f"built {path}: {stats['quotes']:,} quotes in {stats['documents']:,} documents, "
          f"{stats['index_entries']:,} index entries, {seconds:.1f} s", flush=True)  # fmt: skip
    return quotes


def make_queries(quotes: list[str], seed: int, count: int = 3000) -> list[str]:
    """Search paths: perturbed copies of stored quotes and quotes that are not stored."""
    rng = random.Random(seed + 1)
    gen = Generator(Vocabulary.build(random.Random(seed + 2)), rng)
    paths = []
    while len(paths) < count:
        kind = rng.choice(QUERY_KINDS)
        text = gen.quote() if kind == "none" else perturb(kind, rng.choice(quotes), gen, rng)
        if text:
            paths.append("/v1/search?" + urllib.parse.urlencode({"q": text[:2000]}))
    return paths


def start_server(args: argparse.Namespace, db: Path, token: str, log: Path) -> tuple[subprocess.Popen, int]:
    """gunicorn with gunicorn.conf.py on a free loopback port, once it answers /healthz."""
    port = free_port()
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "DATABASE_URL": f"sqlite:///{db}",
        "SEEDS_DIR": "none",
        "WEB_CONCURRENCY": str(args.workers),
        "GUNICORN_THREADS": str(args.threads),
        "API_TOKENS": token,
        "RATELIMIT_ENABLED": "true",
        "RATELIMIT_DEFAULT": "100000000 per minute",
        "LOG_LEVEL": "warning",
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    handle = log.open("w")
    process = subprocess.Popen([str(gunicorn), "--config", "gunicorn.conf.py"], cwd=ROOT, env=env,
                               stdout=handle, stderr=handle)  # fmt: skip
    process.log_handle = handle
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited: see {log}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                connection.close()
                return process, port
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not answer within 60 s")


def search_clients(
    port: int, paths: list[str], clients: int, stop: threading.Event, seconds: float, result: LevelResult
) -> None:
    """Run ``clients`` threads sending searches until ``stop`` is set or ``seconds`` pass."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    statuses: list[dict[str, int]] = [{} for _ in range(clients)]
    errors = [0] * clients
    deadline = time.monotonic() + seconds

    def client(i: int) -> None:
        rng = random.Random(i)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not stop.is_set() and time.monotonic() < deadline:
            path = paths[rng.randrange(len(paths))]
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                errors[i] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            latencies[i].append(time.perf_counter() - started)
            key = str(response.status)
            statuses[i][key] = statuses[i].get(key, 0) + 1
        connection.close()

    began = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    result.seconds = time.perf_counter() - began
    every = sorted(t for per in latencies for t in per)
    result.requests = len(every)
    result.errors = sum(errors)
    for per in statuses:
        for key, n in per.items():
            result.statuses[key] = result.statuses.get(key, 0) + n
    result.rps = result.requests / result.seconds if result.seconds else 0.0
    if every:
        result.p50_ms, result.p90_ms, result.p99_ms = (percentile(every, q) * 1000 for q in (0.5, 0.9, 0.99))
        result.max_ms = every[-1] * 1000
    result.load_average = os.getloadavg()[0]


class Ingest(threading.Thread):
    """Posts ``documents`` generated articles, one after another, with the write token."""

    def __init__(self, port: int, token: str, documents: int, seed: int) -> None:
        super().__init__(daemon=True)
        self.port, self.token, self.documents = port, token, documents
        rng = random.Random(seed)
        self.bodies = [
            json.dumps({"text": generate_article(rng, 2500), "outlet": f"Load {seed}",
                        "url": f"https://load.example/{seed}/{n}"}).encode()  # fmt: skip
            for n in range(documents)
        ]
        self.done = 0
        self.statuses: dict[str, int] = {}
        self.seconds = 0.0

    def run(self) -> None:
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"}
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        began = time.perf_counter()
        for body in self.bodies:
            try:
                connection.request("POST", "/v1/documents", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                key = str(response.status)
            except (OSError, http.client.HTTPException):
                key = "error"
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            self.statuses[key] = self.statuses.get(key, 0) + 1
            self.done += 1
        self.seconds = time.perf_counter() - began
        connection.close()


def run_level(port: int, paths: list[str], clients: int, args: argparse.Namespace, token: str, *, ingest: bool,
              seed: int) -> LevelResult:  # fmt: skip
    result = LevelResult(clients, ingest)
    stop = threading.Event()
    loader = None
    if ingest:
        loader = Ingest(port, token, args.ingest, seed)
        loader.start()
        watcher = threading.Thread(target=lambda: (loader.join(), stop.set()), daemon=True)
        watcher.start()
    search_clients(port, paths, clients, stop, args.duration, result)
    if loader is not None:
        loader.join(timeout=600)
        result.ingested = loader.done
        result.ingest_seconds = loader.seconds
        result.ingest_statuses = dict(loader.statuses)
    return result


def describe(result: LevelResult) -> str:
    statuses = ", ".join(f"{k}: {v:,}" for k, v in sorted(result.statuses.items()))
    line = (
        f"{result.clients:>3} clients{' + ingest' if result.ingest else '         '} {result.seconds:5.1f} s "
        f"{result.requests:>7,} req {result.rps:8.1f} req/s  p50 {result.p50_ms:7.1f} ms  p90 {result.p90_ms:7.1f}"
        f"  p99 {result.p99_ms:7.1f}  max {result.max_ms:7.1f} ms  5xx {result.server_errors}  "
        f"errors {result.errors}  [{statuses}]  load {result.load_average:.1f}"
    )
    if result.ingest:
        rate = result.ingested / result.ingest_seconds if result.ingest_seconds else 0.0
        line += (f"\n{'':22}ingest: {result.ingested:,} documents in {result.ingest_seconds:.1f} s "
                 f"({rate:.1f} documents/s) {result.ingest_statuses}")  # fmt: skip
    return line


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 if any 5xx or connection error was seen."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per level (default 30)")
    parser.add_argument("--levels", default="1,8,32", help="concurrent clients, comma-separated")
    parser.add_argument("--ingest", type=int, default=1000, help="documents ingested during the second pass")
    parser.add_argument("--no-ingest-pass", action="store_true", help="skip the pass with a concurrent ingest")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=ROOT / "instance" / "bench")
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    args = parser.parse_args(argv)
    levels = [int(n) for n in args.levels.split(",")]
    args.workdir.mkdir(parents=True, exist_ok=True)
    db = args.workdir / f"load_{args.quotes}.db"
    quotes = build_store(db, args.quotes, args.seed)
    paths = make_queries(quotes, args.seed)
    if not args.no_ingest_pass:
        # Ingested documents stay: start each run from the bulk-built store.
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        run_db = args.workdir / f"load_{args.quotes}_run.db"
        run_db.write_bytes(db.read_bytes())
        db = run_db
    token = secrets.token_hex(24)
    process, port = start_server(args, db, token, args.workdir / "gunicorn.log")
    print(f"gunicorn on 127.0.0.1:{port}: {args.workers} workers x {args.threads} threads; "
          f"{os.cpu_count()} CPUs shared with this client", flush=True)  # fmt: skip
    results = []
    try:
        search_clients(port, paths, 4, threading.Event(), 3.0, LevelResult(4, False))  # warm caches
        for clients in levels:
            results.append(run_level(port, paths, clients, args, token, ingest=False, seed=0))
            print(describe(results[-1]), flush=True)
        if not args.no_ingest_pass:
            for n, clients in enumerate(levels):
                results.append(run_level(port, paths, clients, args, token, ingest=True, seed=100 + n))
                print(describe(results[-1]), flush=True)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            status = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            status = process.wait()
        process.log_handle.close()
    print(f"gunicorn stopped by SIGTERM, exit status {status}; load average {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2))
    bad = sum(r.server_errors + r.errors for r in results)
    return 1 if bad or status != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
