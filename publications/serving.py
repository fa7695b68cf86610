"""Serving library files: Wagtail's document view, plus byte ranges for media.

Documents are served by Wagtail's ``serve`` view (``WAGTAILDOCS_SERVE_METHOD =
"serve_view"``): it checks collection privacy, sends the ETag, the
``Content-Disposition`` (inline for the types in ``WAGTAILDOCS_INLINE_CONTENT_TYPES``,
which include MP4, WebM and WebVTT so ``<video>`` and ``<track>`` can use them),
``Content-Security-Policy: default-src 'none'`` and ``nosniff``. It does not
answer ``Range`` requests, which a ``<video>`` element makes to seek, and
without which Safari does not play a video at all. :func:`serve_document`
calls Wagtail's view unchanged and turns its full answer into a ``206 Partial
Content`` answer when the request asks for one byte range; several ranges in one
request (rare, and never sent by media players) get the whole file, as RFC 9110
allows. A range that starts beyond the file is answered with ``416``.
"""

import re

from django.http import FileResponse, HttpResponse
from wagtail.documents.views.serve import serve

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# Headers of Wagtail's answer that the partial answer keeps.
_KEPT_HEADERS = (
    "Content-Type",
    "Content-Disposition",
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "ETag",
    "Last-Modified",
    "Cache-Control",
    "Vary",
)


def serve_document(request, document_id, document_filename):
    """Wagtail's document view with single byte ranges (see the module docstring)."""
    response = serve(request, document_id, document_filename)
    return with_byte_ranges(request, response)


def with_byte_ranges(request, response):
    """``response`` (a full file) as the part that ``request``'s ``Range`` header asks for."""
    if response.status_code != 200 or not isinstance(response, FileResponse):
        return response
    response["Accept-Ranges"] = "bytes"
    header = request.headers.get("Range", "")
    if request.method not in ("GET", "HEAD") or not header:
        return response
    try:
        size = int(response["Content-Length"])
    except (KeyError, ValueError):
        return response
    if not _if_range_matches(request, response):
        return response
    byte_range = parse_range(header, size)
    if byte_range is None:
        return response
    if byte_range == "unsatisfiable":
        # Only the file: HttpResponse.close() would send request_finished in the middle
        # of the request, which closes the database connection (and, in tests, the
        # connection of the surrounding transaction).
        response.file_to_stream.close()
        refused = HttpResponse(status=416)
        refused["Content-Range"] = f"bytes */{size}"
        refused["Accept-Ranges"] = "bytes"
        return refused
    start, end = byte_range
    file = response.file_to_stream
    try:
        file.seek(start)
    except (AttributeError, OSError):
        return response
    partial = FileResponse(
        _Slice(file, end - start + 1), status=206, content_type=response["Content-Type"]
    )
    for name in _KEPT_HEADERS:
        if name in response:
            partial[name] = response[name]
    partial["Content-Length"] = str(end - start + 1)
    partial["Content-Range"] = f"bytes {start}-{end}/{size}"
    partial["Accept-Ranges"] = "bytes"
    return partial


def parse_range(header, size):
    """``(first, last)`` byte positions (inclusive) for a single-range header, or
    ``"unsatisfiable"``, or ``None`` when the header is malformed, names several
    ranges, or there is nothing to serve (then the whole file is the answer).
    """
    match = _RANGE.match(header.strip())
    if match is None or size <= 0:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        # "bytes=-500": the last 500 bytes.
        length = int(last)
        if length == 0:
            return "unsatisfiable"
        return max(size - length, 0), size - 1
    start = int(first)
    if start >= size:
        return "unsatisfiable"
    end = min(int(last), size - 1) if last else size - 1
    if end < start:
        return None
    return start, end


def _if_range_matches(request, response):
    """Whether an ``If-Range`` condition (if any) still holds: else the whole file is sent."""
    condition = request.headers.get("If-Range")
    if not condition:
        return True
    return condition in (response.get("ETag"), response.get("Last-Modified"))


class _Slice:
    """At most ``length`` bytes of ``file`` from its current position; closes the file."""

    def __init__(self, file, length):
        self.file = file
        self.remaining = length

    def read(self, size=-1):
        if self.remaining <= 0:
            return b""
        if size is None or size < 0 or size > self.remaining:
            size = self.remaining
        data = self.file.read(size)
        self.remaining -= len(data)
        return data

    def close(self):
        self.file.close()
