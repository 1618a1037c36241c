# emudesk — developer tasks (GNU make). `make help` lists them.
#
# Everything installs itself: the virtualenv (.venv, re-installed when pyproject.toml changes),
# the Debian packages the tests need, the compiled translations. Only pip and apt touch the
# network. Dev mode (`make run`) keeps all data inside the checkout, under .dev/.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DEV_STAMP := $(VENV)/.installed-dev
BUNDLE_STAMP := $(VENV)/.installed-bundle
DEV_DIR := .dev
DEV_DB := $(DEV_DIR)/demo.sqlite
PYTEST_ARGS ?=
BENCH_ARGS ?=

# Debian 12 packages `make test` needs (found with ldd on PySide6's Qt libraries and plugins,
# then dpkg -S on each library):
#  - Qt offscreen + widgets + PDF: GL/EGL, xkbcommon, fontconfig/freetype, glib, X11, D-Bus,
#    zstd, and for QtNetwork (which QtPdf links against) Kerberos and brotli; CUPS for printing;
#  - the xcb platform plugin, for real-window checks under Xvfb;
#  - tools: pdftotext/pdftoppm, Xvfb, fonts with Vietnamese glyphs, and LibreOffice Calc
#    (headless, no GUI: ~10 s to install) so that a test re-saves a return as another
#    program would and imports it; LibreOffice Writer (headless) so that a test reads the
#    dossier's Word documents as an office would;
#  - digital signatures: SoftHSM2 as the token (tools/test_token.sh), OpenSC's pkcs11-tool to
#    load it, NSS's certutil for pdfsig's trust store, zbarimg to read printed QR codes back.
QT_PACKAGES := libgl1 libegl1 libxkbcommon0 libfontconfig1 fontconfig libfreetype6 \
	libglib2.0-0 libx11-6 libdbus-1-3 libzstd1 libgssapi-krb5-2 libbrotli1 libcups2
XCB_PACKAGES := libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 \
	libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 \
	libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
TOOL_PACKAGES := poppler-utils xvfb xauth fonts-liberation libreoffice-calc-nogui \
	libreoffice-writer-nogui softhsm2 opensc libnss3-tools zbar-tools openssl
SYSTEM_PACKAGES ?= $(QT_PACKAGES) $(XCB_PACKAGES) $(TOOL_PACKAGES)
# What the window itself needs on a bare machine (`make run`): Qt's libraries and the xcb plugin.
RUN_PACKAGES ?= $(QT_PACKAGES) $(XCB_PACKAGES)

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1

.PHONY: help
help: ## list the targets
	@echo "emudesk — make targets:"
	@grep -hE '^[a-z][a-z0-9-]*:.*## ' $(MAKEFILE_LIST) \
		| awk 'BEGIN {FS = ":.*## "} {printf "  %-12s %s\n", $$1, $$2}'

# --- environment ---------------------------------------------------------------------------

$(PY):
	@test -n "$(PYTHON)" || { echo "error: python3.11 or python3 not found" >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "error: $(PYTHON) is older than Python 3.11" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV) \
		|| { echo "error: cannot create $(VENV) (on Debian: apt-get install python3-venv)" >&2; exit 1; }

