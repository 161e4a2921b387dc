"""Built-in resources (gazetteer, actor and trigger lexicons) as data files with validating loaders.

`Resources.builtin()` loads each shipped file once, lazily; tests inject their own with
`Resources(gazetteer=..., actors=..., triggers=...)`.
"""
from __future__ import annotations

import logging
from functools import cached_property
from typing import Any


class Resources:
    """The resources pipeline steps receive. Anything not given is loaded from the package on first use."""

    def __init__(self, **given: Any):
        self._given = given

    @classmethod
    def builtin(cls) -> "Resources":
        global _BUILTIN
        if _BUILTIN is None:
            _BUILTIN = cls()
        return _BUILTIN

    @cached_property
    def gazetteer(self):
        if "gazetteer" in self._given:
            return self._given["gazetteer"]
        from rasd.resources.gazetteer import Gazetteer
        return Gazetteer.builtin()

    @cached_property
    def actors(self):
        if "actors" in self._given:
            return self._given["actors"]
        from rasd.resources.actors import ActorLexicon
        return ActorLexicon.builtin()

    @cached_property
    def triggers(self):
        if "triggers" in self._given:
            return self._given["triggers"]
        from rasd.resources.triggers import TriggerLexicon
        return TriggerLexicon.builtin()


    @cached_property
    def gate(self):
        """The learned event-report gate (rasd.extract.gate), or None when rules run alone."""
        if "gate" in self._given:
            return self._given["gate"]
        from rasd.extract.gate import MODEL_FILE, Gate
        from rasd.resources.lexicon_tsv import builtin_path
        if not builtin_path(MODEL_FILE).exists():
            logging.getLogger(__name__).warning("no %s in the package: event rules run without the gate", MODEL_FILE)
            return None
        return Gate.builtin()


_BUILTIN: Resources | None = None
