# The README's commands. `make run` and `make test` work on a fresh Debian machine with Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench bench-counter clean package package-check install install-desktop icons screenshot \
	translations

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m app

# Coverage floors, package:percent; the CLI's subprocesses are measured too (pyproject.toml).
# The suite runs on two workers (pytest-xdist; pytest-cov combines their data): about half the time on two cores.
TEST_WORKERS ?= 2
COVERAGE_FLOORS := app/services:90 app/db:90 app/codes:90 app/printing:90 app:85

test: lint typecheck
	rm -f .coverage .coverage.*
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --cov --cov-report= $(PYTEST_ARGS)
	@for floor in $(COVERAGE_FLOORS); do \
		package=$${floor%:*}; least=$${floor#*:}; \
		total=$$($(BIN)/coverage report --include="$$package/*" --format=total --precision=1) || exit 1; \
		echo "coverage of $$package: $$total% (at least $$least%)"; \
		$(BIN)/coverage report --include="$$package/*" --fail-under=$$least >/dev/null \
			|| { echo "coverage of $$package is under $$least%: $(BIN)/coverage report --include='$$package/*'"; exit 1; }; \
	done

lint: $(STAMP)
	$(BIN)/ruff check app tests
	$(BIN)/ruff format --check app tests

# mypy: strict for the Qt-free packages, default strictness for app/ui and the command line (pyproject.toml).
typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run

# Only the counter's lines on SQLite (search, usual, scan, export, cards, start-up, window): a few minutes.
bench-counter: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run counter

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache .coverage .coverage.*

# The one-folder desktop build (PyInstaller) and its smoke test; slow, so not part of `make test`.
PACKAGE_STAMP := $(VENV)/.package-tools
$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/regulars.spec
	@du -sh dist/regulars

package-check:
	packaging/check_package.sh dist/regulars/regulars

# Desktop integration under PREFIX: the packaged app in lib/regulars, launchers in bin, the .desktop entry,
# AppStream metainfo and the icon in the usual freedesktop places.
PREFIX ?= /usr/local
install: package
	packaging/install.sh "$(PREFIX)" dist/regulars

install-desktop:
	packaging/install.sh "$(PREFIX)"

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

# The window's and the CLI's words: lupdate gathers them into the .ts files (German and French translated in
# full, English only its plural forms), lrelease compiles each .ts to the .qm beside it. Commit all of them.
TRANSLATIONS := app/resources/translations
# The Qt-free layers too: their messages are marked with msg.tr (app/messages.py) and worded by the front ends.
TR_SOURCES = $(wildcard app/ui/*.py) $(wildcard app/*.py) $(wildcard app/services/*.py) $(wildcard app/shop/*.py) \
	$(wildcard app/db/*.py) $(wildcard app/printing/*.py)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $(TR_SOURCES) \
		-ts $(TRANSLATIONS)/regulars_de.ts $(TRANSLATIONS)/regulars_fr.ts
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly $(TR_SOURCES) -ts $(TRANSLATIONS)/regulars_en.ts
	$(BIN)/pyside6-lrelease -silent $(TRANSLATIONS)/regulars_de.ts $(TRANSLATIONS)/regulars_fr.ts $(TRANSLATIONS)/regulars_en.ts

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshot.py
