"""Configuration: every setting comes from an environment variable with a default.

``SETTINGS`` is the one list of them; the README's "Configuration" table lists each with its default, and
``tests/test_docs.py`` fails when one is missing there. ``Config.from_env()`` reads the application's
settings (what ``create_app`` uses); ``ServerConfig.from_env()`` reads gunicorn's (``gunicorn.conf.py``).
No Flask import here: the CLI and gunicorn's master process read the same settings.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from service.matching.score import MATCH

__all__ = ["SETTINGS", "ApiTokens", "Config", "ConfigError", "ServerConfig", "Setting", "setting"]

ROOT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    """An environment variable holds a value its setting cannot take."""


def _text(value: str) -> str:
    return value.strip()


def _port(value: str) -> int:
    port = _integer(value)
    if not 0 < port < 65536:
        raise ValueError("not a TCP port")
    return port


def _integer(value: str) -> int:
    return int(value.strip())


def _positive(value: str) -> int:
    number = _integer(value)
    if number < 1:
        raise ValueError("must be at least 1")
    return number


def _non_negative(value: str) -> int:
    number = _integer(value)
    if number < 0:
        raise ValueError("must be 0 or more")
    return number


def _score(value: str) -> float:
    score = float(value.strip())
    if not 0 < score <= 100:
        raise ValueError("must be in (0, 100]")
    return score


def _boolean(value: str) -> bool:
    word = value.strip().lower()
    if word in {"1", "true", "yes", "on"}:
        return True
    if word in {"0", "false", "no", "off"}:
        return False
    raise ValueError("must be true or false")


def _rate_limits(value: str) -> str:
    from limits import parse_many  # the rate-limit string syntax Flask-Limiter reads

    text = value.strip()
    try:
        parse_many(text)
    except ValueError as exc:
        raise ValueError("not a rate limit such as '300 per minute' or '10/second; 300/minute'") from exc
    return text


class ApiTokens:
    """The bearer tokens allowed to write. Only their SHA-256 digests are kept, so no repr, log line or error
    message of the configuration can show a token; ``accepts`` compares in constant time."""

    MIN_LENGTH = 16
    __slots__ = ("_digests",)

    def __init__(self, tokens: Iterable[str] = ()) -> None:
        self._digests = tuple(hashlib.sha256(token.encode("utf-8")).digest() for token in tokens)

    @classmethod
    def parse(cls, value: str) -> ApiTokens:
        """Tokens separated by commas or white space; ``none`` for no token (writes from loopback only)."""
        text = value.strip()
        if text.lower() == "none":
            return cls()
        tokens = [t for t in text.replace(",", " ").split() if t]
        # Never echo a token back: the message names only what is wrong.
        if any(len(t) < cls.MIN_LENGTH for t in tokens):
            raise ValueError(f"every token needs at least {cls.MIN_LENGTH} characters")
        if any(not t.isascii() or not t.isprintable() for t in tokens):
            raise ValueError("tokens are printable ASCII")
        return cls(tokens)

    def accepts(self, token: str) -> bool:
        """Whether ``token`` is one of the set. Every digest is compared (no early exit), each with
        ``hmac.compare_digest``, so the time taken says nothing about how close a guess came."""
        digest = hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()
        found = False
        for known in self._digests:
            found |= hmac.compare_digest(known, digest)
        return found

    def __bool__(self) -> bool:
        return bool(self._digests)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ApiTokens) and set(self._digests) == set(other._digests)

    def __hash__(self) -> int:
        return hash(frozenset(self._digests))

    def __len__(self) -> int:
        return len(self._digests)

    def __repr__(self) -> str:
        return f"ApiTokens(<{len(self._digests)} hidden>)"


def _log_level(value: str) -> str:
    level = value.strip().lower()
    if level not in {"debug", "info", "warning", "error", "critical"}:
        raise ValueError("must be debug, info, warning, error or critical")
    return level


@dataclass(frozen=True, slots=True)
class Setting:
    """One environment variable: its default (as written in the README) and what it sets."""

    name: str
    default: str
    help: str
    parse: Callable[[str], object] = _text
    server: bool = False  # read by gunicorn.conf.py rather than by the application
    secret: bool = False  # never shown, not even in the message about a bad value

    def read(self, environ: Mapping[str, str]) -> object:
        """The parsed value from ``environ``, or the parsed default when the variable is unset or empty."""
        raw = environ.get(self.name)
        if raw is None or not raw.strip():
            raw = self.default
        try:
            return self.parse(raw)
        except ValueError as exc:
            shown = "<hidden>" if self.secret else repr(raw)
            raise ConfigError(f"{self.name}={shown}: {exc}") from exc


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DATABASE_URL",
        "sqlite:///instance/quotes.db",
        "The store: `sqlite:///relative/path.db`, `sqlite:////absolute/path.db` (relative to the working "
        "directory), `sqlite://` for a private in-memory database.",
    ),
    Setting(
        "SEEDS_DIR",
        "seeds",
        "Folder with `manifest.json` whose articles gunicorn indexes when it starts (already indexed ones "
        "are skipped); `none` to index nothing.",
    ),
    Setting(
        "MATCH_MIN_SCORE",
        f"{MATCH:g}",
        "Lowest score (0-100) at which a source quote counts as a match; below it the verdict is `not_found`.",
        _score,
    ),
    Setting(
        "SEARCH_MAX_AGE",
        "60",
        "Seconds browsers and proxies may cache a `GET /v1/search` answer (`Cache-Control: max-age`).",
        _non_negative,
    ),
    Setting("LOG_LEVEL", "info", "Log level of the application and of gunicorn.", _log_level),
    Setting("HOST", "127.0.0.1", "Address gunicorn listens on (the Docker image sets `0.0.0.0`).", server=True),
    Setting("PORT", "8000", "Port gunicorn listens on.", _port, server=True),
    Setting("WEB_CONCURRENCY", "2", "Gunicorn worker processes.", _positive, server=True),
    Setting("GUNICORN_THREADS", "4", "Threads per gunicorn worker.", _positive, server=True),
    Setting(
        "GUNICORN_TIMEOUT",
        "60",
        "Seconds a request may take before gunicorn restarts its worker.",
        _positive,
        server=True,
    ),
    Setting(
        "API_TOKENS",
        "none",
        "Bearer tokens (comma- or space-separated, at least 16 characters each) that may write "
        "(`POST /v1/documents`); `none`: writes are accepted only from loopback clients, with a warning at start.",
        ApiTokens.parse,
        secret=True,
    ),
    Setting(
        "RATELIMIT_ENABLED",
        "true",
        "Rate limits on requests without a valid token, per client address (`false` turns them off).",
        _boolean,
    ),
    Setting(
        "RATELIMIT_DEFAULT",
        "300 per minute",
        "Requests per client address to all public endpoints together (`/healthz` is exempt); over it, 429.",
        _rate_limits,
    ),
    Setting(
        "RATELIMIT_HEAVY",
        "30 per minute",
        "Additional limit per client address on each of the costly `POST /v1/extract` and `POST /v1/drafts/check`.",
        _rate_limits,
    ),
    Setting(
        "RATELIMIT_STORAGE_URI",
        "memory://",
        "Where rate-limit counters live: `memory://` (per worker process) or `redis://host:port` (shared).",
    ),
    Setting(
        "PROXY_COUNT",
        "0",
        "Reverse proxies in front of the service whose `X-Forwarded-For`/`-Proto` headers are trusted.",
        _non_negative,
    ),
    Setting(
        "HSTS_MAX_AGE",
        "0",
        "Seconds of `Strict-Transport-Security` sent on HTTPS requests; 0 sends none.",
        _non_negative,
    ),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


def setting(name: str, environ: Mapping[str, str] | None = None) -> object:
    """The value of one setting, from ``environ`` (default: the process environment)."""
    return _BY_NAME[name].read(os.environ if environ is None else environ)



class Config:
    """The application's settings as Flask config keys, plus the fixed limits of the API."""

    # Fixed limits (documented in the README's "API" section); not environment variables because the
    # OpenAPI document states them and clients rely on them.
    MAX_CONTENT_LENGTH = 1024 * 1024

    API_TITLE = "Quote provenance API"
    API_VERSION = "1.0"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/"
    OPENAPI_JSON_PATH = "openapi.json"
    OPENAPI_SWAGGER_UI_PATH = "docs"
    # Served from the swagger-ui-bundle package by service.web.docs: /docs works with no internet access.
    OPENAPI_SWAGGER_UI_URL = "/docs/assets/"
    # Swagger UI would otherwise load a validity badge from validator.swagger.io.
    OPENAPI_SWAGGER_UI_CONFIG = {"validatorUrl": None}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> dict[str, object]:
        """Every Flask config key: the class attributes above and the application settings of ``environ``."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {key: getattr(cls, key) for key in dir(cls) if key.isupper()}
        for setting in SETTINGS:
            if not setting.server:
                values[setting.name] = setting.read(environ)
        return values


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Gunicorn's settings (``gunicorn.conf.py``) and what its master does before starting workers."""

    host: str
    port: int
    workers: int
    threads: int
    timeout: int
    log_level: str
    database_url: str
    seeds_dir: Path | None

    @property
    def bind(self) -> str:
        """The ``host:port`` gunicorn binds (IPv6 addresses in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServerConfig:
        """Read every server setting from ``environ`` (default: the process environment)."""
        environ = os.environ if environ is None else environ
        seeds = str(setting("SEEDS_DIR", environ))
        return cls(
            host=str(setting("HOST", environ)),
            port=int(setting("PORT", environ)),
            workers=int(setting("WEB_CONCURRENCY", environ)),
            threads=int(setting("GUNICORN_THREADS", environ)),
            timeout=int(setting("GUNICORN_TIMEOUT", environ)),
            log_level=str(setting("LOG_LEVEL", environ)),
            database_url=str(setting("DATABASE_URL", environ)),
            seeds_dir=None if seeds.lower() == "none" else Path(seeds),
        )
