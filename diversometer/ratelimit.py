"""A rate limit for completed Diversometer runs, per client, in Django's cache.

``DIVERSOMETER_RATE_LIMIT`` is ``<number>/<unit>`` with the unit ``s``, ``m``, ``h``
or ``d`` (default ``30/h``), or ``off``. Each attempt to complete a run (the
submission that would be counted, replays included) takes one from the client's
allowance for the current window; over the limit the view answers 429 and counts
nothing.

Counting is :mod:`home.ratelimit` under the scope "diversometer" (the feedback form
uses the same mechanism with its own scope and allowance). The client is its IP
address (``REMOTE_ADDR``; with ``USE_X_FORWARDED_FOR`` the
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

from django.conf import settings

from home import ratelimit

DEFAULT_RATE = "30/h"
SCOPE = "diversometer"


def configured_rate():
    return ratelimit.parse_rate(getattr(settings, "DIVERSOMETER_RATE_LIMIT", DEFAULT_RATE))


def hit(request, now=None):
    """Count one attempt of this client to complete a run; say whether it is allowed."""
    return ratelimit.hit(request, SCOPE, configured_rate(), now=now)
