"""rasd.extract.latin_places: foreign towns the Arabic gazetteer lacks, by their Latin names."""
from __future__ import annotations

import pytest

from rasd.model import Article
from rasd.pipeline import run


def _placed(text: str) -> dict[str, str | None]:
    doc = run(Article("t", text, published="2015-07-26"), until="places")
    return {doc.span_text(p.span): p.place.name if p.place else None for p in doc.places}


def test_latin_places_town_in_a_named_province():
    got = _placed("قتل جنديان في انفجار سيارة مفخخة في محافظة دياربكر جنوب شرق تركيا.\n"
                  "وانفجرت السيارة على طريق في منطقة ليجي.")
    assert got["منطقة ليجي"] == "Lice"


def test_latin_places_short_name_needs_the_province():
    # two consonants (l, j) fit many towns: the country alone does not place it
    got = _placed("قتل جنديان في انفجار في جنوب شرق تركيا.\nووقع الانفجار على طريق في منطقة ليجي.")
    assert got["منطقة ليجي"] is None


def test_latin_places_name_before_a_province_in_a_named_country():
    got = _placed("هاجم مسلحون مركزا للشرطة في الهند.\nووقع الهجوم في غورداسبور بولاية البنجاب.")
    assert got["غورداسبور"] == "Gurdaspur"


@pytest.mark.parametrize("text", [
    # the country is not named: a long name is not placed by its spelling alone
    "ووقع الهجوم في غورداسبور بولاية البنجاب.",
    # India named, but the word is not where a name stands (no cue word, no province after it)
    "هاجم مسلحون مركزا للشرطة في الهند.\nوقال غورداسبور إن الهجوم مستمر.",
])
def test_latin_places_not_placed_without_context(text):
    assert "Gurdaspur" not in _placed(text).values()


def test_latin_places_cue_word_and_country_named_nearby():
    got = _placed("قتل خمسة أشخاص في هجوم لحركة الشباب على بلدة مانديرا في كينيا.")
    assert got["بلدة مانديرا"] == "Mandera"


def test_latin_places_arabic_word_is_no_foreign_name():
    # "آهلة" (inhabited) after "منطقة": a hamza seat marks an Arabic word, never looked up (its
    # letters would spell Baykan, a town of Siirt province)
    got = _placed("قتل جنديان في انفجار في محافظة سعرد جنوب شرق تركيا.\n"
                  "ووقع الانفجار في منطقة آهلة بالسكان.")
    assert all(name is None for span, name in got.items() if "آهلة" in span)
