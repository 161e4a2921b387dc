"""rasd's store: SQLite or PostgreSQL through one SQLAlchemy Core code path.

`Store.write_batch()` is the only writer of articles and events (one transaction, idempotent upserts);
`Store.transaction()` runs it together with other writes of the batch (the merge tables) in one
transaction. Reads go through `EventFilter`. See rasd.store.store, rasd.store.query, rasd.store.search, rasd.store.migrations.
"""
from rasd.store.query import EventFilter
from rasd.store.store import BatchResult, Store, Transaction

__all__ = ["Store", "Transaction", "EventFilter", "BatchResult"]
