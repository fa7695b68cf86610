"""Shared pieces of bench/pages.py and bench/load.py (not a benchmark itself).

* statistics: :func:`percentile`, :func:`summarize`;
* an HTTP client on ``http.client`` (one keep-alive connection per thread, reconnecting
  when the server closes it, as gunicorn's sync workers do after every response) and a
  load generator bounded in time (:func:`run_load`);
* :class:`FormWalker`: submits the Diversometer like a browser without JavaScript
  (reads the form, picks answers, posts until the 303 to the result);
* the set-up: a throwaway PostgreSQL cluster (the helpers of tests/postgres_pass.py),
  production-like settings for one run (:func:`production_env`), migrate, demo content
  and collectstatic (:func:`prepare_site`), gunicorn on loopback (:class:`Server`), the
  memory of its workers from /proc;
* :func:`static_app`: the WSGI app of the static file server the pages are compared
  with: WhiteNoise serving a directory, run by gunicorn with the same number of workers
  (``gunicorn 'bench._harness:static_app()'`` with ``BENCH_STATIC_ROOT``).

Only the standard library at import time: gunicorn imports this module for the static
server, and the smoke tests (tests/bench/) use the client and the statistics without a
cluster.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import math
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))

# Statistics ----------------------------------------------------------------------


def percentile(values, p):
    """The p-th percentile (0–100) with linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summarize(latencies, seconds):
    """Throughput and latency (ms) of a run that took ``seconds``."""
    return {
        "requests": len(latencies),
        "rps": len(latencies) / seconds if seconds > 0 else math.nan,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
        "max_ms": max(latencies) * 1000 if latencies else math.nan,
    }


def sha256(data):
    return hashlib.sha256(data).hexdigest()


# HTTP client and load generator --------------------------------------------------


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes
    seconds: float

    def header(self, name, default=""):
        return self.headers.get(name.lower(), default)


class Client:
    """One keep-alive HTTP/1.1 connection (not thread-safe: one per thread)."""

    def __init__(self, host, port, timeout=30, host_header=None):
        self.host = host
        self.port = port
        self.timeout = timeout
        self.host_header = host_header or f"{host}:{port}"
        self.origin = f"http://{self.host_header}"
        self.connection = None

    def _connection(self):
        if self.connection is None:
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self.connection

    def request(self, method, path, body=None, headers=None):
        headers = {"Host": self.host_header, "Accept-Encoding": "identity", **(headers or {})}
        for attempt in (1, 2):
            connection = self._connection()
            started = time.perf_counter()
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # The server closed an idle keep-alive connection: reconnect once.
                self.close()
                if attempt == 2:
                    raise
                continue
            seconds = time.perf_counter() - started
            result = Response(
                response.status,
                {key.lower(): value for key, value in response.getheaders()},
                data,
                seconds,
            )
            if response.will_close:
                self.close()
            return result
        raise AssertionError("unreachable")

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post_form(self, path, fields, headers=None):
        body = urlencode(fields, doseq=True).encode()
        return self.request(
            "POST",
            path,
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                # The public forms check the origin instead of a CSRF cookie (home.csrf).
                "Origin": self.origin,
                **(headers or {}),
            },
        )

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


@dataclass
class Tally:
    """What the threads of one load run recorded (guarded by a lock)."""

    latencies: dict = field(default_factory=dict)  # kind -> [seconds]
    errors: list = field(default_factory=list)  # (kind, text)
    counts: dict = field(default_factory=dict)  # free-form counters
    lock: threading.Lock = field(default_factory=threading.Lock)
    deadline: float | None = None  # time.monotonic() when the run ends

    def record(self, kind, seconds):
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)

    def error(self, kind, text):
        with self.lock:
            self.errors.append((kind, text))

    def count(self, name, amount=1):
        with self.lock:
            self.counts[name] = self.counts.get(name, 0) + amount

    def all_latencies(self):
        return [value for values in self.latencies.values() for value in values]


