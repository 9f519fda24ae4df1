# Lagebild: `make site` builds the website from seeds/, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SERVE_ADDR ?= 127.0.0.1:8000

.PHONY: site test serve check lint clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(PY) build.py

check: $(STAMP)
	$(PY) build.py check

lint: $(STAMP)
	$(VENV)/bin/ruff check lagebild tests build.py benchmarks
	$(VENV)/bin/mypy

test: $(STAMP) lint
	$(PY) -m pytest

serve: $(STAMP)
	$(VENV)/bin/mkdocs serve --dev-addr $(SERVE_ADDR)

clean:
	rm -rf site site.tmp-* .lagebild/cache
