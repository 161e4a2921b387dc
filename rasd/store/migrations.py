"""Named migrations: the only code that creates or changes the database schema.

Each migration is `(name, function(conn))`, applied once, in order, inside one transaction, and
recorded in the `migrations` table. The DDL of a migration is frozen: never edit a migration that
has shipped; add a new one (and update `rasd.store.schema`, which a test compares to a migrated
database). Dialect-specific DDL (FTS5 on SQLite, pg_trgm on PostgreSQL) lives inside a migration.

>>> [name for name, _ in MIGRATIONS][:2]
['0001_initial_tables', '0002_folded_text_search']
>>> MIGRATIONS[4][0]
'0005_filter_indexes'
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import (Column, Connection, Date, Engine, Float, ForeignKey, Index, Integer,
                        MetaData, String, Table, Text, insert, select, text)

from rasd.resources.countries import country_by_key
from rasd.store.schema import migrations as migrations_table

# A fixed key for pg_advisory_xact_lock so that two processes opening a fresh database migrate one
# after the other ("rasd" in ASCII).
_PG_LOCK_KEY = 0x72617364


def _initial_tables(conn: Connection) -> None:
    """The schema as first shipped (frozen copy; see rasd.store.schema for the current one)."""
    md = MetaData()
    Table("articles", md,
          Column("pk", Integer, primary_key=True, autoincrement=True),
          Column("id", String(300), nullable=False, unique=True),
          Column("content_hash", String(40), nullable=False),
          Column("title", Text), Column("published", Date), Column("outlet", Text),
          Column("url", Text), Column("origin", Text),
          Column("text", Text, nullable=False), Column("folded", Text, nullable=False),
          Column("stored_at", String(40), nullable=False))
    Table("article_spans", md,
          Column("pk", Integer, primary_key=True, autoincrement=True),
          Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
          Column("kind", String(20), nullable=False),
          Column("span_start", Integer, nullable=False), Column("span_end", Integer, nullable=False),
          Column("label", Text),
          Index("ix_article_spans_article", "article_pk"))
    Table("events", md,
          Column("pk", Integer, primary_key=True, autoincrement=True),
          Column("event_id", String(64), nullable=False, unique=True),
          Column("event_date", Date),
          Column("event_type", String(60), nullable=False),
          Column("sub_event_type", String(60), nullable=False),
          Column("actor1", Text), Column("actor2", Text),
          Column("actors_folded", Text, nullable=False),
          Column("country", Text), Column("iso", String(2)),
          Column("lat", Float), Column("lon", Float),
          Column("fatalities", Integer),
          Column("folded", Text, nullable=False),
          Column("record", Text, nullable=False),
          Column("record_hash", String(40), nullable=False),
          Column("updated_at", String(40), nullable=False),
          Index("ix_events_latlon", "lat", "lon"),
          Index("ix_events_type_date", "event_type", "event_date"),
          Index("ix_events_iso", "iso"))
    Table("event_articles", md,
          Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
          Column("article_id", String(300), primary_key=True),
          Index("ix_event_articles_article", "article_id"))
    md.create_all(conn)
    # events() and iter_events() read in (event_date desc nulls last, event_id) order: one index
    # serves that order, the keyset pages and the date ranges of candidate_events().
    nulls = " NULLS LAST" if conn.dialect.name == "postgresql" else ""  # SQLite: NULL sorts last in DESC
    conn.exec_driver_sql(f"CREATE INDEX ix_events_date ON events (event_date DESC{nulls}, event_id)")


# SQLite: FTS5 external-content tables over the folded columns, kept in step by triggers. The
# trigram tokenizer matches substrings, so "قتل" also finds "وقتل" and "مقتل" (Arabic attaches
# clitics to words); PostgreSQL's pg_trgm + LIKE gives the same semantics.
_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(folded, content='articles', content_rowid='pk', "
    "tokenize='trigram')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, folded) VALUES (new.pk, new.folded); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, folded) VALUES ('delete', old.pk, old.folded); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF folded ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, folded) VALUES ('delete', old.pk, old.folded); "
    "INSERT INTO articles_fts(rowid, folded) VALUES (new.pk, new.folded); END",
    "CREATE VIRTUAL TABLE events_fts USING fts5(folded, content='events', content_rowid='pk', "
    "tokenize='trigram')",
    "CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, folded) VALUES (new.pk, new.folded); END",
    "CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, folded) VALUES ('delete', old.pk, old.folded); END",
    "CREATE TRIGGER events_fts_au AFTER UPDATE OF folded ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, folded) VALUES ('delete', old.pk, old.folded); "
    "INSERT INTO events_fts(rowid, folded) VALUES (new.pk, new.folded); END",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
]

_POSTGRES_TRGM = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_articles_folded_trgm ON articles USING gin (folded gin_trgm_ops)",
    "CREATE INDEX ix_events_folded_trgm ON events USING gin (folded gin_trgm_ops)",
]


def _folded_text_search(conn: Connection) -> None:
    """Substring search over the folded columns: FTS5 trigram (SQLite) or pg_trgm GIN (PostgreSQL)."""
    statements = _SQLITE_FTS if conn.dialect.name == "sqlite" else _POSTGRES_TRGM
    for sql in statements:
        conn.exec_driver_sql(sql)


def _merge_tables(conn: Connection) -> None:
    """rasd.merge's tables (frozen copy; the current ones are declared in rasd.merge): which event
    each source is part of and why (merge_sources), analysts' do-not-merge pairs (merge_blocks),
    article MinHash signatures and their LSH bands, near-copy aliases of articles."""
    md = MetaData()
    Table("merge_sources", md,
          Column("article_id", String(300), primary_key=True),
          Column("span_start", Integer, primary_key=True),
          Column("span_end", Integer, primary_key=True),
          Column("event_id", String(64), nullable=False),
          Column("member", Text), Column("explanation", Text),
          Column("updated_at", String(40), nullable=False),
          Index("ix_merge_sources_event", "event_id"))
    Table("merge_blocks", md,
          Column("key_a", String(400), primary_key=True),
          Column("key_b", String(400), primary_key=True),
          Column("created_at", String(40), nullable=False))
    Table("article_signatures", md,
          Column("article_id", String(300), primary_key=True),
          Column("content_hash", String(40), nullable=False),
          Column("minhash", Text, nullable=False))
    Table("article_bands", md,
          Column("band", Integer, primary_key=True),
          Column("hash", String(16), primary_key=True),
          Column("article_id", String(300), primary_key=True),
          Index("ix_article_bands_article", "article_id"))
    Table("article_aliases", md,
          Column("alias_id", String(300), primary_key=True),
          Column("canonical_id", String(300), nullable=False),
          Column("outlet", Text), Column("url", Text), Column("published", String(10)),
          Column("similarity", Float),
          Column("created_at", String(40), nullable=False),
          Index("ix_article_aliases_canonical", "canonical_id"))
    md.create_all(conn)


def _candidate_index(conn: Connection) -> None:
    """Merge candidates (Store.candidate_points: type, date range, box) read from one covering
    index, without touching the table: a cold store answers them from a few index pages. It
    replaces ix_events_type_date, its prefix."""
    conn.exec_driver_sql("CREATE INDEX ix_events_candidates ON events (event_type, event_date, lat, lon, pk)")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_events_type_date")


def _filter_indexes(conn: Connection) -> None:
    """Indexes for the API's filters and aggregates at 1M events (bench/RESULTS.md, "API latency").

    - every event with a known country gets its ISO code (rows written before `iso` was derived from
      the name), so a country filter is `iso = ?` alone and ranges over
      ix_events_iso_date (iso, event_date DESC, event_id): counts index-only, pages in order;
    - ix_events_map (lat, lon, event_type, fatalities): map cells and bbox counts index-only;
      replaces ix_events_latlon, its prefix;
    - ix_events_type_fatalities (event_type, fatalities): "type + at least N deaths";
    - ix_events_sub_type_date (sub_event_type, event_date DESC, event_id): sub-type filters in order;
    - ix_events_actors (actor1, actor2): /api/stats's per-actor counts from the index;
    - actor substring (`actors_folded LIKE '%…%'`): SQLite scans the small index
      ix_events_actors_folded instead of the table; PostgreSQL a pg_trgm GIN index.
    """
    pg = conn.dialect.name == "postgresql"
    for (name,) in conn.exec_driver_sql(
            "SELECT DISTINCT country FROM events WHERE iso IS NULL AND country IS NOT NULL").all():
        known = country_by_key(name)
        if known is not None:
            conn.execute(text("UPDATE events SET iso = :iso WHERE iso IS NULL AND country = :name"),
                         {"iso": known.iso2.upper(), "name": name})
    nulls = " NULLS LAST" if pg else ""
    for sql in (
        f"CREATE INDEX ix_events_iso_date ON events (iso, event_date DESC{nulls}, event_id)",
        "DROP INDEX ix_events_iso",
        "CREATE INDEX ix_events_map ON events (lat, lon, event_type, fatalities)",
        "DROP INDEX ix_events_latlon",
        "CREATE INDEX ix_events_type_fatalities ON events (event_type, fatalities)",
        f"CREATE INDEX ix_events_sub_type_date ON events (sub_event_type, event_date DESC{nulls}, event_id)",
        "CREATE INDEX ix_events_actors ON events (actor1, actor2)",
        ("CREATE INDEX ix_events_actors_folded_trgm ON events USING gin (actors_folded gin_trgm_ops)" if pg
         else "CREATE INDEX ix_events_actors_folded ON events (actors_folded)"),
    ):
        conn.exec_driver_sql(sql)


def _merge_candidates(conn: Connection) -> None:
    """Merge candidates (Store.candidate_points) with what the merge's cheap early no reads: the
    events' time and geo precision become columns (back-filled from the records), and the covering
    index ix_events_merge_candidates (type, date, lat, lon, sub-event type, actors, precisions)
    replaces ix_events_candidates, its prefix. So a merge drops, from the index alone, the stored
    events no new event can join (contradicting sub-event types, different known actors) before
    reading their rows (at 1M events: 5,510 of 7,830 rows read; bench/RESULTS.md, "Merging")."""
    conn.exec_driver_sql("ALTER TABLE events ADD COLUMN time_precision INTEGER")
    conn.exec_driver_sql("ALTER TABLE events ADD COLUMN geo_precision INTEGER")
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("UPDATE events SET time_precision = (record::json->>'time_precision')::int, "
                             "geo_precision = (record::json->'location'->>'geo_precision')::int")
    else:
        conn.exec_driver_sql("UPDATE events SET time_precision = json_extract(record, '$.time_precision'), "
                             "geo_precision = json_extract(record, '$.location.geo_precision')")
    conn.exec_driver_sql("CREATE INDEX ix_events_merge_candidates ON events (event_type, event_date, lat, lon, "
                         "sub_event_type, actor1, actor2, time_precision, geo_precision, pk)")
    conn.exec_driver_sql("DROP INDEX ix_events_candidates")


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_initial_tables", _initial_tables),
    ("0002_folded_text_search", _folded_text_search),
    ("0003_merge_tables", _merge_tables),
    ("0004_candidate_index", _candidate_index),
    ("0005_filter_indexes", _filter_indexes),
    ("0006_merge_candidates", _merge_candidates),
]


def applied(conn: Connection) -> set[str]:
    if not conn.dialect.has_table(conn, "migrations"):
        return set()
    return set(conn.execute(select(migrations_table.c.name)).scalars())


def pending(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        done = applied(conn)
    return [name for name, _ in MIGRATIONS if name not in done]


def migrate(engine: Engine) -> list[str]:
    """Apply the pending migrations in one transaction; return their names (empty if up to date).

    Two processes opening a new database at once do not both migrate: SQLite takes the write lock
    first (BEGIN IMMEDIATE, see rasd.store.store), PostgreSQL an advisory lock; the list of applied
    migrations is re-read under the lock.
    """
    if not pending(engine):
        return []
    done: list[str] = []
    with engine.connect().execution_options(rasd_write=True) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        migrations_table.create(conn, checkfirst=True)
        already = applied(conn)
        for name, fn in MIGRATIONS:
            if name in already:
                continue
            fn(conn)
            conn.execute(insert(migrations_table).values(
                name=name, applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
            done.append(name)
    return done
