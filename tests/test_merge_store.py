"""rasd/merge with the store (a real SQLite file and a real PostgreSQL database): incremental merging,
re-ingest, explain, split, copies of articles."""
from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import inspect

from rasd.errors import InputError
from rasd.merge import (deduplicate, explain, find_near_duplicate, merge_into_store, merge_metadata,
                        record_signature, split)
from rasd.model import Article
from rasd.resources.acled import SubEventType as S
from tests.test_merge import AAWSAT, COPY, HAMA, JAZEERA, REWRITE, WIRE, ev

OBSERVER = "أفاد المرصد السوري لحقوق الإنسان بأن طائرات النظام شنت غارة على معرة النعمان أسفرت عن مقتل مدنيين."


def _ingest(store, events):
    result = merge_into_store(store, events)
    store.write_batch([], result.events_to_write)
    return result


def test_merge_store_has_the_merge_tables(store):
    insp = inspect(store._engine)
    for table in merge_metadata.sorted_tables:
        assert {c["name"] for c in insp.get_columns(table.name)} == {c.name for c in table.columns}
    assert "ix_article_aliases_canonical" in {i["name"] for i in insp.get_indexes("article_aliases")}


def test_merge_store_new_outlet_joins_the_stored_event_keeping_its_id(store):
    a = ev(AAWSAT, article="aawsat-1", fatalities=2)
    _ingest(store, [a])
    b = ev(JAZEERA, article="jazeera-7", outlet="Al Jazeera", published=date(2015, 8, 3), fatalities=3)
    result = _ingest(store, [b])
    assert [e.event_id for e in result.events_to_write] == [a.event_id]
    assert [(n, into) for n, into, _ in result.merged] == [(b.event_id, a.event_id)]
    stored = store.get_event(a.event_id)
    assert [s.article_id for s in stored.sources] == ["aawsat-1", "jazeera-7"]
    assert store.get_event(b.event_id) is None
    assert store.count_events() == 1


def test_merge_store_far_strike_same_day_is_a_new_event(store):
    _ingest(store, [ev(AAWSAT, article="a1")])
    far = ev("قصفت الطائرات الحربية أحياء في مدينة حماة صباح اليوم.", place=HAMA, article="a2")
    result = _ingest(store, [far])
    assert [e.event_id for e in result.events_to_write] == [far.event_id] and not result.merged
    assert store.count_events() == 2


def test_merge_store_reingest_adds_nothing(store):
    events = [ev(AAWSAT, article="a1"), ev(JAZEERA, article="a2", outlet="Al Jazeera"),
              ev(OBSERVER, article="a3", outlet="SOHR", published=date(2015, 8, 3)),
              ev("اشتباكات في معرة النعمان", sub=S.ARMED_CLASH, article="a4", day=None)]
    first = _ingest(store, events)
    assert len(first.events_to_write) == 2
    before = sorted((e.event_id, len(e.sources)) for e in store.events())
    again = merge_into_store(store, events)
    assert again.events_to_write == [] and again.merged == [] and again.unchanged == 4
    assert store.write_batch([], again.events_to_write).events_added == 0
    assert sorted((e.event_id, len(e.sources)) for e in store.events()) == before


def test_merge_store_explain_says_why_each_source_was_merged(store):
    a = ev(AAWSAT, article="aawsat-1")
    b = ev(JAZEERA, article="jazeera-7", outlet="Al Jazeera", day=date(2015, 8, 2), tp=2)
    _ingest(store, [a])
    _ingest(store, [b])
    rows = explain(store, a.event_id)
    assert [r["article_id"] for r in rows] == ["aawsat-1", "jazeera-7"]
    assert rows[0]["role"] == "first report"
    assert rows[1]["role"] == "merged" and rows[1]["day_gap"] == 1 and rows[1]["distance_km"] == 0.0
    assert {"event_type", "event_date", "location", "actors"} <= set(rows[1]["agreed"])
    assert rows[1]["evidence"]["text"] == JAZEERA
    assert explain(store, "ev_missing") == []


