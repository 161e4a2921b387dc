"""JSON Lines (and JSON) articles: one object per line with `text` and optional `id`, `title`,
`published`, `outlet`, `url`.

Each line is its own record: a line that is not JSON, not an object, lacks `text`, has an empty
text, is not UTF-8 or is longer than the size limit gives an InputError naming `file:line`, and
the next line is read as usual. Lines are read with a bounded `readline`, so a 50 MB line never
sits in memory whole.

>>> import io
>>> data = '{"id": "w1", "text": "قتل ثلاثة مدنيين", "published": "2016-08-06"}\\nnot json\\n'.encode()
>>> [getattr(x, "id", str(x)) for x in read_jsonl(io.BytesIO(data), "feed.jsonl")]
['w1', 'feed.jsonl:2: not JSON (Expecting value at column 1)']
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from rasd.errors import InputError
from rasd.ingest.ids import make_article, parse_published, record_id
from rasd.ingest.limits import Limits
from rasd.model import Article

FIELDS = ("id", "text", "title", "published", "outlet", "url")
_CHUNK = 1 << 20
_SURROGATE = re.compile("[\ud800-\udfff]")


def record_article(obj: Any, source: str, record: str | int | None) -> Article:
    """An Article from one JSON/CSV record (a dict with at least `text`)."""
    if not isinstance(obj, dict):
        raise InputError(source, f"not a JSON object but {type(obj).__name__}", record)
    text = obj.get("text")
    if text is None:
        raise InputError(source, "no `text` field (each record needs id, text; optional title, published, "
                                 "outlet, url)", record)
    if not isinstance(text, str):
        raise InputError(source, f"`text` is {type(text).__name__}, not a string", record)
    for key in FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and _SURROGATE.search(value):
            raise InputError(source, f"`{key}` holds a lone surrogate escape (\\u{ord(_SURROGATE.search(value)[0]):04x}), "
                                     "which is not text; fix the record's JSON escapes", record)
    return make_article(id=record_id(obj.get("id"), text), text=text, source=source, record=record,
                        title=_str(obj.get("title")), published=parse_published(obj.get("published"), source, record),
                        outlet=_str(obj.get("outlet")), url=_str(obj.get("url")))


def _str(v: Any) -> str | None:
    return None if v is None or isinstance(v, (dict, list)) else str(v)


def bounded_lines(fh: BinaryIO, limits: Limits) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; bytes is None for a line over the limit (skipped in chunks)."""
    n = 0
    while True:
        line = fh.readline(limits.max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > limits.max_bytes:
            while not line.endswith(b"\n"):
                line = fh.readline(_CHUNK)
                if not line:
                    break
            yield n, None
            continue
        yield n, line


def _error_reason(e: json.JSONDecodeError) -> str:
    return f"not JSON ({e.msg} at column {e.colno})"


def _limit_reason(e: Exception) -> str:
    """JSON that parses but exceeds what Python's json accepts: nesting too deep, a huge integer."""
    if isinstance(e, RecursionError):
        return "JSON nested too deeply to read (a record is a flat object: id, text, title, published, outlet, url)"
    return f"JSON value out of range ({' '.join(str(e).split())[:120]})"


def read_jsonl(fh: BinaryIO, source: str, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    """Articles (or InputErrors) of a JSON Lines stream, one per non-blank line."""
    for n, line in bounded_lines(fh, limits):
        if line is None:
            yield limits.too_big(source, limits.max_bytes + 1, n, what="line")
            continue
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as e:
            yield InputError(source, f"invalid UTF-8 at byte {e.start} of the line (JSON Lines must be UTF-8)", n)
            continue
        except json.JSONDecodeError as e:
            yield InputError(source, _error_reason(e), n)
            continue
        except (RecursionError, ValueError) as e:
            yield InputError(source, _limit_reason(e), n)
            continue
        try:
            yield record_article(obj, source, n)
        except InputError as e:
            yield e


def read_jsonl_file(path: Path, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    with path.open("rb") as fh:
        yield from read_jsonl(fh, str(path), limits)


def read_json_file(path: Path, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    """A .json file: one record object, or a list of them (records numbered from 1)."""
    from rasd.ingest.encoding import decode_bytes
    from rasd.ingest.text import read_bytes

    source = str(path)
    try:
        data = json.loads(decode_bytes(read_bytes(path, limits), source))
    except InputError as e:
        yield e
        return
    except json.JSONDecodeError as e:
        yield InputError(source, f"not JSON ({e.msg} at line {e.lineno} column {e.colno})")
        return
    except (RecursionError, ValueError) as e:
        yield InputError(source, _limit_reason(e))
        return
    items = data if isinstance(data, list) else [data]
    for i, obj in enumerate(items, 1):
        try:
            yield record_article(obj, source, i if isinstance(data, list) else None)
        except InputError as e:
            yield e
