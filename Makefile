PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT

.PHONY: install install-dev install-browser start-postgres run test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# What the service needs to run.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# Test and CI tools on top of it.
$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Debian's Chromium for the browser tests (tests/test_web_page.py), which drive it with Playwright; Playwright's
# own browser download is not used. Without it those tests are skipped (and fail under CI=true). Needs root or sudo.
CHROMIUM := /usr/bin/chromium
install-browser:
	@if [ -x $(CHROMIUM) ]; then echo "$(CHROMIUM) is installed"; else \
		sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
		echo "installing chromium with apt-get"; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-upgrade chromium >/dev/null; \
	fi

# The local PostgreSQL cluster for the PostgreSQL backend's tests (127.0.0.1:5432, database `test`), started when
# Debian's cluster tools are there and it is not running. Without a server those tests are skipped (failed under
# CI=true); TEST_DATABASE_URL points them at another server.
start-postgres:
	@if ! command -v pg_lsclusters >/dev/null 2>&1; then \
		echo "no PostgreSQL cluster tools (pg_lsclusters): the PostgreSQL tests will be skipped"; \
	elif pg_lsclusters --no-header | grep -q online; then \
		echo "PostgreSQL is running"; \
	else \
		echo "starting PostgreSQL"; \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | head -n 1) main start; \
	fi

# Indexes SEEDS_DIR (default seeds/) before the workers start, then serves on 127.0.0.1:$(PORT).
run: install
	$(BIN)/gunicorn --config gunicorn.conf.py

test: install-dev
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -rs

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache .hypothesis
