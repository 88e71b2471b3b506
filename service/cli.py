"""Command-line interface: ``python -m service extract [FILE ...]`` and friends.

* ``extract``: print the quotes of articles as JSON lines;
* ``ingest PATH ...``: index articles (plain-text files, JSON-lines files, or folders of them) with a
  progress bar, then report documents and quotes per second; ``--batch N`` writes N articles per
  transaction through the store's bulk path (``ingest.ingest_documents``);
* ``verify QUOTE`` / ``verify --draft FILE``: the API's verdicts, printed as the API returns them;
* ``check``: the store's consistency (documents, quotes, index); exit status 1 when something is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from marshmallow import ValidationError
from tqdm import tqdm

from schemas.common import LIMIT_MAX
from schemas.documents import DocumentCreateSchema
from schemas.drafts import DraftCheckSchema
from schemas.verify import VerificationSchema

from .config import setting
from .extraction import extract_quotes
from .ingest import ingest_document, ingest_documents, quote_index
from .storage import Store, open_store
from .storage.base import ConsistencyReport, StoredQuote
from .verdicts import check_draft, verify


def _extract(args: argparse.Namespace) -> int:
    sources = args.files or ["-"]
    for name in sources:
        if name == "-":
            text, label = sys.stdin.read(), "<stdin>"
        else:
            with open(name, encoding="utf-8", errors="replace") as handle:
                text, label = handle.read(), name
        for quote in extract_quotes(text, author=args.author, include_boilerplate=args.include_boilerplate):
            record = {"file": label, **quote.to_dict()}
            if not args.include_boilerplate:
                record.pop("boilerplate")
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


# --- ingest ----------------------------------------------------------------------------------------

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_META_FIELDS = ("outlet", "url", "title", "author", "published_at")


@dataclass(frozen=True, slots=True)
class Article:
    """One article read from a file: the fields of a ``POST /v1/documents`` body, or why it cannot be one.

    ``size`` is its share of the input in bytes (for the progress bar); ``origin`` says where it came from.
    """

    origin: str
    size: int
    record: dict | None = None
    error: str | None = None


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            readable = child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
            if readable and child.is_file() and not child.name.startswith("."):
                yield child
    else:
        yield path


def _manifest(folder: Path, cache: dict[Path, dict]) -> dict:
    if folder not in cache:
        manifest = folder / "manifest.json"
        try:
            cache[folder] = json.loads(manifest.read_text(encoding="utf-8")) if manifest.is_file() else {}
        except (OSError, ValueError) as exc:
            raise SystemExit(f"{manifest}: not a readable JSON manifest ({exc})") from exc
    return cache[folder]


def read_articles(paths: Sequence[str], *, outlet: str | None = None) -> Iterator[Article]:
    """Every article under ``paths``, in order.

    A plain-text file is one article; its metadata is its entry in a ``manifest.json`` beside it (the
    format of ``seeds/manifest.json``), else ``outlet``. A ``.jsonl``/``.ndjson`` file holds one JSON object
    per line: ``text`` plus the metadata fields (``outlet`` defaults to ``outlet``). Folders are read
    recursively (``.txt``, ``.text``, ``.md``, ``.jsonl``, ``.ndjson``), in name order.
    """
    manifests: dict[Path, dict] = {}
    for name in paths:
        for path in _files(Path(name)):
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield Article(str(path), 0, error=f"cannot read: {exc.strerror or exc}")
                continue
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from _jsonl_articles(path, data, outlet)
                continue
            meta = _manifest(path.parent, manifests).get(path.name) or {}
            record = {key: meta[key] for key in _META_FIELDS if meta.get(key) is not None}
            if outlet and "outlet" not in record:
                record["outlet"] = outlet
            record["text"] = data.decode("utf-8", errors="replace")
            yield Article(str(path), len(data), record)


def _jsonl_articles(path: Path, data: bytes, outlet: str | None) -> Iterator[Article]:
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        origin = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8", errors="replace"))
        except ValueError as exc:
            yield Article(origin, len(line), error=f"not JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield Article(origin, len(line), error="not a JSON object")
            continue
        if outlet and not record.get("outlet"):
            record["outlet"] = outlet
        yield Article(origin, len(line), record)


def _validated(article: Article) -> tuple[dict | None, str | None]:
    if article.error is not None:
        return None, article.error
    try:
        json.dumps(article.record).encode("utf-8")
    except UnicodeEncodeError:
        return None, "holds a lone UTF-16 surrogate escape"
    try:
        return DocumentCreateSchema().load(article.record), None
    except ValidationError as exc:
        messages = exc.normalized_messages().items()
        return None, "; ".join(f"{field}: {' '.join(map(str, msgs))}" for field, msgs in messages)


def _open_store(args: argparse.Namespace) -> Store:
    return open_store(args.database_url or str(setting("DATABASE_URL")))


def _ingest(args: argparse.Namespace) -> int:
    missing = [name for name in args.paths if not Path(name).exists()]
    if missing:
        print(f"no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    total = sum(path.stat().st_size for name in args.paths for path in _files(Path(name)))
    counts = {"new": 0, "duplicate": 0, "rejected": 0, "quotes": 0}
    started = time.perf_counter()
    with _open_store(args) as store, tqdm(
        total=total, unit="B", unit_scale=True, file=sys.stderr, disable=not args.progress, desc="indexing"
    ) as bar:
        pending: list[dict] = []
        pending_size = 0

        def flush() -> None:
            # One transaction for the pending articles (--batch of them): all of them or none.
            nonlocal pending_size
            if len(pending) == 1:
                body = pending[0]
                results = [ingest_document(store, body.pop("text"), **body)]
            else:
                results = ingest_documents(store, pending)
            for result in results:
                counts["duplicate" if result.duplicate else "new"] += 1
                counts["quotes"] += result.quotes
            bar.update(pending_size)
            bar.set_postfix(documents=counts["new"], quotes=counts["quotes"], refresh=False)
            pending.clear()
            pending_size = 0

        for article in read_articles(args.paths, outlet=args.outlet):
            body, problem = _validated(article)
            if body is None:
                counts["rejected"] += 1
                bar.write(f"{article.origin}: skipped: {problem}", file=sys.stderr)
                bar.update(article.size)
                continue
            pending.append(body)
            pending_size += article.size
            if len(pending) >= args.batch:
                flush()
        if pending:
            flush()
    elapsed = max(time.perf_counter() - started, 1e-9)
    documents = counts["new"] + counts["duplicate"]
    print(
        f"{documents} document(s) read in {elapsed:.2f} s: {counts['new']} indexed, {counts['duplicate']} already "
        f"indexed, {counts['rejected']} skipped; {counts['quotes']} quote(s) stored. "
        f"{documents / elapsed:.1f} documents/s, {counts['quotes'] / elapsed:.1f} quotes/s."
    )
    return 1 if counts["rejected"] else 0


# --- verify ----------------------------------------------------------------------------------------


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _limit(value: str) -> int:
    number = int(value)
    if not 1 <= number <= LIMIT_MAX:
        raise argparse.ArgumentTypeError(f"must be between 1 and {LIMIT_MAX}")
    return number


def _verify(args: argparse.Namespace) -> int:
    min_score = float(setting("MATCH_MIN_SCORE"))
    with _open_store(args) as store:
        if args.draft is not None:
            if args.draft == "-":
                text = sys.stdin.read()
            else:
                with open(args.draft, encoding="utf-8", errors="replace") as handle:
                    text = handle.read()
            result = DraftCheckSchema().dump(check_draft(store, text, min_score=min_score))
        else:
            if not args.quote:
                print("give a QUOTE or --draft FILE", file=sys.stderr)
                return 2
            verification = verify(store, args.quote, speaker=args.speaker, limit=args.limit, min_score=min_score)
            result = VerificationSchema().dump(verification)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return 0


# --- check -----------------------------------------------------------------------------------------


def _index_for(quote: StoredQuote) -> tuple:
    return quote_index(quote.text, quote.kind, quote.boilerplate)


def format_report(report: ConsistencyReport, backend: str, seconds: float) -> str:
    """The report of ``python -m service check`` as lines of text."""
    checked = report.checked
    lines = [
        f"{backend} store: {checked.get('documents', 0):,} document(s), {checked.get('quotes', 0):,} quote(s), "
        f"{checked.get('index_entries', 0):,} index entries checked in {seconds:.1f} s."
    ]
    if report.ok:
        lines.append("consistent: no half-written document, the index matches the quotes.")
        return "\n".join(lines)
    lines.append(f"INCONSISTENT: {len(report.issues)} problem(s)")
    for issue in report.issues:
        shown = ", ".join(map(str, issue.examples))
        more = ", ..." if issue.count > len(issue.examples) else ""
        lines.append(f"- {issue.kind}: {issue.count:,} {issue.detail}" + (f" (ids {shown}{more})" if shown else ""))
    return "\n".join(lines)


def _check(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with _open_store(args) as store:
        try:
            report = store.check_consistency(None if args.skip_index_keys else _index_for)
        except NotImplementedError as exc:
            print(f"cannot check: {exc}", file=sys.stderr)
            return 2
        backend = store.backend
    print(format_report(report, backend, time.perf_counter() - started))
    return 0 if report.ok else 1


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m service", description="Quote provenance service tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the quotations of articles as JSON lines")
    extract.add_argument("files", nargs="*", help="article files (plain text); standard input when none")
    extract.add_argument(
        "--include-boilerplate", action="store_true", help="also print quotes from comments, captions, appeals"
    )
    extract.add_argument("--author", help="the articles' byline: the writer's own 'I' is then this person")
    extract.set_defaults(handler=_extract)

    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--database-url", help="the store (default: $DATABASE_URL, else the SQLite file under instance/)"
    )

    ingest = commands.add_parser(
        "ingest",
        parents=[database],
        help="index articles: plain-text files, JSON-lines files, folders of them",
        description="Index articles. A plain-text file takes its metadata from a manifest.json beside it "
        "(the format of seeds/manifest.json) or --outlet; a .jsonl file holds one object per line with "
        "text, outlet, url, title, author, published_at. Already indexed articles are skipped.",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="a file or a folder (read recursively)")
    ingest.add_argument("--outlet", help="outlet of articles whose metadata names none")
    ingest.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=sys.stderr.isatty(),
        help="show a progress bar on standard error (default: when it is a terminal)",
    )
    ingest.add_argument(
        "--batch", type=_positive, default=1, metavar="N",
        help="articles written per transaction (default 1: each article is committed on its own; a large "
        "import goes faster with e.g. 200, and a crash then loses at most the batch being written)",
    )
    ingest.set_defaults(handler=_ingest)

    verify = commands.add_parser(
        "verify",
        parents=[database],
        help="verify a quote, or every quote of a draft, against the indexed articles",
        description="Print the verdict as JSON, exactly as POST /v1/verify (or POST /v1/drafts/check) returns it.",
    )
    verify.add_argument("quote", nargs="?", help="the quote to verify")
    verify.add_argument("--speaker", help="who the quote is attributed to")
    verify.add_argument("--limit", type=_limit, default=10, help="matches to print (1-100, default 10)")
    verify.add_argument("--draft", metavar="FILE", help="check every quote of a draft instead ('-': standard input)")
    verify.set_defaults(handler=_verify)

    check = commands.add_parser(
        "check",
        parents=[database],
        help="check the store: no half-written document, an index consistent with the quotes",
        description="Check every document, quote and index entry of the store (in one read snapshot, so it "
        "may run beside an ingest). Exit status 0 when consistent, 1 with a report of each problem otherwise, "
        "2 when the backend cannot check.",
    )
    check.add_argument(
        "--skip-index-keys", action="store_true",
        help="do not recompute every quote's index keys (faster; the structure is still checked)",
    )
    check.set_defaults(handler=_check)
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
