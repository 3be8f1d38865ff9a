# Tendik. `make run` starts the demo; `make test` runs the whole test suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9
LOCALES := -l ky -l ru -l en

.PHONY: run test lint format messages install system-run system-test compile

run: install
	bin/run-demo

test: system-test install
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Refresh the catalogues after changing strings, then translate locale/ky and locale/ru.
messages: install
	$(PY) manage.py makemessages $(LOCALES) --no-location --no-obsolete \
		--ignore '.venv/*' --ignore 'frontend/*' --ignore 'tests/*'
	$(PY) manage.py compilemessages --ignore '.venv/*'

# Every target that needs the virtual environment needs the system packages first.
install: system-run $(VENV)/.synced frontend/node_modules/.installed compile

$(VENV)/.synced: pyproject.toml uv.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(UV) sync --frozen --quiet
	@$(PY) -c "import weasyprint" 2>/dev/null || { \
		echo "WeasyPrint cannot load Pango: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0" >&2; exit 1; }
	touch $@

# What the project takes from npm (the H5P player, the certificate fonts), pinned in
# frontend/package-lock.json. --ignore-scripts: h5p-standalone's install script demands yarn.
frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

compile:
	$(PY) manage.py compilemessages --ignore '.venv/*' -v 0

system-run:
	bin/require run

system-test:
	bin/require test