def test_merge_store_split_survives_reingest(store):
    a = ev(AAWSAT, article="aawsat-1", fatalities=2)
    b = ev(JAZEERA, article="jazeera-7", outlet="Al Jazeera", fatalities=3)
    _ingest(store, [a, b])
    assert len(store.get_event(a.event_id).sources) == 2
    moved = split(store, a.event_id, "jazeera-7")
    assert moved == b.event_id
    assert [s.article_id for s in store.get_event(a.event_id).sources] == ["aawsat-1"]
    out = store.get_event(moved)
    assert [s.article_id for s in out.sources] == ["jazeera-7"] and out.fatalities == 3
    assert store.get_event(a.event_id).fatalities == 2
    # the same article ingested again, and re-extracted with another evidence span: still apart
    assert merge_into_store(store, [b]).events_to_write == []
    b2 = ev(JAZEERA, "بغارة جوية شنها الطيران الحربي التابع للنظام على معرة النعمان", article="jazeera-7")
    result = _ingest(store, [b2])
    assert all(into != a.event_id for _, into, _ in result.merged)
    assert [s.article_id for s in store.get_event(a.event_id).sources] == ["aawsat-1"]
    # a third outlet still merges (into one of them)
    c = ev(OBSERVER, article="sohr-1", outlet="SOHR", published=date(2015, 8, 3))
    assert len(_ingest(store, [c]).merged) == 1


def test_merge_store_split_refuses_bad_requests(store):
    a = ev(AAWSAT, article="aawsat-1")
    _ingest(store, [a])
    with pytest.raises(InputError, match="only article"):
        split(store, a.event_id, "aawsat-1")
    with pytest.raises(InputError, match="not a source"):
        split(store, a.event_id, "other")
    with pytest.raises(InputError, match="no such event"):
        split(store, "ev_missing", "aawsat-1")


def test_merge_store_near_copy_is_an_alias_and_a_rewrite_is_not(store):
    original = Article("alriyadh-9216", WIRE, outlet="Al Riyadh", url="http://alriyadh.com/9216")
    store.write_batch([original], [])
    assert deduplicate(store, original) is None                       # first seen: recorded
    assert find_near_duplicate(store, original) is None               # exact re-ingest: not its own copy
    copy = Article("alweeam-1", COPY, outlet="Al Weeam", url="http://alweeam.com.sa/1")
    assert deduplicate(store, copy) == "alriyadh-9216"
    assert find_near_duplicate(store, copy) == "alriyadh-9216"        # remembered as an alias
    rewrite = Article("aawsat-5", REWRITE, outlet="Asharq Al-Awsat")
    assert find_near_duplicate(store, rewrite) is None
    record_signature(store, rewrite)
    record_signature(store, rewrite)                                  # idempotent
    e = ev(WIRE, "غارة أميركية استهدفته في ولاية باكتيكا", article="alriyadh-9216", outlet="Al Riyadh")
    _ingest(store, [e])
    [row] = explain(store, e.event_id)
    assert row["also_published_by"] == [{"article_id": "alweeam-1", "outlet": "Al Weeam",
                                         "url": "http://alweeam.com.sa/1"}]


# ---------------------------------------------------------------- one batch, one transaction

def _merge_rows(store) -> list[tuple]:
    from sqlalchemy import select

    from rasd.merge.tables import merge_sources
    with store.reading("read merged sources") as conn:
        return sorted(tuple(r) for r in conn.execute(select(
            merge_sources.c.article_id, merge_sources.c.span_start, merge_sources.c.span_end,
            merge_sources.c.event_id, merge_sources.c.member, merge_sources.c.explanation)))


def _ingest_batch(store, articles, events, extra=()):
    with store.transaction() as tx:
        result = merge_into_store(tx, events)
        return result, tx.write_batch(articles, [*result.events_to_write, *extra])


