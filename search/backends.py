"""Which search backend answers, and the fallback when Elasticsearch is unreachable."""

import logging

from django.conf import settings
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

FALLBACK = "fallback"


def unreachable_errors():
    """The exceptions that mean "the search server did not answer"."""
    errors = [ConnectionError, TimeoutError]
    try:
        import elastic_transport
        import elasticsearch

        errors += [
            elastic_transport.ConnectionError,
            elastic_transport.ConnectionTimeout,
            elastic_transport.TransportError,
            elasticsearch.ApiError,
        ]
    except ImportError:  # pragma: no cover - the client is a dependency
        pass
    return tuple(errors)


def has_fallback():
    return FALLBACK in settings.WAGTAILSEARCH_BACKENDS


def search_with_fallback(run):
    """``run(backend)`` on the default backend; on the fallback if the server is down.

    Returns ``(result, fell_back)``. ``run`` must evaluate its results (list them),
    because the search server is only contacted then.
    """
    backend = get_search_backend("default")
    if not has_fallback():
        return run(backend), False
    try:
        return run(backend), False
    except unreachable_errors() as error:
        logger.warning("search server unreachable, answering from the database: %s", error)
        return run(get_search_backend(FALLBACK)), True