$(DEV_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[dev]'
	@touch $@

$(BUNDLE_STAMP): pyproject.toml $(DEV_STAMP)
	$(PY) -m pip install -e '.[dev,bundle]'
	@touch $@

.PHONY: venv
venv: $(DEV_STAMP) ## create .venv and install emudesk[dev] (again only when pyproject.toml changed)

# Installs the Debian packages given, when missing, then proves Qt's libraries load.
define ensure-packages
	@bash tools/ensure_system_packages.sh \
		--qt-dir "$$($(PY) -c 'import importlib.util as u; print(u.find_spec("PySide6").submodule_search_locations[0])')" \
		$(1)
endef

.PHONY: sysdeps
sysdeps: $(DEV_STAMP) ## install the Debian packages tests need, if missing (apt, sudo if not root)
ifeq ($(SKIP_SYSTEM_PACKAGES),1)
	@echo "SKIP_SYSTEM_PACKAGES=1: not checking system packages"
else
	$(call ensure-packages,$(SYSTEM_PACKAGES))
endif

.PHONY: rundeps
rundeps: $(DEV_STAMP) ## install the Debian packages the window needs (Qt's libraries), if missing
ifeq ($(SKIP_SYSTEM_PACKAGES),1)
	@echo "SKIP_SYSTEM_PACKAGES=1: not checking system packages"
else
	$(call ensure-packages,$(RUN_PACKAGES))
endif

# --- generated files -----------------------------------------------------------------------

.PHONY: ui
ui: $(DEV_STAMP) ## regenerate emudesk/ui/generated/ from forms/*.ui
	$(PY) tools/build_forms.py

.PHONY: i18n
i18n: $(DEV_STAMP) ## update the .ts (lupdate) and .po (Babel) files from the sources, then compile them
	$(PY) tools/i18n.py update
	$(PY) tools/i18n.py release

.PHONY: qm
qm: $(DEV_STAMP) ## compile the translations: .ts to .qm (Qt), .po to .mo (gettext); no source scan
	@$(PY) tools/i18n.py release

.PHONY: i18n-check
i18n-check: $(DEV_STAMP) ## both catalogues (.ts, .po): unfinished translations, placeholder mismatches
	$(PY) tools/i18n.py check

# --- checks --------------------------------------------------------------------------------

.PHONY: lint
lint: $(DEV_STAMP) ## ruff check, ruff format --check, and the layers' import contract
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

.PHONY: format
format: $(DEV_STAMP) ## apply ruff's formatting and safe fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

.PHONY: typecheck
typecheck: $(DEV_STAMP) ## mypy (configured in pyproject.toml), then the build tooling
	$(BIN)/mypy
	$(BIN)/mypy tools bench

# Tests never see the developer's real data: EMUDESK_HOME points into build/.
define run-pytest
	rm -rf build/test-home && mkdir -p build/test-home
	QT_QPA_PLATFORM=offscreen EMUDESK_HOME="$(CURDIR)/build/test-home" \
		$(BIN)/pytest -q $(1) $(PYTEST_ARGS)
endef

.PHONY: test
test: $(DEV_STAMP) sysdeps qm lint typecheck ## everything CI runs: lint, mypy, pytest (not slow)
	$(call run-pytest,-m "not slow")

# The database-facing tests once more, against a PostgreSQL server started on loopback for the
# run (Debian's postgresql package; the server's files live in PG_DIR and are removed after).
PG_PORT ?= 54329
PG_DIR ?= /tmp/emudesk-pg-$(PG_PORT)
POSTGRES_TESTS ?= tests/services tests/cycle tests/handover tests/exchange tests/certificates tests/db \
	tests/mail/test_drafts.py tests/mail/test_mail_import.py tests/mail/test_smtp.py

.PHONY: test-postgres
test-postgres: $(DEV_STAMP) sysdeps qm ## services, exchange, cycle, handover and db tests on PostgreSQL
ifneq ($(SKIP_SYSTEM_PACKAGES),1)
	@bash tools/ensure_system_packages.sh postgresql
endif
	bash tools/postgres_test_server.sh start $(PG_DIR) $(PG_PORT)
	trap 'bash tools/postgres_test_server.sh stop $(PG_DIR) $(PG_PORT)' EXIT; \
	QT_QPA_PLATFORM=offscreen EMUDESK_TEST_DB=postgresql+psycopg://postgres@127.0.0.1:$(PG_PORT)/ \
		$(BIN)/python -m pytest -q -p no:randomly -m "not slow" $(POSTGRES_TESTS)

.PHONY: test-slow
test-slow: $(DEV_STAMP) sysdeps qm ## only the tests marked slow (fuzzing, kill tests)
	$(call run-pytest,-m slow) || { rc=$$?; [ $$rc -eq 5 ] && echo "no slow tests yet"; [ $$rc -eq 5 ]; }

# --- running -------------------------------------------------------------------------------

$(DEV_DB): | $(DEV_STAMP)
	@mkdir -p $(DEV_DIR)
	@echo '*' > $(DEV_DIR)/.gitignore
	EMUDESK_HOME="$(CURDIR)/$(DEV_DIR)" $(BIN)/emudesk --db $@ demo

.PHONY: run
run: $(DEV_STAMP) rundeps qm $(DEV_DB) ## run the GUI on the demo database, data kept in .dev/ (installs Qt's system libraries first)
	@[ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] || echo "warning: no display; try xvfb-run make run" >&2
	EMUDESK_HOME="$(CURDIR)/$(DEV_DIR)" $(BIN)/emudesk --db $(DEV_DB)

.PHONY: demo
demo: $(DEV_STAMP) ## recreate the demo database in .dev/
	@mkdir -p $(DEV_DIR)
	@echo '*' > $(DEV_DIR)/.gitignore
	EMUDESK_HOME="$(CURDIR)/$(DEV_DIR)" $(BIN)/emudesk --db $(DEV_DB) demo --force

.PHONY: bundle
bundle: $(BUNDLE_STAMP) rundeps qm ## PyInstaller one-folder build in dist/emudesk, then its self-test
	@# the build's own tooling against the PyInstaller it will use (installed only here)
	$(call run-pytest,tests/test_bundle_hooks.py)
	@# modules without column positions for tracebacks' ^^^ marks: 3.7 MB smaller, quicker
	@# to load (tools/pyi_bootstrap.py); line numbers stay
	PYTHONNODEBUGRANGES=1 $(BIN)/pyinstaller --noconfirm --clean build.spec
	@# PyInstaller links top-level names to every Qt library it saw, also to those build.spec
	@# left out: drop the links that lead nowhere
	find dist/emudesk -xtype l -delete
	dist/emudesk/emudesk --version
	@# migrations, an exchange workbook both ways, a certificate, the main window (offscreen)
	QT_QPA_PLATFORM=offscreen dist/emudesk/emudesk self-test
	@echo "bundle OK: dist/emudesk/"

.PHONY: bench
bench: $(DEV_STAMP) rundeps qm ## start-up time against a bare PySide6 window (see bench/README.md)
	$(PY) bench/startup.py $(BENCH_ARGS)

# --- cleaning ------------------------------------------------------------------------------

.PHONY: clean
clean: ## remove build output and caches (keeps .venv, .dev and the .qm files)
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

.PHONY: distclean
distclean: clean ## also remove .venv, .dev (demo data) and the compiled translations
	rm -rf $(VENV) $(DEV_DIR) resources/i18n/*.qm resources/locale/*/LC_MESSAGES/*.mo
