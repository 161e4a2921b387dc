"""The `rasd` command, run for real: `python -m rasd` in subprocesses, a real SQLite file, HOME and
XDG_CACHE_HOME pointing at temporary folders."""
from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from rasd.resources.acled import ACLED_CSV_COLUMNS, EventType, SubEventType

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
FIX = ROOT / "tests" / "fixtures"
SCHEMA = {  # EVENT_SCHEMA key → allowed types
    "event_id": (str,), "event_date": (str, type(None)), "time_precision": (int,), "event_type": (str,),
    "sub_event_type": (str,), "actor1": (str, type(None)), "actor2": (str, type(None)),
    "actor1_ar": (str, type(None)), "actor2_ar": (str, type(None)), "inter1": (int, type(None)),
    "inter2": (int, type(None)), "location": (dict,), "fatalities": (int, type(None)),
    "injured": (int, type(None)), "sources": (list,), "confidence": (float, int), "notes": (str,),
}
LOCATION = {"name", "name_ar", "latitude", "longitude", "geo_precision", "admin1", "country", "geonameid"}


def rasd(*args: str, cwd: Path, stdin: str | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    home = cwd / ".home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), PYTHONPATH=str(ROOT), COLUMNS="200")
    home.mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-m", "rasd", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", input=stdin, timeout=timeout)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def check_record(rec: dict, texts: dict[str, str]) -> None:
    for key, types in SCHEMA.items():
        assert key in rec, key
        assert isinstance(rec[key], types), (key, rec[key])
    if rec["event_date"] is not None:
        date.fromisoformat(rec["event_date"])
    assert rec["time_precision"] in (1, 2, 3)
    assert rec["event_type"] in {t.value for t in EventType}
    sub = SubEventType(rec["sub_event_type"])
    assert sub.event_type.value == rec["event_type"]
    assert LOCATION <= set(rec["location"])
    assert rec["location"]["geo_precision"] in (1, 2, 3)
    assert 0.0 <= rec["confidence"] <= 1.0
    assert rec["sources"]
    for s in rec["sources"]:
        ev = s["evidence"]
        assert isinstance(ev["start"], int) and isinstance(ev["end"], int)
        assert texts[s["article_id"]][ev["start"]:ev["end"]] == ev["text"]


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def ingested(work: Path) -> dict:
    """examples/ ingested twice into one SQLite file."""
    db = work / "store.db"
    first = rasd("ingest", str(ROOT / "examples"), "--db", str(db), cwd=work)
    second = rasd("ingest", str(ROOT / "examples"), "--db", str(db), cwd=work)
    return {"db": db, "first": first, "second": second}


def count_events(db: Path) -> int:
    from rasd.store import Store

    with Store(str(db)) as s:
        return s.count_events()


# ---------------------------------------------------------------- extract

def test_cli_extract_jsonl_records_follow_the_schema(work):
    r = rasd("extract", *map(str, EXAMPLES), "--format", "jsonl", cwd=work)
    assert r.returncode == 0, r.stderr
    records = jsonl(r.stdout)
    assert records, "the sample articles give events"
    texts = {p.stem: p.read_text("utf-8") for p in EXAMPLES}
    for rec in records:
        check_record(rec, texts)
    assert len({rec["event_id"] for rec in records}) == len(records)


