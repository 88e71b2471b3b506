"""Extraction throughput on generated news-like articles (one core, in process).

    python bench/bench_extraction.py [--articles 3000] [--size 4096] [--seed 7] [--corpus DIR]

The articles imitate wire copy: paragraphs of two to four sentences, about half of them carrying a quote
in one of the common layouts (after-cue, colon introduction, interrupted quote, fragment, scare quote,
HTML-escaped marks), so a 4 KB article holds eight to ten quotations, as real news does.

Prints a machine probe (the CPU time of a fixed pure-Python loop, taken just before the run: these virtual
machines' speed drifts by up to 2x), articles/s and MB/s for the extractor, and the same figures for a baseline
that only finds double-quoted spans with one regular expression, so the cost of attribution shows as a ratio.
The rate is given in wall-clock time and in the process's CPU time, which a busy machine disturbs less.
``--corpus DIR`` measures the ``*.txt`` files of a directory instead (e.g. PolNeAR's train texts).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import machine_probe  # noqa: E402
from service.extraction import extract_quotes  # noqa: E402

FIRST = ["Ann", "Tom", "Maria", "Dmitry", "Denis", "Olena", "James", "Fatima", "Pierre", "Liu"]
LAST = ["Lee", "Hart", "Novak", "Peskov", "Pushilin", "Kovalenko", "Smith", "Haddad", "Dubois", "Wei"]
ROLES = ["Kremlin spokesman", "Mayor", "Foreign Minister", "Senator", "the head of the regional council,"]
VERBS = ["said", "told reporters", "added", "wrote", "said in a statement", "told the TASS news agency"]
WORDS = (
    "the of and to in a is that for on it with as was at by be this are from or have an they which one had "
    "not but all were when we there can been has more if will would about their no out so what up said "
    "government city council war troops border ceasefire talks support weapons region people state plan "
    "minister report shelling forces attack agreement security election vote economy prices budget "
    "school hospital bridge road water power winter refugees aid negotiations sanctions"
).split()


def _sentence(rng: random.Random, low: int = 8, high: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def generate_article(rng: random.Random, size: int) -> str:
    """A news-like article of about ``size`` characters with quotes in the common layouts."""
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    paragraphs = [f"{rng.choice(ROLES)} {people[0]} {_sentence(rng).lower()}"]
    while sum(len(p) + 2 for p in paragraphs) < size:
        person = rng.choice(people)
        surname = person.split()[-1]
        # Wire copy: roughly every other paragraph is the writer's own prose of two to four sentences.
        if rng.random() < 0.5:
            paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))))
            continue
        layout = rng.randrange(6)
        quote = _sentence(rng)[:-1]
        if layout == 0:
            paragraphs.append(f"“{quote},” {surname} {rng.choice(VERBS)}.")
        elif layout == 1:
            paragraphs.append(f'{person} {rng.choice(VERBS)}: "{quote}."')
        elif layout == 2:
            paragraphs.append(f"“{quote},” he said, “{_sentence(rng).lower()}”")
        elif layout == 3:
            fragment = " ".join(quote.split()[:5]).lower()
            paragraphs.append(f"{surname} accused officials of “{fragment}” {_sentence(rng).lower()}")
        elif layout == 4:
            paragraphs.append(f"{_sentence(rng)} {_sentence(rng)} The city’s “{rng.choice(WORDS)}” plan continues.")
        else:
            paragraphs.append(f"&quot;{quote}&quot;, according to {person}.")
    return "\n\n".join(paragraphs)


_BASELINE = re.compile(r"[\"“]([^\"”]{1,2000})[\"”]")


def baseline(text: str) -> list[str]:
    """The cheapest possible quote finder: double-quoted spans, no attribution."""
    return _BASELINE.findall(text)


def measure(function, articles: list[str]) -> tuple[float, float, int, list[float], float]:
    """Articles per second, MB per second, items found, per-article latencies (ms), articles per CPU second."""
    latencies = []
    found = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for article in articles:
        t0 = time.perf_counter()
        found += len(function(article))
        latencies.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    return len(articles) / elapsed, megabytes / elapsed, found, latencies, len(articles) / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--size", type=int, default=4096, help="approximate characters per article")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, help="measure the *.txt files of this directory instead")
    args = parser.parse_args()
    if args.corpus:
        articles = [path.read_text(encoding="utf-8") for path in sorted(args.corpus.glob("*.txt"))]
        label = f"articles from {args.corpus}"
    else:
        rng = random.Random(args.seed)
        articles = [generate_article(rng, args.size) for _ in range(args.articles)]
        label = "generated articles"
    mean_size = statistics.mean(len(a) for a in articles)
    for article in articles[:20]:  # warm the regular-expression caches and load the first-name table
        extract_quotes(article)
    probe = machine_probe()
    rate, mbps, found, latencies, cpu_rate = measure(extract_quotes, articles)
    base_rate, base_mbps, base_found, _, _ = measure(baseline, articles)
    latencies.sort()
    print(f"{len(articles)} {label}, mean {mean_size:.0f} characters")
    print(f"machine   : {probe:.0f} ms of CPU for a fixed 2M-iteration Python loop just before (lower is faster)")
    print(f"extractor : {rate:8.0f} articles/s  {mbps:6.2f} MB/s  {found} quotes")
    print(f"            {cpu_rate:8.0f} articles per CPU second")
    print(
        f"            latency per article p50 {latencies[len(latencies) // 2]:.2f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)]:.2f} ms, p99 {latencies[int(len(latencies) * 0.99)]:.2f} ms"
    )
    print(f"baseline  : {base_rate:8.0f} articles/s  {base_mbps:6.2f} MB/s  {base_found} quoted spans (regex only)")
    print(f"ratio     : the extractor takes {base_rate / rate:.0f}x the time of the bare regex")


if __name__ == "__main__":
    main()