def run_load(make_client, action, concurrency, duration, seed=1):
    """Run ``action(client, rng, tally)`` in ``concurrency`` threads for ``duration`` s.

    Each thread has its own client (``make_client()``) and random generator. An action
    raises or calls ``tally.error`` for a failure and ``tally.record`` for a timing.
    Returns ``(tally, elapsed seconds)``; threads finish the action they are in (actions
    of several requests can read ``tally.deadline`` and stop between them).
    """
    tally = Tally()
    deadline = time.monotonic() + duration
    tally.deadline = deadline
    start = threading.Barrier(concurrency + 1)

    def worker(number):
        client = make_client()
        rng = random.Random(seed * 1000 + number)  # noqa: S311 - simulated visitors
        start.wait()
        try:
            while time.monotonic() < deadline:
                try:
                    action(client, rng, tally)
                except Exception as error:  # noqa: BLE001 - every failure is counted
                    tally.error("exception", f"{type(error).__name__}: {error}")
                    client.close()
        finally:
            client.close()

    threads = [
        threading.Thread(target=worker, args=(number,), daemon=True)
        for number in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join(duration + 120)
    return tally, time.perf_counter() - began


def get_action(paths, kind="get", expect=200):
    """An action for run_load: GET one of ``paths`` (round robin by random choice)."""

    def action(client, rng, tally):
        path = rng.choice(paths)
        response = client.get(path)
        if response.status != expect:
            tally.error(kind, f"{path}: {response.status}")
        else:
            tally.record(kind, response.seconds)

    return action


# Reading HTML --------------------------------------------------------------------


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self.links = []  # (tag, attributes) of stylesheets and scripts
        self._form = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._form = {"attrs": attributes, "fields": []}
            self.forms.append(self._form)
        elif tag in ("input", "button", "select", "textarea") and self._form is not None:
            self._form["fields"].append((tag, attributes))
        elif tag == "option" and self._form is not None and self._form["fields"]:
            last_tag, last = self._form["fields"][-1]
            if last_tag == "select":
                last.setdefault("_options", []).append(attributes.get("value", ""))
        if tag == "link" and "stylesheet" in attributes.get("rel", "").split():
            self.links.append(("css", attributes.get("href", "")))
        elif tag == "script" and attributes.get("src"):
            self.links.append(("js", attributes["src"]))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def parse_html(text):
    parser = _FormParser()
    parser.feed(text)
    parser.close()
    return parser


def assets(html_text):
    """[(kind, url)] of the stylesheets and scripts a page references."""
    return parse_html(html_text).links


def form_fields(form, rng, prefer=("auswerten", "weiter")):
    """The fields a browser would send for ``form``: hidden values, one choice per radio
    group and select, the first checkbox of each group, and the preferred submit button."""
    fields = []
    radios = {}
    checkboxes = {}
    buttons = []
    for tag, attributes in form["fields"]:
        name = attributes.get("name")
        if not name or "disabled" in attributes:
            continue
        kind = attributes.get("type", "submit" if tag == "button" else "text").lower()
        if tag == "select":
            options = attributes.get("_options") or [""]
            fields.append((name, rng.choice(options)))
        elif kind == "radio":
            radios.setdefault(name, []).append(attributes.get("value", "on"))
        elif kind == "checkbox":
            checkboxes.setdefault(name, []).append(attributes.get("value", "on"))
        elif kind == "submit":
            buttons.append((name, attributes.get("value", "")))
        elif kind in ("hidden", "text", "number", "email") or tag == "textarea":
            fields.append((name, attributes.get("value", "")))
    for name, values in radios.items():
        fields.append((name, rng.choice(values)))
    for name, values in checkboxes.items():
        fields.append((name, rng.choice(values)))
    for wanted in prefer:
        chosen = [button for button in buttons if button[1] == wanted]
        if chosen:
            fields.append(chosen[0])
            break
    return fields


class Abandoned(Exception):
    """A Diversometer run left unfinished because the load test's time was up."""


class FormWalker:
    """Completes one Diversometer run: start page, then POST until a 303 to the result.

    With a ``deadline`` (``time.monotonic()`` value) the walker stops between two steps
    once it has passed and raises :class:`Abandoned`, as a visitor who closes the tab
    would: nothing was submitted, so nothing may be counted.
    """

    MAX_STEPS = 60

    def __init__(self, client, rng, deadline=None):
        self.client = client
        self.rng = rng
        self.deadline = deadline

    def _check_time(self):
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise Abandoned()

    def _post_form(self, text, page_url):
        forms = [
            form
            for form in parse_html(text).forms
            if form["attrs"].get("method", "get").lower() == "post"
        ]
        if not forms:
            return None
        form = forms[-1]
        action = urljoin(page_url, form["attrs"].get("action") or page_url)
        return action, form_fields(form, self.rng)

    def complete(self, start_url):
        """Returns (result path, [responses]); raises RuntimeError when the flow breaks."""
        responses = []
        response = self.client.get(start_url)
        responses.append(response)
        page_url = start_url
        if response.status != 200:
            raise RuntimeError(f"GET {start_url}: {response.status}")
        found = self._post_form(response.body.decode(), page_url)
        if found is None:
            # A stepwise Diversometer: the start page links to ./fragen/.
            self._check_time()
            page_url = start_url.rstrip("/") + "/fragen/"
            response = self.client.get(page_url)
            responses.append(response)
            found = self._post_form(response.body.decode(), page_url)
            if found is None:
                raise RuntimeError(f"no form at {start_url} or {page_url}")
        for _ in range(self.MAX_STEPS):
            self._check_time()
            action, fields = found
            response = self.client.post_form(urlsplit(action).path, fields)
            responses.append(response)
            if response.status in (302, 303):
                location = urlsplit(response.header("location"))
                query = f"?{location.query}" if location.query else ""
                return location.path + query, responses
            if response.status != 200:
                raise RuntimeError(f"POST {action}: {response.status}")
            found = self._post_form(response.body.decode(), action)
            if found is None:
                raise RuntimeError(f"POST {action}: no form in the answer")
        raise RuntimeError(f"{start_url}: no result after {self.MAX_STEPS} steps")


# Processes -----------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cores():
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return math.nan


def _children(pid):
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(item) for item in text.split()]


