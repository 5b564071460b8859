"""Production settings refuse to start without what they need; the README lists every variable."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 60,
    "DATABASE_URL": "postgres://moj:moj@127.0.0.1:5432/moj",
    "PORTAL_DOMAIN": "moj.gov.vn",
    "PERSONAL_DATA_KEYS": "Y2hlY2stZGVwbG95LWR1bW15LWtleS0wMTIzNDU2Nzg=",
}


def import_production(env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {*PRODUCTION_ENV, "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}}
    code = "import moj_site.settings.production as s; print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['HOST'], s.DEMO_USERS_ALLOWED)"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("asked", "debug"), [(None, "False"), ("1", "True")])
def test_make_run_shows_the_portals_own_error_pages_unless_debug_is_asked_for(asked, debug):
    clean = {k: v for k, v in os.environ.items() if k not in {"DJANGO_DEBUG", "DJANGO_SETTINGS_MODULE"}}
    env = {**clean, "DATABASE_URL": PRODUCTION_ENV["DATABASE_URL"], **({"DJANGO_DEBUG": asked} if asked else {})}
    code = "import moj_site.settings.dev as s; print(s.DEBUG)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == debug


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without(missing):
    result = import_production({k: v for k, v in PRODUCTION_ENV.items() if k != missing})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_starts_with_its_environment_and_serves_the_portal_domain():
    result = import_production(PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("False ")  # DEBUG
    assert "'moj.gov.vn', '.moj.gov.vn'" in result.stdout
    assert "127.0.0.1" in result.stdout  # the server named by DATABASE_URL, not an embedded one
    assert result.stdout.strip().endswith("False")  # no demo accounts in production


def settings_variables() -> set[str]:
    pattern = re.compile(r"""(?:os\.environ(?:\.get)?\(|os\.environ\[|env_bool\(|env_list\(|environ\.setdefault\()\s*["']([A-Z_]+)["']""")
    found = set()
    for path in [*ROOT.glob("moj_site/settings/*.py"), ROOT / "moj_site" / "database.py"]:
        found |= set(pattern.findall(path.read_text()))
    return found - {"DJANGO_SETTINGS_MODULE", "XDG_RUNTIME_DIR"}


def test_readme_lists_every_environment_variable_the_settings_read():
    readme = (ROOT / "README.md").read_text()
    table_names = set(re.findall(r"^\|\s*`([A-Z_]+)`", readme, flags=re.MULTILINE))
    variables = settings_variables()
    assert len(variables) >= 10
    assert variables - table_names == set()
