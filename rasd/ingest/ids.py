"""The article-id rule, and the dates and fields every reader shares.

- a `.txt` or `.html` file: the file name without its extension (`001_428ee2f09c601032.txt` →
  `001_428ee2f09c601032`);
- a JSONL / CSV record: its `id` field, trimmed; a missing or empty id → the content hash of the
  text (`Article.content_hash()`: the same text always gets the same id, so re-reading adds nothing);
- a feed entry: its `id`/guid, else its link, else the content hash;
- text from stdin: the content hash.

>>> file_id("examples/001_428ee2f09c601032.txt")
'001_428ee2f09c601032'
>>> record_id(None, "قتل ثلاثة مدنيين") == content_id("قتل ثلاثة مدنيين")
True
>>> parse_published("2016-08-06T09:30:00Z", "a.jsonl", 3)
datetime.date(2016, 8, 6)
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import PurePath
from typing import Any

from rasd.errors import InputError
from rasd.model import Article


def file_id(path: str | PurePath) -> str:
    """The id of an article read from a file: its name without the extension."""
    return PurePath(path).stem


def content_id(text: str) -> str:
    """The content hash of an article's text (the same as `Article.content_hash()`)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def record_id(value: Any, text: str) -> str:
    """A record's own id (any scalar, trimmed), or the content hash of its text when it has none."""
    if value is not None and not isinstance(value, (dict, list, bool)):
        s = str(value).strip()
        if s:
            return s
    return content_id(text)


def parse_published(value: Any, source: str, record: str | int | None = None) -> date | None:
    """A publication date from metadata: YYYY-MM-DD, an ISO datetime, or an RFC 2822 date (feeds).

    Empty → None; anything else that is not a date → InputError (a wrong date would shift every
    relative date in the article, so it is not guessed).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    if not s:
        return None
    for parse in (date.fromisoformat, lambda v: datetime.fromisoformat(v).date(),
                  lambda v: parsedate_to_datetime(v).date()):
        try:
            return parse(s)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
    raise InputError(source, f"published {s[:40]!r} is not a date (expected YYYY-MM-DD)", record)


def first_line(text: str) -> str | None:
    """The first non-empty line, trimmed (a .txt article's title)."""
    for line in text.split("\n", 50)[:50]:
        line = line.strip()
        if line:
            return line
    return None


_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
HEADER_LINES = 12


def header_published(text: str) -> date | None:
    """A publication date written in the article's header lines ("06 اغسطس 2016" under a byline),
    by rasd.arabic.dates.header_date; header lines without a digit (no year) are not searched."""
    head = "\n".join(text.split("\n", HEADER_LINES + 1)[:HEADER_LINES])
    if not _DIGIT.search(head):
        return None
    from rasd.arabic.dates import header_date

    return header_date(head)


def make_article(*, id: str, text: str, source: str, record: str | int | None = None,
                 title: str | None = None, published: date | None = None, outlet: str | None = None,
                 url: str | None = None) -> Article:
    """An Article with the checks every reader applies: text present and not blank; published from
    the header lines when metadata gave none; `origin` = "file" or "file:record"."""
    if not text or not text.strip():
        raise InputError(source, "empty article (no text)", record)
    if published is None:
        published = header_published(text)
    origin = source if record is None else f"{source}:{record}"
    return Article(id=id, text=text, title=_clean(title), published=published, outlet=_clean(outlet),
                   url=_clean(url), origin=origin)


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None
