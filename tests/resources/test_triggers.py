"""The trigger and modality lexicons load with validation."""
import pytest

from rasd.errors import ResourceError
from rasd.resources.acled import SubEventType
from rasd.resources.triggers import TriggerLexicon
from rasd.resources.lexicon_tsv import builtin_path


def test_triggers_builtin_loads_every_family():
    lex = TriggerLexicon.builtin()
    subs = {t.sub_event_type for t in lex.triggers if t.sub_event_type}
    for s in (SubEventType.AIR_STRIKE, SubEventType.SHELLING, SubEventType.SUICIDE_BOMB,
              SubEventType.REMOTE_EXPLOSIVE, SubEventType.ARMED_CLASH, SubEventType.ATTACK,
              SubEventType.ABDUCTION, SubEventType.PEACEFUL_PROTEST, SubEventType.ARRESTS,
              SubEventType.DISRUPTED_WEAPONS, SubEventType.VIOLENT_DEMONSTRATION):
        assert s in subs
    assert {m.kind for m in lex.modality} >= {"negation", "future", "plan", "call", "condition"}


def _write(tmp_path, body, name="t.tsv"):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


@pytest.mark.parametrize("row, reason", [
    ("غارة\tAir strike\t0.9\tx", "unknown cue"),
    ("\tAir/drone strike\t0.9\tx", "empty pattern"),
    ("غارة\tAir/drone strike\t1.5\tx", "outside 0..1"),
    ("ﻏﺎﺭﺓ\tAir/drone strike\t0.9\tx", "presentation forms"),
    ("غارة\tAir/drone strike\t0.9", "columns"),
    ("غارة\tAir/drone strike\t0.9\tx\nغاره\tAir/drone strike\t0.8\tx", "duplicate"),
])
def test_triggers_bad_rows_name_file_line_and_reason(tmp_path, row, reason):
    p = _write(tmp_path, "pattern\tcue\tweight\tsource\n" + row + "\n")
    with pytest.raises(ResourceError) as e:
        TriggerLexicon.from_paths(p, builtin_path("modality.tsv"))
    msg = str(e.value)
    assert str(p) in msg and reason in msg
    assert ":2" in msg or ":3" in msg


def test_modality_bad_scope(tmp_path):
    p = _write(tmp_path, "pattern\tkind\tscope\tfactor\tsource\nلم\tnegation\tnear4\t0\tx\n")
    with pytest.raises(ResourceError, match="bad scope"):
        TriggerLexicon.from_paths(builtin_path("triggers.tsv"), p)
