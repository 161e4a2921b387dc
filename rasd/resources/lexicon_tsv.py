"""Reading and validating the TSV resource files (header row, UTF-8, tab-separated, '#' comments).

Every loader goes through `read_rows`, which rejects rows that would silently match nothing or the
wrong thing: text not in NFC, Arabic presentation forms, empty patterns, wrong column counts.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from rasd.errors import ResourceError

_PRESENTATION = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFE]")


def builtin_path(name: str) -> Path:
    return Path(str(resources.files("rasd.resources").joinpath(name)))


def read_rows(path: str | Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data row; raise ResourceError naming file, line and reason."""
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ResourceError(str(p), None, f"cannot read ({e})") from e
    header: list[str] | None = None
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            missing = [c for c in required if c not in header]
            if missing:
                raise ResourceError(str(p), no, f"header lacks column(s) {', '.join(missing)}")
            continue
        if len(cols) != len(header):
            raise ResourceError(str(p), no, f"expected {len(header)} tab-separated columns, found {len(cols)}")
        if unicodedata.normalize("NFC", line) != line:
            raise ResourceError(str(p), no, "text is not in Unicode NFC form")
        if _PRESENTATION.search(line):
            raise ResourceError(str(p), no, "contains Arabic presentation forms; write plain letters")
        yield no, dict(zip(header, cols))
    if header is None:
        raise ResourceError(str(p), None, "empty file (no header row)")
