"""rasd/store/migrations.py: named migrations create exactly the schema in rasd/store/schema.py."""
from __future__ import annotations

from sqlalchemy import inspect, select

from rasd.store import Store
from rasd.store.migrations import MIGRATIONS, migrate
from rasd.store.schema import metadata, migrations


def test_migrations_create_the_declared_schema(store):
    insp = inspect(store._engine)
    for table in metadata.sorted_tables:
        stored = {c["name"] for c in insp.get_columns(table.name)}
        assert stored == {c.name for c in table.columns}, table.name
    indexes = {i["name"] for i in insp.get_indexes("events")}
    assert {"ix_events_date", "ix_events_latlon", "ix_events_candidates", "ix_events_iso"} <= indexes


def test_migrations_are_recorded_and_applied_once(store_url):
    with Store(store_url) as s:
        with s._engine.connect() as conn:
            names = list(conn.execute(select(migrations.c.name).order_by(migrations.c.name)).scalars())
        assert names == [name for name, _ in MIGRATIONS]
        assert migrate(s._engine) == []
    with Store(store_url) as again:  # re-opening migrates nothing and keeps working
        assert again.count_events() == 0
