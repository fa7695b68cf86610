#!/usr/bin/env python3
"""Run the test suite again on a throwaway PostgreSQL cluster.

Usage (from the repository root)::

    .venv/bin/python tests/postgres_pass.py [pytest args...]

Without pytest arguments it runs ``-m "not browser"``. The script creates a
temporary directory, initialises a cluster in it with ``initdb``, starts the
server listening only on a Unix socket in that directory, runs
``python -m pytest`` with ``DATABASE_URL`` pointing at it and exits with
pytest's exit code. The cluster is always stopped and the directory removed
afterwards, also after a failure, an exception, Ctrl-C or SIGTERM.

Environment:

``PG_BIN``
    Directory with the server binaries (default /usr/lib/postgresql/15/bin).
    If they are missing the pass is skipped (exit 0), unless ``CI=true``:
    then it fails (exit 1).
``KEEP_PG=1``
    Leave the cluster running and its directory in place after the tests, and
    print how to connect to it and how to stop and remove it.

Only the standard library is used: the script must run before anything else
is known to work.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG_BIN = "/usr/lib/postgresql/15/bin"
DEFAULT_PYTEST_ARGS = ["-m", "not browser"]
REQUIRED_BINARIES = ("initdb", "pg_ctl", "postgres")
DATABASE_NAME = "vielfalt"
SUPERUSER = "postgres"
# The socket path "<dir>/.s.PGSQL.<port>" must fit into sockaddr_un.sun_path
# (108 bytes on Linux, including the terminating NUL).
MAX_SOCKET_PATH = 107
# Variables libpq reads that could point the tests somewhere else.
LIBPQ_VARIABLES = (
    "PGHOST",
    "PGHOSTADDR",
    "PGPORT",
    "PGUSER",
    "PGPASSWORD",
    "PGPASSFILE",
    "PGDATABASE",
    "PGSERVICE",
    "PGSERVICEFILE",
    "PGOPTIONS",
    "PGSSLMODE",
)
PREFIX = "PostgreSQL pass:"


class Interrupted(Exception):
    """Raised by the SIGTERM/SIGHUP handler so that the cleanup runs."""

    def __init__(self, signum):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class PassError(Exception):
    """A step failed; the message says which and why."""


# Pure helpers (tested in tests/test_postgres_pass.py) ------------------------


def env_flag(name, environ=None):
    """True if the variable is set to 1/true/yes/on (case-insensitive)."""
    value = (os.environ if environ is None else environ).get(name, "")
    return value.strip().lower() in {"1", "true", "yes", "on"}


def database_url(socket_dir, port, name=DATABASE_NAME, user=SUPERUSER):
    """URL for a server on a Unix socket.

    The socket directory goes into the host part, percent-encoded
    (``postgres://postgres@%2Ftmp%2Fx:5432/vielfalt``): dj-database-url turns
    that into HOST and PORT. The ``?host=…&port=…`` form also connects, but it
    ends up in OPTIONS with an empty HOST, which Django's dbshell and the
    error messages do not understand.
    """
    return f"postgres://{quote(user, safe='')}@{quote(str(socket_dir), safe='')}:{port}/{name}"


def socket_path(socket_dir, port):
    return f"{socket_dir}/.s.PGSQL.{port}"


def socket_path_fits(socket_dir, port):
    return len(os.fsencode(socket_path(socket_dir, port))) <= MAX_SOCKET_PATH


def major_version(text):
    """'postgres (PostgreSQL) 15.18 (Debian …)' -> '15'; None if not found."""
    match = re.search(r"\b(\d+)(?:\.\d+)*", text)
    return match.group(1) if match else None


def pytest_command(args, python=sys.executable):
    return [python, "-m", "pytest", *(args or DEFAULT_PYTEST_ARGS)]


def exit_code(returncode):
    """Map Popen.returncode (negative for 'killed by signal N') to a shell exit code."""
    return 128 - returncode if returncode < 0 else returncode


def server_options(socket_dir, port):
    """The -o string for pg_ctl; pg_ctl hands it to /bin/sh, hence the quoting."""
    return " ".join(
        [
            "-c listen_addresses=''",
            f"-c unix_socket_directories={shlex.quote(str(socket_dir))}",
            f"-k {shlex.quote(str(socket_dir))}",
            f"-p {int(port)}",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
        ]
    )


def traversable_by_others(path):
    """True if every directory from / down to path has the x bit for 'other'."""
    path = Path(path).resolve()
    for directory in [path, *path.parents]:
        try:
            mode = directory.stat().st_mode
        except OSError:
            return False
        if not mode & stat.S_IXOTH:
            return False
    return True


# Side effects -----------------------------------------------------------------


def say(message):
    print(f"{PREFIX} {message}", flush=True)


def become_subreaper():
    """Adopt orphaned descendants (Linux only, best effort).

    pg_ctl forks the postmaster and exits, so the postmaster is re-parented.
    Without this it goes to PID 1, and an init that reaps lazily (or a
    container whose PID 1 does not reap at all) leaves a "[postgres] <defunct>"
    entry behind. As a subreaper we collect it ourselves in reap_children().
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def reap_children(timeout=2.0):
    """Collect exited children (the adopted postmaster); give up after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return True  # no children left
        if pid == 0:
            if time.monotonic() >= deadline:
                return False  # some child still runs; not ours to kill
            time.sleep(0.05)


def free_port():
    """A TCP port nobody listens on; the server only uses it to name its socket."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tail(path, lines=40):
    try:
        text = Path(path).read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


class Cluster:
    def __init__(self, bin_dir, run_as=None):
        self.bin_dir = Path(bin_dir)
        self.run_as = run_as  # user name when we are root, else None
        self.base = None
        self.data = None
        self.log = None
        self.port = None
        self.started = False

    # Commands ------------------------------------------------------------

    def command(self, binary, *args):
        argv = [str(self.bin_dir / binary), *args]
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *argv]
        return argv

    def run(self, binary, *args, timeout=120, check=True, new_session=False):
        completed = subprocess.run(
            self.command(binary, *args),
            cwd=self.base,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            start_new_session=new_session,
            check=False,
        )
        if check and completed.returncode != 0:
            raise PassError(
                f"{binary} {' '.join(args)} failed with exit code {completed.returncode}:\n"
                f"{completed.stdout.rstrip()}"
            )
        return completed

    # Life cycle ----------------------------------------------------------

    def create_directory(self):
        candidates = [None, "/tmp"]
        for parent in candidates:
            base = Path(tempfile.mkdtemp(prefix="vielfalt-pg-", dir=parent))
            fits = socket_path_fits(base, 65535)
            reachable = not self.run_as or traversable_by_others(base.parent)
            if fits and reachable:
                break
            base.rmdir()
        else:
            raise PassError("no temporary directory with a short, reachable path")
        self.base = base
        if self.run_as:
            user = pwd.getpwnam(self.run_as)
            os.chown(base, user.pw_uid, user.pw_gid)
        self.data = base / "data"
        self.log = base / "server.log"
        return base

    def initdb(self):
        common = [
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "--encoding=UTF8",
            "--no-sync",
        ]
        first = self.run("initdb", *common, "--locale=C.UTF-8", check=False)
        if first.returncode == 0:
            return "C.UTF-8"
        # C.UTF-8 is not available everywhere; plain C works with UTF8 too.
        shutil.rmtree(self.data, ignore_errors=True)
        second = self.run("initdb", *common, "--locale=C", check=False)
        if second.returncode == 0:
            return "C"
        raise PassError(
            "initdb failed with --locale=C.UTF-8:\n"
            f"{first.stdout.rstrip()}\n"
            "and with --locale=C:\n"
            f"{second.stdout.rstrip()}"
        )

    def start(self):
        self.port = free_port()
        self.started = True  # from here on, stop() has something to check
        # new_session: the server must not get the terminal's Ctrl-C, we stop it ourselves.
        completed = self.run(
            "pg_ctl",
            "start",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "60",
            "-o",
            server_options(self.base, self.port),
            check=False,
            new_session=True,
        )
        if completed.returncode != 0:
            raise PassError(
                f"pg_ctl start failed with exit code {completed.returncode}:\n"
                f"{completed.stdout.rstrip()}\n--- {self.log} (last lines) ---\n{tail(self.log)}"
            )

    def psql(self, *args, database="postgres"):
        psql = self.bin_dir / "psql"
        if not os.access(psql, os.X_OK):
            return None
        completed = subprocess.run(
            [
                str(psql),
                "-X",
                "-A",
                "-t",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.base),
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "-d",
                database,
                *args,
            ],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            env=clean_environment(),
            check=False,
        )
        if completed.returncode != 0:
            raise PassError(f"psql {' '.join(args)} failed:\n{completed.stderr.rstrip()}")
        return completed.stdout.strip()

    def postmaster_pid(self):
        try:
            first_line = (self.data / "postmaster.pid").read_text().splitlines()[0]
            return int(first_line)
        except (OSError, ValueError, IndexError):
            return None

    def stop(self):
        """Stop the server, escalating to SIGKILL; never raises."""
        if not self.started or self.data is None:
            return True
        for mode in ("fast", "immediate"):
            if self.postmaster_pid() is None:
                return True
            try:
                completed = self.run(
                    "pg_ctl",
                    "stop",
                    "-D",
                    str(self.data),
                    "-m",
                    mode,
                    "-w",
                    "-t",
                    "30",
                    check=False,
                    timeout=60,
                )
            except (OSError, subprocess.SubprocessError) as error:
                say(f"pg_ctl stop -m {mode} failed: {error}")
                continue
            if completed.returncode == 0:
                return True
            say(f"pg_ctl stop -m {mode} failed:\n{completed.stdout.rstrip()}")
        pid = self.postmaster_pid()
        if pid is None:
            return True
        say(f"killing postmaster {pid}")
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            return True
        except OSError as error:
            say(f"could not kill postmaster {pid}: {error}")
            return False
        for _ in range(50):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)  # reap it if we adopted it
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return True
            time.sleep(0.1)
        return False

    def remove(self):
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            return not self.base.exists()
        return True