def memory_kib(pid):
    """(RSS, PSS) in KiB of a process, from /proc (PSS: shared pages divided)."""
    rss = pss = math.nan
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


def production_env(database_url, workdir, **extra):
    """Production settings for one run: DEBUG off, a fresh secret, plain HTTP on loopback."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PG", "DJANGO_", "PAGE_CACHE"))
    }
    environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DATABASE_URL": database_url,
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "STATIC_ROOT": str(Path(workdir) / "static"),
            "MEDIA_ROOT": str(Path(workdir) / "media"),
            "LOG_LEVEL": "WARNING",
            "TASKS_BACKEND": "immediate",
            # One client address for every simulated visitor: no rate limits.
            "DIVERSOMETER_RATE_LIMIT": "off",
            "API_RATE_LIMIT": "off",
            "FEEDBACK_RATE_LIMIT": "off",
            "CACHE_URL": "locmem://",
        }
    )
    environ.update({key: str(value) for key, value in extra.items()})
    return environ


def manage(environ, *args, quiet=True):
    completed = subprocess.run(  # noqa: S603 - fixed argv, our own interpreter
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=environ,
        stdin=subprocess.DEVNULL,
        capture_output=quiet,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed ({completed.returncode}):\n"
            f"{(completed.stdout or '')[-2000:]}{(completed.stderr or '')[-4000:]}"
        )
    return completed.stdout


def prepare_site(environ, say=print):
    """Compile catalogues, migrate, load the demo content and collect static files."""
    for args in (
        ("compile_translations",),
        ("migrate", "--no-input"),
        ("load_demo_content",),
        ("collectstatic", "--no-input"),
    ):
        began = time.monotonic()
        manage(environ, *args)
        say(f"manage.py {args[0]}: {time.monotonic() - began:.1f}s")


@contextlib.contextmanager
def postgres(say=print):
    """A throwaway cluster (tests/postgres_pass.py); yields its DATABASE_URL."""
    from tests import postgres_pass as pg

    bin_dir = Path(os.environ.get("PG_BIN") or pg.DEFAULT_PG_BIN)
    reason = pg.prerequisites(bin_dir)
    if reason:
        raise RuntimeError(f"PostgreSQL not available: {reason}")
    pg.become_subreaper()
    cluster = pg.Cluster(bin_dir, run_as=pg.SUPERUSER if os.geteuid() == 0 else None)
    try:
        cluster.create_directory()
        cluster.initdb()
        cluster.start()
        cluster.psql("-c", f"CREATE DATABASE {pg.DATABASE_NAME}")
        version = cluster.psql("-c", "SHOW server_version")
        say(f"PostgreSQL {version} in {cluster.base}")
        yield pg.database_url(cluster.base, cluster.port), version
    finally:
        cluster.stop()
        pg.reap_children()
        cluster.remove()


class Server:
    """gunicorn on 127.0.0.1 with ``workers`` sync workers (config/gunicorn.conf.py)."""

    def __init__(self, environ, app="config.wsgi", workers=2, port=None, log=None):
        self.environ = dict(environ)
        self.app = app
        self.workers = workers
        self.port = port or free_port()
        self.log = log
        self.process = None

    def start(self, timeout=60):
        environ = {
            **self.environ,
            "WEB_CONCURRENCY": str(self.workers),
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            # No worker recycling inside a measurement.
            "GUNICORN_MAX_REQUESTS": "0",
            "GUNICORN_ACCESS_LOG": "",
        }
        output = open(self.log, "ab") if self.log else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603 - fixed argv
            [GUNICORN, "-c", str(ROOT / "config" / "gunicorn.conf.py"), self.app],
            cwd=ROOT,
            env=environ,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn {self.app} exited with {self.process.returncode}")
            if len(self.worker_pids()) >= self.workers:
                with contextlib.suppress(OSError):
                    socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                    return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn {self.app} did not start within {timeout}s")

    def worker_pids(self):
        return _children(self.process.pid) if self.process else []

    def worker_memory(self):
        """[(pid, RSS KiB, PSS KiB)] of the workers."""
        return [(pid, *memory_kib(pid)) for pid in self.worker_pids()]

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=35)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def workdir():
    return tempfile.mkdtemp(prefix="vielfalt-bench-")


def setup_django(environ):
    """Use the run's settings in this process too (queries, URLs, the editor)."""
    os.environ.update(environ)
    import django

    django.setup()


# Static file server --------------------------------------------------------------


def static_app():
    """WhiteNoise serving ``BENCH_STATIC_ROOT`` at /, 404 for anything else."""
    from whitenoise import WhiteNoise

    def not_found(environ, start_response):
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]

    return WhiteNoise(not_found, root=os.environ["BENCH_STATIC_ROOT"], autorefresh=False)
