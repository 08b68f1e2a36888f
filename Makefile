# Työkirja – two commands do the whole set-up: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)

.PHONY: run test stress bench translations lupdate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet --editable . --group dev
	touch $(STAMP)

# The .qm catalogues are build products: always rebuilt from the .ts sources (it takes a moment).
translations: $(STAMP)
	@for ts in $(TS); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

run: $(STAMP) translations
	$(PY) -m tyokirja $(ARGS)

test: $(STAMP) translations
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP) translations
	$(PY) bench/run_bench.py --entries 20000

# Re-scan the sources for translatable strings (then translate in resources/i18n/tyokirja_fi.ts).
lupdate: $(STAMP)
	$(PY) -m tyokirja.devtools.lupdate

clean:
	rm -rf $(VENV) .pytest_cache
