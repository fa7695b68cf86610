"""Every user-facing string is in the English catalogue, translated and not fuzzy."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "media", "staticfiles", "*.sqlite3", "__pycache__", "*.mo"
)


def entries(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


def test_catalogue_is_complete_and_clean():
    po = polib.pofile(str(CATALOGUE))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"untranslated strings in {CATALOGUE.name}: {untranslated}"
    assert not fuzzy, f"fuzzy strings in {CATALOGUE.name}: {fuzzy}"
    assert len(po.translated_entries()) > 50


def test_every_marked_string_is_in_the_catalogue(tmp_path):
    """Extract the strings afresh (makemessages) and compare with the committed catalogue."""
    if shutil.which("xgettext") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("xgettext (GNU gettext) is missing: .ci/run installs it")
        pytest.skip("xgettext (GNU gettext) is not installed")
    copy = tmp_path / "project"
    shutil.copytree(settings.BASE_DIR, copy, ignore=COPY_IGNORE)
    (copy / CATALOGUE.relative_to(settings.BASE_DIR)).unlink()
    env = {**os.environ, "DEBUG": "true", "DJANGO_SETTINGS_MODULE": "config.settings"}
    subprocess.run(  # noqa: S603
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "en",
            "--ignore=tests/*",
            "--ignore=bench/*",
            "--no-obsolete",
            "-v0",
        ],
        cwd=copy,
        env=env,
        check=True,
        timeout=120,
    )
    extracted = entries(polib.pofile(str(copy / "locale" / "en" / "LC_MESSAGES" / "django.po")))
    committed = entries(polib.pofile(str(CATALOGUE)))
    missing = sorted(extracted - committed, key=str)
    assert not missing, (
        "strings marked for translation but missing from locale/en (run makemessages, "
        f"see docs/translating.md): {missing}"
    )
