"""Settings: shipped defaults.toml, overlaid by a user file, overridden by flags.

>>> Settings.load().store_url
'sqlite:///rasd.db'
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    store_url: str = "sqlite:///rasd.db"
    batch_size: int = 200
    max_record_mb: int = 20
    fetch_timeout: float = 15.0
    min_confidence: float = 0.35
    merge_days: int = 0
    merge_km: float = 25.0
    web_host: str = "127.0.0.1"
    web_port: int = 8642
    tile_url: str = ""

    @classmethod
    def load(cls, user_file: str | os.PathLike | None = None, **overrides: Any) -> "Settings":
        data = _flatten(tomllib.loads(resources.files("rasd").joinpath("defaults.toml").read_text("utf-8")))
        if user_file is not None:
            path = Path(user_file)
            try:
                data.update(_flatten(tomllib.loads(path.read_text("utf-8"))))
            except (OSError, tomllib.TOMLDecodeError) as e:
                raise ConfigError(f"{path}: cannot read settings ({e}); fix or remove the file") from e
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}; see rasd/defaults.toml")
        data.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**data)


_RENAME = {("store", "url"): "store_url", ("store", "batch_size"): "batch_size",
           ("ingest", "max_record_mb"): "max_record_mb", ("ingest", "fetch_timeout"): "fetch_timeout",
           ("extract", "min_confidence"): "min_confidence", ("merge", "days"): "merge_days",
           ("merge", "km"): "merge_km", ("web", "host"): "web_host", ("web", "port"): "web_port",
           ("web", "tile_url"): "tile_url"}


def _flatten(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for section, values in d.items():
        if not isinstance(values, dict):
            raise ConfigError(f"setting {section!r} must be inside a [section]")
        for k, v in values.items():
            key = _RENAME.get((section, k))
            if key is None:
                raise ConfigError(f"unknown setting [{section}] {k}; see rasd/defaults.toml")
            out[key] = v
    return out
