"""Countries of the region: ISO 3166 alpha-2 ↔ numeric code, ACLED's English name and ACLED region.

Read from `countries.tsv` on first use (importing reads nothing), validated row by row.

>>> country_by_key("ly").name, country_by_key("Libya").iso_numeric, country_by_key("ليبيا")
('Libya', 434, None)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Iterator, Mapping

from rasd.errors import ResourceError
from rasd.resources.lexicon_tsv import builtin_path, read_rows

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
    path = builtin_path(_FILE)
    out: dict[str, Country] = {}
    for n, row in read_rows(path, tuple(_HEADER)):
        iso2, num, name, region = (row[k].strip() for k in _HEADER)
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


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {c.iso2: c.name for c in _table().values()}


class _CountryNames(Mapping[str, str]):
    """ISO alpha-2 → the English name ACLED uses ("Libya" in "Islamic State (Libya)"), read from
    countries.tsv on first use: the one table of country names in the package."""

    def __getitem__(self, iso2: str) -> str:
        return _names()[iso2]

    def __iter__(self) -> Iterator[str]:
        return iter(_names())

    def __len__(self) -> int:
        return len(_names())


COUNTRY_NAMES: Mapping[str, str] = _CountryNames()


def country_by_key(key: str | None) -> Country | None:
    """The country for an alpha-2 code or an English name (case-insensitive), or None."""
    if not key:
        return None
    return _table().get(key.strip().lower())
