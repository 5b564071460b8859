"""Every interface string has an English translation (R-EN-1): extracting the strings afresh from the code
leaves nothing untranslated in the `en` catalogue. To add translations: `make makemessages`, then edit
locale/en/LC_MESSAGES/django.po."""

import os
import shutil
import subprocess
import sys

import polib
from django.conf import settings

NOT_COPIED = shutil.ignore_patterns(".venv", ".data", ".git", "media", "static_collected", "*.mo", "__pycache__", ".*_cache")


def test_makemessages_leaves_no_english_string_untranslated(tmp_path):
    # makemessages writes into the checkout's own catalogues, so it runs on a copy of the checkout.
    project = tmp_path / "project"
    shutil.copytree(settings.BASE_DIR, project, ignore=NOT_COPIED)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "moj_site.settings.test",
        "DATABASE_URL": "postgres://unused@127.0.0.1:1/unused",  # extraction needs no database
    }
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--ignore=tests", "--ignore=bench"],
        cwd=project, env=env, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    catalogue = polib.pofile(str(project / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue if not entry.translated() and not entry.obsolete]
    assert untranslated == [], f"{len(untranslated)} strings without English: {untranslated[:10]}"
    assert len(catalogue) > 250  # the extraction did find the code's strings
