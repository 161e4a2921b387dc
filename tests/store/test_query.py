"""rasd/store/query.py: EventFilter validation (no database needed)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from rasd.store import EventFilter


@pytest.mark.parametrize("kwargs, reason", [
    ({"date_from": date(2016, 8, 9), "date_to": date(2016, 8, 1)}, "date_from 2016-08-09 is after date_to"),
    ({"date_from": "2016-13-01"}, "date_from: '2016-13-01' is not a date"),
    ({"date_to": "yesterday'; --"}, "date_to: .* is not a date"),
    ({"date_from": 20160801}, "date_from: expected a date"),
    ({"bbox": (20, 35, 10, 30)}, "min_lon 20.0 > max_lon 10.0"),
    ({"bbox": (10, 35, 20, 30)}, "min_lat 35.0 > max_lat 30.0"),
    ({"bbox": (-200, 0, 10, 10)}, "min_lon -200.0 is outside -180..180"),
    ({"bbox": (0, -91, 10, 10)}, "min_lat -91.0 is outside -90..90"),
    ({"bbox": (0, 0, 10)}, "four finite numbers"),
    ({"bbox": (0, 0, float("nan"), 10)}, "four finite numbers"),
    ({"bbox": ("a", 0, 1, 1)}, "expected four numbers"),
    ({"limit": 0}, "limit: 0 is outside 1..10000"),
    ({"limit": 10001}, "limit: 10001 is outside 1..10000"),
    ({"limit": -5}, "limit: -5 is outside"),
    ({"limit": 10 ** 30}, "limit: .* is outside"),
    ({"limit": True}, "limit: expected a whole number"),
    ({"limit": "ten"}, "limit: expected a whole number"),
    ({"offset": -1}, "offset: -1 is outside 0.."),
    ({"offset": 10 ** 20}, "offset: .* is outside"),
    ({"min_fatalities": -3}, "min_fatalities: -3 is outside"),
    ({"event_type": "Massacre"}, "event_type: 'Massacre' is not an ACLED event type"),
    ({"sub_event_type": "Drone"}, "sub_event_type: 'Drone' is not an ACLED sub-event type"),
    ({"event_type": "Battles", "sub_event_type": "Air/drone strike"}, "belongs to 'Explosions/Remote violence'"),
    ({"actor": "a\x00b"}, "actor: contains a NUL character"),
    ({"q": "س" * 501}, "q: longer than 500 characters"),
    ({"country": 7}, "country: expected text"),
])
def test_query_event_filter_rejects_bad_values_with_a_reason(kwargs, reason):
    with pytest.raises(ValueError, match=reason) as err:
        EventFilter(**kwargs)
    assert "\n" not in str(err.value)


def test_query_event_filter_normalises_accepted_values():
    f = EventFilter(date_from="2016-08-01", date_to=datetime(2016, 8, 3, 12, 0), event_type="battles",
                    sub_event_type="armed CLASH", bbox="10,20,30,40", limit="50", actor="  داعش ", q="   ")
    assert f.date_from == date(2016, 8, 1) and f.date_to == date(2016, 8, 3)
    assert (f.event_type, f.sub_event_type) == ("Battles", "Armed clash")
    assert f.bbox == (10.0, 20.0, 30.0, 40.0)
    assert f.limit == 50 and f.actor == "داعش" and f.q is None


def test_query_event_filter_accepts_the_edges():
    f = EventFilter(limit=10000, offset=0, bbox=(-180, -90, 180, 90), min_fatalities=0,
                    date_from=date(2016, 8, 1), date_to=date(2016, 8, 1))
    assert f.limit == 10000 and f.bbox == (-180.0, -90.0, 180.0, 90.0)
    assert EventFilter(limit=1).limit == 1
