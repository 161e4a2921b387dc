"""CSV articles: a header row with `text` and optional `id`, `title`, `published`, `outlet`, `url`.

UTF-8 (with or without a BOM) is read as a stream; a file in Windows-1256 is detected (see
rasd.ingest.encoding) and read whole (within the size limit). A row that is not UTF-8, has an empty
text, a bad date or a field over the size limit gives an InputError naming `file:line`; the other
rows are read. A file without a `text` column is one InputError.

>>> import io
>>> data = 'id,text,published\\nw1,"قتل ثلاثة مدنيين، وجرح آخرون",2016-08-06\\nw2,,\\n'
>>> [getattr(x, "id", str(x)) for x in read_csv(io.StringIO(data, newline=""), "a.csv")]
['w1', 'a.csv:3: empty article (no text)']
"""
from __future__ import annotations

import codecs
import csv as _csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from rasd.errors import InputError
from rasd.ingest.encoding import binary_kind, decode_bytes
from rasd.ingest.jsonl import record_article
from rasd.ingest.limits import Limits
from rasd.model import Article

_SAMPLE = 1 << 16
_BROKEN = re.compile(r"[\udc80-\udcff]")


def _allow_fields(limit: int) -> None:
    # the csv module's field limit is process-wide; raising it to the record limit is idempotent
    if _csv.field_size_limit() < limit:
        _csv.field_size_limit(limit)


def read_csv(fh: TextIO, source: str, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    """Articles (or InputErrors) of CSV text. Undecodable bytes arrive as surrogates (errors=
    "surrogateescape") and fail only their own row."""
    _allow_fields(limits.max_bytes)
    reader = _csv.reader(fh)
    try:
        header = next(reader, None)
    except _csv.Error as e:
        yield InputError(source, f"not CSV ({e})", 1)
        return
    if header is None:
        yield InputError(source, "empty CSV file")
        return
    header = [h.strip().lstrip("\ufeff").lower() for h in header]
    if "text" not in header:
        yield InputError(source, f"no `text` column (columns: {', '.join(header)[:200]}); "
                                 "CSV input needs text and optionally id, title, published, outlet, url")
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except _csv.Error as e:
            reason = str(e)
            if "field larger than field limit" in reason:
                yield limits.too_big(source, limits.max_bytes + 1, start, what="field")
            else:
                yield InputError(source, f"bad CSV row ({reason})", start)
            continue
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(header):
            yield InputError(source, f"{len(row)} fields for {len(header)} columns (a stray comma or quote?)", start)
            continue
        big = max((len(c.encode("utf-8", "surrogateescape")) for c in row if len(c) * 4 > limits.max_bytes), default=0)
        if big > limits.max_bytes:
            yield limits.too_big(source, big, start, what="field")
            continue
        rec = dict(zip(header, row))
        if any(_BROKEN.search(v) for v in rec.values()):
            yield InputError(source, "invalid UTF-8 in this row (CSV must be UTF-8 or Windows-1256)", start)
            continue
        if any("\x00" in v for v in rec.values()):
            yield InputError(source, "a NUL byte in this row (a damaged or binary record)", start)
            continue
        try:
            yield record_article(rec, source, start)
        except InputError as e:
            yield e


def read_csv_file(path: Path, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    source = str(path)
    with path.open("rb") as raw:
        head = raw.read(_SAMPLE)
        # a few stray NUL bytes in text fail only their rows (below); many mean a binary file
        sparse_nul = head.count(b"\x00") * 100 < len(head)
        kind = binary_kind(head.replace(b"\x00", b"") if sparse_nul else head) \
            if not head.startswith(codecs.BOM_UTF8) else None
        if kind:
            yield InputError(source, f"binary file ({kind}), not CSV")
            return
        if _utf8_prefix(head):
            raw.seek(0)
            fh = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
            yield from read_csv(fh, source, limits)
            return
    from rasd.ingest.text import read_bytes

    try:  # not UTF-8: Windows-1256 read whole, or an InputError saying what it is
        text = decode_bytes(read_bytes(path, limits), source)
    except InputError as e:
        yield e
        return
    yield from read_csv(io.StringIO(text, newline=""), source, limits)


def _utf8_prefix(head: bytes) -> bool:
    """Whether the first bytes read as UTF-8 (a sequence cut at the end of the sample is fine)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError as e:
        # mostly-valid UTF-8 with a broken byte: stream it, the broken rows fail on their own
        from rasd.ingest.encoding import _mostly_utf8
        return e.start > 0 and _mostly_utf8(head)
