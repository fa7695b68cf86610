"""bin/serve_prod.py (``make serve-prod``) refuses to start without production settings."""

import subprocess
import sys
from pathlib import Path

from bin import serve_prod

ROOT = Path(__file__).resolve().parents[2]


def test_missing_settings_are_named():
    found = serve_prod.problems({"DEBUG": "true"})
    assert any("SECRET_KEY" in problem for problem in found)
    assert any("DATABASE_URL" in problem for problem in found)
    assert any("ALLOWED_HOSTS" in problem for problem in found)
    assert any("DEBUG" in problem for problem in found)


def test_complete_settings_pass():
    environ = {"SECRET_KEY": "s", "DATABASE_URL": "postgres://x/y", "ALLOWED_HOSTS": "a.example"}
    assert serve_prod.problems(environ) == []


def test_refuses_with_exit_code_2_and_starts_nothing():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "bin" / "serve_prod.py")],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert completed.returncode == 2
    assert "SECRET_KEY is not set" in completed.stderr
    assert "gunicorn" not in completed.stdout


def test_runs_gunicorn_with_the_project_config_and_the_worker():
    setup, services = serve_prod.commands("/venv/bin/python")
    assert [command[2] for command in setup] == ["compile_translations", "collectstatic", "migrate"]
    assert services["gunicorn"][0] == "/venv/bin/gunicorn"
    assert services["gunicorn"][-1] == "config.wsgi"
    assert services["db_worker"][-1] == "db_worker"
