"""Who may write, how often anyone may ask, and the headers every response carries.

* **Write access.** A request that changes the store (any POST, PUT, PATCH or DELETE except the read-only
  computations ``POST /v1/extract``, ``/v1/verify`` and ``/v1/drafts/check``) needs
  ``Authorization: Bearer <token>`` with a token of ``API_TOKENS``: 401 without a valid one. While
  ``API_TOKENS`` is ``none`` (the embedded default), writes are accepted only from a loopback client that
  is not relayed by a proxy, and 403 answers everyone else. The rule covers every write route by default,
  so a write endpoint added later is protected without anyone remembering to.
* **Rate limits** (Flask-Limiter) per client address on every request that carries no valid token:
  ``RATELIMIT_DEFAULT`` over all endpoints together, plus ``RATELIMIT_HEAVY`` on each costly extraction
  endpoint; 429 with ``Retry-After``. ``/healthz`` and static files are exempt. Counters live in
  ``RATELIMIT_STORAGE_URI`` (memory per worker, or Redis); if Redis is down, limits fall back to memory
  rather than failing requests.
* **Headers** on every response, errors included: ``X-Content-Type-Options``, ``Referrer-Policy``,
  ``X-Frame-Options``, ``Cross-Origin-Resource-Policy``, a default ``Content-Security-Policy`` where a view
  set none, ``Strict-Transport-Security`` on HTTPS when ``HSTS_MAX_AGE`` > 0.

Client addresses are the TCP peer's, or, with ``PROXY_COUNT`` > 0, the one that many trusted proxies
report in ``X-Forwarded-For`` (werkzeug's ``ProxyFix``).
"""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections.abc import Iterable
from functools import lru_cache

from flask import Flask, Response, current_app, g, request
from flask_limiter import Limiter, RateLimitExceeded
from limits.storage import MemoryStorage
from werkzeug.exceptions import Forbidden, Unauthorized
from werkzeug.middleware.proxy_fix import ProxyFix

from service.config import ApiTokens
from service.web.errors import problem

__all__ = [
    "API_CSP",
    "DOCS_CSP",
    "READ_ONLY_POSTS",
    "ThreadSafeMemoryStorage",
    "client_address",
    "document_security",
    "has_valid_token",
    "init_app",
    "is_write",
]

# POST endpoints that compute an answer and store nothing: they are public reads.
READ_ONLY_POSTS = frozenset({"extract.extract", "verify.verify_view", "drafts.check"})
# Extraction of up to 200,000 characters costs seconds of CPU: these get RATELIMIT_HEAVY on top.
HEAVY_ENDPOINTS = frozenset({"extract.extract", "drafts.check"})
EXEMPT_ENDPOINTS = frozenset({"health.healthz"})
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_FORWARDING_HEADERS = ("Forwarded", "X-Forwarded-For", "X-Real-IP")

# JSON and problem responses: nothing in them may run, load or be framed.
API_CSP = "default-src 'none'; frame-ancestors 'none'"
# Swagger UI at /docs: its page starts the bundle with an inline script and styles elements inline.
DOCS_CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    )
)
_FIXED_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
BEARER_CHALLENGE = 'Bearer realm="quote-provenance"'


def _tokens(value: object) -> ApiTokens:
    # The environment gives ApiTokens; tests and embedding code may pass a string or a list of tokens.
    if isinstance(value, ApiTokens):
        return value
    if value is None:
        return ApiTokens()
    if isinstance(value, str):
        return ApiTokens.parse(value)
    if isinstance(value, Iterable):
        return ApiTokens(value)
    raise TypeError("API_TOKENS must be a string or a list of tokens")


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def has_valid_token() -> bool:
    """Whether the request carries a bearer token of ``API_TOKENS`` (memoised for the request)."""
    if "api_token_valid" not in g:
        token = _bearer_token()
        tokens: ApiTokens = current_app.extensions["api_tokens"]
        g.api_token_valid = bool(token) and tokens.accepts(token)
    return g.api_token_valid


def is_write() -> bool:
    """Whether the request is routed to a view that may change the store."""
    return (
        request.method in _WRITE_METHODS
        and request.url_rule is not None
        and request.endpoint not in READ_ONLY_POSTS
    )


@lru_cache(maxsize=4096)
def _address_key(address: str) -> str:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        # One subscriber gets a whole /64: counting single IPv6 addresses would let a client rotate
        # through its own block and never be limited.
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def client_address() -> str:
    """The rate-limit key: the client's IPv4 address or IPv6 /64 (``PROXY_COUNT`` decides whose)."""
    return _address_key(request.remote_addr or "unknown")


def _is_local_client() -> bool:
    try:
        ip = ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if not ip.is_loopback:
        return False
    # A reverse proxy on this machine connects from loopback on behalf of anyone: a relayed request is
    # not a local client unless PROXY_COUNT says to trust the proxy (then remote_addr is already the
    # client's own address).
    relayed = any(name in request.headers for name in _FORWARDING_HEADERS)
    return current_app.config["PROXY_COUNT"] > 0 or not relayed


def require_write_access() -> None:
    """Refuse a write without a valid token (401), or, with no token configured, from a client that is
    not on this machine (403)."""
    if request.routing_exception is not None or not is_write():
        return
    tokens: ApiTokens = current_app.extensions["api_tokens"]
    if tokens:
        if has_valid_token():
            return
        detail = (
            "This request changes the store: send 'Authorization: Bearer <token>' with a token of API_TOKENS."
            if _bearer_token() is None
            else "The bearer token is not valid."
        )
        raise Unauthorized(detail, www_authenticate=None)
    if not _is_local_client():
        raise Forbidden("Writes are accepted only from this machine while the server has no API_TOKENS set.")


