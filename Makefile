# FairHire: `make run` installs and serves on the embedded default; `make test` installs and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast benchmarks contracts lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/fairhire serve

test: $(STAMP)
	bash scripts/install-test-deps.sh
	$(BIN)/ruff check .
	FAIRHIRE_TESTS_REQUIRE_TOOLS=1 $(BIN)/python -m pytest -q

benchmarks: $(STAMP)
	bash scripts/install-test-deps.sh
	$(BIN)/pip install --quiet -e '.[test,bench]'
	npm install --prefix benchmarks --no-audit --no-fund --silent
	for set in redaction redaction_dev2 redaction_holdout redaction_holdout2 redaction_holdout3 redaction_holdout4 redaction_holdout5 redaction_holdout6 redaction_holdout7 redaction_holdout8 redaction_holdout9 redaction_holdout10 redaction_holdout11 redaction_holdout12 redaction_holdout13 redaction_holdout14 redaction_holdout15 redaction_holdout16 redaction_holdout17 redaction_holdout18 redaction_holdout19 redaction_holdout20 redaction_holdout21 redaction_holdout21_minimal redaction_holdout22 redaction_holdout22_minimal redaction_holdout23 redaction_holdout24 redaction_holdout25 redaction_holdout26 redaction_holdout27 redaction_holdout28 redaction_holdout29 redaction_holdout30 redaction_holdout31 redaction_holdout32 redaction_holdout33 redaction_holdout34 redaction_holdout35 redaction_holdout36 redaction_holdout37 redaction_holdout38 redaction_holdout39 redaction_holdout40 redaction_holdout41 redaction_holdout42 redaction_holdout43 redaction_holdout44 redaction_holdout45 redaction_holdout46; do \
		$(BIN)/python benchmarks/redaction_eval.py --data benchmarks/data/$$set/applications || exit 1; done
	$(BIN)/python benchmarks/advert_eval.py
	$(BIN)/python benchmarks/advert_compare.py
	$(BIN)/python benchmarks/document_throughput.py

contracts: $(STAMP)
	$(BIN)/python -m contracts.export

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) var *.egg-info
