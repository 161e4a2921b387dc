"""The trigger lexicon (event cues → ACLED sub-event types) and the modality lexicon.

Data lives in `triggers.tsv` (pattern, cue, weight, source) and `modality.tsv`
(pattern, kind, scope, factor, source). A cue is an ACLED sub-event type spelled exactly, or a
context-typed family: @kill, @attack, @explosion, @bombard, @territory, @injure, @intervention, or
@bodies (a body noun: a killing only where the text finds bodies that were killed, see
`rasd.extract.triggers`).

>>> lex = TriggerLexicon.builtin()
>>> lex.entries["غاره"][0].cue
'Air/drone strike'
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rasd.arabic.normalize import fold_string
from rasd.errors import ResourceError
from rasd.extract.phrases import PhraseIndex
from rasd.resources.acled import SubEventType
from rasd.resources.lexicon_tsv import builtin_path, read_rows

FAMILIES = frozenset({"@kill", "@attack", "@explosion", "@bombard", "@territory", "@injure", "@intervention",
                      "@bodies"})
MODALITY_KINDS = frozenset({"negation", "future", "plan", "threat", "call", "condition", "question",
                            "speculation", "total", "history", "relative", "verdict", "support", "possession",
                            "disaster", "name", "nonlethal", "crime", "offence", "celebration"})
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


@dataclass(frozen=True, slots=True)
class DefaultActor:
    """ACLED convention for an unnamed initiator of one kind of event in one country."""
    country: str
    sub_event_type: SubEventType
    actor: str
    inter: int
    valid_from: date | None
    valid_to: date | None


class TriggerLexicon:
    def __init__(self, triggers: list[TriggerEntry], modality: list[ModalityEntry],
                 default_actors: list[DefaultActor] = ()):
        self.triggers = triggers
        self.modality = modality
        self.default_actors = list(default_actors)
        self.index: PhraseIndex[TriggerEntry] = PhraseIndex((t.pattern, t) for t in triggers)
        self.modality_index: PhraseIndex[ModalityEntry] = PhraseIndex((m.pattern, m) for m in modality)
        self.entries: dict[str, list[TriggerEntry]] = {}
        for t in triggers:
            self.entries.setdefault(fold_string(t.pattern), []).append(t)

    @classmethod
    def builtin(cls) -> "TriggerLexicon":
        global _BUILTIN
        if _BUILTIN is None:
            _BUILTIN = cls.from_paths(builtin_path("triggers.tsv"), builtin_path("modality.tsv"),
                                      builtin_path("default_actors.tsv"))
        return _BUILTIN

    @classmethod
    def from_paths(cls, triggers_path: str | Path, modality_path: str | Path,
                   defaults_path: str | Path | None = None) -> "TriggerLexicon":
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
        defaults: list[DefaultActor] = []
        if defaults_path is not None:
            for no, row in read_rows(defaults_path, ("country", "sub_event_type", "actor", "inter")):
                sub = _SUB.get(row["sub_event_type"].strip())
                if sub is None:
                    raise ResourceError(str(defaults_path), no, f"unknown sub-event type {row['sub_event_type']!r}")
                if not row["inter"].strip().isdigit() or not 1 <= int(row["inter"]) <= 8:
                    raise ResourceError(str(defaults_path), no, f"inter {row['inter']!r} is not 1..8")
                try:
                    vf = date.fromisoformat(row["valid_from"]) if row.get("valid_from") else None
                    vt = date.fromisoformat(row["valid_to"]) if row.get("valid_to") else None
                except ValueError as e:
                    raise ResourceError(str(defaults_path), no, f"bad date ({e})") from None
                defaults.append(DefaultActor(row["country"].strip(), sub, row["actor"].strip(),
                                             int(row["inter"]), vf, vt))
        return cls(triggers, modality, defaults)

    def default_actor(self, country: str | None, sub: SubEventType, when: date | None) -> DefaultActor | None:
        for d in self.default_actors:
            if d.country == country and d.sub_event_type is sub and (
                    when is None or ((d.valid_from is None or d.valid_from <= when) and
                                     (d.valid_to is None or when <= d.valid_to))):
                return d
        return None


def _weight(value: str, path, no: int) -> float:
    try:
        w = float(value)
    except ValueError:
        raise ResourceError(str(path), no, f"weight {value!r} is not a number") from None
    if not 0.0 <= w <= 1.0:
        raise ResourceError(str(path), no, f"weight {w} outside 0..1")
    return w


_BUILTIN: TriggerLexicon | None = None
