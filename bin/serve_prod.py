#!/usr/bin/env python3
"""Run the site as in production on one machine: gunicorn and the task worker side by side.

Usage (from the repository root; ``make serve-prod`` does the same)::

    SECRET_KEY=… DATABASE_URL=postgres://… ALLOWED_HOSTS=vielfalt.example.org \\
        .venv/bin/python bin/serve_prod.py

Steps: refuse to start unless ``SECRET_KEY``, ``DATABASE_URL`` and ``ALLOWED_HOSTS`` are
set and ``DEBUG`` is not true; ``manage.py compile_translations``, ``collectstatic`` and
``migrate``; then ``gunicorn -c config/gunicorn.conf.py`` (``WEB_CONCURRENCY`` workers,
``GUNICORN_BIND``) and ``manage.py db_worker`` (background tasks; ``TASKS_BACKEND``
defaults to ``database`` here). Ctrl-C or SIGTERM stops both (gunicorn finishes the
requests in progress); when one of them exits, the other is stopped too and the exit code
is passed on. ``SKIP_SETUP=true`` skips the three set-up commands (several app servers:
only one should migrate, see docs/deploy.md).

This is what the systemd units of docs/deploy.md do as two services; it needs nothing but
the standard library.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = ("SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS")
STOP_TIMEOUT = 40  # a little more than gunicorn's graceful_timeout


def say(message):
    print(f"[serve-prod] {message}", flush=True)


def problems(environ):
    """What is wrong with the environment for a production start (empty: nothing)."""
    found = [
        f"{name} is not set (see the configuration table in README.md)"
        for name in REQUIRED
        if not environ.get(name, "").strip()
    ]
    if environ.get("DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}:
        found.append("DEBUG is true: unset it (or set DEBUG=false) for a production run")
    return found


def commands(python=sys.executable):
    gunicorn = str(Path(python).with_name("gunicorn"))
    setup = [
        [python, "manage.py", "compile_translations", "--verbosity", "0"],
        [python, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        [python, "manage.py", "migrate", "--no-input"],
    ]
    services = {
        "gunicorn": [gunicorn, "-c", str(ROOT / "config" / "gunicorn.conf.py"), "config.wsgi"],
        "db_worker": [python, "manage.py", "db_worker"],
    }
    return setup, services


class Stop(Exception):
    def __init__(self, signum):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_stop(signum, frame):
    raise Stop(signum)


def stop_all(processes):
    for name, process in processes.items():
        if process.poll() is None:
            say(f"stopping {name} (pid {process.pid})")
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    for name, process in processes.items():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            say(f"{name} did not stop within {STOP_TIMEOUT}s: killing it")
            process.kill()
            process.wait()


def main():
    environ = dict(os.environ)
    found = problems(environ)
    if found:
        for problem in found:
            print(f"serve-prod: {problem}", file=sys.stderr)
        print(
            "serve-prod: production settings come from the environment; docs/deploy.md shows "
            "a local run against a throwaway PostgreSQL cluster.",
            file=sys.stderr,
        )
        return 2
    environ.setdefault("TASKS_BACKEND", "database")
    setup, services = commands()

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _raise_stop)
    processes = {}
    try:
        if environ.get("SKIP_SETUP", "").lower() not in {"1", "true", "yes", "on"}:
            for command in setup:
                say(" ".join(Path(part).name if i == 0 else part for i, part in enumerate(command)))
                completed = subprocess.run(command, cwd=ROOT, env=environ, check=False)  # noqa: S603
                if completed.returncode != 0:
                    say(f"failed with exit code {completed.returncode}")
                    return completed.returncode
        for name, command in services.items():
            # Own process group: Ctrl-C reaches only this script, which stops both in order.
            processes[name] = subprocess.Popen(  # noqa: S603 - fixed argv
                command, cwd=ROOT, env=environ, start_new_session=True
            )
            say(f"started {name} (pid {processes[name].pid})")
        while True:
            for name, process in processes.items():
                if process.poll() is not None:
                    say(f"{name} exited with code {process.returncode}")
                    return process.returncode or 1
            time.sleep(0.5)
    except KeyboardInterrupt:
        say("interrupted (SIGINT): stopping")
    except Stop as stop:
        say(f"{stop}: stopping")
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        stop_all(processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