def test_merge_store_failed_batch_writes_nothing_and_rerun_stores_it_once(store):
    from rasd.errors import StoreError

    first = ev(AAWSAT, article="aawsat-1")
    _ingest_batch(store, [Article("aawsat-1", AAWSAT, outlet="Asharq Al-Awsat")], [first])
    before_events = sorted((e.event_id, len(e.sources)) for e in store.events())
    before_merge = _merge_rows(store)
    # batch 2: another outlet's report (joins the stored event), a far strike (a new event), and a
    # broken record that makes the writer raise after the merge tables and the articles were written
    joins = ev(JAZEERA, article="jazeera-7", outlet="Al Jazeera")
    far = ev("قصفت الطائرات الحربية أحياء في مدينة حماة صباح اليوم.", place=HAMA, article="hama-2")
    arts = [Article("jazeera-7", JAZEERA, outlet="Al Jazeera"), Article("hama-2", far.sources[0].text)]
    bad = far.with_(event_id="ev_broken", event_date="2015-08-01")   # not a date: cannot be stored
    with pytest.raises(StoreError, match="ev_broken.*nothing from this batch was written"):
        _ingest_batch(store, arts, [joins, far], extra=[bad])
    assert store.article_ids() == {"aawsat-1"}
    assert sorted((e.event_id, len(e.sources)) for e in store.events()) == before_events
    assert _merge_rows(store) == before_merge
    # running the batch again (without the broken record) stores all of it, once
    result, written = _ingest_batch(store, arts, [joins, far])
    assert (written.articles_added, written.events_added, written.events_updated) == (2, 1, 1)
    assert [s.article_id for s in store.get_event(first.event_id).sources] == ["aawsat-1", "jazeera-7"]
    assert store.count_events() == 2
    rows = _merge_rows(store)
    assert {r[0] for r in rows} == {"aawsat-1", "jazeera-7", "hama-2"} and len(rows) == 3
    again, rewritten = _ingest_batch(store, arts, [joins, far])
    assert again.events_to_write == [] and rewritten == rewritten.__class__(0, 2, 0, 0)
    assert _merge_rows(store) == rows and store.count_events() == 2


def test_merge_store_transaction_sees_its_own_writes_and_rolls_back(store):
    a = ev(AAWSAT, article="aawsat-1")
    with pytest.raises(RuntimeError, match="stop"):
        with store.transaction() as tx:
            tx.write_batch([], [a])
            assert tx.get_event(a.event_id) == a          # inside: visible
            assert [e.event_id for e in tx.candidate_events(
                date_from=date(2015, 7, 31), date_to=date(2015, 8, 2))] == [a.event_id]
            raise RuntimeError("stop")
    assert store.get_event(a.event_id) is None and store.count_events() == 0


def test_merge_store_split_is_one_transaction(store, monkeypatch):
    import rasd.merge.incremental as inc

    a = ev(AAWSAT, article="aawsat-1", fatalities=2)
    b = ev(JAZEERA, article="jazeera-7", outlet="Al Jazeera", fatalities=3)
    _ingest(store, [a, b])
    rows = _merge_rows(store)

    def broken(*args, **kwargs):
        raise RuntimeError("crash while recording the split")

    monkeypatch.setattr(inc, "_upsert", broken)   # fails after the two events were rewritten
    with pytest.raises(RuntimeError, match="crash"):
        split(store, a.event_id, "jazeera-7")
    monkeypatch.undo()
    assert [s.article_id for s in store.get_event(a.event_id).sources] == ["aawsat-1", "jazeera-7"]
    assert store.get_event(b.event_id) is None and _merge_rows(store) == rows
    assert split(store, a.event_id, "jazeera-7") == b.event_id
    assert [s.article_id for s in store.get_event(a.event_id).sources] == ["aawsat-1"]


@pytest.mark.parametrize("enabled", [True, False])
def test_merge_store_pauses_the_cyclic_gc_and_restores_it_even_on_errors(store, monkeypatch, enabled):
    import gc

    seen = []

    def lookup(*args, **kwargs):
        seen.append(gc.isenabled())
        raise RuntimeError("disk gone")

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        result = merge_into_store(store, [ev(AAWSAT, article="a1")])   # a normal merge first
        assert len(result.events_to_write) == 1 and gc.isenabled() is enabled
        monkeypatch.setattr(store, "candidate_points", lookup)
        with pytest.raises(RuntimeError, match="disk gone"):
            merge_into_store(store, [ev(AAWSAT, article="a2")])
        assert seen == [False]                 # paused during the merge
        assert gc.isenabled() is enabled       # as before it, also after an error
    finally:
        gc.enable() if was else gc.disable()


class _WithoutCitations:
    """A store without `event_pks_citing`: the candidate lookup then applies no early no."""

    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        if name == "event_pks_citing":
            raise AttributeError(name)
        return getattr(self._store, name)


