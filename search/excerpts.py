"""Excerpts with the search terms highlighted, for pages and documents."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

CONTEXT = 110
MIN_STEM = 5


def terms_of(query):
    """The words of a query, longest first (so "Verwaltungen" wins over "Verwaltung")."""
    words = {word for word in re.findall(r"\w[\w-]*", query or "") if len(word) > 1}
    return sorted(words, key=len, reverse=True)


def _pattern(terms):
    """Each term, or its stem for inflected forms: German adds -en, -er, -ung, -s …"""
    parts = []
    for term in terms:
        stem = term[: max(MIN_STEM, len(term) - 3)] if len(term) > MIN_STEM else term
        parts.append(re.escape(stem) + r"\w*")
    return re.compile(r"\b(" + "|".join(parts) + r")", re.IGNORECASE) if parts else None


def excerpt(text, query, length=CONTEXT):
    """Safe HTML: the text around the first match with every match in ``<mark>``.

    Without a match, the beginning of the text; the text is escaped.
    """
    text = re.sub(r"\s+", " ", text or "").strip()
    if not text:
        return ""
    pattern = _pattern(terms_of(query))
    match = pattern.search(text) if pattern else None
    if match is None:
        window = text[: 2 * length]
        prefix, suffix = "", "…" if len(text) > len(window) else ""
    else:
        start = max(0, match.start() - length)
        end = min(len(text), match.end() + length)
        # Cut at word boundaries.
        if start > 0:
            start = text.find(" ", start) + 1 or start
        if end < len(text):
            end = (
                text.rfind(" ", match.end(), end) if text.rfind(" ", match.end(), end) > 0 else end
            )
        window = text[start:end]
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
    escaped = escape(window)
    if pattern:
        escaped = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    return mark_safe(f"{prefix}{escaped}{suffix}")  # noqa: S308 - escaped above
