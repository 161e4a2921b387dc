"""HTML pages: trafilatura finds the main text, title, date and site name.

id = the file name without its extension (or the page URL's content for fetched pages); text = the
main text, headed by the title when trafilatura's text does not already start with it (the
headline is part of the article the pipeline reads); published = the page's date, else a date in
the header lines; outlet = the site name, else the host name.

>>> page = ("<html><head><title>غارة على سرت</title><meta property='og:site_name' content='بوابة الوسط'></head>"
...         "<body><article><p>قتل ثلاثة مدنيين في غارة جوية على مدينة سرت الليبية أمس، بحسب مصادر محلية "
...         "أكدت أن الغارة استهدفت منطقة سكنية وسط المدينة.</p></article></body></html>")
>>> a = html_article(page, id="p1", source="p1.html")
>>> a.title, a.outlet, a.text.splitlines()[0]
('غارة على سرت', 'بوابة الوسط', 'غارة على سرت')
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from rasd.errors import InputError
from rasd.ingest.encoding import decode_bytes
from rasd.ingest.ids import file_id, make_article, parse_published
from rasd.ingest.limits import Limits
from rasd.model import Article

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
           "article", "header", "footer", "figcaption", "pre", "table", "ul", "ol")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n{3,}")


def html_article(html: str, *, id: str, source: str, record: str | int | None = None,
                 url: str | None = None) -> Article:
    """An Article from the HTML of one page (InputError when no main text is found)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as e:  # noqa: BLE001 - a parser failure on one page must not stop a batch
        raise InputError(source, f"cannot parse the HTML ({type(e).__name__}: {e})", record) from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise InputError(source, "no article text found in the HTML page", record)
    title = (getattr(doc, "title", None) or "").strip() or None
    text = body if title is None or body.startswith(title) else f"{title}\n\n{body}"
    try:
        published = parse_published(getattr(doc, "date", None), source, record)
    except InputError:
        published = None  # a page date trafilatura could not normalise: the header lines may have one
    outlet = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    return make_article(id=id, text=text, source=source, record=record, title=title, published=published,
                        outlet=outlet, url=url or getattr(doc, "url", None))


def read_html_file(path: Path, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    from rasd.ingest.text import read_bytes

    source = str(path)
    try:
        html = decode_bytes(read_bytes(path, limits), source)
        yield html_article(html, id=file_id(path), source=source)
    except InputError as e:
        yield e


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one line per block, markup dropped.

    >>> fragment_text("<p>قتل <b>ثلاثة</b> مدنيين</p><p>في سرت</p>")
    'قتل ثلاثة مدنيين\\nفي سرت'
    """
    if "<" not in fragment:
        return _tidy(fragment.replace("&nbsp;", " "))
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\xa0", " ").split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
