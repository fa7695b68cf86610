"""gunicorn settings for production (docs/deploy.md); every value can come from the environment.

    gunicorn -c config/gunicorn.conf.py config.wsgi

``WEB_CONCURRENCY``        worker processes (default: 2 × cores + 1)
``GUNICORN_THREADS``       threads per worker; above 1 the workers are ``gthread``
                           (default 1: ``sync`` workers behind a buffering proxy)
``GUNICORN_BIND``          address, e.g. ``127.0.0.1:8000`` (default),
                           ``0.0.0.0:8000`` or ``unix:/run/vielfalt/gunicorn.sock``
``GUNICORN_TIMEOUT``       seconds a request may take before its worker is restarted (30)
``GUNICORN_MAX_REQUESTS``  requests after which a worker is replaced, against slow
                           leaks (1000, with a jitter of 10 %; 0 switches it off)
``FORWARDED_ALLOW_IPS``    addresses of the reverse proxies whose ``X-Forwarded-*``
                           headers gunicorn believes (default ``127.0.0.1,::1``)
``GUNICORN_ACCESS_LOG``    ``-`` for stdout (default), a file, or empty for none

Which client address and scheme Django trusts is decided in the settings
(``USE_X_FORWARDED_FOR``, ``USE_X_FORWARDED_PROTO``): set them when a proxy is in front.
"""

import os

_cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def _int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


wsgi_app = "config.wsgi:application"
bind = [os.environ.get("GUNICORN_BIND", "").strip() or "127.0.0.1:8000"]
workers = _int("WEB_CONCURRENCY", 2 * (_cores or 1) + 1)
threads = _int("GUNICORN_THREADS", 1)
worker_class = "gthread" if threads > 1 else "sync"

# A request that takes longer is stuck: the worker is killed and replaced. Uploads of
# large videos are read by the proxy first (client_max_body_size, request buffering),
# so a slow client does not hold a sync worker.
timeout = _int("GUNICORN_TIMEOUT", 30)
# On SIGTERM (systemctl stop/restart) requests in progress get this long to finish.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5

max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = max_requests // 10

# Only the proxy on this machine may set X-Forwarded-Proto/-For for gunicorn itself.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Request line and header limits (gunicorn's defaults, stated).
limit_request_line = 4094
limit_request_fields = 100

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Heartbeat files in memory, not on a disk that may block (Docker, slow volumes).
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
proc_name = "vielfalt"
