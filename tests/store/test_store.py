"""rasd/store/store.py against a real SQLite file and a real PostgreSQL server (see tests/conftest.py)."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import exc as sa_exc, select

import rasd.store.store as store_module
from rasd.errors import StoreError
from rasd.model import Article, Doc, Mask, PlaceMention, Place, Span, TriggerMention
from rasd.resources.acled import SubEventType
from rasd.store import BatchResult, EventFilter, Store

TEXT_SIRTE = ("أعلنت القيادة الأمريكية في أفريقيا أن طائرات أمريكية شنت غارة جوية على مواقع لتنظيم "
              "داعش في مدينة سرت الليبية يوم الاثنين، ما أدى إلى مقتل خمسة مسلحين.")
TEXT_ALEPPO = "قُتل ثلاثة مدنيين وأصيب عشرة آخرون في قصف مدفعي استهدف حي الشعار بمدينة حلب."
TEXT_TAIZ = "اندلعت اشتباكات عنيفة بين القوات الحكومية ومسلحي الحوثي في مدينة تعز."


def _articles() -> list[Article]:
    return [Article("sirte", TEXT_SIRTE, title="غارة أمريكية على سرت", published=date(2016, 8, 2),
                    outlet="Al Wasat"),
            Article("aleppo", TEXT_ALEPPO, title="قصف على حلب", published=date(2016, 8, 6), outlet="Enab Baladi"),
            Article("taiz", TEXT_TAIZ, title=None, published=None, outlet=None)]


@pytest.fixture
def sample_events(make_event):
    sirte = make_event(TEXT_SIRTE, article_id="sirte", evidence=(38, 150), fatalities=5,
                       notes="US air strike on IS positions in Sirte; 5 militants killed.")
    aleppo = make_event(TEXT_ALEPPO, article_id="aleppo", sub=SubEventType.SHELLING,
                        event_date=date(2016, 8, 5), place="Aleppo", place_ar="حلب", lat=36.2021,
                        lon=37.1343, country="Syria", iso="SY", fatalities=3, injured=10,
                        actor1="Military Forces of Syria (2000-)", actor1_ar="قوات النظام",
                        actor2="Civilians (Syria)", inter1=1, inter2=7, outlet="Enab Baladi")
    taiz = make_event(TEXT_TAIZ, article_id="taiz", sub=SubEventType.ARMED_CLASH, event_date=None,
                      place="Taizz", place_ar="تعز", lat=13.5795, lon=44.0209, country="Yemen", iso=None,
                      actor1="Military Forces of Yemen (2012-)", actor2="Ansar Allah",
                      actor1_ar="القوات الحكومية", actor2_ar="الحوثي", inter1=1, inter2=2, outlet=None)
    return [sirte, aleppo, taiz]


@pytest.fixture
def filled(store, sample_events):
    store.write_batch(_articles(), sample_events)
    return store


def _short(flt: EventFilter) -> str:
    default = EventFilter()
    return ",".join(f"{k}={getattr(flt, k)}" for k in flt.__dataclass_fields__
                    if getattr(flt, k) != getattr(default, k)) or "all"


def _ids(events) -> list[str]:
    return [e.event_id for e in events]


# ---------------------------------------------------------------- the writer

def test_store_write_batch_counts_then_rerun_adds_nothing(store, sample_events):
    first = store.write_batch(_articles(), sample_events)
    assert first == BatchResult(articles_added=3, articles_skipped=0, events_added=3, events_updated=0)
    again = store.write_batch(_articles(), sample_events)
    assert again == BatchResult(articles_added=0, articles_skipped=3, events_added=0, events_updated=0)
    assert store.count_events() == 3
    assert store.article_ids() == {"sirte", "aleppo", "taiz"}


def test_store_event_round_trips_through_record(filled, sample_events):
    for e in sample_events:
        got = filled.get_event(e.event_id)
        assert got == e
        assert got.to_record() == e.to_record()
    assert filled.get_event("ev_missing") is None


def test_store_upsert_keeps_one_row_per_event_id(store, sample_events):
    store.write_batch(_articles(), sample_events)
    changed = sample_events[0].with_(fatalities=7, notes="updated toll")
    result = store.write_batch([], [changed])
    assert (result.events_added, result.events_updated) == (0, 1)
    assert store.count_events() == 3
    assert store.get_event(changed.event_id).fatalities == 7
    assert store.count_events(EventFilter(q="updated toll")) == 1


def test_store_batch_with_duplicate_event_ids_keeps_the_last(store, sample_events):
    e = sample_events[0]
    result = store.write_batch([], [e, e.with_(fatalities=9)])
    assert result.events_added == 1
    assert store.get_event(e.event_id).fatalities == 9


def test_store_batch_is_atomic_when_an_event_cannot_be_serialised(store, sample_events):
    bad = sample_events[1].with_(notes=object())  # json.dumps cannot serialise it
    with pytest.raises(StoreError, match="cannot be stored.*nothing from this batch was written"):
        store.write_batch(_articles(), [sample_events[0], bad, sample_events[2]])
    assert store.article_ids() == set()
    assert store.count_events() == 0
    assert store.integrity_check()


def test_store_batch_is_atomic_when_the_database_fails_mid_batch(store, sample_events, monkeypatch):
    real = store_module._upsert

    def failing(conn, tbl, rows, key):
        real(conn, tbl, rows, key)  # the rows are written inside the transaction ...
        if tbl.name == "events":    # ... then the disk "fills up"
            raise sa_exc.OperationalError("INSERT", {}, Exception("database or disk is full"))

    store.write_batch([_articles()[2]], [sample_events[2]])  # an earlier batch survives
    monkeypatch.setattr(store_module, "_upsert", failing)
    with pytest.raises(StoreError, match="disk is full: free some space"):
        store.write_batch(_articles()[:2], sample_events[:2])
    monkeypatch.setattr(store_module, "_upsert", real)
    assert store.article_ids() == {"taiz"}
    assert _ids(store.events()) == [sample_events[2].event_id]
    assert store.search_articles("سرت") == []  # the search index rolled back too
    assert store.integrity_check()


def test_store_article_with_new_content_replaces_the_old_one(store):
    store.write_batch([Article("x", "نص أول عن سرت")], [])
    assert store.has_article("x", Article("x", "نص أول عن سرت").content_hash())
    result = store.write_batch([Article("x", "نص ثان عن حلب")], [])
    assert (result.articles_added, result.articles_updated) == (0, 1)
    assert store.get_article("x")[0].text == "نص ثان عن حلب"
    assert [r["article_id"] for r in store.search_articles("حلب")] == ["x"]
    assert store.search_articles("سرت") == []
    assert not store.has_article("x", Article("x", "نص أول عن سرت").content_hash())
    assert not store.has_article("y")


def test_store_get_article_returns_the_docs_spans(store):
    art = _articles()[0]
    place = Place("2210247", "Sirte", "سرت", 31.2, 16.6, "PPLA", "LY")
    doc = Doc(article=art, masks=(Mask(Span(0, 5), "byline"),),
              places=(PlaceMention(Span(98, 101), place),),
              triggers=(TriggerMention(Span(57, 66), SubEventType.AIR_STRIKE, 1.0, "غارة"),))
    assert art.text[98:101] == "سرت" and art.text[57:66] == "غارة جوية"
    store.write_batch([], [], docs=[doc])
    got, spans = store.get_article("sirte")
    assert got == art
    assert spans == [{"kind": "mask", "start": 0, "end": 5, "label": "byline"},
                     {"kind": "trigger", "start": 57, "end": 66, "label": "Air/drone strike"},
                     {"kind": "place", "start": 98, "end": 101, "label": "Sirte"}]
    assert store.get_article("missing") is None


def test_store_keeps_nul_characters_out_without_moving_offsets(store, make_event):
    text = "انفجار\x00 في سرت"
    ev = make_event(text, article_id="nul", evidence=(0, len(text)))
    store.write_batch([Article("nul", text)], [ev])
    stored, _ = store.get_article("nul")
    assert len(stored.text) == len(text) and stored.text[6] == "\ufffd"
    assert store.get_event(ev.event_id).sources[0].text == text  # JSON keeps it escaped


# ---------------------------------------------------------------- filters

@pytest.mark.parametrize("flt, expected", [
    (EventFilter(), ["aleppo", "sirte", "taiz"]),  # newest first, undated last
    (EventFilter(date_from=date(2016, 8, 2)), ["aleppo"]),
    (EventFilter(date_from=date(2016, 8, 1), date_to=date(2016, 8, 1)), ["sirte"]),
    (EventFilter(date_to=date(2016, 8, 31)), ["aleppo", "sirte"]),
    (EventFilter(event_type="Explosions/Remote violence"), ["aleppo", "sirte"]),
    (EventFilter(event_type="battles"), ["taiz"]),
    (EventFilter(sub_event_type="Shelling/artillery/missile attack"), ["aleppo"]),
    (EventFilter(actor="islamic state"), ["sirte"]),
    (EventFilter(actor="Civilians"), ["aleppo"]),
    (EventFilter(actor="الحوثى"), ["taiz"]),            # alef maksura folded
    (EventFilter(actor="طائرات امريكيه"), ["sirte"]),  # hamza and teh marbuta folded
    (EventFilter(actor="50%"), []),                     # LIKE wildcards are literal
    (EventFilter(country="libya"), ["sirte"]),
    (EventFilter(country="SY"), ["aleppo"]),
    (EventFilter(country="ye"), ["taiz"]),              # iso derived from the country name
    (EventFilter(country="Narnia"), []),
    (EventFilter(bbox=(10, 25, 25, 35)), ["sirte"]),
    (EventFilter(bbox=(35, 10, 50, 40)), ["aleppo", "taiz"]),
    (EventFilter(min_fatalities=4), ["sirte"]),
    (EventFilter(min_fatalities=0), ["aleppo", "sirte"]),
    (EventFilter(q="مقتل خمسة"), ["sirte"]),             # evidence text
    (EventFilter(q="قتل"), ["aleppo", "sirte"]),        # قُتل and مقتل: diacritics, clitics
    (EventFilter(q="militants killed"), ["sirte"]),     # notes
    (EventFilter(q="الشعار"), ["aleppo"]),
    (EventFilter(q="اشتباكات تعز"), ["taiz"]),
    (EventFilter(q="'; DROP TABLE events; --"), []),
    (EventFilter(event_type="Battles", country="Libya"), []),
    (EventFilter(limit=1), ["aleppo"]),
    (EventFilter(limit=2, offset=1), ["sirte", "taiz"]),
    (EventFilter(offset=5), []),
], ids=lambda v: _short(v) if isinstance(v, EventFilter) else "")
def test_store_events_filters(filled, sample_events, flt, expected):
    by_article = {e.event_id: e.sources[0].article_id for e in sample_events}
    assert [by_article[i] for i in _ids(filled.events(flt))] == expected
    if flt.limit == 100 and flt.offset == 0:
        assert filled.count_events(flt) == len(expected)
    assert filled.count_events() == 3  # nothing was dropped by a hostile query


@pytest.mark.parametrize("flt", [EventFilter(), EventFilter(q="غارة"), EventFilter(country="LY"),
                                 EventFilter(q="قتل", limit=1)], ids=_short)
def test_store_count_events_stops_at_most(store, make_event, flt):
    evs = [make_event(f"شنت طائرات غارة على سرت وقتل {i} مسلحين", article_id=f"c{i}") for i in range(7)]
    evs.append(make_event("تظاهر مئات في حلب", article_id="other", sub=SubEventType.PEACEFUL_PROTEST,
                          country="Syria", iso="SY"))
    store.write_batch([], evs)
    exact = store.count_events(flt)
    assert exact == (8 if flt == EventFilter() else 7)
    assert [store.count_events(flt, at_most=n) for n in (1, 3, 7, 8, 50)] == [min(exact, n) for n in (1, 3, 7, 8, 50)]
    with pytest.raises(ValueError):
        store.count_events(flt, at_most=0)


@pytest.mark.parametrize("flt", [
    EventFilter(bbox=(10, 25, 25, 35), limit=1), EventFilter(bbox=(10, 25, 25, 35), limit=2, offset=3),
    EventFilter(min_fatalities=2, limit=2), EventFilter(q="غارة", limit=3, offset=1),
    EventFilter(q="غارة", min_fatalities=4, limit=1), EventFilter(q="غارة", actor="islamic", limit=2),
    EventFilter(q="قتلى", limit=1),
], ids=_short)
def test_store_events_walking_the_date_index_gives_the_same_page(store, make_event, flt, monkeypatch):
    """Many matches: a page is read by walking the date index (SQLite); same events, same order."""
    evs = [make_event(f"شنت طائرات غارة على سرت وقتل {i} مسلحين", article_id=f"w{i}", fatalities=i,
                      event_date=None if i % 5 == 0 else date(2016, 8, 1 + i % 4)) for i in range(12)]
    store.write_batch([], evs)
    walked = _ids(store.events(flt))
    monkeypatch.setattr(Store, "_walk_dates", lambda self, conn, f: False)
    assert walked == _ids(store.events(flt))
    assert len(walked) == min(flt.limit, max(0, store.count_events(flt) - flt.offset))


def test_store_events_walks_the_date_index_only_when_matches_are_many(store, make_event):
    evs = [make_event(f"غارة رقم {i}", article_id=f"m{i}", fatalities=i) for i in range(16)]
    store.write_batch([], evs)
    with store.reading() as conn:
        many = store._walk_dates(conn, EventFilter(min_fatalities=1, limit=1))      # 15 of 16 >= sqrt(16)
        few = store._walk_dates(conn, EventFilter(min_fatalities=14, limit=1))      # 2 < 4
        dated = store._walk_dates(conn, EventFilter(min_fatalities=1, limit=1, date_from=date(2016, 1, 1)))
    assert (many, few, dated) == ((store.dialect == "sqlite"), False, False)


def test_store_rewritten_event_links_exactly_its_sources(store, make_event):
    """A stored event that gains a source, or loses one (split), links exactly its sources' articles;
    the same evidence told by many sources is indexed once and still found."""
    from rasd.model import Source, Span
    from rasd.store.schema import event_articles, events as events_t
    text = "شنت طائرات غارة جوية على مدينة سرت"
    ev = make_event(text, article_id="a1")
    more = [Source(f"a{i}", "Al Wasat", date(2016, 8, 2), Span(0, len(text)), text) for i in range(2, 6)]

    def linked() -> list[str]:
        with store.reading() as conn:
            return sorted(conn.execute(select(event_articles.c.article_id)).scalars())

    store.write_batch([], [ev])
    store.write_batch([], [ev.with_(sources=ev.sources + tuple(more))])
    assert linked() == ["a1", "a2", "a3", "a4", "a5"]
    store.write_batch([], [ev.with_(sources=ev.sources + tuple(more[1:3]))])
    assert linked() == ["a1", "a3", "a4"]
    with store.reading() as conn:
        folded = conn.execute(select(events_t.c.folded)).scalar_one()
    assert folded.count("سرت") == 2  # the evidence once, the place name once
    assert _ids(store.events(EventFilter(q="غاره جويه"))) == [ev.event_id]


def test_store_q_matches_the_supporting_article_text(store, make_event):
    text = "قالت مصادر محلية إن الاشتباكات استمرت حتى الفجر. وأكد شهود عيان سقوط قتلى."
    ev = make_event(text, article_id="far", evidence=(0, 46), notes="")
    store.write_batch([Article("far", text)], [ev])
    assert _ids(store.events(EventFilter(q="شهود عيان"))) == [ev.event_id]  # only in the article


def test_store_iter_events_streams_everything_in_events_order(store, make_event):
    evs = [make_event(f"خبر رقم {i} عن غارة", article_id=f"a{i}",
                      event_date=None if i % 4 == 0 else date(2016, 8, 1 + i % 3)) for i in range(11)]
    store.write_batch([], evs)
    listed = _ids(store.events(EventFilter(limit=100)))
    assert _ids(store.iter_events(batch=2)) == listed
    assert _ids(store.iter_events(EventFilter(limit=1), batch=3)) == listed  # limit ignored
    assert len(listed) == 11 and listed[-3:] == sorted(listed[-3:])  # undated last, by id
    only = EventFilter(date_from=date(2016, 8, 2))
    assert _ids(store.iter_events(only, batch=2)) == _ids(store.events(only))
    with pytest.raises(ValueError):
        list(store.iter_events(batch=0))


def test_store_candidate_events_by_window_place_and_type(filled, sample_events):
    sirte, aleppo, taiz = (e.event_id for e in sample_events)
    got = filled.candidate_events(date_from=date(2016, 7, 31), date_to=date(2016, 8, 5))
    assert sorted(_ids(got)) == sorted([sirte, aleppo])
    got = filled.candidate_events(date_from=date(2016, 7, 31), date_to=date(2016, 8, 5),
                                  bbox=(15, 30, 18, 32))
    assert _ids(got) == [sirte]
    got = filled.candidate_events(date_from=None, date_to=None, bbox=(40, 10, 50, 20),
                                  event_types=["Battles"])
    assert _ids(got) == [taiz]
    assert filled.candidate_events(date_from=date(2016, 8, 1), date_to=date(2016, 8, 9),
                                   event_types=["Protests"]) == []
    assert filled.candidate_events(date_from=None, date_to=None) == []


def test_store_stats(filled):
    s = filled.stats()
    assert s["events"] == 3 and s["articles"] == 3
    assert s["per_day"] == [["2016-08-01", 1], ["2016-08-05", 1]]
    assert s["per_type"] == {"Battles": 1, "Explosions/Remote violence": 2}
    assert s["per_actor"]["Islamic State (Libya)"] == 1
    assert s["per_actor"]["Civilians (Syria)"] == 1


def test_store_integrity_check_passes_on_a_fresh_and_a_filled_store(store, sample_events):
    assert store.integrity_check()
    store.write_batch(_articles(), sample_events)
    assert store.integrity_check()


def test_store_reopen_keeps_the_data(store_url, sample_events):
    with Store(store_url) as s:
        s.write_batch(_articles(), sample_events)
    with Store(store_url) as s:
        assert s.count_events() == 3
        assert s.write_batch(_articles(), sample_events).events_added == 0


# ---------------------------------------------------------------- opening, errors (SQLite specifics)

def test_store_open_uses_rasd_db(tmp_path, monkeypatch):
    path = tmp_path / "env.db"
    monkeypatch.setenv("RASD_DB", f"sqlite:///{path}")
    with Store.open() as s:
        assert s.dialect == "sqlite"
    assert path.exists()
    with Store.open(str(tmp_path / "plain.db")) as s:  # a plain path is a SQLite file
        assert s.count_events() == 0


def test_store_sqlite_uses_wal(tmp_path):
    with Store(str(tmp_path / "w.db")) as s, s._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_store_error_names_the_database_and_the_remedy(tmp_path):
    with pytest.raises(StoreError, match=r"no-such-dir.*does not exist; create it"):
        Store(str(tmp_path / "no-such-dir" / "x.db"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"junk\.db: cannot open: .*not a rasd database") as err:
        Store(str(junk))
    assert "\n" not in str(err.value)


def test_store_read_only_database_gives_a_clear_error(tmp_path, sample_events):
    path = tmp_path / "ro.db"
    with Store(str(path)) as s:
        s.write_batch(_articles(), sample_events)
    with Store(f"sqlite:///file:{path}?mode=ro&uri=true") as ro:
        assert ro.count_events() == 3  # reading works
        with pytest.raises(StoreError, match="read-only"):
            ro.write_batch([Article("new", "نص جديد")], [])
    with Store(str(path)) as s:
        assert s.count_events() == 3 and "new" not in s.article_ids()


def test_store_postgres_url_without_server_gives_a_clear_error():
    with pytest.raises(StoreError, match="cannot reach the server"):
        Store("postgresql://nobody@127.0.0.1:1/none")


def test_store_docs_for_an_unchanged_article_add_its_missing_spans(store):
    art = _articles()[1]
    store.write_batch([art], [])
    doc = Doc(article=art, masks=(Mask(Span(0, 4), "caption"),))
    result = store.write_batch([], [], docs=[doc])
    assert result.articles_skipped == 1
    assert store.get_article("aleppo")[1] == [{"kind": "mask", "start": 0, "end": 4, "label": "caption"}]
    store.write_batch([], [], docs=[doc])  # and once only
    assert len(store.get_article("aleppo")[1]) == 1


# ---------------------------------------------------------------- concurrency

def test_store_two_writers_and_a_reader_at_once(store_url, make_event):
    """Two stores (as two processes would) write overlapping batches while a third reads."""
    import threading

    texts = [f"قصف مدفعي على حي رقم {i} في مدينة حلب" for i in range(60)]
    evs = [make_event(t, article_id=f"c{i}") for i, t in enumerate(texts)]
    arts = [Article(f"c{i}", t) for i, t in enumerate(texts)]
    errors: list[BaseException] = []
    counts: list[int] = []

    def writer(lo: int, hi: int) -> None:
        try:
            with Store(store_url) as s:
                for k in range(lo, hi, 5):
                    s.write_batch(arts[k:k + 10], evs[k:k + 10])  # overlaps the other writer
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    def reader() -> None:
        try:
            with Store(store_url) as s:
                for _ in range(20):
                    counts.append(s.count_events())
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    Store(store_url).close()  # migrate first
    threads = [threading.Thread(target=writer, args=(0, 40)), threading.Thread(target=writer, args=(20, 60)),
               threading.Thread(target=reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert counts == sorted(counts)  # readers see whole batches, never a shrinking store
    with Store(store_url) as s:
        assert s.count_events() == 60 and len(s.article_ids()) == 60
        assert sum(len(s.get_article(a.id)[1]) for a in arts) == 0
        assert s.integrity_check()


def test_store_events_by_pk_prefetch_gives_the_transactions_own_rows(store, make_event, monkeypatch):
    """Many rows by pk: on a SQLite file, concurrent read-only readers touch the rows first (a cache
    hint); the result still comes from the caller's connection, so rows written earlier in the same
    uncommitted transaction are there, in pk order, as without the prefetch."""
    touched: list[int] = []
    real = store_module._start_prefetch
    monkeypatch.setattr(store_module, "PREFETCH_MIN_ROWS", 5)
    monkeypatch.setattr(store_module, "PREFETCH_CHUNK", 2)   # each reader in several queries
    monkeypatch.setattr(store_module, "PREFETCH_SAMPLE_S", 0.0)  # the rows taken for uncached
    monkeypatch.setattr(store_module, "_start_prefetch", lambda path, pks, *a: (touched.extend(pks) or real(path, pks, *a)))
    committed = [make_event(f"غارة رقم {i} على سرت", article_id=f"c{i}") for i in range(8)]
    store.write_batch([], committed)
    with store.transaction() as tx:
        fresh = [make_event(f"قصف رقم {i} على سرت", article_id=f"t{i}") for i in range(4)]
        tx.write_batch([], fresh)
        pks = [pk for (pk,) in tx.connection.execute(select(store_module.events.c.pk))]
        got = tx.events_by_pk(list(reversed(pks)))
        monkeypatch.setattr(store_module, "PREFETCH_MIN_ROWS", 10_000)
        assert tx.events_by_pk(pks) == got  # the same without the prefetch
    assert sorted(e.event_id for e in got) == sorted(e.event_id for e in committed + fresh)
    assert [e.event_id for e in got[:8]] == [e.event_id for e in committed]  # pk order
    assert touched == (sorted(pks) if store.dialect == "sqlite" else [])  # PostgreSQL prefetches itself


def test_store_events_by_pk_skips_the_prefetch_when_the_rows_are_cached(store, make_event, monkeypatch):
    """A sample of the rows read fast (a warm file): no prefetch readers, the same events."""
    started: list[int] = []
    monkeypatch.setattr(store_module, "PREFETCH_MIN_ROWS", 5)
    store.write_batch([], [make_event(f"غارة رقم {i} على سرت", article_id=f"c{i}") for i in range(8)])
    with store.reading() as conn:
        pks = [pk for (pk,) in conn.execute(select(store_module.events.c.pk))]
    real = store_module._start_prefetch
    monkeypatch.setattr(store_module, "_start_prefetch", lambda path, p, *a: (started.append(len(p)) or real(path, p, *a)))
    monkeypatch.setattr(store_module, "PREFETCH_SAMPLE_S", 60.0)    # any sample is "fast"
    warm = store.events_by_pk(pks)
    assert started == []
    monkeypatch.setattr(store_module, "PREFETCH_SAMPLE_S", 0.0)     # any sample is "slow"
    cold = store.events_by_pk(pks)
    assert started == ([8] if store.dialect == "sqlite" else [])
    assert [e.event_id for e in warm] == [e.event_id for e in cold] and len(warm) == 8


def test_store_prefetch_events_reads_ahead_once_and_gives_the_same_events(store, make_event, monkeypatch):
    """`prefetch_events` starts the readers and returns at once; `events_by_pk(prefetch=...)` reads
    behind them (no second prefetch) and gives the events `events_by_pk` gives alone."""
    monkeypatch.setattr(store_module, "PREFETCH_MIN_ROWS", 5)
    store.write_batch([], [make_event(f"غارة رقم {i} على سرت", article_id=f"c{i}") for i in range(8)])
    with store.reading() as conn:
        pks = [pk for (pk,) in conn.execute(select(store_module.events.c.pk))]
    plain = store.events_by_pk(pks)
    started: list[int] = []
    real = store_module._start_prefetch
    monkeypatch.setattr(store_module, "_start_prefetch", lambda path, p, *a: (started.append(len(p)) or real(path, p, *a)))
    monkeypatch.setattr(store_module, "PREFETCH_SAMPLE_S", 0.0)     # any sample is "slow"
    with store.transaction() as tx:
        ahead = tx.prefetch_events(pks)
        assert len(ahead.threads) == (store_module.PREFETCH_READERS if store.dialect == "sqlite" else 0)
        got = tx.events_by_pk(pks, prefetch=ahead)
    assert [e.to_record() for e in got] == [e.to_record() for e in plain]
    assert not ahead.running() and started == ([8] if store.dialect == "sqlite" else [])
    monkeypatch.setattr(store_module, "PREFETCH_SAMPLE_S", 60.0)    # a warm file: nothing to read ahead
    assert store.prefetch_events(pks).threads == []
    assert [e.event_id for e in store.events_by_pk(pks, prefetch=store.prefetch_events(pks))] == [e.event_id for e in plain]


@pytest.mark.parametrize("sizes, limit, chunks", [
    ([1, 1, 1], 2, [[1, 1], [1]]),
    ([3, 1, 5, 1], 4, [[3, 1], [5], [1]]),    # an event larger than the limit is a chunk of its own
    ([2, 2], 1000, [[2, 2]]),
    ([], 10, []),
])
def test_store_events_are_written_in_chunks_of_bounded_sources(sizes, limit, chunks):
    from rasd.model import Event, Location, Source
    from rasd.store.store import _event_chunks
    src = Source("a1", None, None, Span(0, 4), "غارة")
    evs = [Event(f"e{i}", None, 3, SubEventType.AIR_STRIKE, None, None, Location(None, None, None, None), (src,) * n)
           for i, n in enumerate(sizes)]
    assert [[len(e.sources) for e in c] for c in _event_chunks(iter(evs), limit)] == chunks
