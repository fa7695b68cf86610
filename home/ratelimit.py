"""A rate limit per client in Django's cache, for the public forms of any app.

A rate is ``<number>/<unit>`` with the unit ``s``, ``m``, ``h`` or ``d`` (``10/h``), or
``off``. :func:`hit` counts one attempt of the requesting client under a *scope* (one
allowance per form) and says whether it is within the rate.

The client is its IP address (``REMOTE_ADDR``; with ``USE_X_FORWARDED_FOR`` the last
address of ``X-Forwarded-For``, the one the site's own reverse proxy added). IPv6
addresses count per /64 network, since one household or office gets a whole /64. The
address is never stored as such: the cache key holds an HMAC of it with a key derived
from ``SECRET_KEY`` and the scope, and the entry expires with its window. Nothing of it
reaches the database.

Fixed windows: the allowance resets at the start of each window (every full hour for
``10/h``). ``cache.add`` followed by ``cache.incr`` is atomic in Redis and in the
per-process local-memory cache; with several processes and the local-memory cache each
process keeps its own count (``CACHE_URL=redis://…`` makes it one limit).

Most callers count attempts of a client (:func:`hit`). Admin logins
(``home.login_throttle``) count failures instead, per client and per username: they
pass the username as ``identity``, ask with :func:`peek` before an attempt whether the
allowance is used up, and :func:`reset` a username's count after a successful login.
"""

import ipaddress
import logging
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)

RATE_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*([smhd])\s*$")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86_400}


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


def parse_rate(text):
    """``Rate`` for ``"10/h"``; None for ``"off"``; ValueError for anything else."""
    text = (text or "").strip().lower()
    if text == "off":
        return None
    match = RATE_PATTERN.match(text)
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"{text!r} is not a rate like 10/h or off")
    return Rate(count=int(match.group(1)), seconds=UNITS[match.group(2)])


def client_address(request):
    """The client's address as counted: IPv4, or the /64 network of an IPv6 address."""
    address = request.META.get("REMOTE_ADDR", "")
    if getattr(settings, "USE_X_FORWARDED_FOR", False):
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        if forwarded and forwarded[-1]:
            address = forwarded[-1]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def client_key(scope, address):
    """An HMAC of the address, different for each scope; the address cannot be read back."""
    return salted_hmac(f"vielfalt.ratelimit.{scope}", address).hexdigest()[:32]


def _window_key(request, scope, rate, now, identity):
    """The cache key of this client's (or ``identity``'s) count in the current window."""
    window = int(now // rate.seconds)
    who = client_address(request) if identity is None else identity
    return window, f"ratelimit:{scope}:{client_key(scope, who)}:{window}"


def _refused(rate, window, now):
    retry_after = max(1, int((window + 1) * rate.seconds - now))
    return Verdict(allowed=False, retry_after=retry_after)


def hit(request, scope, rate, now=None, *, identity=None):
    """Count one attempt of this client under ``scope``; say whether it is within ``rate``.

    ``rate`` is a :class:`Rate` or None (no limit). ``identity`` counts something else
    than the client's address (a username); it is kept as an HMAC like the address. A
    cache outage lets the attempt through (and logs a warning): a broken cache must not
    stop people from using a form.
    """
    if rate is None:
        return Verdict(allowed=True)
    now = time.time() if now is None else now
    window, key = _window_key(request, scope, rate, now, identity)
    try:
        cache.add(key, 0, timeout=rate.seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:
            # Evicted between add and incr: start the window again.
            cache.set(key, 1, timeout=rate.seconds + 1)
            count = 1
    except Exception:
        logger.warning("Rate limit %s skipped: the cache is unavailable", scope, exc_info=True)
        return Verdict(allowed=True)
    if count <= rate.count:
        return Verdict(allowed=True)
    return _refused(rate, window, now)


def peek(request, scope, rate, now=None, *, identity=None):
    """Whether one more attempt would be within ``rate``, without counting it.

    For limits that count failures: the allowance is used up once ``rate.count``
    failures were counted in the current window.
    """
    if rate is None:
        return Verdict(allowed=True)
    now = time.time() if now is None else now
    window, key = _window_key(request, scope, rate, now, identity)
    try:
        count = cache.get(key, 0)
    except Exception:
        logger.warning("Rate limit %s skipped: the cache is unavailable", scope, exc_info=True)
        return Verdict(allowed=True)
    if count < rate.count:
        return Verdict(allowed=True)
    return _refused(rate, window, now)


def reset(request, scope, rate, now=None, *, identity=None):
    """Forget the count of the current window (e.g. a username's failures after a login)."""
    if rate is None:
        return
    now = time.time() if now is None else now
    _window, key = _window_key(request, scope, rate, now, identity)
    try:
        cache.delete(key)
    except Exception:
        logger.warning("Rate limit %s not reset: the cache is unavailable", scope, exc_info=True)
