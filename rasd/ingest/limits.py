"""How much a reader accepts and how long it waits, from Settings (`[ingest]` in defaults.toml)."""
from __future__ import annotations

from dataclasses import dataclass

from rasd.errors import InputError


@dataclass(frozen=True)
class Limits:
    """`max_bytes`: the largest file or record read (Settings.max_record_mb); `timeout`: seconds to
    wait for a feed URL (Settings.fetch_timeout)."""

    max_bytes: int = 20 * 1024 * 1024
    timeout: float = 15.0

    @classmethod
    def from_settings(cls, settings) -> "Limits":
        return cls(max_bytes=int(settings.max_record_mb * 1024 * 1024), timeout=float(settings.fetch_timeout))

    def too_big(self, source: str, size: int, record: str | int | None = None, what: str = "file") -> InputError:
        mb = self.max_bytes / (1024 * 1024)
        return InputError(source, f"{what} larger than the {mb:g} MB limit (raise max_record_mb in the [ingest] "
                                  "settings to read it)", record)
