# The two commands (README): `make run` serves the demo portal, `make test` runs every check.
# Both set up everything they need on a fresh machine: virtualenv, packages, system tools, database.

PYTHON ?= python3
PORT ?= 8000
HOST ?= 127.0.0.1
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
export PORT

# Dummy environment for `check --deploy`: production settings refuse to start without these.
DEPLOY_ENV := DJANGO_SETTINGS_MODULE=moj_site.settings.production \
	SECRET_KEY=check-deploy-dummy-0d6f3b9e8a7c4f21b5e6d7c8a9b0c1d2e3f4a5b6c7d8e9f0 \
	DATABASE_URL=postgres://moj:moj@127.0.0.1:5432/moj PORTAL_DOMAIN=moj.gov.vn \
	PERSONAL_DATA_KEYS=Y2hlY2stZGVwbG95LWR1bW15LWtleS0wMTIzNDU2Nzg=

.PHONY: run scheduler test install install-dev system-tools browser messages makemessages lint check-django pytest demo clean help

help:
	@echo "make run   — set up and serve the demo portal on http://localhost:$(PORT)/"
	@echo "make test  — set up and run lint, Django checks and the whole test suite (with Chromium)"

run: install system-tools messages
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo --port $(PORT)
	@echo "Serving on http://localhost:$(PORT)/ and http://<unit>.localhost:$(PORT)/ — Ctrl-C stops it (and the embedded database)."
	@echo "Periodic jobs (reminders, backups, archive): \`make scheduler\` in another terminal."
	$(MANAGE) runserver --insecure $(HOST):$(PORT)  # --insecure: static files without DEBUG (DJANGO_DEBUG=1 for Django's debug pages)

# The periodic jobs of the demo (issue 17): in the demo tasks run at once, so the scheduler runs them itself.
scheduler: install
	$(MANAGE) run_scheduler

test: install-dev system-tools browser messages lint check-django pytest

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + "); set PYTHON=…")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# gettext compiles the interface catalogues; fonts give Chromium and the demo PDFs Vietnamese glyphs.
system-tools:
	@command -v msgfmt >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi dejavu || $(call apt_install,gettext fonts-dejavu-core fontconfig)
	@# The IMAP server the e-mail channel of the intake register is tested against (tests/intake/imap_server.py).
	@test -x /usr/sbin/dovecot || $(call apt_install,dovecot-imapd)

# Browser journeys run in Debian's chromium-headless-shell (Chromium's old headless mode, which Playwright itself uses
# for headless runs: the journeys take 58 core-seconds of Chromium instead of 104 with the full browser), driven by
# Playwright from PyPI (no browser download); chromium itself for looking at the portal (`chromium --headless --screenshot`).
browser:
	@command -v chromium-headless-shell >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 || \
		$(call apt_install,chromium chromium-headless-shell fonts-dejavu-core)

define apt_install
	{ if [ "$$(id -u)" = 0 ]; then \
		echo "Installing $(1) with apt-get…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(1) >/dev/null; \
	else \
		echo "Missing system packages. Run: sudo apt-get install -y $(1)" >&2; exit 1; \
	fi; }
endef

messages: install
	$(BIN)/django-admin compilemessages --ignore=.venv --ignore=.data >/dev/null

# Refresh the catalogues from the code (no fuzzy guesses: a new string stays untranslated until someone translates it).
makemessages: install
	$(MANAGE) makemessages -l vi -l en --ignore=.venv --ignore=.data --ignore=tests --ignore=bench

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check-django: install-dev
	DJANGO_SETTINGS_MODULE=moj_site.settings.test $(MANAGE) check --fail-level WARNING
	$(DEPLOY_ENV) $(MANAGE) check --deploy --fail-level WARNING
	DJANGO_SETTINGS_MODULE=moj_site.settings.test $(MANAGE) makemigrations --check --dry-run

# Two runs (tests/conftest.py): everything but the browser journeys, and the journeys on a test database of their own.
# Both at once, on both cores: the suite in two workers, the journeys beside it (their output follows the suite's).
# The longest groups of tests are handed out first (tests/conftest.py: longest_first).
pytest: install-dev
	@mkdir -p test-artifacts
	@$(BIN)/pytest tests/e2e > test-artifacts/journeys.log 2>&1 & journeys=$$!; \
	$(BIN)/pytest -n 2 --dist loadgroup --no-loadscope-reorder; suite=$$?; \
	wait $$journeys; journeys=$$?; \
	echo "── browser journeys (pytest tests/e2e) ──"; cat test-artifacts/journeys.log; \
	exit $$(( suite || journeys ))

demo: install messages
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo --port $(PORT)

clean:
	rm -rf $(VENV) .data media static_collected .pytest_cache .ruff_cache
