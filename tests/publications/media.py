"""Tiny video and caption files for tests: just the container headers the upload checks read.

None of them plays; they are as small as a header allows.
"""

import struct


def _box(kind, payload):
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4(major=b"isom", compatible=(b"isom", b"iso2", b"avc1", b"mp41")):
    """An ISO base media file: ``ftyp`` with the brands, a ``free`` and an empty ``mdat`` box."""
    ftyp = _box(b"ftyp", major + b"\x00\x00\x02\x00" + b"".join(compatible))
    return ftyp + _box(b"free", b"\x00" * 8) + _box(b"mdat", b"\x00" * 64)


def heic():
    """A HEIF photo: the same container, image brands."""
    return mp4(major=b"heic", compatible=(b"mif1", b"heic"))


def m4a():
    """Audio only: major brand M4A."""
    return mp4(major=b"M4A ", compatible=(b"M4A ", b"isom", b"mp42"))


def _ebml_element(element_id, data):
    assert len(data) < 127
    return element_id + bytes([0x80 | len(data)]) + data


def ebml(doctype=b"webm"):
    """An EBML header with ``doctype`` and the start of a Segment."""
    header = b"".join(
        [
            _ebml_element(b"\x42\x86", b"\x01"),  # EBMLVersion
            _ebml_element(b"\x42\xf7", b"\x01"),  # EBMLReadVersion
            _ebml_element(b"\x42\xf2", b"\x04"),  # EBMLMaxIDLength
            _ebml_element(b"\x42\xf3", b"\x08"),  # EBMLMaxSizeLength
            _ebml_element(b"\x42\x82", doctype),  # DocType
            _ebml_element(b"\x42\x87", b"\x04"),  # DocTypeVersion
            _ebml_element(b"\x42\x85", b"\x02"),  # DocTypeReadVersion
        ]
    )
    segment = b"\x18\x53\x80\x67" + b"\x01\xff\xff\xff\xff\xff\xff\xff" + b"\x00" * 32
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(header)]) + header + segment


def webm():
    return ebml(b"webm")


def mkv():
    return ebml(b"matroska")


VTT_TEXT = """WEBVTT Kind: captions; Language: de

NOTE Dieser Kommentar wird nicht durchsucht.

STYLE
::cue { color: yellow; }

1
00:00:00.000 --> 00:00:04.000 align:start
<v Erzählerin>Vielfalt in der Verwaltung</v>
beginnt mit Zuhören.

00:00:04.000 --> 00:00:08.000
<c.laut>[Musik]</c> Willkommen &amp; viel Erfolg!

00:00:08.000 --> 00:00:09.000
<c.laut>[Musik]</c> Willkommen &amp; viel Erfolg!

00:00:09.000 --> 00:00:12.500
Karaoke <00:00:10.000>mit <00:00:11.000>Zeitmarken
"""


def vtt(text=VTT_TEXT):
    return text.encode()
