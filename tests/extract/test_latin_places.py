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


def _admin(text: str) -> dict[str, tuple]:
    doc = run(Article("t", text, published="2015-07-26"), until="places")
    return {doc.span_text(p.span): (p.place.name, p.place.kind, p.place.country) for p in doc.places if p.place}


@pytest.mark.parametrize("text, name, unit", [
    # the nationality word after the name says whose province
    ("قتل شرطيان في هجوم بولاية البنجاب الهندية.", "البنجاب", ("Punjab", "ADM1", "IN")),
    ("هاجم مسلحون مركزا للشرطة في الهند.\nووقع الهجوم في ولاية البنجاب.", "البنجاب", ("Punjab", "ADM1", "IN")),
    ("في ولاية أوتار براديش الهندية", "أوتار براديش", ("Uttar Pradesh", "ADM1", "IN")),
    ("قتل جنديان في ولاية جامو وكشمير الهندية", "جامو وكشمير", ("Jammu and Kashmir", "ADM1", "IN")),
    ("هاجم مسلحون قرية في ولاية زمفارا شمال غرب نيجيريا", "زمفارا", ("Zamfara", "ADM1", "NG")),
    ("قتل ثلاثة في هجوم بمحافظة خوزستان جنوب غرب إيران", "خوزستان", ("Khuzestan", "ADM1", "IR")),
    # "وبلوشستان" alone is Pakistan's Balochistan: the whole name is Iran's province
    ("قتل شرطي في محافظة سيستان وبلوشستان الإيرانية.", "سيستان وبلوشستان", ("Sistan va Baluchestan", "ADM1", "IR")),
    # India and Pakistan both named: the Punjab of the Indian town before it
    ("قتل شرطيان في الهند قرب الحدود مع باكستان.\nووقع الهجوم في غورداسبور بولاية البنجاب الشمالية بين الهند وباكستان.",
     "البنجاب", ("Punjab", "ADM1", "IN")),
])
def test_latin_places_admin1_unit_of_a_named_country(text, name, unit):
    got = _admin(text)
    assert got[name] == unit
    assert "بلوشستان" not in got


@pytest.mark.parametrize("text", [
    "ووقع الهجوم في ولاية البنجاب.",                          # no country named
    "قتل شرطيان في الهند.\nوقالت الولاية البنجاب إن الهجوم مستمر.",   # "الولاية": no cue word before a name
    "قتل شرطيان في هجوم بولاية البنجاب الباكستانية في الهند",     # the adjective names Pakistan
])
def test_latin_places_admin1_needs_cue_and_country(text):
    got = _admin(text)
    assert ("Punjab", "ADM1", "IN") not in got.values()


@pytest.mark.parametrize("text, span", [
    # Silvan is shipped only as "ميافارقين": its Latin name finds the shipped row
    ("قتل جنديان تركيان في هجوم على بلدة سيلوان بإقليم ديار بكر", "بلدة سيلوان"),
    ("قتل جنديان تركيان في هجوم في سيلوان بولاية ديار بكر", "سيلوان"),
])
def test_latin_places_shipped_town_by_its_latin_name(text, span):
    doc = run(Article("t", text), until="places")
    got = {doc.span_text(p.span): p.place for p in doc.places}
    assert got[span] is not None and got[span].id == "300796"
    assert got[span].name_ar == "ميافارقين"   # the shipped row itself


def test_latin_places_shipped_town_needs_the_same_ties():
    # no province and no country named: the spelling alone places nothing
    doc = run(Article("t", "وقعت اشتباكات عنيفة في بلدة سيلوان"), until="places")
    assert [p.place for p in doc.places if doc.span_text(p.span) == "بلدة سيلوان"] == [None]
