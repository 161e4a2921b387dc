"""One error family. Every message is one line for a person: what, where, why, and the remedy."""
from __future__ import annotations


class RasdError(Exception):
    """Base of every error rasd raises on purpose."""


class InputError(RasdError):
    """A file or record that cannot be read. The batch goes on without it."""

    def __init__(self, source: str, reason: str, record: str | int | None = None):
        self.source = source
        self.record = record
        self.reason = reason
        where = source if record is None else f"{source}:{record}"
        super().__init__(f"{where}: {reason}")


class ResourceError(RasdError):
    """A shipped or user resource file (lexicon, gazetteer) with a bad row."""

    def __init__(self, path: str, line: int | None, reason: str):
        self.path, self.line, self.reason = path, line, reason
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {reason}")


class ConfigError(RasdError):
    """Bad settings, options or environment."""


class StoreError(RasdError):
    """The database cannot be opened, read or written."""
