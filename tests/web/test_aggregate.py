"""rasd/web/aggregate.py on a real SQLite file and a real PostgreSQL server: the map cells add up."""
from __future__ import annotations

from datetime import date

import pytest

from rasd.resources.acled import SubEventType
from rasd.store import EventFilter
from rasd.web import aggregate

# (place, lat, lon, sub-event type, deaths): two towns in Libya, one in Syria
SPOTS = [("سرت", 31.2089, 16.5887, SubEventType.AIR_STRIKE, 5), ("سرت", 31.2089, 16.5887, SubEventType.AIR_STRIKE, 2),
         ("سرت", 31.2089, 16.5887, SubEventType.ARMED_CLASH, None), ("بنغازي", 32.1167, 20.0667, SubEventType.ARMED_CLASH, 1),
         ("حلب", 36.2021, 37.1343, SubEventType.SHELLING, 3)]


@pytest.mark.parametrize("zoom, flt, cells", [
    (2, EventFilter(bbox=(-180, -85, 180, 85)), {("LY", 4), ("SY", 1)}),
    (2, EventFilter(bbox=(-180, -85, 180, 85), event_type="Battles"), {("LY", 2)}),
    (2, EventFilter(), {("LY", 4), ("SY", 1)}),
    (9, EventFilter(bbox=(10, 25, 40, 40), date_from=date(2016, 1, 1)), {("LY", 3), ("LY", 1), ("SY", 1)}),
])
def test_aggregate_clusters_cells_add_up(store, make_event, monkeypatch, zoom, flt, cells):
    store.write_batch([], [make_event(f"وقع هجوم في {name} رقم {i}", article_id=f"s{i}", sub=sub, place_ar=name,
                                      lat=lat, lon=lon, fatalities=deaths,
                                      country="Syria" if lon > 30 else "Libya", iso="SY" if lon > 30 else "LY")
                           for i, (name, lat, lon, sub, deaths) in enumerate(SPOTS)])
    monkeypatch.setattr(aggregate, "POINTS_MAX", 0)
    got = aggregate.clusters(store, flt, zoom)
    assert got["mode"] == "cells"
    assert {("SY" if c["lon"] > 30 else "LY", c["count"]) for c in got["cells"]} == cells
    assert got["total"] == sum(c["count"] for c in got["cells"]) == sum(n for _, n in cells)
    for c in got["cells"]:
        assert sum(c["types"].values()) == c["count"]
        mine = [s for s in SPOTS if abs(s[1] - c["lat"]) < 5 and abs(s[2] - c["lon"]) < 5]
        if zoom == 9:  # one town a cell: the cell sits on the town
            assert (c["lat"], c["lon"]) in {(s[1], s[2]) for s in mine}
    battles = [c["types"].get("Battles", 0) for c in got["cells"]]
    assert sum(battles) == (2 if flt.event_type in (None, "Battles") else 0)
    assert sum(c["fatalities"] for c in got["cells"]) == (1 if flt.event_type == "Battles" else 11)