def test_merge_store_early_no_on_the_index_changes_no_merge(store):
    """Stored candidates that no new event could join are left out before their rows are read (from
    the index's sub-event type, actors and precisions); the merge is the same as with all of them —
    with coarse precisions, shared sources (re-ingest), undated and unplaced new events."""
    from datetime import timedelta

    from rasd.merge.incremental import _fetch_candidates
    from rasd.merge.rules import _settings
    from rasd.model import Event, Location, Source, Span

    rng = random.Random(3)
    subs = [S.AIR_STRIKE, S.SHELLING, S.SUICIDE_BOMB, S.ARMED_CLASH, S.ARRESTS, S.PEACEFUL_PROTEST]
    actors = [None, "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-)", "Islamic State (Syria)",
              "Hayat Tahrir al-Sham", "Military Forces of Russia (2000-)", "Syrian Democratic Forces"]

    def make(i: int, aid: str, *, placed=True, dated=True) -> Event:
        text = AAWSAT[: 20 + i % 40]
        sub = rng.choice(subs)
        day = date(2015, 8, 1) + timedelta(days=rng.randrange(0, 30)) if dated else None
        lat, lon = (35.6 + rng.uniform(-0.6, 0.6), 36.6 + rng.uniform(-0.6, 0.6)) if placed else (None, None)
        src = Source(aid, "o", date(2015, 8, 14), Span(0, len(text)), text)
        return Event(f"ev-{aid}-{i}", day, rng.choice([1, 1, 1, 2, 3]), sub, rng.choice(actors), rng.choice(actors),
                     Location("Maarrat", "معرة النعمان", lat, lon, rng.choice([1, 1, 2, 3]) if placed else 3,
                              None, "Syria", None), (src,), fatalities=rng.choice([None, 1, 4]))

    olds = [make(i, f"old-{i}") for i in range(300)]
    store.write_batch([], olds)
    news = [make(i, f"new-{i}") for i in range(150)]
    news += [make(i, f"new-u{i}", dated=False) for i in range(10)] + [make(i, f"new-p{i}", placed=False) for i in range(10)]
    news += [o.with_(event_id=f"again-{k}") for k, o in enumerate(olds[:300:30])]          # re-reported sources
    news += [make(1000 + k, o.sources[0].article_id, dated=k % 2 == 0, placed=k % 3 > 0)   # same articles
             for k, o in enumerate(olds[5:300:25])]
    plain = _WithoutCitations(store)
    st = _settings(None)
    dropped = set(_fetch_candidates(plain, news, st)) - set(_fetch_candidates(store, news, st))
    assert dropped                                        # the early no drops some stored events
    a, b = merge_into_store(store, news, record=False), merge_into_store(plain, news, record=False)
    assert [e.to_record() for e in a.events_to_write] == [e.to_record() for e in b.events_to_write]
    assert a.merged == b.merged and a.merged


def test_merge_store_rows_read_ahead_while_the_member_records_are_made_give_the_same_merge(store, monkeypatch):
    """A cold store: the candidate rows are read ahead in the background (Store.prefetch_events)
    while the merge makes the new events' merge-table records; the result and the merge tables are
    the same as when the rows were read at once."""
    import rasd.store.store as store_module
    from rasd.merge.tables import merge_sources

    olds = [ev(AAWSAT, article=f"old-{i}", fatalities=i % 3, published=date(2015, 8, 1 + i % 5)) for i in range(12)]
    store.write_batch([], olds)
    news = [ev(JAZEERA, article=f"new-{i}", outlet="Al Jazeera", fatalities=2) for i in range(6)]
    news += [ev(HAMA, article=f"hama-{i}") for i in range(3)]
    monkeypatch.setattr(store_module, "PREFETCH_MIN_ROWS", 1)
    monkeypatch.setattr(store_module, "PREFETCH_SAMPLE_S", 0.0)   # any file taken for cold
    started: list[int] = []
    real = store_module._start_prefetch
    monkeypatch.setattr(store_module, "_start_prefetch", lambda path, pks, *a: (started.append(len(pks)) or real(path, pks, *a)))
    outcomes = []
    for busy in (True, False):  # the readers taken for busy all along (every member made ahead), or done at once
        monkeypatch.setattr(store_module.RowPrefetch, "running", lambda self, busy=busy: busy and bool(self.threads))
        with pytest.raises(RuntimeError, match="roll back"):
            with store.transaction() as tx:
                result = merge_into_store(tx, news)
                rows = sorted(tuple(r)[:-1] for r in tx.connection.execute(merge_sources.select()).all())  # not updated_at
                outcomes.append(([e.to_record() for e in result.events_to_write], result.merged, rows))
                raise RuntimeError("roll back")
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][1] and len(outcomes[0][2]) >= len(news)     # merges happened and were recorded
    assert len(started) == (2 if store.dialect == "sqlite" else 0) and all(started)  # PostgreSQL prefetches itself


# ---------------------------------------------------------------- the writer's bounded working set

