"""The store's tables as SQLAlchemy Core objects: the CURRENT schema, used to build queries.

The database itself is created and upgraded only by the named migrations in
`rasd.store.migrations`; a test checks that a migrated database has exactly these columns. To change
a table, add a migration AND change it here.

- `articles`: one row per article id (`content_hash` decides whether a re-ingest replaces it);
  `folded` = fold_string(title + text), searched by FTS5 (SQLite) or pg_trgm (PostgreSQL).
- `article_spans`: the annotations found per article (kind, start, end, label), for /api/articles.
- `events`: one row per event_id; `record` is `Event.to_record()` as JSON text (the source of truth),
  the other columns are copies for filtering and indexing; `folded` is the evidence, notes, actor and
  place names folded, for `EventFilter.q`.
- `event_articles`: which articles support which event (no foreign key to `articles`: an event may
  cite an article stored in another batch or not stored at all).
- `migrations`: the names of the applied migrations.
"""
from __future__ import annotations

from sqlalchemy import (Column, Date, Float, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text)

metadata = MetaData()

migrations = Table(
    "migrations", metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(300), nullable=False, unique=True),
    Column("content_hash", String(40), nullable=False),
    Column("title", Text),
    Column("published", Date),
    Column("outlet", Text),
    Column("url", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("folded", Text, nullable=False),
    Column("stored_at", String(40), nullable=False),
)

article_spans = Table(
    "article_spans", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("label", Text),
    Index("ix_article_spans_article", "article_pk"),
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), nullable=False, unique=True),
    Column("event_date", Date),
    Column("event_type", String(60), nullable=False),
    Column("sub_event_type", String(60), nullable=False),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("actors_folded", Text, nullable=False),
    Column("country", Text),
    Column("iso", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("fatalities", Integer),
    Column("folded", Text, nullable=False),
    Column("record", Text, nullable=False),
    Column("record_hash", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("time_precision", Integer),   # copies of the record's, for merge candidates
    Column("geo_precision", Integer),
    # indexes (created by the migrations): ix_events_date (event_date DESC, event_id),
    # ix_events_merge_candidates (event_type, event_date, lat, lon, sub_event_type, actor1, actor2,
    # time_precision, geo_precision, pk), ix_events_iso_date (iso,
    # event_date DESC, event_id), ix_events_map (lat, lon, event_type, fatalities),
    # ix_events_type_fatalities, ix_events_sub_type_date (sub_event_type, event_date DESC, event_id),
    # ix_events_actors (actor1, actor2), ix_events_actors_folded (SQLite) or
    # ix_events_actors_folded_trgm (PG), ix_events_folded_trgm (PG)
)

event_articles = Table(
    "event_articles", metadata,
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String(300), primary_key=True),
    Index("ix_event_articles_article", "article_id"),
)
