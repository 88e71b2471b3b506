"""How extraction time grows on inputs built to defeat it (one core, in process).

    python bench/bench_pathological.py [--units 2000]

Each case repeats one unit (a quotation with its cue, a relative clause, a capitalised run, a stray mark …) in
one paragraph or one sentence, the shapes where a per-quotation scan of "its sentence" or "the text before its
cue" turns quadratic. Every case is run at ``units`` and at twice that; the growth ratio ``t(2n) / t(n)`` is about
2 for linear work and about 4 for quadratic. Also printed: characters per millisecond, against the
``baseline`` case, plain news-like wire copy of the same size, so the cost of a shape shows as a ratio.

A draft check accepts 200,000 characters and ``POST /v1/extract`` a 1 MB body, so any case here can be sent
by anyone; found quadratic on 2026-12-02 and made linear: one sentence holding thousands of quotations
(``X told "a" and "b" and …``: 60 KB took 17 s), ``, who said`` repeated (55 KB: 38 s), ``what the group
called`` repeated (115 KB: 29 s), and thousands of interrupted quotations in one paragraph (3.4 s for 6,000).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_extraction import generate_article  # noqa: E402
from bench.machine import machine_probe  # noqa: E402
from service.extraction import extract_quotes  # noqa: E402

# Each case: units -> text.
CASES: dict[str, Callable[[int], str]] = {
    "quotations in one sentence": lambda n: "X told the crowd " + " and ".join(['"a b c"'] * n) + ".",
    "relative clauses in one sentence": lambda n: ", who said " * n + '"x y z."',
    "what X called, repeated": lambda n: "It is" + " what the group called" * n + ' "x y z."',
    "interrupted quotations, one paragraph": lambda n: " ".join(['"a b," he said, "c d."'] * n),
    "quotation paragraphs with cues": lambda n: "\n\n".join(['"a b c d," he said.'] * n),
    "unclosed quotation paragraphs": lambda n: "\n\n".join(['"a b c d e f'] * n),
    "pronoun cues after one name": lambda n: "John Smith spoke. " + " ".join(['"a b," he said.'] * n),
    "capitalised words, no stop": lambda n: " ".join(["Word"] * (5 * n)),
    "names in one paragraph": lambda n: " ".join(["John Smith met Mary Jones."] * n) + ' "x y," he said.',
    "stray marks": lambda n: "“a ‘b " * (2 * n),
    "HTML-escaped quotations": lambda n: "&quot;a b c&quot; he said. " * n,
    "colon introductions": lambda n: " ".join(['Smith said: "a b c d."'] * n),
    # A paragraph opening on a dash, as Russian-style dialogue does, with no attribution dash to end its speech.
    "dash dialogue that never closes": lambda n: "— a b, c d" * n + ".",
    "dash dialogue paragraphs": lambda n: "\n\n".join(["— a b c, — Smith said. — d e f."] * n),
    # Block quotes without marks: an introduction closing on a colon, then its paragraph; and one long introduction.
    "block quotes after colons": lambda n: "\n\n".join(["John Smith told reporters:", "We will win this war."] * n),
    "a long paragraph ending on said:": lambda n: "a said b " * (2 * n) + "he said:\n\nWe will win this war.",
    # An interview printed as a transcript: labelled answers without marks, and a body reporting what someone said.
    # Quoted titles and nicknames blanked out of the text cues and names are read in (one string rebuilt per piece
    # was quadratic: 8,000 nicknames in 208 KB took 13.6 s).
    "named works in one paragraph": lambda n: " ".join(
        ["Kerry Washington, star of television’s “Scandal,” waved."] * n
    ),
    "nicknames in one paragraph": lambda n: " ".join(['Marcia "Cia" Price spoke.'] * n),
    # "the official" refers back to a fuller description; the paragraph before is read for a colon.
    "described sources, repeated": lambda n: "\n\n".join(
        ['"a b c," a senior official at the ministry told Reuters.', '"d e f," the official said.'] * n
    ),
    # Two speakers alternating, only one of them credited: each quotation looks up its speaker's latest credit.
    "alternating credited speakers": lambda n: "\n\n".join(
        ['"a b c," Ann Lee told reporters.', '"d e f," Tom Hart said.'] * n
    ),
    "transcript answers": lambda n: "\n\n".join(["Question: Why?", "Smith: We will win this war."] * n),
    "a body reporting someone, repeated": lambda n: (
        "The Kremlin said Putin told Scholz that " + " and ".join(['"a b c"'] * n) + "."
    ),
    # Each written quotation looks for the platform its speaker last acted on; each "one official" for a group's
    # credit: both in one long paragraph.
    "written quotations after platforms": lambda n: (
        'Maria Zakharova mocked the visit on Telegram. "a b c," she wrote. ' * n
    ),
    "one of a group after credits": lambda n: (
        'Ann Lee told Reuters the talks stalled. "a b c," one official said. ' * n
    ),
    # Each bare surname is completed from the spellings before it.
    "a surname after its full name, repeated": lambda n: 'Ann Lee, head of the office, spoke. "a b c," Lee said. ' * n,
    # An honorific picks among the surname's spellings by the first name's gender.
    "an honorific surname after its full name, repeated": lambda n: 'John Lee spoke. "a b c," Mr. Lee said. ' * n,
    # Each unmarked paragraph looks at the next for a post's signature line.
    "embedded posts with signatures": lambda n: (
        "We will win this war. Together!\n\n— Ann Lee (@annlee) April 21, 2022\n\n" * n
    ),
    # "the press service" looks back for what it is the press service of.
    "a body named with what it is of, repeated": lambda n: (
        "The press service of the LPR People's Militia reported it. «We hold», the press service said. " * n
    ),
    # Each quoted title-case headline looks for the body's names in it and for a body quotation repeating it.
    "quoted headlines over body quotations": lambda n: (
        "Senator Says 'We Will Win The War Today'\n\n\"We will win the war today,\" said Ann Lee on Monday.\n\n" * n
    ),
}


def timed(text: str, repeats: int = 3) -> float:
    """The best of ``repeats`` CPU times, in seconds, of extracting ``text``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        extract_quotes(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=2000, help="repetitions of each case's unit (and twice that)")
    args = parser.parse_args()

    print(f"machine   : {machine_probe():.0f} ms of CPU for a fixed 2M-iteration Python loop (lower is faster)")
    rows = []
    for name, build in CASES.items():
        small, large = build(args.units), build(2 * args.units)
        t_small, t_large = timed(small), timed(large)
        rows.append((name, len(large), t_small, t_large))
    # The baseline: ordinary wire copy as long as the largest case, in one text.
    size = max(row[1] for row in rows)
    rng = random.Random(7)
    news = ""
    while len(news) < size:
        news += generate_article(rng, 4096) + "\n\n"
    baseline_rate = len(news) / timed(news, repeats=1) / 1000

    print(f"baseline  : news-like wire copy, {len(news):,} characters: {baseline_rate:,.0f} characters per ms")
    widths = {"chars (2n)": 10, "t(n) s": 8, "t(2n) s": 8, "growth": 7, "chars/ms": 9, "vs news": 8}
    print(f"{'case':40s} " + " ".join(f"{title:>{width}s}" for title, width in widths.items()))
    for name, chars, t_small, t_large in rows:
        rate = chars / max(t_large, 1e-6) / 1000
        growth = t_large / max(t_small, 1e-6)
        print(
            f"{name:40s} {chars:10,d} {t_small:8.3f} {t_large:8.3f} {growth:7.1f} {rate:9,.0f} "
            f"{rate / baseline_rate:7.2f}x"
        )


if __name__ == "__main__":
    main()