def _store_dump(conn) -> tuple[list, list, list]:
    """(event_id, record) of every event, its (event_id, article_id) links and the merge rows."""
    from sqlalchemy import select

    from rasd.merge.tables import merge_sources
    from rasd.store.schema import event_articles, events
    recs = sorted(tuple(r) for r in conn.execute(select(events.c.event_id, events.c.record)))
    links = sorted(tuple(r) for r in conn.execute(
        select(events.c.event_id, event_articles.c.article_id).join(events, events.c.pk == event_articles.c.event_pk)))
    merged = sorted(tuple(r)[:-1] for r in conn.execute(merge_sources.select()))  # not updated_at
    return recs, links, merged


def test_merge_store_streamed_rewrite_in_chunks_equals_the_whole_list(store, monkeypatch):
    """The writer's merge (`stream=True`, its default) holds the stored events light and makes the
    ones it rewrites again from their full records, a chunk at a time, as write_batch writes them:
    the store ends the same as with the whole list merged and written at once, down to the
    fatalities a toll update told only in a stored event's evidence keeps (a light event has no
    evidence)."""
    import json

    import rasd.merge.incremental as incremental
    import rasd.store.store as store_module
    from rasd.distributed import _default_merge, write_extracted
    from tests.test_merge import TARMIYAH, TOLL_1, TOLL_2, TOLL_UP

    hama_1 = "قصفت الطائرات الحربية أحياء في مدينة حماة صباح اليوم."
    hama_2 = "شنت طائرات حربية غارة على مدينة حماة."
    toll = dict(sub=S.SUICIDE_BOMB, place=TARMIYAH)
    olds = [ev(TOLL_1, article="tarmiyah-1", fatalities=3, published=date(2015, 8, 2), **toll),
            ev(TOLL_UP, article="tarmiyah-2", fatalities=7, published=date(2015, 8, 3), **toll),
            ev(AAWSAT, article="aawsat-1", fatalities=2), ev(JAZEERA, article="jazeera-1", outlet="Al Jazeera"),
            ev(hama_1, place=HAMA, article="hama-1"), ev(hama_2, place=HAMA, article="hama-2")]
    write_extracted(store, [], olds, merge=_default_merge())
    assert store.count_events() == 3
    news = [ev(TOLL_2, article="tarmiyah-3", fatalities=5, published=date(2015, 8, 2), **toll),
            ev(OBSERVER, article="observer-1", outlet="SOHR"),
            ev(hama_1, place=HAMA, article="hama-3"),
            ev("قصفت الطائرات مدينة حماة.", place=HAMA, article="hama-4", day=date(2015, 9, 20))]  # a new event
    arts = [Article(e.sources[0].article_id, "نص") for e in news]

    with pytest.raises(RuntimeError, match="roll back"):   # the whole list, at once
        with store.transaction() as tx:
            result = merge_into_store(tx, news)
            assert isinstance(result.events_to_write, list) and len(result.events_to_write) == 4
            tx.write_batch(arts, result.events_to_write)
            whole = _store_dump(tx.connection)
            raise RuntimeError("roll back")

    monkeypatch.setattr(store_module, "WRITE_CHUNK_SOURCES", 1)        # each event a chunk of its own
    monkeypatch.setattr(incremental, "REWRITE_CHUNK_SOURCES", 1)
    written, rebuilt = [], []
    real_write, real_replayed = store_module._write_events, incremental._replayed
    monkeypatch.setattr(store_module, "_write_events",
                        lambda conn, name, evs: written.append([e.event_id for e in evs]) or real_write(conn, name, evs))
    monkeypatch.setattr(incremental, "_replayed",
                        lambda st, clusters, pk_of: rebuilt.append(len(clusters)) or real_replayed(st, clusters, pk_of))
    batch, n_merged = write_extracted(store, arts, news, merge=_default_merge())
    assert (batch.events_added, batch.events_updated, n_merged) == (1, 3, 3)
    assert [len(ids) for ids in written] == [1, 1, 1, 1]              # written one at a time ...
    assert [n for n in rebuilt if n] == [1, 1, 1]                      # ... and rebuilt one at a time
    with store.reading() as conn:
        assert _store_dump(conn) == whole
    [tarmiyah] = [json.loads(r) for _, r in whole[0] if "tarmiyah-1" in r]
    assert tarmiyah["fatalities"] == 7 and len(tarmiyah["sources"]) == 3   # the update told in a stored source
