"""Plain-text articles: one file, one article.

id = the file name without its extension; text = the whole file (decoded by rasd.ingest.encoding,
nothing else changed, so offsets are into the file's text); title = the first non-empty line;
published = a date written in the header lines ("06 اغسطس 2016" under the byline), if any.

>>> a = text_article("مفاوضات ليبية أميركية\\n\\nعبد الله الشريف\\n06 اغسطس 2016\\nتقدمت قوات ...", id="001", source="001.txt")
>>> a.title, a.published, a.origin
('مفاوضات ليبية أميركية', datetime.date(2016, 8, 6), '001.txt')
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasd.errors import InputError
from rasd.ingest.encoding import decode_bytes
from rasd.ingest.ids import file_id, first_line, make_article
from rasd.ingest.limits import Limits
from rasd.model import Article


def text_article(text: str, *, id: str, source: str, record: str | int | None = None) -> Article:
    """An Article from the text of a plain-text file."""
    return make_article(id=id, text=text, source=source, record=record, title=first_line(text))


def read_bytes(path: Path, limits: Limits) -> bytes:
    """The bytes of a file, refusing files over the size limit before reading them."""
    source = str(path)
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise limits.too_big(source, size)
    with path.open("rb") as fh:
        data = fh.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise limits.too_big(source, len(data))
    return data


def read_text_file(path: Path, limits: Limits = Limits()) -> Iterator[Article | InputError]:
    """The one article of a .txt file (or an InputError saying why not)."""
    source = str(path)
    try:
        text = decode_bytes(read_bytes(path, limits), source)
        yield text_article(text, id=file_id(path), source=source)
    except InputError as e:
        yield e
