"""The trigger lexicon (event cues → ACLED sub-event types) and the modality lexicon.

Data lives in `triggers.tsv` (pattern, cue, weight, source) and `modality.tsv`
(pattern, kind, scope, factor, source). A cue is an ACLED sub-event type spelled exactly, or a
context-typed family: @kill, @attack, @explosion, @bombard, @territory, @injure, @intervention.

>>> lex = TriggerLexicon.builtin()
>>> lex.entries["غاره"][0].cue
'Air/drone strike'
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasd.arabic.normalize import fold_string
from rasd.errors import ResourceError
from rasd.extract.phrases import PhraseIndex
from rasd.resources.acled import SubEventType
from rasd.resources.lexicon_tsv import builtin_path, read_rows

FAMILIES = frozenset({"@kill", "@attack", "@explosion", "@bombard", "@territory", "@injure", "@intervention"})
MODALITY_KINDS = frozenset({"negation", "future", "plan", "threat", "call", "condition", "question",
                            "speculation", "total", "history", "relative"})
_SUB = {s.value: s for s in SubEventType}


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    pattern: str
    cue: str
    weight: float
    sub_event_type: SubEventType | None


@dataclass(frozen=True, slots=True)
class ModalityEntry:
    pattern: str
    kind: str
    scope: str      # before<N> | after<N> | sentence
    window: int
    factor: float   # confidence multiplier (0 = not an event)


class TriggerLexicon:
    def __init__(self, triggers: list[TriggerEntry], modality: list[ModalityEntry]):
        self.triggers = triggers
        self.modality = modality
        self.index: PhraseIndex[TriggerEntry] = PhraseIndex((t.pattern, t) for t in triggers)
        self.modality_index: PhraseIndex[ModalityEntry] = PhraseIndex((m.pattern, m) for m in modality)
        self.entries: dict[str, list[TriggerEntry]] = {}
        for t in triggers:
            self.entries.setdefault(fold_string(t.pattern), []).append(t)

    @classmethod
    def builtin(cls) -> "TriggerLexicon":
        global _BUILTIN
        if _BUILTIN is None:
            _BUILTIN = cls.from_paths(builtin_path("triggers.tsv"), builtin_path("modality.tsv"))
        return _BUILTIN

    @classmethod
    def from_paths(cls, triggers_path: str | Path, modality_path: str | Path) -> "TriggerLexicon":
        triggers: list[TriggerEntry] = []
        seen: set[tuple[str, str]] = set()
        for no, row in read_rows(triggers_path, ("pattern", "cue", "weight")):
            pattern, cue = row["pattern"].strip(), row["cue"].strip()
            if not pattern:
                raise ResourceError(str(triggers_path), no, "empty pattern")
            if cue not in _SUB and cue not in FAMILIES:
                raise ResourceError(str(triggers_path), no, f"unknown cue {cue!r}: use an ACLED sub-event type or one of {sorted(FAMILIES)}")
            weight = _weight(row["weight"], triggers_path, no)
            key = (fold_string(pattern), cue)
            if key in seen:
                raise ResourceError(str(triggers_path), no, f"duplicate pattern {pattern!r} for {cue!r}")
            seen.add(key)
            triggers.append(TriggerEntry(pattern, cue, weight, _SUB.get(cue)))
        modality: list[ModalityEntry] = []
        for no, row in read_rows(modality_path, ("pattern", "kind", "scope", "factor")):
            pattern, kind, scope = row["pattern"].strip(), row["kind"].strip(), row["scope"].strip()
            if not pattern:
                raise ResourceError(str(modality_path), no, "empty pattern")
            if kind not in MODALITY_KINDS:
                raise ResourceError(str(modality_path), no, f"unknown modality kind {kind!r}")
            if scope == "sentence":
                window = 10_000
            elif scope.startswith(("before", "after")) and scope.lstrip("beforat").isdigit():
                window = int(scope.lstrip("beforat"))
            else:
                raise ResourceError(str(modality_path), no, f"bad scope {scope!r}: before<N>, after<N> or sentence")
            modality.append(ModalityEntry(pattern, kind, scope.rstrip("0123456789"), window,
                                          _weight(row["factor"], modality_path, no)))
        return cls(triggers, modality)


def _weight(value: str, path, no: int) -> float:
    try:
        w = float(value)
    except ValueError:
        raise ResourceError(str(path), no, f"weight {value!r} is not a number") from None
    if not 0.0 <= w <= 1.0:
        raise ResourceError(str(path), no, f"weight {w} outside 0..1")
    return w


_BUILTIN: TriggerLexicon | None = None
