"""The backup archive: an uncompressed tar file whose every member has a SHA-256.

Layout (in this order)::

    database.jsonl.gz        the database, one JSON object per line (operations.database)
    media/<storage name>     every file a row of the database names, read from the storage
    manifest.json            what the archive holds, with the size and SHA-256 of each member
    manifest.json.sha256     the SHA-256 of manifest.json, in the format of ``sha256sum``

Writing streams every member through :class:`HashingReader` into the tar file, so the
checksums are of the bytes actually written, and nothing is held in memory. The archive
is written to ``<name>.partial`` and renamed only when it is complete, so a backup that
fails or is interrupted never leaves a file that looks like a finished archive.

Reading (:func:`verify_archive`) walks the whole archive once, hashing every member, and
refuses anything that is not exactly what the manifest lists: a damaged or truncated
archive, a missing or unexpected member, a member that is not a regular file, a name that
is absolute or contains ``..``. Every refusal names the member.
"""

import hashlib
import json
import os
import posixpath
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

FORMAT_NAME = "vielfalt-backup"
FORMAT_VERSION = 1
DATABASE_MEMBER = "database.jsonl.gz"
MEDIA_PREFIX = "media/"
MANIFEST_MEMBER = "manifest.json"
MANIFEST_CHECKSUM_MEMBER = "manifest.json.sha256"
# manifest.json lists every media file; even a very large library stays far below this.
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
CHUNK = 1024 * 1024


class ArchiveError(Exception):
    """The archive is refused; the message says why and names the member."""


class HashingReader:
    """A read-only file that hashes and counts what passes through it.

    ``size`` is the expected size (Django's ``File.size`` asks for it first, so a
    storage never guesses it from a member name).
    """

    def __init__(self, fileobj, size=None):
        self._fileobj = fileobj
        self._sha256 = hashlib.sha256()
        self.size = size
        self.bytes_read = 0

    def read(self, size=-1):
        data = self._fileobj.read(size)
        self._sha256.update(data)
        self.bytes_read += len(data)
        return data

    def seekable(self):
        return False

    def close(self):
        """The caller closes the underlying file."""

    def readable(self):
        return True

    def hexdigest(self):
        return self._sha256.hexdigest()

    def drain(self):
        """Read the rest; return the number of bytes read in total."""
        while self.read(CHUNK):
            pass
        return self.bytes_read


def media_member(storage_name):
    return MEDIA_PREFIX + storage_name


def name_problem(name):
    """Why ``name`` cannot be a member of a backup archive, or None."""
    if not name or "\x00" in name or "\\" in name:
        return f"{name!r} is not a valid member name"
    if name.startswith("/") or posixpath.normpath(name) != name:
        return f"{name!r} is not a plain relative path"
    if ".." in name.split("/"):
        return f"{name!r} leads out of the archive with '..'"
    if name in (DATABASE_MEMBER, MANIFEST_MEMBER, MANIFEST_CHECKSUM_MEMBER):
        return None
    if name.startswith(MEDIA_PREFIX) and len(name) > len(MEDIA_PREFIX):
        return None
    return f"{name!r} does not belong in a backup archive"


def checksum_line(digest):
    return f"{digest}  {MANIFEST_MEMBER}\n"


