"""rasd/store/migrations.py: named migrations create exactly the schema in rasd/store/schema.py."""
from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, select, update

import rasd.store.migrations as migrations_module

from rasd.store import EventFilter, Store
from rasd.store.migrations import MIGRATIONS, migrate
from rasd.store.schema import events, metadata, migrations


def test_migrations_create_the_declared_schema(store):
    insp = inspect(store._engine)
    for table in metadata.sorted_tables:
        stored = {c["name"] for c in insp.get_columns(table.name)}
        assert stored == {c.name for c in table.columns}, table.name
    indexes = {i["name"] for i in insp.get_indexes("events")}
    assert {"ix_events_date", "ix_events_candidates", "ix_events_iso_date", "ix_events_map",
            "ix_events_type_fatalities", "ix_events_sub_type_date", "ix_events_actors"} <= indexes
    assert {"ix_events_actors_folded", "ix_events_actors_folded_trgm"} & indexes
    assert not {"ix_events_iso", "ix_events_latlon"} & indexes  # replaced by wider ones


def test_migrations_are_recorded_and_applied_once(store_url):
    with Store(store_url) as s:
        with s._engine.connect() as conn:
            names = list(conn.execute(select(migrations.c.name).order_by(migrations.c.name)).scalars())
        assert names == [name for name, _ in MIGRATIONS]
        assert migrate(s._engine) == []
    with Store(store_url) as again:  # re-opening migrates nothing and keeps working
        assert again.count_events() == 0


def test_migrations_0005_gives_known_countries_their_iso_code(store_url, make_event, monkeypatch):
    """Rows stored before `iso` was derived from the country name are back-filled, so a country filter
    can be `iso = ?` alone (and use its index)."""
    with monkeypatch.context() as m:
        m.setattr(migrations_module, "MIGRATIONS", [x for x in MIGRATIONS if x[0] < "0005"])
        with Store(store_url) as s:
            s.write_batch([], [make_event("شنت طائرات غارة على سرت", article_id="old", country="Libya", iso="LY"),
                               make_event("قصف على بلدة مجهولة", article_id="odd", country="Narnia", iso=None,
                                          event_date=date(2016, 8, 3))])
            with s._engine.begin() as conn:  # as an old writer left them: the name without the code
                conn.execute(update(events).values(iso=None))
    with Store(store_url) as s:
        with s._engine.connect() as conn:
            assert "0005_filter_indexes" in set(conn.execute(select(migrations.c.name)).scalars())
            got = dict(conn.execute(select(events.c.country, events.c.iso)).all())
        assert got == {"Libya": "LY", "Narnia": None}
        assert [e.sources[0].article_id for e in s.events(EventFilter(country="LY"))] == ["old"]
        assert [e.sources[0].article_id for e in s.events(EventFilter(country="narnia"))] == ["odd"]
