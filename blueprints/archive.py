"""Reading a blueprint archive without trusting it.

Everything is checked from the ZIP's central directory before a single member is
decompressed: member names (no absolute paths, no ``..``, no backslashes, no
symbolic links, nothing outside ``manifest.json`` and ``files/``), the number of
members (``BLUEPRINT_MAX_FILES``), their declared total size
(``BLUEPRINT_MAX_UNPACKED_MB``), the compression ratio of large members, encryption
and the compression method. Members are then read in chunks and counted while
they stream, so an archive whose directory lies about its sizes is stopped at the
limit too. Nothing is ever written to disk under a member's name: members are read
into memory or an anonymous temporary file.
"""

import json
import re
import stat
import tempfile
import zipfile

from django.conf import settings
from django.utils.translation import gettext as _

from publications.filetypes import size_label

MANIFEST_NAME = "manifest.json"
FILES_PREFIX = "files/"

DEFAULT_MAX_FILES = 500
DEFAULT_MAX_UNPACKED_MB = 500
# The manifest is JSON text: even a large subtree stays far below this.
MAX_MANIFEST_BYTES = 20 * 1000 * 1000
# Members larger than this are refused if they compress better than MAX_COMPRESSION_RATIO:
# documents and images barely compress, text a few times; only bombs compress 1000:1.
RATIO_CHECK_FROM = 1024 * 1024
MAX_COMPRESSION_RATIO = 100
CHUNK = 64 * 1024
# Spool members larger than this to an anonymous temporary file.
SPOOL_IN_MEMORY = 8 * 1024 * 1024

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


class BlueprintRefused(Exception):
    """An archive (or a part of it) that is not imported; ``messages`` say why, in German."""

    def __init__(self, messages):
        if isinstance(messages, str):
            messages = [messages]
        self.messages = [str(message) for message in messages]
        super().__init__("; ".join(self.messages))


def max_files():
    return getattr(settings, "BLUEPRINT_MAX_FILES", DEFAULT_MAX_FILES)


def max_unpacked_size():
    return getattr(settings, "BLUEPRINT_MAX_UNPACKED_MB", DEFAULT_MAX_UNPACKED_MB) * 1000 * 1000


def name_problem(name):
    """Why the member name ``name`` is refused, or None."""
    shown = repr(name[:120])
    if not name or "\x00" in name:
        return _("Ein Eintrag im Archiv hat keinen gültigen Namen.")
    if "\\" in name:
        return _("Der Eintrag %(name)s enthält einen umgekehrten Schrägstrich.") % {"name": shown}
    if name.startswith("/") or _WINDOWS_DRIVE.match(name):
        return _("Der Eintrag %(name)s ist ein absoluter Pfad.") % {"name": shown}
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return _("Der Eintrag %(name)s führt mit „..“ aus dem Archiv heraus.") % {"name": shown}
    if any(part in ("", ".") for part in parts):
        return _("Der Eintrag %(name)s hat einen leeren Pfadteil.") % {"name": shown}
    if name != MANIFEST_NAME and not name.startswith(FILES_PREFIX):
        return _(
            "Der Eintrag %(name)s gehört nicht in eine Vorlage (erlaubt sind manifest.json "
            "und der Ordner files/)."
        ) % {"name": shown}
    return None


def _is_symlink(info):
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode)


