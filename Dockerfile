# The quote provenance service: gunicorn serving service.web:create_app() on port 8000, seeds indexed.
#
#   docker build -t quote-provenance .
#   docker run --rm -p 8000:8000 -v quotes:/app/instance -e API_TOKENS="$(openssl rand -hex 32)" quote-provenance
#
# Settings are environment variables (README, "Configuration"); DATABASE_URL may point elsewhere.
# API_TOKENS is given at run time, never baked into the image: without it the container refuses every write
# (writes are then accepted from loopback only, and no client of a container connects from there).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# A system user with no login shell and no write access outside instance/.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app

WORKDIR /app

# Dependencies first: this layer is rebuilt only when requirements.txt changes.
COPY requirements.txt ./
RUN pip install -r requirements.txt

COPY gunicorn.conf.py ./
COPY schemas/ schemas/
COPY service/ service/
COPY seeds/ seeds/
RUN mkdir instance && chown app:app instance

USER app

ENV HOST=0.0.0.0 \
    PORT=8000 \
    DATABASE_URL=sqlite:////app/instance/quotes.db \
    SEEDS_DIR=/app/seeds

# Index the seeds into the image's database; gunicorn checks again at start and skips them.
RUN python -m service ingest --no-progress seeds/

# The SQLite database lives here; mount a volume to keep it across containers.
VOLUME ["/app/instance"]

EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]

CMD ["gunicorn", "--config", "gunicorn.conf.py"]
