"""A rate limit for completed Diversometer runs, per client, in Django's cache.

``DIVERSOMETER_RATE_LIMIT`` is ``<number>/<unit>`` with the unit ``s``, ``m``, ``h``
or ``d`` (default ``30/h``), or ``off``. Each attempt to complete a run (the
submission that would be counted, replays included) takes one from the client's
allowance for the current window; over the limit the view answers 429 and counts
nothing.

The client is its IP address (``REMOTE_ADDR``; with ``USE_X_FORWARDED_FOR`` the
last address of ``X-Forwarded-For``, the one the site's own reverse proxy added).
IPv6 addresses count per /64 network, since one household or office gets a whole
/64. The address is never stored as such: the cache key holds an HMAC of it with a
key derived from ``SECRET_KEY``, and the entry expires with its window. Nothing of
it reaches the database.

Fixed windows: the allowance resets at the start of each window (every full hour
for ``30/h``). ``cache.add`` followed by ``cache.incr`` is atomic in Redis and in
the per-process local-memory cache; with several processes and the local-memory
cache each process keeps its own count (use ``CACHE_URL=redis://…`` for one limit
across processes).
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
DEFAULT_RATE = "30/h"


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


def parse_rate(text):
    """``Rate`` for ``"30/h"``; None for ``"off"``; ValueError for anything else."""
    text = (text or "").strip().lower()
    if text == "off":
        return None
    match = RATE_PATTERN.match(text)
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"{text!r} is not a rate like 30/h or off")
    return Rate(count=int(match.group(1)), seconds=UNITS[match.group(2)])


def configured_rate():
    return parse_rate(getattr(settings, "DIVERSOMETER_RATE_LIMIT", DEFAULT_RATE))


def client_address(request):
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


def client_key(address):
    return salted_hmac("vielfalt.diversometer.ratelimit", address).hexdigest()[:32]


def hit(request, now=None):
    """Count one attempt of this client; say whether it is within the limit."""
    rate = configured_rate()
    if rate is None:
        return Verdict(allowed=True)
    now = time.time() if now is None else now
    window = int(now // rate.seconds)
    key = f"diversometer:rate:{client_key(client_address(request))}:{window}"
    try:
        cache.add(key, 0, timeout=rate.seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:
            # Evicted between add and incr: start the window again.
            cache.set(key, 1, timeout=rate.seconds + 1)
            count = 1
    except Exception:
        # A cache outage must not stop people from finishing: let the run through.
        logger.warning("Diversometer rate limit skipped: the cache is unavailable", exc_info=True)
        return Verdict(allowed=True)
    if count <= rate.count:
        return Verdict(allowed=True)
    retry_after = max(1, int((window + 1) * rate.seconds - now))
    return Verdict(allowed=False, retry_after=retry_after)
