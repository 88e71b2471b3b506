"""Cost of a provenance request: on the seeds, and on synthetic statements carried by many documents.

    .venv/bin/python -m bench.bench_provenance --sizes 100,1000 --spun 0.1 --repeat 5 --seed 1

Provenance is computed from the store on every request (no cache), so its cost is one cluster read plus
``cluster_provenance``, whose dearest part compares every wording line with the earlier and longer ones
(quadratic in the number of *lines*, not of occurrences: copies share their line).

A synthetic statement of N occurrences, each in its own document (outlets ``Outlet 0..49``, dates over ten
days, 5% undated), is ingested through ``ingest_document`` with cluster linking (as the API does):

  wire        the wire text, copied verbatim (with case and punctuation changes now and then)
  translation one of two other renderings of the same words (each with its own copies)
  spun        the wire text with two or three words substituted (``--spun`` of the occurrences; each its own line)
  fragment    6 to 12 consecutive words of the wire text or of a translation

Printed per size: occurrences, lines, alterations, truncations, and milliseconds (median of ``--repeat``,
wall clock and CPU) for the cluster read, for ``cluster_provenance``, for the whole HTTP request through
the Flask test client (schema dump and JSON included) with its response size, and for ``GET
/v1/outlets/<name>`` of the outlet with the most occurrences. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from service.extraction.model import Quote
from service.ingest import ingest_document, ingest_seeds
from service.provenance import cluster_provenance
from service.storage import open_store
from service.web import create_app

WIRE = (
    "The northern pipeline will deliver gas to every coastal town before the first snow, and no household "
    "will pay more for heating this winter, the minister said in the capital on Monday evening"
)
TRANSLATIONS = (
    "The northern pipeline is going to bring gas to every town on the coast before the first snow falls, and "
    "no household will pay more for heating during this winter",
    "Gas from the northern pipeline will reach each coastal town before the first snow, and not one household "
    "will have to pay more for its heating this winter",
)
SUBSTITUTES = ("some", "most", "few", "many", "cities", "villages", "surely", "never", "again", "perhaps")
ROOT = Path(__file__).resolve().parent.parent


def occurrence_text(rng: random.Random, spun: float) -> str:
    roll = rng.random()
    if roll < spun:
        words = WIRE.split()
        for _ in range(rng.randint(2, 3)):
            words[rng.randrange(len(words))] = rng.choice(SUBSTITUTES)
        return " ".join(words)
    if roll < spun + 0.15:
        return rng.choice(TRANSLATIONS)
    if roll < spun + 0.25:
        words = rng.choice((WIRE, *TRANSLATIONS)).split()
        start = rng.randrange(len(words) - 12)
        return " ".join(words[start : start + rng.randint(6, 12)])
    return WIRE.upper() if rng.random() < 0.05 else WIRE


def build(store, n: int, spun: float, rng: random.Random) -> None:
    for i in range(n):
        text = occurrence_text(rng, spun)
        article = f'"{text}," Energy Minister Karin Holt said. Story {i}.'
        quote = Quote(text, 1, 1 + len(text), "full", "Karin Holt", credited_source=rng.choice(("Nordwire", None)))
        day = rng.randrange(10)
        published = None if rng.random() < 0.05 else f"2024-03-{1 + day:02d}"
        ingest_document(
            store, article, outlet=f"Outlet {i % 50}", published_at=published, extract=lambda _text, q=quote: [q]
        )


def timed(run, repeat: int) -> tuple[float, float, object]:
    """Median wall-clock and median CPU milliseconds of ``repeat`` runs, and the last result. CPU time is what
    to compare on a shared machine: other processes stretch the wall clock, not it."""
    wall, cpu, result = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = run()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), result


def report(label: str, store, quote_id: int, outlet: str, repeat: int) -> None:
    client = create_app({"TESTING": True, "STORE": store}).test_client()
    cluster_id = store.get_quote(quote_id).cluster_id
    read, read_cpu, cluster = timed(lambda: store.get_cluster(cluster_id), repeat)
    compute, compute_cpu, prov = timed(lambda: cluster_provenance(cluster), repeat)
    request, request_cpu, response = timed(lambda: client.get(f"/v1/quotes/{quote_id}/provenance"), repeat)
    outlet_ms, outlet_cpu, outlet_response = timed(lambda: client.get(f"/v1/outlets/{outlet}"), repeat)
    assert response.status_code == 200 and outlet_response.status_code == 200
    print(
        f"{label}: {len(cluster.quotes)} occurrences, {len(prov.lines)} lines, {len(prov.alterations)} alterations, "
        f"{len(prov.truncations)} truncations; median ms wall/CPU: read {read:.1f}/{read_cpu:.1f}, "
        f"compute {compute:.1f}/{compute_cpu:.1f}, request {request:.1f}/{request_cpu:.1f} "
        f"({len(response.data) / 1024:.0f} KiB), outlet record {outlet_ms:.1f}/{outlet_cpu:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="occurrences per synthetic statement")
    parser.add_argument("--spun", type=float, default=0.1, help="share of spun copies (each a line of its own)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/seeds.db")
        ingest_seeds(store, ROOT / "seeds")
        clusters = {}
        for q in store.iter_quotes():
            clusters.setdefault(q.cluster_id, q.id)
        client = create_app({"TESTING": True, "STORE": store}).test_client()
        client.get(f"/v1/quotes/{next(iter(clusters.values()))}/provenance")  # warm up
        wall, cpu = [], []
        for quote_id in clusters.values():
            request_ms, request_cpu, response = timed(lambda q=quote_id: client.get(f"/v1/quotes/{q}/provenance"), 1)
            assert response.status_code == 200
            wall.append(request_ms)
            cpu.append(request_cpu)
        print(
            f"seeds: {len(wall)} statements, request median {statistics.median(wall):.2f} ms wall, "
            f"{statistics.median(cpu):.2f} ms CPU; slowest {max(wall):.2f} ms wall"
        )
        report("seeds, largest", store, 27, "The%20Business%20Standard", args.repeat)
        store.close()
        for n in (int(s) for s in args.sizes.split(",")):
            store = open_store(f"sqlite:///{tmp}/synthetic-{n}.db")
            start = time.perf_counter()
            build(store, n, args.spun, random.Random(args.seed))
            print(f"built {n} documents in {time.perf_counter() - start:.1f} s")
            report(f"{n} occurrences", store, 1, "Outlet%200", args.repeat)
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
