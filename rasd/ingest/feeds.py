"""RSS and Atom feeds: a feed file, or an http(s) URL fetched here with a timeout and a size limit.

Each entry is one article: id = the entry's id/guid, else its link, else the content hash; text =
the entry title, a blank line, then the text of its content (or summary); published = the entry's
date; outlet = the feed's title; url = the entry's link. Pages the entries link to are not
fetched (rasd makes one request per feed URL and no other). feedparser parses bytes fetched here,
never a URL, so the timeout and the size limit always apply.

>>> rss = '''<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Al Wasat</title>
... <item><title>غارة على سرت</title><link>https://alwasat.ly/news/1</link>
... <pubDate>Sat, 06 Aug 2016 10:00:00 +0000</pubDate>
... <description>قتل ثلاثة مدنيين في غارة جوية على مدينة سرت.</description></item></channel></rss>'''
>>> [(a.id, a.outlet, str(a.published)) for a in read_feed(rss.encode(), "feed.xml")]
[('https://alwasat.ly/news/1', 'Al Wasat', '2016-08-06')]
"""
from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.ingest.ids import content_id, make_article
from rasd.ingest.limits import Limits
from rasd.model import Article

USER_AGENT = "rasd/0.1 (+https://pypi.org/project/rasd)"
_CHUNK = 1 << 16


def fetch(url: str, limits: Limits = Limits()) -> bytes:
    """The body of `url` (at most `limits.max_bytes`), or InputError naming the URL and the reason.

    The whole fetch (connect and every read) must finish within `limits.timeout` seconds."""
    deadline = time.monotonic() + limits.timeout
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                               "Accept": "application/rss+xml, application/atom+xml, */*"})
    try:
        with urllib.request.urlopen(req, timeout=limits.timeout) as resp:
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = resp.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limits.max_bytes:
                    raise limits.too_big(url, size, what="feed")
                chunks.append(chunk)
            return b"".join(chunks)
    except urllib.error.HTTPError as e:
        raise InputError(url, f"the server answered HTTP {e.code} {e.reason}") from None
    except (TimeoutError, socket.timeout):
        raise InputError(url, f"no answer within {limits.timeout:g} s (fetch_timeout in the [ingest] settings)") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise InputError(url, f"no answer within {limits.timeout:g} s (fetch_timeout in the [ingest] settings)") from None
        raise InputError(url, f"cannot fetch ({reason})") from None
    except (OSError, ValueError) as e:  # connection reset, bad URL, http.client errors
        raise InputError(url, f"cannot fetch ({type(e).__name__}: {e})") from None


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a file look like an RSS/Atom/RDF document."""
    h = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return h.startswith((b"<rss", b"<feed", b"<rdf")) or (h.startswith(b"<?xml") and
                                                          any(t in h for t in (b"<rss", b"<feed", b"<rdf")))


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except ValueError:
                continue
    return None


def _entry_text(entry: Any) -> str:
    from rasd.ingest.html import fragment_text

    parts = [c.get("value", "") for c in entry.get("content") or () if c.get("value")]
    body = max(parts, key=len) if parts else entry.get("summary") or entry.get("description") or ""
    return fragment_text(body)


def read_feed(data: bytes, source: str) -> Iterator[Article | InputError]:
    """Articles (or InputErrors) of the entries of an RSS/Atom document, numbered from 1."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as e:  # noqa: BLE001 - a parser failure on one feed must not stop a batch
        yield InputError(source, f"cannot parse the feed ({type(e).__name__}: {e})")
        return
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        kind = "an RSS/Atom feed without entries" if parsed.get("version") else "not an RSS/Atom feed"
        yield InputError(source, f"{kind}{why}")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        title = (entry.get("title") or "").strip()
        body = _entry_text(entry)
        text = f"{title}\n\n{body}" if title and body and not body.startswith(title) else (body or title)
        if not text:
            yield InputError(source, "feed entry without text (no title, content or summary)", n)
            continue
        link = entry.get("link") or None
        ident = (entry.get("id") or "").strip() or link or content_id(text)
        try:
            yield make_article(id=ident, text=text, source=source, record=n, title=title or None,
                               published=_entry_date(entry), outlet=outlet, url=link)
        except InputError as e:
            yield e


def read_feed_file(path: Path, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    from rasd.ingest.text import read_bytes

    try:
        data = read_bytes(path, limits)
    except InputError as e:
        yield e
        return
    yield from read_feed(data, str(path))


def read_feed_url(url: str, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    try:
        data = fetch(url, limits)
    except InputError as e:
        yield e
        return
    yield from read_feed(data, url)