class ArchiveWriter:
    """Writes the archive to ``path`` (via ``path.partial``); use as a context manager.

    An exception inside the ``with`` block removes the partial file.
    """

    def __init__(self, path):
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.members = {}
        self._file = None
        self._tar = None
        self._mtime = int(time.time())

    def __enter__(self):
        # The archive holds password hashes and personal data: readable by the owner only.
        descriptor = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._file = os.fdopen(descriptor, "wb")
        self._tar = tarfile.open(fileobj=self._file, mode="w", format=tarfile.PAX_FORMAT)
        return self

    def __exit__(self, exc_type, exc, traceback):
        if exc_type is not None:
            self._close()
            self.partial.unlink(missing_ok=True)
        return False

    def _info(self, name, size):
        problem = name_problem(name)
        if problem:
            raise ArchiveError(problem)
        if name in self.members:
            raise ArchiveError(f"{name} would be written twice")
        info = tarfile.TarInfo(name)
        info.size = size
        info.mode = 0o600
        info.mtime = self._mtime
        return info

    def add_stream(self, name, fileobj, size):
        """Add ``size`` bytes read from ``fileobj`` as ``name``; return its SHA-256.

        Raises OSError if the stream ends early (the archive is then unusable: the
        caller must abandon it).
        """
        reader = HashingReader(fileobj, size)
        self._tar.addfile(self._info(name, size), reader)
        if reader.bytes_read != size:
            raise OSError(f"{name}: read {reader.bytes_read} of {size} bytes")
        self.members[name] = {"size": size, "sha256": reader.hexdigest()}
        return self.members[name]

    def add_path(self, name, path):
        with open(path, "rb") as file:
            return self.add_stream(name, file, os.fstat(file.fileno()).st_size)

    def _add_bytes(self, name, data):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mode = 0o600
        info.mtime = self._mtime
        self._tar.addfile(info, _BytesReader(data))

    def finish(self, manifest):
        """Write the manifest (with the member list), close, sync and rename into place."""
        manifest = {**manifest, "members": dict(sorted(self.members.items()))}
        data = json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=False).encode()
        self._add_bytes(MANIFEST_MEMBER, data)
        digest = hashlib.sha256(data).hexdigest()
        self._add_bytes(MANIFEST_CHECKSUM_MEMBER, checksum_line(digest).encode())
        self._tar.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.partial, self.path)
        return manifest

    def _close(self):
        for closable in (self._tar, self._file):
            try:
                if closable is not None:
                    closable.close()
            except OSError:
                pass


class _BytesReader:
    def __init__(self, data):
        self._data = memoryview(data)
        self._position = 0

    def read(self, size=-1):
        end = len(self._data) if size is None or size < 0 else self._position + size
        chunk = self._data[self._position : end]
        self._position += len(chunk)
        return bytes(chunk)


@dataclass
class VerifiedArchive:
    """An archive whose every member matched its manifest entry when it was read."""

    path: Path
    manifest: dict

    @property
    def media_names(self):
        """Storage names of the media files, in archive order of the manifest."""
        return [
            name[len(MEDIA_PREFIX) :]
            for name in self.manifest["members"]
            if name != DATABASE_MEMBER
        ]

    def open(self):
        try:
            return tarfile.open(self.path, "r:")
        except (OSError, tarfile.TarError) as error:
            raise ArchiveError(f"{self.path} can no longer be read: {error}") from error

    def member_entry(self, name):
        return self.manifest["members"][name]


def _hash_member(tar, member):
    file = tar.extractfile(member)
    reader = HashingReader(file, member.size)
    size = reader.drain()
    return reader.hexdigest(), size


def _read_small(tar, member):
    if member.size > MAX_MANIFEST_BYTES:
        raise ArchiveError(f"{member.name} is larger than {MAX_MANIFEST_BYTES} bytes")
    data = tar.extractfile(member).read()
    if len(data) != member.size:
        raise ArchiveError(
            f"{member.name} is cut short ({len(data)} of {member.size} bytes): "
            "the archive is truncated"
        )
    return data


