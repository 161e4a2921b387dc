"""Full-text search over folded text: the same semantics on SQLite and PostgreSQL.

A query is folded with `fold_string` (hamza/alef forms, teh marbuta, alef maksura, diacritics,
tatweel, digits, Latin case) and split into terms (words, or "quoted phrases"); a row matches when
its folded column contains every term as a substring. Substrings, because Arabic writes clitics onto
words: "قتل" finds "وقتل", "مقتل", "قتلى". On SQLite the terms of 3+ characters go through the FTS5
trigram index; on PostgreSQL through a pg_trgm GIN index with LIKE. Shorter terms are plain LIKE.
Ranking (both dialects): the number of term occurrences, then the newest.

>>> query_terms('قُتِلَ "مدينة سرت"')
['قتل', 'مدينه سرت']
"""
from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Integer, Table, and_, cast, func, literal_column, select, table

from rasd.arabic.normalize import fold, fold_string
from rasd.store.query import like_escape

MAX_TERMS = 16
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_EDGE = "\"'.,;:!?()[]{}<>«»،؛؟…-–—/\\|*"
_SPACES = re.compile(r"\s+")
_FTS_MIN = 3  # the trigram tokenizer cannot match terms shorter than this


def query_terms(query: str) -> list[str]:
    """Folded search terms of `query`: words and "quoted phrases", edge punctuation stripped."""
    out: list[str] = []
    for m in _TERM.finditer(fold_string(query)):
        term = _SPACES.sub(" ", (m.group(1) if m.group(1) is not None else m.group(2))).strip(_EDGE + " ")
        if term and term not in out:
            out.append(term)
    return out[:MAX_TERMS]


def fts_expression(terms: list[str]) -> str:
    """An FTS5 MATCH string: each term a quoted string (quotes doubled), all required."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def match_clause(dialect: str, tbl: Table, fts_name: str, terms: list[str], pk=None) -> ColumnElement[bool]:
    """Rows of `tbl` (with `pk` and `folded` columns) whose folded text contains every term (`pk`: the
    expression matched against the FTS rowids, default `tbl.c.pk`)."""
    conds: list[ColumnElement[bool]] = []
    indexed = [t for t in terms if len(t) >= _FTS_MIN]
    if dialect == "sqlite" and indexed:
        fts = table(fts_name, literal_column("rowid"))
        conds.append((tbl.c.pk if pk is None else pk).in_(
            select(literal_column("rowid")).select_from(fts)
            .where(literal_column(fts_name).op("MATCH")(fts_expression(indexed)))))
        rest = [t for t in terms if len(t) < _FTS_MIN]
    else:
        rest = terms
    conds.extend(tbl.c.folded.like(f"%{like_escape(t)}%", escape="\\") for t in rest)
    return and_(*conds)


def score_expression(tbl: Table, terms: list[str]) -> ColumnElement[int]:
    """How many times the terms occur in the folded text (same SQL on both dialects)."""
    parts = [cast((func.length(tbl.c.folded) - func.length(func.replace(tbl.c.folded, t, ""))) / len(t),
                  Integer) for t in terms]
    total = parts[0]
    for p in parts[1:]:
        total = total + p
    return total


def snippet(text: str, terms: list[str], width: int = 160) -> tuple[str, tuple[int, int] | None]:
    """A window of the ORIGINAL text around the first match, and the match's offsets in the window.

    >>> snippet("قال مسؤول إن مسلحين قَتلوا ثلاثة", ["قتلوا"], width=20)
    ('…مسلحين قَتلوا…', (8, 14))
    """
    folded, omap = fold(text)
    best: tuple[int, int] | None = None
    for t in terms:
        i = folded.find(t)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, i + len(t))
    if best is None:
        cut = text[:width]
        return cut.replace("\n", " ") + ("…" if len(text) > width else ""), None
    s, e = omap.to_original(*best)
    a = max(0, s - width // 2)
    b = min(len(text), max(e, a + width))
    if a > 0:  # start at a word boundary
        sp = text.find(" ", a, s)
        a = sp + 1 if sp >= 0 else a
    if b < len(text):
        sp = text.rfind(" ", e, b)
        b = sp if sp >= 0 else b
    pre = "…" if a > 0 else ""
    body = text[a:b].replace("\n", " ")
    return pre + body + ("…" if b < len(text) else ""), (len(pre) + s - a, len(pre) + e - a)