class SafeArchive:
    """A blueprint ZIP whose directory has been checked; members are read with limits."""

    def __init__(self, fileobj, *, file_limit=None, size_limit=None):
        self.max_files = file_limit if file_limit is not None else max_files()
        self.max_unpacked = size_limit if size_limit is not None else max_unpacked_size()
        self.unpacked = 0
        try:
            self.zip = zipfile.ZipFile(fileobj)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
            raise BlueprintRefused(
                _("Die Datei ist kein lesbares ZIP-Archiv (%(error)s).") % {"error": error}
            ) from error
        self.members = {}
        self._check(infos)

    def _check(self, infos):
        if len(infos) > self.max_files:
            raise BlueprintRefused(
                _(
                    "Das Archiv enthält %(count)s Einträge; erlaubt sind höchstens %(limit)s "
                    "(BLUEPRINT_MAX_FILES)."
                )
                % {"count": len(infos), "limit": self.max_files}
            )
        problems = []
        total = 0
        for info in infos:
            problem = name_problem(info.filename)
            if problem is None and _is_symlink(info):
                problem = _("Der Eintrag %(name)s ist ein symbolischer Link.") % {
                    "name": repr(info.filename[:120])
                }
            if problem is None and info.filename in self.members:
                problem = _("Der Eintrag %(name)s kommt mehrfach vor.") % {
                    "name": repr(info.filename[:120])
                }
            if problem is None and info.flag_bits & 0x1:
                problem = _("Der Eintrag %(name)s ist verschlüsselt.") % {
                    "name": repr(info.filename[:120])
                }
            if problem is None and info.compress_type not in (
                zipfile.ZIP_STORED,
                zipfile.ZIP_DEFLATED,
            ):
                problem = _(
                    "Der Eintrag %(name)s ist mit einem nicht unterstützten Verfahren gepackt."
                ) % {"name": repr(info.filename[:120])}
            if (
                problem is None
                and info.file_size > RATIO_CHECK_FROM
                and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
            ):
                problem = _(
                    "Der Eintrag %(name)s ist auffällig stark gepackt (%(size)s aus "
                    "%(packed)s); das Archiv wird als mögliche ZIP-Bombe abgelehnt."
                ) % {
                    "name": repr(info.filename[:120]),
                    "size": size_label(info.file_size),
                    "packed": size_label(info.compress_size),
                }
            if problem is not None:
                problems.append(problem)
                if len(problems) >= 10:
                    break
                continue
            total += info.file_size
            if not info.is_dir():
                self.members[info.filename] = info
        if problems:
            raise BlueprintRefused(problems)
        if total > self.max_unpacked:
            raise BlueprintRefused(
                _(
                    "Das Archiv würde entpackt %(size)s belegen; erlaubt sind höchstens "
                    "%(limit)s (BLUEPRINT_MAX_UNPACKED_MB)."
                )
                % {"size": size_label(total), "limit": size_label(self.max_unpacked)}
            )
        if MANIFEST_NAME not in self.members:
            raise BlueprintRefused(_("Im Archiv fehlt die Datei manifest.json."))

    def open_member(self, name, max_size=None):
        """The member ``name`` as a seekable file, read in chunks within the limits."""
        info = self.members.get(name)
        if info is None:
            raise BlueprintRefused(
                _("Die Datei %(name)s fehlt im Archiv.") % {"name": repr(name[:120])}
            )
        if max_size is not None and info.file_size > max_size:
            raise BlueprintRefused(
                _("Die Datei %(name)s ist %(size)s groß; erlaubt sind höchstens %(limit)s.")
                % {
                    "name": repr(name[:120]),
                    "size": size_label(info.file_size),
                    "limit": size_label(max_size),
                }
            )
        # Returned open to the caller, who closes it.
        out = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115
        read = 0
        try:
            with self.zip.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    read += len(chunk)
                    self.unpacked += len(chunk)
                    if read > info.file_size or (max_size is not None and read > max_size):
                        raise BlueprintRefused(
                            _(
                                "Die Datei %(name)s ist größer, als das Archiv angibt; das "
                                "Archiv ist beschädigt oder manipuliert."
                            )
                            % {"name": repr(name[:120])}
                        )
                    if self.unpacked > self.max_unpacked:
                        raise BlueprintRefused(
                            _(
                                "Das Archiv entpackt zu mehr als %(limit)s "
                                "(BLUEPRINT_MAX_UNPACKED_MB)."
                            )
                            % {"limit": size_label(self.max_unpacked)}
                        )
                    out.write(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            out.close()
            raise BlueprintRefused(
                _("Die Datei %(name)s im Archiv ist beschädigt (%(error)s).")
                % {"name": repr(name[:120]), "error": error}
            ) from error
        except BlueprintRefused:
            out.close()
            raise
        out.seek(0)
        return out

    def manifest(self):
        """The parsed manifest: a dict, or :class:`BlueprintRefused` saying what is wrong."""
        with self.open_member(MANIFEST_NAME, max_size=MAX_MANIFEST_BYTES) as file:
            data = file.read()
        try:
            manifest = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError as error:
            raise BlueprintRefused(
                _("manifest.json ist kein Text in UTF-8 (%(error)s).") % {"error": error}
            ) from error
        except ValueError as error:
            raise BlueprintRefused(
                _("manifest.json ist kein gültiges JSON: %(error)s") % {"error": error}
            ) from error
        except RecursionError as error:
            raise BlueprintRefused(_("manifest.json ist zu tief verschachtelt.")) from error
        if not isinstance(manifest, dict):
            raise BlueprintRefused(_("manifest.json muss ein JSON-Objekt enthalten."))
        return manifest

    def close(self):
        self.zip.close()
