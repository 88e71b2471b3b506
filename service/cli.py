"""Command-line interface: ``python -m service extract [FILE ...]`` and friends."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .extraction import extract_quotes


def _extract(args: argparse.Namespace) -> int:
    sources = args.files or ["-"]
    for name in sources:
        if name == "-":
            text, label = sys.stdin.read(), "<stdin>"
        else:
            with open(name, encoding="utf-8", errors="replace") as handle:
                text, label = handle.read(), name
        for quote in extract_quotes(text, include_boilerplate=args.include_boilerplate):
            record = {"file": label, **quote.to_dict()}
            if not args.include_boilerplate:
                record.pop("boilerplate")
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m service", description="Quote provenance service tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the quotations of articles as JSON lines")
    extract.add_argument("files", nargs="*", help="article files (plain text); standard input when none")
    extract.add_argument(
        "--include-boilerplate", action="store_true", help="also print quotes from comments, captions, appeals"
    )
    extract.set_defaults(handler=_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except BrokenPipeError:
        # The reader (head, less) went away; that is not an error of ours.
        sys.stderr.close()
        return 0
