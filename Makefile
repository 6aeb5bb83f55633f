# Quick start: `make run` (set up, extract events from corpus/ to out/events.csv) and `make test` (set up, run all tests).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup clean bench lint

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[all]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/riskevents extract corpus/releases -o out/events.csv --entities out/entities.csv --force
	@echo "events:   $(CURDIR)/out/events.csv"
	@echo "entities: $(CURDIR)/out/entities.csv"

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache
