"""rasd.ingest.encoding: UTF-8, BOMs and Windows-1256 read; binary, damaged UTF-8 and other legacy
encodings refused with a reason — never a silently wrong text."""
import codecs

import pytest

from rasd.errors import InputError
from rasd.ingest.encoding import binary_kind, decode_bytes

AR = "قتل خمسة مدنيين وأصيب عشرة آخرون في قصف مدفعي على حي سكني في مدينة حلب"


@pytest.mark.parametrize("data, expected", [
    (AR.encode("utf-8"), AR),
    (codecs.BOM_UTF8 + AR.encode("utf-8"), AR),
    (codecs.BOM_UTF16_LE + AR.encode("utf-16-le"), AR),
    (AR.encode("cp1256"), AR),
    (("سرت\r\n" + AR).encode("cp1256"), "سرت\r\n" + AR),   # line endings kept: offsets are into the file
    (b"", ""),
])
def test_encoding_reads(data, expected):
    assert decode_bytes(data, "a.txt") == expected


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image)"),
    (b"%PDF-1.7\n...", "binary file (a PDF document)"),
    (b"abc\x00def", "binary file (binary data (NUL bytes))"),
    (AR[:4].encode("utf-8") + b"\xff" + AR[4:].encode("utf-8"), "invalid UTF-8 at byte 7"),  # after "قتل "
    ("Des affrontements ont éclaté à Benghazi, l'armée annonce trois morts.".encode("cp1252"), "not UTF-8"),
    (codecs.BOM_UTF8 + b"\xd8\xb3\xff", "invalid UTF-8 at byte 5"),
])
def test_encoding_refuses_with_reason(data, reason):
    with pytest.raises(InputError) as e:
        decode_bytes(data, "dir/file.txt", record=3)
    assert str(e.value).startswith("dir/file.txt:3: ")
    assert reason in e.value.reason


def test_encoding_cp1252_names_the_remedy():
    with pytest.raises(InputError, match="iconv"):
        decode_bytes("Des affrontements ont éclaté à Benghazi; trois soldats tués.".encode("cp1252"), "f.txt")


def test_encoding_binary_kind_text_is_none():
    assert binary_kind(AR.encode("utf-8")) is None
    assert binary_kind(b"PK\x03\x04rest") == "a ZIP archive (or DOCX/XLSX)"
