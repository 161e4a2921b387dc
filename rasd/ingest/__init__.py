"""Readers: files, folders, globs, stdin and feed URLs → Articles; bad input → one InputError each.

`read_paths(paths, on_error=...)` is the entry point. Each path is
- `-`: standard input, JSON Lines when its first non-blank line starts with `{`, else one
  plain-text article (id = content hash);
- `http://…` / `https://…`: an RSS/Atom feed, fetched once with a timeout and a size limit;
- a folder: every file under it with a known extension (below), recursively, in name order;
  hidden files and other extensions are left out;
- a file: read by its extension — `.txt`/`.text` (rasd.ingest.text), `.jsonl`/`.ndjson` and
  `.json` (rasd.ingest.jsonl), `.csv` (rasd.ingest.csv), `.html`/`.htm`/`.xhtml`
  (rasd.ingest.html), `.xml`/`.rss`/`.atom`/`.rdf` (rasd.ingest.feeds); any other extension is
  sniffed (a feed, an HTML page, JSON Lines, else plain text);
- a glob pattern (`articles/**/*.txt`) when no such file exists.

A file or record that cannot be read — missing, unreadable, binary, not UTF-8 nor Windows-1256,
a JSONL line that is not JSON or lacks `text`, an empty article, a record over the size limit, a
feed URL that does not answer — is passed to `on_error(InputError)` and reading goes on (without
`on_error` the InputError is raised). The same file named twice is read once.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a1.txt").write_text("غارة على سرت\\nقتل ثلاثة مدنيين في غارة جوية على مدينة سرت.", "utf-8")
>>> _ = (d / "bad.txt").write_bytes(b"%PDF-1.4 ...")
>>> errors = []
>>> [a.id for a in read_paths([str(d)], on_error=errors.append)], len(errors)
(['a1'], 1)
"""
from __future__ import annotations

import glob
import io
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from rasd.errors import InputError
from rasd.ingest.csv import read_csv_file
from rasd.ingest.feeds import looks_like_feed, read_feed_file, read_feed_url
from rasd.ingest.html import read_html_file
from rasd.ingest.ids import content_id
from rasd.ingest.jsonl import read_json_file, read_jsonl, read_jsonl_file
from rasd.ingest.limits import Limits
from rasd.ingest.text import read_text_file, text_article
from rasd.model import Article

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

__all__ = ["read_paths", "read_file", "read_stdin", "Limits", "READERS", "STDIN"]

STDIN = "-"
STDIN_NAME = "<stdin>"
Reader = Callable[[Path, Limits], Iterator["Article | InputError"]]
READERS: dict[str, Reader] = {
    ".txt": read_text_file, ".text": read_text_file,
    ".jsonl": read_jsonl_file, ".ndjson": read_jsonl_file, ".json": read_json_file,
    ".csv": read_csv_file,
    ".html": read_html_file, ".htm": read_html_file, ".xhtml": read_html_file,
    ".xml": read_feed_file, ".rss": read_feed_file, ".atom": read_feed_file, ".rdf": read_feed_file,
}
_URL = re.compile(r"^https?://", re.I)
_COLLAPSED_URL = re.compile(r"^(https?):/(?!/)", re.I)  # str(Path("https://x")) == "https:/x"
_GLOB = re.compile(r"[*?\[]")


def _sniff(path: Path) -> Reader:
    with path.open("rb") as fh:
        head = fh.read(4096)
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if looks_like_feed(head):
        return read_feed_file
    if h.startswith((b"<!doctype html", b"<html")):
        return read_html_file
    if h.startswith(b"{"):
        return read_jsonl_file
    return read_text_file


def read_file(path: Path, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    """Articles (or InputErrors) of one file, by its extension (sniffed when unknown)."""
    source = str(path)
    try:
        if not path.exists():
            yield InputError(source, "no such file (or a broken link)")
            return
        if path.is_dir():
            yield InputError(source, "is a folder (give it as a path to read every file in it)")
            return
        reader = READERS.get(path.suffix.lower()) or _sniff(path)
        yield from reader(path, limits)
    except PermissionError:
        yield InputError(source, "cannot read the file: permission denied")
    except OSError as e:
        yield InputError(source, f"cannot read the file: {e.strerror or e}")


def _folder_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            p = Path(root, name)
            if p.suffix.lower() in READERS:
                yield p
            else:
                log.info("skipped %s: not a known article file type", p)


class _Prefixed:
    """A binary stream whose first bytes were already read (stdin sniffing)."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head, self._rest = io.BytesIO(head), rest

    def readline(self, limit: int = -1) -> bytes:
        line = self._head.readline(limit)
        if line.endswith(b"\n") or (limit > 0 and len(line) >= limit):
            return line
        more = self._rest.readline(limit - len(line) if limit > 0 else -1)
        return line + more

    def read(self, n: int = -1) -> bytes:
        data = self._head.read(n)
        if n < 0:
            return data + self._rest.read()
        return data + (self._rest.read(n - len(data)) if len(data) < n else b"")


def read_stdin(stream: BinaryIO, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    """JSON Lines when the first non-blank line starts with `{`; otherwise one plain-text article."""
    head = b""
    while True:
        line = stream.readline(limits.max_bytes + 1)
        head += line
        if not line or line.strip():
            break
    body = _Prefixed(head, stream)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_jsonl(body, STDIN_NAME, limits)
        return
    from rasd.ingest.encoding import decode_bytes

    data = body.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        yield limits.too_big(STDIN_NAME, len(data), what="standard input")
        return
    try:
        text = decode_bytes(data, STDIN_NAME)
        yield text_article(text, id=content_id(text), source=STDIN_NAME)
    except InputError as e:
        yield e


def _expand(path: str, limits: Limits, seen: set[str], stdin: BinaryIO | None) -> Iterator[Article | InputError]:
    if path == STDIN:
        yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, limits)
        return
    path = _COLLAPSED_URL.sub(r"\1://", path)
    if _URL.match(path):
        yield from read_feed_url(path, limits)
        return
    p = Path(path).expanduser()
    if p.is_dir():
        files: Iterator[Path] = _folder_files(p)
    elif p.exists() or p.is_symlink() or not _GLOB.search(path):
        files = iter([p])
    else:
        matches = sorted(glob.glob(str(p), recursive=True))
        if not matches:
            yield InputError(path, "no file matches this pattern")
            return
        files = (f for m in matches for f in (_folder_files(Path(m)) if Path(m).is_dir() else [Path(m)]))
    for f in files:
        key = os.path.realpath(f)
        if key in seen:
            continue
        seen.add(key)
        yield from read_file(f, limits)


def read_paths(paths: Sequence[str | os.PathLike], *, on_error: Callable[[InputError], None] | None = None,
               settings=None, limits: Limits | None = None, stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Every article under `paths`, streamed in order; each unreadable file or record goes to
    `on_error` (raised when `on_error` is None). Limits come from `limits`, else `settings`
    (max_record_mb, fetch_timeout), else rasd/defaults.toml. `stdin` replaces sys.stdin.buffer for `-`."""
    if limits is None:
        if settings is None:
            from rasd.settings import Settings
            settings = Settings.load()
        limits = Limits.from_settings(settings)
    seen: set[str] = set()
    for path in paths:
        for item in _expand(os.fspath(path), limits, seen, stdin):
            if isinstance(item, InputError):
                if on_error is None:
                    raise item
                on_error(item)
            else:
                yield item
