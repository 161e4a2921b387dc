"""rasd.distributed: local, multi-process and Ray runs give the same events, in input order.

Real text only: the bundled sample articles (examples/*.txt) and, when ../shared is present, a few
real development articles (the tests pass without them).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from rasd.distributed import RAY_MISSING, extract_batch, extract_batches, ingest
from rasd.errors import ConfigError, InputError, RasdError
from rasd.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev_articles" / "articles.jsonl"


def _samples() -> list[Article]:
    arts = [Article(p.stem, p.read_text("utf-8"), origin=str(p)) for p in sorted((ROOT / "examples").glob("*.txt"))]
    if DEV.exists():
        for line in DEV.read_text("utf-8").splitlines()[:8]:
            r = json.loads(line)
            arts.append(Article(r["id"], r["text"], title=r.get("title"), outlet=r.get("outlet"),
                                published=date.fromisoformat(r["published"]) if r.get("published") else None))
    return arts


SAMPLES = _samples()


def _flat(batches) -> tuple[list[list[str]], list[dict], list[str]]:
    """(article ids per batch, event records in order, error messages) of an extract_batches run."""
    ids, records, errors = [], [], []
    for arts, events, errs in batches:
        ids.append([a.id for a in arts])
        records.extend(e.to_record() for e in events)
        errors.extend(errs)
    return ids, records, errors


@pytest.fixture(scope="module")
def local_run():
    return _flat(extract_batches(SAMPLES, batch_size=2))


def test_distributed_local_samples_give_events(local_run):
    ids, records, errors = local_run
    assert errors == []
    assert [i for b in ids for i in b] == [a.id for a in SAMPLES]
    assert records, "the sample articles report attacks and air strikes: some events must come out"
    for r in records:  # every event's evidence is a span of its article
        art = next(a for a in SAMPLES if a.id == r["sources"][0]["article_id"])
        ev = r["sources"][0]["evidence"]
        assert art.text[ev["start"]:ev["end"]] == ev["text"]


def test_distributed_workers_identical_to_local(local_run):
    assert _flat(extract_batches(SAMPLES, workers=2, batch_size=2)) == local_run


def test_distributed_batch_size_does_not_change_events(local_run):
    _, records, errors = _flat(extract_batches(SAMPLES, batch_size=5))
    assert (records, errors) == local_run[1:]


def test_distributed_workers_keep_input_order():
    arts = [Article(f"{a.id}-{k}", a.text) for k in range(4) for a in SAMPLES[:5]]
    ids, _, _ = _flat(extract_batches(arts, workers=2, batch_size=1))
    assert ids == [[a.id] for a in arts]


@pytest.mark.parametrize("workers", [1, 2])
def test_distributed_failed_article_gives_one_message(workers):
    arts = [SAMPLES[0], Article("empty-1", "  \n ", origin="feed.jsonl:7"), SAMPLES[1]]
    seen: list[RasdError] = []
    out = list(extract_batches(arts, workers=workers, batch_size=3, on_error=seen.append))
    assert len(out) == 1
    done, events, errors = out[0]
    assert [a.id for a in done] == [SAMPLES[0].id, SAMPLES[1].id]
    assert errors == ["feed.jsonl:7: empty article text"]
    assert len(seen) == 1 and isinstance(seen[0], InputError) and str(seen[0]) == errors[0]
    assert {e.sources[0].article_id for e in events} <= {SAMPLES[0].id, SAMPLES[1].id}


def test_distributed_unexpected_exception_stays_with_its_article(monkeypatch):
    import rasd.pipeline

    real_run = rasd.pipeline.run

    def flaky(article, **kw):
        if article.id == "boom":
            raise ValueError("bad offset 12")
        return real_run(article, **kw)

    monkeypatch.setattr(rasd.pipeline, "run", flaky)
    reply = extract_batch([SAMPLES[0], Article("boom", "قتل شخص في حلب."), SAMPLES[1]])
    assert reply["ok"] == [0, 2]
    assert len(reply["errors"]) == 1
    source, reason, _ = reply["errors"][0]
    assert source == "boom" and "ValueError: bad offset 12" in reason


def test_distributed_broken_install_stops_the_run(monkeypatch):
    import rasd.pipeline

    def broken(article, **kw):
        raise ImportError("cannot import name 'X'")

    monkeypatch.setattr(rasd.pipeline, "run", broken)
    with pytest.raises(RasdError, match="the pipeline cannot run"):
        list(extract_batches(SAMPLES[:2]))


@pytest.mark.parametrize("kw, msg", [
    ({"engine": "spark"}, "unknown engine 'spark'"),
    ({"workers": 0}, "--workers must be a whole number >= 1"),
    ({"batch_size": 0}, "batch size must be a whole number >= 1"),
])
def test_distributed_bad_options_are_config_errors(kw, msg):
    with pytest.raises(ConfigError, match=msg):
        extract_batches(SAMPLES[:1], **kw)  # at the call, before any batch runs


def test_distributed_without_ray_says_how_to_install():
    code = ("import sys; sys.modules['ray'] = None\n"
            "from rasd.distributed import extract_batches\n"
            "from rasd.errors import ConfigError\n"
            "from rasd.model import Article\n"
            "try:\n"
            "    list(extract_batches([Article('a', 'قتل شخص في حلب.')], engine='ray'))\n"
            "except ConfigError as e:\n"
            "    print('CONFIG', e)\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout.strip() == f"CONFIG {RAY_MISSING}", proc.stderr


# ---------------------------------------------------------------- Ray (real Ray, local instance)

@pytest.fixture(scope="module")
def ray_base():
    """One short throw-away directory for the module's Ray runs: Ray caches the auth token it writes
    under ~/.ray per process, so HOME must stay the same between runs; unix socket paths must be short."""
    pytest.importorskip("ray", reason="ray is in the test extra: pip install -e '.[test]'")
    base = tempfile.mkdtemp(prefix="rrt")
    (Path(base) / "home").mkdir()
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def ray_env(ray_base, monkeypatch):
    """HOME and TMPDIR in `ray_base` (Ray writes ~/.ray and /tmp/ray) and rasd importable by Ray's
    worker processes."""
    monkeypatch.setenv("HOME", str(Path(ray_base) / "home"))
    monkeypatch.setenv("TMPDIR", ray_base)
    monkeypatch.setenv("RAY_USAGE_STATS_ENABLED", "0")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return ray_base


def test_distributed_ray_identical_to_local(ray_env, local_run):
    import ray

    ray.init(num_cpus=2, include_dashboard=False, _temp_dir=os.path.join(ray_env, "ray"))
    try:
        got = _flat(extract_batches(SAMPLES, engine="ray", workers=2, batch_size=2))
        assert ray.is_initialized()  # an instance the caller started is left running
        errs = [m for _, _, m in extract_batches([SAMPLES[0], Article("e", " ")], engine="ray", workers=2)]
    finally:
        ray.shutdown()
    assert got == local_run
    assert errs == [["e: empty article text"]]


def test_distributed_ray_starts_and_stops_its_own_instance(ray_env, local_run):
    import ray

    got = _flat(extract_batches(SAMPLES[:3], engine="ray", workers=1, batch_size=1))
    assert not ray.is_initialized()
    n = sum(1 for r in local_run[1] if r["sources"][0]["article_id"] in {a.id for a in SAMPLES[:3]})
    assert got[0] == [[a.id] for a in SAMPLES[:3]] and len(got[1]) == n


# ---------------------------------------------------------------- ingest into a store

def test_distributed_ingest_writes_and_skips_stored(store, local_run):
    progress: list[int] = []
    first = ingest(SAMPLES, store, batch_size=3, progress=progress.append, merge=False)
    assert first["articles_read"] == first["articles_processed"] == len(SAMPLES)
    assert first["articles_failed"] == 0 and first["errors"] == []
    assert sum(progress) == len(SAMPLES)
    ids = {r["event_id"] for r in local_run[1]}
    assert first["events_found"] == len(local_run[1])
    assert {e.event_id for e in store.iter_events()} == ids
    assert store.article_ids() == {a.id for a in SAMPLES}
    again = ingest(SAMPLES, store, workers=2, batch_size=3, merge=False)
    assert again["articles_skipped"] == len(SAMPLES)
    assert again["articles_processed"] == again["events_added"] == 0


def test_distributed_ingest_multiprocess_stores_same_records(tmp_path, local_run):
    """With the default merging, the same batches give the same stored events whatever the engine."""
    from rasd.store import Store

    stores = [Store(f"sqlite:///{tmp_path / f'{k}.db'}") for k in ("one", "two")]
    try:
        ingest(SAMPLES, stores[0], batch_size=4)
        summary = ingest(SAMPLES + [Article("blank", "\n")], stores[1], workers=2, batch_size=4)
        recs = [sorted((e.to_record() for e in s.iter_events()), key=lambda r: r["event_id"]) for s in stores]
    finally:
        for s in stores:
            s.close()
    assert recs[0] == recs[1]
    assert 0 < len(recs[0]) <= len(local_run[1])
    assert summary["articles_failed"] == 1 and summary["errors"] == ["blank: empty article text"]
    stored_sources = {(s["article_id"], s["evidence"]["start"]) for r in recs[1] for s in r["sources"]}
    assert stored_sources <= {(s["article_id"], s["evidence"]["start"]) for r in local_run[1] for s in r["sources"]}


def test_distributed_ingest_calls_the_merge_hook(tmp_path):
    from rasd.store import Store

    calls = []

    def merge(store, events):
        calls.append(len(events))
        return events[:1]

    with Store(f"sqlite:///{tmp_path / 'm.db'}") as s:
        summary = ingest(SAMPLES, s, batch_size=100, merge=merge)
        assert calls == [summary["events_found"]]
        assert s.count_events() == min(1, summary["events_found"])


def _store_state(store) -> tuple:
    """Everything an ingest writes: articles, event records, and the merge tables' rows."""
    from sqlalchemy import select

    from rasd.merge.tables import merge_sources
    with store.reading("read merged sources") as conn:
        merge_rows = sorted(tuple(r) for r in conn.execute(select(
            merge_sources.c.article_id, merge_sources.c.span_start, merge_sources.c.span_end,
            merge_sources.c.event_id, merge_sources.c.member, merge_sources.c.explanation)))
    return (sorted(store.article_ids()),
            sorted(json.dumps(e.to_record(), sort_keys=True, ensure_ascii=False) for e in store.iter_events()),
            merge_rows)


