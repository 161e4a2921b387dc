"""Countries of the region: ISO 3166 alpha-2 ↔ numeric code, ACLED's English name and ACLED region.

Read from `countries.tsv` on first use (importing reads nothing), validated row by row.

>>> country_by_key("ly").name, country_by_key("Libya").iso_numeric, country_by_key("ليبيا")
('Libya', 434, None)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.errors import ResourceError

_FILE = "countries.tsv"
_HEADER = ["iso2", "iso_numeric", "name", "region"]


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso_numeric: int
    name: str
    region: str


@lru_cache(maxsize=1)
def _table() -> dict[str, Country]:
    """Every country keyed by lower-cased alpha-2 code and by lower-cased English name."""
    text = resources.files("rasd.resources").joinpath(_FILE).read_text("utf-8")
    lines = text.splitlines()
    if not lines or lines[0].split("\t") != _HEADER:
        raise ResourceError(_FILE, 1, f"header must be {' '.join(_HEADER)}")
    out: dict[str, Country] = {}
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            raise ResourceError(_FILE, n, f"expected 4 tab-separated columns, got {len(cols)}")
        iso2, num, name, region = (c.strip() for c in cols)
        if len(iso2) != 2 or not iso2.isascii() or not iso2.isupper():
            raise ResourceError(_FILE, n, f"iso2 {iso2!r} is not an upper-case alpha-2 code")
        if not num.isdigit():
            raise ResourceError(_FILE, n, f"iso_numeric {num!r} is not a number")
        if not name or not region:
            raise ResourceError(_FILE, n, "empty name or region")
        c = Country(iso2, int(num), name, region)
        for key in (iso2.lower(), name.lower()):
            if key in out:
                raise ResourceError(_FILE, n, f"duplicate country {key!r}")
            out[key] = c
    return out


def country_by_key(key: str | None) -> Country | None:
    """The country for an alpha-2 code or an English name (case-insensitive), or None."""
    if not key:
        return None
    return _table().get(key.strip().lower())
