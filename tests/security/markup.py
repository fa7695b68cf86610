"""What a strict Content-Security-Policy would block in a page's HTML.

:func:`csp_problems` lists inline scripts (other than JSON data such as JSON-LD),
``<style>`` elements, ``style`` attributes, event-handler attributes (``onclick``),
``javascript:`` addresses, and scripts, stylesheets, images and frames from other
hosts than the page's own (frames only from the allowed video players).
"""

from html.parser import HTMLParser
from urllib.parse import urlsplit

DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "data"}


class _Collector(HTMLParser):
    def __init__(self, own_host, frame_hosts):
        super().__init__(convert_charrefs=True)
        self.own_host = own_host
        self.frame_hosts = frame_hosts
        self.problems = []
        self._inline_script = None

    def _where(self):
        line, _column = self.getpos()
        return f"line {line}"

    def _foreign(self, url):
        parts = urlsplit(url.strip())
        return bool(parts.netloc) and parts.netloc != self.own_host

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…> event handler ({self._where()})")
            if name == "style":
                self.problems.append(f"<{tag} style=…> inline style ({self._where()})")
            if name in URL_ATTRIBUTES and value and value.strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:…> ({self._where()})")
        if tag == "style":
            self.problems.append(f"<style> element ({self._where()})")
        elif tag == "script":
            source = attributes.get("src")
            kind = (attributes.get("type") or "").strip().lower()
            if source is None:
                if kind not in DATA_SCRIPT_TYPES:
                    self._inline_script = self._where()
            elif self._foreign(source):
                self.problems.append(f"script from another host: {source}")
        elif tag == "link" and "stylesheet" in (attributes.get("rel") or "").lower().split():
            if self._foreign(attributes.get("href") or ""):
                self.problems.append(f"stylesheet from another host: {attributes['href']}")
        elif tag in {"img", "source", "video", "audio", "track"}:
            for name in ("src", "poster"):
                if self._foreign(attributes.get(name) or ""):
                    self.problems.append(f"<{tag} {name}> from another host: {attributes[name]}")
            for candidate in (attributes.get("srcset") or "").split(","):
                url = candidate.strip().split(" ")[0]
                if url and self._foreign(url):
                    self.problems.append(f"<{tag} srcset> from another host: {url}")
        elif tag in {"iframe", "frame"}:
            source = attributes.get("src") or ""
            host = urlsplit(source).netloc
            if host and host != self.own_host and f"https://{host}" not in self.frame_hosts:
                self.problems.append(f"frame from a host the policy does not allow: {source}")
        elif tag in {"object", "embed", "applet"}:
            self.problems.append(f"<{tag}> ({self._where()})")

    def handle_data(self, data):
        if self._inline_script is not None and data.strip():
            self.problems.append(f"inline <script> ({self._inline_script}): {data.strip()[:80]}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inline_script = None


def csp_problems(html, own_host="testserver", frame_hosts=()):
    collector = _Collector(own_host, set(frame_hosts))
    collector.feed(html)
    collector.close()
    return collector.problems
