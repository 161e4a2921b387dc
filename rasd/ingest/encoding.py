"""Bytes to text: UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, and Windows-1256 — never a silent guess.

`decode_bytes(data, source)` returns the text (BOM removed, nothing else changed: line endings and
every character stay as in the file, so offsets are into the file's text). The rules, in order:

1. empty → ""; a UTF-8 BOM → strict UTF-8 after it; a UTF-16 BOM → strict UTF-16.
2. a known binary signature (PDF, ZIP/DOCX, PNG, JPEG, GIF, gzip) or a NUL byte in the first 8 KB
   → InputError "binary file".
3. valid UTF-8 → that text.
4. bytes that are mostly valid UTF-8 with a few broken sequences → InputError "invalid UTF-8 at
   byte N" (a damaged UTF-8 file, not a legacy encoding: decoding it as Windows-1256 would give
   garbage).
5. otherwise charset-normalizer's best reading, accepted only when it is Windows-1256 (or
   ISO-8859-6) with little chaos and the letters it gives are mostly Arabic; anything else →
   InputError naming what it looked like and the remedy (convert to UTF-8).

>>> decode_bytes("قتل ثلاثة مدنيين في غارة جوية على مدينة سرت".encode("cp1256"), "a.txt")
'قتل ثلاثة مدنيين في غارة جوية على مدينة سرت'
>>> decode_bytes(b"\\xef\\xbb\\xbf" + "سرت".encode(), "a.txt")
'سرت'
"""
from __future__ import annotations

import codecs
import re

from rasd.errors import InputError

LEGACY_ARABIC = ("cp1256", "iso8859_6")
_SIGNATURES = (
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"),
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06f0-\u06f9]")
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\W\d_]")
_BROKEN = re.compile(r"[\udc80-\udcff]")
_WIDE = re.compile(r"[^\x00-\x7f\udc80-\udcff]")
_MAX_CHAOS = 0.1
_MIN_ARABIC = 0.8


def binary_kind(head: bytes) -> str | None:
    """What a file that is not text looks like, from its first bytes; None for text.

    >>> binary_kind(b"%PDF-1.4 ..."), binary_kind("سرت".encode())
    ('a PDF document', None)
    """
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            return kind
    if b"\x00" in head[:8192]:
        return "binary data (NUL bytes)"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when the non-ASCII bytes are mostly well-formed UTF-8 sequences (a damaged UTF-8 file)."""
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_BROKEN.findall(text))
    good = len(_WIDE.findall(text))
    return good > 0 and good >= 2 * bad


def decode_bytes(data: bytes, source: str, record: str | int | None = None) -> str:
    """The text of `data`, or InputError(source, reason, record) when it cannot be read with confidence."""
    if not data:
        return ""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(source, f"invalid UTF-8 at byte {e.start + 3} (the file starts with a UTF-8 BOM); "
                                     "fix or re-save the file as UTF-8", record) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(source, "invalid UTF-16 (the file starts with a UTF-16 BOM); "
                                     "re-save the file as UTF-8", record) from None
    kind = binary_kind(data[:8192])
    if kind:
        raise InputError(source, f"binary file ({kind}), not text: rasd reads text, JSONL, CSV, HTML and feeds", record)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        first = e.start
    if _mostly_utf8(data):
        raise InputError(source, f"invalid UTF-8 at byte {first} (a damaged UTF-8 file); "
                                 "fix the bytes there or re-save the file as UTF-8", record)
    return _legacy_arabic(data, source, record)


def _legacy_arabic(data: bytes, source: str, record: str | int | None) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "not UTF-8 and no text encoding fits; re-save the file as UTF-8", record)
    enc = best.encoding
    if enc not in LEGACY_ARABIC:
        raise InputError(source, f"not UTF-8 (it looks like {enc}, not Windows-1256 Arabic); "
                                 f"convert it: iconv -f {enc} -t UTF-8", record)
    text = data.decode(enc)
    letters = len(_NON_ASCII_LETTER.findall(text))
    arabic = len(_ARABIC_LETTER.findall(text))
    if best.chaos > _MAX_CHAOS or letters == 0 or arabic < _MIN_ARABIC * letters:
        raise InputError(source, f"not UTF-8, and not confidently Windows-1256 either "
                                 f"({arabic} Arabic letters of {letters}); convert it to UTF-8", record)
    return text