def verify_archive(path):
    """Read the whole archive at ``path`` once and check it against its manifest.

    Returns a :class:`VerifiedArchive`; raises :class:`ArchiveError` naming the member
    that is damaged, cut short, missing or unexpected.
    """
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"{path} does not exist or is not a file")
    try:
        tar = tarfile.open(path, "r:")  # noqa: SIM115 - closed by the with block below
    except (OSError, tarfile.TarError) as error:
        raise ArchiveError(f"{path} is not a readable tar archive: {error}") from error

    found = {}
    seen = set()
    manifest_data = checksum_data = None
    last = current = None
    with tar:
        try:
            while True:
                member = tar.next()
                if member is None:
                    break
                problem = name_problem(member.name)
                if problem:
                    raise ArchiveError(f"unexpected member: {problem}")
                if not member.isreg():
                    raise ArchiveError(f"{member.name} is not a regular file")
                if member.name in seen:
                    raise ArchiveError(f"{member.name} occurs twice in the archive")
                seen.add(member.name)
                current = member.name
                if member.name == MANIFEST_MEMBER:
                    manifest_data = _read_small(tar, member)
                elif member.name == MANIFEST_CHECKSUM_MEMBER:
                    checksum_data = _read_small(tar, member)
                else:
                    digest, size = _hash_member(tar, member)
                    if size != member.size:
                        raise ArchiveError(
                            f"{member.name} is cut short ({size} of {member.size} bytes): "
                            "the archive is truncated"
                        )
                    found[member.name] = {"size": size, "sha256": digest}
                last, current = member.name, None
        except tarfile.TarError as error:
            if current:
                raise ArchiveError(
                    f"{current} is cut short ({error}): the archive is truncated"
                ) from error
            where = f"after {last}" if last else "at its start"
            raise ArchiveError(f"the archive is truncated or damaged {where}: {error}") from error

    if manifest_data is None:
        ending = f" (it ends after {last})" if last else ""
        raise ArchiveError(
            f"the archive has no {MANIFEST_MEMBER}: it is incomplete{ending} "
            "or not a Vielfalt backup"
        )
    if checksum_data is None:
        raise ArchiveError(f"the archive has no {MANIFEST_CHECKSUM_MEMBER}: it is incomplete")
    digest = hashlib.sha256(manifest_data).hexdigest()
    if checksum_data.decode("utf-8", "replace") != checksum_line(digest):
        raise ArchiveError(
            f"checksum mismatch in {MANIFEST_MEMBER} (it does not match "
            f"{MANIFEST_CHECKSUM_MEMBER}): the archive is damaged"
        )
    try:
        manifest = json.loads(manifest_data)
    except ValueError as error:
        raise ArchiveError(f"{MANIFEST_MEMBER} is not valid JSON: {error}") from error
    _check_manifest(manifest)

    listed = manifest["members"]
    for name, entry in listed.items():
        if name not in found:
            raise ArchiveError(
                f"{name} is listed in {MANIFEST_MEMBER} but missing from the archive"
            )
        actual = found[name]
        if actual["size"] != entry.get("size"):
            raise ArchiveError(
                f"{name} has {actual['size']} bytes, {MANIFEST_MEMBER} says {entry.get('size')}: "
                "the archive is damaged"
            )
        if actual["sha256"] != entry.get("sha256"):
            raise ArchiveError(f"checksum mismatch in {name}: the archive is damaged")
    for name in found:
        if name not in listed:
            raise ArchiveError(f"{name} is in the archive but not listed in {MANIFEST_MEMBER}")
    return VerifiedArchive(path=path, manifest=manifest)


def _check_manifest(manifest):
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ArchiveError(f"{MANIFEST_MEMBER} does not describe a Vielfalt backup")
    version = manifest.get("version")
    if version != FORMAT_VERSION:
        raise ArchiveError(
            f"{MANIFEST_MEMBER} has format version {version!r}; this code reads version "
            f"{FORMAT_VERSION}"
        )
    for key, kind in (
        ("members", dict),
        ("migrations", dict),
        ("counts", dict),
        ("content_types", dict),
    ):
        if not isinstance(manifest.get(key), kind):
            raise ArchiveError(f"{MANIFEST_MEMBER} lacks {key!r}")
    if DATABASE_MEMBER not in manifest["members"]:
        raise ArchiveError(f"{MANIFEST_MEMBER} does not list {DATABASE_MEMBER}")
    for name in manifest["members"]:
        problem = name_problem(name)
        if problem or name in (MANIFEST_MEMBER, MANIFEST_CHECKSUM_MEMBER):
            raise ArchiveError(f"{MANIFEST_MEMBER} lists an unexpected member: {name!r}")
