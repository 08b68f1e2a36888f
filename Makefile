# Työkirja – two commands do the whole set-up: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)

.PHONY: run test lint stress bench bench-large translations lupdate install-desktop uninstall-desktop bundle bundle-check clean

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

# Static checks (configured in pyproject.toml); every one runs, and any finding fails the target.
lint: $(STAMP)
	@status=0; \
	  $(VENV)/bin/ruff check tyokirja tests || status=1; \
	  $(VENV)/bin/mypy tyokirja || status=1; \
	  $(VENV)/bin/lint-imports || status=1; \
	  exit $$status

bench: $(STAMP) translations
	$(PY) bench/run_bench.py --entries 20000 --keep
	$(PY) bench/run_progress_bench.py --entries 20000
	$(PY) bench/run_report_bench.py --entries 20000

# Issue 16's table at 2,000 / 20,000 / 100,000 entries into bench/results.md: start-up, open-time check,
# CLI search, export and import time and memory. The diaries are generated once and cached outside the
# repository ($$TYOKIRJA_BENCH_CACHE, default ~/.cache/tyokirja-bench; the 100,000-entry one takes a
# quarter of an hour to make and 0.7 GB of disk). A full run takes about half an hour on 2 cores.
bench-large: $(STAMP) translations
	$(PY) bench/run_large_bench.py

# Long reliability runs (see the reliability research, shared/reliability.md §4): 1,000 kill -9 runs of the real save
# path, the unsafe-settings positive control and 10,000 fuzzed imports; then a summary of the
# figures (about 15 minutes on 2 cores). A test that honours TYOKIRJA_STALE_LOCK_ITERATIONS and
# reports through tests.helpers.crashwriter.report("stale_lock", ...) joins by adding its file here.
STRESS_REPORT := $(CURDIR)/.stress-report.jsonl
STRESS_TESTS := tests/unit/test_crash_kill9.py tests/unit/test_exchange_fuzz.py
stress: $(STAMP) translations
	@rm -f $(STRESS_REPORT)
	@TYOKIRJA_STRESS_REPORT=$(STRESS_REPORT) TYOKIRJA_KILL9_ITERATIONS=1000 TYOKIRJA_FUZZ_EXAMPLES=10000 \
	  TYOKIRJA_STALE_LOCK_ITERATIONS=100 $(PY) -m pytest -p no:cacheprovider -q -m "" $(STRESS_TESTS); \
	  status=$$?; $(PY) -m tests.helpers.crashwriter --summary $(STRESS_REPORT); rm -f $(STRESS_REPORT); exit $$status

# Re-scan the sources for translatable strings (then translate in resources/i18n/tyokirja_fi.ts).
lupdate: $(STAMP)
	$(PY) -m tyokirja.devtools.lupdate

# The launcher, icons (SVG and 48/128/256 px PNG) and AppStream metainfo from packaging/, into the user's
# XDG folders ($$XDG_DATA_HOME, default ~/.local/share); the launcher runs this checkout's app.
install-desktop: $(STAMP) translations
	$(PY) -m tyokirja.devtools.desktop install --exec "$(abspath $(VENV))/bin/tyokirja"

uninstall-desktop: $(STAMP)
	$(PY) -m tyokirja.devtools.desktop uninstall

# The one-folder bundle (PyInstaller, packaging/tyokirja.spec) in dist/tyokirja/: runs without Python.
# bundle-check builds it, then starts it offscreen outside the checkout: a new diary opened in the
# window and closed again, then `check` on it (packaging/bundle_check.sh). CI runs it.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --group bundle
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) translations
	@start=$$(date +%s); \
	  $(VENV)/bin/pyinstaller --noconfirm --clean --log-level ERROR packaging/tyokirja.spec || exit 1; \
	  echo "bundle: dist/tyokirja built in $$(( $$(date +%s) - start )) s, $$(du -sm dist/tyokirja | cut -f1) MB"

bundle-check: bundle
	sh packaging/bundle_check.sh dist/tyokirja/tyokirja

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache
