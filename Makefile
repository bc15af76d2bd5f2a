# Two commands set everything up on a fresh machine:  make demo  and  make test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sitrep.duckdb
SHARED ?= ../shared
SEED := $(SHARED)/seed/khmeimim-2024-12-16.txt
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: install demo test bench eval clean lock model model-bert model-events

install: $(STAMP)

# Reinstalls only when the dependencies or the package metadata change.
$(STAMP): pyproject.toml requirements.lock requirements-bert.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps -r requirements-bert.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: install model model-events
	$(BIN)/sitrep gazetteer build
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
	@echo
	@echo "Open the explorer (map, timeline, article view; Ctrl-C stops it):"
	@echo "  $(BIN)/sitrep serve --db $(DB)             # then browse http://127.0.0.1:8765/"
	@if [ -f $(SEED) ]; then echo "  the seed article: http://127.0.0.1:8765/search?q=Khmeimim"; fi

test: install
	$(BIN)/python -m pytest -q

# The attribution CRF that refines the quotes stage (scripts/train_attribution_crf.py, PolNeAR
# train only, ~3.5 min on 2 cores); retrained only when the script, features or data change.
POLNEAR := $(SHARED)/eval/quotes/polnear
MODEL := build/attribution-crf.crfsuite

model: install
	@if [ -d $(POLNEAR)/data/train ]; then $(MAKE) --no-print-directory $(MODEL); \
	else echo "($(POLNEAR) not found: no attribution model, the rule-based quotes stage is used)"; fi

# every module the CRF's features read (quotation marks, the cue lexicon, speaker spans): a
# change there changes what the model is trained on
$(MODEL): scripts/train_attribution_crf.py src/sitrep/extract/attribution_model.py \
		src/sitrep/extract/attribution_features.py $(wildcard src/sitrep/nlp/*.py) \
		src/sitrep/extract/quote_marks.py src/sitrep/data/quote_marks.tsv src/sitrep/extract/quotes.py \
		src/sitrep/extract/claim_spans.py src/sitrep/extract/entities.py \
		src/sitrep/extract/supersenses.py \
		src/sitrep/data/cue_verbs.tsv src/sitrep/data/cue_verbs_learned.tsv \
		src/sitrep/data/wordnet_supersenses.tsv $(wildcard $(POLNEAR)/data/train/*/*)
	$(BIN)/python scripts/train_attribution_crf.py --polnear $(POLNEAR) --out $@

# The fine-tuned MiniLM attribution tagger (scripts/train_attribution_bert.py, PolNeAR train
# only): more accurate than the CRF and preferred to it when built, but ~1 h on 2 cores, so
# `make demo` leaves it out. The quotes stage uses build/attribution-bert/ when it exists.
BERT := build/attribution-bert/tagger.safetensors

model-bert: install
	@if [ -d $(POLNEAR)/data/train ]; then $(MAKE) --no-print-directory $(BERT); \
	else echo "($(POLNEAR) not found: the MiniLM tagger cannot be trained)"; fi

$(BERT): scripts/train_attribution_bert.py src/sitrep/extract/attribution_bert.py \
		$(wildcard src/sitrep/nlp/*.py) src/sitrep/data/cue_verbs.tsv \
		$(wildcard $(POLNEAR)/data/train/*/*)
	$(BIN)/python scripts/train_attribution_bert.py --polnear $(POLNEAR) --out $(dir $@)

# The event typer (scripts/train_event_typer.py, PLV train only, ~2 min on 2 cores): frozen
# MiniLM features into a softmax regression that re-types the lexicon's events; 48 kB.
# Retrained only when the script, the typer, the lexicon, the parse code or PLV train change.
# Both thresholds are pinned for news, where PLV's CV cannot see the cost (one act per PLV
# sentence): the typer never overrides a hand-written entry (read on 40 of 135 changed AllSides
# events, the lexicon was right in ~27, the typer in ~2), and a verb with no entry becomes an
# event only at p >= 0.7 (read on AllSides: ~10 % of fallback events at 0.4 are acts, ~25 %
# at 0.7, which keeps 4 of 5 of them; CV macro-F1 0.832 -> 0.831). docs/history/events.md.
PLV := $(SHARED)/eval/events/zsp_plover_plv
TYPER := build/event-typer/typer.safetensors

model-events: install
	@if [ -f $(PLV)/PLV_train.tsv ]; then $(MAKE) --no-print-directory $(TYPER); \
	else echo "($(PLV) not found: no event typer, the events stage uses its lexicon alone)"; fi

$(TYPER): scripts/train_event_typer.py $(wildcard src/sitrep/extract/event*.py) \
		$(wildcard src/sitrep/nlp/*.py) \
		src/sitrep/data/plover_verbs.tsv src/sitrep/data/plover_verbs_learned.tsv \
		$(wildcard src/sitrep/data/event_*.tsv) $(PLV)/PLV_train.tsv
	$(BIN)/python scripts/train_event_typer.py --plv $(PLV) --out $(dir $@) --curated-threshold 2.0 \
		--fallback-threshold 0.7

# Speed and scale (issue 9): throughput vs bare spaCy, peak memory at 1k/10k articles, DuckDB
# write rate and query latency, Ray on 1 vs 2 workers; JSON report in bench-report.json.
# ~40 min on 2 cores; QUICK=1 for a few minutes. Needs ../shared/corpora. Not part of `make test`.
BENCH_REPORT ?= bench-report.json

bench: install
	$(BIN)/python benchmarks/bench.py $(if $(QUICK),--quick) --out $(BENCH_REPORT)

eval: install model model-events
	$(BIN)/sitrep eval cameo-ner-actors --split test
	$(BIN)/sitrep eval ngec-actors --split all
	$(BIN)/sitrep eval quotes --split test
	$(BIN)/sitrep eval speakers --split all
	$(BIN)/sitrep eval speakers-wikievents --split test
	$(BIN)/sitrep eval times --split test
	$(BIN)/sitrep eval events-plv --split test
	$(BIN)/sitrep eval events-gsr --split all
	$(BIN)/sitrep eval events-case --split test
	for s in lgl trnews geowebnews geovirus; do $(BIN)/sitrep eval places-$$s --split test; done

# Refresh requirements.lock from a clean environment (maintainers only).
lock:
	rm -rf /tmp/sitrep-lock && $(PYTHON) -m venv /tmp/sitrep-lock
	/tmp/sitrep-lock/bin/pip install --quiet . pytest==9.2.0 playwright==1.65.2 hypothesis==6.170.15 \
	  setuptools==80.9.0
	/tmp/sitrep-lock/bin/pip freeze --all --exclude sitrep --exclude pip | sort -f > requirements.lock

clean:
	rm -rf $(VENV) $(DB) exports eval-reports
