"""rasd/export.py: every format read back by the tool its users read it with."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from rasd.export import (FORMATS, acled_row, interaction_code, to_geojson, write_acled_csv,
                         write_geojson, write_jsonl, write_parquet)
from rasd.resources.acled import ACLED_CSV_COLUMNS, SubEventType

TEXT = "قُتل ثلاثة مدنيين في قصف مدفعي استهدف حي الشعار بمدينة حلب، بحسب المرصد."


@pytest.fixture
def events(make_event):
    shelling = make_event(TEXT, article_id="aleppo", evidence=(0, 59), sub=SubEventType.SHELLING,
                          event_date=date(2016, 8, 5), place="Aleppo", place_ar="حلب", lat=36.2021,
                          lon=37.1343, country="Syria", iso="SY", fatalities=3, injured=None,
                          actor1="Military Forces of Syria (2000-)", actor2="Civilians (Syria)",
                          inter1=1, inter2=7, notes="Shelling of al-Sha'ar killed 3 civilians.",
                          outlet="Enab Baladi")
    protest = make_event("تظاهر المئات في طرابلس", article_id="tripoli", sub=SubEventType.PEACEFUL_PROTEST,
                         event_date=None, place="Tripoli", place_ar="طرابلس", lat=None, lon=None,
                         country="Libya", iso=None, actor1="Protesters (Libya)", actor2=None,
                         actor1_ar="المئات", inter1=6, inter2=None, outlet=None)
    return [shelling, protest]


def test_export_jsonl_is_one_record_per_line(events):
    out = io.StringIO()
    assert write_jsonl(events, out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(x) for x in lines] == [e.to_record() for e in events]
    assert "حلب" in lines[0]  # Arabic written as is, not \u escapes


def test_export_acled_csv_header_and_values(events):
    out = io.StringIO()
    assert write_acled_csv(events, out, timestamp=1470000000) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_CSV_COLUMNS
    got = [dict(zip(rows[0], r)) for r in rows[1:]]
    a, p = got
    assert a["event_id_cnty"] == events[0].event_id and a["event_date"] == "2016-08-05" and a["year"] == "2016"
    assert (a["event_type"], a["sub_event_type"], a["disorder_type"]) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence")
    assert (a["inter1"], a["inter2"], a["interaction"]) == ("1", "7", "17")
    assert a["civilian_targeting"] == "Civilian targeting"
    assert (a["iso"], a["region"], a["country"]) == ("760", "Middle East", "Syria")
    assert (a["latitude"], a["longitude"], a["location"]) == ("36.2021", "37.1343", "Aleppo")
    assert (a["fatalities"], a["source"], a["timestamp"]) == ("3", "Enab Baladi", "1470000000")
    assert (p["event_date"], p["year"], p["interaction"], p["fatalities"]) == ("", "", "60", "0")
    assert (p["iso"], p["region"], p["latitude"], p["civilian_targeting"]) == ("434", "Northern Africa", "", "")


@pytest.mark.parametrize("inter1, inter2, code", [(1, 2, 12), (2, 1, 12), (8, 8, 88), (6, None, 60),
                                                  (None, 7, 70), (None, None, None)])
def test_export_interaction_code(inter1, inter2, code):
    assert interaction_code(inter1, inter2) == code


def test_export_geojson_is_an_rfc7946_feature_collection(events):
    gj = to_geojson(events)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 2
    f, g = gj["features"]
    assert f["type"] == "Feature" and f["geometry"] == {"type": "Point", "coordinates": [37.1343, 36.2021]}
    lon, lat = f["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert "latitude" not in f["properties"]["location"] and f["properties"]["location"]["name_ar"] == "حلب"
    assert f["properties"]["event_id"] == events[0].event_id and f["properties"]["fatalities"] == 3
    assert g["geometry"] is None  # RFC 7946: unlocated feature
    out = io.StringIO()
    assert write_geojson(events, out) == 2
    assert json.loads(out.getvalue()) == gj
    empty = io.StringIO()
    write_geojson([], empty)
    assert json.loads(empty.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_export_parquet_types_read_back_by_pyarrow(events, tmp_path):
    path = tmp_path / "events.parquet"
    assert write_parquet(events, path) == 2
    table = pq.read_table(path)
    schema = table.schema
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("fatalities").type == pa.int64() and schema.field("latitude").type == pa.float64()
    assert pa.types.is_list(schema.field("sources").type)
    rows = table.to_pylist()
    assert rows[0]["event_date"] == date(2016, 8, 5) and rows[1]["event_date"] is None
    assert rows[0]["fatalities"] == 3 and rows[1]["fatalities"] is None
    assert rows[0]["iso"] == "SY" and rows[1]["iso"] == "LY"
    src = rows[0]["sources"][0]
    assert TEXT[src["evidence_start"]:src["evidence_end"]] == src["evidence_text"]
    assert src["published"] == date(2016, 8, 2)


def test_export_parquet_of_nothing_still_has_the_schema(tmp_path):
    path = tmp_path / "empty.parquet"
    assert write_parquet(iter(()), path) == 0
    assert pq.read_table(path).num_rows == 0
    assert pq.read_schema(path).field("event_date").type == pa.date32()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_formats_write_to_a_path(fmt, events, tmp_path):
    path = tmp_path / f"out.{fmt}"
    assert FORMATS[fmt](iter(events), path) == 2
    assert path.stat().st_size > 0


def test_export_acled_row_has_exactly_the_acled_columns(events):
    assert tuple(acled_row(events[0], 0)) == ACLED_CSV_COLUMNS