def _unauthorized(error: Unauthorized) -> Response:
    return problem(401, error.description, headers={"WWW-Authenticate": BEARER_CHALLENGE})


def _too_many_requests(error: RateLimitExceeded) -> Response:
    limiter: Limiter = current_app.extensions["security_limiter"]
    current = limiter.current_limit
    # The window's own reset time, not flask-limiter's ``reset_at``: that one adds a second after truncating, so a
    # 60-second window could answer "Retry-After: 61".
    retry = max(1, math.ceil(current.window.reset_time - time.time())) if current is not None else 60
    detail = f"Too many requests from your address (limit: {error.description}); retry in {retry} s."
    return problem(429, detail, headers={"Retry-After": str(retry)})


def _exempt() -> bool:
    return request.endpoint in EXEMPT_ENDPOINTS or has_valid_token()


def _not_heavy() -> bool:
    return request.endpoint not in HEAVY_ENDPOINTS or _exempt()


class ThreadSafeMemoryStorage(MemoryStorage):
    """limits' in-memory counters with the expiry timer restarted under a lock (``threadsafe-memory://``).

    limits 5.8.0 restarts its expiry ``Timer`` from whichever request thread counts first once the last timer
    has finished, with no lock: two threads of a threaded server can start the same ``Timer`` twice, which
    raises ``RuntimeError`` in one request thread and ``KeyError`` in the timer's own thread (alisaifee/limits
    #26). The lock is upstream's fix (alisaifee/limits#352), not yet released; drop this class once a
    release carries it.
    """

    STORAGE_SCHEME = ["threadsafe-memory"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: str) -> None:
        self._timer_restart_lock = threading.Lock()
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    # The base class calls its private ``__schedule_expiry``; overriding the mangled name is the only way in.
    def _MemoryStorage__schedule_expiry(self) -> None:
        with self._timer_restart_lock:
            if not self.timer.is_alive():
                self.timer = threading.Timer(0.01, self._MemoryStorage__expire_events)
                self.timer.start()


def _limiter(app: Flask) -> Limiter:
    config = app.config
    storage = config["RATELIMIT_STORAGE_URI"]
    if storage.startswith("memory://"):
        storage = "threadsafe-" + storage
    options: dict[str, str | int] = {}
    if storage.startswith(("redis://", "rediss://")):
        # A Redis that stops answering must cost a request milliseconds, not a worker timeout.
        options = {"socket_connect_timeout": 1, "socket_timeout": 1}
    limiter = Limiter(
        client_address,
        application_limits=[config["RATELIMIT_DEFAULT"]],
        application_limits_exempt_when=_exempt,
        default_limits=[config["RATELIMIT_HEAVY"]],
        default_limits_exempt_when=_not_heavy,
        storage_uri=storage,
        storage_options=options,
        strategy="sliding-window-counter",
        key_prefix=str(config.get("RATELIMIT_KEY_PREFIX", "quote-provenance")),
        # Counting requests must never be why a request fails: if the storage is down, count in memory.
        in_memory_fallback_enabled=True,
        swallow_errors=True,
        headers_enabled=False,
        enabled=bool(config["RATELIMIT_ENABLED"]),
    )
    limiter.init_app(app)
    return limiter


def _secure_headers(response: Response) -> Response:
    headers = response.headers
    for name, value in _FIXED_HEADERS.items():
        headers.setdefault(name, value)
    if "Content-Security-Policy" not in headers:  # the page sets its own, stricter for its assets
        headers["Content-Security-Policy"] = DOCS_CSP if response.mimetype == "text/html" else API_CSP
    # An endpoint open to every origin (CORS *) may be embedded by any origin too; the rest only here.
    open_to_all = headers.get("Access-Control-Allow-Origin") == "*"
    headers.setdefault("Cross-Origin-Resource-Policy", "cross-origin" if open_to_all else "same-origin")
    max_age = current_app.config["HSTS_MAX_AGE"]
    if max_age and request.is_secure:
        headers["Strict-Transport-Security"] = f"max-age={max_age}; includeSubDomains"
    return response


def document_security(api) -> None:
    """Declare the bearer scheme in the OpenAPI document (views name it with ``@bp.doc(security=...)``)."""
    api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer", "description": "A token of API_TOKENS."}
    )


def init_app(app: Flask) -> None:
    """Install the proxy fix, the rate limiter, the write-access check and the response headers.

    Call it before ``errors.init_app`` so that a refused client is answered before its body is parsed.
    """
    proxies = app.config["PROXY_COUNT"]
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)
    tokens = _tokens(app.config.get("API_TOKENS"))
    app.config["API_TOKENS"] = tokens
    app.extensions["api_tokens"] = tokens
    if not tokens:
        app.logger.warning(
            "API_TOKENS is not set: writes are accepted only from clients on this machine (loopback). "
            "Set API_TOKENS before serving other hosts."
        )
    app.extensions["security_limiter"] = _limiter(app)
    app.before_request(require_write_access)
    app.register_error_handler(Unauthorized, _unauthorized)
    app.register_error_handler(RateLimitExceeded, _too_many_requests)
    app.after_request(_secure_headers)
