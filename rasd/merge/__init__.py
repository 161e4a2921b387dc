"""One event, many sources: merging events across sentences, articles and outlets.

ACLED's unit is one type of interaction × named actors × one location × one day
(../shared/ACLED_CODING.md §1). Five outlets reporting one air strike give ONE event with five
`Source`s; an event must never swallow a different one. This module decides when two extracted
events are that one event (`compatible`), combines them (`combine`), does it within one run
(`merge_events`, stateless, for `rasd extract`) and incrementally against the store
(`merge_into_store`, for `rasd ingest`), explains and undoes merges (`explain`, `split`), and
finds copies of articles (`dedupe_articles`, `find_near_duplicate`, `record_signature`).

The merge rule (`compatible`), every clause required:
- **same event_type** (Battles, Explosions/Remote violence, ...): a clash and an air strike at the
  same place and day stay two events. Sub-event types within the type merge, keeping the most
  specific (see SPECIFICITY), except pairs that contradict each other (Government regains
  territory vs Non-state actor overtakes territory; two different Strategic developments other
  than "Other"; an explosion from the air or afar — air strike, shelling — vs one on the ground —
  suicide bomb, IED, grenade).
- **date**: |day gap| ≤ the wider window of the two: `merge_days` (0: two exact days are two
  events, "a five-day offensive reported day by day is five events") for time_precision 1, 7 for
  2, 30 for 3. An undated event merges only with a dated event from the same article (the headline
  often has no date; two undated reports could be any day, and within one article the extractor
  already joined what it told of one place and day). Within one article, two events dated to
  different days (precision 1) stay apart: its extractor told the days apart; so do two events of one
  article at one named place on one day ("وفي هجوم منفصل ..."): its extractor told the acts apart.
- **place**: distance ≤ the wider radius of the two: `merge_km` (25) for geo_precision 1, 1.5×
  for 2, 2× for 3; but two different named places (folded Arabic name, else geonameid) both at
  precision 1 are different places unless one is a district of the other as ACLED names it
  ("Baghdad" / "Baghdad - Sadr City", within `merge_km`) or they lie within a kilometre (duplicate
  gazetteer entries: Douma and Harasta, 4 km apart, are two towns); a town and "near" another
  named town within `merge_km / 5`; both at 3 unless within `merge_km`. An event without
  coordinates merges only within its own article.
- **actors**: an unknown actor (None, or an "Unidentified Armed Group") is compatible with any;
  two different known actors in the same role are not. In Battles the two sides may be told in
  either order ("اشتباكات بين الجيش وداعش" / "بين داعش والجيش").
- **not split apart** by an analyst (`split` records do-not-merge pairs).

>>> from datetime import date
>>> from rasd.model import Event, Location, Source, Span
>>> from rasd.resources.acled import SubEventType
>>> sirte = Location("Sirte", "سرت", 31.2089, 16.5887, 1, "Surt", "Libya", "2210247")
>>> t1, t2 = "شنت طائرات أمريكية غارة جوية على سرت", "غارة أمريكية تستهدف مواقع داعش في سرت"
>>> a = Event("ev_a", date(2016, 8, 1), 1, SubEventType.AIR_STRIKE, "Military Forces of the United States",
...           None, sirte, (Source("a1", "Al Wasat", date(2016, 8, 2), Span(0, len(t1)), t1),))
>>> b = a.with_(event_id="ev_b", actor2="Islamic State (Libya)",
...             sources=(Source("a2", "Libya Observer", date(2016, 8, 2), Span(0, len(t2)), t2),))
>>> [ (e.event_id, len(e.sources), e.actor2) for e in merge_events([a, b]) ]
[('ev_a', 2, 'Islamic State (Libya)')]
"""
from __future__ import annotations

from rasd.merge.copies import (NEAR_COPY, aliases_of, dedupe_articles, deduplicate, find_near_duplicate,
                               minhash, record_alias, record_signature)
from rasd.merge.incremental import MergeResult, explain, merge_into_store, split
from rasd.merge.rules import (SPECIFICITY, combine, compatible, day_window, haversine_km, km_window,
                              merge_events, merge_events_explained, source_key)
from rasd.merge.tables import merge_metadata

__all__ = [
    "merge_events", "merge_events_explained", "compatible", "combine", "SPECIFICITY", "source_key",
    "day_window", "km_window", "haversine_km",
    "merge_into_store", "MergeResult", "explain", "split",
    "dedupe_articles", "find_near_duplicate", "record_signature", "record_alias", "deduplicate",
    "aliases_of", "minhash", "NEAR_COPY", "merge_metadata",
]
