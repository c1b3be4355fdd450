# kling-contract: every command a developer or CI needs. Each target creates or refreshes .venv
# from pyproject.toml when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 4010
PROFILE ?= ci
PYTEST_ARGS ?=

.PHONY: venv dist docs serve test test-fast test-deep generate check-spec release check-generated lint fmt typecheck bench contract clean check

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "installing kling-contract into $(VENV) (log: $(VENV)/install.log)"
	@( $(BIN)/python -m pip install --disable-pip-version-check --upgrade pip \
	  && $(BIN)/python -m pip install --disable-pip-version-check -e '.[dev]' ) \
	  > $(VENV)/install.log 2>&1 || { tail -30 $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

venv: $(STAMP)

dist: $(STAMP)  ## build the wheels of kling-contract and of the client (kling_client) into dist/
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .
	$(BIN)/python -m build --wheel --no-isolation --outdir dist generated
	@rm -rf build generated/build generated/kling_client.egg-info
	@ls -1 dist/*.whl

docs: $(STAMP)  ## build the documentation site into site/ (offline; `make test` builds it too)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

serve: $(STAMP)  ## start the mock on http://$(HOST):$(PORT)
	$(BIN)/kling-mock serve --host $(HOST) --port $(PORT)

generate: $(STAMP)  ## render generated/ from spec/
	$(BIN)/kling-codegen generate

check-spec: $(STAMP)  ## spec lint, and info.version allows the changes since the last release
	$(BIN)/kling-codegen lint
	$(BIN)/kling-codegen version-check

release: $(STAMP)  ## bump info.version from the classified diff, record the note, regenerate
	$(BIN)/kling-codegen release
	$(BIN)/kling-codegen generate

check-generated: $(STAMP)  ## fail when generated/ differs from what `make generate` renders
	$(BIN)/kling-codegen check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache  # mockserver's layers import only downward (pyproject.toml)

fmt: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy
	cd generated && ../$(BIN)/mypy --strict --config-file= kling_client  # no config file: the user's defaults

test: $(STAMP)  ## everything CI runs
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory check-spec
	$(MAKE) --no-print-directory check-generated
	$(MAKE) --no-print-directory typecheck
	$(BIN)/pytest -n 2 --dist worksteal -m "not contract" --hypothesis-profile=$(PROFILE) $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(BIN)/pytest -x -q -m "not contract" --hypothesis-profile=dev $(PYTEST_ARGS)

test-deep: $(STAMP)  ## long Hypothesis runs
	$(BIN)/pytest -n 2 --dist worksteal -m "not contract" --hypothesis-profile=deep $(PYTEST_ARGS)

contract: $(STAMP)  ## client properties against the real API (needs KLING_CONTRACT_BASE_URL and credentials)
	$(BIN)/pytest -m contract tests/contract -v -rs

OPC := .bench/opc/bin/openapi-python-client

bench: $(STAMP)  ## mock throughput/latency under wrk, then the stored-task rows, then regeneration time of the client
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  apt-get install -y -qq wrk; } >/dev/null 2>&1 || echo "wrk could not be installed (apt-get install wrk)"
	$(BIN)/python -m tests.bench.wrk
	$(BIN)/python -m tests.bench.replicas
	$(BIN)/python -m tests.bench.mock
	@test -x $(OPC) || { $(PYTHON) -m venv .bench/opc && .bench/opc/bin/pip install --quiet \
	  openapi-python-client==0.29.1 >/dev/null 2>&1; } || echo "openapi-python-client unavailable: no comparison"
	PATH="$(CURDIR)/.bench/opc/bin:$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m tests.bench.codegen

check: lint typecheck test

clean:
	rm -rf $(VENV) dist build site .kling-mock .pytest_cache .mypy_cache .ruff_cache .hypothesis
