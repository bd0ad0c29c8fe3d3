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
	$(BIN)/python -m pytest -q

benchmarks: $(STAMP)
	$(BIN)/python benchmarks/redaction_eval.py
	$(BIN)/python benchmarks/advert_eval.py

contracts: $(STAMP)
	$(BIN)/python -m contracts.export

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) var *.egg-info
