"""The pure helpers of tests/postgres_pass.py (no server is started here)."""

import shlex

import dj_database_url
import pytest

from tests import postgres_pass


@pytest.mark.parametrize("socket_dir", ["/tmp/vielfalt-pg-abc123", "/tmp/with space/pg"])
def test_database_url_parses_to_host_and_port(socket_dir):
    url = postgres_pass.database_url(socket_dir, 54321)

    config = dj_database_url.parse(url)

    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["HOST"] == socket_dir
    assert config["PORT"] == 54321
    assert config["NAME"] == "vielfalt"
    assert config["USER"] == "postgres"
    assert not config["PASSWORD"]
    assert "host" not in config.get("OPTIONS", {})


@pytest.mark.parametrize(
    ("text", "major"),
    [
        ("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "15"),
        ("postgres (PostgreSQL) 16.4", "16"),
        ("postgres (PostgreSQL) 17beta1", "17"),
        ("no digits here", None),
    ],
)
def test_major_version(text, major):
    assert postgres_pass.major_version(text) == major


def test_pytest_command_defaults_to_not_browser():
    assert postgres_pass.pytest_command([], python="py") == [
        "py",
        "-m",
        "pytest",
        "-m",
        "not browser",
    ]


def test_pytest_command_passes_arguments_through():
    command = postgres_pass.pytest_command(["-q", "tests/home"], python="py")

    assert command == ["py", "-m", "pytest", "-q", "tests/home"]


@pytest.mark.parametrize(("returncode", "code"), [(0, 0), (1, 1), (5, 5), (-2, 130), (-15, 143)])
def test_exit_code(returncode, code):
    assert postgres_pass.exit_code(returncode) == code


def test_socket_path_fits():
    assert postgres_pass.socket_path_fits("/tmp/vielfalt-pg-abc123", 65535)
    assert not postgres_pass.socket_path_fits("/tmp/" + "x" * 100, 5432)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("TRUE", True), ("1", True), ("yes", True), ("", False), ("false", False)],
)
def test_env_flag(value, expected):
    assert postgres_pass.env_flag("CI", {"CI": value}) is expected


def test_env_flag_unset():
    assert postgres_pass.env_flag("CI", {}) is False


def test_server_options_survive_the_shell():
    words = shlex.split(postgres_pass.server_options("/tmp/odd dir's", 5433))

    assert words == [
        "-c",
        "listen_addresses=",
        "-c",
        "unix_socket_directories=/tmp/odd dir's",
        "-k",
        "/tmp/odd dir's",
        "-p",
        "5433",
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        "-c",
        "full_page_writes=off",
    ]


def test_traversable_by_others(tmp_path):
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o700)
    inner = closed / "inner"
    inner.mkdir(mode=0o755)

    assert postgres_pass.traversable_by_others("/")
    assert not postgres_pass.traversable_by_others(closed)
    assert not postgres_pass.traversable_by_others(inner)


def test_missing_binaries_skip_outside_ci(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("PG_BIN", str(tmp_path / "nowhere"))
    monkeypatch.delenv("CI", raising=False)

    assert postgres_pass.main([]) == 0
    assert "PostgreSQL pass skipped: no server binaries in" in capsys.readouterr().out


def test_missing_binaries_fail_in_ci(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("PG_BIN", str(tmp_path / "nowhere"))
    monkeypatch.setenv("CI", "true")

    assert postgres_pass.main([]) == 1
    assert "no server binaries in" in capsys.readouterr().out
