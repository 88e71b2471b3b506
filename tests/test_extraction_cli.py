"""``python -m service extract``: JSON lines from files or standard input, run as a real subprocess."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "service", "extract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )


def test_extract_reads_files_and_names_them():
    seed = next((ROOT / "seeds").glob("002_*.txt"))
    lines = run(str(seed)).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["text"] for r in records] == [
        "First and foremost, we need to counter the Bayraktars",
        "We need to talk about the weapons you mean.",
    ]
    assert {r["file"] for r in records} == {str(seed)}
    expected_fields = {
        "file", "text", "start", "end", "kind", "speaker", "speaker_mention", "cue", "relayed_by",
        "credited_source", "paragraph", "group",
    }
    assert set(records[0]) == expected_fields
    assert records[0]["speaker"] == "Denis Pushilin"


def test_extract_reads_standard_input_when_no_file_is_given():
    out = run(stdin='"We will rebuild the bridge," Mayor Ann Lee said.').stdout
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["file"] == "<stdin>"
    assert record["speaker"] == "Ann Lee"
    assert (record["start"], record["end"]) == (1, 27)


def test_boilerplate_is_kept_and_marked_on_request():
    seed = next((ROOT / "seeds").glob("002_*.txt"))
    records = [json.loads(line) for line in run("--include-boilerplate", str(seed)).stdout.splitlines()]
    assert sum(r["boilerplate"] for r in records) == 3


def test_the_byline_given_with_author_is_the_writers_i():
    memoir = "I was nervous that morning, and my lawyer knew it.\n\n“Your Honor,” I said, “I am sorry.”"
    records = [json.loads(line) for line in run("--author", "Dinesh D'Souza", stdin=memoir).stdout.splitlines()]
    assert {r["speaker"] for r in records} == {"Dinesh D'Souza"}
    assert {json.loads(line)["speaker"] for line in run(stdin=memoir).stdout.splitlines()} == {None}
