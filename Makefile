# Two commands set everything up on a fresh machine:  make demo  and  make test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sitrep.duckdb
SHARED ?= ../shared
SEED := $(SHARED)/seed/khmeimim-2024-12-16.txt
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: install demo test bench eval clean lock

install: $(STAMP)

# Reinstalls only when the dependencies or the package metadata change.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: install
	$(BIN)/sitrep ingest examples/voa_articles.jsonl --db $(DB)
	@if [ -f $(SEED) ]; then \
	  $(BIN)/sitrep ingest $(SEED) --published 2024-12-16 --db $(DB) && \
	  $(BIN)/sitrep extract $(SEED) --published 2024-12-16 && \
	  $(BIN)/sitrep quotes --speaker "HTS official" --db $(DB) --limit 6; \
	else echo "($(SEED) not found: seed article skipped)"; fi
	$(BIN)/sitrep stats --db $(DB)
	@echo
	@echo "Where to look next:"
	@echo "  $(BIN)/sitrep extract FILE --json          # one article, the full JSON record"
	@echo "  $(BIN)/sitrep export csv --out exports --db $(DB)"
	@echo "  $(BIN)/sitrep quotes --source-type anonymous --db $(DB)"
	@echo "  $(BIN)/sitrep eval list                    # scores against ../shared/eval"

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/ingest_rate.py

eval: install
	$(BIN)/sitrep eval cameo-ner-actors --split test
	$(BIN)/sitrep eval ngec-actors --split all
	$(BIN)/sitrep eval quotes --split test

# Refresh requirements.lock from a clean environment (maintainers only).
lock:
	rm -rf /tmp/sitrep-lock && $(PYTHON) -m venv /tmp/sitrep-lock
	/tmp/sitrep-lock/bin/pip install --quiet . pytest==9.2.0 setuptools==80.9.0
	/tmp/sitrep-lock/bin/pip freeze --all --exclude sitrep --exclude pip | sort -f > requirements.lock

clean:
	rm -rf $(VENV) $(DB) exports eval-reports
