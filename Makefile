# Cầu Nối — developer and CI entry points. `make` alone lists the targets.
#
# Every target that needs the Python environment depends on `install`, so each one works on a
# fresh machine by itself; `make test` is what CI runs (.ci/run).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
# `make test` runs its steps in the order written, even under -j.
.NOTPARALLEL:
MAKEFLAGS += --no-print-directory

# The machine's Python 3.11, as its real path: uv recreates .venv when handed a pyenv shim.
ifndef PYTHON
PYTHON := $(shell p="$$(command -v python3.11 || command -v python3)" && "$$p" -c 'import sys; print(sys.executable)')
endif
export UV_PYTHON := $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
# uv from PATH, or the module when `pip install uv` has just put it beside the interpreter.
UV = $(or $(shell command -v uv),$(PYTHON) -m uv)
UV_RUN = $(UV) run --frozen
CAUNOI := .venv/bin/caunoi

# Debian packages: as root, or through sudo.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends

PORT ?= 8000
# Test processes (pytest-xdist): one per core by default.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_ENV := DEBUG=false SECRET_KEY="$$(cat var/demo_secret_key)" ALLOWED_HOSTS=127.0.0.1,localhost \
	CAUNOI_HTTPS=false DATABASE_URL=sqlite:///var/demo.sqlite3

PO_VI := locale/vi/LC_MESSAGES/django.po
# Reads a PO file on stdin and prints its msgids one a line, leaving out the header (empty msgid).
PO_MSGIDS := awk ' \
	function flush() { if (in_id && id != "") print id; in_id = 0 } \
	/^msgid / { flush(); s = $$0; sub(/^msgid "/, "", s); sub(/"$$/, "", s); id = s; in_id = 1; next } \
	in_id && /^"/ { s = $$0; sub(/^"/, "", s); sub(/"$$/, "", s); id = id s; next } \
	{ flush() } \
	END { flush() }'

.PHONY: help install demo test runtime-deps test-deps lint check-migrations check-translations \
	test-sqlite test-postgres test-e2e clean bench

help: ## Show this list
	@echo "Cầu Nối — make targets:"
	@awk 'BEGIN { FS = ":.*## " } /^[a-z][a-z0-9_-]*:.*## / { printf "  %-20s %s\n", $$1, $$2 }' \
		$(MAKEFILE_LIST)

