"""rasd's store: SQLite or PostgreSQL through one SQLAlchemy Core code path.

`Store.write_batch()` is the only writer (one transaction, idempotent upserts); reads go through
`EventFilter`. See rasd.store.store, rasd.store.query, rasd.store.search, rasd.store.migrations.
"""
from rasd.store.query import EventFilter
from rasd.store.store import BatchResult, Store

__all__ = ["Store", "EventFilter", "BatchResult"]
