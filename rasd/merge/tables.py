"""rasd.merge's tables (created by the store's migration 0003_merge_tables) and their plumbing.

- `merge_sources`: which event each source (article + evidence span) is part of, the event as
  extracted from it, and why it was merged (for `explain` and `split`).
- `merge_blocks`: analysts' do-not-merge pairs (from `split`).
- `article_signatures`, `article_bands`: MinHash signatures and LSH bands of canonical articles.
- `article_aliases`: near-copies of stored articles (another outlet / URL of the same article).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

from sqlalchemy import Column, Connection, Float, Index, Integer, MetaData, String, Table, Text, select

merge_metadata = MetaData()

# Which event each source (article + evidence span) is part of, the event as first extracted from
# it (`member`, Event.to_record() JSON: what `split` restores) and why it was merged (`explanation`,
# compatible()'s dict as JSON; NULL for the event's first report).
merge_sources = Table(
    "merge_sources", merge_metadata,
    Column("article_id", String(300), primary_key=True),
    Column("span_start", Integer, primary_key=True),
    Column("span_end", Integer, primary_key=True),
    Column("event_id", String(64), nullable=False),
    Column("member", Text),
    Column("explanation", Text),
    Column("updated_at", String(40), nullable=False),
    Index("ix_merge_sources_event", "event_id"),
)
# Do-not-merge pairs recorded by `split`, both directions: source keys ("a1@12:80"), "art:<id>",
# "ev:<event id>".
merge_blocks = Table(
    "merge_blocks", merge_metadata,
    Column("key_a", String(400), primary_key=True),
    Column("key_b", String(400), primary_key=True),
    Column("created_at", String(40), nullable=False),
)
# MinHash signature of each canonical article, and its LSH bands (band number, band hash).
article_signatures = Table(
    "article_signatures", merge_metadata,
    Column("article_id", String(300), primary_key=True),
    Column("content_hash", String(40), nullable=False),
    Column("minhash", Text, nullable=False),
)
article_bands = Table(
    "article_bands", merge_metadata,
    Column("band", Integer, primary_key=True),
    Column("hash", String(16), primary_key=True),
    Column("article_id", String(300), primary_key=True),
    Index("ix_article_bands_article", "article_id"),
)
# A near-copy of a stored article: kept as one article (the canonical one) with several outlets/URLs.
article_aliases = Table(
    "article_aliases", merge_metadata,
    Column("alias_id", String(300), primary_key=True),
    Column("canonical_id", String(300), nullable=False),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", String(10)),
    Column("similarity", Float),
    Column("created_at", String(40), nullable=False),
    Index("ix_article_aliases_canonical", "canonical_id"),
)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _chunks(seq: Sequence[Any], n: int = 500) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _upsert(conn: Connection, tbl: Table, rows: list[dict[str, Any]], keys: Sequence[str],
            update: Sequence[str] = ()) -> None:
    """INSERT ... ON CONFLICT (keys) DO UPDATE (the `update` columns) or DO NOTHING."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    stmt = dialect_insert(tbl)
    if update:
        stmt = stmt.on_conflict_do_update(index_elements=list(keys),
                                          set_={k: stmt.excluded[k] for k in update})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    conn.execute(stmt, rows)


# The store's connections, through its public API: `db` is a rasd.store.Store (each call its own
# connection / transaction) or a rasd.store.Transaction (everything in that one transaction, so the
# merge tables commit or roll back with the batch's articles and events).
def _read(db: Any, action: str):
    return db.reading(action)


def _write(db: Any, action: str):
    return db.writing(action)


def _load_blocks(store: Any, keys: Iterable[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    with _read(store, "read do-not-merge pairs") as conn:
        for chunk in _chunks(sorted(set(keys))):
            for a, b in conn.execute(select(merge_blocks.c.key_a, merge_blocks.c.key_b)
                                     .where(merge_blocks.c.key_a.in_(chunk))):
                out[a].add(b)
    return out
