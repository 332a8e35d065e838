# mirrorwatch: the two commands are `make demo` and `make test`; both set everything up themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   ?= demo-output

.PHONY: install demo test lint bench eval clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

## install: create .venv and install mirrorwatch with everything the tests and the demo need
install: $(STAMP)

## browser: Debian's Chromium for the browser tests (no browser download; skipped where apt is absent)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium could not be installed: browser tests will be skipped"; \
	  else echo "no chromium and no root apt-get: browser tests will be skipped"; fi; }

## demo: ingest examples/, code them, analyse and write demo-output/ (store + HTML report)
demo: install browser
	DEMO=$(DEMO) BIN=$(BIN) bash scripts/demo.sh

## test: the whole test suite
test: install browser
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

## lint: ruff
lint: install
	$(BIN)/ruff check src tests bench tools

## bench: speed and memory benchmarks, and the coder scorecard (writes docs/benchmarks.md figures)
bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(DEMO) .pytest_cache
