"""``python -m service ingest`` and ``python -m service verify``, through ``cli.main`` on temporary stores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from service.cli import main, read_articles
from service.storage import open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PUTIN = (
    "We expect, and I want to emphasize this, that all disputes will be resolved during talks between the "
    "current Kyiv authorities and the leaders of these republics"
)
ARTICLE = '"The grain corridor will stay open through the whole winter season," Deputy Minister Ivan Petrov said.'


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def ingest(db: str, *args: str) -> int:
    return main(["ingest", "--database-url", db, "--no-progress", *args])


def documents(db: str) -> list:
    with open_store(db) as store:
        return list(store.list_documents(limit=100).items)


def test_ingest_a_folder_with_its_manifest_and_again_adds_nothing(db, capsys):
    assert ingest(db, str(SEEDS)) == 0
    out = capsys.readouterr().out
    assert "5 document(s) read" in out and "5 indexed, 0 already indexed, 0 skipped" in out
    assert "documents/s" in out and "quotes/s" in out
    stored = {d.outlet: d for d in documents(db)}
    assert stored["Antiwar.com"].author == "Dave DeCamp"
    assert stored["The Business Standard"].published_at == "2022-02-24"

    assert ingest(db, str(SEEDS)) == 0
    assert "0 indexed, 5 already indexed" in capsys.readouterr().out
    assert len(documents(db)) == 5


def test_ingest_json_lines_reports_and_skips_bad_lines(db, tmp_path, capsys):
    lines = [
        json.dumps({"text": ARTICLE, "outlet": "Wire", "url": "https://wire.example/1", "published_at": "2024-05-01"}),
        "",
        "{not json",
        json.dumps({"text": "No outlet given."}),
        json.dumps(["a list"]),
        json.dumps({"text": "Dated badly.", "outlet": "Wire", "published_at": "soon"}),
        json.dumps({"text": "Second article, same outlet.", "outlet": "Wire"}),
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ingest(db, str(path)) == 1  # some lines were skipped
    captured = capsys.readouterr()
    assert "2 indexed, 0 already indexed, 4 skipped" in captured.out
    assert f"{path}:3: skipped: not JSON" in captured.err
    assert f"{path}:4: skipped: outlet" in captured.err
    assert f"{path}:5: skipped: not a JSON object" in captured.err
    assert f"{path}:6: skipped: published_at" in captured.err
    assert sorted(d.url or "" for d in documents(db)) == ["", "https://wire.example/1"]


def test_batched_ingest_stores_what_one_by_one_does(tmp_path, capsys):
    # The seeds plus a JSON-lines file that repeats one seed's text: one by one and in batches of 3 (one
    # transaction each, through the store's bulk path) store the same documents, quotes and clusters.
    seed = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    name = sorted(seed)[0]
    repeat = tmp_path / "extra" / "repeat.jsonl"
    repeat.parent.mkdir()
    copy = {"text": (SEEDS / name).read_text(encoding="utf-8"), "outlet": "Copycat"}
    lines = [copy, {"text": ARTICLE, "outlet": "Wire"}]
    repeat.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    summaries = {}
    for batch in ("1", "3"):
        db = f"sqlite:///{tmp_path / f'batch{batch}.db'}"
        assert ingest(db, "--batch", batch, str(SEEDS), str(repeat)) == 0
        assert "6 indexed, 1 already indexed, 0 skipped" in capsys.readouterr().out
        assert ingest(db, "--batch", batch, str(SEEDS), str(repeat)) == 0
        assert "0 indexed, 7 already indexed" in capsys.readouterr().out
        with open_store(db) as store:
            assert store.check_consistency().ok
            quotes = list(store.iter_quotes())
            summaries[batch] = (store.stats(), [(q.document_id, q.text, q.indexed, q.cluster_id) for q in quotes])
    assert summaries["1"] == summaries["3"]
    assert summaries["3"][0]["clusters"] < summaries["3"][0]["quotes"]  # the seeds' shared quotes are clustered


def test_batch_must_be_positive(db, capsys):
    with pytest.raises(SystemExit):
        ingest(db, "--batch", "0", str(SEEDS))


def test_plain_text_needs_an_outlet_from_a_manifest_or_the_option(db, tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert ingest(db, str(article)) == 1
    assert "skipped: outlet" in capsys.readouterr().err
    assert ingest(db, str(article), "--outlet", "Local Paper") == 0
    [stored] = documents(db)
    assert stored.outlet == "Local Paper"


def test_folders_are_read_recursively_and_other_files_ignored(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("one", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.jsonl").write_text('{"text": "two"}\n', encoding="utf-8")
    (tmp_path / "a" / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / "a" / ".hidden.txt").write_text("no", encoding="utf-8")
    found = list(read_articles([str(tmp_path / "a")], outlet="X"))
    assert [(a.origin, a.record["text"], a.record["outlet"]) for a in found] == [
        (str(tmp_path / "a" / "b" / "two.jsonl") + ":1", "two", "X"),
        (str(tmp_path / "a" / "one.txt"), "one", "X"),
    ]


def test_a_missing_path_is_a_usage_error(db, capsys):
    assert ingest(db, "/no/such/folder") == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_the_progress_bar_and_the_rates(db):
    run = subprocess.run(
        [sys.executable, "-m", "service", "ingest", "--database-url", db, "--progress", str(SEEDS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert "indexing" in run.stderr and "100%" in run.stderr
    assert "documents/s" in run.stdout


# --- verify ----------------------------------------------------------------------------------------


@pytest.fixture
def seeded_db(db):
    assert ingest(db, str(SEEDS)) == 0
    return db


def test_verify_prints_the_verification_as_the_api_does(seeded_db, capsys):
    assert main(["verify", PUTIN, "--speaker", "Peskov", "--limit", "1", "--database-url", seeded_db]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["verdict"] == "misattributed"
    assert body["attributed_to"] == ["Vladimir Putin"]
    assert len(body["matches"]) == 1 and body["matches"][0]["outlet"] == "Antiwar.com"


def test_verify_a_draft(seeded_db, tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text(f'Putin said: "{PUTIN}." Peskov said: "{PUTIN}."', encoding="utf-8")
    assert main(["verify", "--draft", str(draft), "--database-url", seeded_db]) == 0
    body = json.loads(capsys.readouterr().out)
    assert [q["verdict"] for q in body["quotes"]] == ["verified", "misattributed"]
    assert body["summary"] == {"verified": 1, "altered": 0, "misattributed": 1, "not_found": 0}


def test_verify_needs_a_quote_or_a_draft(seeded_db, capsys):
    assert main(["verify", "--database-url", seeded_db]) == 2
    with pytest.raises(SystemExit):
        main(["verify", "x", "--limit", "101", "--database-url", seeded_db])
    assert "between 1 and 100" in capsys.readouterr().err
