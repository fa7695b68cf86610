"""Each locale is looked up once per request, not once per translated link.

Wagtail's ``Page.localized``, ``Locale.get_active()`` and our navigation ask
``Locale.objects.get_for_language(code)`` for every page they translate: a page with a
dozen teasers, footer links and funding programmes ran the same query 16 times.
:class:`PerRequestLocalesMiddleware` opens a memo for the duration of one request (a
context variable, so threads and async tasks keep their own), and
:func:`install` makes ``get_for_language`` answer from it. Outside a request
(commands, tasks, the admin's background work, tests that call code directly) nothing
changes. A locale that does not exist is not remembered, so one created during the
request is found; locales are not deleted while a public page renders.
"""

import contextvars

from wagtail.models.i18n import LocaleManager

_memo = contextvars.ContextVar("vielfalt_locales", default=None)


def install():
    """Wrap ``LocaleManager.get_for_language`` (once; from ``HomeConfig.ready``)."""
    original = LocaleManager.get_for_language
    if getattr(original, "per_request", False):
        return

    def get_for_language(self, language_code):
        memo = _memo.get()
        if memo is None:
            return original(self, language_code)
        try:
            return memo[language_code]
        except KeyError:
            locale = memo[language_code] = original(self, language_code)
            return locale

    get_for_language.per_request = True
    get_for_language.__doc__ = original.__doc__
    get_for_language.__wrapped__ = original
    LocaleManager.get_for_language = get_for_language


class PerRequestLocalesMiddleware:
    """Keeps the locales looked up while one request is answered (see module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
