# Two commands on a fresh machine:  make run   |   make test
# Both create .venv and install what they need; `make run` builds the index if it is missing.
PYTHON ?= python3.11
VENV   := .venv
PIP    := $(VENV)/bin/pip
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: run test install install-test ingest bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) 2>/dev/null || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# The default path: no torch (the bundled embedding model is pure numpy).
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e .
	touch $@

# Tests also exercise the sentence-transformers backend and the LangChain baseline: torch 2.13.0
# (CPU) first, or pip would pull a multi-GB CUDA build through sentence-transformers.
$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[st,dev]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: $(VENV)/.installed
	$(VENV)/bin/advisor run

ingest: $(VENV)/.installed
	$(VENV)/bin/advisor ingest

test: $(VENV)/.installed-test
	$(VENV)/bin/python -m pytest -q

bench: $(VENV)/.installed-test
	$(VENV)/bin/python bench/run_all.py

clean:
	rm -rf $(VENV) data