def clean_environment(**extra):
    environ = {k: v for k, v in os.environ.items() if k not in LIBPQ_VARIABLES}
    environ.update(extra)
    return environ


def prerequisites(bin_dir):
    """Why the pass cannot run here, or None if it can."""
    missing = [name for name in REQUIRED_BINARIES if not os.access(bin_dir / name, os.X_OK)]
    if missing:
        return f"no server binaries in {bin_dir} (missing: {', '.join(missing)})"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            return "running as root, but runuser (util-linux) is not installed"
        try:
            pwd.getpwnam(SUPERUSER)
        except KeyError:
            return f"running as root, but there is no {SUPERUSER!r} user to run initdb as"
    return None


def run_pytest(args, url):
    command = pytest_command(args)
    say(f"DATABASE_URL={url}")
    say(f"running {shlex.join(command)}")
    process = subprocess.Popen(command, cwd=ROOT, env=clean_environment(DATABASE_URL=url))
    try:
        return exit_code(process.wait())
    except BaseException as error:
        # Ctrl-C already reached pytest (same process group); SIGTERM/SIGHUP did not.
        if isinstance(error, Interrupted):
            process.send_signal(error.signum)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        raise


def raise_interrupted(signum, frame):
    raise Interrupted(signum)


def main(argv):
    bin_dir = Path(os.environ.get("PG_BIN") or DEFAULT_PG_BIN)
    ci = env_flag("CI")
    reason = prerequisites(bin_dir)
    if reason:
        if ci:
            print(f"PostgreSQL pass failed: {reason} (CI=true: this pass must run)", flush=True)
            return 1
        print(f"PostgreSQL pass skipped: {reason}", flush=True)
        return 0

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, raise_interrupted)

    keep = env_flag("KEEP_PG")
    if not keep:
        become_subreaper()
    run_as = SUPERUSER if os.geteuid() == 0 else None
    cluster = Cluster(bin_dir, run_as=run_as)
    code = 1
    started_at = time.monotonic()
    try:
        version = subprocess.run(
            [str(bin_dir / "postgres"), "--version"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
        base = cluster.create_directory()
        say(f"starting PostgreSQL {major_version(version) or '?'} in {base}")
        if run_as:
            say(f"running as root: initdb and pg_ctl run as the {run_as!r} user (runuser)")
        locale = cluster.initdb()
        cluster.start()
        server_version = cluster.psql("-c", "SHOW server_version") or version
        say(f"server version {server_version}, locale {locale}, port {cluster.port}")
        cluster.psql("-c", f"CREATE DATABASE {DATABASE_NAME}")
        say(f"cluster ready after {time.monotonic() - started_at:.1f}s")
        code = run_pytest(argv, database_url(base, cluster.port))
        say(f"pytest exited with code {code}")
    except KeyboardInterrupt:
        print(flush=True)
        say("interrupted (SIGINT)")
        code = 130
    except Interrupted as error:
        say(f"interrupted ({error})")
        code = 128 + error.signum
    except (PassError, OSError, subprocess.SubprocessError) as error:
        say(f"ERROR: {error}")
        code = 1
    finally:
        # A second Ctrl-C must not cut the cleanup short.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        if keep and cluster.started:
            say("KEEP_PG is set: the cluster is still running")
            say(f"  psql -h {cluster.base} -p {cluster.port} -U {SUPERUSER} {DATABASE_NAME}")
            say(f"  (pytest-django drops test_{DATABASE_NAME} unless run with --reuse-db)")
            say(f"  DATABASE_URL='{database_url(cluster.base, cluster.port)}'")
            say(f"  server log: {cluster.log}")
            stop = shlex.join(cluster.command("pg_ctl", "stop", "-D", str(cluster.data)))
            say(f"  stop and remove: {stop} -m fast && rm -rf {shlex.quote(str(cluster.base))}")
        else:
            stopped = cluster.stop()
            reap_children()
            removed = cluster.remove()
            if stopped and removed:
                if cluster.base is not None:
                    say("cluster stopped and removed")
            else:
                say(f"WARNING: cleanup incomplete ({stopped=}, {removed=}): {cluster.base}")
                code = code or 1
        say(f"finished in {time.monotonic() - started_at:.1f}s, exit code {code}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
