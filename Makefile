# neph-gui — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
RESOURCE_FILES := $(shell find resources -type f ! -name '*.qm' ! -name '*.qrc' 2>/dev/null)
RC := neph_gui/_resources_rc.py
# Languages translated from the French source: add a code here to add a language
# (`make i18n` then creates resources/translations/neph_gui_<code>.ts).
LANGUAGES := en
I18N_SOURCES = $$(find neph_gui -name '*.py' ! -name '_resources_rc.py')
export QT_QPA_PLATFORM ?=

.DEFAULT_GOAL := help
.PHONY: help system system-test system-windows setup run test lint deadcode typecheck pytest i18n dist dist-windows clean bench fuzz

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,build]"
	touch $@

$(RC): $(STAMP) $(RESOURCE_FILES) scripts/build_resources.py
	$(PY) scripts/build_resources.py

system: ## Check the system libraries Qt needs (installs them as root on Debian/Ubuntu)
	@$(PYTHON) scripts/system_deps.py run

system-test: ## The same for the tests' tools too (Xvfb, poppler-utils, validators, Wine, Orca…)
	@$(PYTHON) scripts/system_deps.py run test windows orca

system-windows: ## Wine, 32-bit Wine and MinGW: what `make dist-windows` needs
	@$(PYTHON) scripts/system_deps.py windows

setup: $(STAMP) $(RC) ## Create .venv, install the app and its test and build tools, build resources

run: system setup ## Start the app
	$(PY) -m neph_gui

lint: setup ## ruff check + format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

deadcode: setup ## vulture: code that nothing calls (settings in pyproject.toml)
	$(VENV)/bin/vulture

typecheck: setup ## mypy (strict on neph_gui/licence)
	$(VENV)/bin/mypy

pytest: setup ## The pytest suite only
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test: system-test lint deadcode typecheck pytest ## Everything CI runs: lint, dead code, types, the whole test suite

i18n: setup ## Refresh resources/translations/*.ts from the code, then compile them
	@for lang in $(LANGUAGES); do \
		$(VENV)/bin/pyside6-lupdate $(I18N_SOURCES) -source-language fr_FR \
			-target-language $$lang -no-obsolete -locations none \
			-ts resources/translations/neph_gui_$$lang.ts || exit 1; \
	done
	$(VENV)/bin/pyside6-lupdate $(I18N_SOURCES) -source-language fr_FR \
		-target-language fr_FR -pluralonly -no-obsolete -locations none \
		-ts resources/translations/neph_gui_fr.ts
	$(PY) scripts/build_resources.py
	@for ts in resources/translations/neph_gui_*.ts; do \
		echo "  $$ts: $$(grep -c 'type="unfinished"' $$ts) message(s) left to translate"; \
	done

dist: setup ## Build the installers (Linux): dist/neph-gui/, its .deb and .tar.gz
	$(VENV)/bin/pyinstaller packaging/neph-gui.spec --noconfirm --log-level WARN
	$(PY) packaging/linux/build_packages.py

dist-windows: system-windows setup ## The Windows installer, built under Wine: dist/neph-gui-setup-<version>.exe
	$(PY) packaging/windows/build.py

bench: setup ## Figures: start-up vs a bare PySide6 window, typing, tabs, text size (BENCH_ARGS=--frozen …)
	$(PY) -m benchmarks --write-doc $(BENCH_ARGS)

fuzz: setup ## Endurance: 10 000 random UI actions, memory, 100 000 hypothesis examples (FUZZ_ARGS=--seed N …)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.fuzz $(FUZZ_ARGS)

clean: ## Remove build products (keeps .venv and the Windows build cache .cache/)
	rm -rf build dist $(RC) resources/resources.qrc resources/translations/*.qm .pytest_cache .mypy_cache .ruff_cache
