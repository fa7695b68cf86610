"""The setup commands make run uses."""

from io import StringIO

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.users.models import UserProfile


@pytest.mark.django_db
def test_ensure_local_admin_creates_then_resets(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("ensure_local_admin", stdout=out)
    text = out.getvalue()
    assert "Local admin account created." in text
    password = text.split("Password: ", 1)[1].split()[0]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.is_staff
    assert user.check_password(password)
    assert UserProfile.get_for_user(user).preferred_language == "de"

    out = StringIO()
    call_command("ensure_local_admin", stdout=out)
    assert "password reset" in out.getvalue()
    new_password = out.getvalue().split("Password: ", 1)[1].split()[0]
    assert new_password != password
    user.refresh_from_db()
    assert user.check_password(new_password)
    assert get_user_model().objects.count() == 1


@pytest.mark.django_db
def test_ensure_local_admin_refuses_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only runs with DEBUG=true"):
        call_command("ensure_local_admin")
    assert not get_user_model().objects.exists()


def test_compile_translations_writes_mo_files(settings, tmp_path):
    messages = tmp_path / "en" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Startseite", msgstr="Home"))
    po.save(str(messages / "django.po"))
    settings.LOCALE_PATHS = [tmp_path]
    settings.BASE_DIR = tmp_path
    out = StringIO()
    call_command("compile_translations", stdout=out)
    compiled = polib.mofile(str(messages / "django.mo"))
    assert [(e.msgid, e.msgstr) for e in compiled] == [("Startseite", "Home")]
    assert "1 catalogue(s) updated" in out.getvalue()