install: ## Install uv, the locked Python dependencies (dev group included) and compile translations
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 \
		|| $(PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen
	@command -v msgfmt >/dev/null 2>&1 || { echo "Installing gettext (msgfmt)"; \
		$(SUDO) apt-get update -q && $(APT_INSTALL) gettext; }
	@mkdir -p var
	DEBUG=true $(CAUNOI) compilemessages --ignore=.venv --ignore=var

demo: install runtime-deps ## Run the demo on http://127.0.0.1:PORT/ (PORT=8000; SQLite in var/, job worker, demo data)
	@test -s var/demo_secret_key || { umask 077; \
		$(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > var/demo_secret_key; }
	$(DEMO_ENV) $(CAUNOI) migrate --noinput
	$(DEMO_ENV) $(CAUNOI) collectstatic --noinput -v0
	$(DEMO_ENV) $(CAUNOI) load_demo
	@export $(DEMO_ENV); \
	$(CAUNOI) db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null && wait $$worker 2>/dev/null; true' EXIT; \
	trap 'exit 130' INT; trap 'exit 143' TERM; \
	echo; echo "Cầu Nối: http://127.0.0.1:$(PORT)/"; echo; \
	$(CAUNOI) runserver 127.0.0.1:$(PORT)

test: install test-deps lint check-migrations check-translations test-sqlite test-postgres test-e2e ## Everything CI checks, in order, stopping at the first failure

runtime-deps: ## Install the Debian packages the app needs at run time (PDF: Pango, fonts) when missing
	@missing=""; \
	ldconfig -p | grep -q 'libpango-1.0.so' || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	ldconfig -p | grep -q 'libharfbuzz-subset.so' || missing="$$missing libharfbuzz-subset0"; \
	[ -d /usr/share/fonts/truetype/noto ] || missing="$$missing fonts-noto-core"; \
	[ -d /usr/share/fonts/truetype/liberation2 ] || missing="$$missing fonts-liberation2"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -q; \
		$(APT_INSTALL) $$missing; \
	fi

test-deps: runtime-deps ## Install the Debian packages the tests need (chromium, gettext, PostgreSQL) when missing
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v msgfmt >/dev/null 2>&1 || missing="$$missing gettext"; \
	if ! { command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432 -t 3; } \
		&& ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		missing="$$missing postgresql"; \
	fi; \
	if [ -z "$$missing" ]; then \
		echo "Test dependencies are present."; \
	else \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -q; \
		$(APT_INSTALL) $$missing; \
	fi

bench: install runtime-deps ## Benchmark: generate data, measure gunicorn + SQL floor on PostgreSQL and SQLite (docs/performance.md)
	scripts/bench.sh

lint: install ## Ruff lint and format check
	$(UV_RUN) ruff check .
	$(UV_RUN) ruff format --check .

check-migrations: install ## Fail when a model change has no migration (product and test apps)
	DEBUG=true $(CAUNOI) makemigrations --check --dry-run
	DEBUG=true DJANGO_SETTINGS_MODULE=config.settings_test $(CAUNOI) makemigrations --check --dry-run

check-translations: install test-deps ## Update the Vietnamese catalogue; fail on untranslated or fuzzy strings
	DEBUG=true $(CAUNOI) makemessages -l vi --no-location \
		--ignore='.venv/*' --ignore='var/*' --ignore='static/vendor/*'
	@if [ ! -f $(PO_VI) ]; then echo "No $(PO_VI): no translatable strings yet."; exit 0; fi; \
	untranslated="$$(msgattrib --untranslated --no-obsolete --no-wrap $(PO_VI) | $(PO_MSGIDS))"; \
	fuzzy="$$(msgattrib --only-fuzzy --no-obsolete --no-wrap $(PO_VI) | $(PO_MSGIDS))"; \
	if [ -n "$$untranslated" ]; then \
		echo "Untranslated in $(PO_VI) ($$(wc -l <<<"$$untranslated")):"; \
		sed 's/^/  msgid "/; s/$$/"/' <<<"$$untranslated"; \
	fi; \
	if [ -n "$$fuzzy" ]; then \
		echo "Fuzzy in $(PO_VI) ($$(wc -l <<<"$$fuzzy")):"; \
		sed 's/^/  msgid "/; s/$$/"/' <<<"$$fuzzy"; \
	fi; \
	if [ -n "$$untranslated$$fuzzy" ]; then exit 1; fi; \
	echo "Vietnamese translation is complete."
	DEBUG=true $(CAUNOI) compilemessages --ignore=.venv --ignore=var

test-sqlite: install ## Test suite on SQLite (browser tests excluded)
	DATABASE_URL=sqlite:///var/test.sqlite3 $(UV_RUN) pytest -m "not e2e" -p no:randomly -q -n $(TEST_WORKERS)

test-postgres: install test-deps ## Test suite on PostgreSQL: the server on :5432, else a private cluster
	scripts/with-postgres.sh $(UV_RUN) pytest -m "not e2e" -q -n $(TEST_WORKERS)

test-e2e: install test-deps ## Browser tests in Debian's Chromium
	DJANGO_ALLOW_ASYNC_UNSAFE=true DATABASE_URL=sqlite:///var/test-e2e.sqlite3 \
		$(UV_RUN) pytest tests/e2e -m e2e -q

clean: ## Remove the SQLite databases in var/ and the caches
	rm -f var/*.sqlite3*
	rm -rf .pytest_cache .ruff_cache .hypothesis test-results
	find . -path ./.venv -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
