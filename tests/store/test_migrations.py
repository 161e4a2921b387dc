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
    assert {"ix_events_date", "ix_events_merge_candidates", "ix_events_iso_date", "ix_events_map",
            "ix_events_type_fatalities", "ix_events_sub_type_date", "ix_events_actors"} <= indexes
    assert {"ix_events_actors_folded", "ix_events_actors_folded_trgm"} & indexes
    assert not {"ix_events_iso", "ix_events_latlon", "ix_events_candidates"} & indexes  # replaced by wider ones


def test_migrations_are_recorded_and_applied_once(store_url):
    with Store(store_url) as s:
        with s._engine.connect() as conn:
            names = list(conn.execute(select(migrations.c.name).order_by(migrations.c.name)).scalars())
        assert names == [name for name, _ in MIGRATIONS]
        assert migrate(s._engine) == []
    with Store(store_url) as again:  # re-opening migrates nothing and keeps working
        assert again.count_events() == 0


def _old_write(store, evs) -> None:
    """Events rows as a writer from before 0006 stored them (no precision columns)."""
    from rasd.store.store import _event_row

    rows = [{k: v for k, v in _event_row(e).items() if k not in ("time_precision", "geo_precision")}
            | {"updated_at": "2026-01-01T00:00:00+00:00"} for e in evs]
    with store._engine.begin() as conn:
        conn.execute(events.insert(), rows)


def test_migrations_0006_copies_the_precisions_and_indexes_merge_candidates(store_url, make_event, monkeypatch):
    """Rows stored before 0006 get their time and geo precision from their records; the merge's
    candidate lookup reads them (with the sub-event type and actors) from one covering index."""
    with monkeypatch.context() as m:
        m.setattr(migrations_module, "MIGRATIONS", [x for x in MIGRATIONS if x[0] < "0006"])
        with Store(store_url) as s:
            e = make_event("شنت طائرات غارة على سرت", article_id="old")
            _old_write(s, [e, make_event("قصف على سرت", article_id="vague").with_(time_precision=3)])
    with Store(store_url) as s:
        with s._engine.connect() as conn:
            got = sorted(conn.execute(select(events.c.time_precision, events.c.geo_precision)).all())
        assert got == [(e.time_precision, e.location.geo_precision), (3, e.location.geo_precision)]
        assert "ix_events_merge_candidates" in {i["name"] for i in inspect(s._engine).get_indexes("events")}
        points = s.candidate_points(date_from=e.event_date, date_to=e.event_date, bbox=(-180, -90, 180, 90),
                                    event_type=e.event_type.value)
        assert sorted(p[4:] for p in points) == sorted(
            [(e.sub_event_type.value, e.actor1, e.actor2, e.time_precision, e.location.geo_precision),
             (e.sub_event_type.value, e.actor1, e.actor2, 3, e.location.geo_precision)])


def test_migrations_0005_gives_known_countries_their_iso_code(store_url, make_event, monkeypatch):
    """Rows stored before `iso` was derived from the country name are back-filled, so a country filter
    can be `iso = ?` alone (and use its index)."""
    with monkeypatch.context() as m:
        m.setattr(migrations_module, "MIGRATIONS", [x for x in MIGRATIONS if x[0] < "0005"])
        with Store(store_url) as s:
            _old_write(s, [make_event("شنت طائرات غارة على سرت", article_id="old", country="Libya", iso="LY"),
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
