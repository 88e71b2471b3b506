"""Gunicorn settings (``gunicorn --config gunicorn.conf.py``), all from environment variables with defaults
(``service.config.SETTINGS``; the README's "Configuration" table lists them).

Before the workers start, the master loads the extractor's name table (the forked workers share it) and
indexes ``SEEDS_DIR`` once: documents already stored are skipped, so a restart adds nothing.
"""

import sys
from pathlib import Path

# gunicorn reads this file before it puts the working directory on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gunicorn.http.wsgi  # noqa: E402

from service.config import ServerConfig  # noqa: E402

# gunicorn writes "Server: gunicorn" on every response itself; a banner naming the server software helps
# only a scanner. tests/test_security_server.py checks the header a real gunicorn sends.
gunicorn.http.wsgi.SERVER = "quote-provenance"

_server = ServerConfig.from_env()

wsgi_app = "service.web:create_app()"
bind = [_server.bind]
workers = _server.workers
threads = _server.threads
timeout = _server.timeout
graceful_timeout = 30
loglevel = _server.log_level
accesslog = "-"
errorlog = "-"
# gunicorn's control socket lives at one path per user ($HOME/.gunicorn): two servers of one user (a test
# run beside `make run`) would fight over it, and nothing here uses it.
control_socket_disable = True


def on_starting(server):
    """Load the extractor's name table and index the seed articles before any worker serves (idempotent).

    Workers are forked after this hook, so they share what it loaded.
    """
    from service.extraction import load_name_table

    load_name_table()
    if _server.seeds_dir is None:
        return
    from service.ingest import ingest_seeds
    from service.storage import open_store

    with open_store(_server.database_url) as store:
        results = ingest_seeds(store, _server.seeds_dir)
    new = [name for name, result in results.items() if not result.duplicate]
    quotes = sum(result.quotes for result in results.values())
    server.log.info(
        "seeds in %s: %d document(s), %d newly indexed (%d quotes)", _server.seeds_dir, len(results), len(new), quotes
    )
