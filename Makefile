# Vielfalt: `make run` serves the site with demo content, `make test` runs the whole suite.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers for the SQLite and PostgreSQL passes ("auto": one per core).
WORKERS ?= auto

# Development values; production reads the real ones from its environment
# (see the configuration table in README.md).
DEV_ENV := DEBUG=true \
	SECRET_KEY=django-insecure-local-development-key \
	ALLOWED_HOSTS=127.0.0.1,localhost,[::1] \
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) \
	LOG_LEVEL=WARNING

.PHONY: help install translations migrate demo admin run serve test test-sqlite test-postgres \
	test-browser lint format check-deploy serve-prod clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sort | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  \033[1m%-16s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check '.[dev]'
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the project with its dev tools

translations: install ## Compile locale/ catalogues (no GNU gettext needed)
	@$(DEV_ENV) $(PY) manage.py compile_translations

migrate: translations ## Apply database migrations
	@$(DEV_ENV) $(PY) manage.py migrate --no-input

demo: migrate ## Load the demo content (creates what is missing, changes nothing else)
	@$(DEV_ENV) $(PY) manage.py load_demo_content

admin: migrate ## Create or reset the local admin account and print its login
	@$(DEV_ENV) $(PY) manage.py ensure_local_admin --url http://$(HOST):$(PORT)/admin/

run: demo admin serve ## Install, migrate, load demo content, print a login, serve on 127.0.0.1:8000

serve: translations ## Serve on http://$(HOST):$(PORT) with development settings
	@echo "Serving on http://$(HOST):$(PORT)/ (German) and http://$(HOST):$(PORT)/en/ (English)"
	@$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

serve-prod: install ## Production run: collectstatic, migrate, gunicorn + db_worker (docs/deploy.md)
	@$(PY) bin/serve_prod.py

node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
		else echo "npm not found: the browser pass will be skipped (a failure with CI=true)"; fi

test: translations node_modules/.package-lock.json ## The whole suite: SQLite, PostgreSQL, browser
	@echo "== 1/3 SQLite pass"
	@$(PY) -m pytest -m "not browser" -q -n $(WORKERS) --durations=10
	@echo "== 2/3 PostgreSQL pass"
	@$(PY) tests/postgres_pass.py -m "not browser" -q -n $(WORKERS) --durations=10
	@echo "== 3/3 Browser pass"
	@$(PY) -m pytest tests/browser -q --durations=10

test-sqlite: translations ## Only the SQLite pass
	@$(PY) -m pytest -m "not browser" -q -n $(WORKERS) --durations=10

test-postgres: translations ## Only the PostgreSQL pass (throwaway cluster)
	@$(PY) tests/postgres_pass.py -m "not browser" -q -n $(WORKERS) --durations=10

test-browser: translations node_modules/.package-lock.json ## Only the browser pass
	@$(PY) -m pytest tests/browser -q --durations=10

lint: install ## ruff (lint and format check) and djhtml
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .
	@$(VENV)/bin/djhtml --check $$(git ls-files 'site/templates/*.html')

format: install ## Apply ruff format and djhtml
	@$(VENV)/bin/ruff check --fix .
	@$(VENV)/bin/ruff format .
	@$(VENV)/bin/djhtml $$(git ls-files 'site/templates/*.html')

check-deploy: install ## Django's deployment checks with the production values of docs/deploy-check.md
	@env -i PATH="$$PATH" $$(grep -E '^[A-Z_]+=' docs/deploy-check.env | xargs) \
		$(PY) manage.py check --deploy --fail-level WARNING

clean: ## Remove .venv, node_modules, compiled catalogues and collected static files
	rm -rf $(VENV) node_modules staticfiles
	find locale -name '*.mo' -delete
