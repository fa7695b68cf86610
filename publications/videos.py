"""Pure helpers of video pages: external video addresses and durations.

:func:`parse_video_url` recognises YouTube and Vimeo addresses in the forms
editors paste (watch pages, short links, embed and player addresses, Shorts,
channels and showcases) and returns an :class:`ExternalVideo` with the
privacy-friendly embed address: ``www.youtube-nocookie.com`` for YouTube (no
cookies until the visitor plays the video) and ``player.vimeo.com`` with
``dnt=1`` (Vimeo's "do not track"). Any other address, and anything that only
looks like one of these hosts (``youtube.com.example.org``), gives ``None``:
the page then links to the video and embeds nothing.

The module needs no Django apps and no database.
"""

import re
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class VideoHost:
    """A video platform whose videos are embedded after consent."""

    key: str  # in the consent cookie and the HTML: "youtube"
    name: str  # shown to visitors: "YouTube"
    privacy_url: str  # the platform's privacy policy
    operator: str  # who receives the data: "Google Ireland Limited"


YOUTUBE = VideoHost(
    "youtube", "YouTube", "https://policies.google.com/privacy", "Google Ireland Limited"
)
VIMEO = VideoHost("vimeo", "Vimeo", "https://vimeo.com/privacy", "Vimeo.com, Inc.")
HOSTS = {host.key: host for host in (YOUTUBE, VIMEO)}

YOUTUBE_DOMAINS = frozenset(
    {
        "youtube.com",
        "www.youtube.com",
        "m.youtube.com",
        "youtu.be",
        "www.youtu.be",
        "youtube-nocookie.com",
        "www.youtube-nocookie.com",
    }
)
VIMEO_DOMAINS = frozenset({"vimeo.com", "www.vimeo.com", "player.vimeo.com"})

_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_YOUTUBE_PATH = re.compile(r"/(?:embed|shorts|live|v|e)/([A-Za-z0-9_-]{11})/?")
_YOUTUBE_TIME = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?")
_VIMEO_PATHS = (
    re.compile(r"/(\d+)(?:/([0-9a-f]+))?/?"),
    re.compile(r"/video/(\d+)/?"),  # player.vimeo.com
    re.compile(r"/channels/[^/]+/(\d+)/?"),
    re.compile(r"/groups/[^/]+/videos/(\d+)/?"),
    re.compile(r"/(?:showcase|album)/\d+/video/(\d+)/?"),
)
_VIMEO_HASH = re.compile(r"[0-9a-f]{6,20}")


@dataclass(frozen=True)
class ExternalVideo:
    """A video on a known platform: where to watch it and what to embed after consent."""

    host: VideoHost
    video_id: str
    watch_url: str
    embed_url: str


def parse_video_url(url):
    """The :class:`ExternalVideo` at ``url``, or ``None`` for any other address."""
    try:
        parts = urlsplit(str(url or "").strip())
        hostname = (parts.hostname or "").lower().rstrip(".")
        parts.port  # noqa: B018 (raises ValueError for a malformed port)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.username or parts.password:
        return None
    if hostname in YOUTUBE_DOMAINS:
        return _youtube(hostname, parts)
    if hostname in VIMEO_DOMAINS:
        return _vimeo(hostname, parts)
    return None


def host_name(url):
    """The host of ``url`` for a link label (``www.berlin.de``), or ``""``."""
    try:
        return (urlsplit(str(url or "").strip()).hostname or "").lower()
    except ValueError:
        return ""


def _youtube(hostname, parts):
    query = parse_qs(parts.query)
    video_id = None
    if hostname.endswith("youtu.be"):
        candidate = parts.path.strip("/")
        video_id = candidate if _YOUTUBE_ID.fullmatch(candidate) else None
    elif parts.path.rstrip("/") in ("/watch", ""):
        candidate = (query.get("v") or [""])[0]
        video_id = candidate if _YOUTUBE_ID.fullmatch(candidate) else None
    else:
        match = _YOUTUBE_PATH.fullmatch(parts.path)
        video_id = match.group(1) if match else None
    if video_id is None:
        return None
    start = _youtube_seconds((query.get("t") or query.get("start") or [""])[0])
    embed_query = urlencode({"start": start}) if start else ""
    watch_query = urlencode({"v": video_id, **({"t": f"{start}s"} if start else {})})
    return ExternalVideo(
        host=YOUTUBE,
        video_id=video_id,
        watch_url=f"https://www.youtube.com/watch?{watch_query}",
        embed_url=f"https://www.youtube-nocookie.com/embed/{video_id}"
        + (f"?{embed_query}" if embed_query else ""),
    )


def _youtube_seconds(value):
    """``90``, ``90s``, ``1m30s`` or ``1h2m3s`` as seconds; 0 for anything else."""
    match = _YOUTUBE_TIME.fullmatch(value.strip().lower()) if value else None
    if not match:
        return 0
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _vimeo(hostname, parts):
    path = parts.path or "/"
    for pattern in _VIMEO_PATHS:
        match = pattern.fullmatch(path)
        if match:
            break
    else:
        return None
    if hostname == "player.vimeo.com" and pattern is not _VIMEO_PATHS[1]:
        return None
    video_id = match.group(1)
    private_hash = match.group(2) if match.re.groups > 1 else None
    if not private_hash:
        candidate = (parse_qs(parts.query).get("h") or [""])[0]
        private_hash = candidate if _VIMEO_HASH.fullmatch(candidate) else None
    embed_query = {"dnt": "1"}
    if private_hash:
        embed_query = {"h": private_hash, **embed_query}
    return ExternalVideo(
        host=VIMEO,
        video_id=video_id,
        watch_url=f"https://vimeo.com/{video_id}" + (f"/{private_hash}" if private_hash else ""),
        embed_url=f"https://player.vimeo.com/video/{video_id}?{urlencode(embed_query)}",
    )


# Durations ------------------------------------------------------------------------------


def _parts(duration):
    seconds = max(int(round(duration.total_seconds())), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return hours, minutes, seconds


def duration_label(duration):
    """``3:20 Min.`` below an hour, ``1:02:03 Std.`` from an hour on; ``""`` for none."""
    if not isinstance(duration, timedelta):
        return ""
    hours, minutes, seconds = _parts(duration)
    if hours:
        return _("%(hours)d:%(minutes)02d:%(seconds)02d Std.") % {
            "hours": hours,
            "minutes": minutes,
            "seconds": seconds,
        }
    return _("%(minutes)d:%(seconds)02d Min.") % {"minutes": minutes, "seconds": seconds}


def iso_duration(duration):
    """ISO 8601 for schema.org and ``<time datetime>``: ``PT3M20S``, ``PT1H2M3S``."""
    if not isinstance(duration, timedelta):
        return ""
    hours, minutes, seconds = _parts(duration)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if seconds or text == "PT":
        text += f"{seconds}S"
    return text
