# Two commands for a fresh machine with python3 and make:
#   make demo   install into .venv, ingest the bundled corpus, show who beats whom
#   make test   install into .venv (with test tools), lint, type-check, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOURCES := pyproject.toml README.md $(shell find src ontology queries data -type f 2>/dev/null)

.PHONY: demo test check lint bench clean

# A normal (non-editable) install, as a user gets it; re-run when a shipped file changes.
$(VENV)/.installed: $(SOURCES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check ".[test]"
	touch $@

demo: $(VENV)/.installed
	$(BIN)/claimgraph ingest
	$(BIN)/claimgraph query who-beats-whom --limit 15

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

check: test

# Speed and memory figures next to their targets (10-20 minutes; see benchmarks/README.md).
bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
