# Synoptic — two commands matter: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.synoptic-installed

.PHONY: run test setup system-deps screenshot bench quality clean

run: setup
	$(BIN)/synoptic

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

setup: system-deps $(STAMP)
	@$(BIN)/python -m desktop.engine.unpack

system-deps:
	@sh .ci/system-deps.sh

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

screenshot: setup
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/synoptic --screenshot docs/screenshot.png

bench: setup
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

quality: setup
	$(BIN)/python benchmarks/quality.py
	$(BIN)/python benchmarks/reliability.py
	$(BIN)/python benchmarks/swissgov_details.py
	$(BIN)/python benchmarks/page_cleaning.py
	$(BIN)/python benchmarks/page_cleaning.py --blind
	$(BIN)/python benchmarks/page_cleaning.py --html

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