def test_cli_extract_csv_and_geojson_from_stdin(work):
    line = json.dumps({"id": "s1", "text": EXAMPLES[4].read_text("utf-8")}, ensure_ascii=False)
    r = rasd("extract", "-", "--format", "csv", cwd=work, stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(r.stdout.splitlines()))
    assert tuple(rows[0]) == tuple(ACLED_CSV_COLUMNS) and len(rows) > 1
    r = rasd("extract", "-", "--format", "geojson", cwd=work, stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["type"] == "FeatureCollection"


# ---------------------------------------------------------------- ingest

def test_cli_ingest_twice_adds_nothing(ingested):
    first, second = ingested["first"], ingested["second"]
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert f"{len(EXAMPLES)} stored, 0 already stored, 0 failed" in first.stdout
    assert f"0 stored, {len(EXAMPLES)} already stored, 0 failed" in second.stdout
    assert "0 events found: 0 new, 0 updated" in second.stdout
    n = count_events(ingested["db"])
    assert n > 0
    third = rasd("ingest", str(ROOT / "examples"), "--db", str(ingested["db"]), cwd=ingested["db"].parent)
    assert third.returncode == 0 and count_events(ingested["db"]) == n


def test_cli_ingest_new_article_adds_to_the_store(work):
    db = work / "grow.db"
    r = rasd("ingest", str(EXAMPLES[0]), "--db", str(db), cwd=work)
    assert r.returncode == 0, r.stderr
    from rasd.store import Store

    with Store(str(db)) as s:
        assert s.article_ids() == {EXAMPLES[0].stem}
    r = rasd("ingest", *map(str, EXAMPLES[:2]), "--db", str(db), cwd=work)
    assert "1 stored, 1 already stored" in r.stdout
    with Store(str(db)) as s:
        assert s.article_ids() == {EXAMPLES[0].stem, EXAMPLES[1].stem}


@pytest.fixture
def silent_url():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    yield f"http://127.0.0.1:{s.getsockname()[1]}/rss.xml"
    s.close()


def test_cli_ingest_bad_input_one_line_each_rest_stored(work, silent_url, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for p in EXAMPLES:
        shutil.copy(p, folder / p.name)
    for p in (FIX / "bad").iterdir():
        shutil.copy(p, folder / p.name)
    os.symlink(tmp_path / "deleted.txt", folder / "unreadable.txt")
    with open(folder / "wire.jsonl", "wb") as fh:
        fh.write(b'{"id": "huge", "text": "' + b"x" * (50 * 1024 * 1024) + b'"}\n')
        fh.write(json.dumps({"id": "wire-1", "text": EXAMPLES[2].read_text("utf-8")[:800]},
                            ensure_ascii=False).encode() + b"\n")
    (tmp_path / "rasd.toml").write_text("[ingest]\nfetch_timeout = 1\n", "utf-8")
    db = tmp_path / "mixed.db"
    r = rasd("ingest", str(folder), silent_url, "--db", str(db), cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    bad = {"binary.txt": None, "empty.txt": None, "invalid_utf8.txt": None, "unreadable.txt": None,
           "mixed.jsonl:2": None, "mixed.jsonl:3": None, "mixed.jsonl:4": None, "wire.jsonl:1": None,
           silent_url: None}
    assert len(lines) == len(bad), r.stderr
    for line in lines:
        assert line.startswith("rasd: ")
        named = [k for k in bad if f"{folder}/{k}:" in line or line.startswith(f"rasd: {k}:")]
        assert len(named) == 1, line
        bad[named[0]] = line
    assert all(bad.values()), bad
    assert "no answer within 1 s" in bad[silent_url]
    assert "Traceback" not in r.stderr
    from rasd.store import Store

    with Store(str(db)) as s:
        assert s.article_ids() == {p.stem for p in EXAMPLES} | {"good-line", "wire-1"}
    assert "9 failed" in r.stdout


def test_cli_ingest_bad_options_exit_2(work):
    assert rasd("ingest", "--workers", "0", str(EXAMPLES[0]), cwd=work).returncode == 2
    assert rasd("ingest", "--engine", "spark", str(EXAMPLES[0]), cwd=work).returncode == 2
    r = rasd("--config", str(work / "missing.toml"), "events", cwd=work)
    assert r.returncode == 2 and "Traceback" not in r.stderr


# ---------------------------------------------------------------- events / export / search / show

def test_cli_events_formats_and_filters(ingested, work):
    db = str(ingested["db"])
    n = count_events(ingested["db"])
    r = rasd("events", "--db", db, "--format", "jsonl", "--limit", "10000", cwd=work)
    assert r.returncode == 0, r.stderr
    recs = jsonl(r.stdout)
    assert len(recs) == n
    texts = {p.stem: p.read_text("utf-8") for p in EXAMPLES}
    for rec in recs:
        check_record(rec, texts)
    t = recs[0]["event_type"]
    r = rasd("events", "--db", db, "--format", "jsonl", "--type", t, cwd=work)
    assert {x["event_type"] for x in jsonl(r.stdout)} == {t}
    r = rasd("events", "--db", db, cwd=work)
    assert r.returncode == 0 and recs[0]["event_id"] in r.stdout and f"of {n} events" in r.stdout


@pytest.mark.parametrize("args", [["--from", "2016-13-40"], ["--bbox", "1,2,3"], ["--limit", "0"],
                                  ["--type", "Picnic"]])
def test_cli_events_bad_filter_exit_2(ingested, work, args):
    r = rasd("events", "--db", str(ingested["db"]), *args, cwd=work)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("rasd: error: ")


def test_cli_events_without_database_exit_2(tmp_path):
    r = rasd("events", cwd=tmp_path)
    assert r.returncode == 2 and "rasd ingest" in r.stderr
    assert not (tmp_path / "rasd.db").exists()


def test_cli_export_all_formats(ingested, work):
    import pyarrow.parquet as pq

    db, n = str(ingested["db"]), count_events(ingested["db"])
    out = {f: work / f"out.{f}" for f in ("jsonl", "acled-csv", "geojson", "parquet")}
    for fmt, path in out.items():
        r = rasd("export", "--db", db, "--format", fmt, "-o", str(path), cwd=work)
        assert r.returncode == 0, r.stderr
        assert f"{n} events written" in r.stderr
    assert len(jsonl(out["jsonl"].read_text("utf-8"))) == n
    with open(out["acled-csv"], encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == tuple(ACLED_CSV_COLUMNS) and len(rows) == n + 1
    gj = json.loads(out["geojson"].read_text("utf-8"))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == n
    for f in gj["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        g = f["geometry"]
        if g is not None:
            assert g["type"] == "Point" and len(g["coordinates"]) == 2
            lon, lat = g["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    table = pq.read_table(out["parquet"])
    assert table.num_rows == n
    assert str(table.schema.field("event_date").type) == "date32[day]"


def test_cli_search_folded(ingested, work):
    r = rasd("search", "--db", str(ingested["db"]), "مدينه", "--format", "jsonl", cwd=work)  # teh marbuta folded
    assert r.returncode == 0, r.stderr
    hits = jsonl(r.stdout)
    assert hits and {h["article_id"] for h in hits} <= {p.stem for p in EXAMPLES}
    assert all("مدينة" in (ROOT / "examples" / f"{h['article_id']}.txt").read_text("utf-8") for h in hits)


def test_cli_show_marks_the_evidence(ingested, work):
    db = str(ingested["db"])
    rec = jsonl(rasd("events", "--db", db, "--format", "jsonl", "--limit", "1", cwd=work).stdout)[0]
    r = rasd("show", rec["event_id"], "--db", db, cwd=work)
    assert r.returncode == 0, r.stderr
    assert rec["event_id"] in r.stdout and "sources (" in r.stdout
    ev = rec["sources"][0]["evidence"]["text"]
    assert "⟦" + " ".join(ev.split()) + "⟧" in r.stdout
    for reason in rec["reasons"]:
        assert reason in r.stdout
    r = rasd("show", "ev_doesnotexist", "--db", db, cwd=work)
    assert r.returncode == 1 and "no such event" in r.stderr


def test_cli_split_unknown_event_exit_1(ingested, work):
    r = rasd("split", "ev_doesnotexist", "a1", "--db", str(ingested["db"]), cwd=work)
    assert r.returncode == 1 and r.stderr.startswith("rasd: error: ev_doesnotexist: no such event")


# ---------------------------------------------------------------- annotate

def test_cli_annotate_every_layer_with_original_text(work):
    from rasd.cli import HIDDEN_LAYERS, NOT_LAYERS
    from rasd.model import Doc

    path = FIX / "ingest" / "aleppo_utf8.txt"
    text = path.read_text("utf-8")
    r = rasd("annotate", str(path), "--format", "jsonl", cwd=work)
    assert r.returncode == 0, r.stderr
    (rec,) = jsonl(r.stdout)
    expected = {f for f in Doc.__dataclass_fields__ if f not in NOT_LAYERS and f not in HIDDEN_LAYERS}
    assert set(rec["layers"]) == expected

    def spans(x):
        if isinstance(x, dict):
            if {"start", "end", "text"} <= set(x):
                yield x
            for v in x.values():
                yield from spans(v)
        elif isinstance(x, list):
            for v in x:
                yield from spans(v)

    found = list(spans(rec["layers"]))
    assert len(found) > 10
    assert all(text[s["start"]:s["end"]] == s["text"] for s in found)
    r = rasd("annotate", str(path), cwd=work)
    for layer in expected:
        assert f"-- {layer} (" in r.stdout
    r = rasd("annotate", str(path), "--layer", "tokens", cwd=work)
    assert "-- tokens (" in r.stdout and "-- places (" not in r.stdout


# ---------------------------------------------------------------- serve

def test_cli_serve_answers_on_loopback(ingested, work):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    home = work / ".home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(ingested["db"]), "--port", str(port)],
                            cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline, body = time.monotonic() + 60, None
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as resp:
                    body = json.loads(resp.read())
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.3)
        assert body is not None, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert body["events"] == count_events(ingested["db"])
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_cli_output_piped_into_a_reader_that_stops_early_ends_without_a_traceback(work):
    # `rasd ingest --help | head -3`: the pipe closes under the command; no Python traceback
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(PYTHONPATH=str(ROOT), COLUMNS="200", HOME=str(work / ".home"))
    cmd = f"{sys.executable} -m rasd ingest --help | head -3"
    p = subprocess.run(cmd, shell=True, cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert "Usage" in p.stdout and "Traceback" not in p.stderr, p.stderr[-400:]