def test_distributed_ingest_crash_mid_batch_leaves_nothing_and_rerun_completes(tmp_path):
    """A batch is one transaction: a failure after its merge tables were written (here the merge
    hook raises on the second batch, after running the real merge) leaves none of that batch; the
    next run stores it once, and the store equals an uninterrupted run's."""
    from rasd.merge import merge_into_store
    from rasd.store import Store

    calls = []

    def crash_on_second_batch(tx, events):
        result = merge_into_store(tx, events)
        calls.append(len(events))
        if len(calls) == 2:
            raise RuntimeError("killed mid-batch")
        return result

    with Store(f"sqlite:///{tmp_path / 'ref.db'}") as ref:
        ingest(SAMPLES, ref, batch_size=3)
        reference = _store_state(ref)
    with Store(f"sqlite:///{tmp_path / 'crash.db'}") as s:
        with pytest.raises(RuntimeError, match="killed mid-batch"):
            ingest(SAMPLES, s, batch_size=3, merge=crash_on_second_batch)
        arts, records, merge_rows = _store_state(s)
        first_batch = {a.id for a in SAMPLES[:3]}
        assert set(arts) == first_batch
        assert {r[0] for r in merge_rows} <= first_batch
        assert all(json.loads(r)["sources"][0]["article_id"] in first_batch for r in records)
        again = ingest(SAMPLES, s, batch_size=3)
        assert again["articles_skipped"] == 3 and again["articles_failed"] == 0
        assert _store_state(s) == reference
        assert ingest(SAMPLES, s, batch_size=3)["articles_processed"] == 0
        assert _store_state(s) == reference
