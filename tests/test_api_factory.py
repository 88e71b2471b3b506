"""The app factory and its configuration: environment variables with defaults, overridable per app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from flask import Flask

import service.web
from service.config import SETTINGS, Config, ConfigError, ServerConfig
from service.web import create_app

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def owned_app(tmp_path):
    """An app that opens its own store from DATABASE_URL, closed afterwards."""
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'own.db'}"})
    yield app
    app.extensions["store"].close()


def test_create_app_opens_the_store_at_database_url(owned_app, tmp_path):
    assert (tmp_path / "own.db").exists()
    assert owned_app.test_client().get("/healthz").get_json()["status"] == "ok"
    assert owned_app.test_client().get("/v1/documents").get_json()["total"] == 0


def test_settings_come_from_the_environment_and_the_mapping_overrides_them(monkeypatch, seeded_store):
    monkeypatch.setenv("SEARCH_MAX_AGE", "5")
    monkeypatch.setenv("MATCH_MIN_SCORE", "70")
    app = create_app({"TESTING": True, "STORE": seeded_store, "MATCH_MIN_SCORE": 80.0})
    assert (app.config["SEARCH_MAX_AGE"], app.config["MATCH_MIN_SCORE"]) == (5, 80.0)
    response = app.test_client().get("/v1/search?q=The Kiev regime is determined to resolve the conflict by force")
    assert response.headers["Cache-Control"] == "public, max-age=5"
    assert response.get_json()["min_score"] == 80.0


def test_defaults_apply_when_variables_are_unset_or_empty():
    config = Config.from_env({"SEARCH_MAX_AGE": "  "})
    for setting in SETTINGS:
        if not setting.server:
            assert config[setting.name] == setting.parse(setting.default)
    assert config["MAX_CONTENT_LENGTH"] == 1024 * 1024


@pytest.mark.parametrize(
    ("name", "value"),
    [("MATCH_MIN_SCORE", "high"), ("MATCH_MIN_SCORE", "0"), ("SEARCH_MAX_AGE", "-1"), ("LOG_LEVEL", "loud")],
)
def test_a_bad_value_names_its_variable(name, value):
    with pytest.raises(ConfigError, match=name):
        Config.from_env({name: value})


def test_server_settings_bind_loopback_by_default():
    default = ServerConfig.from_env({})
    assert default.bind == "127.0.0.1:8000"
    assert (default.workers, default.threads, default.seeds_dir) == (2, 4, Path("seeds"))
    custom = ServerConfig.from_env({"PORT": "9001", "HOST": "::1", "SEEDS_DIR": "none", "WEB_CONCURRENCY": "3"})
    assert (custom.bind, custom.seeds_dir, custom.workers) == ("[::1]:9001", None, 3)
    with pytest.raises(ConfigError, match="PORT"):
        ServerConfig.from_env({"PORT": "70000"})


def test_no_app_is_built_at_import_time():
    assert not any(isinstance(value, Flask) for value in vars(service.web).values())


def test_domain_modules_do_not_import_flask():
    code = (
        "import sys; import service.verdicts, service.ingest, service.config, service.cli, service.storage, "
        "service.matching, service.extraction, schemas.verify, schemas.drafts, schemas.documents; "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('flask', 'flask_smorest', 'werkzeug')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
